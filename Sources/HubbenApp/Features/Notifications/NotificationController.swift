import Fluent
import HubbenCore
import Vapor

/// Notifications on the web: the list, opening one, marking read, the e-mail choices, following a project,
/// one-click unsubscribe, and the admins' view of the mail.
struct NotificationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(NotificationPaths.list, use: list)
        routes.post(NotificationPaths.markRead, use: markRead)
        routes.get(NotificationPaths.open, use: open)
        routes.post(NotificationPaths.preferences, use: savePreferences)
        routes.post(NotificationPaths.followProject, use: followProject)
        routes.post(NotificationPaths.unfollowProject, use: unfollowProject)
        routes.get(NotificationPaths.unsubscribe, use: unsubscribeForm)
        routes.post(NotificationPaths.unsubscribe, use: unsubscribe)
        routes.get(NotificationPaths.mail, use: mailList)
        routes.get(NotificationPaths.mailMessage, use: mailMessage)
    }

    func list(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let notifications = try await NotificationActions(context: req.actionContext).list()
        return HTMLResponse.make(
            NotificationPages.list(notifications, csrf: CSRF.token(for: req), req.t), for: req)
    }

    func markRead(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try await NotificationActions(context: req.actionContext).markRead(ids: nil)
        return req.redirect(to: NotificationPaths.list(), redirectType: .normal)
    }

    /// Opening a notification marks it read and goes to the thing.
    func open(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        guard let topic = try await NotificationActions(context: req.actionContext).open(try req.idParameter()) else {
            throw Abort(.notFound)
        }
        req.noteWrite()
        return req.redirect(to: topic.path, redirectType: .normal)
    }

    func savePreferences(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        var choices: [NotificationKind: MailDelivery] = [:]
        for kind in NotificationKind.allCases {
            guard let raw = try? req.content.get(String.self, at: kind.rawValue) else { continue }
            guard let delivery = MailDelivery(rawValue: raw) else {
                throw Abort(.unprocessableEntity, reason: "\(kind.rawValue): not one of the choices")
            }
            choices[kind] = delivery
        }
        try await NotificationActions(context: req.actionContext).setPreferences(choices)
        return req.redirect(
            to: HTMLAttribute.pathWithQuery(AccountPaths.account(), ["preferences": "saved"])
                + "#notification-preferences",
            redirectType: .normal)
    }

    func followProject(req: Request) async throws -> Response {
        try await follow(req, true)
    }

    func unfollowProject(req: Request) async throws -> Response {
        try await follow(req, false)
    }

    private func follow(_ req: Request, _ following: Bool) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        try await NotificationActions(context: req.actionContext).followProject(id, following: following)
        return req.redirect(to: ProjectPaths.show(id), redirectType: .normal)
    }

    // MARK: Unsubscribing

    /// Shows what the link stops, with a button; never unsubscribes by itself (mail gateways fetch links).
    func unsubscribeForm(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let scope = try await NotificationActions(context: req.actionContext).unsubscribeScope(token)?.scope
        return HTMLResponse.make(
            NotificationPages.unsubscribe(token: token, scope: scope, done: false, req.t), for: req,
            status: scope == nil ? .notFound : .ok, headers: ["Cache-Control": "no-store"])
    }

    /// The one-click POST (RFC 8058): no session and no CSRF token, the signed token is the secret.
    func unsubscribe(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let actions = NotificationActions(context: req.actionContext)
        let scope = try await actions.unsubscribeScope(token)?.scope
        let done = try await actions.unsubscribe(token)
        return HTMLResponse.make(
            NotificationPages.unsubscribe(token: token, scope: scope, done: done, req.t), for: req,
            status: done ? .ok : .notFound, headers: ["Cache-Control": "no-store"])
    }

    // MARK: Mail, for administrators

    func mailList(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(AdminAction.viewAdminPages)
        let status = (req.query[String.self, at: "status"]).flatMap(MailStatus.init(rawValue:))
        let outbox = MailOutbox(database: req.db)
        return HTMLResponse.make(
            NotificationPages.mailList(
                try await outbox.latest(status: status, limit: 200), counts: try await outbox.counts(), status: status,
                req.t), for: req)
    }

    func mailMessage(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(AdminAction.viewAdminPages)
        guard let stored = try await MailOutbox(database: req.db).message(try req.idParameter()) else {
            throw Abort(.notFound)
        }
        let source =
            (try? stored.rendered(from: req.application.hubben.mail.from, at: stored.sentAt ?? stored.createdAt))
        return HTMLResponse.make(NotificationPages.mailMessage(stored, source: source ?? "", req.t), for: req)
    }
}
