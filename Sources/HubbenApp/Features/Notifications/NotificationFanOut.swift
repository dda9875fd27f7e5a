import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Turns the activity record into notifications, after the request that recorded it: each instance's worker
/// claims the activities not yet told (`notified_at IS NULL`) in one write transaction, writes the
/// notifications (consolidated within the hour), queues the mails of those who want them at once, and marks
/// the activities told — all or nothing, so an activity is told once however many workers race (on PostgreSQL
/// `FOR UPDATE SKIP LOCKED` hands each worker different activities; SQLite takes write turns).
struct NotificationFanOut {
    let database: any Database
    let mail: NotificationMail

    /// Activities per transaction: a comment on an idea with hundreds of followers is one of them.
    static let batch = 100

    /// Tells what is due; the number of activities handled (0 when there was nothing).
    @discardableResult
    func run(now: Date) async throws -> Int {
        try await database.writeTransaction { db in
            let sql = try db.sql
            let lock = sql.dialect.name == "sqlite" ? "" : "FOR UPDATE SKIP LOCKED"
            let records = try await sql.raw(
                """
                SELECT id FROM activities WHERE notified_at IS NULL ORDER BY id LIMIT \(bind: Self.batch) \(unsafeRaw: lock)
                """
            ).all().map { try $0.decode(column: "id", as: Int.self) }
            guard !records.isEmpty else { return 0 }
            let activities = try await ActivityRecord.query(on: db).filter(\.$id ~~ records).sort(\.$id).all()
            let writer = Writer(sql: sql, db: db, mail: mail, now: now)
            for record in activities {
                guard let id = record.id, let activity = record.activity else { continue }
                try await writer.tell(activity, id: id)
            }
            try await sql.raw(
                "UPDATE activities SET notified_at = \(bind: now) WHERE id IN \(SQLBind.group(records))"
            ).run()
            return records.count
        }
    }

    private struct Writer {
        let sql: any SQLDatabase
        let db: any Database
        let mail: NotificationMail
        let now: Date

        func tell(_ activity: Activity, id activityID: Int) async throws {
            guard let topic = NotificationRules.topic(of: activity), activity.audience == .public else { return }
            let facts = try await self.facts(for: activity)
            let recipients = NotificationRules.recipients(of: activity, facts: facts.rules)
            guard !recipients.isEmpty else { return }
            let people = try await NotificationPeople(sql: sql).active(Set(recipients.keys))
            let preferences = try await NotificationStore(database: db).deliveries(for: Set(people.keys))
            let (topicType, topicID) = topic.stored
            for (recipientID, kind) in recipients.sorted(by: { $0.key < $1.key }) {
                guard let person = people[recipientID] else { continue }
                let delivery = preferences[recipientID]?[kind] ?? .default
                if let existing = try await consolidatable(recipientID, kind, topicType, topicID) {
                    try await sql.raw(
                        """
                        UPDATE notifications SET count = count + 1, updated_at = \(bind: now),
                            activity_id = \(bind: activityID), actor_id = \(bind: activity.actorID),
                            detail = \(bind: facts.detail)
                        WHERE id = \(bind: existing)
                        """
                    ).run()
                    continue
                }
                try await sql.insert(into: NotificationRecord.schema)
                    .columns(
                        "recipient_id", "kind", "topic_type", "topic_id", "activity_id", "actor_id", "count", "detail",
                        "mail_delivery", "created_at", "updated_at", "mailed_at"
                    )
                    .values(
                        SQLBind(recipientID), SQLBind(kind.rawValue), SQLBind(topicType), SQLBind(topicID),
                        SQLBind(activityID), SQLBind(activity.actorID), SQLBind(1), SQLBind(facts.detail),
                        SQLBind(delivery.rawValue), SQLBind(now), SQLBind(now),
                        SQLBind(delivery == .immediately ? now : nil)
                    )
                    .run()
                if delivery == .immediately {
                    let told = Told(
                        kind: kind, topic: topic, title: facts.title, detail: facts.detail,
                        actorName: facts.actorName, count: 1, at: now)
                    try await MailOutbox(database: db).enqueue(
                        mail.immediate(told, to: person), delivers: mail.delivers, now: now)
                }
            }
        }

        /// A notification this one joins (`NotificationRules.consolidates`), if there is one. One mailed at once
        /// still gathers the hour's news in the bell; its mail told of the first, the rest wait in the list
        /// rather than arriving as a dozen mails.
        private func consolidatable(_ recipientID: Int, _ kind: NotificationKind, _ type: String, _ id: Int)
            async throws -> Int?
        {
            try await sql.raw(
                """
                SELECT id FROM notifications
                WHERE recipient_id = \(bind: recipientID) AND topic_type = \(bind: type) AND topic_id = \(bind: id)
                    AND kind = \(bind: kind.rawValue) AND read_at IS NULL
                    AND (mailed_at IS NULL OR mail_delivery = 'immediately')
                    AND created_at > \(bind: now.addingTimeInterval(-NotificationRules.consolidationWindow))
                ORDER BY id DESC LIMIT 1
                """
            ).first()?.decode(column: "id", as: Int.self)
        }

        struct Facts {
            var rules = NotificationFacts()
            var title = ""
            var detail = ""
            var actorName = ""
        }

        /// What the rules and the message need to know about the activity's subject, as it is now.
        private func facts(for activity: Activity) async throws -> Facts {
            var facts = Facts()
            if let actorID = activity.actorID {
                facts.actorName =
                    try await sql.raw(
                        "SELECT name FROM accounts WHERE id = \(bind: actorID) AND deleted_at IS NULL"
                    ).first()?.decode(column: "name", as: String.self) ?? ""
            }
            switch activity.kind {
            case .ideaStatusChanged:
                try await readIdea(activity.subjectID, into: &facts)
                let change = try await sql.raw(
                    """
                    SELECT to_status, reason FROM idea_status_changes WHERE idea_id = \(bind: activity.subjectID)
                    ORDER BY id DESC LIMIT 1
                    """
                ).first()
                let status = try change?.decode(column: "to_status", as: String.self) ?? ""
                let reason = try change?.decode(column: "reason", as: String?.self) ?? ""
                facts.detail = "\(status)\n\(reason)"
            case .commentAdded:
                guard let ideaID = activity.context?.id else { return facts }
                try await readIdea(ideaID, into: &facts)
                let comment = try await sql.raw(
                    """
                    SELECT c.body, c.hidden_at, p.author_id AS parent_author FROM comments c
                    LEFT JOIN comments p ON p.id = c.parent_id WHERE c.id = \(bind: activity.subjectID)
                    """
                ).first()
                facts.rules.subjectIsVisible =
                    try comment != nil && comment?.decode(column: "hidden_at", as: Date?.self) == nil
                facts.rules.parentCommentAuthorID = try comment?.decode(column: "parent_author", as: Int?.self)
                facts.detail = String((try comment?.decode(column: "body", as: String.self) ?? "").prefix(300))
            case .projectStarted:
                try await readProject(activity.subjectID, into: &facts)
                if let ideaID = activity.context?.id {
                    var idea = Facts()
                    try await readIdea(ideaID, into: &idea)
                    facts.rules.ideaAuthorID = idea.rules.ideaAuthorID
                    facts.rules.ideaFollowerIDs = idea.rules.ideaFollowerIDs
                    facts.detail = idea.title
                }
            case .journalEntryAdded:
                guard let projectID = activity.context?.id else { return facts }
                try await readProject(projectID, into: &facts)
                let entry = try await sql.raw(
                    """
                    SELECT title, visibility FROM journal_entries WHERE id = \(bind: activity.subjectID)
                    """
                ).first()
                facts.rules.subjectIsVisible = try entry?.decode(column: "visibility", as: String.self) == "public"
                facts.detail = "journal\n" + (try entry?.decode(column: "title", as: String.self) ?? "")
            case .gateDecided:
                guard let projectID = activity.context?.id else { return facts }
                try await readProject(projectID, into: &facts)
                let decision = try await sql.raw(
                    "SELECT decision, to_phase, outcome FROM gate_decisions WHERE id = \(bind: activity.subjectID)"
                ).first()
                facts.detail = [
                    "gate",
                    try decision?.decode(column: "decision", as: String.self) ?? "",
                    try decision?.decode(column: "to_phase", as: String.self) ?? "",
                    try decision?.decode(column: "outcome", as: String?.self) ?? "",
                ].joined(separator: "\n")
            case .ideaSubmitted, .ideaEdited, .ideaScored, .commentReported, .commentHidden, .challengePosed,
                .projectEdited, .projectTeamChanged, .goalAdded, .goalReached, .fundAdded, .experimentAdded,
                .experimentEdited:
                break
            }
            return facts
        }

        private func readIdea(_ id: Int, into facts: inout Facts) async throws {
            guard
                let idea = try await sql.raw("SELECT title, author_id FROM ideas WHERE id = \(bind: id)").first()
            else {
                facts.rules.subjectIsVisible = false
                return
            }
            facts.title = try idea.decode(column: "title", as: String.self)
            facts.rules.ideaAuthorID = try idea.decode(column: "author_id", as: Int.self)
            facts.rules.ideaFollowerIDs = Set(
                try await sql.raw("SELECT account_id FROM follows WHERE idea_id = \(bind: id)").all()
                    .map { try $0.decode(column: "account_id", as: Int.self) })
        }

        private func readProject(_ id: Int, into facts: inout Facts) async throws {
            guard
                let project = try await sql.raw(
                    "SELECT title, visibility, lead_id, coach_id FROM projects WHERE id = \(bind: id)"
                ).first()
            else {
                facts.rules.subjectIsVisible = false
                return
            }
            facts.title = try project.decode(column: "title", as: String.self)
            facts.rules.projectFollowerIDs = Set(
                try await sql.raw("SELECT account_id FROM project_follows WHERE project_id = \(bind: id)").all()
                    .map { try $0.decode(column: "account_id", as: Int.self) })
            guard try project.decode(column: "visibility", as: String.self) != ProjectVisibility.public.rawValue
            else { return }
            // An internal project: its team and the hub's coaches (and administrators) only.
            var visible = Set(
                [
                    try project.decode(column: "lead_id", as: Int?.self),
                    try project.decode(column: "coach_id", as: Int?.self),
                ].compactMap { $0 })
            let team = try await sql.raw("SELECT account_id FROM project_members WHERE project_id = \(bind: id)")
                .all().map { try $0.decode(column: "account_id", as: Int.self) }
            let coaches = try await sql.raw(
                """
                SELECT account_id FROM account_roles
                WHERE role IN (\(bind: PlatformRole.coach.rawValue), \(bind: PlatformRole.admin.rawValue))
                """
            ).all().map { try $0.decode(column: "account_id", as: Int.self) }
            visible.formUnion(team)
            visible.formUnion(coaches)
            facts.rules.onlyVisibleTo = visible
        }
    }
}

/// One notification as a message tells it.
struct Told: Sendable, Equatable {
    var kind: NotificationKind
    var topic: NotificationTopic
    var title: String
    var detail: String
    var actorName: String
    var count: Int
    var at: Date
}

extension NotificationTopic {
    /// As stored: `("idea", 12)`.
    var stored: (type: String, id: Int) {
        switch self {
        case .idea(let id): ("idea", id)
        case .project(let id): ("project", id)
        }
    }

    init?(type: String, id: Int) {
        switch type {
        case "idea": self = .idea(id)
        case "project": self = .project(id)
        default: return nil
        }
    }

    var path: String {
        switch self {
        case .idea(let id): IdeaPaths.show(id)
        case .project(let id): ProjectPaths.show(id)
        }
    }
}

/// The people a notification may go to: accounts that still exist, with what a message to them needs.
struct NotificationPeople {
    let sql: any SQLDatabase

    struct Person: Sendable, Equatable {
        var id: Int
        var name: String
        var email: String
        var language: Language
    }

    func active(_ ids: Set<Int>) async throws -> [Int: Person] {
        guard !ids.isEmpty else { return [:] }
        var people: [Int: Person] = [:]
        for row in try await sql.raw(
            """
            SELECT id, name, email, language FROM accounts WHERE deleted_at IS NULL AND id IN \(SQLBind.group(Array(ids)))
            """
        ).all() {
            let id = try row.decode(column: "id", as: Int.self)
            people[id] = Person(
                id: id, name: try row.decode(column: "name", as: String.self),
                email: try row.decode(column: "email", as: String.self),
                language: Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .sv)
        }
        return people
    }
}
