import Fluent
import SQLKit

/// Events counted by rate limits, shared by every instance. `key` is a SHA-256, never an address or e-mail.
struct CreateRateLimitHit: AsyncMigration {
    var name: String { "0011_CreateRateLimitHit" }

    func prepare(on database: any Database) async throws {
        try await database.schema("rate_limit_hits")
            .field("id", .int, .identifier(auto: true))
            .field("scope", .string, .required)
            .field("key", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "rate_limit_hits_lookup").on("rate_limit_hits")
            .column("scope").column("key").column("occurred_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rate_limit_hits").delete()
    }
}
