import Foundation
import HubbenCore
import Vapor

/// Partners on the web: the list and a partner's page, its profile form, its agreements, and a project's
/// contributions.
struct PartnerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(PartnerPaths.list, use: list)
        routes.get(PartnerPaths.show, use: show)
        routes.get(PartnerPaths.edit, use: editProfile)
        routes.post(PartnerPaths.edit, use: saveProfile)
        routes.get(PartnerPaths.agreements, use: agreements)
        routes.post(PartnerPaths.agreements, use: createAgreement)
        routes.get(PartnerPaths.agreement, use: agreement)
        routes.get(PartnerPaths.editAgreement, use: editAgreement)
        routes.post(PartnerPaths.editAgreement, use: changeAgreement)
        routes.get(PartnerPaths.contributions, use: contributions)
        routes.post(PartnerPaths.contributions, use: contribute)
        routes.post(PartnerPaths.contributionRemoval, use: removeContribution)
    }

    private func actions(_ req: Request) -> PartnerActions { PartnerActions(context: req.actionContext) }

    func list(req: Request) async throws -> Response {
        let page = try await req.sharedPage("partners") { PartnerPages.list(try await actions(req).list(), req.t) }
        return HTMLResponse.make(page, for: req)
    }

    func show(req: Request) async throws -> Response {
        let paging = Paging(page: req.query[Int.self, at: "page"], per: nil)
        let view = try await actions(req).view(try req.idParameter(), paging: paging)
        let notice: String? = req.query[String.self, at: "done"] == "saved" ? req.t(.partnerProfileSaved) : nil
        let t = req.t
        // The public page, the same for everyone who is neither the partner's staff nor the hub team, is
        // rendered once for all of them.
        let page =
            view.agreements == nil && !view.mayEditProfile && !view.mayManage
            ? try await req.sharedPage(
                "partner.page \(view.shown.profile.organization.id) \(paging.page) \(notice ?? "")"
            ) {
                PartnerPages.show(.init(view: view, notice: notice), t)
            }
            : PartnerPages.show(.init(view: view, notice: notice), t)
        return HTMLResponse.make(
            page, for: req, headers: view.agreements == nil ? [:] : ["Cache-Control": "private, no-store"])
    }

    // MARK: The profile

    func editProfile(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let view = try await actions(req).view(try req.idParameter())
        guard view.mayEditProfile else { throw Abort(.forbidden) }
        let profile = view.shown.profile
        return HTMLResponse.make(
            PartnerPages.editProfile(
                profile, form: .init(values: PartnerPages.values(of: profile), csrf: CSRF.token(for: req)), req.t),
            for: req)
    }

    func saveProfile(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        var values: [String: String] = [:]
        for name in ["description", "focus_areas", "contact_role"] { values[name] = req.formText(name) }
        let draft = PartnerProfileDraft(
            description: values["description"] ?? "", focusAreas: Self.lines(values["focus_areas"] ?? ""),
            contactRole: values["contact_role"] ?? "")
        switch try await actions(req).saveProfile(id, draft) {
        case .saved: return req.redirect(to: PartnerPaths.show(id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            let view = try await actions(req).view(id)
            return HTMLResponse.make(
                PartnerPages.editProfile(
                    view.shown.profile,
                    form: .init(
                        values: values, errors: PartnerTexts.profileErrors(problems, req.t),
                        csrf: CSRF.token(for: req)), req.t),
                for: req, status: .unprocessableEntity)
        }
    }

    static func lines(_ text: String) -> [String] { text.split(whereSeparator: \.isNewline).map(String.init) }

    // MARK: Agreements

    static let agreementFields = [
        "starts_on", "ends_on", "status", "cash_per_year", "hours_per_year", "focus_areas", "note",
    ]

    static func agreementDraft(_ values: [String: String]) -> (AgreementDraft, FieldProblems<AgreementDraft.Field>) {
        var unreadable = FieldProblems<AgreementDraft.Field>()
        let draft = AgreementDraft(
            startsOn: FormInput.day(values["starts_on"] ?? "", .startsOn, into: &unreadable),
            endsOn: FormInput.day(values["ends_on"] ?? "", .endsOn, into: &unreadable),
            status: AgreementStatus(rawValue: values["status"] ?? ""),
            cashPerYear: FormInput.int(values["cash_per_year"] ?? "", .cashPerYear, into: &unreadable),
            hoursPerYear: FormInput.int(values["hours_per_year"] ?? "", .hoursPerYear, into: &unreadable),
            focusAreas: lines(values["focus_areas"] ?? ""), note: values["note"] ?? "")
        return (draft, unreadable)
    }

    private func agreementValues(_ req: Request) -> [String: String] {
        var values: [String: String] = [:]
        for name in Self.agreementFields { values[name] = req.formText(name) }
        return values
    }

    func agreements(req: Request) async throws -> Response {
        try await agreementsPage(req, try req.idParameter(), values: [:], errors: FormErrors())
    }

    private func agreementsPage(_ req: Request, _ id: Int, values: [String: String], errors: FormErrors) async throws
        -> Response
    {
        _ = try req.requireAccount()
        let (profile, agreements) = try await actions(req).agreements(of: id)
        let form: PartnerPages.TeamForm? =
            Authorization.allows(req.actor, PartnerAction.manage)
            ? .init(values: values, errors: errors, csrf: CSRF.token(for: req)) : nil
        return HTMLResponse.make(
            PartnerPages.agreements(.init(profile: profile, agreements: agreements, form: form), req.t), for: req,
            status: errors.isEmpty ? .ok : .unprocessableEntity, headers: ["Cache-Control": "private, no-store"])
    }

    func createAgreement(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let values = agreementValues(req)
        let (draft, unreadable) = Self.agreementDraft(values)
        switch try await actions(req).createAgreement(id, draft, unreadable: unreadable) {
        case .saved(let summary):
            return req.redirect(
                to: PartnerPaths.agreement(summary.agreement.id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            return try await agreementsPage(
                req, id, values: values, errors: PartnerTexts.agreementErrors(problems, req.t))
        }
    }

    func agreement(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let (profile, summary, rows) = try await actions(req).agreement(try req.idParameter())
        let partnerships = try await actions(req).partnerships(under: summary.agreement)
        let notice: String? = req.query[String.self, at: "done"] == "saved" ? req.t(.partnerAgreementSaved) : nil
        return HTMLResponse.make(
            PartnerPages.agreement(
                .init(
                    profile: profile, summary: summary, rows: rows, partnerships: partnerships,
                    mayManage: Authorization.allows(req.actor, PartnerAction.manage), notice: notice), req.t),
            for: req, headers: ["Cache-Control": "private, no-store"])
    }

    func editAgreement(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(PartnerAction.manage)
        let id = try req.idParameter()
        let (profile, summary, _) = try await actions(req).agreement(id)
        return HTMLResponse.make(
            PartnerPages.editAgreement(
                profile, id: id,
                form: .init(values: PartnerPages.values(of: summary.agreement), csrf: CSRF.token(for: req)), req.t),
            for: req)
    }

    func changeAgreement(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let values = agreementValues(req)
        let (draft, unreadable) = Self.agreementDraft(values)
        switch try await actions(req).changeAgreement(id, draft, unreadable: unreadable) {
        case .saved: return req.redirect(to: PartnerPaths.agreement(id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            let (profile, _, _) = try await actions(req).agreement(id)
            return HTMLResponse.make(
                PartnerPages.editAgreement(
                    profile, id: id,
                    form: .init(
                        values: values, errors: PartnerTexts.agreementErrors(problems, req.t),
                        csrf: CSRF.token(for: req)), req.t),
                for: req, status: .unprocessableEntity)
        }
    }

    // MARK: A project's contributions

    func contributions(req: Request) async throws -> Response {
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "logged": req.t(.partnerLogged)
            case "removed": req.t(.partnerRemoved)
            default: nil
            }
        return try await contributionsPage(
            req, try req.idParameter(), values: [:], errors: FormErrors(), notice: notice)
    }

    private func contributionsPage(
        _ req: Request, _ projectID: Int, values: [String: String], errors: FormErrors, notice: String? = nil
    ) async throws -> Response {
        let view = try await actions(req).projectContributions(projectID)
        let form: PartnerPages.TeamForm? =
            req.account == nil || view.mayLogFor.isEmpty
            ? nil : .init(values: values, errors: errors, csrf: CSRF.token(for: req))
        return HTMLResponse.make(
            PartnerPages.contributions(.init(view: view, form: form, notice: notice), req.t), for: req,
            status: errors.isEmpty ? .ok : .unprocessableEntity,
            headers: req.account == nil ? [:] : ["Cache-Control": "private, no-store"])
    }

    func contribute(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let projectID = try req.idParameter()
        var values: [String: String] = [:]
        for name in ["organization", "kind", "amount", "day"] { values[name] = req.formText(name, limit: 100) }
        values["what"] = req.formText("what")
        let kind = ContributionKind(rawValue: values["kind"] ?? "")
        var unreadable = FieldProblems<ContributionDraft.Field>()
        let amountText = values["amount"] ?? ""
        let amount =
            kind == .hours
            ? FormInput.hoursAsMinutes(amountText, .amount, into: &unreadable)
            : FormInput.int(amountText, .amount, into: &unreadable)
        let draft = ContributionDraft(
            organizationID: Int(values["organization"] ?? ""), kind: kind, amount: amount,
            day: FormInput.day(values["day"] ?? "", .day, into: &unreadable), what: values["what"] ?? "")
        switch try await actions(req).contribute(projectID, draft, unreadable: unreadable) {
        case .saved:
            return req.redirect(
                to: PartnerPaths.contributions(projectID) + "?done=logged#rows", redirectType: .normal)
        case .invalid(let problems):
            return try await contributionsPage(
                req, projectID, values: values, errors: PartnerTexts.contributionErrors(problems, kind: kind, req.t))
        }
    }

    func removeContribution(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let projectID = try req.idParameter()
        _ = try await actions(req).removeContribution(try req.idParameter("contribution"), projectID: projectID)
        return req.redirect(to: PartnerPaths.contributions(projectID) + "?done=removed#rows", redirectType: .normal)
    }
}
