import Fluent
import Foundation
import HubbenCore
import SQLKit

/// What one search finds of one kind, as the search page and the API show it.
struct SearchHit: Sendable, Equatable {
    var kind: SearchKind
    var id: Int
    /// A method's address (methods are addressed by slug); nil for the other kinds.
    var slug: String? = nil
    var title: String
    var summary: String
}

/// The kinds the one search covers, in the order the results are grouped.
enum SearchKind: String, CaseIterable, Sendable {
    case ideas, challenges, projects, events, news, partners
    case reformGroups = "reform_groups"
    case methods
}

/// The full-text indexes of the kinds that have no section search of their own (projects, events, partners,
/// reform groups, the method toolbox; news keeps its own in `NewsStore`), with the same Swedish stemming and the same ranking as
/// the idea search (`SearchIndex`): one table per kind, written when a row is written.
struct SiteSearch {
    let sql: any SQLDatabase

    /// An indexed kind: its search table, the table it indexes, and how its text is read for indexing.
    struct Indexed: Sendable {
        var table: String
        var source: String
        /// `id, title, summary, body` of the rows to index (all when `ids` is nil).
        var text: @Sendable (_ ids: [Int]?) -> SQLQueryString

        func index(_ sql: any SQLDatabase) -> SearchIndex { SearchIndex(sql: sql, table: table, source: source) }
    }

    private static func only(_ ids: [Int]?, _ column: String) -> SQLQueryString {
        guard let ids else { return "" }
        return " AND \(unsafeRaw: column) IN (\(SQLList(ids.map { SQLBind($0) })))"
    }

    static let projects = Indexed(table: "project_search", source: "projects") { ids in
        "SELECT id, title, what AS summary, why || ' ' || how AS body FROM projects WHERE 1 = 1\(only(ids, "id"))"
    }
    static let events = Indexed(table: "event_search", source: "events") { ids in
        "SELECT id, title, description AS summary, '' AS body FROM events WHERE 1 = 1\(only(ids, "id"))"
    }
    static let partners = Indexed(table: "partner_search", source: "organizations") { ids in
        """
        SELECT o.id, o.name AS title, o.description AS summary, COALESCE(p.focus_areas, '') AS body FROM organizations o
        LEFT JOIN partner_profiles p ON p.organization_id = o.id WHERE o.kind = 'partner'\(only(ids, "o.id"))
        """
    }
    static let reformGroups = Indexed(table: "reform_group_search", source: "reform_groups") { ids in
        "SELECT id, name AS title, description AS summary, '' AS body FROM reform_groups WHERE 1 = 1\(only(ids, "id"))"
    }

    /// News posts are indexed by `NewsStore` when they are written; searched here like the others.
    static let news = Indexed(table: "news_search", source: "news_posts") { ids in
        "SELECT id, title, summary, body FROM news_posts WHERE 1 = 1\(only(ids, "id"))"
    }

    /// A method in both its languages, so that "intervju" and "interview" both find it.
    static let methods = Indexed(table: "method_search", source: "methods") { ids in
        let body = ["when_to_use", "steps", "materials", "pitfalls", "example"].flatMap { ["\($0)_sv", "\($0)_en"] }
            .joined(separator: " || ' ' || ")
        return """
            SELECT id, name_sv || ' ' || name_en AS title, summary_sv || ' ' || summary_en AS summary,
                \(unsafeRaw: body) AS body
            FROM methods WHERE 1 = 1\(only(ids, "id"))
            """
    }

    /// What migration 0035 and the seeder index in bulk (the toolbox came after, with its own migration).
    static let all = [projects, events, partners, reformGroups]

    /// (Re)indexes the rows `ids` of a kind (every row when nil): after each write, and once for what a
    /// migration or the seeder wrote in bulk.
    func index(_ kind: Indexed, ids: [Int]?) async throws {
        let rows = try await sql.raw(kind.text(ids)).all()
        let index = kind.index(sql)
        for row in rows {
            let terms = SearchIndex.terms(
                title: try row.decode(column: "title", as: String.self),
                summary: try row.decode(column: "summary", as: String.self),
                need: try row.decode(column: "body", as: String.self))
            try await index.index(id: try row.decode(column: "id", as: Int.self), terms: terms)
        }
    }

    /// One page of a kind's matches, best first, with the number of all; `visible` narrows them to what the
    /// person may see (a condition on the source table's alias `t`).
    func search(
        _ kind: Indexed, _ query: SearchText.Query, visible: SQLQueryString, columns: SQLQueryString, limit: Int,
        offset: Int
    ) async throws -> (rows: [any SQLRow], total: Int) {
        let index = kind.index(sql)
        let match = index.matches(query)
        let rows = try await sql.raw(
            """
            SELECT \(columns) FROM (\(match.subquery)) s JOIN \(unsafeRaw: kind.source) t ON t.id = s.idea_id
            WHERE \(visible) ORDER BY \(unsafeRaw: match.bestFirst), t.id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all()
        let total =
            try await sql.raw(
                """
                SELECT COUNT(*) AS n FROM \(unsafeRaw: kind.source) t WHERE t.id IN (\(index.matchingIDs(query))) AND \(visible)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        return (rows, total)
    }
}
