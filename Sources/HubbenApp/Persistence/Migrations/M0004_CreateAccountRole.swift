import Fluent

struct CreateAccountRole: AsyncMigration {
    var name: String { "0004_CreateAccountRole" }

    func prepare(on database: any Database) async throws {
        try await database.schema("account_roles")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "account_id", "role")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("account_roles").delete()
    }
}
