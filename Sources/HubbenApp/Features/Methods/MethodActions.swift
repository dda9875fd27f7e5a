import Fluent
import Foundation
import HubbenCore

/// The method toolbox for the web, the API and the demo: everyone reads it, with how the hub used each method;
/// coaches and admins write it.
struct MethodActions {
    let context: ActionContext

    private var store: MethodStore { MethodStore(database: context.database) }

    /// How many of a method's public experiments its page lists.
    static let experimentsShown = 30

    var mayEdit: Bool { Authorization.allows(context.actor, MethodAction.edit) }

    /// Every method with its number of uses, shared for a moment between everyone.
    func list() async throws -> [ToolboxMethod] {
        let store = store
        return try await context.sharedRead("methods.list") { try await store.list() }
    }

    /// A method's page: the method, how the hub used it, and the public experiments that did.
    struct MethodView: Sendable, Equatable {
        var method: ToolboxMethod
        var use: MethodUse
        var experiments: [MethodExperiment]
        var publicExperiments: Int
    }

    func view(_ slug: String) async throws -> MethodView {
        let store = store
        let view = try await context.sharedRead("methods.show \(slug)") { () -> MethodView? in
            guard MethodDraft.isSlug(slug), let method = try await store.method(slug: slug) else { return nil }
            let (experiments, total) = try await store.publicExperiments(slug: slug, limit: Self.experimentsShown)
            return MethodView(
                method: method, use: try await store.use(slug: slug), experiments: experiments,
                publicExperiments: total)
        }
        guard let view else { throw ActionRefusal.notFound }
        return view
    }

    /// The method for its edit form (coaches and admins).
    func editable(_ slug: String) async throws -> ToolboxMethod {
        _ = try context.require(MethodAction.edit)
        guard MethodDraft.isSlug(slug), let method = try await store.method(slug: slug) else {
            throw ActionRefusal.notFound
        }
        return method
    }

    enum Saved: Sendable {
        case saved(slug: String)
        case invalid(FieldProblems<MethodDraft.Field>)
    }

    func create(_ draft: MethodDraft) async throws -> Saved {
        let account = try context.require(MethodAction.edit)
        let problems = draft.problems
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        let id = try await context.database.writeTransaction { db in
            guard let id = try await MethodStore(database: db).insert(draft, by: account.id, now: now) else {
                return nil as Int?
            }
            try await AuditLog(database: db).record(
                actorID: account.id, action: "method.create", targetType: "method", targetID: id, details: draft.slug,
                now: now)
            try await SiteSearch(sql: try db.sql).index(SiteSearch.methods, ids: [id])
            return id
        }
        // Two coaches choosing the same slug at once: the database keeps one.
        guard id != nil else { return .invalid([.slug: .closed]) }
        return .saved(slug: draft.slug)
    }

    /// The method's texts and phases; its slug never changes.
    func update(_ slug: String, _ draft: MethodDraft) async throws -> Saved {
        let method = try await editable(slug)
        let account = try context.require(MethodAction.edit)
        var kept = draft
        kept.slug = method.slug
        let draft = kept
        let problems = draft.problems
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await MethodStore(database: db).update(slug: method.slug, draft, by: account.id, now: now)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "method.update", targetType: "method", targetID: method.id,
                details: method.slug, now: now)
            try await SiteSearch(sql: try db.sql).index(SiteSearch.methods, ids: [method.id])
        }
        return .saved(slug: method.slug)
    }
}
