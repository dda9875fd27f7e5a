import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/me/notifications…`, `/api/v1/me/notification-preferences` and following ideas and projects.
extension APIHandler {
    func listMyNotifications(_ input: Operations.ListMyNotifications.Input) async throws
        -> Operations.ListMyNotifications.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let shown = try await NotificationActions(context: req.actionContext).list(
            unreadOnly: input.query.unread ?? false)
        return .ok(.init(body: .json(shown.map { Self.notification($0, req.t) })))
    }

    func markMyNotificationsRead(_ input: Operations.MarkMyNotificationsRead.Input) async throws
        -> Operations.MarkMyNotificationsRead.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let marked = try await NotificationActions(context: req.actionContext).markRead(ids: body.ids)
        return .ok(.init(body: .json(.init(marked: marked))))
    }

    func getMyNotificationPreferences(_ input: Operations.GetMyNotificationPreferences.Input) async throws
        -> Operations.GetMyNotificationPreferences.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        return .ok(
            .init(
                body: .json(Self.preferences(try await NotificationActions(context: req.actionContext).preferences()))))
    }

    func setMyNotificationPreferences(_ input: Operations.SetMyNotificationPreferences.Input) async throws
        -> Operations.SetMyNotificationPreferences.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        var choices: [NotificationKind: MailDelivery] = [:]
        let given: [(NotificationKind, Components.Schemas.MailDelivery?)] = [
            (.ideaStatus, body.ideaStatus), (.ideaComment, body.ideaComment), (.commentReply, body.commentReply),
            (.projectUpdate, body.projectUpdate), (.projectStarted, body.projectStarted),
            (.eventReminder, body.eventReminder), (.staffingAssigned, body.staffingAssigned),
        ]
        for (kind, delivery) in given {
            if let delivery, let value = MailDelivery(rawValue: delivery.rawValue) { choices[kind] = value }
        }
        let actions = NotificationActions(context: req.actionContext)
        try await actions.setPreferences(choices)
        return .ok(.init(body: .json(Self.preferences(try await actions.preferences()))))
    }

    func followIdea(_ input: Operations.FollowIdea.Input) async throws -> Operations.FollowIdea.Output {
        let req = try APIContext.current()
        try await IdeaActions(context: req.actionContext).follow(ideaID: input.path.id)
        return .ok(.init(body: .json(.init(following: true))))
    }

    func unfollowIdea(_ input: Operations.UnfollowIdea.Input) async throws -> Operations.UnfollowIdea.Output {
        let req = try APIContext.current()
        try await IdeaActions(context: req.actionContext).unfollow(ideaID: input.path.id)
        return .ok(.init(body: .json(.init(following: false))))
    }

    func followProject(_ input: Operations.FollowProject.Input) async throws -> Operations.FollowProject.Output {
        let req = try APIContext.current()
        try await NotificationActions(context: req.actionContext).followProject(input.path.id, following: true)
        return .ok(.init(body: .json(.init(following: true))))
    }

    func unfollowProject(_ input: Operations.UnfollowProject.Input) async throws -> Operations.UnfollowProject.Output {
        let req = try APIContext.current()
        try await NotificationActions(context: req.actionContext).followProject(input.path.id, following: false)
        return .ok(.init(body: .json(.init(following: false))))
    }

    static func notification(_ shown: ShownNotification, _ t: Localizer) -> Components.Schemas.Notification {
        let told = shown.told
        let (type, id) = told.topic.stored
        return .init(
            id: shown.id, kind: Components.Schemas.NotificationKind(rawValue: told.kind.rawValue) ?? .ideaComment,
            topic: .init(_type: .init(rawValue: type) ?? .idea, id: id), title: told.title,
            headline: NotificationWording.headline(told, t), details: NotificationWording.details(told, t),
            count: told.count, read: shown.isRead, at: told.at, url: told.topic.path)
    }

    static func preferences(_ choices: [NotificationKind: MailDelivery]) -> Components.Schemas.NotificationPreferences {
        func value(_ kind: NotificationKind) -> Components.Schemas.MailDelivery {
            Components.Schemas.MailDelivery(rawValue: (choices[kind] ?? MailDelivery.default(for: kind)).rawValue)
                ?? .daily
        }
        return .init(
            ideaStatus: value(.ideaStatus), ideaComment: value(.ideaComment), commentReply: value(.commentReply),
            projectUpdate: value(.projectUpdate), projectStarted: value(.projectStarted),
            eventReminder: value(.eventReminder), staffingAssigned: value(.staffingAssigned))
    }
}
