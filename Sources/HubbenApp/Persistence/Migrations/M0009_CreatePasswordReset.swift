import Fluent

struct CreatePasswordReset: AsyncMigration {
    var name: String { "0009_CreatePasswordReset" }

    func prepare(on database: any Database) async throws {
        try await database.schema("password_resets")
            .field("id", .int, .identifier(auto: true))
            .field("token_hash", .string, .required)
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("password_resets").delete()
    }
}
