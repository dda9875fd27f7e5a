import Fluent
import SQLKit

/// Comments on ideas with one level of replies, reports by readers and moderation by coaches.
struct CreateComment: AsyncMigration {
    var name: String { "0017_CreateComment" }

    func prepare(on database: any Database) async throws {
        try await database.schema("comments")
            .field("id", .int, .identifier(auto: true))
            .field("idea_id", .int, .required, .references("ideas", "id", onDelete: .cascade))
            .field("author_id", .int, .required, .references("accounts", "id"))
            .field("parent_id", .int, .references("comments", "id", onDelete: .cascade))
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("hidden_at", .datetime)
            .field("hidden_by_id", .int, .references("accounts", "id"))
            .field("hidden_reason", .string)
            .create()
        try await database.schema("comment_reports")
            .field("id", .int, .identifier(auto: true))
            .field("comment_id", .int, .required, .references("comments", "id", onDelete: .cascade))
            .field("reporter_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "comment_id", "reporter_id")
            .create()
        try await database.schema("follows")
            .field("id", .int, .identifier(auto: true))
            .field("idea_id", .int, .required, .references("ideas", "id", onDelete: .cascade))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "idea_id", "account_id")
            .create()
        try await database.schema("idea_scores")
            .field("id", .int, .identifier(auto: true))
            .field("idea_id", .int, .required, .references("ideas", "id", onDelete: .cascade))
            .field("coach_id", .int, .required, .references("accounts", "id"))
            .field("criterion", .string, .required)
            .field("score", .int, .required)
            .field("comment", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "idea_id", "coach_id", "criterion")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "comments_idea").on("comments").column("idea_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["idea_scores", "follows", "comment_reports", "comments"] {
            try await database.schema(table).delete()
        }
    }
}
