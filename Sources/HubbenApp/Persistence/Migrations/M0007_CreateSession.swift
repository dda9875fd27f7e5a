import Fluent

struct CreateSession: AsyncMigration {
    var name: String { "0007_CreateSession" }

    func prepare(on database: any Database) async throws {
        // Only the SHA-256 of the cookie's token is stored: a copy of this table signs nobody in.
        try await database.schema("sessions")
            .field("id", .int, .identifier(auto: true))
            .field("token_hash", .string, .required)
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").delete()
    }
}
