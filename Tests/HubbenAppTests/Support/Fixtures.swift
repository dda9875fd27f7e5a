import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

// Fixtures the app tests share: ideas, action contexts and a small hub with projects.

extension Application {
    /// Creates an idea through the store, as its author would.
    @discardableResult
    func makeIdea(
        _ title: String, summary: String = "En sammanfattning.", need: String = "Ett behov.",
        themes: [String] = ["miljo"],
        authorID: Int, at date: Date = Date()
    ) async throws -> Int {
        let store = IdeaStore(database: db)
        let all = try await store.themes()
        let ids = themes.compactMap { slug in all.first { $0.slug == slug }?.id }
        return try await store.create(
            IdeaDraft(title: title, summary: summary, need: need, themeIDs: ids), authorID: authorID, now: date)
    }
}

extension Application {
    /// An action context for `accountID` (nil: anonymous) at the application's clock, as a request would make it.
    func actionContext(for accountID: Int?) async throws -> ActionContext {
        let account = try await accountID.asyncFlatMap {
            try await AccountStore(database: db, hasher: password).account(id: $0)
        }
        let now = hubben.clock.now()
        return ActionContext(
            database: db, account: account, now: now, hasher: password,
            throttle: Throttle(database: db, address: "192.0.2.1", now: now, logger: logger),
            services: hubben, logger: logger)
    }
}

/// A hub with a coach, a lead, a resident, a department and a partner, for project tests.
struct ProjectFixture {
    let app: Application
    let coach: Int
    let lead: Int
    let resident: Int
    let department: Int
    let partner: Int

    static func make(_ app: Application) async throws -> ProjectFixture {
        let organizations = OrganizationStore(database: app.db)
        let department = try #require(
            try await organizations.create(name: "Stadsbyggnadsförvaltningen", kind: .department, description: ""))
        let partner = try #require(
            try await organizations.create(name: "Sundkraft Energi AB", kind: .partner, description: ""))
        return ProjectFixture(
            app: app,
            coach: try await app.makeAccount("Sara Coach", "coach@example.se", roles: [.coach]),
            lead: try await app.makeAccount("Erik Lead", "lead@example.se", roles: [.staff]),
            resident: try await app.makeAccount("Rut Invånare", "rut@example.se"),
            department: department.id, partner: partner.id)
    }

    var store: ProjectStore { ProjectStore(database: app.db) }

    func project(
        _ title: String, visibility: ProjectVisibility = .public, theme: String? = nil, organizations: [Int]? = nil,
        at date: Date = Date()
    ) async throws -> Int {
        let themes = try await IdeaStore(database: app.db).themes()
        let themeIDs = theme.map { slug in themes.filter { $0.slug == slug }.map(\.id) } ?? []
        return try await store.create(
            ProjectDraft(
                title: title, what: "Vad vi gör", organizationIDs: organizations ?? [department], themeIDs: themeIDs,
                visibility: visibility, leadID: lead, coachID: coach), ideaID: nil, createdBy: coach, now: date)
    }

    func decide(_ id: Int, _ draft: GateDecisionDraft, expecting: ProjectPhase? = nil) async throws {
        _ = try await store.decide(
            projectID: id, draft, actor: Actor(accountID: coach, roles: [.resident, .coach]), relation: .coach,
            expecting: expecting, now: Date())
    }

    func acceptedIdea(_ title: String) async throws -> Int {
        let id = try await app.makeIdea(title, authorID: resident)
        let triage = TriageStore(database: app.db)
        try await triage.change(ideaID: id, StatusChange(to: .underReview), by: coach, now: Date())
        try await triage.change(ideaID: id, StatusChange(to: .accepted, reason: "Bra"), by: coach, now: Date())
        return id
    }
}
