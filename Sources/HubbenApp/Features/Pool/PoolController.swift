import Foundation
import HubbenCore
import Vapor

/// The competence pool on the web: the pool, a person, one's own competencies and time, the hub-wide load,
/// and a project's staffing.
struct PoolController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(PoolPaths.list, use: list)
        routes.get(PoolPaths.mine, use: mine)
        routes.post(PoolPaths.addCompetency, use: addCompetency)
        routes.post(PoolPaths.removeCompetency, use: removeCompetency)
        routes.post(PoolPaths.addAvailability, use: addAvailability)
        routes.post(PoolPaths.removeAvailability, use: removeAvailability)
        routes.get(PoolPaths.person, use: person)
        routes.get(PoolPaths.load, use: load)
        routes.get(PoolPaths.staffing, use: staffing)
        routes.post(PoolPaths.needs, use: addNeed)
        routes.post(PoolPaths.needRemoval, use: removeNeed)
        routes.post(PoolPaths.assignments, use: assign)
        routes.post(PoolPaths.assignmentRemoval, use: removeAssignment)
    }

    private func actions(_ req: Request) -> PoolActions { PoolActions(context: req.actionContext) }

    private static let privateHeaders: HTTPHeaders = ["Cache-Control": "private, no-store"]

    /// A competency from a form: a role's value, or `skill` (or nothing chosen) with the words in `skill`.
    static func competency(_ choice: String, skill: String) -> Competency? {
        if let role = CompetencyRole(rawValue: choice) { return Competency(role) }
        guard choice.isEmpty || choice == Competency.skillColumn else { return nil }
        return Competency(skill: skill)
    }

    private static func query(_ req: Request, _ name: String) -> String {
        String((req.query[String.self, at: name] ?? "").prefix(200))
    }

    // MARK: The pool

    func list(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        var values: [String: String] = [:]
        for name in ["competency", "skill", "level", "free_from", "free_to", "page"] {
            values[name] = Self.query(req, name)
        }
        var filter = PoolStore.Filter()
        var errors = FormErrors()
        if !(values["competency"] ?? "").isEmpty || !(values["skill"] ?? "").isEmpty {
            filter.competency = Self.competency(values["competency"] ?? "", skill: values["skill"] ?? "")
            if filter.competency == nil { errors.add("skill", req.t(.poolErrorCompetency)) }
        }
        filter.level = Int(values["level"] ?? "").flatMap { CompetencyLevel.range.contains($0) ? $0 : nil }
        let from = values["free_from"].flatMap { Day(iso: $0) }
        let to = values["free_to"].flatMap { Day(iso: $0) }
        if !(values["free_from"] ?? "").isEmpty || !(values["free_to"] ?? "").isEmpty {
            if let from, let to, let period = Period(from: from, through: to) {
                filter.free = period
            } else {
                errors.add(from == nil ? "free_from" : "free_to", req.t(.poolErrorPeriod))
            }
        }
        filter.page =
            Int(values["page"] ?? "").flatMap { Paging.isValid(page: $0, per: PoolStore.Filter.per) ? $0 : nil } ?? 1
        let actions = actions(req)
        let t = req.t
        let build = { @Sendable [filter, values, errors] () async throws -> Page in
            let (people, total) = try await actions.people(filter)
            return PoolPages.list(
                .init(
                    people: people, total: total, page: filter.page, values: values, errors: errors,
                    withFree: filter.free != nil), t)
        }
        // Rendered once for everyone who sees the same part of the pool and typed the same filter.
        let typed = values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        let page =
            errors.isEmpty
            ? try await req.sharedPage("pool.list \(try await actions.scope().key) \(typed)") { try await build() }
            : try await build()
        return HTMLResponse.make(
            page, for: req, status: errors.isEmpty ? .ok : .unprocessableEntity, headers: Self.privateHeaders)
    }

    func person(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let view = try await actions(req).person(try req.idParameter())
        return HTMLResponse.make(PoolPages.person(.init(view: view), req.t), for: req, headers: Self.privateHeaders)
    }

    func load(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let from = Day(iso: Self.query(req, "from")) ?? Day(req.now)
        let page =
            Int(Self.query(req, "page")).flatMap { Paging.isValid(page: $0, per: PoolActions.loadPer) ? $0 : nil } ?? 1
        let actions = actions(req)
        let t = req.t
        let shown = try await req.sharedPage("pool.load \(try await actions.scope().key) \(from.iso) \(page)") {
            PoolPages.load(try await actions.load(from: from, page: page), from: from.iso, t)
        }
        return HTMLResponse.make(shown, for: req, headers: Self.privateHeaders)
    }

    // MARK: One's own

    func mine(req: Request) async throws -> Response {
        try await minePage(
            req, values: [:], errors: FormErrors(), notice: req.query[String.self, at: "done"] == "saved")
    }

    private func minePage(_ req: Request, values: [String: String], errors: FormErrors, notice: Bool = false)
        async throws -> Response
    {
        _ = try req.requireAccount()
        let view = try await actions(req).mine()
        return HTMLResponse.make(
            PoolPages.person(
                .init(
                    view: view, forms: .init(values: values, errors: errors, csrf: CSRF.token(for: req)),
                    notice: notice ? req.t(.poolSaved) : nil), req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity, headers: Self.privateHeaders)
    }

    private func saved(_ req: Request, _ result: PoolActions.SavedProfile, values: [String: String], field: String)
        async throws -> Response
    {
        switch result {
        case .saved: return req.redirect(to: PoolPaths.mine() + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            var errors = FormErrors()
            for message in PoolTexts.profileErrors(problems, req.t) { errors.add(field, message) }
            return try await minePage(req, values: values, errors: errors)
        }
    }

    func addCompetency(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        var values: [String: String] = [:]
        for name in ["competency", "skill", "level", "valid_from", "valid_until"] {
            values[name] = req.formText(name, limit: 200)
        }
        var errors = FormErrors()
        let competency = Self.competency(values["competency"] ?? "", skill: values["skill"] ?? "")
        if competency == nil { errors.add("skill", req.t(.poolErrorCompetency)) }
        let level = Int(values["level"] ?? "").flatMap { CompetencyLevel.range.contains($0) ? $0 : nil }
        if level == nil { errors.add("level", req.t(.poolErrorLevel)) }
        var unreadable = FieldProblems<StaffingNeedDraft.Field>()
        let from = FormInput.day(values["valid_from"] ?? "", .startsOn, into: &unreadable)
        let until = FormInput.day(values["valid_until"] ?? "", .endsOn, into: &unreadable)
        if unreadable[.startsOn] != nil { errors.add("valid_from", req.t(.dateInvalid)) }
        if unreadable[.endsOn] != nil { errors.add("valid_until", req.t(.dateInvalid)) }
        guard errors.isEmpty, let competency, let level else {
            return try await minePage(req, values: values, errors: errors)
        }
        let entry = CompetencyEntry(competency: competency, level: level, validFrom: from, validUntil: until)
        let result = try await actions(req).changeProfile { $0.competencies.append(entry) }
        return try await saved(req, result, values: values, field: result.isDuplicate ? "competency" : "valid_until")
    }

    func removeCompetency(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let key = req.formText("key", limit: 200)
        let result = try await actions(req).changeProfile {
            $0.competencies.removeAll { $0.competency.matchKey == key }
        }
        return try await saved(req, result, values: [:], field: "competency")
    }

    func addAvailability(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        var values: [String: String] = [:]
        for name in ["starts_on", "ends_on", "percent"] { values[name] = req.formText(name, limit: 200) }
        var problems = FieldProblems<StaffingNeedDraft.Field>()
        let from = FormInput.day(values["starts_on"] ?? "", .startsOn, into: &problems)
        let through = FormInput.day(values["ends_on"] ?? "", .endsOn, into: &problems)
        let percent = FormInput.int(values["percent"] ?? "", .percent, into: &problems)
        var errors = FormErrors()
        if problems[.startsOn] != nil || from == nil { errors.add("starts_on", req.t(.poolErrorStartsOn)) }
        let period = from.flatMap { from in through.flatMap { Period(from: from, through: $0) } }
        if period == nil { errors.add("ends_on", req.t(.poolErrorPeriod)) }
        if percent.map({ !(0...100).contains($0) }) ?? true {
            errors.add("percent", req.t(.poolErrorAvailabilityPercent))
        }
        guard errors.isEmpty, let period, let percent else {
            return try await minePage(req, values: values, errors: errors)
        }
        let result = try await actions(req).changeProfile {
            $0.availability.append(Allocation(period, percent: percent))
        }
        return try await saved(req, result, values: values, field: "starts_on")
    }

    func removeAvailability(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let parts = req.formText("period", limit: 60).split(separator: "/").map(String.init)
        let result = try await actions(req).changeProfile { profile in
            guard parts.count == 3,
                let index = profile.availability.firstIndex(where: {
                    $0.period.from.iso == parts[0] && $0.period.through.iso == parts[1] && "\($0.percent)" == parts[2]
                })
            else { return }
            profile.availability.remove(at: index)
        }
        return try await saved(req, result, values: [:], field: "starts_on")
    }

    // MARK: A project's staffing

    func staffing(req: Request) async throws -> Response {
        try await staffingPage(req, try req.idParameter(), values: [:], errors: FormErrors())
    }

    private func staffingPage(_ req: Request, _ projectID: Int, values: [String: String], errors: FormErrors)
        async throws -> Response
    {
        _ = try req.requireAccount()
        let view = try await actions(req).staffing(projectID)
        let notice: String? = req.query[String.self, at: "done"] == "saved" ? req.t(.poolSaved) : nil
        let t = req.t
        @Sendable func build(_ csrf: String) -> Page {
            StaffingPages.page(.init(view: view, values: values, errors: errors, csrf: csrf, notice: notice), t)
        }
        // The same for the whole hub team (`staffing` checked who may see it) unless a form is shown again with
        // what this person typed.
        let page =
            values.isEmpty && errors.isEmpty
            ? try await req.sharedPageWithForms("pool.staffing \(projectID) \(notice ?? "")") { build($0) }
            : build(CSRF.token(for: req))
        return HTMLResponse.make(
            page, for: req, status: errors.isEmpty ? .ok : .unprocessableEntity, headers: Self.privateHeaders)
    }

    private func done(_ req: Request, _ projectID: Int, anchor: String = "") -> Response {
        req.redirect(to: PoolPaths.staffing(projectID) + "?done=saved" + anchor, redirectType: .normal)
    }

    static let needFields = ["phase", "competency", "skill", "level", "percent", "starts_on", "ends_on"]

    static func needDraft(_ values: [String: String]) -> (StaffingNeedDraft, FieldProblems<StaffingNeedDraft.Field>) {
        var unreadable = FieldProblems<StaffingNeedDraft.Field>()
        let draft = StaffingNeedDraft(
            phase: ProjectPhase(rawValue: values["phase"] ?? ""),
            competency: competency(values["competency"] ?? "", skill: values["skill"] ?? ""),
            level: FormInput.int(values["level"] ?? "", .level, into: &unreadable),
            percent: FormInput.int(values["percent"] ?? "", .percent, into: &unreadable),
            startsOn: FormInput.day(values["starts_on"] ?? "", .startsOn, into: &unreadable),
            endsOn: FormInput.day(values["ends_on"] ?? "", .endsOn, into: &unreadable))
        return (draft, unreadable)
    }

    func addNeed(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let projectID = try req.idParameter()
        var values: [String: String] = [:]
        for name in Self.needFields { values[name] = req.formText(name, limit: 200) }
        let (draft, unreadable) = Self.needDraft(values)
        switch try await actions(req).addNeed(projectID, draft, unreadable: unreadable) {
        case .saved(let need): return done(req, projectID, anchor: "#need-\(need.id)")
        case .invalid(let problems):
            var errors = PoolTexts.needErrors(problems, req.t)
            if let message = errors["competency"], !(values["competency"] ?? "").isEmpty {
                // The words are what is missing when "other skill" was chosen.
                errors = FormErrors()
                errors.add("skill", message)
                for (field, text) in PoolTexts.needErrors(problems, req.t).items where field != "competency" {
                    errors.add(field, text)
                }
            }
            return try await staffingPage(req, projectID, values: values, errors: errors)
        }
    }

    func removeNeed(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let projectID = try req.idParameter()
        guard let needID = req.parameters.get("need", as: Int.self) else { throw Abort(.notFound) }
        try await actions(req).removeNeed(projectID, needID: needID)
        return done(req, projectID)
    }

    func assign(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let projectID = try req.idParameter()
        let request = PoolActions.AssignmentRequest(
            accountID: Int(req.formText("account_id", limit: 30)), needID: Int(req.formText("need_id", limit: 30)))
        switch try await actions(req).assign(projectID, request) {
        case .assigned(let assignment, _):
            return done(req, projectID, anchor: assignment.needID.map { "#need-\($0)" } ?? "")
        case .invalid(let problems):
            let errors = PoolTexts.assignmentErrors(problems, req.t)
            return try await staffingPage(req, projectID, values: [:], errors: errors)
        }
    }

    func removeAssignment(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let projectID = try req.idParameter()
        guard let id = req.parameters.get("assignment", as: Int.self) else { throw Abort(.notFound) }
        try await actions(req).removeAssignment(projectID, assignmentID: id)
        return done(req, projectID)
    }
}

extension PoolActions.SavedProfile {
    var isDuplicate: Bool {
        if case .invalid(let problems) = self {
            return problems.contains { if case .duplicate = $0 { true } else { false } }
        }
        return false
    }
}
