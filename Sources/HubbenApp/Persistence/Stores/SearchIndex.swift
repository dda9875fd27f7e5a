import Fluent
import Foundation
import HubbenCore
import SQLKit

/// A full-text index over stemmed terms (see `CreateIdeaSearch`): one code path, a twin statement per
/// database. `idea_search` indexes ideas, `challenge_search` challenges; both have the same shape.
struct SearchIndex {
    let sql: any SQLDatabase
    var table = "idea_search"
    /// The table whose rows are indexed, for `storedTerms`.
    var source = "ideas"

    private var isSQLite: Bool { sql.dialect.name == "sqlite" }

    /// The stemmed terms an idea is found by; the title counts twice.
    static func terms(title: String, summary: String, need: String) -> String {
        (SearchText.terms(title) + SearchText.terms(title) + SearchText.terms(summary) + SearchText.terms(need))
            .joined(separator: " ")
    }

    func index(id: Int, terms: String) async throws {
        if isSQLite {
            try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE rowid = \(bind: id)").run()
            try await sql.raw("INSERT INTO \(unsafeRaw: table)(rowid, terms) VALUES (\(bind: id), \(bind: terms))")
                .run()
        } else {
            try await sql.raw(
                """
                INSERT INTO \(unsafeRaw: table)(idea_id, terms, vector) VALUES (\(bind: id), \(bind: terms), to_tsvector('simple', \(bind: terms)))
                ON CONFLICT (idea_id) DO UPDATE SET terms = excluded.terms, vector = excluded.vector
                """
            ).run()
        }
        if table == "idea_search" {
            try await SearchPostings(sql: sql).replace(
                ideaID: id, terms: terms.split(separator: " ").map(String.init))
        }
    }

    /// The stored terms of ideas written at or after `since` (all when nil).
    func storedTerms(updatedSince since: Date?) async throws -> [(id: Int, terms: [String])] {
        let key = isSQLite ? "\(table).rowid" : "\(table).idea_id"
        let filter: SQLQueryString =
            if let since { "WHERE \(unsafeRaw: source).updated_at >= \(bind: since)" } else { "" }
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: key) AS id, \(unsafeRaw: table).terms AS terms FROM \(unsafeRaw: table)
            JOIN \(unsafeRaw: source) ON \(unsafeRaw: source).id = \(unsafeRaw: key) \(filter)
            """
        ).all()
        return try rows.map { row in
            (
                try row.decode(column: "id", as: Int.self),
                try row.decode(column: "terms", as: String.self).split(separator: " ").map(String.init)
            )
        }
    }

    /// A subquery of `(idea_id, score)` for the ideas matching `query`, and the ORDER BY term that puts the best
    /// match first on this database.
    func matches(_ query: SearchText.Query) -> (subquery: SQLQueryString, bestFirst: String) {
        let expression = matchExpression(query)
        if isSQLite {
            return (
                "SELECT rowid AS idea_id, bm25(\(unsafeRaw: table)) AS score FROM \(unsafeRaw: table) WHERE \(unsafeRaw: table) MATCH \(bind: expression)",
                "s.score ASC"
            )
        }
        return (
            "SELECT idea_id, ts_rank(vector, to_tsquery('simple', \(bind: expression))) AS score FROM \(unsafeRaw: table) WHERE vector @@ to_tsquery('simple', \(bind: expression))",
            "s.score DESC"
        )
    }

    /// A subquery of the ids of the ideas matching `query`, unranked: for counting, where ranking every match
    /// would cost four times the match itself (a common word at scale large).
    func matchingIDs(_ query: SearchText.Query) -> SQLQueryString {
        let expression = matchExpression(query)
        if isSQLite {
            return "SELECT rowid FROM \(unsafeRaw: table) WHERE \(unsafeRaw: table) MATCH \(bind: expression)"
        }
        return "SELECT idea_id FROM \(unsafeRaw: table) WHERE vector @@ to_tsquery('simple', \(bind: expression))"
    }

    private func matchExpression(_ query: SearchText.Query) -> String {
        // Stems hold only letters and digits (SearchText), so the match syntax below cannot be broken out of.
        let safe = { (term: String) in term.filter { $0.isLetter || $0.isNumber } }
        if isSQLite {
            let parts = query.terms.map { "\"\(safe($0))\"" } + (query.prefix.map { ["\"\(safe($0))\"*"] } ?? [])
            return parts.joined(separator: " AND ")
        }
        let parts = query.terms.map(safe) + (query.prefix.map { ["\(safe($0)):*"] } ?? [])
        return parts.joined(separator: " & ")
    }
}
