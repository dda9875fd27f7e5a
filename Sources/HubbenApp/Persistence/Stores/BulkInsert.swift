import Foundation
import SQLKit

/// Many rows into one table in few statements, for `hubben seed`: multi-row `INSERT`s sized under both
/// databases' limits on bound values, inside the caller's transaction.
struct BulkInsert {
    let sql: any SQLDatabase

    /// SQLite allows 32,766 bound values per statement, PostgreSQL 65,535.
    private static let bindLimit = 30_000

    func rows(_ table: String, columns: [String], _ rows: [[any Encodable & Sendable]]) async throws {
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let chunk = max(1, Self.bindLimit / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + chunk)
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] {
                insert = insert.values(row.map { SQLBind($0) as any SQLExpression })
            }
            try await insert.run()
            start = end
        }
    }

    /// The largest id in `table`, so that explicit ids can follow it.
    func maxID(_ table: String) async throws -> Int {
        try await sql.raw("SELECT COALESCE(MAX(id), 0) AS id FROM \(unsafeRaw: table)").first()?.decode(
            column: "id", as: Int.self) ?? 0
    }

    /// After explicit ids, PostgreSQL's identity sequence must move past them (SQLite follows by itself).
    func advanceSequence(_ table: String) async throws {
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw(
            """
            SELECT setval(pg_get_serial_sequence('\(unsafeRaw: table)', 'id'), (SELECT COALESCE(MAX(id), 1) FROM \(unsafeRaw: table)))
            """
        ).run()
    }
}
