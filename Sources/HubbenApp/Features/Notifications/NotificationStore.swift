import Fluent
import Foundation
import HubbenCore
import SQLKit

/// One notification as its recipient sees it.
struct ShownNotification: Sendable, Equatable {
    var id: Int
    var told: Told
    var isRead: Bool
}

/// Notifications, preferences and project follows: the notifications feature's stores.
struct NotificationStore {
    let database: any Database

    // MARK: Notifications

    func unreadCount(accountID: Int) async throws -> Int {
        // On every signed-in page: plain SQL, without the query builder's work per model field.
        let row = try await database.sql.raw(
            "SELECT COUNT(*) AS n FROM notifications WHERE recipient_id = \(bind: accountID) AND read_at IS NULL"
        ).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The person's notifications, newest first, about things they may still see, with the things' current
    /// titles and the actors' current names (a deleted account's name is not shown).
    func latest(for account: Account, unreadOnly: Bool = false, limit: Int = 100) async throws -> [ShownNotification] {
        var query = NotificationRecord.query(on: database).filter(\.$recipientID == account.id)
        if unreadOnly { query = query.filter(\.$readAt == nil) }
        let records = try await query.sort(\.$updatedAt, .descending).sort(\.$id, .descending).limit(limit).all()
        let topics = records.compactMap { NotificationTopic(type: $0.topicType, id: $0.topicID) }
        let titles = try await self.titles(of: topics, visibleTo: account)
        let actorIDs = Set(records.compactMap(\.actorID))
        let names = try await NotificationPeople(sql: database.sql).active(actorIDs).mapValues(\.name)
        return records.compactMap { record in
            guard let id = record.id, let kind = NotificationKind(rawValue: record.kind),
                let topic = NotificationTopic(type: record.topicType, id: record.topicID), let title = titles[topic]
            else { return nil }
            let told = Told(
                kind: kind, topic: topic, title: title, detail: record.detail,
                actorName: record.actorID.flatMap { names[$0] } ?? "", count: record.count, at: record.updatedAt)
            return ShownNotification(id: id, told: told, isRead: record.readAt != nil)
        }
    }

    /// The current titles of the ideas and projects, leaving out the internal projects the person may not see.
    func titles(of topics: [NotificationTopic], visibleTo account: Account) async throws -> [NotificationTopic: String]
    {
        var ideaIDs: [Int] = []
        var projectIDs: [Int] = []
        var eventIDs: [Int] = []
        for topic in topics {
            switch topic {
            case .idea(let id): ideaIDs.append(id)
            case .project(let id): projectIDs.append(id)
            case .event(let id): eventIDs.append(id)
            }
        }
        let sql = try database.sql
        var titles: [NotificationTopic: String] = [:]
        if !ideaIDs.isEmpty {
            for row in try await sql.raw(
                "SELECT id, title FROM ideas WHERE id IN \(SQLBind.group(Array(Set(ideaIDs))))"
            ).all() {
                titles[.idea(try row.decode(column: "id", as: Int.self))] = try row.decode(
                    column: "title", as: String.self)
            }
        }
        if !projectIDs.isEmpty {
            let isCoach = account.actor.has(.coach)
            for row in try await sql.raw(
                """
                SELECT p.id, p.title, p.visibility, p.lead_id, p.coach_id,
                    (SELECT COUNT(*) FROM project_members m WHERE m.project_id = p.id AND m.account_id = \(bind: account.id)) AS member
                FROM projects p WHERE p.id IN \(SQLBind.group(Array(Set(projectIDs))))
                """
            ).all() {
                let visible =
                    try row.decode(column: "visibility", as: String.self) == ProjectVisibility.public.rawValue
                    || isCoach || (try row.decode(column: "member", as: Int.self)) > 0
                    || (try row.decode(column: "lead_id", as: Int?.self)) == account.id
                    || (try row.decode(column: "coach_id", as: Int?.self)) == account.id
                guard visible else { continue }
                titles[.project(try row.decode(column: "id", as: Int.self))] =
                    try row.decode(column: "title", as: String.self)
            }
        }
        if !eventIDs.isEmpty {
            let internalToo = Authorization.allows(account.actor, EventAction.see(.internal))
            for row in try await sql.raw(
                "SELECT id, title, visibility FROM events WHERE id IN \(SQLBind.group(Array(Set(eventIDs))))"
            ).all() {
                guard try internalToo || row.decode(column: "visibility", as: String.self) == "public" else { continue }
                titles[.event(try row.decode(column: "id", as: Int.self))] = try row.decode(
                    column: "title", as: String.self)
            }
        }
        return titles
    }

    /// Marks the person's notifications read: these, or all when `ids` is nil. The number marked.
    @discardableResult
    func markRead(accountID: Int, ids: [Int]?, now: Date) async throws -> Int {
        var query = NotificationRecord.query(on: database).filter(\.$recipientID == accountID).filter(\.$readAt == nil)
        if let ids {
            guard !ids.isEmpty else { return 0 }
            query = query.filter(\.$id ~~ ids)
        }
        let count = try await query.count()
        var update = NotificationRecord.query(on: database).filter(\.$recipientID == accountID).filter(\.$readAt == nil)
        if let ids { update = update.filter(\.$id ~~ ids) }
        try await update.set(\.$readAt, to: now).update()
        return count
    }

    /// The topic of one of the person's notifications (nil when it is not theirs).
    func topic(of id: Int, accountID: Int) async throws -> NotificationTopic? {
        guard
            let record = try await NotificationRecord.query(on: database).filter(\.$id == id)
                .filter(\.$recipientID == accountID).first()
        else { return nil }
        return NotificationTopic(type: record.topicType, id: record.topicID)
    }

    // MARK: Preferences

    /// Each person's choice per kind, where they made one (the rest is `MailDelivery.default`).
    func deliveries(for accountIDs: Set<Int>) async throws -> [Int: [NotificationKind: MailDelivery]] {
        guard !accountIDs.isEmpty else { return [:] }
        var result: [Int: [NotificationKind: MailDelivery]] = [:]
        for chunk in accountIDs.sorted().inChunks() {
            for record in try await NotificationPreferenceRecord.query(on: database).filter(\.$accountID ~~ chunk).all()
            {
                guard let kind = NotificationKind(rawValue: record.kind),
                    let delivery = MailDelivery(rawValue: record.delivery)
                else { continue }
                result[record.accountID, default: [:]][kind] = delivery
            }
        }
        return result
    }

    /// Every kind's choice for one person, defaults filled in.
    func preferences(accountID: Int) async throws -> [NotificationKind: MailDelivery] {
        let chosen = try await deliveries(for: [accountID])[accountID] ?? [:]
        return Dictionary(
            uniqueKeysWithValues: NotificationKind.allCases.map { ($0, chosen[$0] ?? MailDelivery.default(for: $0)) })
    }

    /// Sets the person's choices (the kinds given). The notifications waiting for a digest follow a new digest
    /// choice or "never"; a change to "at once" leaves them to the digest they were waiting for.
    func setPreferences(accountID: Int, _ choices: [NotificationKind: MailDelivery]) async throws {
        try await database.writeTransaction { db in
            let sql = try db.sql
            // In one order for everyone: two changes at once take the rows' locks in the same order instead of
            // deadlocking on PostgreSQL.
            for (kind, delivery) in choices.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                // An upsert: two changes at once (two tabs, two instances) meet in the unique index, not in an
                // error.
                try await sql.raw(
                    """
                    INSERT INTO notification_preferences (account_id, kind, delivery)
                    VALUES (\(bind: accountID), \(bind: kind.rawValue), \(bind: delivery.rawValue))
                    ON CONFLICT (account_id, kind) DO UPDATE SET delivery = excluded.delivery
                    """
                ).run()
                guard delivery != .immediately else { continue }
                try await NotificationRecord.query(on: db).filter(\.$recipientID == accountID)
                    .filter(\.$kind == kind.rawValue).filter(\.$mailedAt == nil)
                    .set(\.$mailDelivery, to: delivery.rawValue).update()
            }
        }
    }

    // MARK: Following projects

    func follows(projectID: Int, accountID: Int) async throws -> Bool {
        try await ProjectFollowRecord.query(on: database).filter(\.$projectID == projectID)
            .filter(\.$accountID == accountID).first() != nil
    }

    func follow(projectID: Int, accountID: Int, now: Date) async throws {
        // Already following is no change (`DO NOTHING`, so that a transaction around it stays usable).
        try await database.sql.raw(
            """
            INSERT INTO project_follows (project_id, account_id, created_at)
            VALUES (\(bind: projectID), \(bind: accountID), \(bind: now))
            ON CONFLICT (project_id, account_id) DO NOTHING
            """
        ).run()
    }

    func unfollow(projectID: Int, accountID: Int) async throws {
        try await ProjectFollowRecord.query(on: database).filter(\.$projectID == projectID)
            .filter(\.$accountID == accountID).delete()
    }
}
