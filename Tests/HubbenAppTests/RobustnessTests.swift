import Fluent
import NIOCore
import SQLKit
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

/// What the world sends: out-of-range pages, markup in titles, long forms in several reads, concurrent
/// guesses, oversized bodies, control characters, hostile headers. Each test failed before its fix.
@Suite("Robustness and security")
struct RobustnessTests: APITestSuite {
    @Test("Pages past the end and numbers past Int.max are a page or a 400, never a crash")
    func outOfRangePages() async throws {
        try await withTestApp { app in
            let author = try await app.makeAccount("Eva", "eva@example.se")
            for index in 0..<3 { _ = try await app.makeIdea("Idé nummer \(index)", authorID: author) }
            let browser = TestBrowser(app)
            for path in [
                "/ideas?page=17", "/ideas?page=17&per=1", "/ideas?page=9223372036854775807", "/ideas?page=-5&per=-1",
                "/ideas?per=9223372036854775807", "/ideas?page=99999999999999999999",
                "/projects?phase=prototype&page=9223372036854775807",
                "/projects?outcome=stopped&page=3",
            ] {
                #expect(try await browser.get(path).status == .ok, "\(path)")
            }
            let past = try await browser.get("/ideas?page=2&per=1")
            #expect(past.text.contains("aria-current=\"page\""))
            for path in [
                "/api/v1/ideas?page=9223372036854775807", "/api/v1/projects?page=9223372036854775807",
                "/api/v1/ideas?per=0",
            ] {
                let response = try await send(app, .GET, path)
                #expect(response.status == .badRequest, "\(path)")
                #expect(try error(response).fields?.isEmpty == false)
            }
            #expect(try await send(app, .GET, "/api/v1/ideas?page=10000").status == .ok)
        }
    }

    @Test("A title never leaves its text: no meta, no attribute, anywhere on the page")
    func markupInTitles() async throws {
        try await withTestApp { app in
            let hostile =
                "x\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"><b data-hostile='1'>"
            let author = try await app.makeAccount(hostile, "eva@example.se")
            let idea = try await app.makeIdea(hostile, summary: hostile, need: hostile, authorID: author)
            let hub = try await ProjectFixture.make(app)
            let project = try await hub.project(hostile)
            let browser = TestBrowser(app)
            for path in ["/ideas/\(idea)", "/ideas?q=x", "/projects/\(project)", "/projects", "/"] {
                let html = try await browser.get(path).text
                #expect(!html.contains("<meta http-equiv"), "\(path)")
                #expect(!html.contains("<b data-hostile"), "\(path)")
                // OpenGraph repeats the title in an attribute: escaped, it stays inside its quotes.
                #expect(!html.contains("og:title\" content=\"x\">"), "\(path)")
            }
        }
    }

    @Test("A long form sent over a real connection in several reads is accepted with every character")
    func longFormOverTheWire() async throws {
        try await withTestApp { app in
            let browser = try await TestBrowser.signedIn(app, "Eva", "eva@example.se")
            let token = try await browser.csrfToken(from: "/ideas/new")
            let summary = String(repeating: "Åäö 😀 cykelbana\n", count: 5_000 / 17)
            let body = [
                ("csrf_token", token), ("title", "En lång idé om cyklar"), ("summary", summary), ("need", summary),
            ]
            .map { "\(TestBrowser.encode($0.0))=\(TestBrowser.encode($0.1))" }.joined(separator: "&")
            #expect(body.utf8.count > 20_000)
            let themes = try await IdeaStore(database: app.db).themes()
            let full = body + "&themes%5B%5D=\(themes[0].id)"
            try await app.testing(method: .running(port: 0)).test(
                .POST, "/ideas",
                beforeRequest: { request in
                    request.headers.replaceOrAdd(name: .cookie, value: browser.cookieHeader)
                    request.headers.contentType = .urlEncodedForm
                    request.body = ByteBuffer(string: full)
                },
                afterResponse: { response in
                    // The client follows the redirect to the new idea.
                    #expect(response.status == .ok || response.status == .seeOther, "\(response.status)")
                })
            let saved = try #require(
                try await IdeaRecord.query(on: app.db).filter(\.$title == "En lång idé om cyklar").first())
            #expect(saved.summary == summary.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test("Thirty simultaneous wrong passwords for one account: at most ten are checked")
    func concurrentSignInGuesses() async throws {
        try await withTestApp { app in
            _ = try await app.makeAccount("Eva", "eva@example.se")
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        try await send(
                            app, .POST, "/api/v1/auth/token",
                            body: ["email": "eva@example.se", "password": "fel lösenord \(index)"]
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count <= 10)
            #expect(statuses.filter { $0 == .tooManyRequests }.count >= 20)
            // Concurrent attempts may all have been refused before ten were checked; use up the rest one by one.
            for index in 0..<(10 - statuses.filter { $0 == .unauthorized }.count) {
                #expect(
                    try await send(
                        app, .POST, "/api/v1/auth/token",
                        body: ["email": "eva@example.se", "password": "fel igen \(index)"]
                    ).status
                        == .unauthorized)
            }
            // Now refused even with the right password: the account is locked for its window.
            #expect(
                try await send(
                    app, .POST, "/api/v1/auth/token",
                    body: ["email": "eva@example.se", "password": "ett långt lösenord"]
                ).status
                    == .tooManyRequests)
        }
    }

    @Test("API bodies are capped: 413 in the JSON error shape")
    func apiBodyLimit() async throws {
        try await withTestApp { app in
            let huge = String(repeating: "a", count: 2 << 20)
            let response = try await send(
                app, .POST, "/api/v1/accounts",
                body: ["name": huge, "email": "eva@example.se", "password": "ett långt lösenord"])
            #expect(response.status == .payloadTooLarge)
            #expect(try error(response).code == "payload_too_large")
        }
    }

    @Test("A password change ends API tokens; a used reset link ends the others")
    func passwordChangeRevokesTokens() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva", "eva@example.se")
            let apiToken = try await token(app, id)
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let changed = try await browser.post(
                "/account/password",
                ["current_password": "ett långt lösenord", "new_password": "ett nytt långt lösenord"],
                tokenPage: "/account")
            #expect(changed.status == .seeOther)
            #expect(try await send(app, .GET, "/api/v1/me", token: apiToken).status == .unauthorized)

            let resets = PasswordResetStore(database: app.db)
            let first = try await resets.create(accountID: id, now: Date())
            let second = try await resets.create(accountID: id, now: Date())
            let anonymous = TestBrowser(app)
            let reset = try await anonymous.post(
                "/reset-password", ["token": second, "password": "ett tredje långt lösenord"],
                tokenPage: "/reset-password?token=\(second)")
            #expect(reset.status == .seeOther)
            #expect(try await resets.accountID(for: first, now: Date()) == nil)
        }
    }

    @Test("A team member edits the content but not the coach, the lead or the visibility")
    func teamMemberCannotTakeOverTheFrame() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let project = try await hub.project("Digital felanmälan")
            let member = try await app.makeAccount("Mia Medlem", "mia@example.se")
            try await hub.store.setMember(projectID: project, accountID: member, role: .programmer, roleText: "")
            let memberToken = try await token(app, member)
            for body: [String: Any] in [["coachId": member], ["leadId": member], ["visibility": "internal"]] {
                let response = try await send(
                    app, .PATCH, "/api/v1/projects/\(project)", token: memberToken, body: body)
                #expect(response.status == .forbidden, "\(body)")
                #expect(try error(response).fields?.isEmpty == false)
            }
            #expect(
                try await send(
                    app, .PATCH, "/api/v1/projects/\(project)", token: memberToken, body: ["how": "Intervjuer"]
                ).status == .ok)
            let browser = TestBrowser(app)
            try await browser.signIn("mia@example.se", "ett långt lösenord")
            let team = try await browser.get("/projects/\(project)/team")
            #expect(team.status == .forbidden, "\(team.status)")
            let form = try await browser.post(
                "/projects/\(project)/edit",
                [
                    "title": "Digital felanmälan", "what": "Vad vi gör", "organizations[]": "\(hub.department)",
                    "visibility": "internal", "lead_id": "\(hub.lead)", "coach_id": "\(hub.coach)",
                ],
                tokenPage: "/projects/\(project)/edit")
            #expect(form.status == .forbidden)
            #expect(form.text.contains("Digital felanmälan"))
            let leadToken = try await token(app, hub.lead)
            #expect(
                try await send(
                    app, .PATCH, "/api/v1/projects/\(project)", token: leadToken, body: ["coachId": hub.lead]
                ).status == .forbidden)
            #expect(
                try await send(app, .PATCH, "/api/v1/projects/\(project)", token: leadToken, body: ["leadId": member])
                    .status == .ok)
            let stored = try #require(try await hub.store.project(id: project))
            #expect(stored.draft.coachID == hub.coach)
            #expect(stored.draft.visibility == .public)

        }
    }

    @Test("Download my data holds what the person wrote and did, and what erasure keeps")
    func exportIsComplete() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await app.makeIdea("Cykelbanor vid skolan", authorID: hub.resident)
            _ = try await CommentStore(database: app.db).add(
                ideaID: idea, authorID: hub.resident, parentID: nil, body: "Min kommentar", now: Date())
            _ = try await IdeaStore(database: app.db).support(ideaID: idea, accountID: hub.resident, now: Date())
            let project = try await hub.project("Digital felanmälan")
            try await hub.store.setMember(
                projectID: project, accountID: hub.resident, role: .other, roleText: "Testare")
            let export = try await send(app, .GET, "/api/v1/me/export", token: try await token(app, hub.resident))
            let contributions = try #require(try object(export)["contributions"] as? [String: [[String: Any]]])
            #expect(contributions["ideas"]?.first?["title"] as? String == "Cykelbanor vid skolan")
            #expect(contributions["ideaVersions"]?.count == 1)
            #expect(contributions["comments"]?.first?["body"] as? String == "Min kommentar")
            #expect(contributions["supports"]?.count == 1)
            #expect(contributions["projectTeams"]?.first?["role_text"] as? String == "Testare")
            for section in Features.personalData.flatMap(\.sections) {
                #expect(contributions[section.name] != nil, "\(section.name)")
            }
            #expect((try object(export)["erasure"] as? [String])?.count == 4)
            let coachExport = try await send(app, .GET, "/api/v1/me/export", token: try await token(app, hub.coach))
            let coached = try #require(try object(coachExport)["contributions"] as? [String: [[String: Any]]])
            #expect(coached["projectsLedCoachedOrStarted"]?.first?["coach"] as? Int == 1)
        }
    }

    @Test("The feed's links never come from the Host header")
    func hostHeaderPoisoning() async throws {
        try await withTestApp(pageCache: true) { app in
            let hub = try await ProjectFixture.make(app)
            _ = try await hub.project("Digital felanmälan")
            let poisoned = try await app.testing().sendRequest(
                .GET, "/projects/feed.atom", headers: ["Host": "evil.example"])
            #expect(poisoned.status == .ok)
            #expect(!poisoned.text.contains("evil.example"))
        }
    }

    @Test("Control characters are refused in every form field and JSON field, and nothing typed is lost")
    func controlCharacters() async throws {
        try await withTestApp { app in
            let browser = try await TestBrowser.signedIn(app, "Eva", "eva@example.se")
            let refused = try await browser.post(
                "/ideas",
                [
                    "title": "Cykel\u{0}banor", "summary": "Min långa text om cyklar",
                    "need": "</textarea><b data-hostile='1'>", "<b data-hostile>": "x",
                ],
                tokenPage: "/ideas/new")
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Min långa text om cyklar"))
            // What is given back stays text, in values and in field names alike.
            #expect(!refused.text.contains("<b data-hostile"))
            #expect(!refused.text.contains("\u{0}"))
            #expect(try await IdeaRecord.query(on: app.db).count() == 0)

            let api = try await send(
                app, .POST, "/api/v1/accounts",
                body: ["name": "Eva\u{0}", "email": "ny@example.se", "password": "abc\u{0}zzzzzzzzzzzzzz"])
            #expect(api.status == .unprocessableEntity)
            #expect(
                try error(api).fields?.keys.contains("name") == true
                    || error(api).fields?.keys.contains("password") == true)
        }
    }

    @Test("What the client got wrong is a 4xx that names the field, never a 500")
    func clientFaults() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let coach = try await token(app, hub.coach)
            let plain = try await app.testing().sendRequest(
                .POST, "/api/v1/accounts", headers: ["Content-Type": "text/plain"],
                body: ByteBuffer(string: "hej"))
            #expect(plain.status == .unsupportedMediaType)
            #expect(try await send(app, .GET, "/api/v1/ideas/similar").status == .badRequest)
            let project = try await hub.project("Digital felanmälan")
            let gate = try await send(
                app, .POST, "/api/v1/projects/\(project)/gate-decisions", token: coach, body: ["decision": "continue"])
            #expect(gate.status == .unprocessableEntity)
            #expect(try error(gate).fields?["rationale"] != nil)
            let missingOrganization = try await send(
                app, .POST, "/api/v1/projects", token: coach,
                body: ["title": "Ny", "organizationIds": [999_999], "visibility": "public"])
            #expect(missingOrganization.status == .unprocessableEntity)

            let other = try await hub.project("Ett annat projekt")
            let experiment = try await hub.store.addExperiment(
                projectID: other,
                ExperimentDraft(
                    phase: .needInsight, hypothesis: "H", method: .interviews, successCriterion: "S",
                    participants: nil, startedOn: Day("2026-01-10")),
                currentPhase: .needInsight, now: Date())
            let coachBrowser = TestBrowser(app)
            try await coachBrowser.signIn("coach@example.se", "ett långt lösenord")
            let editPage = "/projects/\(project)/edit"
            #expect(
                try await coachBrowser.post(
                    "/projects/\(project)/experiments/\(experiment)/edit",
                    [
                        "phase": "need_insight", "hypothesis": "H", "method": "interviews", "success_criterion": "S",
                        "started_on": "2026-01-10",
                    ], tokenPage: editPage
                ).status == .notFound)
            #expect(try await coachBrowser.get("/projects/\(project)/experiments/999999/edit").status == .notFound)
            #expect(
                try await coachBrowser.post(
                    "/projects/\(project)/notice", ["notice_url": "https://example.se"], tokenPage: editPage
                ).status
                    == .conflict)

            let browser = try await TestBrowser.signedIn(app, "Admin", "admin@example.se", roles: [.admin])
            #expect(
                try await browser.post("/admin/accounts/999999/roles", ["roles[]": "coach"], tokenPage: "/admin").status
                    == .notFound)
        }
    }
}

@Suite("Client addresses and workshop-sized limits")
struct ClientAddressTests: APITestSuite {
    @Test("Forwarding headers count only from a trusted proxy")
    func trustedProxies() async throws {
        try await withTestApp { app in
            func address(peer: String, forwardedFor: String) throws -> String? {
                let request = Request(
                    application: app, headers: ["X-Forwarded-For": forwardedFor],
                    remoteAddress: try SocketAddress(ipAddress: peer, port: 4000), on: app.eventLoopGroup.next())
                return request.clientAddress?.description
            }
            #expect(try address(peer: "10.1.2.3", forwardedFor: "198.51.100.7") == "10.1.2.3")
            app.hubben.config.trustedProxies = [try #require(IPNetwork("10.0.0.0/8"))]
            #expect(try address(peer: "10.1.2.3", forwardedFor: "198.51.100.7") == "198.51.100.7")
            #expect(try address(peer: "203.0.113.5", forwardedFor: "198.51.100.7") == "203.0.113.5")
        }
    }

    @Test("Sixty people signing up from one network within minutes all succeed")
    func workshopSignUps() async throws {
        try await withTestApp { app in
            for index in 0..<60 {
                let response = try await send(
                    app, .POST, "/api/v1/accounts",
                    body: [
                        "name": "Deltagare \(index)", "email": "deltagare\(index)@example.se",
                        "password": "ett långt lösenord",
                    ])
                #expect(response.status == .accepted, "sign-up \(index): \(response.status)")
            }
            #expect(try await SignUpRequestRecord.query(on: app.db).count() == 60)
        }
    }

    @Test("HUBBEN_TRUSTED_PROXIES is read, and a bad entry stops the server naming it")
    func configuration() throws {
        let config = try AppConfig.fromEnvironment(["HUBBEN_TRUSTED_PROXIES": "10.0.0.0/8, 2001:db8::/32 192.0.2.1"])
        #expect(config.trustedProxies.count == 3)
        #expect(throws: ConfigError.invalidTrustedProxy("10.0.0.0/99")) {
            try AppConfig.fromEnvironment(["HUBBEN_TRUSTED_PROXIES": "10.0.0.0/99"])
        }
    }
}

@Suite("Personal data: every column that refers to a person is exported")
struct PersonalDataRegistryTests {
    @Test("Each table column naming an account is claimed by a part of \"download my data\"")
    func everyPersonColumnIsExported() async throws {
        try await withTestApp { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let tables: [String]
            let columns: (String) async throws -> [String]
            if TestDatabase.usesPostgres {
                tables = try await sql.raw(
                    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
                ).all()
                    .map { try $0.decode(column: "name", as: String.self) }
                columns = { table in
                    try await sql.raw(
                        """
                        SELECT column_name AS name FROM information_schema.columns
                        WHERE table_name = \(bind: table) AND data_type IN ('integer', 'bigint')
                        """
                    ).all().map { try $0.decode(column: "name", as: String.self) }
                }
            } else {
                tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
                    .map { try $0.decode(column: "name", as: String.self) }
                columns = { table in
                    try await sql.raw(
                        "SELECT name FROM pragma_table_info(\(bind: table)) WHERE upper(type) LIKE '%INT%'"
                    ).all()
                        .map { try $0.decode(column: "name", as: String.self) }
                }
            }
            // Integer columns named like a reference to a person (a text column such as `taken_over_by` names none).
            let personColumn = /^(account_id|author_id|actor_id|reporter_id|coach_id|lead_id|.+_by|.+_by_id)$/
            let claimed = Set(Features.personalData.flatMap(\.claims))
            var unclaimed: [String] = []
            for table in tables where !table.hasPrefix("_") && !table.hasPrefix("sqlite") {
                for column in try await columns(table) where column.wholeMatch(of: personColumn) != nil {
                    if !claimed.contains("\(table).\(column)") { unclaimed.append("\(table).\(column)") }
                }
            }
            #expect(unclaimed.isEmpty, "not in the export: \(unclaimed.sorted())")
        }
    }
}

@Suite("The application's clock")
struct ClockTests: APITestSuite {
    @Test("A locked account opens again when the clock has moved past the window, without touching a row")
    func rateLimitWindowPasses() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date(timeIntervalSince1970: 1_900_000_000))
            app.hubben.clock = clock
            _ = try await app.makeAccount("Eva", "eva@example.se")
            for index in 0..<10 {
                let wrong = try await send(
                    app, .POST, "/api/v1/auth/token",
                    body: ["email": "eva@example.se", "password": "fel lösenord \(index)"])
                #expect(wrong.status == .unauthorized)
            }
            let right: [String: Any] = ["email": "eva@example.se", "password": "ett långt lösenord"]
            #expect(try await send(app, .POST, "/api/v1/auth/token", body: right).status == .tooManyRequests)
            clock.advance(by: 14 * 60)
            #expect(try await send(app, .POST, "/api/v1/auth/token", body: right).status == .tooManyRequests)
            clock.advance(by: 2 * 60)
            #expect(try await send(app, .POST, "/api/v1/auth/token", body: right).status == .ok)
        }
    }
}
