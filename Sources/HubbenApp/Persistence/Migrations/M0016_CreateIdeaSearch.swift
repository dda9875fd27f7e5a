import Fluent
import SQLKit

/// The full-text index of ideas over their stemmed terms (`SearchText`): an FTS5 table on SQLite, a
/// `tsvector` column with a GIN index on PostgreSQL. The two are twins: `SearchIndex` writes and
/// queries both, and the app tests run on both.
struct CreateIdeaSearch: AsyncMigration {
    var name: String { "0016_CreateIdeaSearch" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            try await sql.raw("CREATE VIRTUAL TABLE idea_search USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')").run()
        } else {
            try await sql.raw("""
                CREATE TABLE idea_search (
                    idea_id integer PRIMARY KEY REFERENCES ideas(id) ON DELETE CASCADE,
                    terms text NOT NULL,
                    vector tsvector NOT NULL
                )
                """).run()
            try await sql.raw("CREATE INDEX idea_search_vector ON idea_search USING gin(vector)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE idea_search").run()
    }
}
