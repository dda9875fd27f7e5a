import Fluent
import Foundation
import HubbenCore
import Vapor

/// News on the web: the list and its Atom feed, one post with its comments, the hub team's form and
/// moderation, and the link a commenting guest confirms their address with.
struct NewsController: RouteCollection {
    /// A post's form carries its image: up to `ImageKind.byteLimit` and the text around it.
    static let formBodyLimit = ImageKind.byteLimit + 512 * 1024

    func boot(routes: any RoutesBuilder) throws {
        routes.get(NewsPaths.list, use: list)
        routes.get(NewsPaths.feed, use: feed)
        routes.get(NewsPaths.new, use: newForm)
        routes.post(NewsPaths.new, bodyLimit: Self.formBodyLimit, use: create)
        routes.get(NewsPaths.show, use: show)
        routes.get(NewsPaths.edit, use: editForm)
        routes.post(NewsPaths.edit, bodyLimit: Self.formBodyLimit, use: update)
        routes.post(NewsPaths.deletion, use: delete)
        routes.get(NewsPaths.image, use: image)
        routes.get(NewsPaths.comments, use: commentForm)
        routes.post(NewsPaths.comments, use: comment)
        routes.post(NewsPaths.moderation, use: moderate)
        routes.get(NewsPaths.queue, use: queue)
        routes.get(NewsPaths.confirm, use: confirmation)
        routes.post(NewsPaths.confirm, use: confirm)
    }

    private func actions(_ req: Request) -> NewsActions {
        NewsActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    // MARK: Reading

    func list(req: Request) async throws -> Response {
        let page = req.query[Int.self, at: "page"] ?? 1
        let actions = actions(req)
        let listed = try await actions.list(page: page)
        let mayWrite = Authorization.allows(req.actor, NewsAction.write)
        return HTMLResponse.make(
            NewsPages.list(
                listed, unpublished: try await actions.unpublished(), mayWrite: mayWrite, now: req.now, req.t),
            for: req)
    }

    func feed(req: Request) async throws -> Response {
        let xml = NewsFeed.atom(
            try await actions(req).list(page: 1), baseURL: req.application.hubben.absoluteBaseURL(req.application),
            now: req.now, req.t)
        return Response(
            status: .ok, headers: ["Content-Type": "application/atom+xml; charset=utf-8"], body: .init(string: xml))
    }

    func show(req: Request) async throws -> Response {
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "published": req.t(.newsCommentPublished)
            case "waiting": req.t(.newsCommentWaiting)
            case "saved": req.t(.accountSaved)
            default: nil
            }
        return try await showPage(
            req, try req.idParameter(), form: NewsPages.CommentForm(started: req.now), notice: notice)
    }

    private func showPage(
        _ req: Request, _ id: Int, form: NewsPages.CommentForm, notice: String? = nil,
        moderationErrors: [Int: FormErrors] = [:], status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let actions = actions(req)
        let now = req.now
        let t = req.t
        let build = { @Sendable (csrf: String?) async throws -> Page in
            let view = try await actions.view(id)
            let post = view.post
            let sharing = Page.Sharing(
                description: post.summary, kind: "article",
                imagePath: post.imageType == nil ? nil : NewsPaths.image(post.id),
                imageAlt: post.imageType == nil ? nil : post.imageAlt)
            let model = NewsPages.ShowModel(
                view: view, form: form, csrf: csrf, notice: notice, now: now, moderationErrors: moderationErrors)
            return NewsPages.show(model, sharing: sharing, t)
        }
        // The same for everyone who may do the same on it (an anonymous visitor's page has no form at all),
        // unless a form comes back with what this person typed.
        let mayWrite = Authorization.allows(req.actor, NewsAction.write)
        let mayModerate = Authorization.allows(req.actor, NewsAction.moderate)
        let key = "news.post \(id) \(mayWrite) \(mayModerate) \(notice ?? "")"
        let page: Page
        if !form.values.isEmpty || !form.errors.isEmpty || !moderationErrors.isEmpty {
            page = try await build(req.account == nil ? nil : CSRF.token(for: req))
        } else if req.account == nil {
            page = try await req.sharedPage(key) { try await build(nil) }
        } else {
            page = try await req.sharedPageWithForms(key) { try await build($0) }
        }
        return HTMLResponse.make(page, for: req, status: status)
    }

    func commentForm(req: Request) async throws -> Response {
        try await commentPage(req, try req.idParameter(), NewsPages.CommentForm(started: req.now), status: .ok)
    }

    private func commentPage(
        _ req: Request, _ id: Int, _ form: NewsPages.CommentForm, status: HTTPResponseStatus
    ) async throws -> Response {
        let post = try await actions(req).commentable(id)
        return HTMLResponse.make(
            NewsPages.commentPage(post, form, csrf: CSRF.token(for: req), signedIn: req.account != nil, req.t),
            for: req, status: status, headers: ["Cache-Control": "private, no-store"])
    }

    /// A refused comment comes back where it was written: a guest's on the comment page, a member's on the post.
    private func refused(_ req: Request, _ id: Int, _ form: NewsPages.CommentForm) async throws -> Response {
        if req.account == nil { return try await commentPage(req, id, form, status: .unprocessableEntity) }
        return try await showPage(req, id, form: form, status: .unprocessableEntity)
    }

    func image(req: Request) async throws -> Response {
        let (image, _) = try await actions(req).image(of: try req.idParameter())
        var headers: HTTPHeaders = [
            "Content-Type": image.contentType, "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'",
        ]
        // The page links the image with its version (`?v=`): a browser may keep it.
        headers.replaceOrAdd(
            name: .cacheControl, value: req.account == nil ? "public, max-age=3600" : "private, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(data: Data(image.bytes)))
    }

    // MARK: Comments

    func comment(req: Request) async throws -> Response {
        let id = try req.idParameter()
        var form = NewsPages.CommentForm(started: req.now)
        for name in ["name", "email"] { form.values[name] = req.formText(name, limit: 300) }
        form.values["body"] = req.formText("body", limit: 20_000)
        let asGuest = req.account == nil
        if asGuest {
            guard !ScriptGuard.filledHoneypot(req) else {
                return req.redirect(to: NewsPaths.show(id) + "?done=waiting#comments", redirectType: .normal)
            }
            form.started = ScriptGuard.started(req, else: form.started)
            if ScriptGuard.isTooFast(since: form.started, now: req.now) {
                form.errors.add("comment_body", req.t(.newsCommentTooFast))
                return try await refused(req, id, form)
            }
        }
        let draft = NewsCommentDraft(
            body: form.values["body"] ?? "", guestName: asGuest ? form.values["name"] ?? "" : "",
            guestEmail: asGuest ? form.values["email"] ?? "" : "")
        switch try await actions(req).comment(on: id, draft, language: req.t.language) {
        case .published(let commentID):
            return req.redirect(to: NewsPaths.show(id) + "?done=published#comment-\(commentID)", redirectType: .normal)
        case .waiting:
            return req.redirect(to: NewsPaths.show(id) + "?done=waiting#comments", redirectType: .normal)
        case .invalid(let problems):
            form.errors = NewsTexts.commentErrors(problems, req.t)
            return try await refused(req, id, form)
        }
    }

    func moderate(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let commentID = try req.idParameter("comment")
        guard let decision = NewsActions.Moderation(rawValue: req.formText("decision", limit: 20)) else {
            throw Abort(.badRequest, reason: "decision")
        }
        try req.authorize(NewsAction.moderate, hiding: true)
        let (postID, problems) = try await actions(req).moderate(
            commentID, decision, reason: req.formText("reason", limit: 2_000))
        // Back to the queue when the decision was taken there.
        let back = req.formText("from", limit: 20) == "queue"
        if problems.isEmpty {
            let target =
                back ? NewsPaths.queue() : NewsPaths.show(postID) + "?done=saved#comments"
            return req.redirect(to: target, redirectType: .normal)
        }
        var errors = FormErrors()
        errors.add("reason-\(commentID)", req.t(.newsErrorReason))
        return try await showPage(
            req, postID, form: NewsPages.CommentForm(started: req.now), moderationErrors: [commentID: errors],
            status: .unprocessableEntity)
    }

    func queue(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let waiting = try await actions(req).moderationQueue()
        return HTMLResponse.make(NewsPages.queue(waiting, csrf: CSRF.token(for: req), req.t), for: req)
    }

    func confirmation(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        let valid = try await actions(req).hasPendingConfirmation(token)
        return HTMLResponse.make(
            NewsPages.confirmation(
                valid: valid, done: false, action: NewsPaths.confirmation(token), csrf: CSRF.token(for: req), req.t),
            for: req, status: valid ? .ok : .notFound, headers: ["Cache-Control": "private, no-store"])
    }

    func confirm(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        let confirmed = try await actions(req).confirmGuest(token)
        return HTMLResponse.make(
            NewsPages.confirmation(
                valid: confirmed, done: confirmed, action: NewsPaths.confirmation(token), csrf: CSRF.token(for: req),
                req.t),
            for: req, status: confirmed ? .ok : .notFound, headers: ["Cache-Control": "private, no-store"])
    }

    // MARK: Writing

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(NewsAction.write)
        return try await formPage(
            req, id: nil, values: ["status": "draft"], themeIDs: [], hasImage: false, errors: FormErrors())
    }

    func editForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let (post, themes, links) = try await actions(req).editable(try req.idParameter())
        var values = [
            "title": post.title, "summary": post.summary, "body": post.body, "image_alt": post.imageAlt,
            "status": post.status.rawValue,
            "projects": (links[.project] ?? []).map(String.init).joined(separator: ", "),
            "events": (links[.event] ?? []).map(String.init).joined(separator: ", "),
            "partners": (links[.partner] ?? []).map(String.init).joined(separator: ", "),
        ]
        if let at = post.publishAt {
            values["publish_on"] = Day(at).description
            values["publish_time"] = ClockTime.text(of: at, language: .en)
        }
        return try await formPage(
            req, id: post.id, values: values, themeIDs: Set(themes.map(\.id)), hasImage: post.imageType != nil,
            errors: FormErrors())
    }

    private func formPage(
        _ req: Request, id: Int?, values: [String: String], themeIDs: Set<Int>, hasImage: Bool, errors: FormErrors
    ) async throws -> Response {
        let model = NewsPages.FormModel(
            id: id, values: values, themeIDs: themeIDs, hasImage: hasImage,
            themes: try await IdeaStore(database: req.db).themes(), errors: errors, csrf: CSRF.token(for: req))
        return HTMLResponse.make(
            NewsPages.form(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func create(req: Request) async throws -> Response { try await save(req, id: nil) }

    func update(req: Request) async throws -> Response { try await save(req, id: try req.idParameter()) }

    private static let textFields = [
        "title", "summary", "body", "image_alt", "projects", "events", "partners", "status", "publish_on",
        "publish_time",
    ]

    private func save(_ req: Request, id: Int?) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(NewsAction.write)
        var values: [String: String] = [:]
        for name in Self.textFields {
            values[name] = req.formText(name, limit: name == "body" ? NewsPostDraft.bodyLimit + 10_000 : 5_000)
        }
        let themeIDs = ((try? req.content.get([Int].self, at: "themes")) ?? []).prefix(100)
        var unreadable = FieldProblems<NewsPostDraft.Field>()
        // A multipart form is not read by `FormInputMiddleware`: its text is held to the same rule here.
        for (name, field) in [
            ("title", NewsPostDraft.Field.title), ("summary", .summary), ("body", .body), ("image_alt", .imageAlt),
        ] where TextRules.hasForbiddenControlCharacters(values[name] ?? "") {
            unreadable[field] = .invalid
        }
        let projectIDs = Self.ids(values["projects"] ?? "", .projects, into: &unreadable)
        let eventIDs = Self.ids(values["events"] ?? "", .events, into: &unreadable)
        let partnerIDs = Self.ids(values["partners"] ?? "", .partners, into: &unreadable)
        var publishAt: Date?
        let dayText = values["publish_on"] ?? ""
        let timeText = values["publish_time"] ?? ""
        if !dayText.trimmingCharacters(in: .whitespaces).isEmpty
            || !timeText.trimmingCharacters(in: .whitespaces).isEmpty
        {
            if let day = Day(dayText.trimmingCharacters(in: .whitespaces)),
                let minutes = timeText.trimmingCharacters(in: .whitespaces).isEmpty ? 0 : ClockTime.minutes(timeText)
            {
                publishAt = day.at(minute: minutes)
            } else {
                unreadable[.publishAt] = .unreadable
            }
        }
        var image = NewsStore.ImageChange.keep
        if let file = try? req.content.get(File.self, at: "image"), file.data.readableBytes > 0 {
            let bytes = Array(file.data.readableBytesView)
            if bytes.count <= ImageKind.byteLimit, let kind = ImageKind(sniffing: bytes) {
                image = .replace(NewsStore.Image(contentType: kind.rawValue, bytes: bytes))
            } else {
                unreadable[.image] = .invalid
            }
        } else if req.formText("remove_image", limit: 10) == "1" {
            image = .remove
        }
        let draft = NewsPostDraft(
            title: values["title"] ?? "", summary: values["summary"] ?? "", body: values["body"] ?? "",
            imageAlt: values["image_alt"] ?? "", themeIDs: Array(themeIDs), projectIDs: projectIDs,
            eventIDs: eventIDs, partnerIDs: partnerIDs, status: NewsStatus(rawValue: values["status"] ?? ""),
            publishAt: publishAt)
        switch try await actions(req).save(id, draft, image: image, unreadable: unreadable) {
        case .saved(let postID):
            return req.redirect(to: NewsPaths.show(postID) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            let hasImage: Bool =
                if let id { try await NewsStore(database: req.db).post(id: id)?.imageType != nil } else { false }
            return try await formPage(
                req, id: id, values: values, themeIDs: Set(themeIDs), hasImage: hasImage,
                errors: NewsTexts.postErrors(problems, req.t))
        }
    }

    /// Numbers typed with commas or spaces between them; nil-free, in order.
    static func ids<Field>(_ text: String, _ field: Field, into problems: inout FieldProblems<Field>) -> [Int] {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace })
        var ids: [Int] = []
        guard parts.count <= NewsPostDraft.linkLimit else {
            problems[field] = .tooLong(limit: NewsPostDraft.linkLimit)
            return []
        }
        for part in parts {
            // "#12" as well as "12".
            guard let id = Int(part.hasPrefix("#") ? part.dropFirst() : part), id > 0 else {
                problems[field] = .invalid
                return []
            }
            ids.append(id)
        }
        return ids
    }

    func delete(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try await actions(req).delete(try req.idParameter())
        return req.redirect(to: NewsPaths.list(), redirectType: .normal)
    }
}
