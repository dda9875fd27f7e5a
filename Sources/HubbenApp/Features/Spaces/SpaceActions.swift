import Fluent
import Foundation
import HubbenCore
import Vapor

/// Applying for the hub's spaces and allocating them: for the web, the API and the demo alike.
struct SpaceActions {
    let context: ActionContext
    /// Where links in mail point (`AppServices.absoluteBaseURL`).
    let baseURL: String

    private var store: SpaceStore { SpaceStore(database: context.database) }

    enum Applied: Sendable {
        case applied(SpaceApplication)
        case invalid(FieldProblems<SpaceApplicationDraft.Field>)
    }

    /// A project's team member (or a coach) applies for a space in an open round.
    func apply(_ draft: SpaceApplicationDraft, unreadable: FieldProblems<SpaceApplicationDraft.Field> = [:])
        async throws -> Applied
    {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        let round = try await draft.roundID.asyncFlatMap { try await store.round(id: $0) }
        var problems = unreadable.merging(
            draft.problems(round: round, spaces: try await store.spaces(), now: context.now)
        ) { typed, _ in typed }
        if problems[.project] == nil, let projectID = draft.projectID {
            let relation = try await store.relation(projectID: projectID, accountID: account.id)
            if relation == nil || !Authorization.allows(context.actor, SpaceAction.apply(relation ?? .none)) {
                problems[.project] = .notAllowed
            }
        }
        guard problems.isEmpty, let round, let projectID = draft.projectID, let first = draft.firstWeek,
            let last = draft.lastWeek, let teamSize = draft.teamSize
        else { return .invalid(problems) }
        let now = context.now
        let id = try await context.database.writeTransaction { db in
            try await SpaceStore(database: db).insert(
                roundID: round.id, projectID: projectID, applicantID: account.id, firstWeek: first, lastWeek: last,
                teamSize: teamSize, needs: draft.needs, wishedSpaceID: draft.wishedSpaceID, now: now)
        }
        guard let application = try await store.application(id: id) else { throw ActionRefusal.notFound }
        return .applied(application)
    }

    /// A round as the person may see it: every application and the proposed placement for coaches; the
    /// applications of their own projects for everyone else.
    struct RoundView: Sendable {
        var round: SpaceRound
        var spaces: [Space]
        var applications: [SpaceApplication]
        var proposal: SpacePlacement.Proposal?
        var mayAllocate: Bool
        /// The projects the person may apply for.
        var projects: [ProjectChoice]
        /// The applications the person may withdraw (of their own projects, still pending or not yet over).
        var withdrawable: Set<Int>
    }

    struct ProjectChoice: Sendable {
        var id: Int
        var title: String
    }

    func roundView(_ roundID: Int) async throws -> RoundView {
        guard let round = try await store.round(id: roundID) else { throw ActionRefusal.notFound }
        let spaces = try await store.spaces()
        let mayAllocate = Authorization.allows(context.actor, SpaceAction.allocate)
        var own: [(id: Int, title: String)] = []
        if let account = context.account { own = try await store.projects(of: account.id) }
        var applications = try await store.applications(roundID: roundID)
        if !mayAllocate {
            let mine = Set(own.map(\.id))
            applications = applications.filter { mine.contains($0.projectID) }
        }
        var proposal: SpacePlacement.Proposal?
        if mayAllocate {
            let approved = applications.filter { $0.status == .approved }
            let slots = spaces.map { space in
                SpaceSlot(
                    spaceID: space.id, capacity: space.capacity,
                    taken: approved.filter { $0.spaceID == space.id }.map { $0.weeks(in: round) })
            }
            let asks = applications.filter { $0.status == .pending }.map {
                SpaceAsk(
                    applicationID: $0.id, weeks: $0.weeks(in: round), teamSize: $0.teamSize,
                    wishedSpaceID: $0.wishedSpaceID)
            }
            proposal = SpacePlacement.propose(asks, in: slots)
        }
        let ownIDs = Set(own.map(\.id))
        let withdrawable = applications.filter {
            ownIDs.contains($0.projectID) && Self.mayWithdraw($0, now: context.now)
        }
        return RoundView(
            round: round, spaces: spaces, applications: applications, proposal: proposal, mayAllocate: mayAllocate,
            projects: own.map { ProjectChoice(id: $0.id, title: $0.title) }, withdrawable: Set(withdrawable.map(\.id)))
    }

    enum Decided: Sendable {
        case decided(SpaceApplication)
        /// The space is already held in some of those weeks by this approved application.
        case conflict(SpaceApplication)
        /// The space takes fewer people than the team, or is no space; or a decline without its reason.
        case invalid(reasonMissing: Bool)
        case notPossible
    }

    /// A coach approves (placing it in a space) or declines (with a reason) a pending application; the
    /// applicant is mailed.
    func decide(_ id: Int, _ decision: SpaceDecision) async throws -> Decided {
        let account = try context.require(SpaceAction.allocate)
        guard let application = try await store.application(id: id) else { throw ActionRefusal.notFound }
        guard application.status == .pending else { return .notPossible }
        let now = context.now
        switch decision {
        case .decline(let reason):
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty, reason.count <= BookingReason.limit else { return .invalid(reasonMissing: true) }
            let decided = try await context.database.writeTransaction { db in
                let changed = try await SpaceStore(database: db).decide(
                    id, status: .declined, spaceID: nil, reason: reason, decidedBy: account.id, now: now)
                if changed { try await mail(application, .declined(reason: reason), db: db) }
                return changed
            }
            guard decided, let updated = try await store.application(id: id) else { return .notPossible }
            return .decided(updated)
        case .approve(let spaceID):
            guard let space = try await store.spaces().first(where: { $0.id == spaceID }),
                space.capacity >= application.teamSize
            else { return .invalid(reasonMissing: false) }
            do {
                let outcome: Decided? = try await context.database.writeTransaction { db in
                    let writer = SpaceStore(database: db)
                    if let other = try await writer.collision(spaceID: spaceID, held: application.held, except: id) {
                        return .conflict(other)
                    }
                    guard
                        try await writer.decide(
                            id, status: .approved, spaceID: spaceID, reason: nil, decidedBy: account.id, now: now)
                    else { return .notPossible }
                    try await mail(application, .approved(space: space.name), db: db)
                    return nil
                }
                if let outcome { return outcome }
            } catch  where (error as? any DatabaseError)?.isConstraintFailure == true {
                // PostgreSQL's exclusion constraint: another approval in those weeks committed first.
                if let other = try await store.collision(spaceID: spaceID, held: application.held, except: id) {
                    return .conflict(other)
                }
                throw error
            }
            guard let updated = try await store.application(id: id) else { return .notPossible }
            return .decided(updated)
        }
    }

    /// Whether an application can still be withdrawn: pending, or approved and its weeks not yet over.
    static func mayWithdraw(_ application: SpaceApplication, now: Date) -> Bool {
        application.status == .pending || (application.status == .approved && application.held.end > now)
    }

    enum Withdrawn: Sendable {
        case withdrawn(SpaceApplication)
        /// Already decided against, withdrawn, or its weeks are over.
        case notPossible
    }

    /// Someone in the project's team (or its coach) withdraws its application; an approved one gives the
    /// space back for its weeks.
    func withdraw(_ id: Int) async throws -> Withdrawn {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        guard let application = try await store.application(id: id) else { throw ActionRefusal.notFound }
        let relation = try await store.relation(projectID: application.projectID, accountID: account.id) ?? .none
        guard Authorization.allows(context.actor, SpaceAction.apply(relation)) else {
            throw ActionRefusal.notAllowed
        }
        guard Self.mayWithdraw(application, now: context.now) else { return .notPossible }
        let now = context.now
        let changed = try await context.database.writeTransaction { db in
            try await SpaceStore(database: db).withdraw(id, now: now)
        }
        guard changed, let updated = try await store.application(id: id) else { return .notPossible }
        return .withdrawn(updated)
    }

    /// The hub team adds a space.
    func addSpace(_ draft: SpaceDraft) async throws -> FieldProblems<SpaceDraft.Field> {
        _ = try context.require(SpaceAction.allocate)
        let problems = draft.problems()
        guard problems.isEmpty, let kind = draft.kind, let capacity = draft.capacity else { return problems }
        let now = context.now
        _ = try await context.database.writeTransaction { db in
            try await SpaceStore(database: db).createSpace(
                kind: kind, name: draft.name, capacity: capacity, equipment: draft.equipment, now: now)
        }
        return [:]
    }

    /// The hub team opens a round of applications.
    func addRound(_ draft: SpaceRoundDraft, unreadable: FieldProblems<SpaceRoundDraft.Field> = [:]) async throws
        -> (id: Int?, problems: FieldProblems<SpaceRoundDraft.Field>)
    {
        _ = try context.require(SpaceAction.allocate)
        let problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        guard problems.isEmpty, let opens = draft.opensOn, let closes = draft.closesOn, let first = draft.firstWeek,
            let last = draft.lastWeek
        else { return (nil, problems) }
        let now = context.now
        let id = try await context.database.writeTransaction { db in
            try await SpaceStore(database: db).createRound(
                name: draft.name, opensAt: opens.start, closesAt: closes.adding(days: 1).start, firstWeek: first,
                lastWeek: last, now: now)
        }
        return (id, [:])
    }

    enum SpaceChange: Sendable {
        case changed
        case invalid(FieldProblems<SpaceDraft.Field>)
        /// A placement whose weeks are not over has a team this big, more than the new capacity.
        case placedTeamTooBig(Int)
    }

    /// The hub team changes a space; it must still take every team placed in it that is not yet over.
    func changeSpace(_ id: Int, _ draft: SpaceDraft, unreadable: FieldProblems<SpaceDraft.Field> = [:]) async throws
        -> SpaceChange
    {
        _ = try context.require(SpaceAction.allocate)
        guard try await store.spaces().contains(where: { $0.id == id }) else { throw ActionRefusal.notFound }
        let problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        guard problems.isEmpty, let kind = draft.kind, let capacity = draft.capacity else { return .invalid(problems) }
        let now = context.now
        return try await context.database.writeTransaction { db in
            let writer = SpaceStore(database: db)
            if let largest = try await writer.largestPlacedTeam(spaceID: id, now: now), largest > capacity {
                return .placedTeamTooBig(largest)
            }
            try await writer.updateSpace(
                id, kind: kind, name: draft.name, capacity: capacity, equipment: draft.equipment)
            return .changed
        }
    }

    enum RoundChange: Sendable {
        case changed
        case invalid(FieldProblems<SpaceRoundDraft.Field>)
        /// This many pending or approved applications have weeks outside the new period.
        case applicationsOutside(Int)
    }

    /// The hub team changes a round's name and dates; its period must still hold every application that
    /// counts (pending or approved).
    func changeRound(
        _ id: Int, _ draft: SpaceRoundDraft, unreadable: FieldProblems<SpaceRoundDraft.Field> = [:]
    ) async throws -> RoundChange {
        _ = try context.require(SpaceAction.allocate)
        guard try await store.round(id: id) != nil else { throw ActionRefusal.notFound }
        let problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        guard problems.isEmpty, let opens = draft.opensOn, let closes = draft.closesOn, let first = draft.firstWeek,
            let last = draft.lastWeek
        else { return .invalid(problems) }
        return try await context.database.writeTransaction { db in
            let writer = SpaceStore(database: db)
            let outside = try await writer.applicationsOutside(roundID: id, firstWeek: first, lastWeek: last)
            if outside > 0 { return .applicationsOutside(outside) }
            try await writer.updateRound(
                id, name: draft.name, opensAt: opens.start, closesAt: closes.adding(days: 1).start, firstWeek: first,
                lastWeek: last)
            return .changed
        }
    }

    /// Who is where between `from` and `to`: the approved applications of every round.
    func timeline(from: Date, to: Date) async throws -> (spaces: [Space], approved: [SpaceApplication]) {
        (try await store.spaces(), try await store.approved(from: from, to: to))
    }

    private enum News {
        case approved(space: String)
        case declined(reason: String)
    }

    private func mail(_ application: SpaceApplication, _ news: News, db: any Database) async throws {
        guard let applicantID = try await SpaceStore(database: db).applicant(of: application.id),
            let account = try await AccountRecord.find(applicantID, on: db), account.deletedAt == nil
        else { return }
        let language = Language(rawValue: account.language) ?? .sv
        let t = Localizer(language)
        let weeks = SpaceTexts.weeks(application.firstWeek, application.lastWeek, language)
        let link = baseURL + SpacePaths.round(application.roundID)
        let (subject, body): (String, String) =
            switch news {
            case .approved(let space):
                (
                    t(.spaceMailApprovedSubject(project: application.projectTitle)),
                    t(
                        .spaceMailApproved(
                            name: account.name, project: application.projectTitle, space: space, weeks: weeks,
                            link: link))
                )
            case .declined(let reason):
                (
                    t(.spaceMailDeclinedSubject(project: application.projectTitle)),
                    t(
                        .spaceMailDeclined(
                            name: account.name, project: application.projectTitle, weeks: weeks, reason: reason,
                            link: link))
                )
            }
        try await MailOutbox(database: db).enqueue(
            .transactional(
                accountID: applicantID, to: .init(name: account.name, email: account.email), language: language,
                subject: subject, body: body),
            delivers: context.services.mail.delivers, now: context.now)
    }
}
