import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The competence pool for the web, the API and the demo. Each person keeps their own competencies and
/// availability; the hub team sees everyone, states projects' staffing needs and assigns people from ranked
/// suggestions; an organisation's coordinators see their own people. Residents see none of it.
struct PoolActions {
    let context: ActionContext

    private var store: PoolStore { PoolStore(database: context.database) }

    /// How many weeks a person's page and the load view show.
    static let weeksShown = 26
    static let loadWeeks = 12
    static let loadPer = 40
    static let suggestionsShown = 8

    var today: Day { Day(context.now) }

    // MARK: Who sees whom

    var mayEditOwn: Bool { Authorization.allows(context.actor, PoolAction.editOwn) }
    var isHubTeam: Bool { Authorization.allows(context.actor, PoolAction.seeAll) }

    /// Everyone for the hub team, their organisations' people for coordinators; refused for anyone else.
    func scope() async throws -> PoolStore.Scope {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        if isHubTeam { return .everyone }
        let coordinated = try await store.coordinated(by: account.id)
        guard !coordinated.isEmpty else { throw ActionRefusal.notAllowed }
        return .members(of: coordinated)
    }

    func people(_ filter: PoolStore.Filter) async throws -> (people: [PoolPerson], total: Int) {
        var filter = filter
        filter.scope = try await scope()
        let store = store
        // The same for everyone with the same scope: read once for a moment for all of them (the hub team's
        // internal pages are computed over the whole pool).
        return try await context.sharedRead("pool.people \(filter.key)") { [filter] in try await store.people(filter) }
    }

    /// A person's competencies, time and assignments, with their weeks from this one.
    struct PersonView: Sendable {
        var person: PoolPerson
        var profile: CompetenceProfileDraft
        var assignments: [StaffingAssignment]
        var weeks: [WeekLoad]
        /// Every week from this one to the end of their last assignment that they are over full time in.
        var over: [WeekLoad]
        var isSelf: Bool
    }

    private func view(_ person: PoolPerson, isSelf: Bool) async throws -> PersonView {
        let assignments = try await store.assignments(accountID: person.id)
        let monday = today.monday
        var over: [WeekLoad] = []
        if let end = assignments.map(\.period.through).max(), monday <= end,
            let ahead = Period(from: monday, through: min(end, monday.adding(days: Period.maxDays)))
        {
            over = (try await store.weekLoads(of: "\(bind: person.id)", over: ahead)[person.id] ?? []).filter(\.isOver)
        }
        return PersonView(
            person: person, profile: try await store.profile(person.id), assignments: assignments,
            weeks: try await weeks(of: person.id, from: monday, count: Self.weeksShown), over: over, isSelf: isSelf)
    }

    func person(_ accountID: Int) async throws -> PersonView {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        let isSelf = account.id == accountID
        let coordinates =
            isSelf || isHubTeam
            ? false : try await store.isMember(accountID, ofAny: try await store.coordinated(by: account.id))
        guard
            Authorization.allows(
                context.actor, PoolAction.seePerson(isSelf: isSelf, coordinatesTheirOrganization: coordinates))
        else { throw ActionRefusal.notFound }
        guard let person = try await store.person(accountID) else { throw ActionRefusal.notFound }
        return try await view(person, isSelf: isSelf)
    }

    /// One person's weeks, `count` of them from `monday`.
    private func weeks(of accountID: Int, from monday: Day, count: Int) async throws -> [WeekLoad] {
        guard let period = Period(from: monday, through: monday.adding(days: 7 * count - 1)) else { return [] }
        let loads = try await store.weekLoads(of: "\(bind: accountID)", over: period)
        return loads[accountID] ?? WeekLoad.weeks(period.weeks, availability: [], assignments: [])
    }

    /// The signed-in person's own page.
    func mine() async throws -> PersonView {
        let account = try context.require(PoolAction.editOwn)
        guard let person = try await store.person(account.id) else { throw ActionRefusal.notFound }
        return try await view(person, isSelf: true)
    }

    enum SavedProfile: Sendable, Equatable {
        case saved
        case invalid([CompetenceProfileDraft.Problem])
    }

    /// Replaces the person's own competencies and availability.
    func saveProfile(_ profile: CompetenceProfileDraft) async throws -> SavedProfile {
        let account = try context.require(PoolAction.editOwn)
        let problems = profile.problems
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await PoolStore(database: db).replaceProfile(account.id, profile, now: now)
        }
        return .saved
    }

    /// The person's own profile, changed by `change` and saved when it is still valid.
    func changeProfile(_ change: (inout CompetenceProfileDraft) -> Void) async throws -> SavedProfile {
        let account = try context.require(PoolAction.editOwn)
        var profile = try await store.profile(account.id)
        change(&profile)
        return try await saveProfile(profile)
    }

    // MARK: Staffing a project

    /// The project, for someone who may staff it. `forShowing` (the page, not a change) as in
    /// `ProjectActions.visible`: the project as the hub team's pages share it for a moment.
    private func staffable(_ projectID: Int, forShowing: Bool = false) async throws -> (ProjectDetail, Account) {
        let account = try context.require(PoolAction.staff)
        let (project, _) = try await ProjectActions(context: context).visible(projectID, forShowing: forShowing)
        return (project, account)
    }

    /// A need with the people suggested for it and those assigned to it.
    struct NeedView: Sendable {
        var need: StaffingNeed
        var suggestions: [StaffingSuggestion]
        var assigned: [StaffingAssignment]
    }

    /// A project's staffing: its needs with suggestions, every assignment, and the weeks anyone assigned to it
    /// is over full time.
    struct StaffingView: Sendable {
        var projectID: Int
        var projectTitle: String
        var phase: ProjectPhase
        var needs: [NeedView]
        var assignments: [StaffingAssignment]
        /// By account: the Mondays of weeks over 100 % within the project's assignments, with the load.
        var overloaded: [Int: [WeekLoad]]
    }

    /// `suggesting: false` leaves the suggestions out (a list of the needs only).
    func staffing(_ projectID: Int, needID: Int? = nil, suggesting: Bool = true) async throws -> StaffingView {
        let (project, _) = try await staffable(projectID, forShowing: true)
        // The same for the whole hub team; ranking the pool for every need is the page's cost.
        return try await context.sharedRead(
            "pool.staffing \(projectID) \(needID.map(String.init) ?? "all") \(suggesting)"
        ) {
            try await computeStaffing(project, needID: needID, suggesting: suggesting)
        }
    }

    private func computeStaffing(_ project: ProjectDetail, needID: Int?, suggesting: Bool) async throws
        -> StaffingView
    {
        let projectID = project.card.id
        let store = store
        var needs = try await store.needs(projectID: projectID)
        if let needID {
            needs = needs.filter { $0.id == needID }
            guard !needs.isEmpty else { throw ActionRefusal.notFound }
        }
        let assignments = try await store.assignments(projectID: projectID)
        let inProject = suggesting && !needs.isEmpty ? try await store.people(inProject: projectID) : []
        var views: [NeedView] = []
        for need in needs {
            let suggestions =
                suggesting
                ? StaffingRanking.rank(
                    try await store.candidates(for: need, inProject: inProject), level: need.level,
                    percent: need.percent, period: need.period) : []
            let assigned = assignments.filter { $0.needID == need.id }
            let taken = Set(assigned.compactMap(\.accountID))
            views.append(
                NeedView(
                    need: need,
                    suggestions: Array(
                        suggestions.filter { !taken.contains($0.candidate.accountID) }.prefix(Self.suggestionsShown)),
                    assigned: assigned))
        }
        return StaffingView(
            projectID: projectID, projectTitle: project.card.title, phase: project.card.stage.phase, needs: views,
            assignments: assignments, overloaded: try await overloads(assignments))
    }

    /// The weeks over full time of everyone in `assignments`, within each one's assignments here: one read for
    /// all of them.
    private func overloads(_ assignments: [StaffingAssignment]) async throws -> [Int: [WeekLoad]] {
        let people = Set(assignments.compactMap(\.accountID))
        guard !people.isEmpty, let from = assignments.map(\.period.from).min(),
            let through = assignments.map(\.period.through).max(),
            let span = Period(from: from, through: min(through, from.adding(days: Period.maxDays)))
        else { return [:] }
        let ids = SQLList(people.sorted().map { SQLBind($0) })
        let loads = try await store.weekLoads(of: "\(ids)", over: span)
        var result: [Int: [WeekLoad]] = [:]
        for accountID in people {
            let own = assignments.filter { $0.accountID == accountID }.map(\.period)
            let over = (loads[accountID] ?? []).filter { week in
                week.isOver && own.contains { $0.from.monday <= week.monday && week.monday <= $0.through }
            }
            if !over.isEmpty { result[accountID] = over }
        }
        return result
    }

    enum SavedNeed: Sendable {
        case saved(StaffingNeed)
        case invalid(FieldProblems<StaffingNeedDraft.Field>)
    }

    func addNeed(_ projectID: Int, _ draft: StaffingNeedDraft, unreadable: FieldProblems<StaffingNeedDraft.Field> = [:])
        async throws -> SavedNeed
    {
        let (project, account) = try await staffable(projectID)
        let problems = unreadable.merging(draft.problems) { typed, _ in typed }
        guard problems.isEmpty, let phase = draft.phase, let competency = draft.competency, let level = draft.level,
            let percent = draft.percent, let period = draft.period
        else { return .invalid(problems) }
        let now = context.now
        let id = try await context.database.writeTransaction { db in
            let id = try await PoolStore(database: db).insertNeed(
                projectID: project.id, phase: phase, competency: competency, level: level, percent: percent,
                period: period, by: account.id, now: now)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "staffing.need.add", targetType: "project", targetID: project.id,
                details: "\(competency.matchKey) \(level) \(percent)% \(period.from.iso)–\(period.through.iso)",
                now: now)
            return id
        }
        guard let need = try await store.need(id) else { throw ActionRefusal.notFound }
        return .saved(need)
    }

    func removeNeed(_ projectID: Int, needID: Int) async throws {
        let (project, account) = try await staffable(projectID)
        guard let need = try await store.need(needID), need.projectID == project.id else {
            throw ActionRefusal.notFound
        }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await PoolStore(database: db).deleteNeed(needID)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "staffing.need.remove", targetType: "project", targetID: project.id,
                details: "\(need.competency.matchKey) \(need.period.from.iso)", now: now)
        }
    }

    struct AssignmentRequest: Sendable {
        var accountID: Int?
        var needID: Int?
        var competency: Competency?
        var percent: Int?
        var startsOn: Day?
        var endsOn: Day?
    }

    enum AssignmentField: String, DraftField {
        case accountID = "account_id"
        case needID = "need_id"
        case competency, percent
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    enum Assigned: Sendable {
        /// The assignment, and the weeks of its period the person is now over full time in.
        case assigned(StaffingAssignment, over: [WeekLoad])
        case invalid(FieldProblems<AssignmentField>)
    }

    /// Assigns a person to the project, for a need (its competency, share and period unless given) or on its
    /// own. Going over full time is allowed and answered with the weeks it happens in.
    func assign(_ projectID: Int, _ request: AssignmentRequest) async throws -> Assigned {
        let (project, account) = try await staffable(projectID)
        var problems: FieldProblems<AssignmentField> = [:]
        var need: StaffingNeed?
        if let needID = request.needID {
            need = try await store.need(needID)
            if need?.projectID != project.id { problems[.needID] = .invalid }
        }
        let competency = request.competency ?? need?.competency
        let percent = request.percent ?? need?.percent
        let from = request.startsOn ?? need?.period.from
        let through = request.endsOn ?? need?.period.through
        if competency == nil { problems[.competency] = .missing }
        if let percent {
            if !(1...100).contains(percent) { problems[.percent] = .invalid }
        } else {
            problems[.percent] = .missing
        }
        if from == nil { problems[.startsOn] = .missing }
        if through == nil { problems[.endsOn] = .missing }
        let period = from.flatMap { from in through.flatMap { Period(from: from, through: $0) } }
        if from != nil, through != nil, period == nil { problems[.endsOn] = .invalid }
        if let accountID = request.accountID {
            if try await !isInternal(accountID) { problems[.accountID] = .invalid }
        } else {
            problems[.accountID] = .missing
        }
        guard problems.isEmpty, let accountID = request.accountID, let competency, let percent, let period else {
            return .invalid(problems)
        }
        let partnerID = try await store.partnerOrganization(of: accountID)
        let needID = need?.id
        let now = context.now
        // The partner's contribution row is read by people in Swedish first, as the rows its staff write are.
        let swedish = Localizer(.sv)
        let what =
            "Bemanning: \(PoolTexts.competency(competency, swedish)), \(percent) % \(PoolTexts.weeks(period, swedish))"
        let id = try await context.database.writeTransaction { db -> Int? in
            guard
                let id = try await PoolStore(database: db).insertAssignment(
                    projectID: project.id, needID: needID, accountID: accountID, competency: competency,
                    percent: percent, period: period, partnerID: partnerID, what: what, by: account.id, now: now)
            else { return nil }
            try await AuditLog(database: db).record(
                actorID: account.id, action: "staffing.assign", targetType: "project", targetID: project.id,
                details: "account \(accountID) \(percent)% \(period.from.iso)–\(period.through.iso)", now: now)
            // The person assigned hears of it (`NotificationRules`); nobody else does.
            try await ActivityLog(database: db).record(
                Activity(
                    .staffingAssigned, by: account.id, on: .staffingAssignment, id, in: (.project, project.id),
                    audience: .internal, at: now))
            return id
        }
        guard let id else { return .invalid([.accountID: .closed]) }
        guard let assignment = try await store.assignments(id: id).first else { throw ActionRefusal.notFound }
        let over = (try await store.weekLoads(of: "\(bind: accountID)", over: period)[accountID] ?? []).filter(\.isOver)
        return .assigned(assignment, over: over)
    }

    /// Whether an account may be assigned: someone who works at or with the hub (staff, coach, partner, admin).
    private func isInternal(_ accountID: Int) async throws -> Bool {
        try await context.database.sql.raw(
            """
            SELECT 1 AS found FROM accounts a JOIN account_roles r ON r.account_id = a.id
            WHERE a.id = \(bind: accountID) AND a.deleted_at IS NULL
                AND r.role IN ('staff', 'coach', 'partner', 'admin')
            """
        ).first() != nil
    }

    func removeAssignment(_ projectID: Int, assignmentID: Int) async throws {
        let (project, account) = try await staffable(projectID)
        guard let assignment = try await store.assignments(id: assignmentID).first, assignment.projectID == project.id
        else { throw ActionRefusal.notFound }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await PoolStore(database: db).deleteAssignment(assignmentID)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "staffing.unassign", targetType: "project", targetID: project.id,
                details: "account \(assignment.accountID.map(String.init) ?? "–") \(assignment.period.from.iso)",
                now: now)
        }
    }

    // MARK: The hub-wide load

    struct LoadView: Sendable {
        var weeks: [Day]
        var people: [(person: PoolPerson, weeks: [WeekLoad])]
        var total: Int
        var page: Int
    }

    func load(from monday: Day, page: Int) async throws -> LoadView {
        let scope = try await scope()
        guard let period = Period(from: monday.monday, through: monday.monday.adding(days: 7 * Self.loadWeeks - 1))
        else {
            throw ActionRefusal.notFound
        }
        let store = store
        return try await context.sharedRead("pool.load \(scope.key) \(period.from.iso) \(page)") {
            let (people, total) = try await store.loadPage(period, scope: scope, page: page, per: Self.loadPer)
            return LoadView(weeks: period.weeks, people: people, total: total, page: page)
        }
    }
}
