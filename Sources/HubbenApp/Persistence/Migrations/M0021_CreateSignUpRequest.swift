import Fluent

/// A sign-up waiting for its e-mail address to be confirmed. The account is only created from it when the
/// link in the mail is followed, so a sign-up answers the same whether or not the address already has an
/// account. Rows live for a day.
struct CreateSignUpRequest: AsyncMigration {
    var name: String { "0021_CreateSignUpRequest" }

    func prepare(on database: any Database) async throws {
        try await database.schema("sign_up_requests")
            .field("id", .int, .identifier(auto: true))
            .field("token_hash", .string, .required)
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("language", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sign_up_requests").delete()
    }
}
