import HubbenCore
import Vapor
import Fluent

/// Ideas on the web: the list with search, filters and sorting; one idea; submitting, editing, supporting.
struct IdeaController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(IdeaPaths.list, use: list)
        routes.get(IdeaPaths.new, use: newForm)
        routes.post(IdeaPaths.list, use: create)
        routes.get(IdeaPaths.show, use: show)
        routes.get(IdeaPaths.edit, use: editForm)
        routes.post(IdeaPaths.edit, use: update)
        routes.post(IdeaPaths.support, use: support)
        routes.post(IdeaPaths.withdrawSupport, use: withdrawSupport)
        routes.post(IdeaPaths.follow, use: follow)
        routes.post(IdeaPaths.unfollow, use: unfollow)
        routes.post(IdeaPaths.comments, use: addComment)
        routes.post(IdeaPaths.status, use: changeStatus)
        routes.post(IdeaPaths.scores, use: score)
        routes.post(IdeaPaths.reportComment, use: reportComment)
        routes.post(IdeaPaths.hideComment, use: hideComment)
        routes.get(IdeaPaths.triage, use: queue)
    }

    /// Reads the list's query parameters leniently: anything unknown is ignored, never an error page.
    static func listQuery(_ req: Request) -> IdeaStore.ListQuery {
        var query = IdeaStore.ListQuery()
        query.text = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        query.themeSlug = req.query[String.self, at: "theme"].flatMap { $0.isEmpty ? nil : $0 }
        query.status = req.query[String.self, at: "status"].flatMap(IdeaStatus.init(rawValue:))
        query.challengeID = req.query[Int.self, at: "challenge"]
        let defaultSort: IdeaSort = query.text.isEmpty ? .newest : .relevance
        query.sort = req.query[String.self, at: "sort"].flatMap(IdeaSort.init(rawValue:)) ?? defaultSort
        if query.sort == .relevance, query.text.isEmpty { query.sort = .newest }
        let paging = Paging(
            page: req.query[Int.self, at: "page"], per: req.query[Int.self, at: "per"],
            maximumPer: IdeaStore.ListQuery.maximumPerPage)
        query.page = paging.page
        query.per = paging.per
        return query
    }

    func list(req: Request) async throws -> Response {
        let query = Self.listQuery(req)
        // The list is the same for everyone.
        let list = try await req.sharedPage("ideas.list \(query.sharedKey)") {
            let store = IdeaStore(database: req.db)
            let page = try await store.list(query)
            let challenges = ChallengeStore(database: req.db)
            let matching = query.text.isEmpty ? [] : try await challenges.all(now: req.now, matching: query.text)
            return IdeaPages.list(
                page, query: query, themes: try await store.themes(), challenges: try await challenges.titles(),
                matchingChallenges: matching, req.t)
        }
        return HTMLResponse.make(list, for: req)
    }

    /// The idea named by the path (404 if there is none). `forShowing` reads it from what pages share for a
    /// moment (never for a change).
    func idea(_ req: Request, forShowing: Bool = false) async throws -> Idea {
        let id = try req.idParameter()
        guard
            let idea = forShowing
                ? try await req.shownIdea(id) : try await IdeaStore(database: req.db).idea(id: id)
        else {
            throw Abort(.notFound)
        }
        return idea
    }

    func show(req: Request) async throws -> Response {
        let idea = try await idea(req, forShowing: true)
        if idea.status == .merged, let target = idea.mergedInto {
            return req.redirect(to: IdeaPaths.show(target), redirectType: .normal)
        }
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "submitted": req.t(.ideaSubmitted)
            case "saved": req.t(.accountSaved)
            case "comment": req.t(.commentAdded)
            case "reported": req.t(.commentReported)
            case "hidden": req.t(.commentHiddenNotice)
            case "status": req.t(.triageSaved)
            case "scored": req.t(.scoresSaved)
            default: nil
            }
        return try await page(req, idea, notice: notice)
    }

    /// The idea page, also re-shown with the errors of a comment or triage form.
    func page(
        _ req: Request, _ idea: Idea, notice: String? = nil, commentErrors: FormErrors = FormErrors(),
        commentDraft: String = "",
        triageErrors: FormErrors = FormErrors(),
        triageDraft: (status: String, reason: String, mergedInto: String) = ("", "", ""),
        moderationErrors: FormErrors = FormErrors()
    ) async throws -> Response {
        let store = IdeaStore(database: req.db)
        let comments = CommentStore(database: req.db)
        let relation = try await req.account.asyncFlatMap {
            try await store.relation(ideaID: idea.id, accountID: $0.id)
        }
        // The coaches' scores are the same for everyone who may see them.
        let scores =
            Authorization.allows(req.actor, IdeaAction.viewScores)
            ? try await req.sharedRead("idea.scores \(idea.id)") {
                try await TriageStore(database: req.db).scores(ideaID: idea.id)
            } : nil
        // What everyone sees of the idea is read once and shared; what is the viewer's own is read above.
        let scope = ProjectScope(req.actor)
        let shared = try await req.sharedRead("idea.discussion \(idea.id) \(scope.sharedKey)") {
            SharedIdeaParts(
                history: try await store.statusHistory(ideaID: idea.id),
                comments: try await comments.comments(ideaID: idea.id),
                project: try await ProjectStore(database: req.db).project(forIdea: idea.id, scope: scope))
        }
        var model = IdeaPages.ShowModel(
            idea: idea, history: shared.history, viewer: req.account,
            hasSupported: relation?.supports ?? false,
            isFollowing: relation?.follows ?? false,
            canEdit: Authorization.allows(req.actor, IdeaAction.edit(authorID: idea.authorID, status: idea.status)),
            notice: notice, csrf: req.browserSession?.csrfToken, comments: shared.comments,
            scores: scores
        )
        model.project = shared.project
        if moderationErrors.isEmpty {
            // Fifty reply and report forms differ between viewers only by the token: rendered once, shared.
            let canModerate = IdeaDiscussionParts.canModerate(req.actor)
            let csrf = model.csrf
            let list = try await req.sharedRead(
                "idea.comments \(req.language.rawValue) \(idea.id) \(canModerate) \(csrf != nil)"
            ) {
                MarkupWithToken { token in
                    IdeaDiscussionParts.list(
                        shared.comments, ideaID: idea.id, canModerate: canModerate, moderationErrors: FormErrors(),
                        csrf: csrf == nil ? nil : token, req.t)
                }
            }
            model.commentList = list.node(token: csrf ?? "")
        }
        model.canStartProject = Authorization.allows(req.actor, ProjectAction.startFromIdea(status: idea.status))
        model.commentErrors = commentErrors
        model.commentDraft = commentDraft
        model.triageErrors = triageErrors
        model.triageDraft = triageDraft
        model.moderationErrors = moderationErrors
        let hasErrors = !commentErrors.isEmpty || !triageErrors.isEmpty || !moderationErrors.isEmpty
        return HTMLResponse.make(IdeaPages.show(model, req.t), for: req, status: hasErrors ? .unprocessableEntity : .ok)
    }

    /// The idea page's parts that are the same for everyone who sees as many projects.
    private struct SharedIdeaParts: Sendable {
        let history: [IdeaStore.StatusEntry]
        let comments: [Comment]
        let project: ProjectCard?
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(IdeaAction.submit)
        let themes = try await req.shownThemes()
        var form = IdeaPages.FormModel(challengeID: req.query[Int.self, at: "challenge"])
        try await Self.onBehalf(req, of: req.query[Int.self, at: "group"], into: &form)
        return HTMLResponse.make(
            IdeaPages.form(
                form, themes: themes, openChallenges: try await openChallenges(req), errors: FormErrors(),
                csrf: CSRF.token(for: req), req.t), for: req)
    }

    /// A reform group the person may submit for (an active member of it), shown on the form and sent with it.
    static func onBehalf(_ req: Request, of groupID: Int?, into form: inout IdeaPages.FormModel) async throws {
        guard let groupID,
            try await ReformGroupStore(database: req.db).activeMemberships(of: req.account?.id, on: Day(req.now))[
                groupID]
                != nil,
            let group = try await ReformGroupStore(database: req.db).group(groupID)
        else { return }
        form.reformGroupID = group.id
        form.reformGroupName = group.name
    }

    func openChallenges(_ req: Request) async throws -> [Challenge] {
        try await req.sharedRead("challenges.open") {
            try await ChallengeStore(database: req.db).all(now: req.now).filter { $0.isOpen(at: req.now) }
        }
    }

    struct IdeaInput: Content {
        var title: String?
        var summary: String?
        var need: String?
        var themes: [Int]?
        var challenge: String?
        var reform_group: String?
        /// `check` asks for similar ideas without saving.
        var action: String?
    }

    func submission(_ input: IdeaInput) -> (IdeaActions.Submission, IdeaPages.FormModel) {
        let challengeID = input.challenge.flatMap { Int($0) }
        let submission = IdeaActions.Submission(
            title: input.title ?? "", summary: input.summary ?? "", need: input.need ?? "",
            themes: .ids(input.themes ?? []), challengeID: challengeID,
            reformGroupID: input.reform_group.flatMap { Int($0) })
        let form = IdeaPages.FormModel(
            title: input.title ?? "", summary: input.summary ?? "", need: input.need ?? "",
            themeIDs: Set(input.themes ?? []), challengeID: challengeID)
        return (submission, form)
    }

    func create(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let input = try req.content.decode(IdeaInput.self)
        var (submission, form) = submission(input)
        try await Self.onBehalf(req, of: submission.reformGroupID, into: &form)
        submission.reformGroupID = form.reformGroupID
        let store = IdeaStore(database: req.db)
        if input.action == "check" {
            try req.authorize(IdeaAction.submit)
            let similar = try await req.similarIdeas(
                to: [submission.title, submission.summary, submission.need].joined(separator: " "))
            return HTMLResponse.make(
                IdeaPages.form(
                    form, themes: try await store.themes(), openChallenges: try await openChallenges(req),
                    errors: FormErrors(), csrf: CSRF.token(for: req), similar: similar, req.t), for: req)
        }
        switch try await IdeaActions(context: req.actionContext).submit(submission) {
        case .saved(let idea):
            return req.redirect(to: IdeaPaths.show(idea.id) + "?done=submitted", redirectType: .normal)
        case .invalid(let problems):
            return HTMLResponse.make(
                IdeaPages.form(
                    form, themes: try await store.themes(), openChallenges: try await openChallenges(req),
                    errors: IdeaMessages.formErrors(problems, req.t), csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity
            )
        }
    }

    func editForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let idea = try await idea(req)
        try req.authorize(IdeaAction.edit(authorID: idea.authorID, status: idea.status))
        let form = IdeaPages.FormModel(
            title: idea.title, summary: idea.summary, need: idea.need, themeIDs: Set(idea.themes.map(\.id)),
            ideaID: idea.id)
        let themes = try await IdeaStore(database: req.db).themes()
        return HTMLResponse.make(
            IdeaPages.form(form, themes: themes, errors: FormErrors(), csrf: CSRF.token(for: req), req.t), for: req)
    }

    func update(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let idea = try await idea(req)
        let input = try req.content.decode(IdeaInput.self)
        var (submission, form) = submission(input)
        form.ideaID = idea.id
        switch try await IdeaActions(context: req.actionContext).update(
            ideaID: idea.id, title: submission.title, summary: submission.summary,
            need: submission.need, themes: submission.themes)
        {
        case .saved:
            return req.redirect(to: IdeaPaths.show(idea.id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            return HTMLResponse.make(
                IdeaPages.form(
                    form, themes: try await IdeaStore(database: req.db).themes(),
                    errors: IdeaMessages.formErrors(problems, req.t),
                    csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity
            )
        }
    }

    func support(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        _ = try await IdeaActions(context: req.actionContext).support(ideaID: id)
        return req.redirect(to: IdeaPaths.show(id) + "#support-heading", redirectType: .normal)
    }

    func withdrawSupport(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        _ = try await IdeaActions(context: req.actionContext).withdrawSupport(ideaID: id)
        return req.redirect(to: IdeaPaths.show(id) + "#support-heading", redirectType: .normal)
    }

}

extension Request {
    /// An idea as pages and the API show it, shared for a moment (never for a change).
    func shownIdea(_ id: Int) async throws -> Idea? {
        try await sharedRead("idea \(id)") { try await IdeaStore(database: self.db).idea(id: id) }
    }

    /// The themes, as forms and the API list them, shared for a moment.
    func shownThemes() async throws -> [Theme] {
        try await sharedRead("themes") { try await IdeaStore(database: self.db).themes() }
    }
}
