import Foundation
import HubbenCore
import Vapor
import Fluent

/// Projects on the web: the portfolio board, the Atom feed, one project and every form that changes it.
struct ProjectController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ProjectPaths.list, use: board)
        routes.get(ProjectPaths.feed, use: feed)
        routes.get(ProjectPaths.new, use: newForm)
        routes.post(ProjectPaths.list, use: create)
        routes.get(ProjectPaths.show, use: show)
        routes.get(ProjectPaths.edit, use: editForm)
        routes.post(ProjectPaths.edit, use: update)
        routes.post(ProjectPaths.notice, use: saveNoticeURL)
        routes.get(ProjectPaths.team, use: teamPage)
        routes.post(ProjectPaths.team, use: addMember)
        routes.post(ProjectPaths.removeMember, use: removeMember)
        routes.get(ProjectPaths.newGoal, use: goalForm)
        routes.post(ProjectPaths.newGoal, use: addGoal)
        routes.get(ProjectPaths.goalReached, use: reachedForm)
        routes.post(ProjectPaths.goalReached, use: markReached)
        routes.get(ProjectPaths.newFund, use: fundForm)
        routes.post(ProjectPaths.newFund, use: addFund)
        routes.get(ProjectPaths.newExperiment, use: experimentForm)
        routes.post(ProjectPaths.newExperiment, use: addExperiment)
        routes.get(ProjectPaths.editExperiment, use: experimentEditForm)
        routes.post(ProjectPaths.editExperiment, use: updateExperiment)
        routes.get(ProjectPaths.newJournalEntry, use: journalForm)
        routes.post(ProjectPaths.newJournalEntry, use: addJournalEntry)
        routes.get(ProjectPaths.gate, use: gateForm)
        routes.post(ProjectPaths.gate, use: decide)
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
        let canStart = Authorization.allows(req.actor, ProjectAction.start)
        let columnMode = filter.phase != nil || filter.outcome != nil
        let page = Paging(page: req.query[Int.self, at: "page"], per: nil).page
        // The same for everyone with this scope: coaches share one board, anonymous visitors another.
        let board = try await req.sharedPage(
            "projects.board \(scope.sharedKey) \(canStart) \(filter.sharedKey) \(page)"
        ) {
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
                coaches: try await store.coaches(), canStart: canStart, now: req.now)
            return ProjectPages.board(model, req.t)
        }
        return HTMLResponse.make(board, for: req)
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

    func actions(_ req: Request) -> ProjectActions { ProjectActions(context: req.actionContext) }

    /// The project named by the path, if the viewer may see it (404 otherwise, so that existence does not leak).
    func project(_ req: Request, forShowing: Bool = false) async throws -> (ProjectDetail, ProjectRelation) {
        try await actions(req).visible(try req.idParameter(), forShowing: forShowing)
    }

    /// The project, for someone who may change it. A GET only shows a form, so it may read the project from
    /// what pages share; the POST it leads to reads it as it is.
    func editable(_ req: Request) async throws -> (ProjectDetail, Account) {
        _ = try req.requireAccount()
        return try await actions(req).editable(try req.idParameter(), forShowing: req.method == .GET)
    }

    func show(req: Request) async throws -> Response {
        let (project, relation) = try await project(req, forShowing: true)
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "created": req.t(.projectCreated)
            case "saved": req.t(.accountSaved)
            case "gate": req.t(.gateSaved)
            default: nil
            }
        return try await page(req, project, relation: relation, notice: notice)
    }

    func page(
        _ req: Request, _ project: ProjectDetail, relation: ProjectRelation, notice: String? = nil,
        noticeURLErrors: FormErrors = FormErrors()
    ) async throws -> Response {
        let timeline = try await actions(req).timeline(of: project, relation: relation)
        let model = ProjectPages.ShowModel(
            project: project, timeline: timeline,
            canEdit: Authorization.allows(req.actor, ProjectAction.edit(relation: relation)),
            canManageTeam: Authorization.allows(req.actor, ProjectAction.manageTeam(relation: relation)),
            canStaff: Authorization.allows(req.actor, PoolAction.staff),
            canGate: Authorization.allows(req.actor, ProjectAction.recordGate(relation: relation)), notice: notice,
            csrf: req.browserSession?.csrfToken,
            noticeURLErrors: noticeURLErrors, now: req.now,
            isFollowing: req.account == nil
                ? nil : try await NotificationActions(context: req.actionContext).followsProject(project.id),
            partnerTotals: try await PartnerActions(context: req.actionContext).projectTotals(project.id))
        guard noticeURLErrors.isEmpty else {
            return HTMLResponse.make(ProjectPages.show(model, req.t), for: req, status: .unprocessableEntity)
        }
        // Rendered once for everyone who sees the same: the same parts of the timeline, the same controls, the
        // same follow button and notice; each signed-in person's forms get their own token.
        let seesInternal = Authorization.allows(req.actor, ProjectAction.seeInternal(relation: relation))
        let controls = [seesInternal, model.canEdit, model.canManageTeam, model.canStaff, model.canGate]
            .map { $0 ? "1" : "0" }.joined()
        let following = model.isFollowing.map { $0 ? "following" : "not-following" } ?? "anonymous"
        let key = "project.page \(project.id) \(controls) \(following) \(notice ?? "")"
        let t = req.t
        let shown: Page
        if model.csrf == nil {
            shown = try await req.sharedPage(key) { [model] in ProjectPages.show(model, t) }
        } else {
            shown = try await req.sharedPageWithForms(key) { [model] csrf in
                var model = model
                model.csrf = csrf
                return ProjectPages.show(model, t)
            }
        }
        return HTMLResponse.make(shown, for: req)
    }

    // MARK: Form plumbing

    func values(_ req: Request, _ fields: [String], lists: [String] = []) -> ProjectForms.Values {
        var values = ProjectForms.Values()
        for field in fields { values.text[field] = (try? req.content.get(String.self, at: field)) ?? "" }
        for list in lists { values.chosen[list] = Set((try? req.content.get([Int].self, at: list)) ?? []) }
        return values
    }

    func context(_ req: Request, _ project: ProjectDetail?, errors: FormErrors = FormErrors())
        -> ProjectForms.Context
    {
        ProjectForms.Context(
            projectID: project?.id, projectTitle: project?.card.title, errors: errors, csrf: CSRF.token(for: req),
            t: req.t)
    }

    func respond(_ req: Request, _ page: Page, errors: FormErrors) -> Response {
        HTMLResponse.make(page, for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func done(_ req: Request, _ projectID: Int, anchor: String = "", done: String = "saved") -> Response {
        req.redirect(to: ProjectPaths.show(projectID) + "?done=\(done)\(anchor)", redirectType: .normal)
    }

    // MARK: The project itself

    static let projectFields = [
        "title", "what", "why", "how", "visibility", "lead_id", "coach_id", "estimated_budget", "idea_id",
    ]

    /// What the project form offers to choose from: the same for everyone who may fill it in.
    func choices(_ req: Request) async throws -> ProjectForms.Choices {
        try await req.sharedRead("project.choices") {
            let store = ProjectStore(database: req.db)
            return ProjectForms.Choices(
                organizations: try await OrganizationStore(database: req.db).all(),
                themes: try await IdeaStore(database: req.db).themes(),
                people: try await store.people(), coaches: try await store.people(roles: [.coach, .admin]))
        }
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        guard Authorization.allows(req.actor, ProjectAction.start) else { throw Abort(.forbidden) }
        var values = ProjectForms.Values()
        values.text["visibility"] = "public"
        if let coachID = ProjectDraft.defaultCoachID(for: req.actor) { values.text["coach_id"] = "\(coachID)" }
        var ideaID: Int?
        if let id = req.query[Int.self, at: "idea"], let idea = try await IdeaStore(database: req.db).idea(id: id),
            idea.status == .accepted
        {
            guard Authorization.allows(req.actor, ProjectAction.startFromIdea(status: idea.status)) else {
                throw Abort(.forbidden)
            }
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
        var unreadable = FieldProblems<ProjectDraft.Field>()
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

    static func projectDraft(_ values: ProjectForms.Values, problems: inout FieldProblems<ProjectDraft.Field>)
        -> ProjectDraft
    {
        ProjectDraft(
            title: values["title"], what: values["what"], why: values["why"], how: values["how"],
            organizationIDs: (values.chosen["organizations"] ?? []).sorted(),
            themeIDs: (values.chosen["themes"] ?? []).sorted(),
            visibility: ProjectVisibility(rawValue: values["visibility"]) ?? .internal,
            leadID: FormInput.int(values["lead_id"], .leadID, into: &problems),
            coachID: FormInput.int(values["coach_id"], .coachID, into: &problems),
            estimatedBudget: FormInput.int(values["estimated_budget"], .estimatedBudget, into: &problems))
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
        let choices = try await choices(req)
        let context = context(req, project)
        // The same form for everyone who may edit the project, its lists of people and organisations included.
        let page = try await req.sharedPageWithForms("project.edit \(project.id)") { [values] csrf in
            var context = context
            context.csrf = csrf
            return ProjectForms.project(values, choices: choices, ideaID: nil, context)
        }
        return HTMLResponse.make(page, for: req)
    }

    func update(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, Self.projectFields, lists: ["organizations", "themes"])
        var unreadable = FieldProblems<ProjectDraft.Field>()
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
        case .noticeNotApplicable: throw Abort(.conflict)
        case .invalid(let problems):
            var shown = project
            shown.outcome.noticeURL = url
            return try await page(
                req, shown, relation: project.relation(of: req.account?.id),
                noticeURLErrors: ProjectMessages.errors(problems, [(.noticeURL, .outcomeNoticeLabel)], req.t))
        }
    }
}
