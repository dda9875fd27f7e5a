import Fluent
import Foundation
import HubbenCore
import SQLKit

extension Seeder {
    /// News over the last two years by the hub team, each indexed for search, about one in ten with comments
    /// from members and guests (approved; a few guests' still waiting).
    func news(_ random: inout SeededRandom, people: [Int], author: Int?, now: Date) async throws -> Int {
        guard scale.news > 0 else { return 0 }
        let themes = try await IdeaStore(database: app.db).themes()
        var posts: [[any Encodable & Sendable]] = []
        var themeRows: [[any Encodable & Sendable]] = []
        var terms: [(Int, String)] = []
        let first =
            try await app.db.sql.raw("SELECT COALESCE(MAX(id), 0) AS n FROM news_posts").first()?
            .decode(column: "n", as: Int.self) ?? 0
        for index in 0..<scale.news {
            let id = first + index + 1
            let published = now.addingTimeInterval(-Double(random.next(upTo: 730 * 24)) * 3600)
            let idea = SeedText.idea(index, &random)
            let title = String("Nytt från hubben: \(idea.title)".prefix(NewsPostDraft.titleLimit))
            let summary = String(idea.summary.prefix(300))
            let body =
                "\(idea.summary)\n\n## Vad händer nu?\n\n\(idea.need)\n\n- \(SeedText.pick(SeedText.effects, &random))"
            posts.append([
                id, title, summary, body, NewsMarkdown.html(body), "", NewsStatus.published.rawValue, published, author,
                published, published,
            ])
            if let theme = themes.first(where: { $0.slug == idea.theme }) { themeRows.append([id, theme.id]) }
            terms.append((id, SearchIndex.terms(title: title, summary: summary, need: body)))
        }
        var comments: [[any Encodable & Sendable]] = []
        for (index, post) in posts.enumerated() where index % 10 == 0 && !people.isEmpty {
            guard let postID = post.first as? Int, let published = post[7] as? Date else { continue }
            for number in 0..<(1 + random.next(upTo: 5)) {
                let guest = number % 3 == 2
                comments.append([
                    postID, guest ? nil : SeedText.pick(people, &random) as Int?, guest ? SeedText.name(&random) : "",
                    guest ? "gast-\(index)-\(number)@seed.hubben.example" : nil as String?,
                    SeedText.pick(SeedText.comments, &random),
                    (guest && number == 5 ? CommentModeration.pending : .approved).rawValue, "",
                    published.addingTimeInterval(Double(number + 1) * 3600),
                ])
            }
        }
        let (postRows, linkRows, commentRows, searchTerms) = (posts, themeRows, comments, terms)
        try await app.db.transaction { db in
            let sql = try db.sql
            try await BulkInsert(sql: sql).rows(
                "news_posts",
                columns: [
                    "id", "title", "summary", "body", "body_html", "image_alt", "status", "publish_at", "author_id",
                    "created_at", "updated_at",
                ], postRows)
            try await BulkInsert(sql: sql).rows("news_post_themes", columns: ["post_id", "theme_id"], linkRows)
            try await BulkInsert(sql: sql).rows(
                "news_comments",
                columns: [
                    "post_id", "account_id", "guest_name", "guest_email", "body", "moderation", "hidden_reason",
                    "created_at",
                ], commentRows)
            let index = SiteSearch.news.index(sql)
            for (id, text) in searchTerms { try await index.index(id: id, terms: text) }
            try await BulkInsert(sql: sql).advanceSequence("news_posts")
        }
        return posts.count
    }
}
