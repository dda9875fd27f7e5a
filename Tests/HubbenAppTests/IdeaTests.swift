import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("Ideas")
struct IdeaTests {
    @Test("Submitting: every problem at its field and nothing lost; then the idea is public with its history")
    func submit() async throws {
        try await withTestApp { app in
            try await app.makeAccount("Eva", "eva@example.se")
            let browser = TestBrowser(app)
            #expect(try await browser.get("/ideas/new").status == .seeOther, "sign in first")
            try await browser.signIn("eva@example.se", "ett långt lösenord")

            let long = String(repeating: "a", count: 141)
            let invalid = try await browser.post(
                "/ideas", ["title": long, "summary": "", "need": "Barn behöver säkra vägar"], tokenPage: "/ideas/new")
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("Det finns 3 fel"))
            #expect(invalid.text.contains("Högst 140 tecken"))
            #expect(invalid.text.contains("Välj minst ett tema"))
            #expect(invalid.text.contains(">Barn behöver säkra vägar</textarea>"))
            #expect(try await IdeaRecord.query(on: app.db).count() == 0)

            let themes = try await IdeaStore(database: app.db).themes()
            let miljo = try #require(themes.first { $0.slug == "miljo" })
            let created = try await browser.post(
                "/ideas",
                [
                    "title": "Fler cykelbanor till skolorna", "summary": "Säkra cykelbanor längs skolvägarna.",
                    "need": "Barn som cyklar till skolan.", "themes[]": "\(miljo.id)",
                ], tokenPage: "/ideas/new")
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            #expect(location.hasSuffix("?done=submitted"))

            let page = try await TestBrowser(app).get(String(location.prefix { $0 != "?" }))
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Fler cykelbanor till skolorna</h1>"))
            #expect(page.text.contains("Inskickad av Eva"))
            #expect(page.text.contains("Inskickad</span>"))
            #expect(!page.text.contains("eva@example.se"))
        }
    }

    @Test("The author edits until review starts; every edit is kept as a version; nobody else may edit")
    func edit() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            try await app.makeAccount("Olle", "olle@example.se")
            let id = try await app.makeIdea("Läxhjälp på biblioteket", authorID: eva)
            let miljo = try #require(try await IdeaStore(database: app.db).themes().first { $0.slug == "miljo" })

            let olle = TestBrowser(app)
            try await olle.signIn("olle@example.se", "ett långt lösenord")
            #expect(try await olle.get("/ideas/\(id)/edit").status == .forbidden)

            let author = TestBrowser(app)
            try await author.signIn("eva@example.se", "ett långt lösenord")
            let saved = try await author.post(
                "/ideas/\(id)/edit",
                [
                    "title": "Läxhjälp på biblioteken", "summary": "Ny text.", "need": "Elever.",
                    "themes[]": "\(miljo.id)",
                ], tokenPage: "/ideas/\(id)/edit")
            #expect(saved.status == .seeOther)
            #expect(try await IdeaStore(database: app.db).versionCount(ideaID: id) == 2)
            #expect(try await IdeaStore(database: app.db).idea(id: id)?.title == "Läxhjälp på biblioteken")

            let record = try #require(try await IdeaRecord.find(id, on: app.db))
            record.status = IdeaStatus.underReview.rawValue
            try await record.update(on: app.db)
            #expect(try await author.get("/ideas/\(id)/edit").status == .forbidden)
            #expect(try await author.get("/ideas/\(id)").text.contains("/edit\"") == false)
        }
    }

    @Test(
        "Search understands Swedish word forms and prefixes; filters and counts apply",
        arguments: [
            ("parker", ["Fler parker i centrum"]),
            ("skolor", ["Skolgårdar som grönskar", "Fler cykelbanor till skolorna"]),
            ("biblioteket", ["Läxhjälp på biblioteken"]),
            ("cykel", ["Fler cykelbanor till skolorna"]),
            ("bibl", ["Läxhjälp på biblioteken"]),
            ("parken skola", [String]()),
            ("grönt skolgård", ["Skolgårdar som grönskar"]),
        ])
    func search(text: String, expected: [String]) async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            try await app.makeIdea(
                "Fler parker i centrum", summary: "Parken vid torget kan bli större.", need: "Familjer utan trädgård.",
                authorID: eva)
            try await app.makeIdea(
                "Skolgårdar som grönskar", summary: "Plantera träd på varje skolgård: grönt gör gott.",
                need: "Skolan saknar skugga.", authorID: eva)
            try await app.makeIdea(
                "Fler cykelbanor till skolorna", summary: "Säkra cykelbanor.", need: "Barn som cyklar.",
                themes: ["integration"], authorID: eva)
            try await app.makeIdea(
                "Läxhjälp på biblioteken", summary: "Studenter hjälper elever.", need: "Elever utan stöd hemma.",
                themes: ["integration"], authorID: eva)

            let page = try await IdeaStore(database: app.db).list(.init(text: text, sort: .relevance, per: 100))
            #expect(Set(page.ideas.map(\.title)) == Set(expected))
            #expect(page.total == expected.count)
        }
    }

    @Test("The list filters by theme and status, sorts, and pages")
    func listing() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            var ids: [Int] = []
            for index in 0..<25 {
                ids.append(
                    try await app.makeIdea(
                        "Idé nummer \(index)", themes: index % 2 == 0 ? ["miljo"] : ["integration"],
                        authorID: eva, at: start.addingTimeInterval(Double(index) * 60)))
            }
            let store = IdeaStore(database: app.db)
            let first = try await store.list(.init(per: 10))
            #expect(first.total == 25 && first.pageCount == 3)
            #expect(first.ideas.map(\.id) == Array(ids.reversed().prefix(10)))
            let third = try await store.list(.init(page: 3, per: 10))
            #expect(third.ideas.map(\.id) == Array(ids.reversed().suffix(5)))
            #expect(try await store.list(.init(themeSlug: "miljo", per: 100)).total == 13)
            #expect(try await store.list(.init(status: .accepted)).total == 0)

            _ = try await store.support(ideaID: ids[3], accountID: eva, now: start)
            #expect(try await store.list(.init(sort: .mostSupported, per: 1)).ideas.first?.id == ids[3])

            let html = try await TestBrowser(app).get("/ideas?theme=miljo&page=2&per=5").text
            #expect(html.contains("13 idéer"))
            #expect(html.contains("rel=\"prev\""))
            #expect(html.contains("rel=\"next\""))
            #expect(html.contains("aria-current=\"page\" class=\"current\">2</span>"))
            // Unknown values are ignored, never an error.
            #expect(try await TestBrowser(app).get("/ideas?status=nonsense&sort=x&page=-4&per=100000").status == .ok)
        }
    }

    @Test("50 concurrent supports from 50 accounts give exactly 50; a second support from one account counts once")
    func concurrentSupports() async throws {
        try await withTestApp { app in
            let author = try await app.makeAccount("Eva", "eva@example.se")
            let id = try await app.makeIdea("Mötesplats för nyanlända", authorID: author)
            var accountIDs: [Int] = []
            for index in 0..<50 {
                let record = AccountRecord(
                    name: "Person \(index)", email: try #require(EmailAddress("p\(index)@example.se")),
                    passwordHash: "x", language: .sv)
                try await record.create(on: app.db)
                accountIDs.append(try record.requireID())
            }
            let store = IdeaStore(database: app.db)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for accountID in accountIDs + accountIDs.prefix(10) {
                    group.addTask { _ = try await store.support(ideaID: id, accountID: accountID, now: Date()) }
                }
                try await group.waitForAll()
            }
            #expect(try await store.supportCount(id) == 50)
            #expect(try await SupportRecord.query(on: app.db).count() == 50)
            #expect(try await store.withdrawSupport(ideaID: id, accountID: accountIDs[0]) == 49)
            #expect(try await store.withdrawSupport(ideaID: id, accountID: accountIDs[0]) == 49)
        }
    }

    @Test("Supporting and withdrawing through the idea page")
    func supportPage() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let id = try await app.makeIdea("Mötesplats för nyanlända", authorID: eva)
            let anonymous = try await TestBrowser(app).get("/ideas/\(id)")
            #expect(anonymous.text.contains("Logga in för att stödja idén"))

            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            #expect(try await browser.post("/ideas/\(id)/support", [:], tokenPage: "/ideas/\(id)").status == .seeOther)
            #expect(try await browser.post("/ideas/\(id)/support", [:], tokenPage: "/ideas/\(id)").status == .seeOther)
            let supported = try await browser.get("/ideas/\(id)").text
            #expect(supported.contains("1 stöd"))
            #expect(supported.contains("Du stödjer den här idén."))
            #expect(
                try await browser.post("/ideas/\(id)/support/withdraw", [:], tokenPage: "/ideas/\(id)").status
                    == .seeOther)
            #expect(try await browser.get("/ideas/\(id)").text.contains("0 stöd"))
            #expect(try await browser.post("/ideas/999/support", [:], tokenPage: "/ideas/\(id)").status == .notFound)
        }
    }
}

@Suite("Idea list form")
struct IdeaListFormTests {
    @Test("'All' choices send an empty value, so the browser never sends the label as a filter")
    func emptyOptionValues() async throws {
        try await withTestApp { app in
            let html = try await TestBrowser(app).get("/ideas").text
            #expect(
                html.contains("<option value=\"\" selected>Alla teman</option>"),
                "an empty value attribute (value=\"\")")
            #expect(html.contains("<option value=\"\" selected>Alla</option>"))
        }
    }
}
