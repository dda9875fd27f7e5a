import Fluent

struct CreateAccount: AsyncMigration {
    var name: String { "0003_CreateAccount" }

    func prepare(on database: any Database) async throws {
        // `email` is stored lower-cased, so a plain unique constraint makes it unique case-insensitively.
        try await database.schema("accounts")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("language", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("accounts").delete()
    }
}
