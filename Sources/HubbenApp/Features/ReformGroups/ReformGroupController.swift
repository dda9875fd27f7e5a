import Fluent
import Foundation
import HubbenCore
import Vapor

/// Reform groups on the web: the list, a group's page with its work, and the forms of its chair, secretary and
/// the hub team.
struct ReformGroupController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ReformGroupPaths.list, use: list)
        routes.get(ReformGroupPaths.show, use: show)
        routes.post(ReformGroupPaths.meetings, use: addMeeting)
        routes.post(ReformGroupPaths.dialogues, use: addDialogue)
        routes.post(ReformGroupPaths.members, use: addMember)
        routes.post(ReformGroupPaths.endMembership, use: endMembership)
        routes.post(ReformGroupPaths.period, use: setPeriod)
    }

    private func actions(_ req: Request) -> ReformGroupActions { ReformGroupActions(context: req.actionContext) }

    func list(req: Request) async throws -> Response {
        let page = try await req.sharedPage("reform-groups") {
            ReformGroupPages.list(try await actions(req).list(), req.t)
        }
        return HTMLResponse.make(page, for: req)
    }

    func show(req: Request) async throws -> Response {
        let notice: String? = req.query[String.self, at: "done"] == "saved" ? req.t(.accountSaved) : nil
        return try await page(req, try req.idParameter(), values: [:], errors: FormErrors(), notice: notice)
    }

    private func page(
        _ req: Request, _ id: Int, values: [String: String], errors: FormErrors, notice: String? = nil
    ) async throws -> Response {
        let view = try await actions(req).view(id)
        let signedIn = req.account != nil
        return HTMLResponse.make(
            ReformGroupPages.show(
                .init(
                    view: view, values: values, errors: errors, csrf: signedIn ? CSRF.token(for: req) : nil,
                    notice: notice, today: Day(req.now)), req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity,
            headers: signedIn ? ["Cache-Control": "private, no-store"] : [:])
    }

    private func values(_ req: Request, _ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            values[name] = req.formText(
                name, limit: name.hasSuffix("minutes") || name.hasSuffix("heard") ? 20_000 : 5_000)
        }
        return values
    }

    private func done(_ req: Request, _ id: Int, _ anchor: String) -> Response {
        req.redirect(to: ReformGroupPaths.show(id) + "?done=saved#" + anchor, redirectType: .normal)
    }

    /// A form's errors under the names its fields have on the page (`meeting_title`, `dialogue_place` …).
    private func errors<Field: DraftField>(_ problems: FieldProblems<Field>, prefix: String, _ t: Localizer)
        -> FormErrors
    {
        var errors = FormErrors()
        for field in Field.allCases {
            guard let problem = problems[field] else { continue }
            // A member's account is found by the address typed into `member_email`.
            let name = field.rawValue == "account" ? "email" : field.rawValue
            errors.add(prefix + name, ReformGroupTexts.message(field.rawValue, problem, t))
        }
        return errors
    }

    func addMeeting(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let values = values(
            req, ["meeting_held_on", "meeting_title", "meeting_agenda", "meeting_minutes", "meeting_visibility"])
        var unreadable = FieldProblems<ReformGroupMeetingDraft.Field>()
        let draft = ReformGroupMeetingDraft(
            heldOn: FormInput.day(values["meeting_held_on"] ?? "", .heldOn, into: &unreadable),
            title: values["meeting_title"] ?? "", agenda: values["meeting_agenda"] ?? "",
            minutes: values["meeting_minutes"] ?? "",
            visibility: MeetingVisibility(rawValue: values["meeting_visibility"] ?? ""))
        switch try await actions(req).addMeeting(id, draft, unreadable: unreadable) {
        case .saved: return done(req, id, "meetings")
        case .invalid(let problems):
            return try await page(req, id, values: values, errors: errors(problems, prefix: "meeting_", req.t))
        }
    }

    func addDialogue(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let values = values(req, ["dialogue_held_on", "dialogue_place", "dialogue_participants", "dialogue_heard"])
        var unreadable = FieldProblems<CitizenDialogueDraft.Field>()
        let draft = CitizenDialogueDraft(
            heldOn: FormInput.day(values["dialogue_held_on"] ?? "", .heldOn, into: &unreadable),
            place: values["dialogue_place"] ?? "",
            participants: FormInput.int(values["dialogue_participants"] ?? "", .participants, into: &unreadable),
            heard: values["dialogue_heard"] ?? "")
        switch try await actions(req).addDialogue(id, draft, unreadable: unreadable) {
        case .saved: return done(req, id, "dialogues")
        case .invalid(let problems):
            return try await page(req, id, values: values, errors: errors(problems, prefix: "dialogue_", req.t))
        }
    }

    func addMember(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let values = values(
            req,
            [
                "member_email", "member_name", "member_organization", "member_sector", "member_position",
                "member_shown", "member_starts_on",
            ])
        var unreadable = FieldProblems<ReformGroupMemberDraft.Field>()
        var accountID: Int?
        let email = values["member_email"] ?? ""
        if !email.isEmpty {
            accountID = try await AccountStore(database: req.db, hasher: req.password).account(email: email)?.id
            if accountID == nil { unreadable[.account] = .invalid }
        }
        let draft = ReformGroupMemberDraft(
            accountID: accountID, name: values["member_name"] ?? "", organization: values["member_organization"] ?? "",
            sector: MemberSector(rawValue: values["member_sector"] ?? ""),
            position: MemberPosition(rawValue: values["member_position"] ?? ""),
            shownPublicly: values["member_shown"] == "yes",
            startsOn: FormInput.day(values["member_starts_on"] ?? "", .startsOn, into: &unreadable))
        switch try await actions(req).addMember(id, draft, unreadable: unreadable) {
        case .saved: return done(req, id, "members")
        case .invalid(let problems):
            return try await page(req, id, values: values, errors: errors(problems, prefix: "member_", req.t))
        }
    }

    func endMembership(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        _ = try await actions(req).endMembership(id, memberID: try req.idParameter("member"))
        return done(req, id, "members")
    }

    func setPeriod(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let values = values(req, ["purpose", "starts_on", "ends_on"])
        var unreadable = FieldProblems<ReformGroupActions.PeriodField>()
        let starts = FormInput.day(values["starts_on"] ?? "", .startsOn, into: &unreadable)
        let ends = FormInput.day(values["ends_on"] ?? "", .endsOn, into: &unreadable)
        switch try await actions(req).setPeriod(
            id, purpose: values["purpose"] ?? "", startsOn: starts, endsOn: ends, unreadable: unreadable)
        {
        case .saved: return done(req, id, "purpose")
        case .invalid(let problems):
            return try await page(req, id, values: values, errors: errors(problems, prefix: "", req.t))
        }
    }
}
