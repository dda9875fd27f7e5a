import HubbenCore
import Vapor
import Fluent

/// Ideas on the web: the list with search, filters and sorting; one idea; submitting, editing, supporting.
struct IdeaController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let ideas = routes.grouped("ideas")
        ideas.get(use: list)
        ideas.get("new", use: newForm)
        ideas.post(use: create)
        ideas.get(":id", use: show)
        ideas.get(":id", "edit", use: editForm)
        ideas.post(":id", "edit", use: update)
        ideas.post(":id", "support", use: support)
        ideas.post(":id", "support", "withdraw", use: withdrawSupport)
        ideas.post(":id", "follow", use: follow)
        ideas.post(":id", "follow", "stop", use: unfollow)
        ideas.post(":id", "comments", use: addComment)
        ideas.post(":id", "status", use: changeStatus)
        ideas.post(":id", "scores", use: score)
        routes.post("comments", ":id", "report", use: reportComment)
        routes.post("comments", ":id", "hide", use: hideComment)
        routes.get("triage", use: queue)
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
        let store = IdeaStore(database: req.db)
        let page = try await store.list(query)
        let challenges = ChallengeStore(database: req.db)
        let matching = query.text.isEmpty ? [] : try await challenges.all(now: req.now, matching: query.text)
        return HTMLResponse.make(
            IdeaPages.list(
                page, query: query, themes: try await store.themes(), challenges: try await challenges.titles(),
                matchingChallenges: matching, req.t), for: req)
    }

    private func idea(_ req: Request) async throws -> Idea {
        guard let id = req.parameters.get("id", as: Int.self),
            let idea = try await IdeaStore(database: req.db).idea(id: id)
        else {
            throw Abort(.notFound)
        }
        return idea
    }

    func show(req: Request) async throws -> Response {
        let idea = try await idea(req)
        if idea.status == .merged, let target = idea.mergedInto {
            return req.redirect(to: "/ideas/\(target)", redirectType: .normal)
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
    private func page(
        _ req: Request, _ idea: Idea, notice: String? = nil, commentErrors: FormErrors = FormErrors(),
        commentDraft: String = "",
        triageErrors: FormErrors = FormErrors(),
        triageDraft: (status: String, reason: String, mergedInto: String) = ("", "", ""),
        moderationErrors: FormErrors = FormErrors()
    ) async throws -> Response {
        let store = IdeaStore(database: req.db)
        let comments = CommentStore(database: req.db)
        let supported =
            try await req.account.asyncFlatMap { try await store.hasSupported(ideaID: idea.id, accountID: $0.id) }
            ?? false
        let following =
            try await req.account.asyncFlatMap { try await comments.isFollowing(ideaID: idea.id, accountID: $0.id) }
            ?? false
        let scores =
            Authorization.allows(req.actor, .viewScores)
            ? try await TriageStore(database: req.db).scores(ideaID: idea.id) : nil
        var model = IdeaPages.ShowModel(
            idea: idea, history: try await store.statusHistory(ideaID: idea.id), viewer: req.account,
            hasSupported: supported,
            isFollowing: following,
            canEdit: Authorization.allows(req.actor, .editIdea(authorID: idea.authorID, status: idea.status)),
            notice: notice, csrf: req.browserSession?.csrfToken, comments: try await comments.comments(ideaID: idea.id),
            scores: scores
        )
        model.project = try await ProjectStore(database: req.db).project(
            forIdea: idea.id, scope: ProjectScope(req.actor))
        model.canStartProject = Authorization.canStartProject(req.actor, fromIdeaWith: idea.status)
        model.commentErrors = commentErrors
        model.commentDraft = commentDraft
        model.triageErrors = triageErrors
        model.triageDraft = triageDraft
        model.moderationErrors = moderationErrors
        let hasErrors = !commentErrors.isEmpty || !triageErrors.isEmpty || !moderationErrors.isEmpty
        return HTMLResponse.make(IdeaPages.show(model, req.t), for: req, status: hasErrors ? .unprocessableEntity : .ok)
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(.submitIdea)
        let themes = try await IdeaStore(database: req.db).themes()
        let form = IdeaPages.FormModel(challengeID: req.query[Int.self, at: "challenge"])
        return HTMLResponse.make(
            IdeaPages.form(
                form, themes: themes, openChallenges: try await openChallenges(req), errors: FormErrors(),
                csrf: CSRF.token(for: req), req.t), for: req)
    }

    private func openChallenges(_ req: Request) async throws -> [Challenge] {
        try await ChallengeStore(database: req.db).all(now: req.now).filter { $0.isOpen(at: req.now) }
    }

    struct IdeaInput: Content {
        var title: String?
        var summary: String?
        var need: String?
        var themes: [Int]?
        var challenge: String?
        /// `check` asks for similar ideas without saving.
        var action: String?
    }

    private func submission(_ input: IdeaInput) -> (IdeaActions.Submission, IdeaPages.FormModel) {
        let challengeID = input.challenge.flatMap { Int($0) }
        let submission = IdeaActions.Submission(
            title: input.title ?? "", summary: input.summary ?? "", need: input.need ?? "",
            themes: .ids(input.themes ?? []), challengeID: challengeID)
        let form = IdeaPages.FormModel(
            title: input.title ?? "", summary: input.summary ?? "", need: input.need ?? "",
            themeIDs: Set(input.themes ?? []), challengeID: challengeID)
        return (submission, form)
    }

    func create(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let input = try req.content.decode(IdeaInput.self)
        let (submission, form) = submission(input)
        let store = IdeaStore(database: req.db)
        if input.action == "check" {
            try req.authorize(.submitIdea)
            let similar = try await req.application.hubben.similarIdeas
                .similar(
                    to: [submission.title, submission.summary, submission.need].joined(separator: " "), database: req.db
                )
            return HTMLResponse.make(
                IdeaPages.form(
                    form, themes: try await store.themes(), openChallenges: try await openChallenges(req),
                    errors: FormErrors(), csrf: CSRF.token(for: req), similar: similar, req.t), for: req)
        }
        switch try await IdeaActions(context: req.actionContext).submit(submission) {
        case .saved(let idea):
            return req.redirect(to: "/ideas/\(idea.id)?done=submitted", redirectType: .normal)
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
        try req.authorize(.editIdea(authorID: idea.authorID, status: idea.status))
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
            return req.redirect(to: "/ideas/\(idea.id)?done=saved", redirectType: .normal)
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
        return req.redirect(to: "/ideas/\(id)#support-heading", redirectType: .normal)
    }

    func withdrawSupport(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        _ = try await IdeaActions(context: req.actionContext).withdrawSupport(ideaID: id)
        return req.redirect(to: "/ideas/\(id)#support-heading", redirectType: .normal)
    }

}

extension IdeaController {
    func follow(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        try await IdeaActions(context: req.actionContext).follow(ideaID: id)
        return req.redirect(to: "/ideas/\(id)", redirectType: .normal)
    }

    func unfollow(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        try await IdeaActions(context: req.actionContext).unfollow(ideaID: id)
        return req.redirect(to: "/ideas/\(id)", redirectType: .normal)
    }

    struct CommentInput: Content {
        var body: String?
        var parent_id: Int?
    }

    func addComment(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let input = try req.content.decode(CommentInput.self)
        switch try await IdeaActions(context: req.actionContext).comment(
            ideaID: id, parentID: input.parent_id, body: input.body ?? "")
        {
        case .added(let comment):
            return req.redirect(to: "/ideas/\(id)?done=comment#comment-\(comment.id)", redirectType: .normal)
        case .invalid(let error):
            return try await page(
                req, try await idea(req), commentErrors: CommentMessages.formErrors(error, req.t),
                commentDraft: input.body ?? "")
        }
    }

    func reportComment(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let (ideaID, id) = try await IdeaActions(context: req.actionContext).report(commentID: try req.idParameter())
        return req.redirect(to: "/ideas/\(ideaID)?done=reported#comment-\(id)", redirectType: .normal)
    }

    struct HideInput: Content { var reason: String? }

    func hideComment(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let reason = try req.content.decode(HideInput.self).reason ?? ""
        switch try await IdeaActions(context: req.actionContext).hide(commentID: id, reason: reason) {
        case .hidden(let ideaID):
            return req.redirect(to: "/ideas/\(ideaID)?done=hidden#comment-\(id)", redirectType: .normal)
        case .reasonMissing(let ideaID):
            guard let idea = try await IdeaStore(database: req.db).idea(id: ideaID) else { throw Abort(.notFound) }
            var errors = FormErrors()
            errors.add("reason-\(id)", req.t(.commentErrorReason))
            return try await page(req, idea, moderationErrors: errors)
        }
    }

    struct StatusInput: Content {
        var status: String?
        var reason: String?
        var merged_into: String?
    }

    func changeStatus(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let input = try req.content.decode(StatusInput.self)
        guard let status = input.status.flatMap(IdeaStatus.init(rawValue:)) else { throw Abort(.badRequest) }
        let mergedInto = input.merged_into.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let change = StatusChange(to: status, reason: input.reason, mergedInto: mergedInto)
        switch try await IdeaActions(context: req.actionContext).changeStatus(ideaID: id, change) {
        case .changed:
            return req.redirect(to: "/ideas/\(id)?done=status", redirectType: .normal)
        case .refused(let error):
            return try await page(
                req, try await idea(req), triageErrors: TriageMessages.formErrors(error, req.t),
                triageDraft: (input.status ?? "", input.reason ?? "", input.merged_into ?? ""))
        }
    }

    struct ScoreInput: Content {
        var criterion: String?
        var score: Int?
        var score_comment: String?
    }

    func score(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let input = try req.content.decode(ScoreInput.self)
        guard let criterion = input.criterion.flatMap(ScoreCriterion.init(rawValue:)), let value = input.score else {
            throw Abort(.badRequest)
        }
        let outcome = try await IdeaActions(context: req.actionContext)
            .score(ideaID: id, criterion: criterion, score: value, comment: input.score_comment ?? "")
        guard case .scored = outcome else { throw Abort(.badRequest) }
        return req.redirect(to: "/ideas/\(id)?done=scored#triage-heading", redirectType: .normal)
    }

    /// The coach's triage queue: ideas waiting for review, oldest first.
    func queue(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(.triageIdea)
        let triage = TriageStore(database: req.db)
        let ids = try await triage.queue()
        let ideas = try await IdeaStore(database: req.db).ideas(ids: ids)
        return HTMLResponse.make(
            IdeaPages.queue(ideas, scores: try await triage.averageScores(ideaIDs: ids), req.t), for: req)
    }
}

enum TriageMessages {
    static func formErrors(_ error: TriageError, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        switch error {
        case .invalid(.notAllowed): errors.add("status", t(.triageErrorNotAllowed))
        case .invalid(.reasonRequired): errors.add("reason", t(.triageErrorReason))
        case .invalid(.mergeTargetRequired), .invalid(.cannotMergeIntoItself), .mergeTargetNotFound:
            errors.add("merged_into", t(.triageErrorMerge))
        case .scoreOutOfRange, .notFound: errors.add("status", t(.errorGenericText))
        }
        return errors
    }
}

/// Comment problems as the message at the comment's field, the same on the page and in the API.
enum CommentMessages {
    static func formErrors(_ error: CommentError, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        errors.add(
            "body",
            error == .empty
                ? t(.commentErrorEmpty)
                : t(.ideaErrorTooLong, ["limit": NumberFormat.integer(Comment.bodyLimit, language: t.language)]))
        return errors
    }
}

/// Idea form problems as messages at their fields.
enum IdeaMessages {
    static func formErrors(_ problems: [IdeaDraft.Field: IdeaDraft.Problem], _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in IdeaDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.title, .missing): t(.ideaErrorTitle)
                case (.summary, .missing): t(.ideaErrorSummary)
                case (.need, .missing): t(.ideaErrorNeed)
                case (.themes, .missing), (.themes, .unknown): t(.ideaErrorThemes)
                case (_, .tooLong(let limit)):
                    t(.ideaErrorTooLong, ["limit": NumberFormat.integer(limit, language: t.language)])
                case (.challenge, _): t(.ideaErrorChallenge)
                default: t(.errorGenericText)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}
