import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

/// Someone registering interest through the real form: the token page, then the POST with the form's start
/// time `seconds` ago.
private func registerThroughForm(
    _ browser: TestBrowser, _ fields: [String: String], startedSecondsAgo seconds: Double = 30, clock: TestClock
) async throws -> TestingHTTPResponse {
    var fields = fields
    fields["started"] = "\(Int(clock.now().timeIntervalSince1970 - seconds))"
    return try await browser.post("/interest", fields, tokenPage: "/interest")
}

private let person: [String: String] = [
    "name": "Tove Testare", "email": "tove@example.se", "organization": "", "interests[]": "test_user",
    "message": "Jag testar gärna appar för cyklister.", "district": "Centrum", "age_band": "30_49",
    "consent": InterestConsent.version,
]

/// The path of a link of one kind (`/interest/confirmations/` or `/interest/withdrawal/`) in the newest mail to
/// `recipient`.
private func link(_ app: Application, _ kind: String, to recipient: String) async throws -> String {
    let body = try #require(try await app.lastMail(to: recipient)?.textBody)
    let word = try #require(body.split(whereSeparator: \.isWhitespace).first { $0.contains(kind) })
    let start = try #require(word.range(of: kind)).lowerBound
    return String(word[start...])
}

@Suite("Registered interest: consent, confirmation, spam protection, the hub team's leads, retention")
struct InterestTests: APITestSuite {
    @Test("The form: consent is required and stored with its version; the mailed link's POST confirms")
    func registerAndConfirm() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date())
            app.hubben.clock = clock
            let browser = TestBrowser(app)
            var missing = person
            missing["consent"] = nil
            let refused = try await registerThroughForm(browser, missing, clock: clock)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("Kryssa i att du samtycker"))
            #expect(
                refused.text.contains("Jag testar gärna appar för cyklister.")
                    && refused.text.contains("value=\"Centrum\""))
            #expect(try await LeadStore(database: app.db).list(.init()).total == 0)
            let sent = try await registerThroughForm(browser, person, clock: clock)
            #expect(sent.status == .seeOther && sent.headers.first(name: .location) == "/interest?done=sent")
            let stored = try #require(try await app.db.sql.raw("SELECT * FROM leads").first())
            #expect(try stored.decode(column: "consent_version", as: String.self) == InterestConsent.version)
            #expect(try stored.decode(column: "confirmed_at", as: Date?.self) == nil)
            // Not counted before it is confirmed.
            #expect(try await LeadStore(database: app.db).list(.init()).total == 0)
            let confirmation = try await link(app, "/interest/confirmations/", to: "tove@example.se")
            #expect(try await link(app, "/interest/withdrawal/", to: "tove@example.se").isEmpty == false)
            let page = try await browser.get(confirmation)
            #expect(page.status == .ok && page.text.contains("Bekräfta"))
            #expect(try await LeadStore(database: app.db).list(.init()).total == 0, "the GET confirmed")
            let confirmed = try await browser.post(confirmation, [:], tokenPage: confirmation)
            #expect(confirmed.status == .ok && confirmed.text.contains("Tack, det är bekräftat"))
            let leads = try await LeadStore(database: app.db).list(.init())
            #expect(
                leads.total == 1 && leads.leads.first?.interests == [.testUser]
                    && leads.leads.first?.ageBand == .from30To49)
            // Used once.
            #expect(try await browser.post(confirmation, [:], tokenPage: "/interest").status == .notFound)
        }
    }

    @Test("Spam: a filled honeypot keeps nothing, a form sent within seconds is re-shown, one address gets few mails")
    func spam() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date())
            app.hubben.clock = clock
            let browser = TestBrowser(app)
            var bot = person
            bot["website"] = "http://spam.example"
            let trapped = try await registerThroughForm(browser, bot, clock: clock)
            #expect(trapped.status == .seeOther && trapped.headers.first(name: .location) == "/interest?done=sent")
            #expect(
                try await app.db.sql.raw("SELECT COUNT(*) AS n FROM leads").first()?.decode(column: "n", as: Int.self)
                    == 0)
            let fast = try await registerThroughForm(browser, person, startedSecondsAgo: 1, clock: clock)
            #expect(fast.status == .unprocessableEntity && fast.text.contains("snabbare än någon hinner"))
            #expect(fast.text.contains("value=\"Tove Testare\""))
            // One waiting registration per address: a second is not made (the same answer).
            _ = try await registerThroughForm(browser, person, clock: clock)
            _ = try await registerThroughForm(browser, person, clock: clock)
            #expect(
                try await app.db.sql.raw("SELECT COUNT(*) AS n FROM leads").first()?.decode(column: "n", as: Int.self)
                    == 1)
            // Confirmed each time, the address still gets at most five mails an hour.
            let actions = LeadActions(context: try await app.actionContext(for: nil), baseURL: "http://hubben.test")
            for _ in 0..<7 {
                let confirmation = try await link(app, "/interest/confirmations/", to: "tove@example.se")
                _ = try await actions.confirm(String(confirmation.split(separator: "/").last ?? ""))
                _ = try await registerThroughForm(browser, person, clock: clock)
            }
            let mails = try await MailMessageRecord.query(on: app.db).filter(\.$recipient == "tove@example.se").count()
            #expect(mails == 5)
        }
    }

    @Test("Leads are the hub team's: every view of one is logged; closing needs an outcome; the assignee is mailed")
    func hubTeam() async throws {
        try await withTestApp { app in
            let coach = try await app.makeAccount("Sara Coach", "coach@example.se", roles: [.coach])
            let other = try await app.makeAccount("Olle Coach", "olle@example.se", roles: [.coach])
            _ = try await app.makeAccount("Rut Invånare", "rut@example.se")
            _ = other
            let actions = LeadActions(context: try await app.actionContext(for: nil), baseURL: "http://hubben.test")
            _ = try await actions.register(
                InterestDraft(
                    name: "Tove", email: "tove@example.se", interests: [.becomePartner],
                    consentVersion: InterestConsent.version),
                language: .sv)
            let confirmation = try await link(app, "/interest/confirmations/", to: "tove@example.se")
            _ = try await actions.confirm(String(confirmation.split(separator: "/").last ?? ""))
            let id = try #require(try await LeadStore(database: app.db).list(.init()).leads.first?.id)
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            #expect(try await resident.get("/admin/leads").status == .forbidden)
            #expect(try await resident.get("/admin/leads/\(id)").status == .notFound)
            #expect(try await TestBrowser(app).get("/admin/leads/\(id)").status == .seeOther)
            let team = TestBrowser(app)
            try await team.signIn("coach@example.se", "ett långt lösenord")
            let list = try await team.get("/admin/leads")
            #expect(
                list.status == .ok && list.text.contains("Intresseanmälan \(id)")
                    && !list.text.contains("tove@example.se"))
            let page = try await team.get("/admin/leads/\(id)")
            #expect(page.status == .ok && page.text.contains("tove@example.se"))
            let views = try await AuditEntryRecord.query(on: app.db).filter(\.$action == "lead.view").all()
            #expect(views.count == 1 && views.first?.actorID == coach && views.first?.targetID == id)
            let refused = try await team.post(
                "/admin/leads/\(id)", ["status": "closed", "outcome": "", "assignee": "", "note": "Ringde"],
                tokenPage: "/admin/leads/\(id)")
            #expect(refused.status == .unprocessableEntity && refused.text.contains("Välj ett utfall"))
            #expect(refused.text.contains("Ringde"))
            let saved = try await team.post(
                "/admin/leads/\(id)",
                ["status": "closed", "outcome": "partner_agreement", "assignee": "\(other)", "note": "Avtal skrivet"],
                tokenPage: "/admin/leads/\(id)")
            #expect(saved.status == .seeOther)
            let lead = try #require(try await LeadStore(database: app.db).lead(id: id))
            #expect(lead.status == .closed && lead.outcome == .partnerAgreement && lead.assigneeID == other)
            #expect(try await app.lastMail(to: "olle@example.se")?.subject == "En intresseanmälan är din")
            #expect(try await LeadStore(database: app.db).notes(of: id).map(\.body) == ["Avtal skrivet"])
        }
    }

    @Test("Retention: what is due is erased exactly once, with two instances at the same moment")
    func retention() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date())
            app.hubben.clock = clock
            let actions = LeadActions(context: try await app.actionContext(for: nil), baseURL: "http://hubben.test")
            for index in 0..<6 {
                _ = try await actions.register(
                    InterestDraft(
                        name: "Person \(index)", email: "p\(index)@example.se", interests: [.followWork],
                        consentVersion: InterestConsent.version), language: .sv)
            }
            // Three confirm; three never do.
            for index in 0..<3 {
                let confirmation = try await link(app, "/interest/confirmations/", to: "p\(index)@example.se")
                #expect(try await actions.confirm(String(confirmation.split(separator: "/").last ?? "")))
            }
            // One confirmed lead is past its retention.
            try await app.db.sql.raw(
                "UPDATE leads SET retain_until = \(bind: clock.now()) WHERE email = 'p0@example.se'"
            ).run()
            #expect(try await LeadHousekeeping(database: app.db).run(now: clock.now().addingTimeInterval(3600)) == 1)
            clock.advance(by: InterestConsent.confirmationWindow + 600)
            let now = clock.now()
            let db = app.db
            let erased = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<2 { group.addTask { try await LeadHousekeeping(database: db).run(now: now) } }
                var total = 0
                for try await count in group { total += count }
                return total
            }
            #expect(erased == 3)
            let left = try await app.db.sql.raw("SELECT email FROM leads ORDER BY email").all().map {
                try $0.decode(column: "email", as: String.self)
            }
            #expect(left == ["p1@example.se", "p2@example.se"])
            #expect(try await AuditEntryRecord.query(on: app.db).filter(\.$action == "lead.retention").count() == 2)
        }
    }

    @Test("Withdrawal through the link in the mail erases the lead; deleting an account erases its address's leads")
    func withdrawal() async throws {
        try await withTestApp { app in
            let actions = LeadActions(context: try await app.actionContext(for: nil), baseURL: "http://hubben.test")
            _ = try await actions.register(
                InterestDraft(
                    name: "Tove", email: "tove@example.se", interests: [.testUser],
                    consentVersion: InterestConsent.version),
                language: .sv)
            let withdrawal = try await link(app, "/interest/withdrawal/", to: "tove@example.se")
            let browser = TestBrowser(app)
            let page = try await browser.get(withdrawal)
            #expect(page.status == .ok && page.text.contains("Radera mina uppgifter"))
            #expect(
                try await app.db.sql.raw("SELECT COUNT(*) AS n FROM leads").first()?.decode(column: "n", as: Int.self)
                    == 1)
            let done = try await browser.post(withdrawal, [:], tokenPage: withdrawal)
            #expect(done.status == .ok && done.text.contains("Dina uppgifter är raderade"))
            #expect(
                try await app.db.sql.raw("SELECT COUNT(*) AS n FROM leads").first()?.decode(column: "n", as: Int.self)
                    == 0)
            // An account with the same address: its leads are in its data, and go with it.
            let account = try await app.makeAccount("Per Persson", "per@example.se")
            _ = try await actions.register(
                InterestDraft(
                    name: "Per", email: "per@example.se", interests: [.workAtHub],
                    consentVersion: InterestConsent.version),
                language: .sv)
            let export = try await AccountExport.make(
                accountID: account, database: app.db, hasher: app.password, now: Date())
            let json = String(decoding: try #require(export).json(), as: UTF8.self)
            #expect(json.contains("registeredInterest") && json.contains("work_at_hub"))
            try await AccountStore(database: app.db, hasher: app.password).delete(id: account, now: Date())
            #expect(
                try await app.db.sql.raw("SELECT COUNT(*) AS n FROM leads").first()?.decode(column: "n", as: Int.self)
                    == 0)
        }
    }

    @Test("The API: 202 for anyone, each field's problem named; leads for the hub team only")
    func api() async throws {
        try await withTestApp { app in
            let coach = try await app.makeAccount("Sara Coach", "coach@example.se", roles: [.coach])
            let resident = try await app.makeAccount("Rut Invånare", "rut@example.se")
            let consent = try object(try await send(app, .GET, "/api/v1/interest/consent"))
            #expect(consent["version"] as? String == InterestConsent.version)
            let body: [String: Any] = [
                "name": "Tove", "email": "tove@example.se", "interests": ["test_user", "follow_work"],
                "ageBand": "18_29", "consentVersion": InterestConsent.version,
            ]
            let accepted = try await send(app, .POST, "/api/v1/interest", body: body)
            #expect(accepted.status == .accepted && accepted.text.contains("confirmation_mailed"))
            var old = body
            old["consentVersion"] = "2020-01-a"
            old["email"] = "inte en adress"
            let refused = try await send(app, .POST, "/api/v1/interest", body: old)
            #expect(refused.status == .unprocessableEntity)
            let fields = try error(refused).fields ?? [:]
            #expect(fields["consentVersion"] != nil && fields["email"] != nil)
            let confirmation = try await link(app, "/interest/confirmations/", to: "tove@example.se")
            let actions = LeadActions(context: try await app.actionContext(for: nil), baseURL: "http://hubben.test")
            _ = try await actions.confirm(String(confirmation.split(separator: "/").last ?? ""))
            let id = try #require(try await LeadStore(database: app.db).list(.init()).leads.first?.id)
            #expect(try await send(app, .GET, "/api/v1/leads").status == .unauthorized)
            let residentToken = try await token(app, resident)
            #expect(try await send(app, .GET, "/api/v1/leads", token: residentToken).status == .notFound)
            #expect(try await send(app, .GET, "/api/v1/leads/\(id)", token: residentToken).status == .notFound)
            let coachToken = try await token(app, coach)
            let list = try await send(app, .GET, "/api/v1/leads?status=new", token: coachToken)
            #expect(list.status == .ok && list.text.contains("\"total\":1") && !list.text.contains("tove@example.se"))
            let one = try await send(app, .GET, "/api/v1/leads/\(id)", token: coachToken)
            #expect(one.status == .ok && one.text.contains("tove@example.se"))
            let changed = try await send(
                app, .PATCH, "/api/v1/leads/\(id)", token: coachToken,
                body: ["status": "contacted", "assigneeId": coach, "note": "Mejlade"])
            #expect(
                changed.status == .ok && changed.text.contains("\"status\":\"contacted\"")
                    && changed.text.contains("Mejlade"))
            let bad = try await send(app, .PATCH, "/api/v1/leads/\(id)", token: coachToken, body: ["status": "closed"])
            let outcome = try error(bad).fields?["outcome"]
            #expect(bad.status == .unprocessableEntity && outcome != nil)
            #expect(try await AuditEntryRecord.query(on: app.db).filter(\.$action == "lead.view").count() >= 2)
        }
    }

    @Test("The test-user pool: the team sees how many match, invites without seeing who; a yes counts once")
    func testUserPool() async throws {
        try await withTestApp(sharedReads: false) { app in
            let hub = try await ProjectFixture.make(app)
            let project = try await hub.project("Cykelappen")
            let experiment = try await hub.store.addExperiment(
                projectID: project,
                ExperimentDraft(
                    phase: .needInsight, hypothesis: "Cyklister vill se lediga platser", method: .interviews,
                    successCriterion: "Sex av åtta", participants: nil, startedOn: Day(Date())),
                currentPhase: .needInsight, now: Date())
            let actions = LeadActions(context: try await app.actionContext(for: nil), baseURL: "http://hubben.test")
            for (index, (district, band, kinds)) in [
                ("Centrum", AgeBand.from30To49, [InterestKind.testUser]),
                ("Centrum", .from30To49, [.testUser, .followWork]),
                ("Centrum", .from30To49, [.testUser]), ("Norr", .from30To49, [.testUser]),
                ("Centrum", .over65, [.testUser]),
                ("Centrum", .from30To49, [.workAtHub]),
            ].enumerated() {
                _ = try await actions.register(
                    InterestDraft(
                        name: "Testare \(index)", email: "t\(index)@example.se", interests: kinds, district: district,
                        ageBand: band, consentVersion: InterestConsent.version), language: .sv)
                let confirmation = try await link(app, "/interest/confirmations/", to: "t\(index)@example.se")
                #expect(try await actions.confirm(String(confirmation.split(separator: "/").last ?? "")))
            }
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let path = "/projects/\(project)/experiments/\(experiment)/test-users"
            let page = try await coach.get(path + "?district=Centrum&age_band=30_49")
            #expect(page.status == .ok && page.text.contains("3 testanvändare passar, varav 0"))
            #expect(!page.text.contains("@example.se"), "the pool shows an address")
            let invited = try await coach.post(
                path, ["district": "Centrum", "age_band": "30_49", "count": "2"], tokenPage: path)
            #expect(invited.status == .seeOther)
            #expect(try await app.lastMail(to: "t0@example.se")?.subject == "Vill du testa Cykelappen?")
            #expect(try await app.lastMail(to: "t2@example.se")?.subject != "Vill du testa Cykelappen?")
            _ = try await coach.post(path, ["district": "Centrum", "age_band": "30_49", "count": "5"], tokenPage: path)
            #expect(try await app.lastMail(to: "t2@example.se")?.subject == "Vill du testa Cykelappen?")
            #expect(try await app.lastMail(to: "t4@example.se")?.subject != "Vill du testa Cykelappen?")
            let after = try await coach.get(path + "?district=Centrum&age_band=30_49")
            #expect(after.text.contains("3 testanvändare passar, varav 3"))
            let refused = try await coach.post(path, ["district": "", "age_band": "", "count": "0"], tokenPage: path)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("ett heltal från 1 till 100"))
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            #expect(try await resident.get(path).status == .forbidden)
            // Answering: yes counts as a participant, once.
            let invitation = try await link(app, "/interest/invitations/", to: "t0@example.se")
            let person = TestBrowser(app)
            #expect(try await person.get(invitation).text.contains("Ja, jag är med"))
            _ = try await person.post(invitation, ["answer": "yes"], tokenPage: invitation)
            _ = try await person.post(invitation, ["answer": "yes"], tokenPage: invitation)
            let participants = try await app.db.sql.raw(
                "SELECT participants FROM experiments WHERE id = \(bind: experiment)"
            )
            .first()?.decode(column: "participants", as: Int?.self)
            #expect(participants == 1)
            // Withdrawing consent from the invitation erases the lead.
            let other = try await link(app, "/interest/invitations/", to: "t1@example.se")
            let withdrawn = try await person.post(other + "/withdrawal", [:], tokenPage: other)
            #expect(withdrawn.status == .ok)
            #expect(try await app.db.sql.raw("SELECT 1 AS x FROM leads WHERE email = 't1@example.se'").first() == nil)
        }
    }
}
