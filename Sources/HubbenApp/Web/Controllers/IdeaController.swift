import HubbenCore
import Vapor

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
        query.page = max(1, req.query[Int.self, at: "page"] ?? 1)
        query.per = min(max(1, req.query[Int.self, at: "per"] ?? 20), IdeaStore.ListQuery.maximumPerPage)
        return query
    }

    func list(req: Request) async throws -> Response {
        let query = Self.listQuery(req)
        let store = IdeaStore(database: req.db)
        let page = try await store.list(query)
        return HTMLResponse.make(IdeaPages.list(page, query: query, themes: try await store.themes(), req.t), for: req)
    }

    private func idea(_ req: Request) async throws -> Idea {
        guard let id = req.parameters.get("id", as: Int.self), let idea = try await IdeaStore(database: req.db).idea(id: id) else {
            throw Abort(.notFound)
        }
        return idea
    }

    func show(req: Request) async throws -> Response {
        let idea = try await idea(req)
        if idea.status == .merged, let target = idea.mergedInto {
            return req.redirect(to: "/ideas/\(target)", redirectType: .normal)
        }
        let store = IdeaStore(database: req.db)
        let supported = try await req.account.asyncFlatMap { try await store.hasSupported(ideaID: idea.id, accountID: $0.id) } ?? false
        let notice: String? = req.query[String.self, at: "submitted"] != nil ? req.t(.ideaSubmitted)
            : req.query[String.self, at: "saved"] != nil ? req.t(.accountSaved) : nil
        let model = IdeaPages.ShowModel(
            idea: idea, history: try await store.statusHistory(ideaID: idea.id), viewer: req.account, hasSupported: supported,
            canEdit: Authorization.allows(req.actor, .editIdea(authorID: idea.authorID, status: idea.status)),
            notice: notice, csrf: req.browserSession?.csrfToken
        )
        return HTMLResponse.make(IdeaPages.show(model, req.t), for: req)
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(.submitIdea)
        let themes = try await IdeaStore(database: req.db).themes()
        return HTMLResponse.make(IdeaPages.form(.init(), themes: themes, errors: FormErrors(), csrf: CSRF.token(for: req), req.t), for: req)
    }

    struct IdeaInput: Content {
        var title: String?
        var summary: String?
        var need: String?
        var themes: [Int]?
    }

    private func draft(_ req: Request) throws -> (IdeaDraft, IdeaPages.FormModel) {
        let input = try req.content.decode(IdeaInput.self)
        let draft = IdeaDraft(title: input.title ?? "", summary: input.summary ?? "", need: input.need ?? "", themeIDs: input.themes ?? [])
        let form = IdeaPages.FormModel(title: input.title ?? "", summary: input.summary ?? "", need: input.need ?? "",
                                       themeIDs: Set(input.themes ?? []))
        return (draft, form)
    }

    func create(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        try req.authorize(.submitIdea)
        let (draft, form) = try draft(req)
        let store = IdeaStore(database: req.db)
        do {
            let id = try await store.create(draft, authorID: account.id, now: req.now)
            return req.redirect(to: "/ideas/\(id)?submitted=1", redirectType: .normal)
        } catch IdeaError.invalid(let problems) {
            return HTMLResponse.make(
                IdeaPages.form(form, themes: try await store.themes(), errors: IdeaMessages.formErrors(problems, req.t),
                               csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity
            )
        }
    }

    func editForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let idea = try await idea(req)
        try req.authorize(.editIdea(authorID: idea.authorID, status: idea.status))
        let form = IdeaPages.FormModel(title: idea.title, summary: idea.summary, need: idea.need, themeIDs: Set(idea.themes.map(\.id)), ideaID: idea.id)
        let themes = try await IdeaStore(database: req.db).themes()
        return HTMLResponse.make(IdeaPages.form(form, themes: themes, errors: FormErrors(), csrf: CSRF.token(for: req), req.t), for: req)
    }

    func update(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let idea = try await idea(req)
        try req.authorize(.editIdea(authorID: idea.authorID, status: idea.status))
        var (draft, form) = try draft(req)
        form.ideaID = idea.id
        let store = IdeaStore(database: req.db)
        do {
            try await store.update(id: idea.id, draft, now: req.now)
            return req.redirect(to: "/ideas/\(idea.id)?saved=1", redirectType: .normal)
        } catch IdeaError.invalid(let problems) {
            return HTMLResponse.make(
                IdeaPages.form(form, themes: try await store.themes(), errors: IdeaMessages.formErrors(problems, req.t),
                               csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity
            )
        }
    }

    func support(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        try req.authorize(.supportIdea)
        let idea = try await idea(req)
        _ = try await IdeaStore(database: req.db).support(ideaID: idea.id, accountID: account.id, now: req.now)
        return req.redirect(to: "/ideas/\(idea.id)#support-heading", redirectType: .normal)
    }

    func withdrawSupport(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        try req.authorize(.supportIdea)
        let idea = try await idea(req)
        _ = try await IdeaStore(database: req.db).withdrawSupport(ideaID: idea.id, accountID: account.id)
        return req.redirect(to: "/ideas/\(idea.id)#support-heading", redirectType: .normal)
    }
}

/// Idea form problems as messages at their fields.
enum IdeaMessages {
    static func formErrors(_ problems: [IdeaDraft.Field: IdeaDraft.Problem], _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in IdeaDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String = switch (field, problem) {
            case (.title, .missing): t(.ideaErrorTitle)
            case (.summary, .missing): t(.ideaErrorSummary)
            case (.need, .missing): t(.ideaErrorNeed)
            case (.themes, .missing), (.themes, .unknown): t(.ideaErrorThemes)
            case (_, .tooLong(let limit)): t(.ideaErrorTooLong, ["limit": NumberFormat.integer(limit, language: t.language)])
            case (.challenge, _): t(.ideaErrorChallenge)
            default: t(.errorGenericText)
            }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}
