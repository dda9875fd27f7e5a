import Fluent
import SQLKit

/// The full-text index of challenges: the same twin shape as `idea_search` (see `CreateIdeaSearch`). The key
/// column keeps the name `idea_id` on PostgreSQL so that one `SearchIndex` serves both tables.
struct CreateChallengeSearch: AsyncMigration {
    var name: String { "0018_CreateChallengeSearch" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "sqlite" {
            try await sql.raw("CREATE VIRTUAL TABLE challenge_search USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0')").run()
        } else {
            try await sql.raw("""
                CREATE TABLE challenge_search (
                    idea_id integer PRIMARY KEY REFERENCES challenges(id) ON DELETE CASCADE,
                    terms text NOT NULL,
                    vector tsvector NOT NULL
                )
                """).run()
            try await sql.raw("CREATE INDEX challenge_search_vector ON challenge_search USING gin(vector)").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE challenge_search").run()
    }
}
