import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

@Suite("The method toolbox: the hub's own use of each method, experiments that pick from it, coaches who edit it")
struct MethodTests: APITestSuite {
    /// Experiments inserted as they are stored: phase, result and participants per method.
    private func experiment(
        _ app: Application, project: Int, method: String, phase: ProjectPhase, result: ExperimentResult?,
        participants: Int?, learning: String = "", other: String? = nil
    ) async throws {
        try await app.db.sql.raw(
            """
            INSERT INTO experiments (project_id, phase, hypothesis, method, method_other, success_criterion, participants,
                result, learning, started_on, ended_on, created_at)
            VALUES (\(bind: project), \(bind: phase.rawValue), 'Vi tror att det behövs', \(bind: method), \(bind: other),
                'Sju av tio', \(bind: participants), \(bind: result?.rawValue), \(bind: learning), '2027-02-01', NULL, \(bind: Date()))
            """
        ).run()
    }

    @Test("A method's page counts every experiment that used it by phase and result and lists only public ones")
    func statistics() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let open = try await hub.project("Öppen laddning")
            let closed = try await hub.project("Intern pilot", visibility: .internal)
            try await experiment(
                app, project: open, method: "fake_door", phase: .pretotype, result: .supported, participants: 340,
                learning: "Nio procent klickade")
            try await experiment(
                app, project: open, method: "fake_door", phase: .pretotype, result: .refuted, participants: 60,
                learning: "Ingen klickade på kvällen")
            try await experiment(
                app, project: open, method: "fake_door", phase: .prototype, result: nil, participants: nil)
            try await experiment(
                app, project: closed, method: "fake_door", phase: .pretotype, result: .supported, participants: 100,
                learning: "Hemlig lärdom")
            try await experiment(
                app, project: open, method: "pilot", phase: .proofOfConcept, result: .supported, participants: 5)

            let use = try await MethodStore(database: app.db).use(slug: "fake_door")
            #expect(use.experiments == 4)
            #expect(use.byPhase == [.pretotype: 3, .prototype: 1])
            #expect(use.byResult == [.supported: 2, .refuted: 1])
            #expect(use.running == 1)
            #expect(use.participants == 500)
            #expect(use.percent(.supported) == 67 && use.percent(.refuted) == 33 && use.percent(.inconclusive) == 0)

            let page = try await app.testing().sendRequest(.GET, "/methods/fake_door")
            #expect(page.status == .ok)
            #expect(page.text.contains("Nio procent klickade") && page.text.contains("Ingen klickade på kvällen"))
            #expect(!page.text.contains("Hemlig lärdom") && !page.text.contains("Intern pilot"))
            #expect(page.text.contains("67 %"))
            let list = try await app.testing().sendRequest(.GET, "/methods?phase=pretotype")
            #expect(list.text.contains("Falsk dörr") && !list.text.contains(">Pilot<"))
            #expect(try await app.testing().sendRequest(.GET, "/methods/no_such_method").status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/methods/%3Cscript%3E").status == .notFound)

            let api = try object(try await send(app, .GET, "/api/v1/methods/fake_door"))
            let apiUse = try #require(api["use"] as? [String: Any])
            #expect(apiUse["experiments"] as? Int == 4 && apiUse["participants"] as? Int == 500)
            #expect(api["publicExperiments"] as? Int == 3)
            let listed = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(try await send(app, .GET, "/api/v1/methods?phase=need_insight").text.utf8))
                    as? [[String: Any]])
            #expect(
                listed.count >= 5 && listed.allSatisfy { ($0["phases"] as? [String])?.contains("need_insight") == true }
            )
        }
    }

    @Test("Free-text methods written before the toolbox are mapped to the method they name, the rest kept as other")
    func freeTextMigration() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let project = try await hub.project("Gammalt projekt")
            for text in ["Intervjuer", "wizard of oz", "A/B-test", "Kaffe med invånare", "Användartest"] {
                try await experiment(
                    app, project: project, method: text, phase: .needInsight, result: nil, participants: 1)
            }
            try await CreateMethodToolbox.mapFreeTextMethods(try app.db.sql)
            try await CreateMethodToolbox.mapFreeTextMethods(try app.db.sql)
            let experiments = try await hub.store.experiments(projectID: project)
            #expect(
                experiments.map(\.draft.method.rawValue) == [
                    "interviews", "wizard_of_oz", "ab_test", "other", "usability_test",
                ])
            #expect(experiments[3].draft.methodOther == "Kaffe med invånare")
            #expect(experiments[3].methodLabel(Localizer(.sv)) == "Kaffe med invånare")
            #expect(experiments[0].methodLabel(Localizer(.en)) == "Interviews")
        }
    }

    @Test("An experiment picks its method from the toolbox; other needs its own words; an unknown method is refused")
    func experimentForm() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let project = try await hub.project("Servicesafari i parken")
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let path = ProjectPaths.newExperiment(project)
            let form = try await coach.get(path)
            #expect(form.text.contains("value=\"service_safari\"") && form.text.contains("value=\"other\""))
            let base = [
                "phase": "need_insight", "hypothesis": "Vi tror att parken är svår att hitta i",
                "success_criterion": "Hälften går vilse", "started_on": "2027-02-01",
            ]
            let unknown = try await coach.post(path, base.merging(["method": "no_such_method"]) { $1 }, tokenPage: path)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("Vi tror att parken är svår att hitta i"))
            let other = try await coach.post(path, base.merging(["method": "other"]) { $1 }, tokenPage: path)
            #expect(other.status == .unprocessableEntity)
            #expect(other.text.contains("id=\"method_other-error\""))
            let saved = try await coach.post(
                path, base.merging(["method": "other", "method_other": "Promenad med <b>guide</b>"]) { $1 },
                tokenPage: path)
            #expect(saved.status == .seeOther)
            let safari = try await coach.post(path, base.merging(["method": "service_safari"]) { $1 }, tokenPage: path)
            #expect(safari.status == .seeOther)
            let page = try await coach.get(ProjectPaths.show(project))
            #expect(page.text.contains("Promenad med &lt;b&gt;guide&lt;/b&gt;"))
            #expect(page.text.contains("href=\"/methods/service_safari\">Servicesafari</a>"))
            let experiments = try await hub.store.experiments(projectID: project)
            #expect(experiments.map(\.draft.method.rawValue) == ["other", "service_safari"])
        }
    }

    @Test("Coaches write the toolbox; a resident cannot; every field is checked and kept when refused")
    func editing() async throws {
        try await withTestApp { app in
            let resident = try await TestBrowser.signedIn(app, "Rut", "rut@example.se")
            #expect(try await resident.get("/methods/new").status == .forbidden)
            let refused = try await resident.post(
                "/methods/pilot/edit", ["name_sv": "Kapad"], csrf: try await resident.csrfToken(from: "/account"))
            #expect(refused.status == .forbidden)
            #expect(try await app.testing().sendRequest(.GET, "/methods/new").status == .seeOther)

            let coach = try await TestBrowser.signedIn(app, "Sara", "sara@example.se", roles: [.coach])
            var fields = [
                "slug": "street_test", "phases[]": "prototype", "name_sv": "Gatutest", "name_en": "Street test",
                "summary_sv": "Testa på gatan", "summary_en": "Test in the street",
                "steps_sv": "Gå ut\nFråga\n\nSkriv ned", "pitfalls_en": String(repeating: "x", count: 4_001),
            ]
            let tooLong = try await coach.post("/methods/new", fields, tokenPage: "/methods/new")
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("Högst 4 000 tecken") || tooLong.text.contains("Högst 4\u{a0}000 tecken"))
            #expect(tooLong.text.contains("Testa på gatan"))
            fields["pitfalls_en"] = "Rain"
            let created = try await coach.post("/methods/new", fields, tokenPage: "/methods/new")
            #expect(created.status == .seeOther)
            let page = try await coach.get("/methods/street_test")
            #expect(page.text.contains("<li>Gå ut</li><li>Fråga</li><li>Skriv ned</li>"))
            let taken = try await coach.post("/methods/new", fields, tokenPage: "/methods/new")
            #expect(taken.status == .unprocessableEntity && taken.text.contains("används redan"))
            fields["slug"] = "new"
            #expect(
                try await coach.post("/methods/new", fields, tokenPage: "/methods/new").status == .unprocessableEntity)
            fields["name_sv"] = "Gatutest <script>"
            let edited = try await coach.post(
                "/methods/street_test/edit", fields, tokenPage: "/methods/street_test/edit")
            #expect(edited.status == .seeOther)
            let after = try await coach.get("/methods/street_test")
            #expect(after.text.contains("Gatutest &lt;script&gt;"))
            let audit = try await app.db.sql.raw("SELECT action FROM audit_entries WHERE target_type = 'method'").all()
            #expect(audit.count == 2)
        }
    }
}
