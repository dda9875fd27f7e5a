import Foundation
import HubbenCore
import Testing

@Suite("Authorization policy")
struct AuthorizationTests {
    static let anonymous = Actor.anonymous
    static let eva = Actor(accountID: 1, roles: [.resident])
    static let staff = Actor(accountID: 2, roles: [.resident, .staff])
    static let coach = Actor(accountID: 3, roles: [.resident, .coach])
    static let partner = Actor(accountID: 4, roles: [.resident, .partner])
    static let admin = Actor(accountID: 5, roles: [.resident, .admin])
    /// Roles without an account id (a token whose account is gone) grant nothing.
    static let ghostAdmin = Actor(accountID: nil, roles: [.admin])

    @Test(
        "Who may do what",
        arguments: [
            (anonymous, AdminAction.listOrganizations, true),
            (eva, AdminAction.listOrganizations, true),
            (anonymous, AccountAction.view(ownerID: 1), false),
            (eva, AccountAction.view(ownerID: 1), true),
            (eva, AccountAction.edit(ownerID: 1), true),
            (eva, AccountAction.delete(ownerID: 1), true),
            (staff, AccountAction.view(ownerID: 1), false),
            (admin, AccountAction.view(ownerID: 1), false),
            (admin, AccountAction.edit(ownerID: 1), false),
            (admin, AccountAction.delete(ownerID: 1), false),
            (anonymous, AdminAction.manageRoles, false),
            (eva, AdminAction.manageRoles, false),
            (staff, AdminAction.manageRoles, false),
            (coach, AdminAction.manageRoles, false),
            (partner, AdminAction.manageRoles, false),
            (admin, AdminAction.manageRoles, true),
            (ghostAdmin, AdminAction.manageRoles, false),
            (coach, AdminAction.manageOrganizations, false),
            (admin, AdminAction.manageOrganizations, true),
            (partner, AdminAction.manageMemberships, false),
            (admin, AdminAction.manageMemberships, true),
            (coach, AdminAction.viewAuditLog, false),
            (admin, AdminAction.viewAuditLog, true),
            (eva, AdminAction.viewAdminPages, false),
            (admin, AdminAction.viewAdminPages, true),
        ] as [(Actor, any PolicyAction, Bool)])
    func table(actor: Actor, action: any PolicyAction, allowed: Bool) {
        #expect(Authorization.allows(actor, action) == allowed)
    }

    @Test("An admin has every coach right; a coach has no admin right")
    func adminIsCoach() {
        #expect(Self.admin.has(.coach))
        #expect(!Self.coach.has(.admin))
        #expect(!Self.admin.has(.staff))
    }
}

@Suite("Rate limits and session lifetime")
struct RateLimitTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("Allowed below the maximum; refused at it, until the oldest event leaves the window")
    func slidingWindow() {
        let limit = RateLimit(maximum: 3, window: 60)
        #expect(limit.decide(recent: [], now: now) == .allowed)
        #expect(limit.decide(recent: [now - 10, now - 5], now: now) == .allowed)
        #expect(limit.decide(recent: [now - 50, now - 10, now - 5], now: now) == .limited(retryAfter: 10))
        // Events older than the window do not count.
        #expect(limit.decide(recent: [now - 61, now - 10, now - 5], now: now) == .allowed)
        // Order does not matter; with more events than the maximum the wait is for enough of them to leave.
        #expect(limit.decide(recent: [now - 5, now - 40, now - 30, now - 1], now: now) == .limited(retryAfter: 30))
        #expect(limit.decide(recent: [now - 0.2, now - 0.1, now], now: now) == .limited(retryAfter: 60))
    }

    @Test("The sign-in limit is 10 in 15 minutes")
    func signInLimit() {
        let nine = (1...9).map { now - Double($0) }
        #expect(RateLimit.failedSignIn.decide(recent: nine, now: now) == .allowed)
        #expect(RateLimit.failedSignIn.decide(recent: nine + [now], now: now) == .limited(retryAfter: 891))
    }

    static let hour: TimeInterval = 3600
    static let lifetimes: [(TimeInterval, TimeInterval, Bool)] = [
        (0, 0, true),
        (11 * hour, 11 * hour, true),
        (12 * hour, 12 * hour, false),
        (6.9 * 24 * hour, hour, true),
        (7 * 24 * hour, 60, false),
    ]

    @Test("A session ends after 12 idle hours or 7 days in all", arguments: lifetimes)
    func lifetime(age: TimeInterval, idle: TimeInterval, valid: Bool) {
        #expect(SessionLifetime.standard.isValid(createdAt: now - age, lastSeenAt: now - idle, now: now) == valid)
    }

    @Test("Dates and times in Swedish and English, Europe/Stockholm")
    func dates() {
        // 2026-11-29 13:00 UTC is 14.00 in Stockholm (winter time).
        let date = Date(timeIntervalSince1970: 1_795_957_200)
        #expect(DateFormat.dateTime(date, language: .sv) == "29 november 2026 14.00")
        #expect(DateFormat.dateTime(date, language: .en) == "29 November 2026 2:00 pm")
        // 2026-07-01 10:05 UTC is 12.05 in Stockholm (summer time).
        let summer = Date(timeIntervalSince1970: 1_782_900_300)
        #expect(DateFormat.dateTime(summer, language: .sv) == "1 juli 2026 12.05")
    }
}

@Suite("Idea status machine")
struct IdeaStatusTests {
    static let cases: [(IdeaStatus, StatusChange, StatusChange.Problem?)] = [
        (.submitted, StatusChange(to: .underReview), nil),
        (.submitted, StatusChange(to: .accepted), .notAllowed(from: .submitted, to: .accepted)),
        (.underReview, StatusChange(to: .accepted), nil),
        (.underReview, StatusChange(to: .parked), nil),
        (.underReview, StatusChange(to: .declined, reason: "Finns redan"), nil),
        (.underReview, StatusChange(to: .declined, reason: "  "), .reasonRequired),
        (.underReview, StatusChange(to: .declined), .reasonRequired),
        (.underReview, StatusChange(to: .merged, mergedInto: 2), nil),
        (.underReview, StatusChange(to: .merged), .mergeTargetRequired),
        (.underReview, StatusChange(to: .merged, mergedInto: 1), .cannotMergeIntoItself),
        (.parked, StatusChange(to: .underReview), nil),
        (.parked, StatusChange(to: .accepted), .notAllowed(from: .parked, to: .accepted)),
        (.accepted, StatusChange(to: .underReview), .notAllowed(from: .accepted, to: .underReview)),
        (.declined, StatusChange(to: .underReview), .notAllowed(from: .declined, to: .underReview)),
        (.merged, StatusChange(to: .underReview), .notAllowed(from: .merged, to: .underReview)),
    ]

    @Test("Transitions, with what each needs", arguments: cases)
    func transitions(from: IdeaStatus, change: StatusChange, problem: StatusChange.Problem?) {
        do {
            try change.validate(from: from, ideaID: 1)
            #expect(problem == nil)
        } catch {
            #expect(error == problem)
        }
    }

    @Test(
        "Who may act on ideas",
        arguments: [
            (Actor.anonymous, IdeaAction.submit, false),
            (Actor(accountID: 1, roles: [.resident]), IdeaAction.submit, true),
            (Actor(accountID: 1, roles: [.resident]), IdeaAction.edit(authorID: 1, status: .submitted), true),
            (Actor(accountID: 1, roles: [.resident]), IdeaAction.edit(authorID: 1, status: .underReview), false),
            (Actor(accountID: 2, roles: [.resident, .admin]), IdeaAction.edit(authorID: 1, status: .submitted), false),
            (Actor(accountID: 1, roles: [.resident]), IdeaAction.triage, false),
            (Actor(accountID: 3, roles: [.resident, .coach]), IdeaAction.triage, true),
            (Actor(accountID: 4, roles: [.resident, .admin]), IdeaAction.hideComment, true),
            (Actor(accountID: 5, roles: [.resident, .staff]), IdeaAction.viewScores, false),
            (Actor.anonymous, IdeaAction.comment, false),
        ])
    func policy(actor: Actor, action: IdeaAction, allowed: Bool) {
        #expect(Authorization.allows(actor, action) == allowed)
    }
}
