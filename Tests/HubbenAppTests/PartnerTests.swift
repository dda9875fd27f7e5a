import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

/// Two partners with a project each, a member of staff at each, and an agreement for the whole of 2026 with the
/// first; the clock on 1 June 2026.
struct PartnerFixture {
    let projects: ProjectFixture
    let clock: TestClock
    let sundkraft: Int
    let kustdata: Int
    let sundkraftStaff: Int
    let kustdataStaff: Int
    let project: Int
    let agreement: Int

    var app: Application { projects.app }

    static func make(_ app: Application) async throws -> PartnerFixture {
        let clock = TestClock(try #require(Day(iso: "2026-06-01")).at(minute: 10 * 60))
        app.hubben.clock = clock
        let projects = try await ProjectFixture.make(app)
        let kustdata = try #require(
            try await OrganizationStore(database: app.db).create(
                name: "Kustdata Konsult AB", kind: .partner, description: "IT-konsulter"))
        let accounts = AccountStore(database: app.db, hasher: app.password)
        let sundkraftStaff = try await app.makeAccount("Johan Berg", "johan@sundkraft.example", roles: [.partner])
        try await accounts.addMembership(accountID: sundkraftStaff, organizationID: projects.partner, role: .member)
        let kustdataStaff = try await app.makeAccount("Lina Kust", "lina@kustdata.example", roles: [.partner])
        try await accounts.addMembership(accountID: kustdataStaff, organizationID: kustdata.id, role: .member)
        let project = try await projects.project("Smart laddning", organizations: [projects.partner])
        let agreement = try await PartnerStore(database: app.db).createAgreement(
            projects.partner,
            AgreementValues(
                startsOn: try #require(Day(iso: "2026-01-01")), endsOn: try #require(Day(iso: "2026-12-31")),
                status: .active, cashPerYear: 100_000, hoursPerYear: 100, focusAreas: ["Energi"], note: "Första året"),
            createdBy: projects.coach, now: clock.now())
        return PartnerFixture(
            projects: projects, clock: clock, sundkraft: projects.partner, kustdata: kustdata.id,
            sundkraftStaff: sundkraftStaff, kustdataStaff: kustdataStaff, project: project, agreement: agreement)
    }

    func actions(_ accountID: Int?) async throws -> PartnerActions {
        PartnerActions(context: try await app.actionContext(for: accountID))
    }

    func log(
        _ kind: ContributionKind, _ amount: Int, on day: String, for organization: Int, by person: Int,
        project: Int? = nil
    ) async throws -> PartnerActions.Saved<ContributionRow, ContributionDraft.Field> {
        try await actions(person).contribute(
            project ?? self.project,
            ContributionDraft(
                organizationID: organization, kind: kind, amount: amount, day: Day(iso: day), what: "Utveckling"))
    }

    func browser(_ email: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(email, "ett långt lösenord")
        return browser
    }
}

@Suite("Partners: profiles, agreements and contributions")
struct PartnerTests: APITestSuite {
    @Test("Partner staff log for their own organisation only; the hub team for any; residents not at all")
    func whoLogs() async throws {
        try await withTestApp { app in
            let hub = try await PartnerFixture.make(app)
            guard
                case .saved(let row) = try await hub.log(
                    .hours, 450, on: "2026-05-20", for: hub.sundkraft, by: hub.sundkraftStaff)
            else {
                Issue.record("partner staff could not log hours for their own organisation")
                return
            }
            #expect(row.contribution.amount == 450 && row.loggedByName == "Johan Berg")
            guard
                case .invalid(let other) = try await hub.log(
                    .hours, 60, on: "2026-05-20", for: hub.kustdata, by: hub.sundkraftStaff)
            else {
                Issue.record("partner staff logged for another partner")
                return
            }
            #expect(other[.organization] == .notAllowed)
            guard
                case .saved = try await hub.log(
                    .cash, 25_000, on: "2026-05-01", for: hub.kustdata, by: hub.projects.coach)
            else {
                Issue.record("the hub team could not log for a partner")
                return
            }
            await #expect(throws: ActionRefusal.notAllowed) {
                _ = try await hub.log(.hours, 60, on: "2026-05-20", for: hub.sundkraft, by: hub.projects.resident)
            }
            // A department is no partner; a day ahead has not happened; hours need what they went to.
            guard
                case .invalid(let department) = try await hub.log(
                    .cash, 10, on: "2026-05-20", for: hub.projects.department, by: hub.projects.coach),
                case .invalid(let future) = try await hub.log(
                    .hours, 60, on: "2026-06-02", for: hub.sundkraft, by: hub.sundkraftStaff),
                case .invalid(let empty) = try await hub.actions(hub.sundkraftStaff).contribute(
                    hub.project,
                    ContributionDraft(
                        organizationID: hub.sundkraft, kind: .hours, amount: 60, day: Day(iso: "2026-05-01"), what: " ")
                )
            else {
                Issue.record("a contribution that breaks a rule was saved")
                return
            }
            #expect(department[.organization] == .invalid && future[.day] == .invalid && empty[.what] == .missing)
            // Only whoever logged it, or the hub team, removes a row.
            await #expect(throws: ActionRefusal.notFound) {
                _ = try await hub.actions(hub.kustdataStaff).removeContribution(
                    row.contribution.id, projectID: hub.project)
            }
            _ = try await hub.actions(hub.sundkraftStaff).removeContribution(
                row.contribution.id, projectID: hub.project)
            #expect(try await PartnerStore(database: app.db).contribution(id: row.contribution.id) == nil)
        }
    }

    @Test("Totals add up on the project, the partner and the agreement (what falls in its period)")
    func totalsAddUp() async throws {
        try await withTestApp(sharedReads: false) { app in
            let hub = try await PartnerFixture.make(app)
            let second = try await hub.projects.project("Solceller på skolor", organizations: [hub.projects.department])
            for (kind, amount, day, project) in [
                (ContributionKind.hours, 90, "2026-02-03", hub.project), (.hours, 30, "2026-03-04", second),
                (.cash, 40_000, "2026-04-05", hub.project), (.cash, 5_000, "2025-12-31", second),
                (.hours, 600, "2025-11-01", hub.project),
            ] {
                guard
                    case .saved = try await hub.log(
                        kind, amount, on: day, for: hub.sundkraft, by: hub.projects.coach, project: project)
                else {
                    Issue.record("refused \(kind) \(amount)")
                    return
                }
            }
            _ = try await hub.log(.hours, 120, on: "2026-02-03", for: hub.kustdata, by: hub.kustdataStaff)
            let store = PartnerStore(database: app.db)
            let partner = try await store.totals(of: hub.sundkraft)
            #expect(partner == ContributionTotals(cash: 45_000, minutes: 720))
            let perProject = try await store.projects(
                of: hub.sundkraft, includeInternal: true, paging: Paging(page: 1, per: 100))
            #expect(perProject.projects.map(\.totals).reduce(.zero, +) == partner)
            let onProject = try await store.totalsByPartner(projectID: hub.project)
            #expect(onProject.map(\.name) == ["Kustdata Konsult AB", "Sundkraft Energi AB"])
            #expect(onProject.last?.totals == ContributionTotals(cash: 40_000, minutes: 690))
            let (_, summary, rows) = try await hub.actions(hub.sundkraftStaff).agreement(hub.agreement)
            #expect(summary.contributed == ContributionTotals(cash: 40_000, minutes: 120))
            #expect(
                rows.count == 3 && summary.agreement.agreedCash == 100_000 && summary.agreement.agreedMinutes == 6_000)
            // The pages say the same in text: the project's table, the partner's summary, the agreement's bar.
            let coach = try await hub.browser("coach@example.se")
            let projectPage = try await coach.get("/projects/\(hub.project)").text
            #expect(projectPage.contains("40\u{00A0}000 kr") && projectPage.contains("11,5\u{00A0}h"))
            let partnerPage = try await TestBrowser(app).get("/partners/\(hub.sundkraft)").text
            #expect(partnerPage.contains("45\u{00A0}000 kr och 12\u{00A0}h personal"))
            #expect(!partnerPage.contains("Första året"), "an anonymous visitor saw the agreement")
            let agreementPage = try await coach.get("/partners/agreements/\(hub.agreement)").text
            #expect(agreementPage.contains("40\u{00A0}000 kr av avtalade 100\u{00A0}000 kr (40\u{00A0}%)"))
            #expect(agreementPage.contains("2\u{00A0}h av avtalade 100\u{00A0}h (2\u{00A0}%)"))
            #expect(agreementPage.contains("<progress max=\"1000\" value=\"400\""))
        }
    }

    @Test("A partner's projects come a page at a time, on the page and in the API, with how many there are in all")
    func projectsInPages() async throws {
        try await withTestApp(sharedReads: false) { app in
            let hub = try await PartnerFixture.make(app)
            let start = Date(timeIntervalSince1970: 1_780_000_000)
            for number in 1...22 {
                _ = try await hub.projects.project(
                    "Delprojekt \(number)", organizations: [hub.sundkraft], at: start.addingTimeInterval(Double(number))
                )
            }
            _ = try await hub.projects.project("Internt prov", visibility: .internal, organizations: [hub.sundkraft])
            let store = PartnerStore(database: app.db)
            let first = try await store.projects(
                of: hub.sundkraft, includeInternal: false, paging: Paging(page: 1, per: 20))
            let total = first.total
            #expect(total >= 23 && first.projects.count == 20)
            #expect(!first.projects.contains { $0.title == "Internt prov" })
            let all = try await store.projects(
                of: hub.sundkraft, includeInternal: true, paging: Paging(page: 1, per: 20))
            #expect(all.total == total + 1)
            let past = try await store.projects(
                of: hub.sundkraft, includeInternal: false, paging: Paging(page: 9, per: 20))
            #expect(past.projects.isEmpty && past.total == total)
            // The page: the count in text, the second page linked and holding the rest.
            let browser = TestBrowser(app)
            let page = try await browser.get("/partners/\(hub.sundkraft)").text
            #expect(page.contains("Projekt i hubben: \(total).") && page.contains("?page=2#partner-projects-caption"))
            #expect(page.contains("Delprojekt 22") && !page.contains("Internt prov"))
            let second = try await browser.get("/partners/\(hub.sundkraft)?page=2").text
            #expect(second.contains("Projekt i hubben: \(total).") && !second.contains("Delprojekt 22<"))
            // The API: `page` and `per`, refused out of bounds.
            let answer = try object(try await send(app, .GET, "/api/v1/partners/\(hub.sundkraft)?page=2&per=20"))
            #expect(answer["projectCount"] as? Int == total && answer["page"] as? Int == 2)
            #expect((answer["projects"] as? [Any])?.count == total - 20)
            let beyond = try object(try await send(app, .GET, "/api/v1/partners/\(hub.sundkraft)?page=50"))
            #expect((beyond["projects"] as? [Any])?.isEmpty == true && beyond["projectCount"] as? Int == total)
            for query in ["per=0", "per=101", "page=0", "page=x"] {
                let refused = try await send(app, .GET, "/api/v1/partners/\(hub.sundkraft)?\(query)")
                #expect(refused.status == .badRequest, "\(query): \(refused.text)")
            }
        }
    }

    @Test("Agreements: the hub team records them; the partner's staff read them; nobody else learns they exist")
    func agreementsOnTheWeb() async throws {
        try await withTestApp { app in
            let hub = try await PartnerFixture.make(app)
            let coach = try await hub.browser("coach@example.se")
            let page = "/partners/\(hub.sundkraft)/agreements"
            let refused = try await coach.post(
                page,
                [
                    "starts_on": "2027-01-01", "ends_on": "2026-12-31", "status": "active", "cash_per_year": "tio",
                    "hours_per_year": "200", "focus_areas": "Energi\nLaddning", "note": "Andra året",
                ], tokenPage: page)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Skriv medfinansieringen i hela kronor"))
            #expect(refused.text.contains("value=\"tio\"") && refused.text.contains("Andra året"))
            let saved = try await coach.post(
                page,
                [
                    "starts_on": "2027-01-01", "ends_on": "2027-12-31", "status": "draft", "cash_per_year": "120 000",
                    "hours_per_year": "200", "focus_areas": "Energi", "note": "Andra året",
                ], tokenPage: page)
            #expect(saved.status == .seeOther)
            let agreements = try await PartnerStore(database: app.db).agreements(of: hub.sundkraft)
            #expect(agreements.count == 2 && agreements.first?.cashPerYear == 120_000)
            let staff = try await hub.browser("johan@sundkraft.example")
            let seen = try await staff.get(page)
            #expect(seen.status == .ok && seen.text.contains("Andra året") == false && seen.text.contains("Utkast"))
            #expect(!seen.text.contains("starts_on"), "partner staff got the hub team's form")
            #expect(try await staff.get("/partners/agreements/\(hub.agreement)/edit").status == .forbidden)
            let other = try await hub.browser("lina@kustdata.example")
            #expect(try await other.get(page).status == .notFound)
            #expect(try await other.get("/partners/agreements/\(hub.agreement)").status == .notFound)
            let resident = try await hub.browser("rut@example.se")
            #expect(try await resident.get("/partners/agreements/\(hub.agreement)").status == .notFound)
            #expect(try await TestBrowser(app).get(page).status == .seeOther)
        }
    }

    @Test("The profile: its staff and the hub team change it; a contact is a role, never an address")
    func profile() async throws {
        try await withTestApp { app in
            let hub = try await PartnerFixture.make(app)
            let staff = try await hub.browser("johan@sundkraft.example")
            let edit = "/partners/\(hub.sundkraft)/edit"
            let refused = try await staff.post(
                edit, ["description": "Energi", "focus_areas": "Laddning", "contact_role": "johan@sundkraft.example"],
                tokenPage: edit)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("inte en e-postadress"))
            let saved = try await staff.post(
                edit,
                [
                    "description": "Regionalt energibolag", "focus_areas": "Laddning\nladdning\nSolel",
                    "contact_role": "Innovationsansvarig",
                ],
                tokenPage: edit)
            #expect(saved.status == .seeOther)
            let profile = try #require(try await PartnerStore(database: app.db).profile(hub.sundkraft))
            #expect(profile.focusAreas == ["Laddning", "Solel"] && profile.contactRole == "Innovationsansvarig")
            let page = try await TestBrowser(app).get("/partners/\(hub.sundkraft)").text
            #expect(page.contains("Innovationsansvarig, via hubbens team") && !page.contains("@sundkraft"))
            let other = try await hub.browser("lina@kustdata.example")
            #expect(try await other.get(edit).status == .forbidden)
            #expect(try await other.post(edit, ["description": "x"], tokenPage: "/account").status == .forbidden)
            #expect(try await TestBrowser(app).get("/partners/\(hub.projects.department)").status == .notFound)
        }
    }

    @Test("Contributions on the web: the form logs hours with a decimal comma, errors keep what was typed")
    func contributionsOnTheWeb() async throws {
        try await withTestApp { app in
            let hub = try await PartnerFixture.make(app)
            let staff = try await hub.browser("johan@sundkraft.example")
            let page = "/projects/\(hub.project)/contributions"
            let form = try await staff.get(page).text
            #expect(form.contains("Logga ett bidrag") && !form.contains("Kustdata Konsult AB</option>"))
            let refused = try await staff.post(
                page,
                [
                    "organization": "\(hub.sundkraft)", "kind": "hours", "amount": "7,555,5", "day": "2026-05-02",
                    "what": "Test",
                ],
                tokenPage: page)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("value=\"7,555,5\""))
            let other = try await staff.post(
                page,
                ["organization": "\(hub.kustdata)", "kind": "hours", "amount": "2", "day": "2026-05-02", "what": "x"],
                tokenPage: page)
            #expect(other.status == .unprocessableEntity && other.text.contains("din egen organisation"))
            let logged = try await staff.post(
                page,
                [
                    "organization": "\(hub.sundkraft)", "kind": "hours", "amount": "7,5", "day": "2026-05-02",
                    "what": "Prototyp",
                ],
                tokenPage: page)
            #expect(logged.status == .seeOther)
            let after = try await staff.get(page).text
            #expect(after.contains("7,5\u{00A0}h") && after.contains("Prototyp") && after.contains("Ta bort"))
            // Everyone sees the totals; only the partner's staff and the hub team the rows.
            let anonymous = try await TestBrowser(app).get(page).text
            #expect(
                anonymous.contains("7,5\u{00A0}h") && !anonymous.contains("Prototyp") && !anonymous.contains("Johan"))
            let resident = try await hub.browser("rut@example.se")
            #expect(
                try await resident.post(
                    page, ["organization": "\(hub.sundkraft)", "kind": "cash", "amount": "1", "day": "2026-05-02"],
                    tokenPage: "/account"
                ).status == .forbidden)
            // An internal project's contributions are as hidden as the project.
            let hidden = try await hub.projects.project("Internt", visibility: .internal)
            #expect(try await resident.get("/projects/\(hidden)/contributions").status == .notFound)
        }
    }

    @Test("The API: partners, agreements and contributions, with each field's problem named")
    func api() async throws {
        try await withTestApp(sharedReads: false) { app in
            let hub = try await PartnerFixture.make(app)
            let staff = try await token(app, hub.sundkraftStaff)
            let coach = try await token(app, hub.projects.coach)
            let other = try await token(app, hub.kustdataStaff)
            let list = try await send(app, .GET, "/api/v1/partners")
            #expect(
                list.status == .ok && list.text.contains("Kustdata Konsult AB") && !list.text.contains("Stadsbyggnad"))
            let logged = try await send(
                app, .POST, "/api/v1/projects/\(hub.project)/contributions", token: staff,
                body: [
                    "partnerId": hub.sundkraft, "kind": "hours", "amount": 7.25, "day": "2026-05-03", "what": "Test",
                ])
            #expect(logged.status == .created)
            #expect(try object(logged)["amount"] as? Double == 7.25)
            for (body, field) in [
                (
                    ["partnerId": hub.kustdata, "kind": "hours", "amount": 1, "day": "2026-05-03", "what": "x"]
                        as [String: Any], "partnerId"
                ),
                (
                    ["partnerId": hub.sundkraft, "kind": "hours", "amount": 1.555, "day": "2026-05-03", "what": "x"],
                    "amount"
                ),
                (["partnerId": hub.sundkraft, "kind": "cash", "amount": 1e308, "day": "2026-05-03"], "amount"),
                (["partnerId": hub.sundkraft, "kind": "cash", "amount": -5, "day": "2026-05-03"], "amount"),
                (["partnerId": hub.sundkraft, "kind": "cash", "amount": 10, "day": "igår"], "day"),
            ] {
                let refused = try await send(
                    app, .POST, "/api/v1/projects/\(hub.project)/contributions", token: staff, body: body)
                #expect(refused.status == .unprocessableEntity, "\(body)")
                #expect(try error(refused).fields?[field] != nil, "\(field): \(refused.text)")
            }
            let partner = try await send(app, .GET, "/api/v1/partners/\(hub.sundkraft)")
            let totals = try #require(try object(partner)["totals"] as? [String: Any])
            #expect(totals["hours"] as? Double == 7.25 && totals["cashSek"] as? Int == 0)
            #expect(try await send(app, .GET, "/api/v1/partners/\(hub.projects.department)").status == .notFound)
            // Rows: the partner's own for its staff, none for anyone else; totals for everyone.
            let anonymous = try object(try await send(app, .GET, "/api/v1/projects/\(hub.project)/contributions"))
            #expect((anonymous["entries"] as? [Any])?.isEmpty == true && (anonymous["totals"] as? [Any])?.count == 1)
            let theirs = try object(
                try await send(app, .GET, "/api/v1/projects/\(hub.project)/contributions", token: other))
            #expect((theirs["entries"] as? [Any])?.isEmpty == true)
            let own = try object(
                try await send(app, .GET, "/api/v1/projects/\(hub.project)/contributions", token: staff))
            #expect((own["entries"] as? [Any])?.count == 1)
            // Agreements.
            let path = "/api/v1/partners/\(hub.sundkraft)/agreements"
            #expect(try await send(app, .GET, path).status == .unauthorized)
            #expect(try await send(app, .GET, path, token: other).status == .notFound)
            let agreements = try await send(app, .GET, path, token: staff)
            #expect(agreements.status == .ok && agreements.text.contains("\"cashPerYear\":100000"))
            let body: [String: Any] = [
                "startsOn": "2027-01-01", "endsOn": "2028-12-31", "status": "draft", "cashPerYear": 50_000,
                "hoursPerYear": 300,
            ]
            #expect(try await send(app, .POST, path, token: staff, body: body).status == .forbidden)
            let created = try await send(app, .POST, path, token: coach, body: body)
            #expect(created.status == .created)
            let agreed = try #require(try object(created)["agreed"] as? [String: Any])
            #expect(agreed["cashSek"] as? Int == 100_000 && agreed["hours"] as? Double == 600)
            var late = body
            late["endsOn"] = "2026-12-31"
            let refused = try await send(app, .POST, path, token: coach, body: late)
            let problem = try error(refused).fields?["endsOn"]
            #expect(refused.status == .unprocessableEntity && problem != nil)
        }
    }

    @Test("Personal data: who logged a contribution is in their export; deleting the account keeps the hours")
    func personalData() async throws {
        try await withTestApp { app in
            let hub = try await PartnerFixture.make(app)
            guard
                case .saved(let row) = try await hub.log(
                    .hours, 120, on: "2026-05-20", for: hub.sundkraft, by: hub.sundkraftStaff)
            else {
                Issue.record("refused")
                return
            }
            let export = try await AccountExport.make(
                accountID: hub.sundkraftStaff, database: app.db, hasher: app.password, now: hub.clock.now())
            let json = String(decoding: try #require(export).json(), as: UTF8.self)
            #expect(json.contains("contributionsLogged") && json.contains("Utveckling"))
            try await AccountStore(database: app.db, hasher: app.password).delete(
                id: hub.sundkraftStaff, now: hub.clock.now())
            let kept = try #require(try await PartnerStore(database: app.db).contribution(id: row.contribution.id))
            #expect(kept.contribution.amount == 120 && kept.contribution.loggedByID == nil && kept.loggedByName == nil)
        }
    }

    @Test("A partnership outcome decided within an agreement's period is listed on the agreement")
    func partnershipsUnderTheAgreement() async throws {
        try await withTestApp { app in
            let hub = try await PartnerFixture.make(app)
            let sql = try #require(app.db as? any SQLDatabase)
            for (title, decided) in [
                ("Laddstolpar", "2026-03-01T10:00:00Z"), ("Gammalt avtal", "2025-06-01T10:00:00Z"),
            ] {
                let project = try await hub.projects.project(title)
                try await sql.raw(
                    """
                    UPDATE projects SET outcome = 'partnership', phase = 'pretotype',
                        partner_organization_id = \(bind: hub.sundkraft) WHERE id = \(bind: project)
                    """
                ).run()
                try await sql.raw(
                    """
                    INSERT INTO gate_decisions (project_id, decision, from_phase, to_phase, outcome, rationale,
                        lessons_learned, evidence, decided_by, decided_at)
                    VALUES (\(bind: project), 'route', 'pretotype', 'pretotype', 'partnership', 'Partner', 'Lärdom', '',
                        \(bind: hub.projects.coach), \(bind: try #require(ISO8601DateFormatter().date(from: decided))))
                    """
                ).run()
            }
            let staff = try await hub.browser("johan@sundkraft.example")
            let page = try await staff.get("/partners/agreements/\(hub.agreement)").text
            #expect(page.contains("Partnerskap beslutade under avtalet") && page.contains("Laddstolpar"))
            #expect(!page.contains("Gammalt avtal"), "a partnership from before the agreement is listed")
        }
    }
}
