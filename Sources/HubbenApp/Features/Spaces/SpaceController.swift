import Fluent
import Foundation
import HubbenCore
import Vapor

/// The hub's spaces on the web: the spaces and who is where, a round with its applications, applying, and the
/// coaches' decisions.
struct SpaceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SpacePaths.list, use: list)
        routes.post(SpacePaths.list, use: addSpace)
        routes.post(SpacePaths.rounds, use: addRound)
        routes.get(SpacePaths.round, use: round)
        routes.post(SpacePaths.apply, use: apply)
        routes.post(SpacePaths.decision, use: decide)
        routes.post(SpacePaths.withdrawal, use: withdraw)
        routes.get(SpacePaths.editSpace, use: editSpace)
        routes.post(SpacePaths.editSpace, use: changeSpace)
        routes.get(SpacePaths.editRound, use: editRound)
        routes.post(SpacePaths.editRound, use: changeRound)
    }

    private func actions(_ req: Request) -> SpaceActions {
        SpaceActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    func list(req: Request) async throws -> Response {
        try await listPage(req, values: [:], errors: FormErrors())
    }

    private func listPage(_ req: Request, values: [String: String], errors: FormErrors) async throws -> Response {
        let store = SpaceStore(database: req.db)
        let rounds = try await store.rounds()
        // The timeline shows the round whose period is now or next, else the newest.
        let today = Day(req.now)
        let shown =
            rounds.filter { $0.lastWeek.adding(days: 6) >= today }.min { $0.firstWeek < $1.firstWeek } ?? rounds.first
        var approved: [SpaceApplication] = []
        if let shown {
            approved = try await actions(req).timeline(
                from: shown.firstWeek.start, to: shown.lastWeek.adding(days: 7).start
            ).approved
        }
        let model = SpacePages.ListModel(
            spaces: try await store.spaces(), rounds: rounds, shown: shown,
            approved: approved.filter { $0.roundID == shown?.id }, now: req.now,
            team: Authorization.allows(req.actor, SpaceAction.allocate)
                ? .init(values: values, errors: errors, csrf: CSRF.token(for: req)) : nil)
        return HTMLResponse.make(
            SpacePages.list(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func addSpace(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(SpaceAction.allocate)
        let (values, draft, unreadable) = Self.spaceDraft(req)
        let problems =
            unreadable.isEmpty
            ? try await actions(req).addSpace(draft) : unreadable.merging(draft.problems()) { typed, _ in typed }
        if problems.isEmpty { return req.redirect(to: SpacePaths.list(), redirectType: .normal) }
        return try await listPage(req, values: values, errors: SpaceTexts.spaceErrors(problems, req.t))
    }

    func addRound(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(SpaceAction.allocate)
        let (values, draft, unreadable) = Self.roundDraft(req)
        let (id, problems) = try await actions(req).addRound(draft, unreadable: unreadable)
        if let id { return req.redirect(to: SpacePaths.round(id), redirectType: .normal) }
        return try await listPage(req, values: values, errors: SpaceTexts.roundErrors(problems, req.t))
    }

    func round(req: Request) async throws -> Response {
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "applied": req.t(.spaceApplied)
            case "decided": req.t(.spaceDecided)
            case "withdrawn": req.t(.spaceWithdrawn)
            default: nil
            }
        return try await roundPage(req, try req.idParameter(), form: .init(), errors: FormErrors(), notice: notice)
    }

    private func roundPage(
        _ req: Request, _ roundID: Int, form: SpacePages.ApplyForm, errors: FormErrors,
        failed: (id: Int, message: String)? = nil,
        notice: String? = nil
    ) async throws -> Response {
        let view = try await actions(req).roundView(roundID)
        let model = SpacePages.RoundModel(
            view: view, form: form, errors: errors, failed: failed, notice: notice,
            csrf: req.account == nil ? nil : CSRF.token(for: req), signInPath: req.signInPath, now: req.now)
        let failedStatus = errors.isEmpty && failed == nil
        return HTMLResponse.make(
            SpacePages.round(model, req.t), for: req, status: failedStatus ? .ok : .unprocessableEntity,
            headers: req.account == nil ? [:] : ["Cache-Control": "private, no-store"])
    }

    func apply(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let roundID = try req.idParameter()
        let form = SpacePages.ApplyForm(
            project: req.formText("project", limit: 30), firstWeek: req.formText("first_week", limit: 100),
            lastWeek: req.formText("last_week", limit: 100), teamSize: req.formText("team_size", limit: 100),
            needs: req.formText("needs"), wishedSpace: req.formText("wished_space", limit: 30))
        var unreadable = FieldProblems<SpaceApplicationDraft.Field>()
        let draft = SpaceApplicationDraft(
            roundID: roundID, projectID: Int(form.project),
            firstWeek: FormInput.day(form.firstWeek, .firstWeek, into: &unreadable),
            lastWeek: FormInput.day(form.lastWeek, .lastWeek, into: &unreadable),
            teamSize: FormInput.int(form.teamSize, .teamSize, into: &unreadable), needs: form.needs,
            wishedSpaceID: Int(form.wishedSpace))
        switch try await actions(req).apply(draft, unreadable: unreadable) {
        case .applied:
            return req.redirect(to: SpacePaths.round(roundID) + "?done=applied#applications", redirectType: .normal)
        case .invalid(let problems):
            if problems[.round] == .invalid { throw Abort(.notFound) }
            return try await roundPage(req, roundID, form: form, errors: SpaceTexts.formErrors(problems, req.t))
        }
    }

    func decide(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        guard let application = try await SpaceStore(database: req.db).application(id: id) else {
            throw Abort(.notFound)
        }
        let decision: SpaceDecision
        switch req.formText("decision", limit: 20) {
        case "approve":
            guard let space = Int(req.formText("space", limit: 30)) else { throw Abort(.unprocessableEntity) }
            decision = .approve(spaceID: space)
        case "decline": decision = .decline(reason: req.formText("reason"))
        default: throw Abort(.unprocessableEntity)
        }
        let message: String
        switch try await actions(req).decide(id, decision) {
        case .decided:
            return req.redirect(
                to: SpacePaths.round(application.roundID) + "?done=decided#applications", redirectType: .normal)
        case .conflict(let other):
            message = req.t(
                .spaceConflict(
                    project: other.projectTitle,
                    weeks: SpaceTexts.weeks(other.firstWeek, other.lastWeek, req.t.language)))
        case .invalid(let reasonMissing):
            message = reasonMissing ? req.t(.bookingErrorReason) : req.t(.spaceErrorPlace)
        case .notPossible: message = req.t(.bookingNotPossible)
        }
        return try await roundPage(req, application.roundID, form: .init(), errors: FormErrors(), failed: (id, message))
    }

    func withdraw(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        guard let application = try await SpaceStore(database: req.db).application(id: id) else {
            throw Abort(.notFound)
        }
        switch try await actions(req).withdraw(id) {
        case .withdrawn:
            return req.redirect(
                to: SpacePaths.round(application.roundID) + "?done=withdrawn#applications", redirectType: .normal)
        case .notPossible:
            return try await roundPage(
                req, application.roundID, form: .init(), errors: FormErrors(),
                failed: (id, req.t(.bookingNotPossible)))
        }
    }

    // MARK: The hub team changes a space or a round

    private static func spaceDraft(_ req: Request) -> ([String: String], SpaceDraft, FieldProblems<SpaceDraft.Field>) {
        var values: [String: String] = [:]
        for name in ["kind", "name", "capacity", "equipment"] { values[name] = req.formText(name) }
        var unreadable = FieldProblems<SpaceDraft.Field>()
        let draft = SpaceDraft(
            kind: SpaceKind(rawValue: values["kind"] ?? ""), name: values["name"] ?? "",
            capacity: FormInput.int(values["capacity"] ?? "", .capacity, into: &unreadable),
            equipment: (values["equipment"] ?? "").split(whereSeparator: \.isNewline).map(String.init))
        return (values, draft, unreadable)
    }

    private static func roundDraft(_ req: Request) -> (
        [String: String], SpaceRoundDraft, FieldProblems<SpaceRoundDraft.Field>
    ) {
        var values: [String: String] = [:]
        for name in ["round_name", "opens_on", "closes_on", "first_week", "last_week"] {
            values[name] = req.formText(name, limit: 200)
        }
        var unreadable = FieldProblems<SpaceRoundDraft.Field>()
        let draft = SpaceRoundDraft(
            name: values["round_name"] ?? "",
            opensOn: FormInput.day(values["opens_on"] ?? "", .opensOn, into: &unreadable),
            closesOn: FormInput.day(values["closes_on"] ?? "", .closesOn, into: &unreadable),
            firstWeek: FormInput.day(values["first_week"] ?? "", .firstWeek, into: &unreadable),
            lastWeek: FormInput.day(values["last_week"] ?? "", .lastWeek, into: &unreadable))
        return (values, draft, unreadable)
    }

    func editSpace(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(SpaceAction.allocate)
        let id = try req.idParameter()
        guard let space = try await SpaceStore(database: req.db).spaces().first(where: { $0.id == id }) else {
            throw Abort(.notFound)
        }
        return spaceForm(req, id: id, values: SpacePages.values(of: space), errors: FormErrors())
    }

    func changeSpace(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let (values, draft, unreadable) = Self.spaceDraft(req)
        switch try await actions(req).changeSpace(id, draft, unreadable: unreadable) {
        case .changed: return req.redirect(to: SpacePaths.list(), redirectType: .normal)
        case .invalid(let problems):
            return spaceForm(req, id: id, values: values, errors: SpaceTexts.spaceErrors(problems, req.t))
        case .placedTeamTooBig(let size):
            var errors = FormErrors()
            errors.add("capacity", req.t(.spaceErrorPlacedTeam("\(size)")))
            return spaceForm(req, id: id, values: values, errors: errors)
        }
    }

    private func spaceForm(_ req: Request, id: Int, values: [String: String], errors: FormErrors) -> Response {
        editPage(
            req, title: .spaceEditTitle, action: SpacePaths.editSpace(id), submit: .spaceEditSubmit, values: values,
            errors: errors, fields: SpacePages.spaceFields)
    }

    private func editPage(
        _ req: Request, title: LocalizedText, action: String, submit: LocalizedText, values: [String: String],
        errors: FormErrors, fields: (SpacePages.TeamForms, Localizer) -> Node
    ) -> Response {
        let forms = SpacePages.TeamForms(values: values, errors: errors, csrf: CSRF.token(for: req))
        return HTMLResponse.make(
            SpacePages.edit(
                title: req.t(title), action: action, submit: req.t(submit), fields: fields(forms, req.t),
                forms: forms, req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func editRound(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(SpaceAction.allocate)
        let id = try req.idParameter()
        guard let round = try await SpaceStore(database: req.db).round(id: id) else { throw Abort(.notFound) }
        return roundForm(req, id: id, values: SpacePages.values(of: round), errors: FormErrors())
    }

    func changeRound(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let (values, draft, unreadable) = Self.roundDraft(req)
        switch try await actions(req).changeRound(id, draft, unreadable: unreadable) {
        case .changed: return req.redirect(to: SpacePaths.round(id), redirectType: .normal)
        case .invalid(let problems):
            return roundForm(req, id: id, values: values, errors: SpaceTexts.roundErrors(problems, req.t))
        case .applicationsOutside(let count):
            var errors = FormErrors()
            errors.add("first_week", req.t(.spaceErrorApplicationsOutside("\(count)")))
            return roundForm(req, id: id, values: values, errors: errors)
        }
    }

    private func roundForm(_ req: Request, id: Int, values: [String: String], errors: FormErrors) -> Response {
        editPage(
            req, title: .spaceRoundEditTitle, action: SpacePaths.editRound(id), submit: .spaceRoundEditSubmit,
            values: values, errors: errors, fields: SpacePages.roundFields)
    }
}
