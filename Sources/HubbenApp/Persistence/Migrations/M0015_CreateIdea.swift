import Fluent
import SQLKit

struct CreateIdea: AsyncMigration {
    var name: String { "0015_CreateIdea" }

    func prepare(on database: any Database) async throws {
        // support_count and comment_count are kept in the same transaction as the rows they count.
        try await database.schema("ideas")
            .field("id", .int, .identifier(auto: true))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("need", .string, .required)
            .field("status", .string, .required)
            .field("author_id", .int, .required, .references("accounts", "id"))
            .field("challenge_id", .int, .references("challenges", "id", onDelete: .setNull))
            .field("merged_into_id", .int, .references("ideas", "id"))
            .field("support_count", .int, .required)
            .field("comment_count", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("last_activity_at", .datetime, .required)
            .create()
        try await database.schema("idea_themes")
            .field("id", .int, .identifier(auto: true))
            .field("idea_id", .int, .required, .references("ideas", "id", onDelete: .cascade))
            .field("theme_id", .int, .required, .references("themes", "id", onDelete: .cascade))
            .unique(on: "idea_id", "theme_id")
            .create()
        try await database.schema("idea_versions")
            .field("id", .int, .identifier(auto: true))
            .field("idea_id", .int, .required, .references("ideas", "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("need", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "idea_id", "version")
            .create()
        try await database.schema("idea_status_changes")
            .field("id", .int, .identifier(auto: true))
            .field("idea_id", .int, .required, .references("ideas", "id", onDelete: .cascade))
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("reason", .string)
            .field("actor_id", .int, .references("accounts", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("supports")
            .field("id", .int, .identifier(auto: true))
            .field("idea_id", .int, .required, .references("ideas", "id", onDelete: .cascade))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "idea_id", "account_id")
            .create()
        try await SQLIndexes.create(
            [
                ("ideas_status_created", "ideas", ["status", "created_at"]),
                ("ideas_created", "ideas", ["created_at"]),
                ("ideas_support_count", "ideas", ["support_count"]),
                ("ideas_last_activity", "ideas", ["last_activity_at"]),
                ("ideas_challenge", "ideas", ["challenge_id"]),
                ("idea_themes_theme", "idea_themes", ["theme_id", "idea_id"]),
                ("supports_account", "supports", ["account_id"]),
                ("idea_status_changes_idea", "idea_status_changes", ["idea_id"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["supports", "idea_status_changes", "idea_versions", "idea_themes", "ideas"] {
            try await database.schema(table).delete()
        }
    }
}
