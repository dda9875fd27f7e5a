import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor
import Fluent

/// `/api/v1/challenges…`.
extension APIHandler {
    func listChallenges(_ input: Operations.ListChallenges.Input) async throws -> Operations.ListChallenges.Output {
        let req = try APIContext.current()
        let challenges = try await req.sharedRead("challenges") {
            try await ChallengeStore(database: req.db).all(now: req.now)
        }
        return .ok(.init(body: .json(challenges.map { Self.challenge($0, now: req.now) })))
    }

    func getChallenge(_ input: Operations.GetChallenge.Input) async throws -> Operations.GetChallenge.Output {
        let req = try APIContext.current()
        let id = input.path.id
        let read = { @Sendable in try await ChallengeStore(database: req.db).challenge(id: id) }
        guard let challenge = try await req.sharedRead("challenge \(id)", read) else {
            throw Abort(.notFound)
        }
        return .ok(.init(body: .json(Self.challenge(challenge, now: req.now))))
    }

    func createChallenge(_ input: Operations.CreateChallenge.Input) async throws -> Operations.CreateChallenge.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let draft = ChallengeDraft(
            title: body.title, description: body.description, organizationID: body.organizationId,
            reformGroupID: body.reformGroupId, themeIDs: [], openUntil: DateFormat.endOfDay(isoDate: body.openUntil))
        switch try await ChallengeActions(context: req.actionContext).pose(draft, themes: .slugs(body.themes)) {
        case .posed(let challenge): return .created(.init(body: .json(Self.challenge(challenge, now: req.now))))
        case .invalid(let problems): throw APIError.validation(ChallengeMessages.formErrors(problems, req.t), req.t)
        }
    }

    static func challenge(_ challenge: Challenge, now: Date) -> Components.Schemas.Challenge {
        .init(
            id: challenge.id, title: challenge.title, description: challenge.description, posedBy: challenge.posedBy,
            themes: challenge.themes.map(\.slug), openUntil: challenge.openUntil, open: challenge.isOpen(at: now),
            ideaCount: challenge.ideaCount)
    }
}
