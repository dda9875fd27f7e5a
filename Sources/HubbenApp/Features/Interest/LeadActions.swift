import Fluent
import Foundation
import HubbenCore
import Vapor

/// Registered interest: the public registration with its confirmation and withdrawal, and the hub team's work
/// on the leads — for the web, the API and the demo alike.
struct LeadActions {
    let context: ActionContext
    /// Where links in mail point (`AppServices.absoluteBaseURL`).
    let baseURL: String

    private var store: LeadStore { LeadStore(database: context.database) }

    enum Registered: Sendable {
        /// The same answer whatever happened next (mailed, already waiting, over the address's limit): the
        /// person must not learn from it whether the address was known.
        case mailed
        case invalid(FieldProblems<InterestDraft.Field>)
    }

    /// Someone registers interest. The lead waits for its address to be confirmed through the mailed link.
    func register(_ draft: InterestDraft, language: Language) async throws -> Registered {
        var problems = draft.problems()
        if let projectID = draft.projectID, try await publicProject(projectID) == nil { problems[.project] = .invalid }
        if let challengeID = draft.challengeID,
            try await ChallengeStore(database: context.database).challenge(id: challengeID) == nil
        {
            problems[.challenge] = .invalid
        }
        guard problems.isEmpty else { return .invalid(problems) }
        try await context.throttle.beforeInterest()
        let now = context.now
        guard try await !store.unconfirmed(email: draft.email, now: now),
            try await context.throttle.mayMailInterest(to: draft.email)
        else { return .mailed }
        let confirm = SecretToken.generate()
        let withdraw = SecretToken.generate()
        let t = Localizer(language)
        let baseURL = baseURL
        let delivers = context.services.mail.delivers
        try await context.database.writeTransaction { db in
            _ = try await LeadStore(database: db).insert(
                draft, language: language, confirmTokenHash: SecretToken.hash(confirm),
                withdrawTokenHash: SecretToken.hash(withdraw), now: now)
            try await MailOutbox(database: db).enqueue(
                .transactional(
                    accountID: nil, to: .init(name: draft.name, email: draft.email), language: language,
                    subject: t(.interestMailConfirmSubject),
                    body: t(.interestMailConfirm(name: draft.name, link: baseURL + InterestPaths.confirmation(confirm)))
                        + "\n\n" + t(.interestMailWithdraw(link: baseURL + InterestPaths.withdrawal(withdraw)))),
                delivers: delivers, now: now)
        }
        return .mailed
    }

    private func publicProject(_ id: Int) async throws -> Int? {
        guard let project = try await ProjectStore(database: context.database).project(id: id),
            project.card.visibility == .public
        else { return nil }
        return project.id
    }

    /// The lead a confirmation link is for, for the page with its button (the GET never confirms).
    func pendingConfirmation(_ token: String) async throws -> Lead? {
        try await store.pendingConfirmation(tokenHash: SecretToken.hash(token), now: context.now)
    }

    /// The link's POST: the lead counts from now. False for a link that is unknown, used or too late.
    func confirm(_ token: String) async throws -> Bool {
        let now = context.now
        return try await context.database.writeTransaction { db in
            try await LeadStore(database: db).confirm(tokenHash: SecretToken.hash(token), now: now) != nil
        }
    }

    func withdrawable(_ token: String) async throws -> Lead? {
        try await store.withdrawable(tokenHash: SecretToken.hash(token))
    }

    /// Consent withdrawn through the link in a mail: the lead is erased, notes and all.
    func withdraw(_ token: String) async throws -> Bool {
        try await context.database.writeTransaction { db in
            try await LeadStore(database: db).withdraw(tokenHash: SecretToken.hash(token))
        }
    }

    // MARK: The hub team

    func list(_ filter: LeadStore.Filter) async throws -> (leads: [Lead], total: Int) {
        _ = try context.require(LeadAction.work)
        return try await store.list(filter)
    }

    struct LeadView: Sendable {
        var lead: Lead
        var notes: [LeadStore.Note]
        var assignee: String?
        var team: [Person]
        var projectTitle: String?
        var challengeTitle: String?
    }

    struct Person: Sendable, Equatable {
        var id: Int
        var name: String
    }

    /// One lead with its personal data, for the hub team; the view is written to the audit log (who, when).
    func view(_ id: Int) async throws -> LeadView {
        let account = try context.require(LeadAction.work)
        guard let lead = try await store.lead(id: id), lead.confirmedAt != nil else { throw ActionRefusal.notFound }
        try await AuditLog(database: context.database).record(
            actorID: account.id, action: "lead.view", targetType: "lead", targetID: id, now: context.now)
        let team = try await store.hubTeam().map { Person(id: $0.id, name: $0.name) }
        let project = try await lead.projectID.asyncFlatMap {
            try await ProjectStore(database: context.database).project(id: $0)
        }
        let challenge = try await lead.challengeID.asyncFlatMap {
            try await ChallengeStore(database: context.database).challenge(id: $0)
        }
        return LeadView(
            lead: lead, notes: try await store.notes(of: id),
            assignee: team.first { $0.id == lead.assigneeID }?.name, team: team, projectTitle: project?.card.title,
            challengeTitle: challenge?.title)
    }

    enum Changed: Sendable {
        case changed(Lead)
        case invalid(FieldProblems<LeadChange.Field>)
    }

    /// The hub team moves a lead on, gives it to someone (who is mailed), or adds a note.
    func change(_ id: Int, _ change: LeadChange) async throws -> Changed {
        let account = try context.require(LeadAction.work)
        guard let lead = try await store.lead(id: id), lead.confirmedAt != nil else { throw ActionRefusal.notFound }
        var problems = change.problems(current: lead.status)
        let team = try await store.hubTeam()
        if case .some(.some(let assignee)) = change.assigneeID, !team.contains(where: { $0.id == assignee }) {
            problems[.assignee] = .invalid
        }
        guard problems.isEmpty else { return .invalid(problems) }
        let status = change.status ?? lead.status
        let outcome = status == .closed ? (change.outcome ?? lead.outcome) : nil
        let assignee = change.assigneeID ?? lead.assigneeID
        let now = context.now
        let baseURL = baseURL
        let delivers = context.services.mail.delivers
        try await context.database.writeTransaction { db in
            let writer = LeadStore(database: db)
            try await writer.update(id, status: status, outcome: outcome, assigneeID: assignee, now: now)
            if !change.note.isEmpty { try await writer.addNote(id, authorID: account.id, body: change.note, now: now) }
            try await AuditLog(database: db).record(
                actorID: account.id, action: "lead.change", targetType: "lead", targetID: id,
                details: "\(status.rawValue) \(outcome?.rawValue ?? "")", now: now)
            // The new assignee hears of it (not someone who gives a lead to themselves).
            if let assignee, assignee != lead.assigneeID, assignee != account.id,
                let person = try await AccountRecord.find(assignee, on: db), person.deletedAt == nil
            {
                let language = Language(rawValue: person.language) ?? .sv
                let t = Localizer(language)
                try await MailOutbox(database: db).enqueue(
                    .transactional(
                        accountID: assignee, to: .init(name: person.name, email: person.email), language: language,
                        subject: t(.leadMailAssignedSubject),
                        body: t(
                            .leadMailAssigned(
                                name: person.name, by: account.name, link: baseURL + InterestPaths.lead(id)))),
                    delivers: delivers, now: now)
            }
        }
        guard let updated = try await store.lead(id: id) else { throw ActionRefusal.notFound }
        return .changed(updated)
    }
}

/// Erases leads that are due — unconfirmed past their 48 hours, any past its retention — on one instance at a
/// time (`ScheduledJobs`), at most every five minutes.
struct LeadHousekeeping {
    let database: any Database
    static let job = "lead_retention"
    static let interval: TimeInterval = 300

    @discardableResult
    func run(now: Date) async throws -> Int {
        guard try await LeadStore(database: database).hasDue(now: now) else { return 0 }
        return try await database.writeTransaction { db in
            guard
                try await ScheduledJobs(database: db).claim(
                    Self.job, now: now, until: now.addingTimeInterval(Self.interval))
            else { return 0 }
            let erased = try await LeadStore(database: db).eraseDue(now: now)
            if erased > 0 {
                try await AuditLog(database: db).record(
                    actorID: nil, action: "lead.retention", targetType: "lead", targetID: nil, details: "\(erased)",
                    now: now)
            }
            return erased
        }
    }
}
