import Fluent

struct CreateMembership: AsyncMigration {
    var name: String { "0005_CreateMembership" }

    func prepare(on database: any Database) async throws {
        try await database.schema("memberships")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references("organizations", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "account_id", "organization_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("memberships").delete()
    }
}
