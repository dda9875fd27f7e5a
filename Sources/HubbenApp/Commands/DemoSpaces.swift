import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's hub spaces: six places, the autumn round decided with its projects placed (who is where now),
/// and the spring round open with applications waiting for the coaches, one of them already placed. Once per
/// database.
enum DemoSpaces {
    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        let store = SpaceStore(database: db)
        guard try await store.spaces().isEmpty, let coach = demoAccounts["coach"], let admin = demoAccounts["admin"]
        else { return }
        progress("Hub spaces, rounds and placements")
        let now = app.hubben.clock.now()
        var spaces: [Int] = []
        for (kind, name, capacity, equipment) in [
            (SpaceKind.projectRoom, "Projektrum Ljuset", 8, ["Whiteboardvägg", "Skärm", "Videomöte"]),
            (.projectRoom, "Projektrum Kompassen", 6, ["Whiteboard", "Skärm"]),
            (.projectRoom, "Projektrum Bryggan", 12, ["Whiteboardvägg", "Två skärmar", "Förvaring"]),
            (.workshopArea, "Workshopytan", 30, ["Flyttbara bord", "Post-it-vägg", "Lego Serious Play"]),
            (.demoStage, "Demoscenen", 80, ["Projektor", "Mikrofoner", "Scen"]),
            (.desks, "Arbetsplatserna vid fönstret", 10, ["Skärmar", "Dockningsstationer"]),
        ] {
            spaces.append(
                try await store.createSpace(kind: kind, name: name, capacity: capacity, equipment: equipment, now: now))
        }
        let today = Day(now)
        let autumn = try await store.createRound(
            name: "Hösten 2026", opensAt: today.adding(days: -150).start, closesAt: today.adding(days: -120).start,
            firstWeek: today.adding(days: -84), lastWeek: today.adding(days: 56), now: now)
        let spring = try await store.createRound(
            name: "Våren 2027", opensAt: today.adding(days: -7).start, closesAt: today.adding(days: 28).start,
            firstWeek: today.adding(days: 63), lastWeek: today.adding(days: 63 + 7 * 19), now: now)
        let projects = try await db.sql.raw(
            "SELECT id FROM projects WHERE outcome IS NULL AND visibility = 'public' ORDER BY id LIMIT 8"
        ).all().map { try $0.decode(column: "id", as: Int.self) }
        guard projects.count >= 6 else { return }

        // The autumn: what was placed then, as it happened (the round is long closed).
        for (index, (project, space, from, to)) in [
            (projects[0], spaces[0], -84, 56), (projects[1], spaces[1], -84, -14), (projects[2], spaces[2], -42, 56),
            (projects[3], spaces[5], -84, 56),
        ].enumerated() {
            let id = try await store.insert(
                roundID: autumn, projectID: project, applicantID: coach, firstWeek: today.adding(days: from),
                lastWeek: today.adding(days: to), teamSize: 4 + index,
                needs: "Ett rum där teamet kan sitta tillsammans.",
                wishedSpaceID: space, now: today.adding(days: -130).start)
            _ = try await store.decide(
                id, status: .approved, spaceID: space, reason: nil, decidedBy: coach,
                now: today.adding(days: -110).start)
        }

        // The spring: applications through the same actions as the site, waiting for the coaches.
        func context(_ accountID: Int) async throws -> ActionContext {
            try await app.demoContext(accountID, now: now)
        }
        let actions = SpaceActions(context: try await context(coach), baseURL: "")
        var applied: [Int] = []
        for (project, from, weeks, team, wish, needs) in [
            (projects[0], 63, 10, 6, spaces[0], "Vi fortsätter prototypen och behöver plats för användartester."),
            (projects[2], 63, 19, 10, spaces[2], "Hela teamet på plats två dagar i veckan under proof of concept."),
            (projects[4], 77, 8, 5, spaces[0], "Ett mindre rum räcker; vi vill gärna sitta nära coacherna."),
            (projects[5], 105, 6, 25, spaces[3], "Tre workshoppar med invånare och förvaltningen."),
            (projects[3], 63, 19, 4, spaces[5], "Två arbetsplatser för utvecklarna från partnern."),
        ] {
            let draft = SpaceApplicationDraft(
                roundID: spring, projectID: project, firstWeek: today.adding(days: from),
                lastWeek: today.adding(days: from + 7 * (weeks - 1)), teamSize: team, needs: needs,
                wishedSpaceID: wish)
            if case .applied(let application) = try await actions.apply(draft) { applied.append(application.id) }
        }
        if let first = applied.last {
            _ = try await SpaceActions(context: try await context(admin), baseURL: "").decide(
                first, .approve(spaceID: spaces[5]))
        }
    }
}
