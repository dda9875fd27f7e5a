import Fluent
import SQLKit

/// News (*nyheter*): the hub team's posts, their image, themes and links, and comments with their moderation.
///
/// A post is public once `status` is `published` and `publish_at` has come (a later moment schedules it). Its
/// image is kept in the database (`news_images`), so every instance behind the load balancer serves it.
/// A guest's comment keeps the address it was given (`guest_email`, never shown) to mail the confirmation link
/// to and to recognise a guest whose confirmed address had a comment approved before.
struct CreateNews: AsyncMigration {
    var name: String { "0034_CreateNews" }

    func prepare(on database: any Database) async throws {
        try await database.schema("news_posts")
            .field("id", .int, .identifier(auto: true))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("body", .string, .required)
            // The body rendered and sanitised when it was saved: what pages and feeds show.
            .field("body_html", .string, .required)
            .field("image_alt", .string, .required)
            .field("status", .string, .required)
            .field("publish_at", .datetime)
            .field("author_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("news_images")
            .field("post_id", .int, .required, .references("news_posts", "id", onDelete: .cascade))
            .field("content_type", .string, .required)
            .field("bytes", .data, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "post_id")
            .create()
        try await database.schema("news_post_themes")
            .field("post_id", .int, .required, .references("news_posts", "id", onDelete: .cascade))
            .field("theme_id", .int, .required, .references("themes", "id", onDelete: .cascade))
            .unique(on: "post_id", "theme_id")
            .create()
        // What a post links to: `project`, `event` or `partner` and its id; shown only while the target is public.
        try await database.schema("news_post_links")
            .field("post_id", .int, .required, .references("news_posts", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("target_id", .int, .required)
            .field("position", .int, .required)
            .unique(on: "post_id", "kind", "target_id")
            .create()
        try await database.schema("news_comments")
            .field("id", .int, .identifier(auto: true))
            .field("post_id", .int, .required, .references("news_posts", "id", onDelete: .cascade))
            .field("account_id", .int, .references("accounts", "id", onDelete: .cascade))
            .field("guest_name", .string, .required)
            .field("guest_email", .string)
            .field("confirm_token_hash", .string)
            .field("email_confirmed_at", .datetime)
            .field("body", .string, .required)
            .field("moderation", .string, .required)
            .field("hidden_reason", .string, .required)
            .field("moderated_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("moderated_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await SearchTable.create("news_search", indexing: "news_posts", on: database)
        try await SQLIndexes.create(Self.indexes, on: database)
    }

    static let indexes: [SQLIndexes.Index] = [
        ("news_posts_public", "news_posts", ["status", "publish_at"]),
        ("news_posts_author", "news_posts", ["author_id"]),
        ("news_post_themes_theme", "news_post_themes", ["theme_id"]),
        ("news_post_links_target", "news_post_links", ["kind", "target_id"]),
        ("news_comments_post", "news_comments", ["post_id", "created_at"]),
        ("news_comments_queue", "news_comments", ["moderation", "created_at"]),
        ("news_comments_account", "news_comments", ["account_id"]),
        ("news_comments_guest", "news_comments", ["guest_email"]),
        ("news_comments_token", "news_comments", ["confirm_token_hash"]),
        ("news_comments_moderator", "news_comments", ["moderated_by"]),
    ]

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop(Self.indexes, on: database)
        try await SearchTable.drop("news_search", on: database)
        for table in ["news_comments", "news_post_links", "news_post_themes", "news_images", "news_posts"] {
            try await database.schema(table).delete()
        }
    }
}
