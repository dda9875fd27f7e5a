import Fluent
import Foundation
import HubbenCore
import Vapor

/// The coaches' side: status changes, scores and the triage queue.
extension IdeaController {
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
            return req.redirect(to: IdeaPaths.show(id) + "?done=status", redirectType: .normal)
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
        return req.redirect(to: IdeaPaths.show(id) + "?done=scored#triage-heading", redirectType: .normal)
    }

    /// The coach's triage queue: ideas waiting for review, oldest first.
    func queue(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(IdeaAction.triage)
        // The same queue for everyone who may triage.
        let queue = try await req.sharedPage("ideas.triage") {
            let triage = TriageStore(database: req.db)
            let ids = try await triage.queue()
            let ideas = try await IdeaStore(database: req.db).ideas(ids: ids)
            return IdeaPages.queue(ideas, scores: try await triage.averageScores(ideaIDs: ids), req.t)
        }
        return HTMLResponse.make(queue, for: req)
    }
}
