import Foundation
import SQLKit

/// One feature's part of a person's data: what "download my data" exports (GDPR art. 15 and 20) and what
/// "delete my account" removes. A test fails when a table has a column naming a person that no part claims.
struct PersonalDataPart: Sendable {
    /// The rows exported, by section (`AccountExport.contributions`).
    var sections: [ExportSection] = []
    /// Columns naming a person that the part accounts for outside its sections (the profile and the sign-in
    /// machinery, which `AccountExport` shows in its own fields).
    var otherClaims: [String] = []
    /// Runs inside the deletion's transaction: removes what ends with the account. What the person wrote for
    /// others stays, no longer linked to a name (`AccountExport.erasure` says what and why).
    var erase: @Sendable (_ accountID: Int, _ database: any SQLDatabase) async throws -> Void = { _, _ in }

    var claims: [String] { sections.flatMap(\.claims) + otherClaims }
}

/// One value of an exported row: the export shows what is stored, in the types it is stored as.
enum ExportValue: Codable, Equatable {
    case text(String)
    case number(Int)
    case time(Date)
    case none

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .time(let date): try container.encode(date)
        case .none: try container.encodeNil()
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .none
        } else if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }
}

/// The rows of one table (or join) that belong to a person, with their columns named and typed.
struct ExportSection: Sendable {
    enum Kind: Sendable { case text, number, time }
    let name: String
    /// The `table.column` pairs that refer to the person and that this section exports.
    let claims: [String]
    let columns: [(name: String, kind: Kind)]
    let query: @Sendable (Int) -> SQLQueryString

    func rows(accountID: Int, on sql: any SQLDatabase) async throws -> [[String: ExportValue]] {
        try await sql.raw(query(accountID)).all().map { row in
            var values: [String: ExportValue] = [:]
            for (column, kind) in columns {
                guard !(try row.decodeNil(column: column)) else {
                    values[column] = ExportValue.none
                    continue
                }
                switch kind {
                case .text: values[column] = .text(try row.decode(column: column, as: String.self))
                case .number: values[column] = .number(try row.decode(column: column, as: Int.self))
                case .time: values[column] = .time(try row.decode(column: column, as: Date.self))
                }
            }
            return values
        }
    }
}
