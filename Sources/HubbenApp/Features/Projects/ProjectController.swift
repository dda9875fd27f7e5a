import Foundation
import HubbenCore
import Vapor
import Fluent

/// Projects on the web: the portfolio board, the Atom feed, one project and every form that changes it.
struct ProjectController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let projects = routes.grouped("projects")
        projects.get(use: board)
        projects.get("feed.atom", use: feed)
        projects.get("new", use: newForm)
        projects.post(use: create)
        projects.get(":id", use: show)
        projects.get(":id", "edit", use: editForm)
        projects.post(":id", "edit", use: update)
        projects.post(":id", "notice", use: saveNoticeURL)
        projects.get(":id", "team", use: teamPage)
        projects.post(":id", "team", use: addMember)
        projects.post(":id", "team", ":account", "remove", use: removeMember)
        projects.get(":id", "goals", "new", use: goalForm)
        projects.post(":id", "goals", "new", use: addGoal)
        projects.get(":id", "goals", ":goal", "reached", use: reachedForm)
        projects.post(":id", "goals", ":goal", "reached", use: markReached)
        projects.get(":id", "funds", "new", use: fundForm)
        projects.post(":id", "funds", "new", use: addFund)
        projects.get(":id", "experiments", "new", use: experimentForm)
        projects.post(":id", "experiments", "new", use: addExperiment)
        projects.get(":id", "experiments", ":experiment", "edit", use: experimentEditForm)
        projects.post(":id", "experiments", ":experiment", "edit", use: updateExperiment)
        projects.get(":id", "journal", "new", use: journalForm)
        projects.post(":id", "journal", "new", use: addJournalEntry)
        projects.get(":id", "gate", use: gateForm)
        projects.post(":id", "gate", use: decide)
    }

    // MARK: Reading

    /// Reads the board's filters leniently: anything unknown is ignored.
    static func filter(_ req: Request) -> ProjectFilter {
        ProjectFilter(
            phase: req.query[String.self, at: "phase"].flatMap(ProjectPhase.init(rawValue:)),
            outcome: req.query[String.self, at: "outcome"].flatMap(ProjectOutcome.init(rawValue:)),
            themeSlug: req.query[String.self, at: "theme"].flatMap { $0.isEmpty ? nil : $0 },
            organizationID: req.query[String.self, at: "organization"].flatMap { Int($0) },
            coachID: req.query[String.self, at: "coach"].flatMap { Int($0) })
    }

    func board(req: Request) async throws -> Response {
        let filter = Self.filter(req)
        let store = ProjectStore(database: req.db)
        let scope = ProjectScope(req.actor)
        let columnMode = filter.phase != nil || filter.outcome != nil
        let page = Paging(page: req.query[Int.self, at: "page"], per: nil).page
        let model = ProjectPages.BoardModel(
            filter: filter,
            counts: try await store.counts(
                ProjectFilter(
                    themeSlug: filter.themeSlug, organizationID: filter.organizationID,
                    coachID: filter.coachID), scope: scope),
            columns: columnMode ? [:] : try await store.board(filter, scope: scope, perColumn: 12),
            page: columnMode ? try await store.list(filter, scope: scope, page: page, per: 24) : nil,
            themes: try await IdeaStore(database: req.db).themes(),
            organizations: try await OrganizationStore(database: req.db).all(),
            coaches: try await store.coaches(), canStart: Authorization.canStartProject(req.actor), now: req.now)
        return HTMLResponse.make(ProjectPages.board(model, req.t), for: req)
    }

    func feed(req: Request) async throws -> Response {
        let entries = try await ProjectStore(database: req.db).publicFeed(limit: 50)
        let base = req.application.hubben.absoluteBaseURL(req.application)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=60")
        return Response(
            status: .ok, headers: headers,
            body: .init(string: ProjectFeed.atom(entries, baseURL: base, now: req.now, req.t)))
    }

    private func actions(_ req: Request) -> ProjectActions { ProjectActions(context: req.actionContext) }

    /// The project named by the path, if the viewer may see it (404 otherwise, so that existence does not leak).
    private func project(_ req: Request) async throws -> (ProjectDetail, ProjectRelation) {
        try await actions(req).visible(try req.idParameter())
    }

    /// The project, for someone who may change it.
    private func editable(_ req: Request) async throws -> (ProjectDetail, Account) {
        _ = try req.requireAccount()
        return try await actions(req).editable(try req.idParameter())
    }

    func show(req: Request) async throws -> Response {
        let (project, relation) = try await project(req)
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "created": req.t(.projectCreated)
            case "saved": req.t(.accountSaved)
            case "gate": req.t(.gateSaved)
            default: nil
            }
        return try await page(req, project, relation: relation, notice: notice)
    }

    private func page(
        _ req: Request, _ project: ProjectDetail, relation: ProjectRelation, notice: String? = nil,
        noticeURLErrors: FormErrors = FormErrors()
    ) async throws -> Response {
        let timeline = try await actions(req).timeline(of: project, relation: relation)
        let model = ProjectPages.ShowModel(
            project: project, timeline: timeline, canEdit: Authorization.canEdit(req.actor, relation: relation),
            canManageTeam: Authorization.canManageTeam(req.actor, relation: relation),
            canGate: Authorization.canRecordGate(req.actor, relation: relation), notice: notice,
            csrf: req.browserSession?.csrfToken,
            noticeURLErrors: noticeURLErrors, now: req.now)
        return HTMLResponse.make(
            ProjectPages.show(model, req.t), for: req, status: noticeURLErrors.isEmpty ? .ok : .unprocessableEntity)
    }

    // MARK: Form plumbing

    private func values(_ req: Request, _ fields: [String], lists: [String] = []) -> ProjectForms.Values {
        var values = ProjectForms.Values()
        for field in fields { values.text[field] = (try? req.content.get(String.self, at: field)) ?? "" }
        for list in lists { values.chosen[list] = Set((try? req.content.get([Int].self, at: list)) ?? []) }
        return values
    }

    private func context(_ req: Request, _ project: ProjectDetail?, errors: FormErrors = FormErrors())
        -> ProjectForms.Context
    {
        ProjectForms.Context(
            projectID: project?.id, projectTitle: project?.card.title, errors: errors, csrf: CSRF.token(for: req),
            t: req.t)
    }

    private func respond(_ req: Request, _ page: Page, errors: FormErrors) -> Response {
        HTMLResponse.make(page, for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private func done(_ req: Request, _ projectID: Int, anchor: String = "", done: String = "saved") -> Response {
        req.redirect(to: "/projects/\(projectID)?done=\(done)\(anchor)", redirectType: .normal)
    }

    // MARK: The project itself

    private static let projectFields = [
        "title", "what", "why", "how", "visibility", "lead_id", "coach_id", "estimated_budget", "idea_id",
    ]

    private func choices(_ req: Request) async throws -> ProjectForms.Choices {
        let store = ProjectStore(database: req.db)
        return ProjectForms.Choices(
            organizations: try await OrganizationStore(database: req.db).all(),
            themes: try await IdeaStore(database: req.db).themes(),
            people: try await store.people(), coaches: try await store.people(roles: [.coach, .admin]))
    }

    func newForm(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        guard Authorization.canStartProject(req.actor) else { throw Abort(.forbidden) }
        var values = ProjectForms.Values()
        values.text["visibility"] = "public"
        if req.actor.has(.coach) { values.text["coach_id"] = "\(account.id)" }
        var ideaID: Int?
        if let id = req.query[Int.self, at: "idea"], let idea = try await IdeaStore(database: req.db).idea(id: id),
            idea.status == .accepted
        {
            guard Authorization.canStartProject(req.actor, fromIdeaWith: idea.status) else { throw Abort(.forbidden) }
            ideaID = id
            values.text["title"] = idea.title
            values.text["what"] = idea.summary
            values.text["why"] = idea.need
            values.chosen["themes"] = Set(idea.themes.map(\.id))
        }
        return HTMLResponse.make(
            ProjectForms.project(values, choices: try await choices(req), ideaID: ideaID, context(req, nil)), for: req)
    }

    func create(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let values = values(req, Self.projectFields, lists: ["organizations", "themes"])
        let ideaID = Int(values["idea_id"])
        var unreadable = FieldProblems()
        let draft = Self.projectDraft(values, problems: &unreadable)
        switch try await actions(req).start(draft, fromIdea: ideaID, unreadable: unreadable) {
        case .started(let project):
            return done(req, project.id, done: "created")
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.projectLabels, req.t)
            return respond(
                req,
                ProjectForms.project(
                    values, choices: try await choices(req), ideaID: ideaID, context(req, nil, errors: errors)),
                errors: errors)
        case .ideaNotAvailable:
            var errors = FormErrors()
            errors.add("title", req.t(.projectIdeaTaken))
            return respond(
                req,
                ProjectForms.project(
                    values, choices: try await choices(req), ideaID: nil, context(req, nil, errors: errors)),
                errors: errors)
        }
    }

    static func projectDraft(_ values: ProjectForms.Values, problems: inout FieldProblems) -> ProjectDraft {
        ProjectDraft(
            title: values["title"], what: values["what"], why: values["why"], how: values["how"],
            organizationIDs: (values.chosen["organizations"] ?? []).sorted(),
            themeIDs: (values.chosen["themes"] ?? []).sorted(),
            visibility: ProjectVisibility(rawValue: values["visibility"]) ?? .internal,
            leadID: FormInput.int(values["lead_id"], "lead_id", into: &problems),
            coachID: FormInput.int(values["coach_id"], "coach_id", into: &problems),
            estimatedBudget: FormInput.int(values["estimated_budget"], "estimated_budget", into: &problems))
    }

    func editForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let draft = project.draft
        var values = ProjectForms.Values()
        values.text = [
            "title": draft.title, "what": draft.what, "why": draft.why, "how": draft.how,
            "visibility": draft.visibility.rawValue,
            "lead_id": draft.leadID.map(String.init) ?? "", "coach_id": draft.coachID.map(String.init) ?? "",
            "estimated_budget": draft.estimatedBudget.map(String.init) ?? "",
        ]
        values.chosen = ["organizations": Set(draft.organizationIDs), "themes": Set(draft.themeIDs)]
        return HTMLResponse.make(
            ProjectForms.project(values, choices: try await choices(req), ideaID: nil, context(req, project)), for: req)
    }

    func update(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, Self.projectFields, lists: ["organizations", "themes"])
        var unreadable = FieldProblems()
        let draft = Self.projectDraft(values, problems: &unreadable)
        func form(_ errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
            HTMLResponse.make(
                ProjectForms.project(
                    values, choices: try await choices(req), ideaID: nil, context(req, project, errors: errors)),
                for: req, status: status)
        }
        switch try await actions(req).edit(projectID: project.id, draft, unreadable: unreadable) {
        case .saved: return done(req, project.id)
        case .forbidden(let fields):
            return try await form(ProjectMessages.frameErrors(fields, req.t), status: .forbidden)
        case .invalid(let problems):
            return try await form(
                ProjectMessages.errors(problems, ProjectMessages.projectLabels, req.t), status: .unprocessableEntity)
        case .noticeNotApplicable: throw Abort(.conflict)
        }
    }

    func saveNoticeURL(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let url = (try? req.content.get(String.self, at: "notice_url")) ?? ""
        switch try await actions(req).setNoticeURL(projectID: project.id, url) {
        case .saved: return done(req, project.id, anchor: "#outcome-heading")
        // Only a project routed to procurement has a notice: for any other the request conflicts with its state.
        case .noticeNotApplicable, .forbidden: throw Abort(.conflict)
        case .invalid(let problems):
            var shown = project
            shown.outcome.noticeURL = url
            return try await page(
                req, shown, relation: project.relation(of: req.account?.id),
                noticeURLErrors: ProjectMessages.errors(problems, [("notice_url", .outcomeNoticeLabel)], req.t))
        }
    }

    // MARK: Team

    func teamPage(req: Request) async throws -> Response {
        let project = try await teamManageable(req)
        return HTMLResponse.make(
            ProjectForms.team(
                project, values: .init(), people: try await ProjectStore(database: req.db).people(),
                context(req, project)), for: req)
    }

    /// The project, for someone who may change its lead and team.
    private func teamManageable(_ req: Request) async throws -> ProjectDetail {
        _ = try req.requireAccount()
        return try await actions(req).teamManageable(try req.idParameter())
    }

    func addMember(req: Request) async throws -> Response {
        let project = try await teamManageable(req)
        let values = values(req, ["account_id", "role", "role_text"])
        let outcome = try await actions(req).setMember(
            projectID: project.id, accountID: Int(values["account_id"]),
            role: ProjectMemberRole(rawValue: values["role"]), roleText: values["role_text"])
        switch outcome {
        case .saved:
            return req.redirect(to: "/projects/\(project.id)/team", redirectType: .normal)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.teamLabels, req.t)
            return respond(
                req,
                ProjectForms.team(
                    project, values: values, people: try await ProjectStore(database: req.db).people(),
                    context(req, project, errors: errors)),
                errors: errors)
        }
    }

    func removeMember(req: Request) async throws -> Response {
        let project = try await teamManageable(req)
        guard let accountID = req.parameters.get("account", as: Int.self) else { throw Abort(.notFound) }
        _ = try await actions(req).removeMember(projectID: project.id, accountID: accountID)
        return req.redirect(to: "/projects/\(project.id)/team", redirectType: .normal)
    }

    // MARK: Goals and money

    private static let goalFields = ["what", "for_whom", "measure", "baseline", "target"]

    func goalForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        return HTMLResponse.make(ProjectForms.goal(.init(), context(req, project)), for: req)
    }

    func addGoal(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, Self.goalFields)
        let goal = EffectGoalDraft(
            what: values["what"], forWhom: values["for_whom"], measure: values["measure"], baseline: values["baseline"],
            target: values["target"])
        switch try await actions(req).addGoal(projectID: project.id, goal) {
        case .saved: return done(req, project.id)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.goalLabels, req.t)
            return respond(req, ProjectForms.goal(values, context(req, project, errors: errors)), errors: errors)
        }
    }

    private func goal(_ req: Request, _ project: ProjectDetail) throws -> EffectGoal {
        guard let id = req.parameters.get("goal", as: Int.self), let goal = project.goals.first(where: { $0.id == id })
        else { throw Abort(.notFound) }
        return goal
    }

    func reachedForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        values.text["reached_on"] = Day(req.now).iso
        return HTMLResponse.make(
            ProjectForms.goalReached(try goal(req, project), values: values, context(req, project)), for: req)
    }

    func markReached(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let goal = try goal(req, project)
        let values = values(req, ["reached_on", "reached_comment"])
        var unreadable = FieldProblems()
        let reached = GoalReachedDraft(
            date: FormInput.day(values["reached_on"], "reached_on", into: &unreadable),
            comment: values["reached_comment"])
        switch try await actions(req).markGoalReached(
            projectID: project.id, goalID: goal.id, reached, unreadable: unreadable)
        {
        case .saved: return done(req, project.id)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.reachedLabels, req.t)
            return respond(
                req, ProjectForms.goalReached(goal, values: values, context(req, project, errors: errors)),
                errors: errors)
        }
    }

    func fundForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        values.text["date"] = Day(req.now).iso
        return HTMLResponse.make(ProjectForms.fund(values, context(req, project)), for: req)
    }

    func addFund(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, ["kind", "amount", "date", "source", "comment"])
        var unreadable = FieldProblems()
        let fund = FundDraft(
            kind: FundKind(rawValue: values["kind"]) ?? .spent,
            amount: FormInput.int(values["amount"], "amount", into: &unreadable),
            date: FormInput.day(values["date"], "date", into: &unreadable), source: values["source"],
            comment: values["comment"])
        switch try await actions(req).addFund(projectID: project.id, fund, unreadable: unreadable) {
        case .saved: return done(req, project.id)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.fundLabels, req.t)
            return respond(req, ProjectForms.fund(values, context(req, project, errors: errors)), errors: errors)
        }
    }

    // MARK: Experiments and journal

    private static let experimentFields = [
        "phase", "hypothesis", "method", "success_criterion", "participants", "result", "learning",
        "started_on", "ended_on",
    ]

    static func experimentDraft(
        _ values: ProjectForms.Values, currentPhase: ProjectPhase, problems: inout FieldProblems
    ) -> ExperimentDraft {
        ExperimentDraft(
            phase: ProjectPhase(rawValue: values["phase"]) ?? currentPhase, hypothesis: values["hypothesis"],
            method: ExperimentMethod(rawValue: values["method"]) ?? .other,
            successCriterion: values["success_criterion"],
            participants: FormInput.int(values["participants"], "participants", into: &problems),
            result: ExperimentResult(rawValue: values["result"]), learning: values["learning"],
            startedOn: FormInput.day(values["started_on"], "started_on", into: &problems),
            endedOn: FormInput.day(values["ended_on"], "ended_on", into: &problems))
    }

    func experimentForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        values.text = ["phase": project.card.stage.phase.rawValue, "started_on": Day(req.now).iso]
        return HTMLResponse.make(
            ProjectForms.experiment(
                values, currentPhase: project.card.stage.phase, experimentID: nil, context(req, project)),
            for: req)
    }

    func addExperiment(req: Request) async throws -> Response {
        try await saveExperiment(req, experimentID: nil)
    }

    func experimentEditForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        guard let id = req.parameters.get("experiment", as: Int.self),
            let experiment = try await ProjectStore(database: req.db).experiments(projectID: project.id).first(where: {
                $0.id == id
            })
        else {
            throw Abort(.notFound)
        }
        let draft = experiment.draft
        var values = ProjectForms.Values()
        values.text = [
            "phase": draft.phase.rawValue, "hypothesis": draft.hypothesis, "method": draft.method.rawValue,
            "success_criterion": draft.successCriterion, "participants": draft.participants.map(String.init) ?? "",
            "result": draft.result?.rawValue ?? "", "learning": draft.learning,
            "started_on": draft.startedOn?.iso ?? "",
            "ended_on": draft.endedOn?.iso ?? "",
        ]
        return HTMLResponse.make(
            ProjectForms.experiment(
                values, currentPhase: project.card.stage.phase, experimentID: id, context(req, project)),
            for: req)
    }

    func updateExperiment(req: Request) async throws -> Response {
        guard let id = req.parameters.get("experiment", as: Int.self) else { throw Abort(.notFound) }
        return try await saveExperiment(req, experimentID: id)
    }

    private func saveExperiment(_ req: Request, experimentID: Int?) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, Self.experimentFields)
        let phase = project.card.stage.phase
        var unreadable = FieldProblems()
        let draft = Self.experimentDraft(values, currentPhase: phase, problems: &unreadable)
        switch try await actions(req).saveExperiment(
            projectID: project.id, experimentID: experimentID, draft, unreadable: unreadable)
        {
        case .saved(let experiment):
            return done(req, project.id, anchor: "#experiment-\(experiment.id)")
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.experimentLabels, req.t)
            return respond(
                req,
                ProjectForms.experiment(
                    values, currentPhase: phase, experimentID: experimentID, context(req, project, errors: errors)),
                errors: errors)
        }
    }

    func journalForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        values.text["visibility"] = project.card.visibility.rawValue
        return HTMLResponse.make(ProjectForms.journal(values, context(req, project)), for: req)
    }

    func addJournalEntry(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, ["kind", "title", "body", "link", "visibility"])
        let entry = JournalDraft(
            kind: JournalKind(rawValue: values["kind"]) ?? .note, title: values["title"], body: values["body"],
            link: values["link"], visibility: ProjectVisibility(rawValue: values["visibility"]) ?? .internal)
        switch try await actions(req).addJournalEntry(projectID: project.id, entry) {
        case .saved(let saved):
            return done(req, project.id, anchor: "#journal-\(saved.id)")
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.journalLabels, req.t)
            return respond(req, ProjectForms.journal(values, context(req, project, errors: errors)), errors: errors)
        }
    }

    // MARK: Gates

    private static let gateFields = [
        "from_phase", "decision", "to_phase", "rationale", "lessons_learned", "outcome", "taken_over_by", "partner",
        "contributions",
        "market_dialogue", "requirements_summary", "notice_url",
    ]

    private func gatePage(_ req: Request, _ project: ProjectDetail, values: ProjectForms.Values, errors: FormErrors)
        async throws -> Response
    {
        let store = ProjectStore(database: req.db)
        return respond(
            req,
            ProjectForms.gate(
                values, stage: project.card.stage, experiments: try await store.experiments(projectID: project.id),
                partners: try await OrganizationStore(database: req.db).organizations(of: .partner),
                context(req, project, errors: errors)), errors: errors)
    }

    private func gateable(_ req: Request) async throws -> (ProjectDetail, ProjectRelation) {
        _ = try req.requireAccount()
        return try await actions(req).gateable(try req.idParameter())
    }

    func gateForm(req: Request) async throws -> Response {
        let (project, _) = try await gateable(req)
        guard project.card.stage.isActive else { return done(req, project.id) }
        return try await gatePage(req, project, values: .init(), errors: FormErrors())
    }

    static func gateDraft(_ values: ProjectForms.Values) -> GateDecisionDraft? {
        guard let kind = GateDecisionKind(rawValue: values["decision"]) else { return nil }
        return GateDecisionDraft(
            kind: kind, toPhase: ProjectPhase(rawValue: values["to_phase"]),
            outcome: kind == .stop ? .stopped : ProjectOutcome(rawValue: values["outcome"]),
            rationale: values["rationale"], lessonsLearned: values["lessons_learned"],
            evidence: (values.chosen["evidence"] ?? []).sorted(),
            details: OutcomeDetails(
                takenOverBy: values["taken_over_by"], partnerOrganizationID: Int(values["partner"]),
                contributions: values["contributions"],
                marketDialogue: MarketDialogue(rawValue: values["market_dialogue"]),
                requirementsSummary: values["requirements_summary"], noticeURL: values["notice_url"]))
    }

    func decide(req: Request) async throws -> Response {
        let (project, _) = try await gateable(req)
        let values = values(req, Self.gateFields, lists: ["evidence"])
        guard let draft = Self.gateDraft(values) else {
            var errors = FormErrors()
            errors.add("decision", req.t(.gateErrorDecision))
            return try await gatePage(req, project, values: values, errors: errors)
        }
        switch try await actions(req).decide(
            projectID: project.id, draft, expecting: ProjectPhase(rawValue: values["from_phase"]))
        {
        case .decided: return done(req, project.id, anchor: "#timeline", done: "gate")
        case .refused(let problem):
            return try await gatePage(req, project, values: values, errors: ProjectMessages.gateErrors(problem, req.t))
        }
    }
}

/// Reading numbers and days from form fields: empty is nil, anything else unreadable is a problem at the field.
enum FormInput {
    static func int(_ text: String, _ field: String, into problems: inout FieldProblems) -> Int? {
        let digits = text.filter { !$0.isWhitespace }
        guard !digits.isEmpty else { return nil }
        guard let value = Int(digits) else {
            problems[field] = .unreadable
            return nil
        }
        return value
    }

    static func day(_ text: String, _ field: String, into problems: inout FieldProblems) -> Day? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let day = Day(text) else {
            problems[field] = .unreadable
            return nil
        }
        return day
    }
}
