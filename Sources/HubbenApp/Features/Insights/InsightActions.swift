import Fluent
import Foundation
import HubbenCore

/// The insights for the web, the API and the downloads: the public tables counted over what is public, and —
/// for the hub team — the same tables over everything, and the partners' contributions against agreements.
struct InsightActions {
    let context: ActionContext

    /// Whether the person may see the hub team's insights.
    var isHubTeam: Bool { Authorization.allows(context.actor, PartnerAction.manage) }

    /// Refuses anyone but the hub team (401/403) when `hubTeam` asks for the hub team's tables.
    func authorize(hubTeam: Bool) throws {
        if hubTeam { _ = try context.require(PartnerAction.manage) }
    }

    /// The tables of one page: `hubTeam` asks for the hub team's (403/401 for anyone else).
    func results(_ tables: [InsightTable], _ period: InsightPeriod, hubTeam: Bool) async throws -> [InsightResult] {
        try authorize(hubTeam: hubTeam)
        let store = InsightStore(database: context.longReadsDatabase, includeInternal: hubTeam)
        var results: [InsightResult] = []
        for table in tables {
            guard hubTeam || !table.isHubTeamOnly else { throw ActionRefusal.notFound }
            // The same period asked for by many within a moment is counted once.
            results.append(
                try await context.sharedRead(
                    "insights \(hubTeam) \(table.rawValue) \(period.from.iso) \(period.to.iso)"
                ) {
                    try await store.result(table, period)
                })
        }
        return results
    }

    // MARK: Downloads

    static func cells(_ result: InsightResult) -> [[DataDownload.Cell]] {
        result.rows.map { row in
            row.map { value in
                switch value {
                case .text(let text): .text(text)
                case .count(let count), .kronor(let count): .integer(count)
                case .percent(let share), .days(let share): share.map(DataDownload.Cell.decimal) ?? .null
                case .minutes(let minutes): .decimal((Double(minutes) / 60 * 100).rounded() / 100)
                }
            }
        }
    }

    static func csv(_ result: InsightResult) throws -> String {
        try DataDownload.csv(header: result.columns.map(\.key), rows: cells(result))
    }

    struct JSONTable: Encodable {
        struct Column: Encodable {
            var key: String
            var type: String
            var label: [String: String]
        }
        var table: String
        var from: String
        var to: String
        var definition: [String: String]
        var columns: [Column]
        var rows: [[String: DataDownload.Cell]]
    }

    static func jsonTable(_ result: InsightResult) -> JSONTable {
        let keys = result.columns.map(\.key)
        let definition = InsightTexts.definition(result.table)
        return JSONTable(
            table: result.table.rawValue, from: result.period.from.iso, to: result.period.to.iso,
            definition: ["sv": definition.sv, "en": definition.en],
            columns: result.columns.map {
                .init(key: $0.key, type: $0.kind.rawValue, label: ["sv": $0.label.sv, "en": $0.label.en])
            },
            rows: cells(result).map { Dictionary(uniqueKeysWithValues: zip(keys, $0)) })
    }
}
