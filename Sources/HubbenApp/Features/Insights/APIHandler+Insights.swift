import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/insights/{table}` and `/api/v1/open-data`.
extension APIHandler {
    func getInsightTable(_ input: Operations.GetInsightTable.Input) async throws
        -> Operations.GetInsightTable.Output
    {
        let req = try APIContext.current()
        let (name, format) = DataDownload.split(input.path.table)
        // "funnel" and "funnel.json" are JSON, "funnel.csv" CSV; any other ending names nothing.
        guard let table = InsightTable(rawValue: name), format != nil || !input.path.table.contains(".") else {
            throw ActionRefusal.notFound
        }
        let (asked, problems) = InsightPeriod.parse(
            from: input.query.from, to: input.query.to, today: Day(req.now))
        guard let period = asked else {
            var errors = FormErrors()
            for field in problems { errors.add(field, req.t(.insightsErrorDay)) }
            throw APIError.badParameters(errors, req.t)
        }
        let actions = InsightActions(context: req.actionContext)
        guard
            let result = try await actions.results([table], period, hubTeam: table.isHubTeamOnly || actions.isHubTeam)
                .first
        else { throw ActionRefusal.notFound }
        if format == .csv { return .ok(.init(body: .csv(HTTPBody(try InsightActions.csv(result))))) }
        let json = InsightActions.jsonTable(result)
        return .ok(
            .init(
                body: .json(
                    .init(
                        table: json.table, from: json.from, to: json.to,
                        definition: .init(sv: json.definition["sv"] ?? "", en: json.definition["en"] ?? ""),
                        columns: json.columns.map {
                            .init(
                                key: $0.key, _type: .init(rawValue: $0.type) ?? .text,
                                label: .init(sv: $0.label["sv"] ?? "", en: $0.label["en"] ?? ""))
                        },
                        rows: try json.rows.map { row in
                            .init(
                                additionalProperties: try OpenAPIObjectContainer(
                                    unvalidatedValue: row.mapValues(\.value)))
                        }))))
    }

    func getOpenDataCatalogue(_ input: Operations.GetOpenDataCatalogue.Input) async throws
        -> Operations.GetOpenDataCatalogue.Output
    {
        let req = try APIContext.current()
        let base = req.application.hubben.absoluteBaseURL(req.application)
        return .ok(
            .init(
                body: .json(
                    .init(
                        licence: OpenDataSet.licence, licenceUrl: OpenDataSet.licenceURL,
                        datasets: OpenDataSet.allCases.map { set in
                            .init(
                                name: set.rawValue, title: .init(sv: set.title.sv, en: set.title.en),
                                description: .init(sv: set.description.sv, en: set.description.en),
                                csv: base + OpenDataPaths.download(set, .csv),
                                json: base + OpenDataPaths.download(set, .json),
                                fields: set.fields.map {
                                    .init(
                                        name: $0.name, _type: $0.type,
                                        meaning: .init(sv: $0.meaning.sv, en: $0.meaning.en), example: $0.example)
                                })
                        }))))
    }
}

extension DataDownload.Cell {
    /// The cell as the API's free-form row object holds it.
    var value: (any Sendable)? {
        switch self {
        case .text(let text): text
        case .integer(let value): value
        case .decimal(let value): value
        case .null: nil
        }
    }
}
