import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

@Suite("Projects on the web")
struct ProjectTests {
    @Test(
        "A coach starts a project from an accepted idea: the form explains what is missing, the idea and the project link to each other"
    )
    func startFromIdea() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await hub.acceptedIdea("Lånecyklar vid stationen")
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            #expect(try await resident.get("/projects/new").status == .forbidden)
            #expect(!(try await resident.get("/ideas/\(idea)").text.contains("/projects/new?idea=")))

            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            #expect(try await coach.get("/ideas/\(idea)").text.contains("/projects/new?idea=\(idea)"))
            let form = try await coach.get("/projects/new?idea=\(idea)")
            #expect(form.text.contains("value=\"Lånecyklar vid stationen\""))
            #expect(form.text.contains("name=\"idea_id\" value=\"\(idea)\""))

            let fields = [
                "title": "Lånecyklar vid stationen", "idea_id": "\(idea)", "visibility": "public",
                "coach_id": "\(hub.coach)",
                "estimated_budget": "12 000x",
            ]
            let invalid = try await coach.post("/projects", fields, tokenPage: "/projects/new")
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("Fyll i ”Ägande organisationer”"))
            #expect(invalid.text.contains("Ange ett heltal"))
            #expect(invalid.text.contains("value=\"Lånecyklar vid stationen\""))

            var valid = fields
            valid["estimated_budget"] = "120 000"
            valid["organizations[]"] = "\(hub.department)"
            let created = try await coach.post("/projects", valid, tokenPage: "/projects/new")
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            #expect(location.hasPrefix("/projects/") && location.hasSuffix("?done=created"))
            let page = try await coach.get(location)
            #expect(page.text.contains("Projektet är startat"))
            #expect(page.text.contains("href=\"/ideas/\(idea)\""))
            #expect(page.text.contains("120 000 kr") || page.text.contains("120\u{00A0}000 kr"))
            let projectPath = String(location.prefix { $0 != "?" })
            #expect(try await resident.get("/ideas/\(idea)").text.contains("href=\"\(projectPath)\""))

            let again = try await coach.post("/projects", valid, tokenPage: "/projects/new")
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("Idén har redan ett projekt"))
            let count = try await (app.db as? any SQLDatabase)?.raw("SELECT COUNT(*) AS n FROM projects").first()?
                .decode(column: "n", as: Int.self)
            #expect(count == 1)
        }
    }

    @Test(
        "Gate reviews through the form: each requirement explained at its field, only the coach decides, every decision on the timeline"
    )
    func gates() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let id = try await hub.project("Digital felanmälan")
            let lead = TestBrowser(app)
            try await lead.signIn("lead@example.se", "ett långt lösenord")
            #expect(try await lead.get("/projects/\(id)/gate").status == .forbidden)
            #expect(
                try await lead.post(
                    "/projects/\(id)/gate", ["decision": "continue", "rationale": "Klart"],
                    tokenPage: "/projects/\(id)/edit"
                ).status == .forbidden)

            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let experiment = try await coach.post(
                "/projects/\(id)/experiments/new",
                [
                    "phase": "need_insight", "hypothesis": "Invånare vet inte vart de ska vända sig",
                    "method": "interviews",
                    "success_criterion": "7 av 10", "participants": "12", "result": "supported", "learning": "Stämmer",
                    "started_on": "2026-09-01",
                    "ended_on": "2026-09-20",
                ], tokenPage: "/projects/\(id)/experiments/new")
            #expect(experiment.status == .seeOther)
            let experimentID = try #require(try await hub.store.experiments(projectID: id).first?.id)

            let missing = try await coach.post(
                "/projects/\(id)/gate", ["decision": "continue", "rationale": "  "], tokenPage: "/projects/\(id)/gate")
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("Fyll i ”Motivering”"))
            let skipWithoutEvidence = try await coach.post(
                "/projects/\(id)/gate", ["decision": "skip", "to_phase": "prototype", "rationale": "Tydligt"],
                tokenPage: "/projects/\(id)/gate")
            #expect(skipWithoutEvidence.text.contains("Välj de experiment i projektet som beslutet vilar på"))
            #expect(skipWithoutEvidence.text.contains("Tydligt"))

            let continued = try await coach.post(
                "/projects/\(id)/gate",
                [
                    "decision": "continue", "rationale": "Behovet är belagt",
                    "evidence[]": "\(experimentID)",
                ], tokenPage: "/projects/\(id)/gate")
            #expect(continued.status == .seeOther)
            #expect(try await hub.store.project(id: id)?.card.stage == ProjectStage(phase: .pretotype))

            let incomplete = try await coach.post(
                "/projects/\(id)/gate",
                ["decision": "route", "outcome": "procurement", "rationale": "Marknaden finns"],
                tokenPage: "/projects/\(id)/gate")
            #expect(incomplete.status == .unprocessableEntity)
            for message in ["Fyll i ”Lärdomar”", "Fyll i ”Marknadsdialog”", "Fyll i ”Krav från projektets lärdomar”"] {
                #expect(incomplete.text.contains(message), "\(message)")
            }
            let routed = try await coach.post(
                "/projects/\(id)/gate",
                [
                    "decision": "route", "outcome": "procurement", "rationale": "Marknaden finns",
                    "lessons_learned": "Köp, bygg inte",
                    "market_dialogue": "held", "requirements_summary": "Karta, bild, status",
                ], tokenPage: "/projects/\(id)/gate")
            #expect(routed.status == .seeOther)
            #expect(
                try await hub.store.project(id: id)?.card.stage
                    == ProjectStage(phase: .pretotype, outcome: .procurement))
            #expect(try await coach.get("/projects/\(id)/gate").status == .seeOther)

            let badLink = try await coach.post(
                "/projects/\(id)/notice", ["notice_url": "javascript:alert(1)"], tokenPage: "/projects/\(id)")
            #expect(badLink.status == .unprocessableEntity)
            #expect(badLink.text.contains("Ange en hel länk som börjar med https://"))
            #expect(
                try await coach.post(
                    "/projects/\(id)/notice", ["notice_url": "https://www.e-avrop.com/a/123"],
                    tokenPage: "/projects/\(id)"
                ).status == .seeOther)

            let anonymous = try await TestBrowser(app).get("/projects/\(id)")
            for text in [
                "Behovet är belagt", "Marknaden finns", "Köp, bygg inte", "Karta, bild, status",
                "href=\"https://www.e-avrop.com/a/123\"",
                "Utfall: Upphandling", "Steg 2 av 5",
            ] {
                #expect(anonymous.text.contains(text), "\(text)")
            }
            #expect(!anonymous.text.contains("/projects/\(id)/gate"))
        }
    }

    @Test(
        "Internal projects and internal entries never reach anyone outside the team: pages, board, feed, idea link and API"
    )
    func visibility() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await hub.acceptedIdea("Tolk på distans")
            let secret = try await hub.store.create(
                ProjectDraft(
                    title: "Hemligt projekt", organizationIDs: [hub.department], visibility: .internal,
                    leadID: hub.lead, coachID: hub.coach), ideaID: idea, createdBy: hub.coach, now: Date())
            let open = try await hub.project("Öppet projekt")
            for (title, visibility) in [("Öppet inlägg", ProjectVisibility.public), ("Internt inlägg", .internal)] {
                _ = try await hub.store.addJournalEntry(
                    projectID: open, JournalDraft(kind: .note, title: title, body: "Text", visibility: visibility),
                    phase: .needInsight, authorID: hub.lead, now: Date())
                _ = try await hub.store.addJournalEntry(
                    projectID: secret,
                    JournalDraft(
                        kind: .note, title: "Hemligt \(title)", body: "Text",
                        visibility: visibility), phase: .needInsight, authorID: hub.lead, now: Date())
            }

            let outsiders = [TestBrowser(app), TestBrowser(app)]
            try await outsiders[1].signIn("rut@example.se", "ett långt lösenord")
            for browser in outsiders {
                #expect(try await browser.get("/projects/\(secret)").status == .notFound)
                #expect(try await browser.get("/projects/\(secret)/edit").status != .ok)
                let board = try await browser.get("/projects").text
                #expect(board.contains("Öppet projekt") && !board.contains("Hemligt"))
                let page = try await browser.get("/projects/\(open)").text
                #expect(page.contains("Öppet inlägg") && !page.contains("Internt inlägg"))
                #expect(!(try await browser.get("/ideas/\(idea)").text.contains("/projects/\(secret)")))
                for path in [
                    "/api/v1/projects", "/api/v1/projects/\(open)/journal", "/api/v1/projects/\(open)/timeline",
                ] {
                    let text = try await browser.get(path).text
                    #expect(!text.contains("Hemligt") && !text.contains("Internt inlägg"), "\(path)")
                }
                #expect(try await browser.get("/api/v1/projects/\(secret)").status == .notFound)
                #expect(try await browser.get("/api/v1/projects/\(secret)/timeline").status == .notFound)
            }
            let feed = try await TestBrowser(app).get("/projects/feed.atom")
            #expect(feed.headers.contentType?.description.hasPrefix("application/atom+xml") == true)
            #expect(
                feed.text.contains("Öppet inlägg") && !feed.text.contains("Internt inlägg")
                    && !feed.text.contains("Hemligt"))

            let team = TestBrowser(app)
            try await team.signIn("lead@example.se", "ett långt lösenord")
            let inside = try await team.get("/projects/\(secret)")
            #expect(inside.status == .ok && inside.text.contains("Hemligt Internt inlägg"))
            #expect(try await team.get("/projects").text.contains("Hemligt projekt"))
        }
    }

    @Test(
        "Goals, money, experiments, journal and team: bad input keeps what was typed and says why; good input shows on the page"
    )
    func workForms() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let id = try await hub.project("Läxhjälp")
            let lead = TestBrowser(app)
            try await lead.signIn("lead@example.se", "ett långt lösenord")
            let form = "/projects/\(id)/edit"

            let goal = try await lead.post(
                "/projects/\(id)/goals/new",
                [
                    "what": "Fler klarar matten", "for_whom": "", "measure": "Andel godkända",
                    "target": "80 %",
                ], tokenPage: form)
            #expect(goal.status == .unprocessableEntity)
            #expect(goal.text.contains("Fyll i ”För vem”") && goal.text.contains("value=\"Fler klarar matten\""))
            #expect(
                try await lead.post(
                    "/projects/\(id)/goals/new",
                    [
                        "what": "Fler klarar matten", "for_whom": "Elever i åk 9", "measure": "Andel godkända",
                        "baseline": "72 %", "target": "80 %",
                    ], tokenPage: form
                ).status == .seeOther)
            let goalID = try #require(try await hub.store.goals(projectID: id).first?.id)
            let reached = try await lead.post(
                "/projects/\(id)/goals/\(goalID)/reached",
                ["reached_on": "31/12", "reached_comment": "Syns i betygen"],
                tokenPage: form)
            #expect(reached.text.contains("Ange ett datum som 2027-03-31") && reached.text.contains("Syns i betygen"))
            #expect(
                try await lead.post(
                    "/projects/\(id)/goals/\(goalID)/reached",
                    ["reached_on": "2026-06-15", "reached_comment": "Syns i betygen"],
                    tokenPage: form
                ).status == .seeOther)

            let fund = try await lead.post(
                "/projects/\(id)/funds/new",
                ["kind": "granted", "amount": "tusen", "date": "2026-03-01", "source": ""],
                tokenPage: form)
            #expect(fund.text.contains("Ange ett heltal") && fund.text.contains("Fyll i ”Källa”"))
            #expect(
                try await lead.post(
                    "/projects/\(id)/funds/new",
                    [
                        "kind": "granted", "amount": "300 000", "date": "2026-03-01",
                        "source": "Innovationsfonden",
                    ], tokenPage: form
                ).status == .seeOther)
            #expect(
                try await lead.post(
                    "/projects/\(id)/funds/new", ["kind": "spent", "amount": "45000", "date": "2026-04-01"],
                    tokenPage: form
                ).status == .seeOther)

            let experiment = try await lead.post(
                "/projects/\(id)/experiments/new",
                [
                    "phase": "prototype", "hypothesis": "Eleverna kommer på bokade tider", "method": "pilot",
                    "success_criterion": "20 bokningar",
                    "started_on": "2026-05-10", "ended_on": "2026-05-01", "result": "supported",
                ], tokenPage: form)
            for message in [
                "Välj en fas som projektet har nått", "Slutdatumet kan inte vara före startdatumet", "Fyll i ”Lärdom”",
            ] {
                #expect(experiment.text.contains(message), "\(message)")
            }
            #expect(experiment.text.contains("Eleverna kommer på bokade tider"))

            let journal = try await lead.post(
                "/projects/\(id)/journal/new",
                [
                    "kind": "demo", "title": "Demo", "body": "Vi visade", "link": "javascript:x",
                    "visibility": "public",
                ], tokenPage: form)
            #expect(journal.text.contains("Ange en hel länk som börjar med https://"))
            #expect(
                try await lead.post(
                    "/projects/\(id)/journal/new",
                    [
                        "kind": "demo", "title": "Demo på biblioteket", "body": "Vi visade",
                        "link": "https://example.org/demo", "visibility": "public",
                    ],
                    tokenPage: form
                ).status == .seeOther)

            let member = try await lead.post(
                "/projects/\(id)/team", ["account_id": "\(hub.resident)", "role": "other", "role_text": ""],
                tokenPage: form)
            #expect(member.text.contains("Fyll i ”Annan roll”"))
            #expect(
                try await lead.post(
                    "/projects/\(id)/team",
                    ["account_id": "\(hub.resident)", "role": "other", "role_text": "Elevrepresentant"],
                    tokenPage: form
                ).status == .seeOther)

            let page = try await TestBrowser(app).get("/projects/\(id)").text
            for text in [
                "Fler klarar matten", "Uppnått 15 juni 2026", "300\u{00A0}000 kr", "45\u{00A0}000 kr",
                "Demo på biblioteket",
                "Rut Invånare – Elevrepresentant", "Erik Lead", "Sara Coach",
            ] {
                #expect(page.contains(text), "\(text)")
            }
            #expect(!page.contains("rut@example.se") && !page.contains("lead@example.se"))

            #expect(
                try await lead.post("/projects/\(id)/team/\(hub.resident)/remove", [:], tokenPage: form).status
                    == .seeOther)
            #expect(!(try await TestBrowser(app).get("/projects/\(id)").text.contains("Elevrepresentant")))

            let outsider = TestBrowser(app)
            try await outsider.signIn("rut@example.se", "ett långt lösenord")
            #expect(try await outsider.get("/projects/\(id)/goals/new").status == .forbidden)
            #expect(
                try await outsider.post(
                    "/projects/\(id)/journal/new", ["kind": "note", "title": "x", "body": "y", "visibility": "public"],
                    tokenPage: "/account"
                ).status == .forbidden)
        }
    }

    @Test(
        "The board: a column per phase and outcome with counts, filters by theme, organisation and coach, one column paged"
    )
    func board() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let a = try await hub.project("Cyklar", theme: "miljo")
            let b = try await hub.project("Felanmälan", theme: "digitalisering", organizations: [hub.partner])
            _ = try await hub.project("Belysning", theme: "miljo")
            try await hub.decide(a, GateDecisionDraft(kind: .continue, rationale: "Vidare"))
            try await hub.decide(
                b, GateDecisionDraft(kind: .stop, rationale: "Inget intresse", lessonsLearned: "Finns redan"))

            let all = try await TestBrowser(app).get("/projects").text
            #expect(all.contains("3 projekt, per fas och utfall"))
            #expect(all.contains("id=\"column-pretotype\"") && all.contains("id=\"column-stopped\""))
            let miljo = try await TestBrowser(app).get("/projects?theme=miljo").text
            #expect(miljo.contains("Cyklar") && miljo.contains("Belysning") && !miljo.contains("Felanmälan"))
            let partner = try await TestBrowser(app).get("/projects?organization=\(hub.partner)").text
            #expect(partner.contains("Felanmälan") && !partner.contains("Cyklar"))
            let byCoach = try await TestBrowser(app).get("/projects?coach=\(hub.coach)").text
            #expect(byCoach.contains("Cyklar") && byCoach.contains("Felanmälan"))
            let column = try await TestBrowser(app).get("/projects?phase=need_insight").text
            #expect(column.contains("Belysning") && !column.contains(">Cyklar<"))
            #expect(try await TestBrowser(app).get("/projects?phase=nonsense&page=-4&coach=x").status == .ok)
        }
    }

    @Test("Concurrent gate decisions move a project once, and concurrent starts from one idea make one project")
    func concurrency() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let id = try await hub.project("Solceller")
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        do {
                            try await hub.decide(
                                id, GateDecisionDraft(kind: .continue, rationale: "Vidare"), expecting: .needInsight)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await hub.store.project(id: id)?.card.stage.phase == .pretotype)
            let gates = try await hub.store.timeline(projectID: id, includeInternal: true).filter {
                if case .gate = $0 { true } else { false }
            }
            #expect(gates.count == 1)

            let idea = try await hub.acceptedIdea("Återbruk av möbler")
            let starts = await withTaskGroup(of: Bool.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        (try? await hub.store.create(
                            ProjectDraft(
                                title: "Återbruk \(index)", organizationIDs: [hub.department], visibility: .public),
                            ideaID: idea, createdBy: hub.coach, now: Date())) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(starts.filter { $0 }.count == 1)
        }
    }
}
