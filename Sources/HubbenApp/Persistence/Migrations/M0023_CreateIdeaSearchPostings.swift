import Fluent
import SQLKit

/// The idea search's postings in rank order (`SearchPostings`): one row per (term, idea) with the term's
/// weight in that idea, kept in (term, weight) order, which hands out a word's best ideas without ranking
/// every idea it matches. `term` compares byte by byte on both databases (PostgreSQL's
/// `COLLATE "C"`), so that a prefix is a range. Fills itself from the ideas already indexed.
struct CreateIdeaSearchPostings: AsyncMigration {
    var name: String { "0023_CreateIdeaSearchPostings" }

    func prepare(on database: any Database) async throws {
        let sql = try database.sql
        let isSQLite = sql.dialect.name == "sqlite"
        // On SQLite the table is its rank index (WITHOUT ROWID, keyed in rank order); PostgreSQL keeps the
        // rows in a heap and the rank index beside it. The (term, idea) pair is unique by construction: an
        // idea's postings are deleted and written together.
        if isSQLite {
            try await sql.raw(
                """
                CREATE TABLE idea_search_postings (
                    term TEXT NOT NULL,
                    idea_id integer NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
                    weight REAL NOT NULL,
                    PRIMARY KEY (term, weight DESC, idea_id DESC)
                ) WITHOUT ROWID
                """
            ).run()
        } else {
            try await sql.raw(
                """
                CREATE TABLE idea_search_postings (
                    term text COLLATE "C" NOT NULL,
                    idea_id integer NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
                    weight double precision NOT NULL
                )
                """
            ).run()
            try await sql.raw(
                "CREATE INDEX idea_search_postings_rank ON idea_search_postings (term, weight DESC, idea_id DESC)"
            ).run()
        }
        try await sql.raw("CREATE INDEX idea_search_postings_idea ON idea_search_postings (idea_id)").run()
        let postings = SearchPostings(sql: sql)
        for document in try await SearchIndex(sql: sql).storedTerms(updatedSince: nil) {
            try await postings.replace(ideaID: document.id, terms: document.terms)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE idea_search_postings").run()
    }
}
