import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/themes` and `/api/v1/ideas…`.
extension APIHandler {
    func listThemes(_ input: Operations.ListThemes.Input) async throws -> Operations.ListThemes.Output {
        let req = try APIContext.current()
        let themes = try await IdeaStore(database: req.db).themes()
        return .ok(.init(body: .json(themes.map { .init(id: $0.id, slug: $0.slug, name: .init(sv: $0.nameSV, en: $0.nameEN)) })))
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
        try APIError.checkPaging(page: parameters.page, per: parameters.per, maximumPer: IdeaStore.ListQuery.maximumPerPage, req.t)
        query.page = parameters.page ?? 1
        query.per = parameters.per ?? 20
        let page = try await IdeaStore(database: req.db).list(query)
        return .ok(.init(body: .json(.init(items: page.ideas.map { Self.idea($0, req.t) }, total: page.total, page: page.page, per: page.per))))
    }

    func createIdea(_ input: Operations.CreateIdea.Input) async throws -> Operations.CreateIdea.Output {
        let req = try APIContext.current()
        guard let account = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(.submitIdea)
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let store = IdeaStore(database: req.db)
        let themeIDs = try await Self.themeIDs(body.themes, store: store, req.t)
        let draft = IdeaDraft(title: body.title, summary: body.summary, need: body.need, themeIDs: themeIDs, challengeID: body.challengeId)
        do {
            let throttle = Throttle(request: req)
            try await throttle.beforeSubmission(of: .ideaSubmission, by: account.id)
            let id = try await store.create(draft, authorID: account.id, now: req.now)
            try await throttle.submitted(.ideaSubmission, by: account.id)
            guard let idea = try await store.idea(id: id) else { throw Abort(.internalServerError) }
            return .created(.init(body: .json(Self.idea(idea, req.t))))
        } catch IdeaError.invalid(let problems) {
            throw APIError.validation(IdeaMessages.formErrors(problems, req.t), req.t)
        }
    }

    func similarIdeas(_ input: Operations.SimilarIdeas.Input) async throws -> Operations.SimilarIdeas.Output {
        let req = try APIContext.current()
        try APIError.checkLength(input.query.text, "text", maximum: 2_000, req.t)
        let matches = try await req.application.hubben.similarIdeas.similar(to: input.query.text, database: req.db)
        return .ok(.init(body: .json(matches.map { .init(id: $0.idea.id, title: $0.idea.title, similarity: ($0.score * 1000).rounded() / 1000) })))
    }

    func getIdea(_ input: Operations.GetIdea.Input) async throws -> Operations.GetIdea.Output {
        let req = try APIContext.current()
        guard let idea = try await IdeaStore(database: req.db).idea(id: input.path.id) else { throw Abort(.notFound) }
        return .ok(.init(body: .json(Self.idea(idea, req.t))))
    }

    func updateIdea(_ input: Operations.UpdateIdea.Input) async throws -> Operations.UpdateIdea.Output {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let store = IdeaStore(database: req.db)
        guard let idea = try await store.idea(id: input.path.id) else { throw Abort(.notFound) }
        try req.authorize(.editIdea(authorID: idea.authorID, status: idea.status))
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let themeIDs = try await body.themes.asyncFlatMap { try await Self.themeIDs($0, store: store, req.t) } ?? idea.themes.map(\.id)
        let draft = IdeaDraft(title: body.title ?? idea.title, summary: body.summary ?? idea.summary, need: body.need ?? idea.need,
                              themeIDs: themeIDs, challengeID: idea.challengeID)
        do {
            try await store.update(id: idea.id, draft, now: req.now)
        } catch IdeaError.invalid(let problems) {
            throw APIError.validation(IdeaMessages.formErrors(problems, req.t), req.t)
        }
        guard let updated = try await store.idea(id: idea.id) else { throw Abort(.notFound) }
        return .ok(.init(body: .json(Self.idea(updated, req.t))))
    }

    func supportIdea(_ input: Operations.SupportIdea.Input) async throws -> Operations.SupportIdea.Output {
        let req = try APIContext.current()
        guard let account = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(.supportIdea)
        do {
            let count = try await req.application.hubben.supports.support(ideaID: input.path.id, accountID: account.id, database: req.application.db, now: req.now)
            return .ok(.init(body: .json(.init(supportCount: count))))
        } catch IdeaError.notFound {
            throw Abort(.notFound)
        }
    }

    func withdrawSupport(_ input: Operations.WithdrawSupport.Input) async throws -> Operations.WithdrawSupport.Output {
        let req = try APIContext.current()
        guard let account = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(.supportIdea)
        do {
            let count = try await IdeaStore(database: req.db).withdrawSupport(ideaID: input.path.id, accountID: account.id)
            return .ok(.init(body: .json(.init(supportCount: count))))
        } catch IdeaError.notFound {
            throw Abort(.notFound)
        }
    }

    func listComments(_ input: Operations.ListComments.Input) async throws -> Operations.ListComments.Output {
        let req = try APIContext.current()
        guard try await IdeaStore(database: req.db).idea(id: input.path.id) != nil else { throw Abort(.notFound) }
        let comments = try await CommentStore(database: req.db).comments(ideaID: input.path.id)
        return .ok(.init(body: .json(comments.map { Self.comment($0, req.t) })))
    }

    func createComment(_ input: Operations.CreateComment.Input) async throws -> Operations.CreateComment.Output {
        let req = try APIContext.current()
        guard let account = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(.comment)
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let store = CommentStore(database: req.db)
        let throttle = Throttle(request: req)
        try await throttle.beforeSubmission(of: .commentSubmission, by: account.id)
        do {
            let id = try await store.add(ideaID: input.path.id, authorID: account.id, parentID: body.parentId, body: body.body, now: req.now)
            try await throttle.submitted(.commentSubmission, by: account.id)
            guard let comment = try await store.comments(ideaID: input.path.id).first(where: { $0.id == id }) else { throw Abort(.notFound) }
            return .created(.init(body: .json(Self.comment(comment, req.t))))
        } catch CommentError.notFound {
            throw Abort(.notFound)
        } catch let error as CommentError {
            var errors = FormErrors()
            errors.add("body", error == .empty ? req.t(.commentErrorEmpty)
                                               : req.t(.ideaErrorTooLong, ["limit": "\(Comment.bodyLimit)"]))
            throw APIError.validation(errors, req.t)
        }
    }

    func changeIdeaStatus(_ input: Operations.ChangeIdeaStatus.Input) async throws -> Operations.ChangeIdeaStatus.Output {
        let req = try APIContext.current()
        guard let coach = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(.triageIdea)
        guard case .json(let body) = input.body, let status = IdeaStatus(rawValue: body.status.rawValue) else {
            throw Abort(.unsupportedMediaType)
        }
        do {
            try await TriageStore(database: req.db).change(
                ideaID: input.path.id, StatusChange(to: status, reason: body.reason, mergedInto: body.mergedInto), by: coach.id, now: req.now
            )
        } catch TriageError.notFound {
            throw Abort(.notFound)
        } catch TriageError.invalid(.notAllowed) {
            throw APIError(status: .conflict, code: "transition_not_allowed", message: req.t(.triageErrorNotAllowed))
        } catch let error as TriageError {
            throw APIError.validation(TriageMessages.formErrors(error, req.t), req.t)
        }
        guard let idea = try await IdeaStore(database: req.db).idea(id: input.path.id) else { throw Abort(.notFound) }
        return .ok(.init(body: .json(Self.idea(idea, req.t))))
    }

    func scoreIdea(_ input: Operations.ScoreIdea.Input) async throws -> Operations.ScoreIdea.Output {
        let req = try APIContext.current()
        guard let coach = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(.scoreIdea)
        guard case .json(let body) = input.body, let criterion = ScoreCriterion(rawValue: body.criterion.rawValue) else {
            throw Abort(.unsupportedMediaType)
        }
        let triage = TriageStore(database: req.db)
        do {
            try await triage.score(ideaID: input.path.id, coachID: coach.id, criterion: criterion, score: body.score,
                                   comment: body.comment ?? "", now: req.now)
        } catch TriageError.notFound {
            throw Abort(.notFound)
        } catch TriageError.scoreOutOfRange {
            var errors = FormErrors()
            errors.add("score", req.t(.apiValidation))
            throw APIError.validation(errors, req.t)
        }
        let scores = try await triage.scores(ideaID: input.path.id)
        let averages = IdeaScore.averages(scores).reduce(into: [String: Double]()) { $0[$1.key.rawValue] = $1.value }
        return .ok(.init(body: .json(.init(
            scores: scores.compactMap { score in
                Components.Schemas.Criterion(rawValue: score.criterion.rawValue).map {
                    .init(coach: .init(id: score.coachID, name: score.coachName ?? req.t(.deletedUser)), criterion: $0,
                          score: score.score, comment: score.comment)
                }
            },
            averages: .init(additionalProperties: averages)
        ))))
    }

    // MARK: Mapping

    private static func themeIDs(_ slugs: [String], store: IdeaStore, _ t: Localizer) async throws -> [Int] {
        let themes = try await store.themes()
        var ids: [Int] = []
        for slug in slugs {
            guard let theme = themes.first(where: { $0.slug == slug }) else {
                var errors = FormErrors()
                errors.add("themes", t(.ideaErrorThemes))
                throw APIError.validation(errors, t)
            }
            ids.append(theme.id)
        }
        return ids
    }

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
        .init(id: comment.id, parentId: comment.parentID, author: .init(id: comment.authorID, name: comment.authorName ?? t(.deletedUser)),
              body: comment.body, hidden: comment.isHidden, createdAt: comment.createdAt)
    }
}

/// `/api/v1/challenges…`.
extension APIHandler {
    func listChallenges(_ input: Operations.ListChallenges.Input) async throws -> Operations.ListChallenges.Output {
        let req = try APIContext.current()
        let challenges = try await ChallengeStore(database: req.db).all(now: req.now)
        return .ok(.init(body: .json(challenges.map { Self.challenge($0, now: req.now) })))
    }

    func getChallenge(_ input: Operations.GetChallenge.Input) async throws -> Operations.GetChallenge.Output {
        let req = try APIContext.current()
        guard let challenge = try await ChallengeStore(database: req.db).challenge(id: input.path.id) else { throw Abort(.notFound) }
        return .ok(.init(body: .json(Self.challenge(challenge, now: req.now))))
    }

    func createChallenge(_ input: Operations.CreateChallenge.Input) async throws -> Operations.CreateChallenge.Output {
        let req = try APIContext.current()
        guard let account = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(.poseChallenge)
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let themes = try await IdeaStore(database: req.db).themes()
        let themeIDs = body.themes.compactMap { slug in themes.first { $0.slug == slug }?.id }
        let draft = ChallengeStore.Draft(title: body.title, description: body.description, organizationID: body.organizationId,
                                         reformGroupID: body.reformGroupId,
                                         themeIDs: themeIDs.count == body.themes.count ? themeIDs : [],
                                         openUntil: DateFormat.endOfDay(isoDate: body.openUntil))
        let store = ChallengeStore(database: req.db)
        let problems = store.problems(draft, knownThemeIDs: Set(themes.map(\.id)), now: req.now)
            .merging(try await store.posingProblems(draft, actor: req.actor)) { first, _ in first }
        guard problems.isEmpty else { throw APIError.validation(ChallengeMessages.formErrors(problems, req.t), req.t) }
        let id = try await store.create(draft, authorID: account.id, now: req.now)
        guard let challenge = try await store.challenge(id: id) else { throw Abort(.internalServerError) }
        return .created(.init(body: .json(Self.challenge(challenge, now: req.now))))
    }

    static func challenge(_ challenge: Challenge, now: Date) -> Components.Schemas.Challenge {
        .init(id: challenge.id, title: challenge.title, description: challenge.description, posedBy: challenge.posedBy,
              themes: challenge.themes.map(\.slug), openUntil: challenge.openUntil, open: challenge.isOpen(at: now),
              ideaCount: challenge.ideaCount)
    }
}
