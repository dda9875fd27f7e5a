import SQLKit
import Vapor

/// News (*nyheter*): the hub team's posts with guest and member comments, moderation and an Atom feed.
enum NewsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: NewsController())
    }

    static let cachedPaths: [CachedPath] = [
        .exactly(NewsPaths.list()), .exactly(NewsPaths.feed()), .item(NewsPaths.list()), .tree("/api/v1/news"),
    ]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "newsComments", claims: ["news_comments.account_id"],
                columns: [("post_id", .number), ("body", .text), ("moderation", .text), ("created_at", .time)]
            ) { id in
                "SELECT post_id, body, moderation, created_at FROM news_comments WHERE account_id = \(bind: id) ORDER BY id"
            },
            // Comments given as a guest with the address the account has.
            ExportSection(
                name: "newsCommentsAsGuest", claims: [],
                columns: [
                    ("post_id", .number), ("name", .text), ("email", .text), ("body", .text), ("moderation", .text),
                    ("created_at", .time),
                ]
            ) { id in
                """
                SELECT c.post_id, c.guest_name AS name, c.guest_email AS email, c.body, c.moderation, c.created_at
                FROM news_comments c JOIN accounts a ON a.id = \(bind: id) AND c.guest_email = LOWER(a.email)
                WHERE c.account_id IS NULL ORDER BY c.id
                """
            },
        ],
        otherClaims: ["news_posts.author_id", "news_comments.moderated_by"],
        erase: { id, sql in
            try await sql.raw(
                """
                DELETE FROM news_comments WHERE account_id = \(bind: id)
                OR (account_id IS NULL AND guest_email = (SELECT LOWER(email) FROM accounts WHERE id = \(bind: id)))
                """
            ).run()
            try await sql.raw("UPDATE news_comments SET moderated_by = NULL WHERE moderated_by = \(bind: id)").run()
            try await sql.raw("UPDATE news_posts SET author_id = NULL WHERE author_id = \(bind: id)").run()
        }
    )
}
