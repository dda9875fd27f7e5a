import Fluent
import Foundation
import HubbenCore
import Vapor

/// Following an idea and discussing it: comments, reports and hiding.
extension IdeaController {
    func follow(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        try await IdeaActions(context: req.actionContext).follow(ideaID: id)
        return req.redirect(to: IdeaPaths.show(id), redirectType: .normal)
    }

    func unfollow(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        try await IdeaActions(context: req.actionContext).unfollow(ideaID: id)
        return req.redirect(to: IdeaPaths.show(id), redirectType: .normal)
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
            return req.redirect(to: IdeaPaths.show(id) + "?done=comment#comment-\(comment.id)", redirectType: .normal)
        case .invalid(let error):
            return try await page(
                req, try await idea(req), commentErrors: CommentMessages.formErrors(error, req.t),
                commentDraft: input.body ?? "")
        }
    }

    func reportComment(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let (ideaID, id) = try await IdeaActions(context: req.actionContext).report(commentID: try req.idParameter())
        return req.redirect(to: IdeaPaths.show(ideaID) + "?done=reported#comment-\(id)", redirectType: .normal)
    }

    struct HideInput: Content { var reason: String? }

    func hideComment(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let reason = try req.content.decode(HideInput.self).reason ?? ""
        switch try await IdeaActions(context: req.actionContext).hide(commentID: id, reason: reason) {
        case .hidden(let ideaID):
            return req.redirect(to: IdeaPaths.show(ideaID) + "?done=hidden#comment-\(id)", redirectType: .normal)
        case .reasonMissing(let ideaID):
            guard let idea = try await IdeaStore(database: req.db).idea(id: ideaID) else { throw Abort(.notFound) }
            var errors = FormErrors()
            errors.add("reason-\(id)", req.t(.commentErrorReason))
            return try await page(req, idea, moderationErrors: errors)
        }
    }
}
