import Foundation
import HubbenCore
import Testing

@Suite("Notifications: who is told what, consolidation, digests, retries")
struct NotificationRuleTests {
    static let now = Date(timeIntervalSince1970: 1_900_000_000)
    // Idea 7, written by 1, followed by 2 and 3; 4 replies to a comment by 3; 5 is a stranger.
    static let ideaFacts = NotificationFacts(ideaAuthorID: 1, ideaFollowerIDs: [2, 3])

    static func activity(_ kind: ActivityKind, by actor: Int?, audience: ActivityAudience = .public) -> Activity {
        switch kind {
        case .commentAdded: Activity(kind, by: actor, on: .comment, 40, in: (.idea, 7), audience: audience, at: now)
        case .journalEntryAdded, .gateDecided:
            Activity(kind, by: actor, on: .journalEntry, 9, in: (.project, 12), audience: audience, at: now)
        case .projectStarted: Activity(kind, by: actor, on: .project, 12, in: (.idea, 7), audience: audience, at: now)
        default: Activity(kind, by: actor, on: .idea, 7, audience: audience, at: now)
        }
    }

    @Test(
        "Who is told of each activity",
        arguments: [
            // A coach (5) changes the idea's status: its author and followers.
            (
                ActivityKind.ideaStatusChanged, 5, ideaFacts,
                [1: NotificationKind.ideaStatus, 2: .ideaStatus, 3: .ideaStatus]
            ),
            // The author changes nothing they are told about themselves.
            (.commentAdded, 1, ideaFacts, [2: .ideaComment, 3: .ideaComment]),
            // A reply to 3's comment: 3 hears of a reply (once, not also as a follower), the rest of a comment.
            (
                .commentAdded, 4,
                NotificationFacts(ideaAuthorID: 1, ideaFollowerIDs: [2, 3], parentCommentAuthorID: 3),
                [1: .ideaComment, 2: .ideaComment, 3: .commentReply]
            ),
            // A hidden comment tells nobody.
            (.commentAdded, 4, NotificationFacts(ideaAuthorID: 1, ideaFollowerIDs: [2], subjectIsVisible: false), [:]),
            (.projectStarted, 5, ideaFacts, [1: .projectStarted, 2: .projectStarted, 3: .projectStarted]),
            (
                .journalEntryAdded, 5, NotificationFacts(projectFollowerIDs: [2, 5, 6]),
                [2: .projectUpdate, 6: .projectUpdate]
            ),
            // An internal project's followers who are neither team nor coaches lost access: not told.
            (
                .gateDecided, 5, NotificationFacts(projectFollowerIDs: [2, 6], onlyVisibleTo: [5, 6]),
                [6: .projectUpdate]
            ),
            // What nobody follows.
            (.ideaScored, 5, ideaFacts, [:]),
            (.ideaEdited, 1, ideaFacts, [:]),
        ] as [(ActivityKind, Int, NotificationFacts, [Int: NotificationKind])])
    func recipients(kind: ActivityKind, actor: Int, facts: NotificationFacts, expected: [Int: NotificationKind]) {
        #expect(NotificationRules.recipients(of: Self.activity(kind, by: actor), facts: facts) == expected)
    }

    @Test("An internal activity tells nobody, whoever follows")
    func internalActivity() {
        let activity = Self.activity(.journalEntryAdded, by: 5, audience: .internal)
        #expect(NotificationRules.recipients(of: activity, facts: NotificationFacts(projectFollowerIDs: [2])).isEmpty)
    }

    @Test(
        "An assignment, internal to the hub, is told to the person assigned alone: not when they assigned themselves, not when they may not see the project"
    )
    func staffingAssigned() {
        func assignment(by actor: Int) -> Activity {
            Activity(
                .staffingAssigned, by: actor, on: .staffingAssignment, 3, in: (.project, 12), audience: .internal,
                at: Self.now)
        }
        var facts = NotificationFacts(projectFollowerIDs: [2])
        facts.assignedAccountID = 6
        #expect(NotificationRules.recipients(of: assignment(by: 5), facts: facts) == [6: .staffingAssigned])
        #expect(NotificationRules.recipients(of: assignment(by: 6), facts: facts).isEmpty)
        #expect(NotificationRules.topic(of: assignment(by: 5)) == .project(12))
        facts.onlyVisibleTo = [5]
        #expect(NotificationRules.recipients(of: assignment(by: 5), facts: facts).isEmpty)

        // Only people who can be in the pool choose how they hear of it.
        for roles: Set<PlatformRole> in [[.staff], [.coach], [.partner], [.admin]] {
            #expect(NotificationKind.receivable(by: Actor(accountID: 1, roles: roles)) == NotificationKind.allCases)
        }
        #expect(
            NotificationKind.receivable(by: Actor(accountID: 1, roles: [.resident]))
                == NotificationKind.allCases.filter { $0 != .staffingAssigned })
    }

    @Test("The topic is the idea or project the link opens")
    func topics() {
        #expect(NotificationRules.topic(of: Self.activity(.commentAdded, by: 1)) == .idea(7))
        #expect(NotificationRules.topic(of: Self.activity(.ideaStatusChanged, by: 1)) == .idea(7))
        #expect(NotificationRules.topic(of: Self.activity(.gateDecided, by: 1)) == .project(12))
        #expect(NotificationRules.topic(of: Self.activity(.projectStarted, by: 1)) == .project(12))
    }

    @Test(
        "Consolidation: same kind and thing, unread, unmailed, within the hour",
        arguments: [
            (NotificationKind.ideaComment, NotificationTopic.idea(7), -600.0, false, false, true),
            (.ideaComment, .idea(7), -3599, false, false, true),
            (.ideaComment, .idea(7), -3600, false, false, false),
            (.ideaComment, .idea(7), -60, true, false, false),
            (.ideaComment, .idea(7), -60, false, true, false),
            (.commentReply, .idea(7), -60, false, false, false),
            (.ideaComment, .idea(8), -60, false, false, false),
        ] as [(NotificationKind, NotificationTopic, TimeInterval, Bool, Bool, Bool)])
    func consolidation(
        kind: NotificationKind, topic: NotificationTopic, age: TimeInterval, read: Bool, mailed: Bool, joins: Bool
    ) {
        let existing = (
            kind: kind, topic: topic, createdAt: Self.now.addingTimeInterval(age), isRead: read, isMailed: mailed
        )
        #expect(
            NotificationRules.consolidates(into: existing, kind: .ideaComment, topic: .idea(7), at: Self.now) == joins)
    }

    static func stockholm(_ text: String) throws -> Date {
        let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        let components = DateComponents(
            year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4])
        return try #require(DateFormat.calendar.date(from: components))
    }

    @Test(
        "Digests are due at 07.00 in Stockholm, daily and on Mondays",
        arguments: [
            (MailDelivery.daily, "2026-12-02 07:00", "2026-12-02 07:00"),
            (.daily, "2026-12-02 06:59", "2026-12-01 07:00"),
            (.daily, "2026-12-02 23:30", "2026-12-02 07:00"),
            // 2026-12-07 is a Monday.
            (.weekly, "2026-12-09 12:00", "2026-12-07 07:00"),
            (.weekly, "2026-12-07 06:00", "2026-11-30 07:00"),
            // Summer time: 07.00 is 05.00 UTC.
            (.daily, "2026-06-15 08:00", "2026-06-15 07:00"),
        ] as [(MailDelivery, String, String)])
    func digestSchedule(delivery: MailDelivery, now: String, due: String) throws {
        #expect(DigestSchedule.latestDue(delivery, before: try Self.stockholm(now)) == (try Self.stockholm(due)))
    }

    @Test("Nothing is due for mail at once or never")
    func noDigest() {
        #expect(DigestSchedule.latestDue(.immediately, before: Self.now) == nil)
        #expect(DigestSchedule.latestDue(.never, before: Self.now) == nil)
    }

    @Test("Retries wait longer each time and stop after the limit")
    func retrySchedule() {
        let delays = (1...MailRetry.maximumAttempts).map { MailRetry.delay(afterAttempt: $0) }
        #expect(delays.prefix(4) == [60, 300, 900, 3600])
        #expect(delays.dropLast().allSatisfy { $0 != nil })
        #expect(delays.last == .some(nil))
        let waits = delays.compactMap { $0 }
        #expect(zip(waits, waits.dropFirst()).allSatisfy { $0 < $1 })
        #expect(MailRetry.delay(afterAttempt: 0) == nil)
        #expect(MailRetry.delay(afterAttempt: -3) == nil)
        #expect(MailRetry.delay(afterAttempt: Int.max) == nil)
    }

    @Test("A digest groups by thing, things by their newest news, items newest first")
    func digestGrouping() {
        let t0 = Self.now
        let items = [
            DigestItem(topic: .idea(1), title: "Cykel", summary: "a", at: t0),
            DigestItem(topic: .project(2), title: "Bänkar", summary: "b", at: t0.addingTimeInterval(60)),
            DigestItem(topic: .idea(1), title: "Cykel", summary: "c", at: t0.addingTimeInterval(120)),
        ]
        let groups = Digest.grouped(items)
        #expect(groups.map(\.topic) == [.idea(1), .project(2)])
        #expect(groups[0].items.map(\.summary) == ["c", "a"])
        #expect(Digest.grouped([]).isEmpty)
    }
}
