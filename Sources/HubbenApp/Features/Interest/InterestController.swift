import Fluent
import Foundation
import HubbenCore
import Vapor

/// Registering interest on the web (the public form, the mailed confirmation and withdrawal links) and the hub
/// team's leads under `/admin/leads`.
struct InterestController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(InterestPaths.form, use: form)
        routes.post(InterestPaths.form, use: register)
        routes.get(InterestPaths.confirm, use: confirmation)
        routes.post(InterestPaths.confirm, use: confirm)
        routes.get(InterestPaths.withdraw, use: withdrawal)
        routes.post(InterestPaths.withdraw, use: withdraw)
        routes.get(InterestPaths.leads, use: leads)
        routes.get(InterestPaths.leadPage, use: lead)
        routes.post(InterestPaths.leadPage, use: changeLead)
        routes.get(InterestPaths.testUsers, use: testUsers)
        routes.post(InterestPaths.testUsers, use: inviteTestUsers)
        routes.get(InterestPaths.invitationPage, use: invitation)
        routes.post(InterestPaths.invitationPage, use: answerInvitation)
        routes.post(InterestPaths.invitationWithdrawal, use: withdrawFromInvitation)
    }

    private func actions(_ req: Request) -> LeadActions {
        LeadActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    // MARK: The public form

    func form(req: Request) async throws -> Response {
        if req.query[String.self, at: "done"] == "sent" {
            return HTMLResponse.make(
                InterestPages.sent(req.t), for: req, headers: ["Cache-Control": "private, no-store"])
        }
        var form = InterestPages.Form(started: req.now)
        form.values["project"] = req.query[Int.self, at: "project"].map(String.init) ?? ""
        form.values["challenge"] = req.query[Int.self, at: "challenge"].map(String.init) ?? ""
        if let kind = req.query[String.self, at: "kind"].flatMap(InterestKind.init(rawValue:)) {
            form.interests = [kind.rawValue]
        }
        return try await formPage(req, form, status: .ok)
    }

    private func formPage(_ req: Request, _ form: InterestPages.Form, status: HTTPResponseStatus) async throws
        -> Response
    {
        var form = form
        form.csrf = CSRF.token(for: req)
        form.projectTitle = try await Int(form.values["project"] ?? "").asyncFlatMap { id in
            guard let project = try await ProjectStore(database: req.db).project(id: id),
                project.card.visibility == .public
            else { return nil }
            return project.card.title
        }
        form.challengeTitle = try await Int(form.values["challenge"] ?? "").asyncFlatMap {
            try await ChallengeStore(database: req.db).challenge(id: $0)?.title
        }
        return HTMLResponse.make(
            InterestPages.form(form, req.t), for: req, status: status, headers: ["Cache-Control": "private, no-store"])
    }

    func register(req: Request) async throws -> Response {
        var form = InterestPages.Form(started: req.now)
        for name in ["name", "email", "organization", "project", "challenge", "district", "age_band"] {
            form.values[name] = req.formText(name, limit: 300)
        }
        form.values["message"] = req.formText("message")
        form.interests = Set(((try? req.content.get([String].self, at: "interests")) ?? []).prefix(20))
        form.consented = req.formText("consent", limit: 50) == InterestConsent.version
        guard !ScriptGuard.filledHoneypot(req) else {
            return req.redirect(to: InterestPaths.form() + "?done=sent", redirectType: .normal)
        }
        form.started = ScriptGuard.started(req, else: form.started)
        if ScriptGuard.isTooFast(since: form.started, now: req.now) {
            var errors = FormErrors()
            errors.add("name", req.t(.interestTooFast))
            form.errors = errors
            return try await formPage(req, form, status: .unprocessableEntity)
        }
        let draft = InterestDraft(
            name: form.values["name"] ?? "", email: form.values["email"] ?? "",
            organization: form.values["organization"] ?? "",
            interests: InterestKind.allCases.filter { form.interests.contains($0.rawValue) },
            projectID: Int(form.values["project"] ?? ""), challengeID: Int(form.values["challenge"] ?? ""),
            message: form.values["message"] ?? "", district: form.values["district"] ?? "",
            ageBand: AgeBand(rawValue: form.values["age_band"] ?? ""),
            consentVersion: form.consented ? InterestConsent.version : nil)
        switch try await actions(req).register(draft, language: req.t.language) {
        case .mailed: return req.redirect(to: InterestPaths.form() + "?done=sent", redirectType: .normal)
        case .invalid(let problems):
            form.errors = InterestTexts.errors(problems, req.t)
            return try await formPage(req, form, status: .unprocessableEntity)
        }
    }

    // MARK: The mailed links

    func confirmation(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        let lead = try await actions(req).pendingConfirmation(token)
        return HTMLResponse.make(
            InterestPages.confirmation(
                valid: lead != nil, action: InterestPaths.confirmation(token), csrf: CSRF.token(for: req), req.t),
            for: req, status: lead == nil ? .notFound : .ok, headers: ["Cache-Control": "private, no-store"])
    }

    func confirm(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        guard try await actions(req).confirm(token) else {
            return HTMLResponse.make(
                InterestPages.confirmation(
                    valid: false, action: InterestPaths.confirmation(token), csrf: CSRF.token(for: req), req.t),
                for: req, status: .notFound, headers: ["Cache-Control": "private, no-store"])
        }
        return HTMLResponse.make(
            InterestPages.confirmed(req.t), for: req, headers: ["Cache-Control": "private, no-store"])
    }

    func withdrawal(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        let lead = try await actions(req).withdrawable(token)
        return HTMLResponse.make(
            InterestPages.withdrawal(
                valid: lead != nil, action: InterestPaths.withdrawal(token), csrf: CSRF.token(for: req), req.t),
            for: req, status: lead == nil ? .notFound : .ok, headers: ["Cache-Control": "private, no-store"])
    }

    func withdraw(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        guard try await actions(req).withdraw(token) else {
            return HTMLResponse.make(
                InterestPages.withdrawal(
                    valid: false, action: InterestPaths.withdrawal(token), csrf: CSRF.token(for: req), req.t),
                for: req, status: .notFound, headers: ["Cache-Control": "private, no-store"])
        }
        return HTMLResponse.make(
            InterestPages.withdrawn(req.t), for: req, headers: ["Cache-Control": "private, no-store"])
    }

    // MARK: The hub team's leads

    func leads(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(LeadAction.work)
        var filter = LeadStore.Filter()
        filter.status = req.query[String.self, at: "status"].flatMap(LeadStatus.init(rawValue:))
        filter.interest = req.query[String.self, at: "interest"].flatMap(InterestKind.init(rawValue:))
        let page = req.query[Int.self, at: "page"] ?? 1
        guard Paging.isValid(page: page, per: filter.per) else { throw Abort(.badRequest) }
        filter.page = page
        let (leads, total) = try await actions(req).list(filter)
        return HTMLResponse.make(
            InterestPages.leads(.init(leads: leads, total: total, filter: filter), req.t), for: req,
            headers: ["Cache-Control": "private, no-store"])
    }

    func lead(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(LeadAction.work, hiding: true)
        let notice: String? = req.query[String.self, at: "done"] == "saved" ? req.t(.leadSaved) : nil
        return try await leadPage(req, try req.idParameter(), values: [:], errors: FormErrors(), notice: notice)
    }

    private func leadPage(
        _ req: Request, _ id: Int, values: [String: String], errors: FormErrors, notice: String? = nil
    ) async throws -> Response {
        let view = try await actions(req).view(id)
        return HTMLResponse.make(
            InterestPages.lead(
                .init(view: view, values: values, errors: errors, csrf: CSRF.token(for: req), notice: notice), req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity,
            headers: ["Cache-Control": "private, no-store"])
    }

    func changeLead(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(LeadAction.work, hiding: true)
        let id = try req.idParameter()
        var values: [String: String] = [:]
        for name in ["status", "outcome", "assignee"] { values[name] = req.formText(name, limit: 50) }
        values["note"] = req.formText("note")
        let assignee: Int?? =
            (values["assignee"] ?? "").isEmpty
            ? .some(nil) : Int(values["assignee"] ?? "").map { .some($0) } ?? .some(-1)
        let change = LeadChange(
            status: LeadStatus(rawValue: values["status"] ?? ""),
            outcome: LeadOutcome(rawValue: values["outcome"] ?? ""),
            assigneeID: assignee, note: values["note"] ?? "")
        switch try await actions(req).change(id, change) {
        case .changed: return req.redirect(to: InterestPaths.lead(id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            return try await leadPage(req, id, values: values, errors: InterestTexts.leadErrors(problems, req.t))
        }
    }

    // MARK: The test-user pool

    private func pool(_ req: Request) -> TestUserPool {
        TestUserPool(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    private func criteria(_ district: String, _ band: String) -> TestUserPool.Criteria {
        TestUserPool.Criteria(district: district, ageBand: AgeBand(rawValue: band))
    }

    func testUsers(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let district = String((req.query[String.self, at: "district"] ?? "").prefix(80))
        let band = req.query[String.self, at: "age_band"] ?? ""
        let invited = req.query[Int.self, at: "invited"]
        return try await testUsersPage(
            req, values: ["district": district, "age_band": band], errors: FormErrors(),
            notice: invited.map { req.t(.testUsersInvited("\($0)")) })
    }

    private func testUsersPage(
        _ req: Request, values: [String: String], errors: FormErrors, notice: String? = nil
    ) async throws -> Response {
        let view = try await pool(req).view(
            try req.idParameter(), try req.idParameter("experiment"),
            criteria(values["district"] ?? "", values["age_band"] ?? ""))
        return HTMLResponse.make(
            InterestPages.testUsers(
                .init(view: view, values: values, errors: errors, csrf: CSRF.token(for: req), notice: notice), req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity,
            headers: ["Cache-Control": "private, no-store"])
    }

    func inviteTestUsers(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let projectID = try req.idParameter()
        let experimentID = try req.idParameter("experiment")
        var values: [String: String] = [:]
        for name in ["district", "age_band", "count"] { values[name] = req.formText(name, limit: 80) }
        let count = Int(values["count"]?.trimmingCharacters(in: .whitespaces) ?? "")
        guard let count,
            let invited = try await pool(req).invite(
                projectID, experimentID, criteria(values["district"] ?? "", values["age_band"] ?? ""), count: count)
        else {
            var errors = FormErrors()
            errors.add("count", req.t(.testUsersErrorCount))
            return try await testUsersPage(req, values: values, errors: errors)
        }
        return req.redirect(
            to: HTMLAttribute.pathWithQuery(
                InterestPaths.testUsers(projectID, experimentID),
                ["district": values["district"] ?? "", "age_band": values["age_band"] ?? "", "invited": "\(invited)"]),
            redirectType: .normal)
    }

    func invitation(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        let invitation = try await pool(req).invitation(token)
        return HTMLResponse.make(
            InterestPages.invitation(invitation, token: token, csrf: CSRF.token(for: req), notice: nil, req.t),
            for: req, status: invitation == nil ? .notFound : .ok, headers: ["Cache-Control": "private, no-store"])
    }

    func answerInvitation(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        let accept = req.formText("answer", limit: 10) == "yes"
        let answered = try await pool(req).answer(token, accept: accept)
        let invitation = try await pool(req).invitation(token)
        let notice: String? = answered ? req.t(accept ? .testUsersAccepted : .testUsersDeclined) : nil
        return HTMLResponse.make(
            InterestPages.invitation(invitation, token: token, csrf: CSRF.token(for: req), notice: notice, req.t),
            for: req, status: invitation == nil ? .notFound : .ok, headers: ["Cache-Control": "private, no-store"])
    }

    func withdrawFromInvitation(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        guard try await pool(req).withdraw(token) else {
            return HTMLResponse.make(
                InterestPages.invitation(nil, token: token, csrf: CSRF.token(for: req), notice: nil, req.t),
                for: req, status: .notFound, headers: ["Cache-Control": "private, no-store"])
        }
        return HTMLResponse.make(
            InterestPages.withdrawn(req.t), for: req, headers: ["Cache-Control": "private, no-store"])
    }
}
