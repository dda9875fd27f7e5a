import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("Project actions: one flow for the web and the API, recorded as activity for whom may read it")
struct ProjectActionsTests: APITestSuite {
    @Test(
        "Starting from an idea, a journal entry, a gate decision: each recorded with its project, public as the project is"
    )
    func activityFollowsVisibility() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await hub.acceptedIdea("Cykelbana till skolan")
            let coach = ProjectActions(context: try await app.actionContext(for: hub.coach))
            let draft = ProjectDraft(
                title: "Cykelbanan", what: "Vad vi gör", organizationIDs: [hub.department], visibility: .public,
                leadID: hub.lead, coachID: hub.coach)
            guard case .started(let project) = try await coach.start(draft, fromIdea: idea) else {
                Issue.record("not started"); return
            }
            guard
                case .saved(let note) = try await coach.addJournalEntry(
                    projectID: project.id,
                    JournalDraft(kind: .note, title: "Internt", body: "Bara teamet", visibility: .internal))
            else { Issue.record("no entry"); return }
            guard
                case .saved(let post) = try await coach.addJournalEntry(
                    projectID: project.id,
                    JournalDraft(kind: .note, title: "Publikt", body: "Alla", visibility: .public))
            else { Issue.record("no entry"); return }
            guard
                case .decided(let gate) = try await coach.decide(
                    projectID: project.id, GateDecisionDraft(kind: .continue, rationale: "Vidare"),
                    expecting: .needInsight)
            else { Issue.record("no decision"); return }

            let entries = try await ActivityLog(database: app.db).entries(about: .project, project.id)
            #expect(entries.map(\.kind) == [.projectStarted, .journalEntryAdded, .journalEntryAdded, .gateDecided])
            #expect(entries.map(\.subjectID) == [project.id, note.id, post.id, gate.id])
            #expect(entries.map(\.audience) == [.public, .internal, .public, .public])
            // The idea it came from knows too.
            #expect(
                try await ActivityLog(database: app.db).entries(about: .idea, idea).map(\.kind).contains(
                    .projectStarted))
        }
    }

    @Test("Everything in an internal project is internal activity; refusals record nothing")
    func internalProjectAndRefusals() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let id = try await hub.project("Internt projekt", visibility: .internal)
            let resident = ProjectActions(context: try await app.actionContext(for: hub.resident))
            await #expect(throws: ActionRefusal.notFound) { _ = try await resident.visible(id) }
            await #expect(throws: ActionRefusal.notFound) {
                _ = try await resident.addJournalEntry(
                    projectID: id, JournalDraft(kind: .note, title: "Hej", body: "Hej", visibility: .public))
            }
            let anonymous = ProjectActions(context: try await app.actionContext(for: nil))
            await #expect(throws: ActionRefusal.notSignedIn) {
                _ = try await anonymous.start(
                    ProjectDraft(title: "X", what: "Y", organizationIDs: [hub.department], visibility: .public),
                    fromIdea: nil)
            }
            #expect(try await ActivityRecord.query(on: app.db).count() == 0)

            let lead = ProjectActions(context: try await app.actionContext(for: hub.lead))
            _ = try await lead.addJournalEntry(
                projectID: id, JournalDraft(kind: .note, title: "Hej", body: "Hej", visibility: .public))
            guard
                case .invalid(let problems) = try await lead.addGoal(
                    projectID: id, EffectGoalDraft(what: "", forWhom: "", measure: "", baseline: "", target: ""))
            else { Issue.record("an empty goal was saved"); return }
            #expect(problems[.what] == .missing)
            let entries = try await ActivityLog(database: app.db).entries(about: .project, id)
            #expect(entries.map(\.kind) == [.journalEntryAdded])
            #expect(entries.allSatisfy { $0.audience == .internal })
        }
    }

    @Test("The procurement notice: one rule for the page (409) and the API (422 naming the field)")
    func noticeOnlyForProcurement() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let id = try await hub.project("Inte upphandling")
            let coach = ProjectActions(context: try await app.actionContext(for: hub.coach))
            guard case .noticeNotApplicable = try await coach.setNoticeURL(projectID: id, "https://example.se/annons")
            else { Issue.record("a notice on a project without procurement"); return }
            let browser = TestBrowser(app)
            try await browser.signIn("coach@example.se", "ett långt lösenord")
            let page = try await browser.post(
                "/projects/\(id)/notice", ["notice_url": "https://example.se/annons"],
                tokenPage: "/projects/\(id)")
            #expect(page.status == .conflict)
            let token = try await token(app, hub.coach)
            let api = try await send(
                app, .PATCH, "/api/v1/projects/\(id)", token: token,
                body: ["procurementNoticeUrl": "https://example.se/annons"])
            #expect(api.status == .unprocessableEntity)
            #expect(try error(api).fields?["procurementNoticeUrl"] != nil)
        }
    }
}

@Suite("Challenge and admin actions")
struct ChallengeAndAdminActionsTests: APITestSuite {
    @Test("A challenge posed through the API with an unknown theme is refused at its field; a posed one is recorded")
    func poseChallenge() async throws {
        try await withTestApp { app in
            let coach = try await app.makeAccount("Coach", "coach@example.se", roles: [.coach])
            let department = try #require(
                try await OrganizationStore(database: app.db).create(
                    name: "Förvaltningen", kind: .department, description: ""))
            let token = try await token(app, coach)
            var body: [String: Any] = [
                "title": "Tryggare skolvägar", "description": "Hur?", "organizationId": department.id,
                "themes": ["finns-inte"], "openUntil": "2099-12-31",
            ]
            let refused = try await send(app, .POST, "/api/v1/challenges", token: token, body: body)
            #expect(refused.status == .unprocessableEntity)
            #expect(try error(refused).fields?["themes"] != nil)
            body["themes"] = ["miljo"]
            let posed = try await send(app, .POST, "/api/v1/challenges", token: token, body: body)
            #expect(posed.status == .created)
            let kinds = try await ActivityRecord.query(on: app.db).all().map(\.kind)
            #expect(kinds == [ActivityKind.challengePosed.rawValue])
        }
    }

    @Test("Role changes: administrators only, audit-logged, the person's sessions ended")
    func roleChanges() async throws {
        try await withTestApp { app in
            let admin = try await app.makeAccount("Admin", "admin@example.se", roles: [.admin])
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            _ = try await SessionStore(database: app.db).create(accountID: eva, now: app.hubben.clock.now())
            let asEva = AdminActions(context: try await app.actionContext(for: eva))
            await #expect(throws: ActionRefusal.notAllowed) { try await asEva.setRoles(accountID: eva, [.admin]) }
            try await AdminActions(context: try await app.actionContext(for: admin)).setRoles(accountID: eva, [.coach])
            #expect(
                try await AccountStore(database: app.db, hasher: app.password).roles(accountID: eva) == [
                    .resident, .coach,
                ])
            #expect(try await BrowserSessionRecord.query(on: app.db).filter(\.$accountID == eva).count() == 0)
            let audit = try await AuditEntryRecord.query(on: app.db).filter(\.$action == "roles.changed").all()
            #expect(audit.map(\.details) == ["resident → resident,coach"])
        }
    }
}
