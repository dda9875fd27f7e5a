import Fluent

/// Challenges posed by a department, a reform group or the hub, open for ideas until a date.
struct CreateChallenge: AsyncMigration {
    var name: String { "0014_CreateChallenge" }

    func prepare(on database: any Database) async throws {
        try await database.schema("challenges")
            .field("id", .int, .identifier(auto: true))
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("organization_id", .int, .references("organizations", "id", onDelete: .setNull))
            .field("reform_group_id", .int, .references("reform_groups", "id", onDelete: .setNull))
            .field("author_id", .int, .required, .references("accounts", "id"))
            .field("open_until", .datetime, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("challenge_themes")
            .field("id", .int, .identifier(auto: true))
            .field("challenge_id", .int, .required, .references("challenges", "id", onDelete: .cascade))
            .field("theme_id", .int, .required, .references("themes", "id", onDelete: .cascade))
            .unique(on: "challenge_id", "theme_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("challenge_themes").delete()
        try await database.schema("challenges").delete()
    }
}
