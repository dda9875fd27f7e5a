public import Foundation

/// What a person is told about. Each kind has its own e-mail preference (`MailDelivery`).
public enum NotificationKind: String, CaseIterable, Sendable, Codable {
    /// A coach moved an idea I submitted or follow (with the reason when declined or merged).
    case ideaStatus = "idea_status"
    /// Someone commented on an idea I submitted or follow.
    case ideaComment = "idea_comment"
    /// Someone replied to my comment.
    case commentReply = "comment_reply"
    /// A public timeline entry (gate decision, journal entry, outcome) on a project I follow.
    case projectUpdate = "project_update"
    /// A project was started from my idea (or one I follow).
    case projectStarted = "project_started"
    /// An event I registered for starts within 48 hours.
    case eventReminder = "event_reminder"
    /// I was assigned to a project from the competence pool.
    case staffingAssigned = "staffing_assigned"

    /// The kinds `actor` can ever be told of, as their preferences list them: staffing only for people who can
    /// be in the competence pool (hub team, department and partner staff), everything else for everyone.
    public static func receivable(by actor: Actor) -> [NotificationKind] {
        allCases.filter { $0 != .staffingAssigned || Authorization.allows(actor, PoolAction.editOwn) }
    }
}

/// How a kind of notification reaches a person by e-mail, besides the bell.
public enum MailDelivery: String, CaseIterable, Sendable, Codable {
    case immediately
    case daily
    case weekly
    case never

    /// Activity is gathered into a daily digest unless the person chose otherwise.
    public static let `default`: MailDelivery = .daily

    /// What a kind is mailed as until the person chooses: a reminder at once (a digest could come after the
    /// event), everything else in the daily digest.
    public static func `default`(for kind: NotificationKind) -> MailDelivery {
        kind == .eventReminder ? .immediately : .default
    }
}

/// What a notification is about: the thing its link opens.
public enum NotificationTopic: Equatable, Hashable, Sendable {
    case idea(Int)
    case project(Int)
    case event(Int)
}

/// The facts about one activity's subject that decide who hears of it, read by the app before the rules run.
public struct NotificationFacts: Equatable, Sendable {
    /// The idea the activity is about (a status change, a comment) or the project was started from.
    public var ideaAuthorID: Int?
    public var ideaFollowerIDs: Set<Int> = []
    /// For a reply: who wrote the comment replied to.
    public var parentCommentAuthorID: Int?
    public var projectFollowerIDs: Set<Int> = []
    /// The people holding a place at an event (for its reminder).
    public var eventRegistrantIDs: Set<Int> = []
    /// For a staffing assignment: who was assigned.
    public var assignedAccountID: Int?
    /// Nil when everyone who may read the site may see the thing; otherwise the only people who may (an
    /// internal project: its team and the coaches).
    public var onlyVisibleTo: Set<Int>?
    /// Whether the subject is still there to be seen (a hidden comment is not).
    public var subjectIsVisible = true

    public init(
        ideaAuthorID: Int? = nil, ideaFollowerIDs: Set<Int> = [], parentCommentAuthorID: Int? = nil,
        projectFollowerIDs: Set<Int> = [], onlyVisibleTo: Set<Int>? = nil, subjectIsVisible: Bool = true
    ) {
        self.ideaAuthorID = ideaAuthorID
        self.ideaFollowerIDs = ideaFollowerIDs
        self.parentCommentAuthorID = parentCommentAuthorID
        self.projectFollowerIDs = projectFollowerIDs
        self.onlyVisibleTo = onlyVisibleTo
        self.subjectIsVisible = subjectIsVisible
    }
}

/// Who is told what about an activity.
public enum NotificationRules {
    /// What each person is notified of, by account id: never the one who acted, never someone who may not see
    /// the thing, each person once (a reply to my comment on an idea I follow is a reply, not also a comment).
    /// Internal activity (triage scores, team changes) is told to nobody, except an assignment: internal to the
    /// hub, and told only to the person assigned.
    public static func recipients(of activity: Activity, facts: NotificationFacts) -> [Int: NotificationKind] {
        guard activity.audience == .public || activity.kind == .staffingAssigned, facts.subjectIsVisible else {
            return [:]
        }
        var chosen: [Int: NotificationKind] = [:]
        func add(_ ids: some Sequence<Int>, _ kind: NotificationKind) {
            for id in ids where chosen[id] == nil { chosen[id] = kind }
        }
        let ideaPeople = [facts.ideaAuthorID].compactMap { $0 } + facts.ideaFollowerIDs.sorted()
        switch activity.kind {
        case .ideaStatusChanged:
            add(ideaPeople, .ideaStatus)
        case .commentAdded:
            add([facts.parentCommentAuthorID].compactMap { $0 }, .commentReply)
            add(ideaPeople, .ideaComment)
        case .projectStarted:
            add(ideaPeople, .projectStarted)
        case .journalEntryAdded, .gateDecided:
            add(facts.projectFollowerIDs.sorted(), .projectUpdate)
        case .eventReminder:
            add(facts.eventRegistrantIDs.sorted(), .eventReminder)
        case .staffingAssigned:
            add([facts.assignedAccountID].compactMap { $0 }, .staffingAssigned)
        case .ideaSubmitted, .ideaEdited, .ideaScored, .commentReported, .commentHidden, .challengePosed,
            .projectEdited, .projectTeamChanged, .goalAdded, .goalReached, .fundAdded, .experimentAdded,
            .experimentEdited:
            break
        }
        if let actor = activity.actorID { chosen[actor] = nil }
        if let visible = facts.onlyVisibleTo { chosen = chosen.filter { visible.contains($0.key) } }
        return chosen
    }

    /// What an activity's notification is about, for its link and for consolidation.
    public static func topic(of activity: Activity) -> NotificationTopic? {
        switch (activity.subject, activity.context?.subject) {
        case (.idea, _): .idea(activity.subjectID)
        case (.comment, .idea): activity.context.map { .idea($0.id) }
        case (.project, _): .project(activity.subjectID)
        case (.event, _): .event(activity.subjectID)
        case (_, .project): activity.context.map { .project($0.id) }
        default: nil
        }
    }

    /// Notifications of one kind about one thing within this long are one ("12 nya kommentarer på …").
    public static let consolidationWindow: TimeInterval = 3600

    /// Whether a new notification joins `existing` instead of standing on its own: same kind and thing, still
    /// unread, not yet gone out in a digest (`isMailed`; one mailed at once still gathers), and started within
    /// the consolidation window.
    public static func consolidates(
        into existing: (
            kind: NotificationKind, topic: NotificationTopic, createdAt: Date, isRead: Bool, isMailed: Bool
        ),
        kind: NotificationKind, topic: NotificationTopic, at now: Date
    ) -> Bool {
        existing.kind == kind && existing.topic == topic && !existing.isRead && !existing.isMailed
            && now.timeIntervalSince(existing.createdAt) < consolidationWindow
            && now >= existing.createdAt
    }
}

/// When digests go out: daily at 07.00 in Stockholm, weekly on Monday at 07.00.
public enum DigestSchedule {
    public static let hour = 7

    /// The latest time at or before `now` when a digest of this delivery was due (nil for the others).
    public static func latestDue(_ delivery: MailDelivery, before now: Date) -> Date? {
        let calendar = DateFormat.calendar
        guard delivery == .daily || delivery == .weekly,
            let today = calendar.date(bySettingHour: hour, minute: 0, second: 0, of: now)
        else { return nil }
        var due = today <= now ? today : calendar.date(byAdding: .day, value: -1, to: today) ?? today
        if delivery == .weekly {
            // Back to the latest Monday (weekday 2 in the Gregorian calendar).
            while calendar.component(.weekday, from: due) != 2 {
                guard let earlier = calendar.date(byAdding: .day, value: -1, to: due) else { return nil }
                due = earlier
            }
        }
        return due
    }
}

/// How often, and how long apart, a message the relay refused for now is tried again.
public enum MailRetry {
    /// Attempts in all, the first included; after the last transient failure the message is given up.
    public static let maximumAttempts = 8

    /// The wait after the `attempt`-th failed attempt (1-based): 1, 5, 15 and 60 minutes, then 3, 6, 12 hours.
    public static func delay(afterAttempt attempt: Int) -> TimeInterval? {
        let minutes = [1, 5, 15, 60, 180, 360, 720]
        guard attempt >= 1, attempt < maximumAttempts else { return nil }
        return TimeInterval(minutes[min(attempt, minutes.count) - 1] * 60)
    }
}

/// One notification in a digest.
public struct DigestItem: Equatable, Sendable {
    public var topic: NotificationTopic
    public var title: String
    public var summary: String
    /// New comments' text, newest first (comment kinds only).
    public var quotes: [String]
    public var at: Date

    public init(topic: NotificationTopic, title: String, summary: String, quotes: [String] = [], at: Date) {
        self.topic = topic
        self.title = title
        self.summary = summary
        self.quotes = quotes
        self.at = at
    }
}

public enum Digest {
    /// The items grouped by thing, the things in order of their newest item, and each thing's items newest
    /// first.
    public static func grouped(_ items: [DigestItem]) -> [(
        topic: NotificationTopic, title: String, items: [DigestItem]
    )] {
        var order: [NotificationTopic] = []
        var groups: [NotificationTopic: [DigestItem]] = [:]
        for item in items.sorted(by: { $0.at > $1.at }) {
            if groups[item.topic] == nil { order.append(item.topic) }
            groups[item.topic, default: []].append(item)
        }
        return order.map { topic in
            let group = groups[topic] ?? []
            return (topic, group.first?.title ?? "", group)
        }
    }
}
