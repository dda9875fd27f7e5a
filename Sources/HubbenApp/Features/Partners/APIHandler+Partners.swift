import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/partners…` and `/api/v1/projects/{id}/contributions`.
extension APIHandler {
    func listPartners(_ input: Operations.ListPartners.Input) async throws -> Operations.ListPartners.Output {
        let req = try APIContext.current()
        let partners = try await PartnerActions(context: req.actionContext).list()
        return .ok(
            .init(
                body: .json(
                    partners.map {
                        .init(
                            id: $0.organization.id, name: $0.organization.name,
                            description: $0.organization.description, focusAreas: $0.focusAreas,
                            contactRole: $0.contactRole)
                    })))
    }

    func getPartner(_ input: Operations.GetPartner.Input) async throws -> Operations.GetPartner.Output {
        let req = try APIContext.current()
        try APIError.checkPaging(page: input.query.page, per: input.query.per, maximumPer: 100, req.t)
        let paging = Paging(page: input.query.page, per: input.query.per)
        let part = try await PartnerActions(context: req.actionContext).publicPart(input.path.id, paging: paging)
        let organization = part.profile.organization
        return .ok(
            .init(
                body: .json(
                    .init(
                        id: organization.id, name: organization.name, description: organization.description,
                        focusAreas: part.profile.focusAreas, contactRole: part.profile.contactRole,
                        totals: Self.totals(part.totals),
                        projects: part.projects.map {
                            .init(
                                id: $0.id, title: $0.title, phase: .init(rawValue: $0.phase.rawValue) ?? .needInsight,
                                outcome: $0.outcome.flatMap { .init(rawValue: $0.rawValue) }, owned: $0.owned,
                                totals: Self.totals($0.totals))
                        }, projectCount: part.projectCount, page: paging.page, per: paging.per,
                        results: part.results.map {
                            .init(
                                entryId: $0.entryID, projectId: $0.projectID, project: $0.projectTitle, title: $0.title,
                                at: $0.at)
                        },
                        events: part.events.map { .init(id: $0.id, title: $0.title, startsAt: $0.startsAt) }))))
    }

    func listPartnerAgreements(_ input: Operations.ListPartnerAgreements.Input) async throws
        -> Operations.ListPartnerAgreements.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let (_, agreements) = try await PartnerActions(context: req.actionContext).agreements(of: input.path.id)
        return .ok(.init(body: .json(agreements.map(Self.agreement))))
    }

    func createPartnerAgreement(_ input: Operations.CreatePartnerAgreement.Input) async throws
        -> Operations.CreatePartnerAgreement.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        var unreadable = FieldProblems<AgreementDraft.Field>()
        let draft = AgreementDraft(
            startsOn: FormInput.day(body.startsOn, .startsOn, into: &unreadable),
            endsOn: FormInput.day(body.endsOn, .endsOn, into: &unreadable),
            status: AgreementStatus(rawValue: body.status.rawValue), cashPerYear: body.cashPerYear,
            hoursPerYear: body.hoursPerYear, focusAreas: body.focusAreas ?? [], note: body.note ?? "")
        switch try await PartnerActions(context: req.actionContext).createAgreement(
            input.path.id, draft, unreadable: unreadable)
        {
        case .saved(let summary): return .created(.init(body: .json(Self.agreement(summary))))
        case .invalid(let problems):
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: APIError.fields(PartnerTexts.agreementErrors(problems, req.t), naming: Self.camelCase))
        }
    }

    func listContributions(_ input: Operations.ListContributions.Input) async throws
        -> Operations.ListContributions.Output
    {
        let req = try APIContext.current()
        let view = try await PartnerActions(context: req.actionContext).projectContributions(input.path.id)
        return .ok(
            .init(
                body: .json(
                    .init(
                        totals: view.totals.map {
                            .init(partnerId: $0.organizationID, partner: $0.name, totals: Self.totals($0.totals))
                        }, entries: view.rows.map(Self.contribution)))))
    }

    func createContribution(_ input: Operations.CreateContribution.Input) async throws
        -> Operations.CreateContribution.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        var unreadable = FieldProblems<ContributionDraft.Field>()
        let kind = ContributionKind(rawValue: body.kind.rawValue)
        let draft = ContributionDraft(
            organizationID: body.partnerId, kind: kind,
            amount: Self.contributionAmount(body.amount, kind: kind, into: &unreadable),
            day: FormInput.day(body.day, .day, into: &unreadable), what: body.what ?? "")
        switch try await PartnerActions(context: req.actionContext).contribute(
            input.path.id, draft, unreadable: unreadable)
        {
        case .saved(let row): return .created(.init(body: .json(Self.contribution(row))))
        case .invalid(let problems):
            let errors = PartnerTexts.contributionErrors(problems, kind: kind, req.t)
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: APIError.fields(errors, naming: { $0 == "organization" ? "partnerId" : $0 }))
        }
    }

    /// Kronor (whole) or hours (at most two decimals, as whole minutes); anything else, and any number
    /// outside what an `Int` holds, is a problem at `amount`.
    static func contributionAmount(
        _ amount: Double, kind: ContributionKind?, into problems: inout FieldProblems<ContributionDraft.Field>
    ) -> Int? {
        guard amount.isFinite, amount > 0, amount <= 1e12 else {
            problems[.amount] = .invalid
            return nil
        }
        switch kind {
        case .hours:
            let hundredths = (amount * 100).rounded()
            guard abs(hundredths - amount * 100) < 1e-6 else {
                problems[.amount] = .invalid
                return nil
            }
            return Int((hundredths * 0.6).rounded())
        case .cash, nil:
            guard amount == amount.rounded() else {
                problems[.amount] = .invalid
                return nil
            }
            return Int(amount)
        }
    }

    static func totals(_ totals: ContributionTotals) -> Components.Schemas.ContributionTotals {
        .init(cashSek: totals.cash, hours: totals.hours)
    }

    static func agreement(_ summary: PartnerActions.AgreementSummary) -> Components.Schemas.PartnerAgreement {
        let agreement = summary.agreement
        return .init(
            id: agreement.id, partnerId: agreement.organizationID, startsOn: agreement.startsOn.iso,
            endsOn: agreement.endsOn.iso, status: .init(rawValue: agreement.status.rawValue) ?? .draft,
            cashPerYear: agreement.cashPerYear, hoursPerYear: agreement.hoursPerYear,
            focusAreas: agreement.focusAreas, note: agreement.note,
            agreed: totals(ContributionTotals(cash: agreement.agreedCash, minutes: agreement.agreedMinutes)),
            contributed: totals(summary.contributed))
    }

    static func contribution(_ row: ContributionRow) -> Components.Schemas.Contribution {
        let contribution = row.contribution
        return .init(
            id: contribution.id, projectId: contribution.projectID, partnerId: contribution.organizationID,
            partner: row.organizationName, kind: .init(rawValue: contribution.kind.rawValue) ?? .cash,
            amount: contribution.kind == .cash
                ? Double(contribution.amount) : ContributionTotals(cash: 0, minutes: contribution.amount).hours,
            day: contribution.day.iso, what: contribution.what, loggedBy: row.loggedByName)
    }
}
