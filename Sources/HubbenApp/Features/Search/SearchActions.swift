import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The one search over ideas, challenges, projects, events, news, partners, reform groups and the method
/// toolbox, for the header's
/// box, the search page and the API. Ideas and challenges are found by their own sections' searches — the same
/// hits in the same order as `/ideas?q=` and the challenge list — the other kinds by `SiteSearch`, with the same
/// Swedish stemming and ranking. What a person may not see (internal projects and events, unpublished news) is
/// never among the hits.
struct SearchActions {
    let context: ActionContext

    /// Hits per kind on the overview; a kind chosen alone is paged by `pageSize`.
    static let previewSize = 5
    static let pageSize = 20

    struct Group: Sendable, Equatable {
        var kind: SearchKind
        var total: Int
        var hits: [SearchHit]
    }

    struct Results: Sendable, Equatable {
        var text: String
        var kind: SearchKind?
        var page: Int
        var groups: [Group]
        var total: Int { groups.reduce(0) { $0 + $1.total } }
    }

    /// `language` is the one a method's name and summary are shown in.
    func search(_ text: String, kind: SearchKind? = nil, page: Int = 1, language: Language = .default) async throws
        -> Results
    {
        let text = String(text.prefix(200))
        let page = min(max(page, 1), Paging.maximumPage)
        guard !SearchText.query(text).isEmpty else { return Results(text: text, kind: kind, page: page, groups: []) }
        let limit = kind == nil ? Self.previewSize : Self.pageSize
        let offset = kind == nil ? 0 : (page - 1) * Self.pageSize
        // The same for everyone who may see the same things: shared for a moment, as the ideas search is.
        let internalProjects = Authorization.allows(context.actor, ProjectAction.seeInternal(relation: .none))
        let internalEvents = Authorization.allows(context.actor, EventAction.see(.internal))
        let key =
            "search \(internalProjects) \(internalEvents) \(language) \(kind?.rawValue ?? "") \(page) \(text)"
        let groups = try await context.sharedRead(key) {
            var groups: [Group] = []
            for each in kind.map({ [$0] }) ?? SearchKind.allCases {
                let (hits, total) = try await search(
                    each, text, limit: limit, offset: offset, language: language)
                groups.append(Group(kind: each, total: total, hits: hits))
            }
            return groups
        }
        return Results(text: text, kind: kind, page: page, groups: groups)
    }

    private func search(_ kind: SearchKind, _ text: String, limit: Int, offset: Int, language: Language)
        async throws -> (
            [SearchHit], Int
        )
    {
        let database = context.longReadsDatabase
        let query = SearchText.query(text)
        let site = SiteSearch(sql: try database.sql)
        func rows(_ indexed: SiteSearch.Indexed, visible: SQLQueryString, columns: SQLQueryString) async throws
            -> ([SearchHit], Int)
        {
            let (rows, total) = try await site.search(
                indexed, query, visible: visible, columns: columns, limit: limit, offset: offset)
            return (
                try rows.map { row in
                    SearchHit(
                        kind: kind, id: try row.decode(column: "id", as: Int.self),
                        slug: kind == .methods ? try row.decode(column: "slug", as: String.self) : nil,
                        title: try row.decode(column: "title", as: String.self),
                        summary: Self.excerpt(try row.decode(column: "summary", as: String.self)))
                }, total
            )
        }
        switch kind {
        case .ideas:
            // The ideas section's own search, as `/ideas?q=` runs it.
            var listQuery = IdeaStore.ListQuery()
            listQuery.text = text
            listQuery.sort = .relevance
            listQuery.per = limit
            listQuery.page = offset / max(limit, 1) + 1
            let page = try await IdeaStore(database: database).list(listQuery)
            return (
                page.ideas.map {
                    SearchHit(kind: .ideas, id: $0.id, title: $0.title, summary: Self.excerpt($0.summary))
                },
                page.total
            )
        case .challenges:
            let all = try await ChallengeStore(database: database).all(now: context.now, matching: text)
            let shown = all.dropFirst(offset).prefix(limit)
            return (
                shown.map {
                    SearchHit(kind: .challenges, id: $0.id, title: $0.title, summary: Self.excerpt($0.description))
                }, all.count
            )
        case .projects:
            let everything = Authorization.allows(context.actor, ProjectAction.seeInternal(relation: .none))
            return try await rows(
                SiteSearch.projects, visible: everything ? "1 = 1" : "t.visibility = 'public'",
                columns: "t.id, t.title, t.what AS summary")
        case .events:
            let everything = Authorization.allows(context.actor, EventAction.see(.internal))
            return try await rows(
                SiteSearch.events, visible: everything ? "1 = 1" : "t.visibility = 'public'",
                columns: "t.id, t.title, t.description AS summary")
        case .news:
            return try await rows(
                SiteSearch.news, visible: "t.status = 'published' AND t.publish_at <= \(bind: context.now)",
                columns: "t.id, t.title, t.summary")
        case .partners:
            return try await rows(
                SiteSearch.partners, visible: "t.kind = 'partner'",
                columns: "t.id, t.name AS title, t.description AS summary")
        case .reformGroups:
            return try await rows(
                SiteSearch.reformGroups, visible: "1 = 1", columns: "t.id, t.name AS title, t.description AS summary")
        case .methods:
            // The columns are named by the language's code (`name_sv`, `name_en`).
            let code = language.rawValue
            return try await rows(
                SiteSearch.methods, visible: "1 = 1",
                columns: "t.id, t.slug, t.name_\(unsafeRaw: code) AS title, t.summary_\(unsafeRaw: code) AS summary")
        }
    }

    /// The first 240 characters of a text, cut at a word.
    static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > 240 else { return flat }
        let cut = flat.prefix(240)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }

    static func path(_ hit: SearchHit) -> String {
        switch hit.kind {
        case .ideas: IdeaPaths.show(hit.id)
        case .challenges: ChallengePaths.show(hit.id)
        case .projects: ProjectPaths.show(hit.id)
        case .events: EventPaths.show(hit.id)
        case .news: NewsPaths.show(hit.id)
        case .partners: PartnerPaths.show(hit.id)
        case .reformGroups: ReformGroupPaths.show(hit.id)
        case .methods: MethodPaths.show(hit.slug ?? "")
        }
    }
}
