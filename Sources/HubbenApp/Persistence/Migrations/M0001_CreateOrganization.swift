import Fluent

struct CreateOrganization: AsyncMigration {
    var name: String { "0001_CreateOrganization" }

    func prepare(on database: any Database) async throws {
        try await database.schema("organizations")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("description", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organizations").delete()
    }
}
