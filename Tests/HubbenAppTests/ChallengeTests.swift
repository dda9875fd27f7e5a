import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("Challenges")
struct ChallengeTests {
    @Test("Staff pose a challenge; residents may not; bad input is shown at its fields")
    func pose() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let erik = try await app.makeAccount("Erik", "erik@example.se", roles: [.staff])
            let department = try #require(
                try await OrganizationStore(database: app.db).create(
                    name: "Miljöförvaltningen", kind: .department, description: ""))
            let partner = try #require(
                try await OrganizationStore(database: app.db).create(
                    name: "Sundkraft Energi AB", kind: .partner, description: ""))
            try await AccountStore(database: app.db, hasher: app.password).addMembership(
                accountID: erik, organizationID: department.id, role: .member)
            let resident = TestBrowser(app)
            try await resident.signIn("eva@example.se", "ett långt lösenord")
            #expect(try await resident.get("/challenges/new").status == .forbidden)

            let staff = TestBrowser(app)
            try await staff.signIn("erik@example.se", "ett långt lösenord")
            let invalid = try await staff.post(
                "/challenges", ["title": "Renare luft", "description": "", "open_until": "2020-01-01"],
                tokenPage: "/challenges/new")
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("Datumet måste vara i framtiden"))
            #expect(invalid.text.contains("Välj vem som ställer utmaningen"))
            #expect(invalid.text.contains("value=\"Renare luft\""))

            let miljo = try #require(try await IdeaStore(database: app.db).themes().first { $0.slug == "miljo" })
            // Staff speak for their own organisation only: not for a partner company, nor for one that does not exist.
            for posedBy in ["org-\(partner.id)", "org-999999", "group-1"] {
                let refused = try await staff.post(
                    "/challenges",
                    [
                        "title": "Renare luft", "description": "Hur?", "posed_by": posedBy, "themes[]": "\(miljo.id)",
                        "open_until": "2099-12-31",
                    ], tokenPage: "/challenges/new")
                #expect(refused.status == .unprocessableEntity, "\(posedBy)")
                #expect(refused.text.contains("Välj en organisation du själv tillhör"))
            }
            #expect(!(try await staff.get("/challenges/new").text.contains("Sundkraft")))
            let created = try await staff.post(
                "/challenges",
                [
                    "title": "Renare luft vid skolorna", "description": "Hur minskar vi avgaserna vid skolorna?",
                    "posed_by": "org-\(department.id)", "themes[]": "\(miljo.id)", "open_until": "2099-12-31",
                ], tokenPage: "/challenges/new")
            #expect(created.status == .seeOther)
            let page = try await TestBrowser(app).get(try #require(created.headers.first(name: .location))).text
            #expect(page.contains("<h1>Renare luft vid skolorna</h1>"))
            #expect(page.contains("Från Miljöförvaltningen"))
            #expect(page.contains("31 december 2099"))
            #expect(page.contains("Svara med en idé"))
        }
    }

    @Test("Ideas answer open challenges only, and the challenge lists them")
    func answers() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se", roles: [.staff])
            let department = try #require(
                try await OrganizationStore(database: app.db).create(
                    name: "Skolförvaltningen", kind: .department, description: ""))
            let themes = try await IdeaStore(database: app.db).themes().map(\.id)
            let store = ChallengeStore(database: app.db)
            let now = Date()
            let open = try await store.create(
                .init(
                    title: "Tryggare skolvägar", description: "Hur?", organizationID: department.id, reformGroupID: nil,
                    themeIDs: [themes[0]], openUntil: now.addingTimeInterval(86_400)), authorID: eva, now: now)
            let closed = try await store.create(
                .init(
                    title: "Gammal fråga", description: "Hur?", organizationID: department.id, reformGroupID: nil,
                    themeIDs: [themes[0]], openUntil: now.addingTimeInterval(-86_400)), authorID: eva, now: now)
            let ideas = IdeaStore(database: app.db)
            _ = try await ideas.create(
                IdeaDraft(
                    title: "Gångbuss", summary: "Vuxna går med barnen.", need: "Trafik.", themeIDs: [themes[0]],
                    challengeID: open),
                authorID: eva, now: now)
            await #expect(throws: InvalidDraft<IdeaDraft.Field>([.challenge: .closed])) {
                _ = try await ideas.create(
                    IdeaDraft(title: "Sent", summary: "S.", need: "N.", themeIDs: [themes[0]], challengeID: closed),
                    authorID: eva, now: now)
            }
            let page = try await TestBrowser(app).get("/challenges/\(open)").text
            #expect(page.contains("Gångbuss"))
            let list = try await TestBrowser(app).get("/challenges").text
            #expect(
                list.range(of: "Tryggare skolvägar")?.lowerBound ?? list.endIndex < list.range(of: "Gammal fråga")?
                    .lowerBound ?? list.startIndex)
            #expect(list.contains("Stängd"))

            let api = try await app.testing().sendRequest(.GET, "/api/v1/challenges")
            #expect(api.status == .ok)
            #expect(api.text.contains("\"ideaCount\" : 1") || api.text.contains("\"ideaCount\":1"))
        }
    }

    @Test("Challenges are searched the Swedish way too, on their page and beside idea results")
    func search() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se", roles: [.staff])
            let department = try #require(
                try await OrganizationStore(database: app.db).create(
                    name: "Kulturförvaltningen", kind: .department, description: ""))
            let themes = try await IdeaStore(database: app.db).themes().map(\.id)
            let store = ChallengeStore(database: app.db)
            let now = Date()
            try await store.create(
                .init(
                    title: "Biblioteken som mötesplatser", description: "Hur blir biblioteket ett vardagsrum?",
                    organizationID: department.id, reformGroupID: nil, themeIDs: [themes[0]],
                    openUntil: now.addingTimeInterval(86_400)), authorID: eva, now: now)
            try await store.create(
                .init(
                    title: "Renare luft", description: "Mindre avgaser vid skolorna.", organizationID: department.id,
                    reformGroupID: nil, themeIDs: [themes[0]], openUntil: now.addingTimeInterval(86_400)),
                authorID: eva, now: now)
            #expect(
                try await store.all(now: now, matching: "bibliotek").map(\.title) == ["Biblioteken som mötesplatser"])
            #expect(try await store.all(now: now, matching: "skola").map(\.title) == ["Renare luft"])
            #expect(try await store.all(now: now).count == 2)
            let page = try await TestBrowser(app).get("/challenges?q=biblioteket").text
            #expect(page.contains("Biblioteken som mötesplatser") && !page.contains("Renare luft"))
            let ideas = try await TestBrowser(app).get("/ideas?q=bibliotek").text
            #expect(ideas.contains("Utmaningar som matchar"))
        }
    }

    @Test(
        "A date field's day ends at midnight in Stockholm; nonsense is no date",
        arguments: [
            ("2026-11-29", true), ("2026-02-30", false), ("29/11/2026", false), ("", false),
        ])
    func dates(text: String, valid: Bool) {
        #expect((DateFormat.endOfDay(isoDate: text) != nil) == valid)
    }
}

@Suite("Themes and the home page")
struct ThemeAndHomeTests {
    @Test("Admins add themes (audit logged); a bad or taken slug is refused at the field")
    func addTheme() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Admin", "admin@example.se", roles: [.admin])
            let admin = TestBrowser(app)
            try await admin.signIn("admin@example.se", "ett långt lösenord")
            let added = try await admin.post(
                "/admin/themes", ["slug": "kultur", "name_sv": "Kultur", "name_en": "Culture"], tokenPage: "/admin")
            #expect(added.status == .seeOther)
            let taken = try await admin.post(
                "/admin/themes", ["slug": "kultur", "name_sv": "Kultur", "name_en": "Culture"], tokenPage: "/admin")
            #expect(taken.status == .unprocessableEntity)
            let bad = try await admin.post(
                "/admin/themes", ["slug": "Kul tur!", "name_sv": "Kultur", "name_en": "Culture"], tokenPage: "/admin")
            #expect(bad.status == .unprocessableEntity)
            #expect(try await IdeaStore(database: app.db).themes().map(\.slug).contains("kultur"))
            #expect(try await AuditLog(database: app.db).latest().first?.action == "theme.created")
            let api = try await app.testing().sendRequest(.GET, "/api/v1/themes")
            #expect(api.text.contains("Culture"))
        }
    }

    @Test("The home page shows the newest ideas and how many there are")
    func home() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            for index in 0..<7 {
                try await app.makeIdea(
                    "Idé nummer \(index)", authorID: eva, at: Date(timeIntervalSince1970: 1_800_000_000 + Double(index))
                )
            }
            let html = try await TestBrowser(app).get("/").text
            #expect(html.contains("<span class=\"key-number\">7</span> idéer"))
            #expect(html.contains("Idé nummer 6"))
            #expect(!html.contains("Idé nummer 1<"))
        }
    }
}
