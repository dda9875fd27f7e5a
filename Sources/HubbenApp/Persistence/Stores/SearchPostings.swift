import Foundation
import HubbenCore
import SQLKit

/// The idea search ranked without ranking everything. A common word matches thousands of ideas, and a
/// full-text rank (bm25, ts_rank) is computed for every one before the first twenty can be chosen. Here each
/// (term, idea) carries the term's weight in that idea, kept best first per term (the table's key on SQLite,
/// `idea_search_postings_rank` on PostgreSQL): the first page of a one-word search reads, per word form the prefix covers, only as many
/// rows as the page needs, whatever the word.
///
/// The weight is BM25's term-frequency part (k1 = 1.2, b = 0.75) against a fixed typical length instead of
/// the corpus average, so that it never changes after it is written. For one word the IDF is the same for
/// every idea and does not change the order. An idea's score is its best weight over the word's forms
/// ("cykel" → cykelbana, cykelbanor …). Queries of several words keep the full-text rank (`SearchIndex`).
struct SearchPostings {
    let sql: any SQLDatabase

    static let table = "idea_search_postings"
    /// A word covering more forms than this (a prefix of one or two letters) is ranked in one pass over
    /// its matches instead.
    var maximumForms = 32
    /// Deeper than this, a page is ranked in one pass over the matches (still in the same order).
    var boundedDepth = 200
    private static let k1 = 1.2
    private static let b = 0.75
    /// Terms in a typical idea (title twice, summary, need).
    private static let typicalLength = 40.0

    /// Each distinct term of an idea (`SearchIndex.terms`' words) with its weight.
    static func weights(_ terms: [String]) -> [(term: String, weight: Double)] {
        var frequency: [String: Int] = [:]
        for term in terms where !term.isEmpty { frequency[term, default: 0] += 1 }
        let length = Double(terms.count)
        let norm = k1 * (1 - b + b * length / typicalLength)
        return frequency.sorted { $0.key < $1.key }.map { term, count in
            let tf = Double(count)
            return (term, tf * (k1 + 1) / (tf + norm))
        }
    }

    /// Writes the idea's postings anew (inside the caller's transaction, with its full-text row).
    func replace(ideaID: Int, terms: [String]) async throws {
        try await sql.raw("DELETE FROM idea_search_postings WHERE idea_id = \(bind: ideaID)").run()
        let weights = Self.weights(terms)
        guard !weights.isEmpty else { return }
        var insert = sql.insert(into: Self.table).columns("term", "idea_id", "weight")
        for (term, weight) in weights {
            insert = insert.values(SQLBind(term), SQLBind(ideaID), SQLBind(weight))
        }
        try await insert.run()
    }

    /// The ids of the ideas ranked `offset ..< offset + count` for a one-word query, best first (ties: the
    /// newer idea first), among the ideas meeting `conditions` (on `ideas`). Nil when the query has more
    /// than one word: those are ranked by the full-text index.
    func ranked(_ query: SearchText.Query, conditions: [SQLQueryString], offset: Int, count: Int) async throws
        -> [Int]?
    {
        guard query.terms.isEmpty, let prefix = query.prefix, !prefix.isEmpty,
            let end = Self.successor(of: prefix)
        else { return nil }
        var filter: SQLQueryString = ""
        for condition in conditions { filter = "\(filter) AND \(condition)" }
        let depth = offset + count
        if depth <= boundedDepth {
            let forms = try await self.forms(from: prefix, to: end)
            if forms.isEmpty { return [] }
            if forms.count <= maximumForms {
                return try await best(of: forms, filter: filter, depth: depth, offset: offset, count: count)
            }
        }
        let rows = try await sql.raw(
            """
            SELECT p.idea_id AS idea_id, MAX(p.weight) AS weight FROM idea_search_postings p
            JOIN ideas ON ideas.id = p.idea_id
            WHERE p.term >= \(bind: prefix) AND p.term < \(bind: end)\(filter)
            GROUP BY p.idea_id ORDER BY weight DESC, idea_id DESC LIMIT \(bind: count) OFFSET \(bind: offset)
            """
        ).all()
        return try rows.map { try $0.decode(column: "idea_id", as: Int.self) }
    }

    /// Each form's best `depth` ideas, read in index order; the page is among them (an idea ranks by its best
    /// form, and fewer than `depth` ideas rank above it in that form's list).
    private func best(of forms: [String], filter: SQLQueryString, depth: Int, offset: Int, count: Int) async throws
        -> [Int]
    {
        var union: SQLQueryString = ""
        for (index, form) in forms.enumerated() {
            let part: SQLQueryString = """
                SELECT * FROM (SELECT p.idea_id AS idea_id, p.weight AS weight FROM idea_search_postings p
                JOIN ideas ON ideas.id = p.idea_id WHERE p.term = \(bind: form)\(filter)
                ORDER BY p.weight DESC, p.idea_id DESC LIMIT \(bind: depth)) AS form\(unsafeRaw: "\(index)")
                """
            union = index == 0 ? part : "\(union) UNION ALL \(part)"
        }
        return try await sql.raw(
            """
            SELECT idea_id, MAX(weight) AS weight FROM (\(union)) AS candidates GROUP BY idea_id
            ORDER BY weight DESC, idea_id DESC LIMIT \(bind: count) OFFSET \(bind: offset)
            """
        ).all().map { try $0.decode(column: "idea_id", as: Int.self) }
    }

    /// The distinct terms in `[prefix, end)`, found by hopping from one to the next in the index (one seek
    /// each), at most one more than `maximumForms`.
    private func forms(from prefix: String, to end: String) async throws -> [String] {
        try await sql.raw(
            """
            WITH RECURSIVE forms(term, depth) AS (
                SELECT MIN(term), 1 FROM idea_search_postings WHERE term >= \(bind: prefix) AND term < \(bind: end)
                UNION ALL
                SELECT (SELECT MIN(p.term) FROM idea_search_postings p WHERE p.term > forms.term AND p.term < \(bind: end)),
                       depth + 1
                FROM forms WHERE forms.term IS NOT NULL AND depth <= \(bind: maximumForms)
            )
            SELECT term FROM forms WHERE term IS NOT NULL
            """
        ).all().map { try $0.decode(column: "term", as: String.self) }
    }

    /// The first string after every string that starts with `prefix`, in code-point (UTF-8 byte) order:
    /// the prefix with its last character moved one on. Stems are letters and digits, never the last one.
    static func successor(of prefix: String) -> String? {
        guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return nil }
        return String(prefix.unicodeScalars.dropLast()) + String(Character(next))
    }
}
