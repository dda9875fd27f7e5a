import Fluent
import SQLKit

/// Notifications (`NotificationStore`): one row per person and thing told about, consolidated within the hour;
/// each person's e-mail choice per kind; who follows a project; and the activity record's mark of what has
/// been told (`notified_at`), which the fan-out claims. The activities already recorded count as told: an
/// upgrade does not notify everyone of the past.
struct CreateNotification: AsyncMigration {
    var name: String { "0025_CreateNotification" }

    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .field("id", .int, .identifier(auto: true))
            .field("recipient_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("topic_type", .string, .required)
            .field("topic_id", .int, .required)
            .field("activity_id", .int, .required, .references("activities", "id", onDelete: .cascade))
            .field("actor_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("count", .int, .required)
            .field("detail", .string, .required)
            .field("mail_delivery", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("read_at", .datetime)
            .field("mailed_at", .datetime)
            .unique(on: "recipient_id", "activity_id", name: "notifications_once")
            .create()
        try await SQLIndexes.create(
            [
                ("notifications_recipient", "notifications", ["recipient_id", "updated_at"]),
                ("notifications_topic", "notifications", ["recipient_id", "topic_type", "topic_id", "kind"]),
                ("notifications_digest", "notifications", ["mail_delivery", "mailed_at"]),
            ], on: database)

        try await database.schema("notification_preferences")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("delivery", .string, .required)
            .unique(on: "account_id", "kind")
            .create()

        try await database.schema("project_follows")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "project_id", "account_id")
            .create()
        try await SQLIndexes.create(
            [("project_follows_account", "project_follows", ["account_id"])], on: database)

        try await database.schema("activities").field("notified_at", .datetime).update()
        let sql = try database.sql
        try await sql.raw("UPDATE activities SET notified_at = occurred_at").run()
        try await SQLIndexes.create([("activities_notified_at", "activities", ["notified_at"])], on: database)
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop([("activities_notified_at", "activities", ["notified_at"])], on: database)
        try await database.schema("activities").deleteField("notified_at").update()
        for table in ["project_follows", "notification_preferences", "notifications"] {
            try await database.schema(table).delete()
        }
    }
}
