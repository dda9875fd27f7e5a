import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

@Suite(
    "The competence pool: internal to the hub team, the person and their coordinators; staffing from ranked suggestions"
)
struct PoolTests: APITestSuite {
    /// A department programmer, a partner's programmer and a department coordinator, with competencies and time.
    private struct Pool {
        let hub: ProjectFixture
        let pia: Int
        let per: Int
        let kim: Int
        let project: Int
    }

    private func pool(_ app: Application) async throws -> Pool {
        let hub = try await ProjectFixture.make(app)
        let accounts = AccountStore(database: app.db, hasher: app.password)
        let pia = try await app.makeAccount("Pia Programmerare", "pia@example.se", roles: [.staff])
        let per = try await app.makeAccount("Per Partner", "per@example.se", roles: [.partner])
        let kim = try await app.makeAccount("Kim Koordinator", "kim@example.se", roles: [.staff])
        try await accounts.addMembership(accountID: pia, organizationID: hub.department, role: .member)
        try await accounts.addMembership(accountID: kim, organizationID: hub.department, role: .lead)
        try await accounts.addMembership(accountID: per, organizationID: hub.partner, role: .member)
        let start = try #require(Day(iso: "2027-01-01"))
        let end = try #require(Day(iso: "2027-12-31"))
        let year = try #require(Period(from: start, through: end))
        for (id, level, percent) in [(pia, 3, 100), (per, 4, 50)] {
            try await PoolStore(database: app.db).replaceProfile(
                id,
                CompetenceProfileDraft(
                    competencies: [CompetencyEntry(competency: Competency(.programmer), level: level)],
                    availability: [Allocation(year, percent: percent)]), now: Date())
        }
        return Pool(hub: hub, pia: pia, per: per, kim: kim, project: try await hub.project("Laddplatser"))
    }

    @Test("A resident never sees competencies or loads; a coordinator sees only their own organisation's people")
    func visibility() async throws {
        try await withTestApp { app in
            let pool = try await pool(app)
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            for path in [
                "/competencies", "/competencies/load", "/competencies/people/\(pool.pia)",
                "/projects/\(pool.project)/staffing", "/competencies/mine",
            ] {
                let response = try await resident.get(path)
                #expect([403, 404].contains(response.status.code), "\(path): \(response.status)")
                #expect(!response.text.contains("Pia Programmerare"))
            }
            #expect(try await TestBrowser(app).get("/competencies").status == .seeOther)
            let residentToken = try await token(app, pool.hub.resident)
            #expect(try await send(app, .GET, "/api/v1/people", token: residentToken).status == .forbidden)
            #expect(try await send(app, .GET, "/api/v1/people").status == .unauthorized)
            #expect(try await send(app, .GET, "/api/v1/me/competencies", token: residentToken).status == .forbidden)
            #expect(
                try await send(app, .GET, "/api/v1/projects/\(pool.project)/staffing-suggestions", token: residentToken)
                    .status == .forbidden)
            let project = try await TestBrowser(app).get(ProjectPaths.show(pool.project))
            #expect(!project.text.contains("/staffing"))

            let kim = TestBrowser(app)
            try await kim.signIn("kim@example.se", "ett långt lösenord")
            let list = try await kim.get("/competencies")
            #expect(list.status == .ok && list.text.contains("Pia Programmerare") && !list.text.contains("Per Partner"))
            #expect(try await kim.get("/competencies/people/\(pool.pia)").status == .ok)
            #expect(try await kim.get("/competencies/people/\(pool.per)").status == .notFound)
            #expect(try await kim.get("/projects/\(pool.project)/staffing").status == .forbidden)

            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let all = try await coach.get("/competencies?competency=programmer&level=4")
            #expect(all.text.contains("Per Partner") && !all.text.contains("Pia Programmerare"))
            let free = try await coach.get("/competencies?free_from=2027-03-01&free_to=2027-03-31")
            #expect(free.text.contains("100 %") && free.text.contains("50 %"))
            let bad = try await coach.get("/competencies?free_from=2027-03-31&free_to=2027-03-01")
            #expect(bad.status == .unprocessableEntity && bad.text.contains("id=\"free_to-error\""))
        }
    }

    @Test(
        "Each person keeps their own competencies and time; refused input comes back with the message and what was typed"
    )
    func ownProfile() async throws {
        try await withTestApp { app in
            let pool = try await pool(app)
            let pia = TestBrowser(app)
            try await pia.signIn("pia@example.se", "ett långt lösenord")
            let page = try await pia.get("/competencies/mine")
            #expect(page.status == .ok && page.text.contains("Programmerare"))
            let added = try await pia.post(
                "/competencies/mine/competencies", ["competency": "skill", "skill": "GIS & <kartor>", "level": "2"],
                tokenPage: "/competencies/mine")
            #expect(added.status == .seeOther)
            let duplicate = try await pia.post(
                "/competencies/mine/competencies", ["competency": "skill", "skill": "gis & <KARTOR>", "level": "4"],
                tokenPage: "/competencies/mine")
            #expect(duplicate.status == .unprocessableEntity && duplicate.text.contains("redan den kompetensen"))
            #expect(duplicate.text.contains("value=\"gis &amp; &lt;KARTOR&gt;\""))
            let tooMuch = try await pia.post(
                "/competencies/mine/availability",
                ["starts_on": "2028-01-01", "ends_on": "2028-06-30", "percent": "101"],
                tokenPage: "/competencies/mine")
            #expect(tooMuch.status == .unprocessableEntity && tooMuch.text.contains("value=\"2028-06-30\""))
            let longSkill = try await pia.post(
                "/competencies/mine/competencies",
                ["competency": "skill", "skill": String(repeating: "å", count: 81), "level": "2"],
                tokenPage: "/competencies/mine")
            #expect(longSkill.status == .unprocessableEntity)
            let profile = try await PoolStore(database: app.db).profile(pool.pia)
            #expect(profile.competencies.map(\.competency.matchKey).sorted() == ["programmer", "skill:gis & <kartor>"])
            let mine = try await pia.get("/competencies/mine")
            #expect(mine.text.contains("GIS &amp; &lt;kartor&gt;"))
            let removed = try await pia.post(
                "/competencies/mine/competencies/removal", ["key": "skill:gis & <kartor>"],
                tokenPage: "/competencies/mine")
            #expect(removed.status == .seeOther)
            #expect(try await PoolStore(database: app.db).profile(pool.pia).competencies.count == 1)
            let export = try await pia.get("/account/export")
            #expect(export.text.contains("\"competencies\"") && export.text.contains("programmer"))
            // Her preferences include how she hears of being staffed; a resident's do not.
            #expect(try await pia.get("/account").text.contains("name=\"staffing_assigned\""))
            let resident = try await TestBrowser.signedIn(app, "Rut Invånare", "rut-pool@example.se")
            let residentsPage = try await resident.get("/account").text
            #expect(
                residentsPage.contains("name=\"idea_status\"") && !residentsPage.contains("name=\"staffing_assigned\""))
            #expect(export.text.contains("\"availability\""))
        }
    }

    @Test("A coach states a need, assigns a suggested person, and sees the warning when they go over 100 %")
    func staffing() async throws {
        try await withTestApp { app in
            let pool = try await pool(app)
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let path = "/projects/\(pool.project)/staffing"
            let refused = try await coach.post(
                path + "/needs",
                [
                    "phase": "prototype", "competency": "skill", "skill": "", "level": "3", "percent": "0",
                    "starts_on": "2027-03-01", "ends_on": "2027-02-01",
                ], tokenPage: path)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"skill-error\"") && refused.text.contains("id=\"percent-error\""))
            #expect(refused.text.contains("id=\"ends_on-error\"") && refused.text.contains("value=\"2027-02-01\""))
            /// States that `project` needs a programmer at level 3, through the form.
            func programmerNeed(_ project: Int, _ phase: String, percent: Int, _ from: String, _ until: String)
                async throws -> TestingHTTPResponse
            {
                try await coach.post(
                    "/projects/\(project)/staffing/needs",
                    [
                        "phase": phase, "competency": "programmer", "level": "3", "percent": "\(percent)",
                        "starts_on": from, "ends_on": until,
                    ], tokenPage: path)
            }
            let need = try await programmerNeed(pool.project, "prototype", percent: 60, "2027-03-08", "2027-05-09")
            #expect(need.status == .seeOther)
            let page = try await coach.get(path)
            #expect(page.text.contains("Programmerare nivå 3, 100 % ledig v. 10–18"))
            #expect(page.text.contains("Programmerare nivå 4, 50 % ledig v. 10–18"))
            let needs = try await PoolStore(database: app.db).needs(projectID: pool.project)
            let needID = try #require(needs.first?.id)
            // Pia (fully free, level 3) comes before Per (level 4 but half free).
            let suggestions = try await PoolActions(context: try await app.actionContext(for: pool.hub.coach)).staffing(
                pool.project)
            #expect(suggestions.needs.first?.suggestions.map(\.candidate.accountID) == [pool.pia, pool.per])
            let assigned = try await coach.post(
                path + "/assignments", ["need_id": "\(needID)", "account_id": "\(pool.pia)"], tokenPage: path)
            #expect(assigned.status == .seeOther)
            #expect(!(try await coach.get(path)).text.contains("Över 100 %"))
            // Pia hears of it, with what and when; nobody else is told.
            try await app.runBackgroundWork(logger: app.logger)
            let told = try await NotificationRecord.query(on: app.db).all()
            #expect(told.map(\.recipientID) == [pool.pia] && told.map(\.kind) == ["staffing_assigned"])
            let pia = TestBrowser(app)
            try await pia.signIn("pia@example.se", "ett långt lösenord")
            let notifications = try await pia.get("/notifications")
            #expect(notifications.text.contains("Du har bemannats i projektet ”Laddplatser”"))
            #expect(notifications.text.contains("Som Programmerare, 60 % v. 10–18"))
            // Once in the project, she is suggested for its next need with that as a reason.
            let next = try await programmerNeed(
                pool.project, "proof_of_concept", percent: 20, "2027-06-07", "2027-06-20")
            #expect(next.status == .seeOther)
            #expect(
                try await coach.get(path).text.contains("Programmerare nivå 3, 100 % ledig v. 23–24, redan i projektet")
            )
            // A second project takes 60 % of her as well.
            let other = try await pool.hub.project("Skolskjuts")
            let second = try await programmerNeed(other, "prototype", percent: 60, "2027-04-05", "2027-04-18")
            #expect(second.status == .seeOther)
            let otherNeed = try #require(try await PoolStore(database: app.db).needs(projectID: other).first?.id)
            let over = try await coach.post(
                "/projects/\(other)/staffing/assignments", ["need_id": "\(otherNeed)", "account_id": "\(pool.pia)"],
                tokenPage: path)
            #expect(over.status == .seeOther)
            let warned = try await coach.get("/projects/\(other)/staffing")
            #expect(warned.text.contains("Över 100 %") && warned.text.contains("v. 14 (120 %), v. 15 (120 %)"))
            let person = try await coach.get("/competencies/people/\(pool.pia)")
            #expect(person.text.contains("Laddplatser") && person.text.contains("Skolskjuts"))
            let load = try await coach.get("/competencies/load?from=2027-04-05")
            #expect(load.text.contains("120 %") && load.text.contains("load-over"))
            let again = try await coach.post(
                path + "/assignments", ["need_id": "\(needID)", "account_id": "\(pool.pia)"], tokenPage: path)
            #expect(again.status == .unprocessableEntity && again.text.contains("redan tilldelad"))
            let resident = try await coach.post(
                path + "/assignments", ["need_id": "\(needID)", "account_id": "\(pool.hub.resident)"], tokenPage: path)
            #expect(resident.status == .unprocessableEntity)
        }
    }

    @Test("The staffing page is rendered once for the hub team, and each coach's forms carry their own token")
    func staffingSharedWithOwnTokens() async throws {
        try await withTestApp { app in
            let pool = try await pool(app)
            try await app.makeAccount("Cilla Coach", "cilla@example.se", roles: [.coach])
            let path = "/projects/\(pool.project)/staffing"
            let sara = TestBrowser(app)
            try await sara.signIn("coach@example.se", "ett långt lösenord")
            let cilla = TestBrowser(app)
            try await cilla.signIn("cilla@example.se", "ett långt lösenord")
            let added = try await sara.post(
                path + "/needs",
                [
                    "phase": "prototype", "competency": "programmer", "level": "3", "percent": "50",
                    "starts_on": "2027-03-08", "ends_on": "2027-05-09",
                ], tokenPage: path)
            #expect(added.status == .seeOther)
            // Cilla's page comes from the one Sara's request rendered (the same moment, nothing written since).
            let sarasPage = try await sara.get(path).text
            let cillasPage = try await cilla.get(path).text
            let sarasTokens = TestBrowser.csrfTokens(in: sarasPage)
            let cillasTokens = TestBrowser.csrfTokens(in: cillasPage)
            #expect(sarasTokens.count == 1 && cillasTokens.count == 1 && sarasTokens != cillasTokens)
            #expect(!sarasPage.contains("csrf-") && !cillasPage.contains("csrf-"))
            #expect(cillasPage.contains("Programmerare nivå 3, 100 % ledig v. 10–18"))
            let needID = try #require(try await PoolStore(database: app.db).needs(projectID: pool.project).first?.id)
            let assigned = try await cilla.post(
                path + "/assignments", ["need_id": "\(needID)", "account_id": "\(pool.pia)"],
                csrf: cillasTokens.first ?? "")
            #expect(assigned.status == .seeOther)
            let withSaras = try await cilla.post(
                path + "/assignments", ["need_id": "\(needID)", "account_id": "\(pool.per)"],
                csrf: sarasTokens.first ?? "")
            #expect(withSaras.status == .forbidden)
        }
    }

    @Test("A partner's staff member's assignment counts as the partner's contribution in kind, and goes with it")
    func partnerContribution() async throws {
        try await withTestApp { app in
            let pool = try await pool(app)
            let actions = PoolActions(context: try await app.actionContext(for: pool.hub.coach))
            let result = try await actions.assign(
                pool.project,
                .init(
                    accountID: pool.per, competency: Competency(.programmer), percent: 50,
                    startsOn: Day(iso: "2027-03-01"), endsOn: Day(iso: "2027-03-28")))
            guard case .assigned(let assignment, let over) = result else {
                Issue.record("not assigned: \(result)")
                return
            }
            #expect(over.isEmpty && assignment.organizationName == "Sundkraft Energi AB")
            let totals = try await PartnerStore(database: app.db).totalsByPartner(projectID: pool.project)
            #expect(totals.map(\.totals.minutes) == [80 * 60])
            let rows = try await PartnerActions(context: try await app.actionContext(for: pool.per))
                .projectContributions(pool.project)
            #expect(rows.rows.count == 1 && rows.removable.isEmpty)
            try await actions.removeAssignment(pool.project, assignmentID: assignment.id)
            #expect(try await PartnerStore(database: app.db).totalsByPartner(projectID: pool.project).isEmpty)
        }
    }

    @Test("The API: one's own profile, the pool with free time, needs, suggestions and an assignment over 100 %")
    func api() async throws {
        try await withTestApp { app in
            let pool = try await pool(app)
            let piaToken = try await token(app, pool.pia)
            let put = try await send(
                app, .PUT, "/api/v1/me/competencies", token: piaToken,
                body: [
                    "competencies": [["competency": "programmer", "level": 3], ["competency": "GIS", "level": 2]],
                    "availability": [["startsOn": "2027-01-01", "endsOn": "2027-12-31", "percent": 80]],
                ])
            #expect(put.status == .ok)
            let bad = try await send(
                app, .PUT, "/api/v1/me/competencies", token: piaToken,
                body: [
                    "competencies": [["competency": "gis", "level": 2], ["competency": "GIS", "level": 9]],
                    "availability": [["startsOn": "2027-12-31", "endsOn": "2027-01-01", "percent": 80]],
                ])
            #expect(bad.status == .unprocessableEntity)
            let fields = try error(bad).fields ?? [:]
            #expect(fields["availability[0].endsOn"] != nil)
            let coachToken = try await token(app, pool.hub.coach)
            let people = try object(
                try await send(
                    app, .GET, "/api/v1/people?competency=gis&free_from=2027-03-01&free_to=2027-03-31",
                    token: coachToken))
            let listed = try #require(people["people"] as? [[String: Any]])
            #expect(listed.count == 1 && listed.first?["free"] as? Int == 80)
            #expect(
                try await send(app, .GET, "/api/v1/people?free_from=2027-03-01&free_to=nonsense", token: coachToken)
                    .status == .badRequest)
            let need = try await send(
                app, .POST, "/api/v1/projects/\(pool.project)/staffing-needs", token: coachToken,
                body: [
                    "phase": "prototype", "competency": "programmer", "level": 3, "percent": 60,
                    "startsOn": "2027-03-08", "endsOn": "2027-03-21",
                ])
            #expect(need.status == .created)
            let needID = try #require(try object(need)["id"] as? Int)
            let suggestions = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await send(
                            app, .GET, "/api/v1/projects/\(pool.project)/staffing-suggestions", token: coachToken
                        )
                        .text.utf8)) as? [[String: Any]])
            let first = try #require((suggestions.first?["suggestions"] as? [[String: Any]])?.first)
            #expect(first["accountId"] as? Int == pool.pia)
            #expect((first["reason"] as? String)?.contains("80 % ledig v. 10–11") == true)
            for percent in [60, 50] {
                let assigned = try await send(
                    app, .POST, "/api/v1/projects/\(pool.project)/assignments", token: coachToken,
                    body: percent == 60
                        ? ["accountId": pool.pia, "needId": needID]
                        : [
                            "accountId": pool.pia, "competency": "GIS", "percent": percent, "startsOn": "2027-03-15",
                            "endsOn": "2027-03-16",
                        ])
                #expect(assigned.status == .created)
                let weeks = try #require(try object(assigned)["overWeeks"] as? [[String: Any]])
                #expect(weeks.map { $0["week"] as? String } == (percent == 60 ? [] : ["2027-W11"]))
            }
            let needs = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await send(app, .GET, "/api/v1/projects/\(pool.project)/staffing-needs", token: coachToken)
                            .text.utf8)) as? [[String: Any]])
            #expect((needs.first?["assigned"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test("A candidate's periods as one text: every period read back, anything else left out")
    func periodsText() throws {
        func period(_ from: String, _ through: String) throws -> Period {
            try #require(
                Day(iso: from).flatMap { start in Day(iso: through).flatMap { Period(from: start, through: $0) } })
        }
        let march = try period("2027-03-01", "2027-05-31")
        let june = try period("2027-06-01", "2027-06-30")
        #expect(
            PoolStore.allocations("2027-03-01,2027-05-31,50;x;2027-06-01,2027-06-30,20;2027-07-01,2027-06-01,10")
                == [Allocation(march, percent: 50), Allocation(june, percent: 20)])
        #expect(PoolStore.allocations(nil).isEmpty && PoolStore.allocations("").isEmpty)
        for broken in [
            ";", "2027-03-01,2027-05-31", "2027-03-01,2027-05-31,", "2027-3-01,2027-05-31,50",
            "2027-03-01,2027-05-31,50000", "2027-03-01;2027-05-31,50", "2027-02-30,2027-05-31,50",
            "2027-03-01,2027-05-31,5,0",
        ] {
            #expect(PoolStore.allocations(broken).isEmpty, "\(broken)")
        }
        #expect(PoolStore.allocations("2027-06-01,2027-06-30,20;") == [Allocation(june, percent: 20)])
    }

    @Test("Two coaches assigning the same person to the same need at once: the database keeps one")
    func concurrentAssignments() async throws {
        try await withTestApp { app in
            let pool = try await pool(app)
            let coachToken = try await token(app, pool.hub.coach)
            let need = try await send(
                app, .POST, "/api/v1/projects/\(pool.project)/staffing-needs", token: coachToken,
                body: [
                    "phase": "prototype", "competency": "programmer", "level": 3, "percent": 60,
                    "startsOn": "2027-03-08", "endsOn": "2027-03-21",
                ])
            let needID = try #require(try object(need)["id"] as? Int)
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await send(
                            app, .POST, "/api/v1/projects/\(pool.project)/assignments", token: coachToken,
                            body: ["accountId": pool.per, "needId": needID]
                        ).status.code
                    }
                }
                var all: [UInt] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.sorted() == [201, 422, 422, 422, 422, 422])
            let rows = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM staffing_assignments").first()
            #expect(try rows?.decode(column: "n", as: Int.self) == 1)
            let contributions = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM contributions").first()
            #expect(try contributions?.decode(column: "n", as: Int.self) == 1)
        }
    }
}
