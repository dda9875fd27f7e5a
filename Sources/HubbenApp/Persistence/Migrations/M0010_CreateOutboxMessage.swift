import Fluent

/// Messages waiting for e-mail delivery (a later issue sends them).
struct CreateOutboxMessage: AsyncMigration {
    var name: String { "0010_CreateOutboxMessage" }

    func prepare(on database: any Database) async throws {
        try await database.schema("outbox_messages")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .references("accounts", "id", onDelete: .cascade))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox_messages").delete()
    }
}
