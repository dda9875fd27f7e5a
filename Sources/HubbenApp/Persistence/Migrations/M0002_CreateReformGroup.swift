import Fluent

struct CreateReformGroup: AsyncMigration {
    var name: String { "0002_CreateReformGroup" }

    func prepare(on database: any Database) async throws {
        try await database.schema("reform_groups")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("theme", .string, .required)
            .field("description", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("reform_groups").delete()
    }
}
