import SQLKit
import Vapor

/// Notifications and e-mail: the bell, the list, e-mail choices, digests, one-click unsubscribe, following a
/// project, and the mail the platform sends.
enum NotificationsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: NotificationController())
    }

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "notifications", claims: ["notifications.recipient_id"],
                columns: [
                    ("kind", .text), ("topic_type", .text), ("topic_id", .number), ("count", .number),
                    ("detail", .text), ("created_at", .time), ("read_at", .time), ("mailed_at", .time),
                ]
            ) { id in
                "SELECT kind, topic_type, topic_id, count, detail, created_at, read_at, mailed_at FROM notifications WHERE recipient_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "notificationPreferences", claims: ["notification_preferences.account_id"],
                columns: [("kind", .text), ("delivery", .text)]
            ) { id in
                "SELECT kind, delivery FROM notification_preferences WHERE account_id = \(bind: id) ORDER BY kind"
            },
            ExportSection(
                name: "projectsFollowed", claims: ["project_follows.account_id"],
                columns: [("project_id", .number), ("created_at", .time)]
            ) { id in
                "SELECT project_id, created_at FROM project_follows WHERE account_id = \(bind: id) ORDER BY id"
            },
        ],
        otherClaims: ["notifications.actor_id"],
        erase: { id, sql in
            for (table, column) in [
                ("notifications", "recipient_id"), ("notification_preferences", "account_id"),
                ("project_follows", "account_id"),
            ] {
                try await sql.raw("DELETE FROM \(ident: table) WHERE \(ident: column) = \(bind: id)").run()
            }
            // Others' notifications about what the person did no longer name them.
            try await sql.raw("UPDATE notifications SET actor_id = NULL WHERE actor_id = \(bind: id)").run()
        }
    )
}
