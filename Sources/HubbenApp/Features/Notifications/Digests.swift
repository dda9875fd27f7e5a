import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The daily and weekly digests. When a digest is due (`DigestSchedule`), each person with notifications
/// waiting for it gets one mail: the notifications are claimed by a conditional UPDATE (`mailed_at IS NULL`)
/// in the same transaction that queues the mail, so two workers cannot both send it; a person with nothing
/// new gets nothing.
struct Digests {
    let database: any Database
    let mail: NotificationMail
    let hasher: any PasswordHasher

    /// Sends what is due; the number of digests queued. `dueNow` sends every digest as if it were due at
    /// this moment (the demo, which has no yesterday).
    @discardableResult
    func run(now: Date, dueNow: Bool = false) async throws -> Int {
        var queued = 0
        for delivery in [MailDelivery.daily, .weekly] {
            guard let due = dueNow ? now.addingTimeInterval(1) : DigestSchedule.latestDue(delivery, before: now)
            else { continue }
            let recipients = try await database.sql.raw(
                """
                SELECT DISTINCT recipient_id FROM notifications
                WHERE mail_delivery = \(bind: delivery.rawValue) AND mailed_at IS NULL AND created_at < \(bind: due)
                """
            ).all().map { try $0.decode(column: "recipient_id", as: Int.self) }
            for recipientID in recipients {
                if try await send(delivery, to: recipientID, due: due, now: now) { queued += 1 }
            }
        }
        return queued
    }

    private func send(_ delivery: MailDelivery, to recipientID: Int, due: Date, now: Date) async throws -> Bool {
        try await database.writeTransaction { db in
            let sql = try db.sql
            let claimed = try await sql.raw(
                """
                UPDATE notifications SET mailed_at = \(bind: now)
                WHERE recipient_id = \(bind: recipientID) AND mail_delivery = \(bind: delivery.rawValue)
                    AND mailed_at IS NULL AND created_at < \(bind: due)
                RETURNING id
                """
            ).all().map { try $0.decode(column: "id", as: Int.self) }
            guard !claimed.isEmpty,
                let person = try await NotificationPeople(sql: sql).active([recipientID])[recipientID],
                let account = try await AccountStore(database: db, hasher: hasher).account(id: recipientID)
            else { return false }
            let shown = try await NotificationStore(database: db).latest(for: account, limit: 1_000)
                .filter { claimed.contains($0.id) }
            let t = Localizer(person.language)
            var items: [DigestItem] = []
            for notification in shown {
                let told = notification.told
                items.append(
                    DigestItem(
                        topic: told.topic, title: told.title, summary: NotificationWording.headline(told, t),
                        quotes: try await quotes(for: notification, recipientID: recipientID, db: db)
                            + NotificationWording.details(told, t).filter { _ in
                                told.kind != .ideaComment && told.kind != .commentReply
                            },
                        at: told.at))
            }
            guard let message = mail.digest(items, delivery: delivery, to: person) else { return false }
            try await MailOutbox(database: db).enqueue(message, delivers: mail.delivers, now: now)
            return true
        }
    }

    /// The text of the comments a comment notification gathers (newest first, at most five, the hidden ones
    /// and the person's own left out).
    private func quotes(for notification: ShownNotification, recipientID: Int, db: any Database) async throws
        -> [String]
    {
        let told = notification.told
        guard told.kind == .ideaComment || told.kind == .commentReply, case .idea(let ideaID) = told.topic,
            let record = try await NotificationRecord.find(notification.id, on: db)
        else { return [] }
        return try await db.sql.raw(
            """
            SELECT body FROM comments
            WHERE idea_id = \(bind: ideaID) AND hidden_at IS NULL AND author_id <> \(bind: recipientID)
                AND created_at >= \(bind: record.createdAt.addingTimeInterval(-1)) AND created_at <= \(bind: record.updatedAt)
            ORDER BY created_at DESC, id DESC LIMIT 5
            """
        ).all().map { String(try $0.decode(column: "body", as: String.self).prefix(500)) }
    }
}
