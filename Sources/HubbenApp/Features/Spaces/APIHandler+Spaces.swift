import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor
import Fluent

/// `/api/v1/spaces`, `/api/v1/space-rounds`, `/api/v1/space-applications…`.
extension APIHandler {
    func listSpaces(_ input: Operations.ListSpaces.Input) async throws -> Operations.ListSpaces.Output {
        let req = try APIContext.current()
        let spaces = try await SpaceStore(database: req.db).spaces()
        return .ok(
            .init(
                body: .json(
                    spaces.map {
                        .init(
                            id: $0.id, kind: .init(rawValue: $0.kind.rawValue) ?? .projectRoom, name: $0.name,
                            capacity: $0.capacity, equipment: $0.equipment)
                    })))
    }

    func listSpaceRounds(_ input: Operations.ListSpaceRounds.Input) async throws -> Operations.ListSpaceRounds.Output {
        let req = try APIContext.current()
        let rounds = try await SpaceStore(database: req.db).rounds()
        return .ok(
            .init(
                body: .json(
                    rounds.map {
                        .init(
                            id: $0.id, name: $0.name,
                            state: .init(rawValue: $0.state(at: req.now).rawValue) ?? .upcoming,
                            opensAt: $0.opensAt, closesAt: $0.closesAt, firstWeek: $0.firstWeek.iso,
                            lastWeek: $0.lastWeek.iso)
                    })))
    }

    func createSpaceApplication(_ input: Operations.CreateSpaceApplication.Input) async throws
        -> Operations.CreateSpaceApplication.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        var unreadable = FieldProblems<SpaceApplicationDraft.Field>()
        let draft = SpaceApplicationDraft(
            roundID: body.roundId, projectID: body.projectId,
            firstWeek: FormInput.day(body.firstWeek, .firstWeek, into: &unreadable),
            lastWeek: FormInput.day(body.lastWeek, .lastWeek, into: &unreadable), teamSize: body.teamSize,
            needs: body.needs ?? "", wishedSpaceID: body.wishedSpaceId)
        switch try await Self.spaceActions(req).apply(draft, unreadable: unreadable) {
        case .applied(let application): return .created(.init(body: .json(Self.application(application))))
        case .invalid(let problems): throw APIError.validation(SpaceTexts.formErrors(problems, req.t), req.t)
        }
    }

    func decideSpaceApplication(_ input: Operations.DecideSpaceApplication.Input) async throws
        -> Operations.DecideSpaceApplication.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let decision: SpaceDecision
        switch body.decision {
        case .approve:
            guard let space = body.spaceId else {
                var errors = FormErrors()
                errors.add("spaceId", req.t(.spaceErrorPlace))
                throw APIError.validation(errors, req.t)
            }
            decision = .approve(spaceID: space)
        case .decline: decision = .decline(reason: body.reason ?? "")
        }
        switch try await Self.spaceActions(req).decide(input.path.id, decision) {
        case .decided(let application): return .ok(.init(body: .json(Self.application(application))))
        case .conflict(let other):
            let held = other.held
            throw APIError(
                status: .conflict, code: "space_conflict",
                message: req.t(
                    .spaceConflict(
                        project: other.projectTitle,
                        weeks: SpaceTexts.weeks(other.firstWeek, other.lastWeek, req.t.language))),
                conflict: .init(start: held.start, end: held.end))
        case .invalid(let reasonMissing):
            var errors = FormErrors()
            errors.add(
                reasonMissing ? "reason" : "spaceId",
                reasonMissing ? req.t(.bookingErrorReason) : req.t(.spaceErrorPlace))
            throw APIError.validation(errors, req.t)
        case .notPossible:
            throw APIError(status: .conflict, code: "application_state", message: req.t(.bookingNotPossible))
        }
    }

    func withdrawSpaceApplication(_ input: Operations.WithdrawSpaceApplication.Input) async throws
        -> Operations.WithdrawSpaceApplication.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        switch try await Self.spaceActions(req).withdraw(input.path.id) {
        case .withdrawn(let application): return .ok(.init(body: .json(Self.application(application))))
        case .notPossible:
            throw APIError(status: .conflict, code: "application_state", message: req.t(.bookingNotPossible))
        }
    }

    private static func spaceActions(_ req: Request) -> SpaceActions {
        SpaceActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    static func application(_ application: SpaceApplication) -> Components.Schemas.SpaceApplication {
        .init(
            id: application.id, roundId: application.roundID, projectId: application.projectID,
            project: application.projectTitle, firstWeek: application.firstWeek.iso,
            lastWeek: application.lastWeek.iso, teamSize: application.teamSize, needs: application.needs,
            wishedSpaceId: application.wishedSpaceID,
            status: .init(rawValue: application.status.rawValue) ?? .pending, spaceId: application.spaceID,
            reason: application.reason)
    }
}
