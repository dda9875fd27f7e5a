import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("JSON API: accounts, tokens, organisations")
struct APITests: APITestSuite {
    private func token(_ app: Application, _ email: String, _ password: String = "ett långt lösenord") async throws
        -> String
    {
        let response = try await send(app, .POST, "/api/v1/auth/token", body: ["email": email, "password": password])
        #expect(response.status == .ok)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
        return try #require(object["token"] as? String)
    }

    @Test("A token is stored as its SHA-256 in lower-case hex, as tokens already stored were")
    func tokenHash() {
        #expect(SecretToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SecretToken.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SecretToken.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
    }

    @Test("Register, get a token, read yourself, revoke the token")
    func accountLifecycle() async throws {
        try await withTestApp { app in
            let created = try await send(
                app, .POST, "/api/v1/accounts",
                body: ["name": "Eva", "email": "Eva@Example.se", "password": "ett långt lösenord", "locale": "en"])
            #expect(created.status == .accepted)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(created.text.utf8)) as? [String: Any])
            #expect(body as NSDictionary == ["status": "confirmation_sent"])
            // No account (and no token) until the mailed link is followed.
            let early = try await send(
                app, .POST, "/api/v1/auth/token", body: ["email": "eva@example.se", "password": "ett långt lösenord"])
            #expect(early.status == .unauthorized)
            #expect(try await app.lastMail(to: "eva@example.se")?.subject == "Confirm your e-mail address for Hubben")
            try await TestBrowser(app).confirmSignUp(mailedTo: "eva@example.se", password: "ett långt lösenord")

            let token = try await token(app, "eva@example.se")
            #expect(token.count >= 43)
            #expect(try await APITokenRecord.query(on: app.db).first()?.tokenHash == SecretToken.hash(token))

            let me = try await send(app, .GET, "/api/v1/me", token: token)
            #expect(me.status == .ok)
            let meBody = try #require(try JSONSerialization.jsonObject(with: Data(me.text.utf8)) as? [String: Any])
            #expect(meBody["email"] as? String == "eva@example.se")
            #expect(meBody["language"] as? String == "en")
            #expect(meBody["roles"] as? [String] == ["resident"])

            #expect(try await send(app, .DELETE, "/api/v1/auth/token", token: token).status == .noContent)
            let after = try await send(app, .GET, "/api/v1/me", token: token)
            #expect(after.status == .unauthorized)
            #expect(try error(after).code == "unauthorized")
        }
    }

    @Test("Registering a taken address answers exactly as a free one")
    func registrationDoesNotTellTakenAddresses() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let free = try await send(
                app, .POST, "/api/v1/accounts",
                body: ["name": "Ny", "email": "ny@example.se", "password": "ett långt lösenord"])
            let taken = try await send(
                app, .POST, "/api/v1/accounts",
                body: ["name": "Ny", "email": "eva@example.se", "password": "ett långt lösenord"])
            #expect(taken.status == .accepted && free.status == .accepted)
            #expect(taken.text == free.text)
            #expect(try await app.lastMail(to: "eva@example.se")?.subject == "Du har redan ett konto på Hubben")
        }
    }

    @Test("Registration errors come back as 422 with every field's problem")
    func validation() async throws {
        try await withTestApp { app in
            let response = try await send(
                app, .POST, "/api/v1/accounts", body: ["name": "", "email": "nej", "password": "kort"],
                headers: ["Accept-Language": "en"])
            #expect(response.status == .unprocessableEntity)
            let detail = try error(response)
            #expect(detail.code == "validation_failed")
            #expect(Set(detail.fields?.keys.map { $0 } ?? []) == ["name", "email", "password"])
            #expect(detail.fields?["password"] == "The password must have at least 12 characters")
        }
    }

    @Test("Wrong credentials: 401; after 10 failures: 429 with Retry-After")
    func credentials() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            for _ in 0..<10 {
                let response = try await send(
                    app, .POST, "/api/v1/auth/token", body: ["email": "eva@example.se", "password": "fel lösenord här"])
                #expect(response.status == .unauthorized)
            }
            let limited = try await send(
                app, .POST, "/api/v1/auth/token", body: ["email": "eva@example.se", "password": "ett långt lösenord"])
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers.first(name: "Retry-After") != nil)
            #expect(try error(limited).code == "rate_limited")
        }
    }

    @Test("Expired tokens and session cookies do not authenticate API calls")
    func noCookiesNoExpired() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva", "eva@example.se")
            let (expired, _) = try await APITokenStore(database: app.db).create(
                accountID: id, now: Date().addingTimeInterval(-31 * 24 * 3600))
            #expect(try await send(app, .GET, "/api/v1/me", token: expired).status == .unauthorized)

            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let withCookie = try await send(app, .GET, "/api/v1/me", headers: ["Cookie": browser.cookieHeader])
            #expect(withCookie.status == .unauthorized)
        }
    }

    @Test("Export and delete yourself through the API")
    func exportAndDelete() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva", "eva@example.se")
            let token = try await token(app, "eva@example.se")
            let export = try await send(app, .GET, "/api/v1/me/export", token: token)
            #expect(export.status == .ok)
            #expect(
                export.text.contains("\"email\" : \"eva@example.se\"")
                    || export.text.contains("\"email\":\"eva@example.se\""))
            // A token alone cannot erase the person: the password is asked for, as on the web.
            #expect(try await send(app, .DELETE, "/api/v1/me", token: token).status == .badRequest)
            let wrong = try await send(app, .DELETE, "/api/v1/me", token: token, body: ["password": "fel lösenord här"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("\"password\""))
            #expect(
                try await send(app, .DELETE, "/api/v1/me", token: token, body: ["password": "ett långt lösenord"])
                    .status == .noContent)
            #expect(try await send(app, .GET, "/api/v1/me", token: token).status == .unauthorized)
            #expect(try await AccountRecord.find(id, on: app.db)?.deletedAt != nil)
        }
    }

    @Test("Organisations are public to read; only administrators create them or change roles")
    func adminEndpoints() async throws {
        try await withTestApp { app in
            let evaID = try await app.makeAccount("Eva", "eva@example.se")
            try await app.makeAccount("Admin", "admin@example.se", roles: [.admin])
            let resident = try await token(app, "eva@example.se")
            let admin = try await token(app, "admin@example.se")
            let organization: [String: Any] = ["name": "Kustdata Konsult AB", "kind": "partner", "description": "IT"]

            #expect(try await send(app, .POST, "/api/v1/organizations", body: organization).status == .unauthorized)
            let forbidden = try await send(app, .POST, "/api/v1/organizations", token: resident, body: organization)
            #expect(forbidden.status == .forbidden)
            #expect(try error(forbidden).code == "forbidden")
            #expect(
                try await send(app, .POST, "/api/v1/organizations", token: admin, body: organization).status == .created
            )
            #expect(
                try await send(app, .POST, "/api/v1/organizations", token: admin, body: organization).status
                    == .unprocessableEntity)

            let list = try await send(app, .GET, "/api/v1/organizations")
            #expect(list.status == .ok)
            #expect(list.text.contains("Kustdata Konsult AB"))

            #expect(
                try await send(
                    app, .PUT, "/api/v1/accounts/\(evaID)/roles", token: resident, body: ["roles": ["admin"]]
                ).status == .forbidden)
            let granted = try await send(
                app, .PUT, "/api/v1/accounts/\(evaID)/roles", token: admin, body: ["roles": ["staff", "coach"]])
            #expect(granted.status == .ok)
            #expect(
                try await AccountStore(database: app.db, hasher: app.password).roles(accountID: evaID) == [
                    .resident, .staff, .coach,
                ])
            #expect(
                try await send(app, .PUT, "/api/v1/accounts/999/roles", token: admin, body: ["roles": ["staff"]]).status
                    == .notFound)
            #expect(
                try await send(app, .PUT, "/api/v1/accounts/\(evaID)/roles", token: admin, body: ["roles": ["king"]])
                    .status == .unprocessableEntity)
        }
    }
}
