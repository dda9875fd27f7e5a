import Fluent
import SQLKit

/// The full-text index of ideas over their stemmed terms (`SearchText`): an FTS5 table on SQLite, a
/// `tsvector` column with a GIN index on PostgreSQL. The two are twins: `SearchIndex` writes and
/// queries both, and the app tests run on both.
struct CreateIdeaSearch: AsyncMigration {
    var name: String { "0016_CreateIdeaSearch" }

    func prepare(on database: any Database) async throws {
        try await SearchTable.create("idea_search", indexing: "ideas", on: database)
    }

    func revert(on database: any Database) async throws {
        try await SearchTable.drop("idea_search", on: database)
    }
}

/// One shape for every full-text table, so that one `SearchIndex` serves them all. The key column is called
/// `idea_id` on PostgreSQL for every table (on SQLite it is the FTS5 `rowid`).
enum SearchTable {
    static func create(_ table: String, indexing source: String, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            try await sql.raw(
                "CREATE VIRTUAL TABLE \(unsafeRaw: table) USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')"
            ).run()
        } else {
            try await sql.raw(
                """
                CREATE TABLE \(unsafeRaw: table) (
                    idea_id integer PRIMARY KEY REFERENCES \(unsafeRaw: source)(id) ON DELETE CASCADE,
                    terms text NOT NULL,
                    vector tsvector NOT NULL
                )
                """
            ).run()
            try await sql.raw("CREATE INDEX \(unsafeRaw: table)_vector ON \(unsafeRaw: table) USING gin(vector)").run()
        }
    }

    static func drop(_ table: String, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE \(unsafeRaw: table)").run()
    }
}
