import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor
import Fluent

/// `/api/v1/themes` and `/api/v1/ideas…`.
extension APIHandler {
    func listThemes(_ input: Operations.ListThemes.Input) async throws -> Operations.ListThemes.Output {
        let req = try APIContext.current()
        let themes = try await req.shownThemes()
        return .ok(
            .init(
                body: .json(themes.map { .init(id: $0.id, slug: $0.slug, name: .init(sv: $0.nameSV, en: $0.nameEN)) })))
    }

    func listIdeas(_ input: Operations.ListIdeas.Input) async throws -> Operations.ListIdeas.Output {
        let req = try APIContext.current()
        let parameters = input.query
        try APIError.checkLength(parameters.q, "q", maximum: 200, req.t)
        var query = IdeaStore.ListQuery()
        query.text = parameters.q ?? ""
        query.themeSlug = parameters.theme
        query.status = parameters.status.flatMap { IdeaStatus(rawValue: $0.rawValue) }
        query.challengeID = parameters.challenge
        let defaultSort: IdeaSort = query.text.isEmpty ? .newest : .relevance
        query.sort = parameters.sort.flatMap { IdeaSort(rawValue: $0.rawValue) } ?? defaultSort
        try APIError.checkPaging(
            page: parameters.page, per: parameters.per, maximumPer: IdeaStore.ListQuery.maximumPerPage, req.t)
        query.page = parameters.page ?? 1
        query.per = parameters.per ?? 20
        let page = try await req.sharedRead("ideas.page \(query.sharedKey)") { [query] in
            try await IdeaStore(database: req.db).list(query)
        }
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: page.ideas.map { Self.idea($0, req.t) }, total: page.total, page: page.page,
                        per: page.per))))
    }

    func createIdea(_ input: Operations.CreateIdea.Input) async throws -> Operations.CreateIdea.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let submission = IdeaActions.Submission(
            title: body.title, summary: body.summary, need: body.need, themes: .slugs(body.themes),
            challengeID: body.challengeId)
        switch try await IdeaActions(context: req.actionContext).submit(submission) {
        case .saved(let idea): return .created(.init(body: .json(Self.idea(idea, req.t))))
        case .invalid(let problems): throw APIError.validation(IdeaMessages.formErrors(problems, req.t), req.t)
        }
    }

    func similarIdeas(_ input: Operations.SimilarIdeas.Input) async throws -> Operations.SimilarIdeas.Output {
        let req = try APIContext.current()
        try APIError.checkLength(input.query.text, "text", maximum: 2_000, req.t)
        let matches = try await req.similarIdeas(to: input.query.text)
        return .ok(
            .init(
                body: .json(
                    matches.map {
                        .init(id: $0.idea.id, title: $0.idea.title, similarity: ($0.score * 1000).rounded() / 1000)
                    })))
    }

    func getIdea(_ input: Operations.GetIdea.Input) async throws -> Operations.GetIdea.Output {
        let req = try APIContext.current()
        guard let idea = try await req.shownIdea(input.path.id) else { throw Abort(.notFound) }
        return .ok(.init(body: .json(Self.idea(idea, req.t))))
    }

    func updateIdea(_ input: Operations.UpdateIdea.Input) async throws -> Operations.UpdateIdea.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let outcome = try await IdeaActions(context: req.actionContext).update(
            ideaID: input.path.id, title: body.title, summary: body.summary, need: body.need,
            themes: body.themes.map { .slugs($0) })
        switch outcome {
        case .saved(let idea): return .ok(.init(body: .json(Self.idea(idea, req.t))))
        case .invalid(let problems): throw APIError.validation(IdeaMessages.formErrors(problems, req.t), req.t)
        }
    }

    func supportIdea(_ input: Operations.SupportIdea.Input) async throws -> Operations.SupportIdea.Output {
        let req = try APIContext.current()
        let count = try await IdeaActions(context: req.actionContext).support(ideaID: input.path.id)
        return .ok(.init(body: .json(.init(supportCount: count))))
    }

    func withdrawSupport(_ input: Operations.WithdrawSupport.Input) async throws -> Operations.WithdrawSupport.Output {
        let req = try APIContext.current()
        let count = try await IdeaActions(context: req.actionContext).withdrawSupport(ideaID: input.path.id)
        return .ok(.init(body: .json(.init(supportCount: count))))
    }

    func listComments(_ input: Operations.ListComments.Input) async throws -> Operations.ListComments.Output {
        let req = try APIContext.current()
        guard try await req.shownIdea(input.path.id) != nil else { throw Abort(.notFound) }
        let comments = try await req.sharedRead("comments \(input.path.id)") {
            try await CommentStore(database: req.db).comments(ideaID: input.path.id)
        }
        return .ok(.init(body: .json(comments.map { Self.comment($0, req.t) })))
    }

    func createComment(_ input: Operations.CreateComment.Input) async throws -> Operations.CreateComment.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        switch try await IdeaActions(context: req.actionContext).comment(
            ideaID: input.path.id, parentID: body.parentId, body: body.body)
        {
        case .added(let comment): return .created(.init(body: .json(Self.comment(comment, req.t))))
        case .invalid(let error): throw APIError.validation(CommentMessages.formErrors(error, req.t), req.t)
        }
    }

    func changeIdeaStatus(_ input: Operations.ChangeIdeaStatus.Input) async throws -> Operations.ChangeIdeaStatus.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body, let status = IdeaStatus(rawValue: body.status.rawValue) else {
            throw Abort(.unsupportedMediaType)
        }
        let change = StatusChange(to: status, reason: body.reason, mergedInto: body.mergedInto)
        switch try await IdeaActions(context: req.actionContext).changeStatus(ideaID: input.path.id, change) {
        case .changed(let idea):
            return .ok(.init(body: .json(Self.idea(idea, req.t))))
        case .refused(.invalid(.notAllowed)):
            throw APIError(status: .conflict, code: "transition_not_allowed", message: req.t(.triageErrorNotAllowed))
        case .refused(let error):
            throw APIError.validation(TriageMessages.formErrors(error, req.t), req.t)
        }
    }

    func scoreIdea(_ input: Operations.ScoreIdea.Input) async throws -> Operations.ScoreIdea.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body, let criterion = ScoreCriterion(rawValue: body.criterion.rawValue)
        else {
            throw Abort(.unsupportedMediaType)
        }
        let outcome = try await IdeaActions(context: req.actionContext)
            .score(ideaID: input.path.id, criterion: criterion, score: body.score, comment: body.comment ?? "")
        guard case .scored(let scores) = outcome else {
            var errors = FormErrors()
            errors.add("score", req.t(.apiValidation))
            throw APIError.validation(errors, req.t)
        }
        let averages = IdeaScore.averages(scores).reduce(into: [String: Double]()) { $0[$1.key.rawValue] = $1.value }
        return .ok(
            .init(
                body: .json(
                    .init(
                        scores: scores.compactMap { score in
                            Components.Schemas.Criterion(rawValue: score.criterion.rawValue).map {
                                .init(
                                    coach: .init(id: score.coachID, name: score.coachName ?? req.t(.deletedUser)),
                                    criterion: $0,
                                    score: score.score, comment: score.comment)
                            }
                        },
                        averages: .init(additionalProperties: averages)
                    ))))
    }

    // MARK: Mapping

    static func idea(_ idea: Idea, _ t: Localizer) -> Components.Schemas.Idea {
        .init(
            id: idea.id, title: idea.title, summary: idea.summary, need: idea.need, themes: idea.themes.map(\.slug),
            status: Components.Schemas.IdeaStatus(rawValue: idea.status.rawValue) ?? .submitted,
            challengeId: idea.challengeID, mergedInto: idea.mergedInto, supportCount: idea.supportCount,
            commentCount: idea.commentCount, author: .init(id: idea.authorID, name: idea.authorName ?? t(.deletedUser)),
            createdAt: idea.createdAt, updatedAt: idea.updatedAt
        )
    }

    static func comment(_ comment: Comment, _ t: Localizer) -> Components.Schemas.Comment {
        .init(
            id: comment.id, parentId: comment.parentID,
            author: .init(id: comment.authorID, name: comment.authorName ?? t(.deletedUser)),
            body: comment.body, hidden: comment.isHidden, createdAt: comment.createdAt)
    }
}
