import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/interest…` and the hub team's `/api/v1/leads…`.
extension APIHandler {
    func registerInterest(_ input: Operations.RegisterInterest.Input) async throws -> Operations.RegisterInterest.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let draft = InterestDraft(
            name: body.name, email: body.email, organization: body.organization ?? "",
            interests: body.interests.compactMap { InterestKind(rawValue: $0.rawValue) }, projectID: body.projectId,
            challengeID: body.challengeId, message: body.message ?? "", district: body.district ?? "",
            ageBand: body.ageBand.flatMap { AgeBand(rawValue: $0.rawValue) }, consentVersion: body.consentVersion)
        switch try await Self.leadActions(req).register(draft, language: req.t.language) {
        case .mailed: return .accepted(.init(body: .json(.init(status: .confirmationMailed))))
        case .invalid(let problems):
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: APIError.fields(InterestTexts.errors(problems, req.t), naming: Self.interestField))
        }
    }

    /// The API's name of a form field ("consent" is sent as `consentVersion`, "project" as `projectId`).
    private static func interestField(_ field: String) -> String {
        switch field {
        case "consent": "consentVersion"
        case "project": "projectId"
        case "challenge": "challengeId"
        default: camelCase(field)
        }
    }

    func getInterestConsent(_ input: Operations.GetInterestConsent.Input) async throws
        -> Operations.GetInterestConsent.Output
    {
        let req = try APIContext.current()
        return .ok(
            .init(
                body: .json(
                    .init(
                        version: InterestConsent.version, text: req.t(.interestConsentText),
                        retentionDays: InterestConsent.retentionDays,
                        confirmationHours: Int(InterestConsent.confirmationWindow / 3600)))))
    }

    func listLeads(_ input: Operations.ListLeads.Input) async throws -> Operations.ListLeads.Output {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard Authorization.allows(req.actor, LeadAction.work) else { throw ActionRefusal.notFound }
        var filter = LeadStore.Filter()
        filter.status = input.query.status.flatMap { LeadStatus(rawValue: $0.rawValue) }
        filter.interest = input.query.interest.flatMap { InterestKind(rawValue: $0.rawValue) }
        let page = input.query.page ?? 1
        guard Paging.isValid(page: page, per: filter.per) else {
            var errors = FormErrors()
            errors.add("page", req.t(.apiBadRequest))
            throw APIError.badParameters(errors, req.t)
        }
        filter.page = page
        let (leads, total) = try await Self.leadActions(req).list(filter)
        return .ok(
            .init(
                body: .json(
                    .init(
                        leads: leads.map {
                            .init(
                                id: $0.id, interests: $0.interests.compactMap { .init(rawValue: $0.rawValue) },
                                status: Components.Schemas.LeadSummary.StatusPayload(rawValue: $0.status.rawValue)
                                    ?? .new,
                                outcome: $0.outcome.flatMap { .init(rawValue: $0.rawValue) }, assigneeId: $0.assigneeID,
                                createdAt: $0.createdAt)
                        }, total: total, page: page))))
    }

    func getLead(_ input: Operations.GetLead.Input) async throws -> Operations.GetLead.Output {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard Authorization.allows(req.actor, LeadAction.work) else { throw ActionRefusal.notFound }
        return .ok(.init(body: .json(Self.lead(try await Self.leadActions(req).view(input.path.id)))))
    }

    func changeLead(_ input: Operations.ChangeLead.Input) async throws -> Operations.ChangeLead.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard Authorization.allows(req.actor, LeadAction.work) else { throw ActionRefusal.notFound }
        let assignee: Int?? = body.unassign == true ? .some(nil) : body.assigneeId.map { .some($0) }
        let change = LeadChange(
            status: body.status.flatMap { LeadStatus(rawValue: $0.rawValue) },
            outcome: body.outcome.flatMap { LeadOutcome(rawValue: $0.rawValue) }, assigneeID: assignee,
            note: body.note ?? "")
        let actions = Self.leadActions(req)
        switch try await actions.change(input.path.id, change) {
        case .changed: return .ok(.init(body: .json(Self.lead(try await actions.view(input.path.id)))))
        case .invalid(let problems):
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: APIError.fields(
                    InterestTexts.leadErrors(problems, req.t), naming: { $0 == "assignee" ? "assigneeId" : $0 }))
        }
    }

    private static func leadActions(_ req: Request) -> LeadActions {
        LeadActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    static func lead(_ view: LeadActions.LeadView) -> Components.Schemas.Lead {
        let lead = view.lead
        return .init(
            id: lead.id, name: lead.name, email: lead.email, organization: lead.organization,
            interests: lead.interests.compactMap { .init(rawValue: $0.rawValue) }, projectId: lead.projectID,
            challengeId: lead.challengeID, message: lead.message, district: lead.district,
            ageBand: lead.ageBand.flatMap { .init(rawValue: $0.rawValue) }, consentVersion: lead.consentVersion,
            consentedAt: lead.consentedAt, confirmedAt: lead.confirmedAt,
            status: Components.Schemas.Lead.StatusPayload(rawValue: lead.status.rawValue) ?? .new,
            outcome: lead.outcome.flatMap { .init(rawValue: $0.rawValue) }, assigneeId: lead.assigneeID,
            retainUntil: lead.retainUntil, createdAt: lead.createdAt,
            notes: view.notes.map { .init(author: $0.author, body: $0.body, at: $0.at) })
    }
}
