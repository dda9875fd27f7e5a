import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

/// A hub with three spaces and a round open for applications (weeks 0–9 from 1 March 2027), on a clock set to
/// Monday 1 February 2027.
struct SpaceFixture {
    let projects: ProjectFixture
    let clock: TestClock
    let round: Int
    let small: Int
    let large: Int
    let stage: Int
    let first: Day

    var app: Application { projects.app }

    static func make(_ app: Application) async throws -> SpaceFixture {
        let clock = TestClock(try #require(Day(iso: "2027-02-01")).at(minute: 9 * 60))
        app.hubben.clock = clock
        let store = SpaceStore(database: app.db)
        let now = clock.now()
        let first = try #require(Day(iso: "2027-03-01"))
        return SpaceFixture(
            projects: try await ProjectFixture.make(app), clock: clock,
            round: try await store.createRound(
                name: "Våren 2027", opensAt: now.addingTimeInterval(-86_400),
                closesAt: now.addingTimeInterval(14 * 86_400),
                firstWeek: first, lastWeek: first.adding(days: 63), now: now),
            small: try await store.createSpace(
                kind: .projectRoom, name: "Ljuset", capacity: 6, equipment: [], now: now),
            large: try await store.createSpace(
                kind: .projectRoom, name: "Bryggan", capacity: 12, equipment: [], now: now),
            stage: try await store.createSpace(kind: .demoStage, name: "Scenen", capacity: 80, equipment: [], now: now),
            first: first)
    }

    func actions(_ accountID: Int) async throws -> SpaceActions {
        SpaceActions(context: try await app.actionContext(for: accountID), baseURL: "http://hubben.test")
    }

    func token(_ accountID: Int) async throws -> String {
        try await APITokenStore(database: app.db).create(accountID: accountID, now: clock.now()).token
    }

    func apply(_ project: Int, weeks: ClosedRange<Int>, team: Int = 4, wish: Int? = nil, as person: Int? = nil)
        async throws -> SpaceActions.Applied
    {
        try await actions(person ?? projects.lead).apply(
            SpaceApplicationDraft(
                roundID: round, projectID: project, firstWeek: first.adding(days: 7 * weeks.lowerBound),
                lastWeek: first.adding(days: 7 * weeks.upperBound), teamSize: team, needs: "Ett rum",
                wishedSpaceID: wish))
    }
}

@Suite("Hub spaces: applications, placements that never overlap, the proposal")
struct SpaceTests: APITestSuite {
    @Test("Applying: the team of the project, weeks within the round, an open round")
    func applying() async throws {
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            let project = try await hub.projects.project("Digital bygglovsguide")
            guard case .applied(let application) = try await hub.apply(project, weeks: 2...5, wish: hub.small) else {
                Issue.record("the lead could not apply")
                return
            }
            #expect(application.status == .pending && application.firstWeek == hub.first.adding(days: 14))
            guard case .invalid(let outside) = try await hub.apply(project, weeks: 8...12) else {
                Issue.record("weeks past the round were taken")
                return
            }
            #expect(outside[.lastWeek] == .invalid)
            guard case .invalid(let stranger) = try await hub.apply(project, weeks: 1...2, as: hub.projects.resident)
            else {
                Issue.record("someone outside the team applied")
                return
            }
            #expect(stranger[.project] == .notAllowed)
            hub.clock.advance(by: 20 * 86_400)
            guard case .invalid(let closed) = try await hub.apply(project, weeks: 1...2) else {
                Issue.record("a closed round took an application")
                return
            }
            #expect(closed[.round] == .closed)
        }
    }

    @Test("Two coaches placing overlapping applications in one space at once: one 200, one 409 space_conflict")
    func concurrentPlacements() async throws {
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            var ids: [Int] = []
            for (title, weeks) in [("Första", 0...4), ("Andra", 3...7)] {
                let project = try await hub.projects.project(title)
                guard case .applied(let application) = try await hub.apply(project, weeks: weeks) else {
                    Issue.record("refused")
                    return
                }
                ids.append(application.id)
            }
            let token = try await hub.token(hub.projects.coach)
            let large = hub.large
            let answers = try await withThrowingTaskGroup(of: (UInt, String).self) { group in
                for id in ids {
                    group.addTask {
                        let response = try await send(
                            app, .POST, "/api/v1/space-applications/\(id)/decision", token: token,
                            body: ["decision": "approve", "spaceId": large])
                        return (response.status.code, response.text)
                    }
                }
                var all: [(UInt, String)] = []
                for try await answer in group { all.append(answer) }
                return all.sorted { $0.0 < $1.0 }
            }
            #expect(answers.map(\.0) == [200, 409])
            #expect(answers.last?.1.contains("\"code\":\"space_conflict\"") == true)
            let approved = try await SpaceStore(database: app.db).applications(roundID: hub.round).filter {
                $0.status == .approved
            }
            #expect(approved.count == 1)
            // The other fits in another space, and the applicant is mailed.
            let other = try #require(ids.first { $0 != approved[0].id })
            guard
                case .decided(let placed) = try await hub.actions(hub.projects.coach).decide(
                    other, .approve(spaceID: hub.small))
            else { Issue.record("could not place it elsewhere"); return }
            #expect(placed.spaceID == hub.small)
            #expect(try await app.lastMail(to: "lead@example.se")?.subject.contains("projektyta") == true)
        }
    }

    @Test("A space smaller than the team is refused; a decline needs its reason; only coaches decide")
    func decisions() async throws {
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            let project = try await hub.projects.project("Trygga skolvägar")
            guard case .applied(let application) = try await hub.apply(project, weeks: 0...1, team: 10) else {
                Issue.record("refused")
                return
            }
            let coach = try await hub.actions(hub.projects.coach)
            guard case .invalid(false) = try await coach.decide(application.id, .approve(spaceID: hub.small)) else {
                Issue.record("a team of 10 went into a room for 6")
                return
            }
            guard case .invalid(true) = try await coach.decide(application.id, .decline(reason: "  ")) else {
                Issue.record("declined without a reason")
                return
            }
            await #expect(throws: ActionRefusal.notAllowed) {
                _ = try await hub.actions(hub.projects.lead).decide(application.id, .approve(spaceID: hub.large))
            }
            guard
                case .decided(let declined) = try await coach.decide(
                    application.id, .decline(reason: "Ingen yta ledig de veckorna"))
            else { Issue.record("could not decline"); return }
            #expect(declined.status == .declined && declined.reason == "Ingen yta ledig de veckorna")
            guard case .notPossible = try await coach.decide(application.id, .approve(spaceID: hub.large)) else {
                Issue.record("a declined application was placed")
                return
            }
        }
    }

    @Test("Withdrawing: the team gives a placed space back on the web; nobody else may; twice is a 409")
    func withdrawing() async throws {
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            let mine = try await hub.projects.project("Lånecyklar vid stationen")
            let theirs = try await hub.projects.project("Ett annat projekt")
            guard case .applied(let placed) = try await hub.apply(mine, weeks: 0...3),
                case .applied(let waiting) = try await hub.apply(theirs, weeks: 2...5, as: hub.projects.coach)
            else { Issue.record("refused"); return }
            let coach = try await hub.actions(hub.projects.coach)
            guard case .decided = try await coach.decide(placed.id, .approve(spaceID: hub.small)),
                case .conflict = try await coach.decide(waiting.id, .approve(spaceID: hub.small))
            else { Issue.record("the placements did not collide"); return }

            let path = "/spaces/rounds/\(hub.round)"
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            let refused = try await resident.post(
                "/spaces/applications/\(placed.id)/withdrawal", [:], tokenPage: path)
            #expect(refused.status == .forbidden)

            let lead = TestBrowser(app)
            try await lead.signIn("lead@example.se", "ett långt lösenord")
            #expect(try await lead.get(path).text.contains("action=\"/spaces/applications/\(placed.id)/withdrawal\""))
            let withdrawn = try await lead.post("/spaces/applications/\(placed.id)/withdrawal", [:], tokenPage: path)
            #expect(withdrawn.status == .seeOther)
            let after = try await lead.get(path + "?done=withdrawn").text
            #expect(after.contains("Ansökan är tillbakatagen") && after.contains("Återtagen"))
            #expect(!after.contains("action=\"/spaces/applications/\(placed.id)/withdrawal\""))
            #expect(try await SpaceStore(database: app.db).application(id: placed.id)?.status == .withdrawn)

            // Its weeks are free again; withdrawing once more is refused.
            guard case .decided = try await coach.decide(waiting.id, .approve(spaceID: hub.small)) else {
                Issue.record("the space was not given back")
                return
            }
            let again = try await send(
                app, .DELETE, "/api/v1/space-applications/\(placed.id)", token: try await hub.token(hub.projects.lead))
            #expect(again.status == .conflict)
            #expect(try error(again).code == "application_state")
            let stranger = try await send(
                app, .DELETE, "/api/v1/space-applications/\(waiting.id)",
                token: try await hub.token(hub.projects.resident))
            #expect(stranger.status == .forbidden)
            let api = try await send(
                app, .DELETE, "/api/v1/space-applications/\(waiting.id)", token: try await hub.token(hub.projects.coach)
            )
            #expect(api.status == .ok && api.text.contains("\"withdrawn\""))
        }
    }

    @Test("The hub team changes a space and a round; never below a placed team or around an application")
    func changingSpacesAndRounds() async throws {
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            let project = try await hub.projects.project("Lånecyklar vid stationen")
            guard case .applied(let placed) = try await hub.apply(project, weeks: 2...5, team: 5) else {
                Issue.record("refused")
                return
            }
            guard
                case .decided = try await hub.actions(hub.projects.coach).decide(
                    placed.id, .approve(spaceID: hub.small))
            else { Issue.record("not placed"); return }

            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            #expect(try await resident.get("/spaces/\(hub.small)/edit").status == .forbidden)
            #expect(try await resident.get("/spaces/rounds/\(hub.round)/edit").status == .forbidden)

            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            #expect(try await coach.get("/spaces").text.contains("href=\"/spaces/\(hub.small)/edit\""))
            let form = try await coach.get("/spaces/\(hub.small)/edit")
            #expect(form.status == .ok && form.text.contains("value=\"Ljuset\"") && form.text.contains("value=\"6\""))
            var fields = ["kind": "project_room", "name": "Ljuset <liten>", "capacity": "4", "equipment": "Skärm"]
            let tooSmall = try await coach.post(
                "/spaces/\(hub.small)/edit", fields, tokenPage: "/spaces/\(hub.small)/edit")
            #expect(tooSmall.status == .unprocessableEntity)
            #expect(tooSmall.text.contains("id=\"capacity-error\"") && tooSmall.text.contains("Ett team på 5 personer"))
            #expect(tooSmall.text.contains("Ljuset &lt;liten&gt;"))
            fields["capacity"] = "5"
            let saved = try await coach.post(
                "/spaces/\(hub.small)/edit", fields, tokenPage: "/spaces/\(hub.small)/edit")
            #expect(saved.status == .seeOther)
            let space = try #require(try await SpaceStore(database: app.db).spaces().first { $0.id == hub.small })
            #expect(space.name == "Ljuset <liten>" && space.capacity == 5 && space.equipment == ["Skärm"])

            let roundPath = "/spaces/rounds/\(hub.round)/edit"
            let roundForm = try await coach.get(roundPath).text
            #expect(roundForm.contains("value=\"2027-03-01\"") && roundForm.contains("value=\"2027-01-31\""))
            var round = [
                "round_name": "Våren 2027", "opens_on": "2027-01-31", "closes_on": "2027-02-14",
                "first_week": "2027-03-22", "last_week": "2027-05-03",
            ]
            let around = try await coach.post(roundPath, round, tokenPage: roundPath)
            #expect(around.status == .unprocessableEntity)
            #expect(around.text.contains("1 ansökningar gäller veckor utanför den nya perioden"))
            round["first_week"] = "2027-03-08"
            round["round_name"] = "Våren 2027 (förlängd)"
            round["last_week"] = "2027-06-07"
            let changed = try await coach.post(roundPath, round, tokenPage: roundPath)
            #expect(changed.status == .seeOther)
            let stored = try #require(try await SpaceStore(database: app.db).round(id: hub.round))
            #expect(stored.name == "Våren 2027 (förlängd)" && stored.firstWeek.iso == "2027-03-08")
            #expect(stored.lastWeek.iso == "2027-06-07")
            #expect(try await coach.get("/spaces/rounds/999999/edit").status == .notFound)
        }
    }

    @Test("The round page: coaches see every application with the proposed placement; a team sees its own")
    func roundPage() async throws {
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            let mine = try await hub.projects.project("Lånecyklar vid stationen")
            let theirs = try await hub.projects.project("Ett annat projekt")
            _ = try await hub.apply(mine, weeks: 0...3, wish: hub.small)
            _ = try await hub.apply(theirs, weeks: 2...5, team: 10, as: hub.projects.coach)

            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let page = try await coach.get("/spaces/rounds/\(hub.round)").text
            #expect(
                page.contains("Förslaget placerar 2 av 2 väntande ansökningar utan överlapp, 1 i den önskade ytan."))
            #expect(page.contains("Ett annat projekt") && page.contains("Lånecyklar vid stationen"))

            // The lead applies through the form: an unreadable week is refused at its field, the rest kept.
            let lead = TestBrowser(app)
            try await lead.signIn("lead@example.se", "ett långt lösenord")
            let path = "/spaces/rounds/\(hub.round)"
            let refused = try await lead.post(
                path + "/applications",
                [
                    "project": "\(mine)", "first_week": "snart", "last_week": "2027-03-29", "team_size": "4",
                    "needs": "Whiteboard <och> skärm",
                ], tokenPage: path)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"first_week-error\""))
            #expect(refused.text.contains("Whiteboard &lt;och&gt; skärm"))
            let applied = try await lead.post(
                path + "/applications",
                ["project": "\(mine)", "first_week": "2027-03-08", "last_week": "2027-03-29", "team_size": "4"],
                tokenPage: path)
            #expect(applied.status == .seeOther)
            let leadPage = try await lead.get(path).text
            #expect(leadPage.contains("Lånecyklar vid stationen"))
            // Someone outside both teams sees no application.
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            let residentPage = try await resident.get(path).text
            #expect(!residentPage.contains("Lånecyklar vid stationen") && !residentPage.contains("Ett annat projekt"))
            #expect(residentPage.contains("Du kan ansöka för ett projekt som du är med i"))
            #expect(try await TestBrowser(app).get("/spaces").status == .ok)
        }
    }

    @Test("Placements on the database: PostgreSQL refuses two overlapping approved ones in one space")
    func databaseRefusesOverlap() async throws {
        guard TestDatabase.usesPostgres else { return }
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            var ids: [Int] = []
            for title in ["A", "B"] {
                let project = try await hub.projects.project(title)
                guard case .applied(let application) = try await hub.apply(project, weeks: 1...3) else { return }
                ids.append(application.id)
            }
            let store = SpaceStore(database: app.db)
            #expect(
                try await store.decide(
                    ids[0], status: .approved, spaceID: hub.large, reason: nil, decidedBy: hub.projects.coach,
                    now: Date()))
            await #expect(throws: (any Error).self) {
                _ = try await store.decide(
                    ids[1], status: .approved, spaceID: hub.large, reason: nil, decidedBy: hub.projects.coach,
                    now: Date())
            }
        }
    }

    @Test("The hub team adds a space and opens a round with the forms on /spaces; nobody else may")
    func teamForms() async throws {
        try await withTestApp { app in
            let hub = try await SpaceFixture.make(app)
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            let refused = try await resident.post(
                "/spaces", ["kind": "desks", "name": "Fönsterplatserna", "capacity": "8"],
                tokenPage: "/spaces/rounds/\(hub.round)")
            #expect(refused.status == .forbidden)

            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let unreadable = try await coach.post(
                "/spaces", ["kind": "desks", "name": "Fönsterplatserna <3>", "capacity": "åtta"], tokenPage: "/spaces")
            #expect(unreadable.status == .unprocessableEntity)
            #expect(unreadable.text.contains("id=\"capacity-error\""))
            #expect(unreadable.text.contains("Fönsterplatserna &lt;3&gt;"))
            let added = try await coach.post(
                "/spaces", ["kind": "desks", "name": "Fönsterplatserna", "capacity": "8", "equipment": "Skärmar"],
                tokenPage: "/spaces")
            #expect(added.status == .seeOther)
            #expect(try await SpaceStore(database: app.db).spaces().contains { $0.name == "Fönsterplatserna" })

            let badRound = try await coach.post(
                "/spaces/rounds",
                [
                    "round_name": "Hösten 2027", "opens_on": "2027-05-01", "closes_on": "2027-06-01",
                    "first_week": "2027-05-15", "last_week": "2027-12-15",
                ], tokenPage: "/spaces")
            #expect(badRound.status == .unprocessableEntity)
            #expect(badRound.text.contains("id=\"first_week-error\""))
            let round = try await coach.post(
                "/spaces/rounds",
                [
                    "round_name": "Hösten 2027", "opens_on": "2027-05-01", "closes_on": "2027-06-01",
                    "first_week": "2027-08-16", "last_week": "2027-12-15",
                ], tokenPage: "/spaces")
            #expect(round.status == .seeOther)
            let created = try #require(
                try await SpaceStore(database: app.db).rounds().first { $0.name == "Hösten 2027" })
            #expect(created.firstWeek.iso == "2027-08-16" && created.lastWeek.iso == "2027-12-13")
            #expect(created.state(at: hub.clock.now()) == .upcoming)
        }
    }
}
