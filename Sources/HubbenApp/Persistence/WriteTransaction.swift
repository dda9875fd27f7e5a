import Fluent
import SQLKit

/// SQLite lets one connection write at a time. When two of the pool's connections try at once, the second
/// is refused (`SQLITE_BUSY`) and its busy handler sleeps 1, 2, 5, 10 ms… before trying again — under a
/// stream of supports that sleeping, not the work, set the pace (docs/PERFORMANCE.md). Write transactions
/// therefore take turns in the process first, in arrival order; PostgreSQL needs no such thing.
///
/// A SQLite transaction also takes the write lock before anything else (what `BEGIN IMMEDIATE` does; Fluent
/// only issues `BEGIN`). A transaction that reads first and writes later is refused at once ("database is
/// locked", which no busy handler retries) when another connection wrote in between — as a rate-limit hit or a
/// session's last-seen time does outside any turn. Actions validate inside their transaction, so under load
/// that refusal was a 500 (the benchmark's idea submissions: 110 of about 1,500).
extension Database {
    func writeTransaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws
        -> T
    {
        guard !inTransaction, (self as? any SQLDatabase)?.dialect.name == "sqlite" else {
            return try await transaction(closure)
        }
        return try await Turns.sqliteWrites.run {
            try await transaction { db in
                // A write that changes nothing, so that the write lock is held from here on.
                try await (db as? any SQLDatabase)?.raw("DELETE FROM _fluent_migrations WHERE 0").run()
                return try await closure(db)
            }
        }
    }
}

extension Turns {
    /// Write transactions on SQLite, one at a time.
    static let sqliteWrites = Turns(1)
}

/// Both databases Hubben runs on are SQL databases; this is the one place that says so.
struct NotAnSQLDatabase: Error, CustomStringConvertible {
    var description: String { "the database does not speak SQL" }
}

extension Database {
    /// The database as SQLKit sees it, for the queries Fluent's builder cannot write.
    var sql: any SQLDatabase {
        get throws {
            guard let sql = self as? any SQLDatabase else { throw NotAnSQLDatabase() }
            return sql
        }
    }
}
