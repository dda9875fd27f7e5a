import Fluent
import SQLKit

/// E-mail as it is delivered (`MailOutbox`): each message with its plain-text and HTML parts, its delivery
/// state (queued → sent | failed, or kept when no relay is configured), attempts, the next attempt and who has
/// claimed it. Replaces `outbox_messages`, whose waiting messages it takes over as plain-text mail; and the
/// signing key of one-click unsubscribe links, made here once so that every instance signs alike.
struct CreateMailMessage: AsyncMigration {
    var name: String { "0024_CreateMailMessage" }

    func prepare(on database: any Database) async throws {
        try await database.schema("mail_messages")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .references("accounts", "id", onDelete: .cascade))
            .field("recipient", .string, .required)
            .field("recipient_name", .string, .required)
            .field("category", .string, .required)
            .field("subject", .string, .required)
            .field("text_body", .string, .required)
            .field("html_body", .string, .required)
            .field("unsubscribe_url", .string)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("claim_token", .string)
            .field("claimed_until", .datetime)
            .field("last_error", .string)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
        try await SQLIndexes.create(
            [
                ("mail_messages_due", "mail_messages", ["status", "next_attempt_at"]),
                ("mail_messages_account", "mail_messages", ["account_id"]),
                ("mail_messages_created", "mail_messages", ["created_at"]),
            ], on: database)
        let sql = try database.sql
        try await sql.raw(
            """
            INSERT INTO mail_messages (account_id, recipient, recipient_name, category, subject, text_body,
                html_body, status, attempts, next_attempt_at, created_at)
            SELECT account_id, recipient, '', 'transactional', subject, body, '', 'kept', 0, created_at, created_at
            FROM outbox_messages
            """
        ).run()
        try await database.schema("outbox_messages").delete()

        try await database.schema("signing_keys")
            .field("name", .string, .identifier(auto: false))
            .field("secret", .string, .required)
            .create()
        try await sql.raw(
            "INSERT INTO signing_keys (name, secret) VALUES ('unsubscribe', \(bind: SecretToken.generate()))"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("signing_keys").delete()
        try await CreateOutboxMessage().prepare(on: database)
        try await database.schema("mail_messages").delete()
    }
}
