import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("My account")
struct AccountPageTests {
    @Test("Anonymous visitors are sent to sign in and come back")
    func requiresSignIn() async throws {
        try await withTestApp { app in
            let response = try await TestBrowser(app).get("/account/export")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/sign-in?next=/account/export")
        }
    }

    @Test("Name, e-mail and language can be changed; a taken e-mail is refused at its field")
    func editProfile() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            try await app.makeAccount("Olle", "olle@example.se")
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")

            let taken = try await browser.post(
                "/account", ["name": "Eva E", "email": "OLLE@example.se", "language": "sv"], tokenPage: "/account")
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("Det finns redan ett konto med den e-postadressen"))
            #expect(taken.text.contains("value=\"Eva E\""))

            let saved = try await browser.post(
                "/account", ["name": "Eva Ek", "email": "eva.ek@example.se", "language": "en"], tokenPage: "/account")
            #expect(saved.status == .seeOther)
            let page = try await browser.get("/account?saved=1")
            #expect(page.text.contains("<html lang=\"en\">"))
            #expect(page.text.contains("Your details have been saved."))
            let account = try #require(
                try await AccountStore(database: app.db, hasher: app.password).account(email: "eva.ek@example.se"))
            #expect(account.name == "Eva Ek" && account.language == .en)
        }
    }

    @Test("Changing the password asks for the current one and signs out other browsers")
    func changePassword() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let other = TestBrowser(app)
            try await other.signIn("eva@example.se", "ett långt lösenord")

            let wrong = try await browser.post(
                "/account/password", ["current_password": "inte rätt alls", "new_password": "ett nytt långt lösenord"],
                tokenPage: "/account")
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Lösenordet stämmer inte"))

            let changed = try await browser.post(
                "/account/password",
                ["current_password": "ett långt lösenord", "new_password": "ett nytt långt lösenord"],
                tokenPage: "/account")
            #expect(changed.status == .seeOther)
            #expect(try await browser.get("/account").status == .ok)
            #expect(try await other.get("/account").status == .seeOther)
        }
    }

    @Test("Download my data: a JSON file with what is stored, never a password hash")
    func export() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva", "eva@example.se", roles: [.staff])
            let organization = try #require(
                try await OrganizationStore(database: app.db).create(
                    name: "Miljöförvaltningen", kind: .department, description: ""))
            try await AccountStore(database: app.db, hasher: app.password).addMembership(
                accountID: id, organizationID: organization.id, role: .lead)
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let response = try await browser.get("/account/export")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let export = try decoder.decode(AccountExport.self, from: Data(response.text.utf8))
            #expect(export.account.email == "eva@example.se")
            #expect(export.account.roles == ["resident", "staff"])
            #expect(export.memberships.map(\.organizationName) == ["Miljöförvaltningen"])
            #expect(export.sessions.count == 1)
            #expect(!response.text.contains("$2"))
        }
    }

    @Test("Deleting the account needs the password, anonymises the person and ends every way in")
    func delete() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva Svensson", "eva@example.se", roles: [.staff])
            _ = try await APITokenStore(database: app.db).create(accountID: id, now: Date())
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            #expect(try await browser.get("/account/delete").status == .ok)

            let wrong = try await browser.post(
                "/account/delete", ["password": "inte rätt alls"], tokenPage: "/account/delete")
            #expect(wrong.status == .unprocessableEntity)

            let deleted = try await browser.post(
                "/account/delete", ["password": "ett långt lösenord"], tokenPage: "/account/delete")
            #expect(deleted.status == .ok)
            #expect(deleted.text.contains("Ditt konto är borttaget"))

            let record = try #require(try await AccountRecord.find(id, on: app.db))
            #expect(record.deletedAt != nil)
            #expect(record.name.isEmpty && !record.email.contains("eva") && record.passwordHash.isEmpty)
            #expect(try await AccountRoleRecord.query(on: app.db).filter(\.$accountID == id).count() == 0)
            #expect(try await BrowserSessionRecord.query(on: app.db).count() == 0)
            #expect(try await APITokenRecord.query(on: app.db).count() == 0)
            #expect(try await browser.get("/account").status == .seeOther)
            let again = try await TestBrowser(app).post(
                "/sign-in", ["email": "eva@example.se", "password": "ett långt lösenord"])
            #expect(again.status == .unprocessableEntity)
            // The e-mail is free for a new account.
            try await app.makeAccount("Eva igen", "eva@example.se")

            // What the deleted person did stays, shown as done by a deleted user.
            let entries = try await AuditLog(database: app.db).latest()
            #expect(entries.first?.action == "account.deleted")
            #expect(entries.first?.actorName == nil)
            let admin = TestBrowser(app)
            try await app.makeAccount("Admin", "admin@example.se", roles: [.admin])
            try await admin.signIn("admin@example.se", "ett långt lösenord")
            let audit = try await admin.get("/admin/audit").text
            #expect(audit.contains("Borttagen användare"))
            #expect(!audit.contains("Eva Svensson"))
        }
    }
}

@Suite("Administration")
struct AdminTests {
    @Test("Only administrators reach the admin pages", arguments: ["/admin", "/admin/audit"])
    func onlyAdmins(path: String) async throws {
        try await withTestApp { app in
            #expect(try await TestBrowser(app).get(path).status == .seeOther)
            for role in [PlatformRole.resident, .staff, .coach, .partner] {
                try await app.makeAccount("\(role)", "\(role)@example.se", roles: [role])
                let browser = TestBrowser(app)
                try await browser.signIn("\(role)@example.se", "ett långt lösenord")
                #expect(try await browser.get(path).status == .forbidden, "\(role)")
            }
            try await app.makeAccount("Admin", "admin@example.se", roles: [.admin])
            let admin = TestBrowser(app)
            try await admin.signIn("admin@example.se", "ett långt lösenord")
            #expect(try await admin.get(path).status == .ok)
        }
    }

    @Test("A resident cannot change roles, even with a valid form")
    func residentCannotGrant() async throws {
        try await withTestApp { app in
            let id = try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let response = try await browser.post(
                "/admin/accounts/\(id)/roles", ["roles[]": "admin"], tokenPage: "/account")
            #expect(response.status == .forbidden)
            #expect(try await AccountStore(database: app.db, hasher: app.password).roles(accountID: id) == [.resident])
        }
    }

    @Test("Granting roles, memberships and organisations is audit logged; the person's sessions end")
    func grant() async throws {
        try await withTestApp { app in
            let adminID = try await app.makeAccount("Admin", "admin@example.se", roles: [.admin])
            let evaID = try await app.makeAccount("Eva", "eva@example.se")
            let eva = TestBrowser(app)
            try await eva.signIn("eva@example.se", "ett långt lösenord")
            let admin = TestBrowser(app)
            try await admin.signIn("admin@example.se", "ett långt lösenord")

            let roles = try await admin.post(
                "/admin/accounts/\(evaID)/roles", ["roles[]": "coach"], tokenPage: "/admin")
            #expect(roles.status == .seeOther)
            #expect(
                try await AccountStore(database: app.db, hasher: app.password).roles(accountID: evaID) == [
                    .resident, .coach,
                ])
            #expect(try await eva.get("/account").status == .seeOther, "a new session after a privilege change")

            let organization = try await admin.post(
                "/admin/organizations",
                ["org_name": "Sundkraft Energi AB", "kind": "partner", "description": "Energi"], tokenPage: "/admin")
            #expect(organization.status == .seeOther)
            let duplicate = try await admin.post(
                "/admin/organizations", ["org_name": "Sundkraft Energi AB", "kind": "partner", "description": ""],
                tokenPage: "/admin")
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.text.contains("Det finns redan en organisation med det namnet"))
            let orgID = try #require(
                try await OrganizationStore(database: app.db).organization(named: "Sundkraft Energi AB")?.id)

            let membership = try await admin.post(
                "/admin/memberships", ["account_id": "\(evaID)", "organization_id": "\(orgID)", "role": "lead"],
                tokenPage: "/admin")
            #expect(membership.status == .seeOther)
            #expect(
                try await AccountStore(database: app.db, hasher: app.password).memberships(accountID: evaID).map(\.role)
                    == ["lead"])

            let removed = try await admin.post(
                "/admin/memberships/remove", ["account_id": "\(evaID)", "organization_id": "\(orgID)"],
                tokenPage: "/admin")
            #expect(removed.status == .seeOther)
            #expect(
                try await AccountStore(database: app.db, hasher: app.password).memberships(accountID: evaID).isEmpty)

            let entries = try await AuditLog(database: app.db).latest()
            #expect(
                Set(entries.map(\.action)) == [
                    "roles.changed", "organization.created", "membership.granted", "membership.revoked",
                ])
            #expect(entries.allSatisfy { $0.actorID == adminID && $0.actorName == "Admin" })
            let audit = try await admin.get("/admin/audit").text
            #expect(audit.contains("roles.changed: resident → resident,coach"))
        }
    }
}
