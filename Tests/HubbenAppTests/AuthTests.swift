import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("Sign-up, sign-in, sessions and CSRF")
struct AuthTests {
    @Test("Signing up mails a link; following it with the chosen password creates a resident and signs the person in")
    func signUp() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let response = try await browser.post(
                "/sign-up",
                [
                    "name": "Lina Berg", "email": "Lina@Example.se", "password": "min cykel är blå", "language": "sv",
                ], tokenPage: "/sign-up")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/sign-up/sent")
            #expect(response.headers.setCookie?[SessionMiddleware.cookieName] == nil)
            #expect(try await AccountRecord.query(on: app.db).count() == 0)
            let sent = try await browser.get("/sign-up/sent")
            #expect(sent.text.contains("Kolla din e-post"))

            let mail = try #require(try await app.lastMail(to: "lina@example.se"))
            #expect(mail.subject == "Bekräfta din e-postadress till Hubben")
            #expect(mail.accountID == nil)
            let token = try await app.signUpToken(mailedTo: "lina@example.se")
            let form = try await browser.get("/sign-up/confirm?token=\(token)")
            #expect(form.status == .ok)
            #expect(form.text.contains("lina@example.se"))

            let wrong = try await browser.post(
                "/sign-up/confirm", ["token": token, "password": "fel lösenord helt"],
                tokenPage: "/sign-up/confirm?token=\(token)")
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Lösenordet stämmer inte med det du valde"))
            #expect(try await AccountRecord.query(on: app.db).count() == 0)

            let confirmed = try await browser.post(
                "/sign-up/confirm", ["token": token, "password": "min cykel är blå"],
                tokenPage: "/sign-up/confirm?token=\(token)")
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers.first(name: .location) == "/account?welcome=1")
            let cookie = try #require(confirmed.headers.setCookie?[SessionMiddleware.cookieName])
            #expect(cookie.isHTTPOnly && cookie.sameSite == .lax && !cookie.isSecure)

            let account = try await browser.get("/account?welcome=1")
            #expect(account.status == .ok)
            #expect(account.text.contains("Välkommen till Hubben!"))
            #expect(account.text.contains("value=\"lina@example.se\""))
            #expect(account.headers.first(name: .cacheControl) == "private, no-store")
            let stored = try #require(
                try await AccountStore(database: app.db, hasher: app.password).account(email: "lina@example.se"))
            #expect(stored.roles == [.resident])
            #expect(stored.name == "Lina Berg")

            // The link worked once.
            #expect(try await browser.get("/sign-up/confirm?token=\(token)").status == .notFound)
            #expect(try await SignUpRequestRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("A taken address gets the same answer as a free one, and its owner a mail instead of a second account")
    func signUpTakenAddress() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let free = try await TestBrowser(app).post(
                "/sign-up",
                [
                    "name": "Ny Person", "email": "ny@example.se", "password": "ett långt lösenord",
                ], tokenPage: "/sign-up")
            let taken = try await TestBrowser(app).post(
                "/sign-up",
                [
                    "name": "Någon Annan", "email": "EVA@example.se", "password": "ett annat långt lösenord",
                ], tokenPage: "/sign-up")
            #expect(taken.status == free.status)
            #expect(taken.headers.first(name: .location) == free.headers.first(name: .location))
            #expect(taken.body.readableBytes == free.body.readableBytes)

            let note = try #require(try await app.lastMail(to: "eva@example.se"))
            #expect(note.subject == "Du har redan ett konto på Hubben")
            #expect(note.textBody.contains("/forgot-password") && !note.textBody.contains("token="))
            #expect(try await AccountRecord.query(on: app.db).count() == 1)
            #expect(try await SignUpRequestRecord.query(on: app.db).filter(\.$email == "eva@example.se").count() == 0)
            // The owner's password still works, and nobody else's does.
            let accounts = AccountStore(database: app.db, hasher: app.password)
            #expect(try await accounts.authenticate(email: "eva@example.se", password: "ett långt lösenord") != nil)
            #expect(
                try await accounts.authenticate(email: "eva@example.se", password: "ett annat långt lösenord") == nil)
        }
    }

    @Test(
        "A link mailed because someone else signed up with your address does not open with your password; confirming ends every other link"
    )
    func signUpTwiceForOneAddress() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            _ = try await browser.post(
                "/sign-up", ["name": "Någon Annan", "email": "lina@example.se", "password": "inkräktarens lösenord"],
                tokenPage: "/sign-up")
            let strangersToken = try await app.signUpToken(mailedTo: "lina@example.se")
            _ = try await browser.post(
                "/sign-up", ["name": "Lina Berg", "email": "lina@example.se", "password": "min cykel är blå"],
                tokenPage: "/sign-up")
            let linasToken = try await app.signUpToken(mailedTo: "lina@example.se")
            #expect(strangersToken != linasToken)

            let wrong = try await browser.post(
                "/sign-up/confirm", ["token": strangersToken, "password": "min cykel är blå"],
                tokenPage: "/sign-up/confirm?token=\(strangersToken)")
            #expect(wrong.status == .unprocessableEntity)
            let right = try await browser.post(
                "/sign-up/confirm", ["token": linasToken, "password": "min cykel är blå"],
                tokenPage: "/sign-up/confirm?token=\(linasToken)")
            #expect(right.status == .seeOther)
            #expect(try await TestBrowser(app).get("/sign-up/confirm?token=\(strangersToken)").status == .notFound)
            let stored = try #require(
                try await AccountStore(database: app.db, hasher: app.password).account(email: "lina@example.se"))
            #expect(stored.name == "Lina Berg")
        }
    }

    @Test(
        "A confirmation link is valid for a day; sign-up mails to one address stop after five an hour, the answer does not change"
    )
    func signUpLinkLifetimeAndMailLimit() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date(timeIntervalSince1970: 1_900_000_000))
            app.hubben.clock = clock
            let browser = TestBrowser(app)
            let input = ["name": "Lina Berg", "email": "lina@example.se", "password": "min cykel är blå"]
            _ = try await browser.post("/sign-up", input, tokenPage: "/sign-up")
            let token = try await app.signUpToken(mailedTo: "lina@example.se")
            clock.advance(by: 23 * 3600)
            #expect(try await browser.get("/sign-up/confirm?token=\(token)").status == .ok)
            clock.advance(by: 2 * 3600)
            #expect(try await browser.get("/sign-up/confirm?token=\(token)").status == .notFound)
            let late = try await browser.post(
                "/sign-up/confirm", ["token": token, "password": "min cykel är blå"], tokenPage: "/sign-up")
            #expect(late.status == .notFound)
            #expect(try await AccountRecord.query(on: app.db).count() == 0)

            for _ in 0..<7 {
                let response = try await browser.post("/sign-up", input, tokenPage: "/sign-up")
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/sign-up/sent")
            }
            let mails = try await MailMessageRecord.query(on: app.db).filter(\.$recipient == "lina@example.se")
                .count()
            #expect(mails == 1 + 5)
        }
    }

    @Test("Bad sign-up input shows every problem at its field, keeps what was typed and saves nothing")
    func signUpErrors() async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            let response = try await browser.post(
                "/sign-up", ["name": " ", "email": "inte-en-adress", "password": "kort"], tokenPage: "/sign-up")
            #expect(response.status == .unprocessableEntity)
            let html = response.text
            #expect(html.contains("<title>Fel: Skapa konto – Hubben</title>"))
            #expect(html.contains("Det finns 3 fel"))
            #expect(html.contains("href=\"#name\""))
            #expect(html.contains("id=\"email-error\""))
            #expect(html.contains("Lösenordet måste ha minst 12 tecken"))
            #expect(html.contains("value=\"inte-en-adress\""))
            #expect(!html.contains("value=\"kort\""))
            #expect(try await AccountRecord.query(on: app.db).count() == 0)
        }
    }

    @Test(
        "A form without a valid CSRF token is refused with 403 and changes nothing",
        arguments: ["", "forged-token-forged-token-forged-token"])
    func csrf(token: String) async throws {
        try await withTestApp { app in
            let browser = TestBrowser(app)
            _ = try await browser.get("/sign-up")  // a real anonymous token cookie exists
            let response = try await browser.post(
                "/sign-up", ["name": "Eva", "email": "eva@example.se", "password": "ett långt lösenord"], csrf: token)
            #expect(response.status == .forbidden)
            #expect(try await AccountRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("A signed-in form needs the session's token, not the anonymous one")
    func csrfSignedIn() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            let anonymousToken = try await browser.csrfToken(from: "/sign-in")
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let refused = try await browser.post("/sign-out", [:], csrf: anonymousToken)
            #expect(refused.status == .forbidden)
            let signedOut = try await browser.post("/sign-out", [:], tokenPage: "/account")
            #expect(signedOut.status == .seeOther)
        }
    }

    @Test("Wrong password and unknown e-mail get the same answer; the right one starts a new session")
    func signIn() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            let wrong = try await browser.post("/sign-in", ["email": "eva@example.se", "password": "fel lösenord här"])
            let unknown = try await browser.post(
                "/sign-in", ["email": "ingen@example.se", "password": "fel lösenord här"])
            #expect(wrong.status == .unprocessableEntity && unknown.status == .unprocessableEntity)
            let message = "E-postadressen eller lösenordet stämmer inte"
            #expect(wrong.text.contains(message) && unknown.text.contains(message))

            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let first = try #require(browser.cookies[SessionMiddleware.cookieName])
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let second = try #require(browser.cookies[SessionMiddleware.cookieName])
            #expect(first != second)
            // The earlier session ended when the new one began.
            #expect(try await SessionStore(database: app.db).find(token: first, now: Date()) == nil)
            #expect(try await BrowserSessionRecord.query(on: app.db).count() == 1)
        }
    }

    @Test("After 10 failed sign-ins in 15 minutes the account is refused with 429 and Retry-After")
    func rateLimit() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            for _ in 0..<10 {
                let response = try await browser.post(
                    "/sign-in", ["email": "eva@example.se", "password": "fel lösenord här"])
                #expect(response.status == .unprocessableEntity)
            }
            let limited = try await browser.post(
                "/sign-in", ["email": "eva@example.se", "password": "ett långt lösenord"])
            #expect(limited.status == .tooManyRequests)
            let retryAfter = try #require(limited.headers.first(name: "Retry-After").flatMap(Int.init))
            #expect(retryAfter > 0 && retryAfter <= 900)
            #expect(limited.text.contains("För många försök"))
            // The count is in the database: stored hashed, never the address itself.
            let keys = try await RateLimitHitRecord.query(on: app.db).all().map(\.key)
            #expect(!keys.isEmpty && keys.allSatisfy { $0.count == 64 && !$0.contains("@") })
        }
    }

    @Test("Signing out destroys the session")
    func signOut() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let token = try #require(browser.cookies[SessionMiddleware.cookieName])
            let response = try await browser.post("/sign-out", [:], tokenPage: "/account")
            #expect(response.status == .seeOther)
            #expect(try await BrowserSessionRecord.query(on: app.db).count() == 0)
            // Even a browser that kept the cookie is no longer signed in.
            browser.cookies[SessionMiddleware.cookieName] = token
            let account = try await browser.get("/account")
            #expect(account.status == .seeOther)
            #expect(account.headers.first(name: .location) == "/sign-in?next=/account")
        }
    }

    @Test("A session ends after 12 idle hours")
    func idleTimeout() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let record = try #require(try await BrowserSessionRecord.query(on: app.db).first())
            record.lastSeenAt = Date().addingTimeInterval(-13 * 3600)
            try await record.update(on: app.db)
            let page = try await browser.get("/account")
            #expect(page.status == .seeOther)
            #expect(try await BrowserSessionRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("Session cookies are Secure behind https")
    func secureCookie() async throws {
        try await withTestApp(publicURL: URL(string: "https://hubben.example.se")) { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            let response = try await browser.post(
                "/sign-in", ["email": "eva@example.se", "password": "ett långt lösenord"])
            #expect(response.headers.setCookie?[SessionMiddleware.cookieName]?.isSecure == true)
        }
    }

    @Test("The header offers sign-in to visitors and the account and sign-out to signed-in people")
    func header() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            #expect(try await browser.get("/").text.contains("href=\"/sign-in\""))
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let home = try await browser.get("/").text
            #expect(home.contains("href=\"/account\""))
            #expect(home.contains("action=\"/sign-out\""))
            #expect(!home.contains("href=\"/admin\""))
        }
    }
}

@Suite("Password reset")
struct PasswordResetTests {
    private func resetLink(_ app: Application) async throws -> String {
        let message = try #require(try await MailMessageRecord.query(on: app.db).sort(\.$id, .descending).first())
        let start = try #require(message.textBody.range(of: "/reset-password?token="))
        let token = message.textBody[start.upperBound...].prefix { !$0.isWhitespace }
        return "/reset-password?token=\(token)"
    }

    @Test("A reset link works once, ends other sessions and API tokens, and signs the person in")
    func reset() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva", "eva@example.se")
            let other = TestBrowser(app)
            try await other.signIn("eva@example.se", "ett långt lösenord")
            _ = try await APITokenStore(database: app.db).create(accountID: id, now: Date())

            let browser = TestBrowser(app)
            let sent = try await browser.post(
                "/forgot-password", ["email": "EVA@example.se"], tokenPage: "/forgot-password")
            #expect(sent.status == .ok)
            #expect(sent.text.contains("Om det finns ett konto med den adressen"))
            let message = try #require(try await MailMessageRecord.query(on: app.db).first())
            #expect(message.recipient == "eva@example.se")
            let link = try await resetLink(app)
            let token = String(link.dropFirst("/reset-password?token=".count))

            #expect(try await browser.get(link).status == .ok)
            let weak = try await browser.post("/reset-password", ["token": token, "password": "kort"], tokenPage: link)
            #expect(weak.status == .unprocessableEntity)
            let done = try await browser.post(
                "/reset-password", ["token": token, "password": "mitt nya långa lösenord"], tokenPage: link)
            #expect(done.status == .seeOther)
            #expect(done.headers.first(name: .location) == "/account?password=1")

            #expect(try await browser.get(link).status == .notFound, "a used link no longer works")
            #expect(try await other.get("/account").status == .seeOther, "the other browser was signed out")
            #expect(try await APITokenRecord.query(on: app.db).count() == 0)
            #expect(
                try await AccountStore(database: app.db, hasher: app.password).verifyPassword(
                    email: "eva@example.se", password: "mitt nya långa lösenord"))
        }
    }

    @Test("An unknown address gets the same page and no message; an hour-old link has expired")
    func unknownAndExpired() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            let sent = try await browser.post(
                "/forgot-password", ["email": "ingen@example.se"], tokenPage: "/forgot-password")
            #expect(sent.status == .ok)
            #expect(sent.text.contains("Om det finns ett konto med den adressen"))
            #expect(try await MailMessageRecord.query(on: app.db).count() == 0)

            let token = try await PasswordResetStore(database: app.db).create(
                accountID: id, now: Date().addingTimeInterval(-3601))
            #expect(try await browser.get("/reset-password?token=\(token)").status == .notFound)
            #expect(try await PasswordResetRecord.query(on: app.db).first()?.tokenHash != token, "stored hashed")
        }
    }
}
