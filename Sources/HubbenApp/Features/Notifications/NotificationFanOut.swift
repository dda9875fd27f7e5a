import Fluent
import Foundation
import HubbenCore
import SQLKit
import Logging

/// Turns the activity record into notifications, after the request that recorded it: each instance's worker
/// claims the activities not yet told (`notified_at IS NULL`) in one write transaction, writes the
/// notifications (consolidated within the hour), queues the mails of those who want them at once, and marks
/// the activities told — all or nothing, so an activity is told once however many workers race (on PostgreSQL
/// `FOR UPDATE SKIP LOCKED` hands each worker different activities; SQLite takes write turns).
struct NotificationFanOut {
    let database: any Database
    let mail: NotificationMail
    var logger: Logger? = nil

    /// Activities per transaction: a comment on an idea with hundreds of followers is one of them.
    static let batch = 100
    /// A transaction holds SQLite's write lock, and every request that writes waits its turn behind it: one
    /// ends once some 500 people are told (a comment on an idea 500 people follow took ~46 ms in the
    /// benchmark; with 5,000 per transaction the comment requests there had a p99 of 0.9 s).
    static let peoplePerTransaction = 500

    /// Tells what is due; the number of activities handled (0 when there was nothing).
    @discardableResult
    func run(now: Date) async throws -> Int {
        do {
            return try await tell(upTo: Self.batch, now: now)
        } catch {
            // One activity at a time, so that one that cannot be told does not hold up all that follow it.
            do {
                return try await tell(upTo: 1, now: now)
            } catch {
                try await skipFirst(now: now, because: error)
                return 1
            }
        }
    }

    /// Marks the first activity waiting as told without telling anyone, and says so in the log (its number and
    /// the error; nothing personal), so that the rest can go on.
    private func skipFirst(now: Date, because error: any Error) async throws {
        try await database.writeTransaction { db in
            let sql = try db.sql
            guard
                let id = try await sql.raw(
                    "SELECT id FROM activities WHERE notified_at IS NULL ORDER BY id LIMIT 1"
                ).first()?.decode(column: "id", as: Int.self)
            else { return }
            try await sql.raw("UPDATE activities SET notified_at = \(bind: now) WHERE id = \(bind: id)").run()
            logger?.error(
                "activity not told",
                metadata: ["activity_id": .stringConvertible(id), "error": .string(String(describing: error))])
        }
    }

    private func tell(upTo limit: Int, now: Date) async throws -> Int {
        try await database.writeTransaction { db in
            let sql = try db.sql
            let lock = sql.dialect.name == "sqlite" ? "" : "FOR UPDATE SKIP LOCKED"
            let records = try await sql.raw(
                """
                SELECT id FROM activities WHERE notified_at IS NULL ORDER BY id LIMIT \(bind: limit) \(unsafeRaw: lock)
                """
            ).all().map { try $0.decode(column: "id", as: Int.self) }
            guard !records.isEmpty else { return 0 }
            let activities = try await ActivityRecord.query(on: db).filter(\.$id ~~ records).sort(\.$id).all()
            let writer = Writer(sql: sql, db: db, mail: mail, now: now)
            var told: [Int] = []
            var people = 0
            for record in activities {
                guard let id = record.id else { continue }
                told.append(id)
                if let activity = record.activity { people += try await writer.tell(activity, id: id) }
                // The write lock is held meanwhile (SQLite): the rest is the next round's.
                if people >= Self.peoplePerTransaction { break }
            }
            try await sql.raw(
                "UPDATE activities SET notified_at = \(bind: now) WHERE id IN \(SQLBind.group(told))"
            ).run()
            return told.count
        }
    }

    private struct Writer {
        let sql: any SQLDatabase
        let db: any Database
        let mail: NotificationMail
        let now: Date

        /// Writes the activity's notifications; how many people it told.
        func tell(_ activity: Activity, id activityID: Int) async throws -> Int {
            guard let topic = NotificationRules.topic(of: activity) else { return 0 }
            let facts = try await self.facts(for: activity)
            let recipients = NotificationRules.recipients(of: activity, facts: facts.rules)
            guard !recipients.isEmpty else { return 0 }
            let people = try await NotificationPeople(sql: sql).active(Set(recipients.keys))
            let preferences = try await NotificationStore(database: db).deliveries(for: Set(people.keys))
            let (topicType, topicID) = topic.stored
            // A few statements per kind, whatever the number of followers: the notifications this activity
            // joins, one UPDATE for them, one multi-row INSERT for the rest.
            let byKind = Dictionary(grouping: recipients.keys.filter { people[$0] != nil }, by: { recipients[$0] })
            for (kind, ids) in byKind.sorted(by: { ($0.key?.rawValue ?? "") < ($1.key?.rawValue ?? "") }) {
                guard let kind else { continue }
                let joined = try await consolidatable(Set(ids), kind, topicType, topicID)
                for chunk in joined.values.sorted().inChunks() {
                    try await sql.raw(
                        """
                        UPDATE notifications SET count = count + 1, updated_at = \(bind: now),
                            activity_id = \(bind: activityID), actor_id = \(bind: activity.actorID),
                            detail = \(bind: facts.detail)
                        WHERE id IN \(SQLBind.group(chunk))
                        """
                    ).run()
                }
                let fresh = ids.filter { joined[$0] == nil }.sorted()
                guard !fresh.isEmpty else { continue }
                let deliveries = fresh.map { preferences[$0]?[kind] ?? MailDelivery.default(for: kind) }
                try await BulkInsert(sql: sql).rows(
                    NotificationRecord.schema,
                    columns: [
                        "recipient_id", "kind", "topic_type", "topic_id", "activity_id", "actor_id", "count", "detail",
                        "mail_delivery", "created_at", "updated_at", "mailed_at",
                    ],
                    zip(fresh, deliveries).map { recipientID, delivery in
                        [
                            recipientID, kind.rawValue, topicType, topicID, activityID, activity.actorID, 1,
                            facts.detail, delivery.rawValue, now, now, delivery == .immediately ? now : nil,
                        ]
                    })
                let told = Told(
                    kind: kind, topic: topic, title: facts.title, detail: facts.detail, actorName: facts.actorName,
                    count: 1, at: now)
                for (recipientID, delivery) in zip(fresh, deliveries) where delivery == .immediately {
                    guard let person = people[recipientID] else { continue }
                    try await MailOutbox(database: db).enqueue(
                        mail.immediate(told, to: person), delivers: mail.delivers, now: now)
                }
            }
            return recipients.count
        }

        /// The notifications this one joins (`NotificationRules.consolidates`), by recipient. One mailed at
        /// once still gathers the hour's news in the bell; its mail told of the first, the rest wait in the
        /// list rather than arriving as a dozen mails.
        private func consolidatable(_ recipientIDs: Set<Int>, _ kind: NotificationKind, _ type: String, _ id: Int)
            async throws -> [Int: Int]
        {
            var joined: [Int: Int] = [:]
            for chunk in recipientIDs.sorted().inChunks() {
                for row in try await sql.raw(
                    """
                    SELECT id, recipient_id FROM notifications
                    WHERE topic_type = \(bind: type) AND topic_id = \(bind: id) AND kind = \(bind: kind.rawValue)
                        AND recipient_id IN \(SQLBind.group(chunk)) AND read_at IS NULL
                        AND (mailed_at IS NULL OR mail_delivery = 'immediately')
                        AND created_at > \(bind: now.addingTimeInterval(-NotificationRules.consolidationWindow))
                    ORDER BY id
                    """
                ).all() {
                    joined[try row.decode(column: "recipient_id", as: Int.self)] = try row.decode(
                        column: "id", as: Int.self)
                }
            }
            return joined
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
            case .eventReminder:
                guard
                    let event = try await sql.raw(
                        "SELECT title, starts_at, visibility FROM events WHERE id = \(bind: activity.subjectID)"
                    ).first()
                else {
                    facts.rules.subjectIsVisible = false
                    return facts
                }
                facts.title = try event.decode(column: "title", as: String.self)
                facts.detail = DateFormat.iso8601(try event.decode(column: "starts_at", as: Date.self))
                facts.rules.eventRegistrantIDs = Set(
                    try await sql.raw(
                        """
                        SELECT account_id FROM event_registrations
                        WHERE event_id = \(bind: activity.subjectID) AND status = 'registered' AND account_id IS NOT NULL
                        """
                    ).all().map { try $0.decode(column: "account_id", as: Int.self) })
            case .staffingAssigned:
                guard let projectID = activity.context?.id else { return facts }
                try await readProject(projectID, into: &facts)
                guard
                    let assignment = try await sql.raw(
                        """
                        SELECT account_id, competency, skill, percent, starts_on, ends_on FROM staffing_assignments
                        WHERE id = \(bind: activity.subjectID)
                        """
                    ).first()
                else {
                    facts.rules.subjectIsVisible = false
                    return facts
                }
                facts.rules.assignedAccountID = try assignment.decode(column: "account_id", as: Int?.self)
                facts.detail = [
                    try assignment.decode(column: "competency", as: String.self),
                    try assignment.decode(column: "skill", as: String.self),
                    String(try assignment.decode(column: "percent", as: Int.self)),
                    try assignment.decode(column: "starts_on", as: String.self),
                    try assignment.decode(column: "ends_on", as: String.self),
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
        case .event(let id): ("event", id)
        }
    }

    init?(type: String, id: Int) {
        switch type {
        case "idea": self = .idea(id)
        case "project": self = .project(id)
        case "event": self = .event(id)
        default: return nil
        }
    }

    var path: String {
        switch self {
        case .idea(let id): IdeaPaths.show(id)
        case .project(let id): ProjectPaths.show(id)
        case .event(let id): EventPaths.show(id)
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
        for chunk in ids.sorted().inChunks() {
            for row in try await sql.raw(
                """
                SELECT id, name, email, language FROM accounts WHERE deleted_at IS NULL AND id IN \(SQLBind.group(chunk))
                """
            ).all() {
                let id = try row.decode(column: "id", as: Int.self)
                people[id] = Person(
                    id: id, name: try row.decode(column: "name", as: String.self),
                    email: try row.decode(column: "email", as: String.self),
                    language: Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .sv)
            }
        }
        return people
    }
}

extension Array where Element == Int {
    /// Pieces small enough for one `IN (…)` on both databases (SQLite takes 32,766 bound values): an idea
    /// followed by tens of thousands must not stop the fan-out.
    func inChunks(of size: Int = 10_000) -> [[Int]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
