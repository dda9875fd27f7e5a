import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

@Suite("Insights and open data: numbers against hand-computed figures, every chart with its table, only public data")
struct InsightTests: APITestSuite {
    private func day(_ text: String) throws -> Day { try #require(Day(iso: text)) }

    /// 2027: three ideas (one accepted), one merged and one from 2026 left out; two public projects and an
    /// internal one; one project moved on twice by gate decisions; one public event with three places taken
    /// and two people checked in.
    private func craft(_ app: Application) async throws -> (hub: ProjectFixture, moved: Int) {
        let hub = try await ProjectFixture.make(app)
        let author = try await app.makeAccount("Eva", "eva@example.se")
        let staff = try await app.makeAccount("Stina", "stina@example.se", roles: [.staff])
        let accepted = try await app.makeIdea("Idé ett", authorID: author, at: try day("2027-01-10").at(minute: 600))
        _ = try await app.makeIdea("Idé två", authorID: staff, at: try day("2027-02-10").at(minute: 600))
        _ = try await app.makeIdea("Idé tre", authorID: author, at: try day("2027-03-10").at(minute: 600))
        let merged = try await app.makeIdea("Sammanslagen", authorID: author, at: try day("2027-03-11").at(minute: 600))
        _ = try await app.makeIdea("Förra året", authorID: author, at: try day("2026-06-01").at(minute: 600))
        let sql = try app.db.sql
        try await sql.raw("UPDATE ideas SET status = 'accepted' WHERE id = \(bind: accepted)").run()
        try await sql.raw("UPDATE ideas SET status = 'merged' WHERE id = \(bind: merged)").run()
        let moved = try await hub.project("Flyttad", at: try day("2027-02-01").at(minute: 480))
        _ = try await hub.project("Stilla", at: try day("2027-02-02").at(minute: 480))
        _ = try await hub.project("Intern", visibility: .internal, at: try day("2027-02-03").at(minute: 480))
        for (from, to, at) in [
            ("need_insight", "pretotype", "2027-02-11"), ("pretotype", "prototype", "2027-03-03"),
        ] {
            try await sql.raw(
                """
                INSERT INTO gate_decisions (project_id, decision, from_phase, to_phase, rationale, lessons_learned, evidence, decided_at)
                VALUES (\(bind: moved), 'go', \(bind: from), \(bind: to), '', '', '', \(bind: try day(at).at(minute: 480)))
                """
            ).run()
        }
        try await sql.raw("UPDATE projects SET phase = 'prototype' WHERE id = \(bind: moved)").run()
        let events = try await EventFixture.make(app)
        let event = try await events.event(events.draft(title: "Workshop", capacity: 10))
        for (index, checkedIn) in [true, true, false].enumerated() {
            try await sql.raw(
                """
                INSERT INTO event_registrations (event_id, guest_name, guest_email, status, code, created_at, updated_at, checked_in_at)
                VALUES (\(bind: event.id), 'Gäst', \(bind: "g\(index)@example.se"), 'registered', \(bind: "KOD\(index)"),
                    \(bind: try day("2027-02-01").start), \(bind: try day("2027-02-01").start), \(bind: checkedIn ? try day("2027-03-09").at(minute: 1090) : nil as Date?))
                """
            ).run()
        }
        return (hub, moved)
    }

    @Test("The funnel, the time in each phase and the attendance match figures counted by hand")
    func handComputed() async throws {
        try await withTestApp { app in
            _ = try await craft(app)
            let period = InsightPeriod(from: try day("2027-01-01"), to: try day("2027-12-31"))
            let store = InsightStore(database: app.db, includeInternal: false)
            let funnel = try await store.result(.funnel, period).rows
            // Ideas 3 (the merged one and 2026's left out), accepted 1 of 3, projects 2, pretotype and prototype
            // 1 of 2 and 1 of 1, nothing further.
            #expect(
                funnel.map { $0[2] } == [
                    .count(3), .count(1), .count(2), .count(1), .count(1), .count(0), .count(0), .count(0),
                ])
            #expect(
                funnel.map { $0[3] } == [
                    .percent(nil), .percent(33.3), .percent(200), .percent(50), .percent(100), .percent(0),
                    .percent(nil), .percent(nil),
                ])
            let everything = try await InsightStore(database: app.db, includeInternal: true).result(.funnel, period)
                .rows
            #expect(everything[2][2] == .count(3), "the hub team counts the internal project too")
            let durations = try await store.result(.phaseDurations, period).rows
            #expect(durations[0][2...4] == [.count(1), .days(10), .days(10)])
            #expect(durations[1][2...4] == [.count(1), .days(20), .days(20)])
            #expect(durations[2][2...4] == [.count(0), .days(nil), .days(nil)])
            let attendance = try await store.result(.eventAttendance, period).rows
            let workshop = try #require(attendance.first { $0[0] == .text("competence_day") })
            #expect(workshop[3...6] == [.count(1), .count(3), .count(2), .percent(66.7)])
            let sources = try await store.result(.ideasBySource, period).rows
            #expect(sources.first { $0[0] == .text("resident") }?[3] == .count(2))
            #expect(sources.first { $0[0] == .text("city_staff") }?[3] == .count(1))
            #expect(InsightStore.percentile([1, 2, 3, 4, 5], 80) == 4 && InsightStore.percentile([7], 50) == 7)
        }
    }

    @Test("Every chart has its table, a text alternative and no inline style; the downloads are the same numbers")
    func pageAndDownloads() async throws {
        try await withTestApp { app in
            _ = try await craft(app)
            let page = try await TestBrowser(app).get("/insights?from=2027-01-01&to=2027-12-31")
            #expect(page.status == .ok)
            let charts = page.text.components(separatedBy: "<svg").count - 1
            let tables = page.text.components(separatedBy: "<table").count - 1
            let empty = page.text.components(separatedBy: "Inget att visa för perioden.").count - 1
            #expect(charts + empty == InsightTable.visible(toHubTeam: false).count && tables == charts && charts >= 6)
            #expect(page.text.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1 == charts)
            #expect(!page.text.contains("style=") && !page.text.contains("<script"))
            #expect(page.text.contains("id=\"definitions\"") && !page.text.contains("partner_contributions"))
            let csv = try await TestBrowser(app).get("/insights/funnel.csv?from=2027-01-01&to=2027-12-31")
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            let lines = csv.text.components(separatedBy: "\r\n")
            #expect(lines.first == "stage_sv,stage_en,count,share_of_previous")
            #expect(
                lines[1] == "Idéer inlämnade,Ideas submitted,3," && lines[2] == "Idéer antagna,Ideas accepted,1,33.3")
            let json = try object(try await TestBrowser(app).get("/insights/funnel.json?from=2027-01-01&to=2027-12-31"))
            #expect((json["rows"] as? [[String: Any]])?.first?["count"] as? Int == 3)
            let api = try object(
                try await send(app, .GET, "/api/v1/insights/funnel?from=2027-01-01&to=2027-12-31"))
            #expect((api["rows"] as? [[String: Any]])?[1]["share_of_previous"] as? Double == 33.3)
            let apiCSV = try await send(app, .GET, "/api/v1/insights/funnel.csv?from=2027-01-01&to=2027-12-31")
            #expect(apiCSV.text == csv.text)
            // The partners' agreements are the hub team's.
            #expect(try await TestBrowser(app).get("/insights/partner_contributions.csv").status == .notFound)
            #expect(try await send(app, .GET, "/api/v1/insights/partner_contributions").status == .unauthorized)
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let hubPage = try await coach.get("/admin/insights?from=2027-01-01&to=2027-12-31")
            #expect(hubPage.status == .ok && hubPage.text.contains("id=\"partner_contributions\""))
            #expect(try await TestBrowser(app).get("/admin/insights").status != .ok)
            // A period that cannot be one is said at its field.
            let wrong = try await TestBrowser(app).get("/insights?from=2027-13-01&to=2027-01-01")
            #expect(wrong.status == .unprocessableEntity && wrong.text.contains("ÅÅÅÅ-MM-DD"))
            #expect(try await send(app, .GET, "/api/v1/insights/funnel?from=x").status == .badRequest)
            #expect(try await send(app, .GET, "/api/v1/insights/nothing").status == .notFound)
            #expect(try await send(app, .GET, "/api/v1/insights/funnel.exe").status == .notFound)
        }
    }

    @Test(
        "Open data: one address per dataset in CSV and JSON, the fields as the dictionary says, nothing internal or personal"
    )
    func openData() async throws {
        try await withTestApp { app in
            let (hub, _) = try await craft(app)
            let catalogue = try object(try await send(app, .GET, "/api/v1/open-data"))
            let datasets = try #require(catalogue["datasets"] as? [[String: Any]])
            #expect(datasets.count == OpenDataSet.allCases.count && catalogue["licence"] as? String == "CC0-1.0")
            for set in OpenDataSet.allCases {
                let csv = try await TestBrowser(app).get("/open-data/\(set.rawValue).csv")
                #expect(csv.status == .ok, "\(set)")
                #expect(csv.text.components(separatedBy: "\r\n").first == set.fields.map(\.name).joined(separator: ","))
                #expect(!csv.text.contains("@"), "\(set) has an address")
                let json = try object(try await TestBrowser(app).get("/open-data/\(set.rawValue).json"))
                #expect(json["fields"] as? [String] == set.fields.map(\.name))
            }
            let projects = try await TestBrowser(app).get("/open-data/projects.csv").text
            #expect(projects.contains("Flyttad") && !projects.contains("Intern"))
            let ideas = try await TestBrowser(app).get("/open-data/ideas.csv").text
            #expect(!ideas.contains("Sammanslagen") && !ideas.contains("Eva"))
            _ = hub
            let page = try await TestBrowser(app).get("/open-data")
            #expect(page.status == .ok && page.text.contains("/open-data/gate_decisions.csv"))
            #expect(try await TestBrowser(app).get("/open-data/accounts.csv").status == .notFound)
        }
    }
}
