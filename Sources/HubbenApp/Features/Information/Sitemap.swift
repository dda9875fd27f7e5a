import Foundation
import HubbenCore
import SQLKit

/// `sitemap.xml` (the sitemaps.org protocol): an index of one sitemap per kind of public page, each split into
/// files of at most 50,000 addresses — the protocol's limit — as `/sitemaps/ideas-1.xml`, `ideas-2.xml` …
/// Only what anyone may see: public projects and events, published news, ideas that are not merged.
enum Sitemap {
    static let perFile = 50_000

    struct Kind: Sendable {
        var name: String
        /// `id` and, where the kind keeps it, `updated_at` of its public rows, in id order.
        var rows: SQLQueryString
        var path: @Sendable (Int) -> String
    }

    static func kinds(now: Date) -> [Kind] {
        [
            Kind(
                name: "ideas", rows: "SELECT id, updated_at FROM ideas WHERE merged_into_id IS NULL",
                path: { IdeaPaths.show($0) }),
            Kind(
                name: "challenges", rows: "SELECT id, NULL AS updated_at FROM challenges",
                path: { ChallengePaths.show($0) }),
            Kind(
                name: "projects", rows: "SELECT id, updated_at FROM projects WHERE visibility = 'public'",
                path: { ProjectPaths.show($0) }
            ),
            Kind(
                name: "events", rows: "SELECT id, updated_at FROM events WHERE visibility = 'public'",
                path: { EventPaths.show($0) }),
            Kind(
                name: "news",
                rows: "SELECT id, updated_at FROM news_posts WHERE status = 'published' AND publish_at <= \(bind: now)",
                path: { NewsPaths.show($0) }),
            Kind(
                name: "partners", rows: "SELECT id, NULL AS updated_at FROM organizations WHERE kind = 'partner'",
                path: { PartnerPaths.show($0) }
            ),
            Kind(
                name: "reform-groups", rows: "SELECT id, NULL AS updated_at FROM reform_groups",
                path: { ReformGroupPaths.show($0) }),
        ]
    }

    /// The pages that are not one thing of a kind.
    static let fixedPaths = [
        InformationPaths.home(), InformationPaths.about(), IdeaPaths.list(), ChallengePaths.list(), ProjectPaths.list(),
        NavigationItem.events.path, NewsPaths.list(), PartnerPaths.list(), ReformGroupPaths.list(),
        InterestPaths.form(), NavigationItem.book.path, MethodPaths.list(), InformationPaths.accessibility(),
        InformationPaths.privacy(),
    ]

    private static func escape(_ text: String) -> String { HTMLAttribute.escape(text) }

    static func index(_ sql: any SQLDatabase, base: String, now: Date) async throws -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>\(escape(base))/sitemaps/pages-1.xml</loc></sitemap>

            """
        for kind in kinds(now: now) {
            let count =
                try await sql.raw("SELECT COUNT(*) AS n FROM (\(kind.rows)) counted").first()?
                .decode(column: "n", as: Int.self) ?? 0
            for file in 0..<max(1, (count + perFile - 1) / perFile) {
                xml += "<sitemap><loc>\(escape(base))/sitemaps/\(kind.name)-\(file + 1).xml</loc></sitemap>\n"
            }
        }
        return xml + "</sitemapindex>\n"
    }

    /// One file (`ideas-2.xml`), or nil for a name that is none.
    static func file(_ name: String, _ sql: any SQLDatabase, base: String, now: Date) async throws -> String? {
        guard name.hasSuffix(".xml"), let dash = name.lastIndex(of: "-") else { return nil }
        let kindName = String(name[..<dash])
        guard let number = Int(name[name.index(after: dash)...].dropLast(4)), (1...10_000).contains(number) else {
            return nil
        }
        var entries: [(path: String, updated: Date?)] = []
        if kindName == "pages" {
            guard number == 1 else { return nil }
            entries = fixedPaths.map { ($0, nil) }
        } else {
            guard let kind = kinds(now: now).first(where: { $0.name == kindName }) else { return nil }
            let rows = try await sql.raw(
                "\(kind.rows) ORDER BY id LIMIT \(bind: perFile) OFFSET \(bind: (number - 1) * perFile)"
            ).all()
            guard number == 1 || !rows.isEmpty else { return nil }
            entries = try rows.map {
                (
                    kind.path(try $0.decode(column: "id", as: Int.self)),
                    try $0.decode(column: "updated_at", as: Date?.self)
                )
            }
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries {
            xml += "<url><loc>\(escape(base + entry.path))</loc>"
            if let updated = entry.updated { xml += "<lastmod>\(DateFormat.iso8601(updated))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
