import Foundation
import HubbenCore
import Vapor

/// The method toolbox on the web: the list, a method's page, and the coaches' forms.
struct MethodController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(MethodPaths.list, use: list)
        routes.get(MethodPaths.new, use: newForm)
        routes.post(MethodPaths.new, use: create)
        routes.get(MethodPaths.showRoute, use: show)
        routes.get(MethodPaths.editRoute, use: editForm)
        routes.post(MethodPaths.editRoute, use: update)
    }

    private func actions(_ req: Request) -> MethodActions { MethodActions(context: req.actionContext) }

    private func slug(_ req: Request) -> String { String((req.parameters.get("slug") ?? "").prefix(80)) }

    func list(req: Request) async throws -> Response {
        let actions = actions(req)
        let phase = req.query[String.self, at: "phase"].flatMap { ProjectPhase(rawValue: String($0.prefix(40))) }
        let t = req.t
        // Rendered once for everyone who may (or may not) edit the toolbox.
        let page = try await req.sharedPage("methods.page \(phase?.rawValue ?? "all") \(actions.mayEdit)") {
            MethodPages.list(.init(methods: try await actions.list(), phase: phase, mayEdit: actions.mayEdit), t)
        }
        return HTMLResponse.make(page, for: req)
    }

    func show(req: Request) async throws -> Response {
        let actions = actions(req)
        let view = try await actions.view(slug(req))
        let notice: String? = req.query[String.self, at: "done"] == "saved" ? req.t(.methodSaved) : nil
        let t = req.t
        let page = try await req.sharedPage(
            "method.page \(view.method.draft.slug) \(actions.mayEdit) \(notice ?? "")"
        ) { MethodPages.show(view, mayEdit: actions.mayEdit, notice: notice, t) }
        return HTMLResponse.make(page, for: req)
    }

    // MARK: The coaches' forms

    private static func draft(_ req: Request, slug: String?) -> (
        MethodDraft, values: [String: String], phases: Set<String>
    ) {
        var values: [String: String] = [:]
        for field in MethodDraft.Field.allCases where field != .phases {
            values[field.rawValue] = req.formText(field.rawValue, limit: MethodDraft.textLimit + 1_000)
        }
        if let slug { values["slug"] = slug }
        let phases = Set(
            ((try? req.content.get([String].self, at: "phases")) ?? []).prefix(10).map { String($0.prefix(40)) })
        func text(_ suffix: String) -> MethodText {
            func value(_ key: String) -> String { values["\(key)_\(suffix)"] ?? "" }
            return MethodText(
                name: value("name"), summary: value("summary"), whenToUse: value("when_to_use"), steps: value("steps"),
                timeNeeded: value("time_needed"), peopleNeeded: value("people_needed"), materials: value("materials"),
                pitfalls: value("pitfalls"), example: value("example"))
        }
        let draft = MethodDraft(
            slug: values["slug"] ?? "", phases: Set(phases.compactMap(ProjectPhase.init(rawValue:))),
            swedish: text("sv"), english: text("en"))
        return (draft, values, phases)
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        guard actions(req).mayEdit else { throw Abort(.forbidden) }
        return HTMLResponse.make(MethodPages.form(.init(slug: nil, csrf: CSRF.token(for: req)), req.t), for: req)
    }

    func create(req: Request) async throws -> Response {
        try await save(req, slug: nil)
    }

    /// A new method (`slug` nil) or a change to one: to its page when saved, the form again with every problem
    /// at its field and everything typed when not.
    private func save(_ req: Request, slug: String?) async throws -> Response {
        _ = try req.requireAccount()
        let (draft, values, phases) = Self.draft(req, slug: slug)
        let actions = actions(req)
        let saved: MethodActions.Saved
        if let slug { saved = try await actions.update(slug, draft) } else { saved = try await actions.create(draft) }
        switch saved {
        case .saved(let slug): return req.redirect(to: MethodPaths.show(slug) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            return HTMLResponse.make(
                MethodPages.form(
                    .init(
                        slug: slug, values: values, phases: phases, errors: MethodTexts.errors(problems, req.t),
                        csrf: CSRF.token(for: req)), req.t),
                for: req, status: .unprocessableEntity)
        }
    }

    func editForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let method = try await actions(req).editable(slug(req))
        let (values, phases) = MethodPages.values(method.draft)
        return HTMLResponse.make(
            MethodPages.form(
                .init(slug: method.slug, values: values, phases: phases, csrf: CSRF.token(for: req)), req.t),
            for: req)
    }

    func update(req: Request) async throws -> Response {
        try await save(req, slug: slug(req))
    }
}
