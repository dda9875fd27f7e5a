import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor
import Fluent

/// `/api/v1/projects…`: the accelerator. Internal projects answer 404 to callers who may not see them, and
/// internal journal entries never leave the server for them.
extension APIHandler {
    func listProjects(_ input: Operations.ListProjects.Input) async throws -> Operations.ListProjects.Output {
        let req = try APIContext.current()
        let query = input.query
        try APIError.checkPaging(page: query.page, per: query.per, maximumPer: ProjectStore.maximumPerPage, req.t)
        let filter = ProjectFilter(
            phase: query.phase.flatMap { ProjectPhase(rawValue: $0.rawValue) },
            outcome: query.outcome.flatMap { ProjectOutcome(rawValue: $0.rawValue) },
            themeSlug: query.theme, organizationID: query.organization)
        let scope = ProjectScope(req.actor)
        let (number, per) = (query.page ?? 1, query.per ?? 20)
        let page = try await req.sharedRead("projects.page \(scope.sharedKey) \(filter.sharedKey) \(number) \(per)") {
            try await ProjectStore(database: req.db).list(filter, scope: scope, page: number, per: per)
        }
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: page.cards.map { Self.summary($0, req.t) }, total: page.total, page: page.page,
                        per: page.per))))
    }

    func createProject(_ input: Operations.CreateProject.Input) async throws -> Operations.CreateProject.Output {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let draft = ProjectDraft(
            title: body.title, what: body.what ?? "", why: body.why ?? "", how: body.how ?? "",
            organizationIDs: body.organizationIds,
            themeIDs: try await Self.themeIDs(body.themes ?? [], req), visibility: Self.domain(body.visibility),
            leadID: body.leadId, coachID: body.coachId ?? ProjectDraft.defaultCoachID(for: req.actor),
            estimatedBudget: body.estimatedBudget)
        switch try await Self.actions(req).start(draft, fromIdea: body.ideaId) {
        case .started(let project):
            return .created(.init(body: .json(Self.project(project, req.t))))
        case .ideaNotAvailable:
            var errors = FormErrors()
            errors.add("ideaId", req.t(.projectIdeaTaken))
            throw APIError.validation(errors, req.t)
        case .invalid(let problems):
            throw Self.validation(problems, ProjectMessages.projectLabels, req.t)
        }
    }

    private static func actions(_ req: Request) -> ProjectActions { ProjectActions(context: req.actionContext) }

    func getProject(_ input: Operations.GetProject.Input) async throws -> Operations.GetProject.Output {
        let req = try APIContext.current()
        let (project, _) = try await Self.actions(req).visible(input.path.id, forShowing: true)
        return .ok(.init(body: .json(Self.project(project, req.t))))
    }

    func updateProject(_ input: Operations.UpdateProject.Input) async throws -> Operations.UpdateProject.Output {
        let req = try APIContext.current()
        let (project, _) = try await Self.actions(req).editable(input.path.id)
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let current = project.draft
        let draft = ProjectDraft(
            title: body.title ?? current.title, what: body.what ?? current.what, why: body.why ?? current.why,
            how: body.how ?? current.how, organizationIDs: body.organizationIds ?? current.organizationIDs,
            themeIDs: try await body.themes.asyncFlatMap { try await Self.themeIDs($0, req) } ?? current.themeIDs,
            visibility: body.visibility.map(Self.domain) ?? current.visibility, leadID: body.leadId ?? current.leadID,
            coachID: body.coachId ?? current.coachID, estimatedBudget: body.estimatedBudget ?? current.estimatedBudget)
        // Everything is checked before anything is saved: a PATCH applies whole or not at all.
        switch try await Self.actions(req).edit(projectID: project.id, draft, noticeURL: body.procurementNoticeUrl) {
        case .saved(let updated):
            return .ok(.init(body: .json(Self.project(updated, req.t))))
        case .forbidden(let fields):
            let errors = ProjectMessages.frameErrors(fields, req.t)
            throw APIError(
                status: .forbidden, code: "forbidden", message: req.t(.apiForbidden),
                fields: APIError.fields(errors, naming: Self.camelCase))
        case .noticeNotApplicable:
            var errors = FormErrors()
            errors.add("procurementNoticeUrl", req.t(.outcomeNoticeOnlyProcurement))
            throw APIError.validation(errors, req.t)
        case .invalid(let problems):
            throw Self.validation(
                problems, ProjectMessages.projectLabels + [(.procurementNoticeURL, .outcomeNoticeLabel)], req.t)
        }
    }

    func recordGateDecision(_ input: Operations.RecordGateDecision.Input) async throws
        -> Operations.RecordGateDecision.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let (project, _) = try await Self.actions(req).visible(input.path.id)
        guard case .json(let body) = input.body, let kind = GateDecisionKind(rawValue: body.decision.rawValue) else {
            throw Abort(.unsupportedMediaType)
        }
        let draft = GateDecisionDraft(
            kind: kind, toPhase: body.toPhase.flatMap { ProjectPhase(rawValue: $0.rawValue) },
            outcome: kind == .stop ? .stopped : body.outcome.flatMap { ProjectOutcome(rawValue: $0.rawValue) },
            rationale: body.rationale, lessonsLearned: body.lessonsLearned ?? "", evidence: body.evidence ?? [],
            details: OutcomeDetails(
                takenOverBy: body.takenOverBy ?? "", partnerOrganizationID: body.partnerOrganizationId,
                contributions: body.contributions ?? "",
                marketDialogue: body.marketDialogue.flatMap { MarketDialogue(rawValue: $0.rawValue) },
                requirementsSummary: body.requirementsSummary ?? "", noticeURL: body.noticeUrl ?? ""))
        let outcome = try await Self.actions(req).decide(
            projectID: project.id, draft, expecting: body.fromPhase.flatMap { ProjectPhase(rawValue: $0.rawValue) })
        switch outcome {
        case .decided(let decision):
            return .created(.init(body: .json(Self.gate(decision, req.t))))
        case .refused(.notAllowed):
            throw APIError(status: .conflict, code: "transition_not_allowed", message: req.t(.gateErrorNotAllowed))
        case .refused(let problem):
            let errors = ProjectMessages.gateErrors(problem, req.t)
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: APIError.fields(errors, naming: Self.camelCase))
        }
    }

    func listExperiments(_ input: Operations.ListExperiments.Input) async throws -> Operations.ListExperiments.Output {
        let req = try APIContext.current()
        let (project, _) = try await Self.actions(req).visible(input.path.id, forShowing: true)
        return .ok(
            .init(
                body: .json(
                    try await req.sharedRead("project.experiments \(project.id)") {
                        try await ProjectStore(database: req.db).experiments(projectID: project.id)
                    }.map(Self.experiment))))
    }

    func createExperiment(_ input: Operations.CreateExperiment.Input) async throws -> Operations.CreateExperiment.Output
    {
        let req = try APIContext.current()
        let (project, _) = try await Self.actions(req).editable(input.path.id)
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        var unreadable = FieldProblems<ExperimentDraft.Field>()
        let phase = project.card.stage.phase
        let draft = ExperimentDraft(
            phase: body.phase.flatMap { ProjectPhase(rawValue: $0.rawValue) } ?? phase, hypothesis: body.hypothesis,
            method: Self.method(body.method, into: &unreadable), methodOther: body.methodOther ?? "",
            successCriterion: body.successCriterion,
            participants: body.participants, result: body.result.flatMap { ExperimentResult(rawValue: $0.rawValue) },
            learning: body.learning ?? "", startedOn: FormInput.day(body.startedOn, .startedOn, into: &unreadable),
            endedOn: FormInput.day(body.endedOn ?? "", .endedOn, into: &unreadable))
        switch try await Self.actions(req).saveExperiment(projectID: project.id, draft, unreadable: unreadable) {
        case .saved(let experiment): return .created(.init(body: .json(Self.experiment(experiment))))
        case .invalid(let problems): throw Self.validation(problems, ProjectMessages.experimentLabels, req.t)
        }
    }

    func listJournal(_ input: Operations.ListJournal.Input) async throws -> Operations.ListJournal.Output {
        let req = try APIContext.current()
        let actions = Self.actions(req)
        let (project, relation) = try await actions.visible(input.path.id, forShowing: true)
        let timeline = try await actions.timeline(of: project, relation: relation)
        return .ok(
            .init(
                body: .json(
                    timeline.compactMap { entry in
                        if case .journal(let journal) = entry { return Self.journal(journal, req.t) }
                        return nil
                    })))
    }

    func createJournalEntry(_ input: Operations.CreateJournalEntry.Input) async throws
        -> Operations.CreateJournalEntry.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let draft = JournalDraft(
            kind: JournalKind(rawValue: body.kind.rawValue) ?? .note, title: body.title, body: body.body,
            link: body.link ?? "",
            visibility: Self.domain(body.visibility))
        switch try await Self.actions(req).addJournalEntry(projectID: input.path.id, draft) {
        case .saved(let entry): return .created(.init(body: .json(Self.journal(entry, req.t))))
        case .invalid(let problems): throw Self.validation(problems, ProjectMessages.journalLabels, req.t)
        }
    }

    func listEffectGoals(_ input: Operations.ListEffectGoals.Input) async throws -> Operations.ListEffectGoals.Output {
        let req = try APIContext.current()
        let (project, _) = try await Self.actions(req).visible(input.path.id, forShowing: true)
        return .ok(.init(body: .json(project.goals.map(Self.goal))))
    }

    func createEffectGoal(_ input: Operations.CreateEffectGoal.Input) async throws -> Operations.CreateEffectGoal.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let draft = EffectGoalDraft(
            what: body.what, forWhom: body.forWhom, measure: body.measure, baseline: body.baseline ?? "",
            target: body.target)
        switch try await Self.actions(req).addGoal(projectID: input.path.id, draft) {
        case .saved(let goal): return .created(.init(body: .json(Self.goal(goal))))
        case .invalid(let problems): throw Self.validation(problems, ProjectMessages.goalLabels, req.t)
        }
    }

    func getProjectTimeline(_ input: Operations.GetProjectTimeline.Input) async throws
        -> Operations.GetProjectTimeline.Output
    {
        let req = try APIContext.current()
        let actions = Self.actions(req)
        let (project, relation) = try await actions.visible(input.path.id, forShowing: true)
        let timeline = try await actions.timeline(of: project, relation: relation)
        return .ok(
            .init(
                body: .json(
                    timeline.map { entry in
                        switch entry {
                        case .gate(let decision):
                            .init(_type: .gateDecision, date: entry.date, gateDecision: Self.gate(decision, req.t))
                        case .experiment(let experiment):
                            .init(_type: .experiment, date: entry.date, experiment: Self.experiment(experiment))
                        case .journal(let journal):
                            .init(_type: .journalEntry, date: entry.date, journalEntry: Self.journal(journal, req.t))
                        }
                    })))
    }

    // MARK: Mapping

    /// The API's enums carry the domain's raw values; a test checks that every case maps both ways.
    static func api<Value: RawRepresentable & CaseIterable>(_ value: some RawRepresentable<String>) -> Value
    where Value.RawValue == String {
        Value(rawValue: value.rawValue) ?? Value.allCases[Value.allCases.startIndex]
    }

    private static func domain(_ visibility: Components.Schemas.Visibility) -> ProjectVisibility {
        ProjectVisibility(rawValue: visibility.rawValue) ?? .internal
    }

    static func camelCase(_ field: String) -> String {
        let parts = field.split(separator: "_")
        return (parts.first.map(String.init) ?? "")
            + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A 422 with each problem at the API's (camelCase) name of its field.
    private static func validation<Field>(
        _ problems: FieldProblems<Field>, _ labels: ProjectMessages.Labels<Field>, _ t: Localizer
    )
        -> APIError
    {
        let errors = ProjectMessages.errors(problems, labels, t)
        return APIError(
            status: .unprocessableEntity, code: "validation_failed", message: t(.apiValidation),
            fields: APIError.fields(errors, naming: camelCase))
    }

    private static func themeIDs(_ slugs: [String], _ req: Request) async throws -> [Int] {
        guard
            let ids = try await ThemeChoice.slugs(slugs).ids(among: { try await IdeaStore(database: req.db).themes() })
        else {
            var errors = FormErrors()
            errors.add("themes", req.t(.fieldThemesMissing))
            throw APIError.validation(errors, req.t)
        }
        return ids
    }

    private static func person(_ person: ProjectPerson, _ t: Localizer) -> Components.Schemas.Person {
        .init(id: person.id, name: person.name ?? t(.deletedUser))
    }

    static func summary(_ card: ProjectCard, _ t: Localizer) -> Components.Schemas.ProjectSummary {
        .init(
            id: card.id, title: card.title, visibility: api(card.visibility), phase: api(card.stage.phase),
            outcome: card.stage.outcome.map { api($0) },
            progress: card.stage.progress, phaseStartedAt: card.phaseStartedAt, organizations: card.organizations,
            themes: card.themes.map(\.slug),
            ideaId: card.ideaID, coach: card.coachID.map { person(ProjectPerson(id: $0, name: card.coachName), t) })
    }

    static func project(_ project: ProjectDetail, _ t: Localizer) -> Components.Schemas.Project {
        let card = project.card
        let details = project.outcome
        let outcome: Components.Schemas.OutcomeDetails? = card.stage.outcome.map { _ in
            .init(
                takenOverBy: details.takenOverBy.isEmpty ? nil : details.takenOverBy,
                partnerOrganizationId: details.partnerOrganizationID,
                partnerName: project.partnerName,
                contributions: details.contributions.isEmpty ? nil : details.contributions,
                marketDialogue: details.marketDialogue.map { api($0) },
                requirementsSummary: details.requirementsSummary.isEmpty ? nil : details.requirementsSummary,
                noticeUrl: details.noticeURL.isEmpty ? nil : details.noticeURL, lessonsLearned: project.lessonsLearned)
        }
        return .init(
            id: card.id, title: card.title, what: project.what, why: project.why, how: project.how,
            visibility: api(card.visibility),
            phase: api(card.stage.phase), outcome: card.stage.outcome.map { api($0) }, progress: card.stage.progress,
            phaseStartedAt: card.phaseStartedAt,
            organizationIds: project.organizationIDs, organizations: card.organizations,
            themes: card.themes.map(\.slug), ideaId: card.ideaID,
            lead: project.lead.map { person($0, t) }, coach: project.coach.map { person($0, t) },
            members: project.members.map {
                .init(person: person($0.person, t), role: api($0.role), roleText: $0.role == .other ? $0.roleText : nil)
            },
            effectGoals: project.goals.map(goal),
            money: .init(
                estimatedBudget: project.estimatedBudget, granted: project.granted, spent: project.spent,
                entries: project.funds.map {
                    .init(
                        kind: api($0.kind), amount: $0.amount, date: $0.day.iso, source: $0.source, comment: $0.comment)
                }),
            outcomeDetails: outcome)
    }

    static func goal(_ goal: EffectGoal) -> Components.Schemas.EffectGoal {
        .init(
            id: goal.id, what: goal.goal.what, forWhom: goal.goal.forWhom, measure: goal.goal.measure,
            baseline: goal.goal.baseline,
            target: goal.goal.target, reachedOn: goal.reachedOn?.iso,
            reachedComment: goal.reachedOn == nil ? nil : goal.reachedComment)
    }

    /// The method an experiment names; one no method can have is reported at the field.
    private static func method(_ slug: String, into problems: inout FieldProblems<ExperimentDraft.Field>)
        -> ExperimentMethod
    {
        if let method = ExperimentMethod(rawValue: slug) { return method }
        problems[.method] = .invalid
        return .other
    }

    static func experiment(_ experiment: Experiment) -> Components.Schemas.Experiment {
        let draft = experiment.draft
        return .init(
            id: experiment.id, phase: api(draft.phase), hypothesis: draft.hypothesis, method: draft.method.rawValue,
            methodOther: draft.method.isOther ? draft.methodOther : nil,
            successCriterion: draft.successCriterion, participants: draft.participants,
            result: draft.result.map { api($0) },
            learning: draft.learning, startedOn: draft.startedOn?.iso ?? "", endedOn: draft.endedOn?.iso)
    }

    static func journal(_ entry: JournalEntry, _ t: Localizer) -> Components.Schemas.JournalEntry {
        .init(
            id: entry.id, phase: api(entry.phase), kind: api(entry.draft.kind), title: entry.draft.title,
            body: entry.draft.body,
            link: entry.draft.link.isEmpty ? nil : entry.draft.link, visibility: api(entry.draft.visibility),
            author: entry.authorName ?? t(.deletedUser), createdAt: entry.createdAt)
    }

    static func gate(_ decision: GateDecision, _ t: Localizer) -> Components.Schemas.GateDecision {
        .init(
            id: decision.id, decision: api(decision.kind), fromPhase: api(decision.from),
            toPhase: api(decision.to.phase),
            outcome: decision.to.outcome.map { api($0) }, rationale: decision.rationale,
            lessonsLearned: decision.lessonsLearned,
            evidence: decision.evidence, decidedBy: decision.decidedBy ?? t(.deletedUser), decidedAt: decision.decidedAt
        )
    }
}
