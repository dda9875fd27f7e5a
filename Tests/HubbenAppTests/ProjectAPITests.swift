import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("JSON API: projects")
struct ProjectAPITests: APITestSuite {
    @Test(
        "Start a project, edit it, add goals, experiments and journal entries, and take it through the gates to procurement"
    )
    func lifecycle() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let coach = try await token(app, hub.coach)
            let resident = try await token(app, hub.resident)
            let partner = try await token(
                app, try await app.makeAccount("Johan Partner", "johan@example.se", roles: [.partner]))
            let new: [String: Any] = [
                "title": "Digital felanmälan", "organizationIds": [hub.department], "visibility": "public",
                "themes": ["digitalisering"],
            ]
            #expect(try await send(app, .POST, "/api/v1/projects", body: new).status == .unauthorized)
            #expect(try await send(app, .POST, "/api/v1/projects", token: resident, body: new).status == .forbidden)
            let idea = try await hub.acceptedIdea("Felanmälan med karta")
            #expect(
                try await send(
                    app, .POST, "/api/v1/projects", token: partner, body: new.merging(["ideaId": idea]) { $1 }
                ).status == .forbidden)
            #expect(try await send(app, .POST, "/api/v1/projects", token: partner, body: new).status == .created)

            let invalid = try await send(
                app, .POST, "/api/v1/projects", token: coach,
                body: ["title": "", "organizationIds": [], "visibility": "public"])
            #expect(invalid.status == .unprocessableEntity)
            #expect(Set(try error(invalid).fields?.keys.map { $0 } ?? []) == ["title", "organizations"])

            let created = try await send(
                app, .POST, "/api/v1/projects", token: coach,
                body: new.merging(["ideaId": idea, "why": "Fel anmäls flera gånger"]) { $1 })
            #expect(created.status == .created)
            let project = try object(created)
            let id = try #require(project["id"] as? Int)
            #expect(project["phase"] as? String == "need_insight")
            #expect(project["progress"] as? Int == 10)
            #expect((project["coach"] as? [String: Any])?["name"] as? String == "Sara Coach")
            #expect(!created.text.contains("@example.se"))
            let taken = try await send(
                app, .POST, "/api/v1/projects", token: coach, body: new.merging(["ideaId": idea]) { $1 })
            #expect(try error(taken).fields?["ideaId"] != nil)

            let patched = try await send(
                app, .PATCH, "/api/v1/projects/\(id)", token: coach,
                body: ["how": "Intervjuer och prototyp", "estimatedBudget": 450000])
            #expect(patched.status == .ok)
            #expect(try object(patched)["how"] as? String == "Intervjuer och prototyp")
            #expect(
                try await send(app, .PATCH, "/api/v1/projects/\(id)", token: resident, body: ["how": "x"]).status
                    == .forbidden)
            // A PATCH applies whole or not at all: a notice link before the procurement outcome changes nothing.
            let early = try await send(
                app, .PATCH, "/api/v1/projects/\(id)", token: coach,
                body: ["title": "Nytt namn", "procurementNoticeUrl": "https://example.org/annons"])
            #expect(early.status == .unprocessableEntity)
            #expect(try error(early).fields?["procurementNoticeUrl"] != nil)
            #expect(
                try object(try await send(app, .GET, "/api/v1/projects/\(id)"))["title"] as? String
                    == "Digital felanmälan")

            let goal = try await send(
                app, .POST, "/api/v1/projects/\(id)/effect-goals", token: coach,
                body: [
                    "what": "Färre dubbletter", "forWhom": "Driften", "measure": "Andel dubbletter", "target": "10 %",
                ])
            #expect(goal.status == .created)
            #expect(try await send(app, .GET, "/api/v1/projects/\(id)/effect-goals").text.contains("Färre dubbletter"))
            #expect(
                try error(
                    try await send(
                        app, .POST, "/api/v1/projects/\(id)/effect-goals", token: coach,
                        body: ["what": "", "forWhom": "x", "measure": "y", "target": "z"])
                ).fields?["what"] != nil)

            let badExperiment = try await send(
                app, .POST, "/api/v1/projects/\(id)/experiments", token: coach,
                body: ["hypothesis": "H", "method": "interviews", "successCriterion": "K", "startedOn": "1 maj"])
            #expect(badExperiment.status == .unprocessableEntity)
            #expect(try error(badExperiment).fields?["startedOn"] != nil)
            let experiment = try await send(
                app, .POST, "/api/v1/projects/\(id)/experiments", token: coach,
                body: [
                    "hypothesis": "Invånare vill peka på en karta", "method": "paper_prototype",
                    "successCriterion": "8 av 10", "participants": 14,
                    "result": "supported", "learning": "De vill se redan anmälda fel", "startedOn": "2026-09-01",
                    "endedOn": "2026-09-14",
                ])
            #expect(experiment.status == .created)
            let experimentID = try #require(try object(experiment)["id"] as? Int)
            #expect(try object(experiment)["phase"] as? String == "need_insight")

            let journal = try await send(
                app, .POST, "/api/v1/projects/\(id)/journal", token: coach,
                body: [
                    "kind": "partial_result", "title": "Vad vi såg", "body": "Många dubbletter",
                    "visibility": "internal",
                ])
            #expect(journal.status == .created)
            #expect(!(try await send(app, .GET, "/api/v1/projects/\(id)/journal").text.contains("Vad vi såg")))
            #expect(
                try await send(app, .GET, "/api/v1/projects/\(id)/journal", token: coach).text.contains("Vad vi såg"))

            let gate = "/api/v1/projects/\(id)/gate-decisions"
            let pivot = try await send(
                app, .POST, gate, token: coach,
                body: ["decision": "pivot", "toPhase": "need_insight", "rationale": "r"])
            #expect(pivot.status == .conflict)
            #expect(try error(pivot).code == "transition_not_allowed")
            #expect(
                try await send(app, .POST, gate, token: resident, body: ["decision": "continue", "rationale": "r"])
                    .status == .forbidden)
            let stop = try await send(
                app, .POST, gate, token: coach, body: ["decision": "stop", "rationale": "Inget intresse"])
            #expect(stop.status == .unprocessableEntity)
            #expect(try error(stop).fields?["lessonsLearned"] != nil)
            let skip = try await send(
                app, .POST, gate, token: coach,
                body: [
                    "decision": "skip", "toPhase": "prototype", "rationale": "Belagt",
                    "evidence": [experimentID + 1000],
                ])
            #expect(try error(skip).fields?["evidence"] != nil)
            let continued = try await send(
                app, .POST, gate, token: coach,
                body: [
                    "decision": "continue", "rationale": "Behovet är belagt",
                    "evidence": [experimentID],
                ])
            #expect(continued.status == .created)
            #expect(try object(continued)["toPhase"] as? String == "pretotype")
            #expect(try object(continued)["evidence"] as? [Int] == [experimentID])
            let stale = try await send(
                app, .POST, gate, token: coach,
                body: ["decision": "continue", "fromPhase": "need_insight", "rationale": "Samma beslut igen"])
            #expect(stale.status == .conflict)

            let routed = try await send(
                app, .POST, gate, token: coach,
                body: [
                    "decision": "route", "outcome": "procurement", "rationale": "Marknaden har lösningen",
                    "lessonsLearned": "Köp, bygg inte",
                    "marketDialogue": "planned", "requirementsSummary": "Karta, bild, status",
                ])
            #expect(routed.status == .created)
            #expect(
                try await send(app, .POST, gate, token: coach, body: ["decision": "continue", "rationale": "r"]).status
                    == .conflict)

            let badNotice = try await send(
                app, .PATCH, "/api/v1/projects/\(id)", token: coach,
                body: ["procurementNoticeUrl": "javascript:alert(1)"])
            #expect(try error(badNotice).fields?["procurementNoticeUrl"] == "Ange en hel länk som börjar med https://")
            let notice = try await send(
                app, .PATCH, "/api/v1/projects/\(id)", token: coach,
                body: ["procurementNoticeUrl": "https://example.org/annons/1"])
            let details = try #require(try object(notice)["outcomeDetails"] as? [String: Any])
            #expect(details["noticeUrl"] as? String == "https://example.org/annons/1")
            #expect(details["lessonsLearned"] as? String == "Köp, bygg inte")
            #expect(try object(notice)["progress"] as? Int == 100)

            let timeline = try await send(app, .GET, "/api/v1/projects/\(id)/timeline")
            let entries = try #require(
                try JSONSerialization.jsonObject(with: Data(timeline.text.utf8)) as? [[String: Any]])
            #expect(entries.compactMap { $0["type"] as? String } == ["gate_decision", "gate_decision", "experiment"])
            let list = try object(try await send(app, .GET, "/api/v1/projects?outcome=procurement"))
            #expect(list["total"] as? Int == 1)
            #expect(try await send(app, .GET, "/api/v1/projects?per=0").status == .badRequest)
        }
    }

    @Test("The API's enums carry exactly the domain's values")
    func enums() {
        #expect(Components.Schemas.ProjectPhase.allCases.map(\.rawValue) == ProjectPhase.allCases.map(\.rawValue))
        #expect(Components.Schemas.ProjectOutcome.allCases.map(\.rawValue) == ProjectOutcome.allCases.map(\.rawValue))
        #expect(Components.Schemas.Visibility.allCases.map(\.rawValue) == ProjectVisibility.allCases.map(\.rawValue))
        #expect(
            Components.Schemas.ExperimentResult.allCases.map(\.rawValue) == ExperimentResult.allCases.map(\.rawValue))
        #expect(Components.Schemas.JournalKind.allCases.map(\.rawValue) == JournalKind.allCases.map(\.rawValue))
        #expect(
            Components.Schemas.TeamMember.RolePayload.allCases.map(\.rawValue)
                == ProjectMemberRole.allCases.map(\.rawValue))
        #expect(Components.Schemas.Fund.KindPayload.allCases.map(\.rawValue) == FundKind.allCases.map(\.rawValue))
        #expect(
            Components.Schemas.NewGateDecision.DecisionPayload.allCases.map(\.rawValue)
                == GateDecisionKind.allCases.map(\.rawValue))
        #expect(
            Components.Schemas.GateDecision.DecisionPayload.allCases.map(\.rawValue)
                == GateDecisionKind.allCases.map(\.rawValue))
        #expect(
            Components.Schemas.OutcomeDetails.MarketDialoguePayload.allCases.map(\.rawValue)
                == MarketDialogue.allCases.map(\.rawValue))
    }
}
