import Fluent
import HubbenCore
import Vapor

/// Every change to projects — starting, editing, the team, goals, money, experiments, the journal, gate
/// decisions — as the web, the API and the CLI share it. Who may see and who may change a project is decided
/// here (`visible`, `editable`), each change is recorded as activity in its transaction, public when the
/// project (and the entry) is.
struct ProjectActions {
    let context: ActionContext

    private var store: ProjectStore { ProjectStore(database: context.database) }

    /// What the person can fix: every problem by the draft's field.
    enum Outcome<Value: Sendable, Field: DraftField>: Sendable {
        case saved(Value)
        case invalid(FieldProblems<Field>)
    }

    // MARK: Who may see and change

    /// The project if the actor may see it; otherwise 404, so that existence does not leak.
    /// `forShowing` reads the project from what pages share for a moment (never for a change).
    func visible(_ id: Int, forShowing: Bool = false) async throws -> (ProjectDetail, ProjectRelation) {
        let found =
            forShowing
            ? try await context.sharedRead("project \(id)") { try await store.project(id: id) }
            : try await store.project(id: id)
        guard let project = found else { throw ActionRefusal.notFound }
        let relation = project.relation(of: context.account?.id)
        guard
            Authorization.allows(
                context.actor, ProjectAction.view(visibility: project.card.visibility, relation: relation))
        else {
            throw ActionRefusal.notFound
        }
        return (project, relation)
    }

    /// The project, for someone who may change its content. `forShowing` (a form, not the change) as in
    /// `visible`: the change the form leads to checks again against the database as it is.
    func editable(_ id: Int, forShowing: Bool = false) async throws -> (ProjectDetail, Account) {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        let (project, relation) = try await visible(id, forShowing: forShowing)
        guard Authorization.allows(context.actor, ProjectAction.edit(relation: relation)) else {
            throw ActionRefusal.notAllowed
        }
        return (project, account)
    }

    /// The project, for someone who may change its lead and team.
    func teamManageable(_ id: Int, forShowing: Bool = false) async throws -> ProjectDetail {
        let (project, _) = try await editable(id, forShowing: forShowing)
        guard
            Authorization.allows(
                context.actor, ProjectAction.manageTeam(relation: project.relation(of: context.account?.id)))
        else {
            throw ActionRefusal.notAllowed
        }
        return project
    }

    /// The project, for someone who may record its gate reviews.
    func gateable(_ id: Int, forShowing: Bool = false) async throws -> (ProjectDetail, ProjectRelation) {
        guard context.account != nil else { throw ActionRefusal.notSignedIn }
        let (project, relation) = try await visible(id, forShowing: forShowing)
        guard Authorization.allows(context.actor, ProjectAction.recordGate(relation: relation)) else {
            throw ActionRefusal.notAllowed
        }
        return (project, relation)
    }

    /// The project's timeline as the actor may read it: internal journal entries only for whom may see them.
    /// What the project's page shows of its history, shared for a moment by everyone who sees as much.
    func timeline(of project: ProjectDetail, relation: ProjectRelation) async throws -> [TimelineEntry] {
        let includeInternal = Authorization.allows(context.actor, ProjectAction.seeInternal(relation: relation))
        return try await context.sharedRead("project.timeline \(project.id) \(includeInternal)") {
            try await store.timeline(projectID: project.id, includeInternal: includeInternal)
        }
    }

    // MARK: Starting and editing

    enum StartOutcome: Sendable {
        case started(ProjectDetail)
        case invalid(FieldProblems<ProjectDraft.Field>)
        /// The idea is not accepted, or already has its project.
        case ideaNotAvailable
    }

    /// Starts a project, directly or from an accepted idea. `unreadable` are the fields the adapter could not
    /// read (not a number…); they are shown with the draft's own problems.
    func start(
        _ draft: ProjectDraft, fromIdea ideaID: Int?, unreadable: FieldProblems<ProjectDraft.Field> = [:]
    ) async throws
        -> StartOutcome
    {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        guard Authorization.allows(context.actor, ProjectAction.start) else { throw ActionRefusal.notAllowed }
        if ideaID != nil, !Authorization.allows(context.actor, ProjectAction.startFromIdeas) {
            throw ActionRefusal.notAllowed
        }
        let problems = try await store.problems(draft).merging(unreadable) { $1 }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        let id: Int
        do {
            id = try await context.recording { db in
                try await ProjectStore(database: db).create(draft, ideaID: ideaID, createdBy: account.id, now: now)
            } activity: { id in
                Activity(
                    .projectStarted, by: account.id, on: .project, id, in: ideaID.map { (.idea, $0) },
                    audience: ActivityAudience(draft.visibility), at: now)
            }
        } catch let invalid as InvalidDraft<ProjectDraft.Field> {
            return .invalid(invalid.problems.merging(unreadable) { $1 })
        } catch ProjectError.ideaNotAvailable {
            return .ideaNotAvailable
        }
        return .started(try await detail(id))
    }

    enum EditOutcome: Sendable {
        case saved(ProjectDetail)
        case invalid(FieldProblems<ProjectDraft.Field>)
        /// Fields this actor may not change (the coach, the visibility, the lead).
        case forbidden([ProjectFrameField])
        /// A procurement notice for a project that did not end in procurement.
        case noticeNotApplicable
    }

    /// Edits the frame and content; with `noticeURL`, also the procurement notice, all or nothing.
    func edit(
        projectID: Int, _ draft: ProjectDraft, unreadable: FieldProblems<ProjectDraft.Field> = [:],
        noticeURL: String? = nil
    ) async throws -> EditOutcome {
        let (project, account) = try await editable(projectID)
        let forbidden = Authorization.forbiddenFrameChanges(
            context.actor, relation: project.relation(of: account.id), from: project.draft, to: draft)
        guard forbidden.isEmpty else { return .forbidden(forbidden) }
        if noticeURL != nil, project.card.stage.outcome != .procurement { return .noticeNotApplicable }
        var problems = try await store.problems(draft).merging(unreadable) { $1 }
        if let url = noticeURL?.trimmingCharacters(in: .whitespaces), !url.isEmpty, !WebLink.isValid(url) {
            problems[.procurementNoticeURL] = .invalid
        }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        do {
            try await context.recording { db in
                let store = ProjectStore(database: db)
                try await store.update(id: project.id, draft, now: now)
                if let noticeURL { try await store.setNoticeURL(projectID: project.id, noticeURL, now: now) }
            } activity: {
                Activity(
                    .projectEdited, by: account.id, on: .project, project.id, audience: .init(draft.visibility), at: now
                )
            }
        } catch let invalid as InvalidDraft<ProjectDraft.Field> {
            return .invalid(invalid.problems.merging(unreadable) { $1 })
        }
        return .saved(try await detail(project.id))
    }

    enum NoticeOutcome: Sendable {
        case saved(ProjectDetail)
        case invalid(FieldProblems<GateRules.Field>)
        /// A procurement notice for a project that did not end in procurement.
        case noticeNotApplicable
    }

    /// The link to the procurement notice, once it is published.
    func setNoticeURL(projectID: Int, _ url: String) async throws -> NoticeOutcome {
        let (project, account) = try await editable(projectID)
        guard project.card.stage.outcome == .procurement else { return .noticeNotApplicable }
        let now = context.now
        do {
            try await context.recording { db in
                try await ProjectStore(database: db).setNoticeURL(projectID: project.id, url, now: now)
            } activity: {
                Activity(.projectEdited, by: account.id, on: .project, project.id, audience: .init(project), at: now)
            }
        } catch let invalid as InvalidDraft<GateRules.Field> {
            return .invalid(invalid.problems)
        }
        return .saved(try await detail(project.id))
    }

    // MARK: Team

    func setMember(projectID: Int, accountID: Int?, role: ProjectMemberRole?, roleText: String) async throws
        -> Outcome<ProjectDetail, TeamMemberField>
    {
        let project = try await teamManageable(projectID)
        return try await change(project, .projectTeamChanged, audience: .internal) { store in
            try await store.setMember(projectID: project.id, accountID: accountID, role: role, roleText: roleText)
        }
    }

    func removeMember(projectID: Int, accountID: Int) async throws -> Outcome<ProjectDetail, TeamMemberField> {
        let project = try await teamManageable(projectID)
        return try await change(project, .projectTeamChanged, audience: .internal) { store in
            try await store.removeMember(projectID: project.id, accountID: accountID)
        }
    }

    // MARK: Goals and money

    func addGoal(projectID: Int, _ goal: EffectGoalDraft) async throws -> Outcome<EffectGoal, EffectGoalDraft.Field> {
        let (project, _) = try await editable(projectID)
        let now = context.now
        let outcome: Outcome<Int, EffectGoalDraft.Field> = try await change(project, .goalAdded) { store in
            try await store.addGoal(projectID: project.id, goal, now: now)
        }
        return try await outcome.map { id in try await store.goals(projectID: project.id).first { $0.id == id } }
    }

    func markGoalReached(
        projectID: Int, goalID: Int, _ reached: GoalReachedDraft,
        unreadable: FieldProblems<GoalReachedDraft.Field> = [:]
    ) async throws -> Outcome<ProjectDetail, GoalReachedDraft.Field> {
        let (project, _) = try await editable(projectID)
        guard project.goals.contains(where: { $0.id == goalID }) else { throw ActionRefusal.notFound }
        let problems = reached.problems.merging(unreadable) { $1 }
        guard problems.isEmpty else { return .invalid(problems) }
        return try await change(project, .goalReached) { store in
            try await store.markGoalReached(projectID: project.id, goalID: goalID, reached)
        }
    }

    func addFund(projectID: Int, _ fund: FundDraft, unreadable: FieldProblems<FundDraft.Field> = [:]) async throws
        -> Outcome<ProjectDetail, FundDraft.Field>
    {
        let (project, _) = try await editable(projectID)
        let problems = fund.problems.merging(unreadable) { $1 }
        guard problems.isEmpty else { return .invalid(problems) }
        return try await change(project, .fundAdded, audience: .internal) { store in
            _ = try await store.addFund(projectID: project.id, fund)
        }
    }

    // MARK: Experiments and journal

    /// Adds an experiment, or (with `experimentID`) edits one.
    func saveExperiment(
        projectID: Int, experimentID: Int? = nil, _ draft: ExperimentDraft,
        unreadable: FieldProblems<ExperimentDraft.Field> = [:]
    ) async throws -> Outcome<Experiment, ExperimentDraft.Field> {
        let (project, account) = try await editable(projectID)
        let phase = project.card.stage.phase
        var problems = draft.problems(currentPhase: phase).merging(unreadable) { $1 }
        if problems[.method] == nil, !draft.method.isOther,
            try await !MethodStore(database: context.database).exists(slug: draft.method.rawValue)
        {
            problems[.method] = .invalid
        }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        let audience = ActivityAudience(project)
        let id: Int
        do {
            id = try await context.recording { db in
                let store = ProjectStore(database: db)
                if let experimentID {
                    try await store.updateExperiment(
                        projectID: project.id, experimentID: experimentID, draft, currentPhase: phase)
                    return experimentID
                }
                return try await store.addExperiment(projectID: project.id, draft, currentPhase: phase, now: now)
            } activity: { id in
                Activity(
                    experimentID == nil ? .experimentAdded : .experimentEdited, by: account.id, on: .experiment, id,
                    in: (.project, project.id), audience: audience, at: now)
            }
        } catch let invalid as InvalidDraft<ExperimentDraft.Field> {
            return .invalid(invalid.problems.merging(unreadable) { $1 })
        }
        guard let experiment = try await store.experiments(projectID: project.id).first(where: { $0.id == id }) else {
            throw ActionRefusal.notFound
        }
        return .saved(experiment)
    }

    func addJournalEntry(projectID: Int, _ entry: JournalDraft) async throws -> Outcome<
        JournalEntry, JournalDraft.Field
    > {
        let (project, account) = try await editable(projectID)
        let now = context.now
        // An internal entry stays internal, also in a public project.
        let audience: ActivityAudience =
            project.card.visibility == .public && entry.visibility == .public ? .public : .internal
        let id: Int
        do {
            id = try await context.recording { db in
                try await ProjectStore(database: db).addJournalEntry(
                    projectID: project.id, entry, phase: project.card.stage.phase, authorID: account.id, now: now)
            } activity: { id in
                Activity(
                    .journalEntryAdded, by: account.id, on: .journalEntry, id, in: (.project, project.id),
                    audience: audience, at: now)
            }
        } catch let invalid as InvalidDraft<JournalDraft.Field> {
            return .invalid(invalid.problems)
        }
        guard let saved = try await store.journalEntry(id: id, projectID: project.id) else {
            throw ActionRefusal.notFound
        }
        return .saved(saved)
    }

    // MARK: Gates

    enum DecisionOutcome: Sendable {
        case decided(GateDecision)
        case refused(GateRules.Problem)
    }

    /// Records a gate decision. `expecting` is the phase the decider saw.
    func decide(projectID: Int, _ draft: GateDecisionDraft, expecting: ProjectPhase?) async throws -> DecisionOutcome {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        let (project, relation) = try await visible(projectID)
        let now = context.now
        let actor = context.actor
        let id: Int
        do {
            id = try await context.recording { db in
                try await ProjectStore(database: db).decide(
                    projectID: project.id, draft, actor: actor, relation: relation, expecting: expecting, now: now)
            } activity: { id in
                Activity(
                    .gateDecided, by: account.id, on: .gateDecision, id, in: (.project, project.id),
                    audience: .init(project), at: now)
            }
        } catch ProjectError.gate(.forbidden) {
            throw ActionRefusal.notAllowed
        } catch ProjectError.gate(let problem) {
            return .refused(problem)
        }
        guard let decision = try await store.gateDecision(id: id, projectID: project.id) else {
            throw ActionRefusal.notFound
        }
        return .decided(decision)
    }

    // MARK: Helpers

    private func detail(_ id: Int) async throws -> ProjectDetail {
        guard let project = try await store.project(id: id) else { throw ActionRefusal.notFound }
        return project
    }

    /// A change to a project that answers the project as it is afterwards (or the store's value).
    private func change<Value: Sendable, Field>(
        _ project: ProjectDetail, _ kind: ActivityKind, audience: ActivityAudience? = nil,
        _ write: @escaping @Sendable (ProjectStore) async throws -> Value
    ) async throws -> Outcome<Value, Field> {
        let accountID = context.account?.id
        let now = context.now
        let audience = audience ?? ActivityAudience(project)
        do {
            let value = try await context.recording { db in
                try await write(ProjectStore(database: db))
            } activity: { _ in
                Activity(kind, by: accountID, on: .project, project.id, audience: audience, at: now)
            }
            return .saved(value)
        } catch let invalid as InvalidDraft<Field> {
            return .invalid(invalid.problems)
        }
    }

    private func change<Field>(
        _ project: ProjectDetail, _ kind: ActivityKind, audience: ActivityAudience? = nil,
        _ write: @escaping @Sendable (ProjectStore) async throws -> Void
    ) async throws -> Outcome<ProjectDetail, Field> {
        let outcome: Outcome<Bool, Field> = try await change(project, kind, audience: audience) { store in
            try await write(store)
            return true
        }
        switch outcome {
        case .saved: return .saved(try await detail(project.id))
        case .invalid(let problems): return .invalid(problems)
        }
    }
}

extension ProjectActions.Outcome {
    /// The saved value read back (nil from `read`: gone meanwhile, 404).
    func map<Other: Sendable>(_ read: (Value) async throws -> Other?) async throws
        -> ProjectActions.Outcome<Other, Field>
    {
        switch self {
        case .saved(let value):
            guard let other = try await read(value) else { throw ActionRefusal.notFound }
            return .saved(other)
        case .invalid(let problems):
            return .invalid(problems)
        }
    }
}

extension ActivityAudience {
    init(_ visibility: ProjectVisibility) {
        self = visibility == .public ? .public : .internal
    }

    init(_ project: ProjectDetail) {
        self.init(project.card.visibility)
    }
}
