import Fluent
import SQLKit
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("What signed-in and anonymous pages share for a moment")
struct SharedReadsTests: APITestSuite {
    @Test(
        "Coaches share one board, each with their own menu and token; any write through the site empties it; whoever just wrote reads past it"
    )
    func sharedWithinAScope() async throws {
        try await withTestApp(sharedReads: true) { app in
            let hub = try await ProjectFixture.make(app)
            _ = try await hub.project("Cykelbanan")
            _ = try await app.makeAccount("Olle Coach", "olle@example.se", roles: [.coach])
            // Signing in is a write: each browser then reads past what is shared until its cookie expires.
            let sara = TestBrowser(app)
            try await sara.signIn("coach@example.se", "ett långt lösenord")
            sara.cookies[WriteMiddleware.cookieName] = nil
            let olle = TestBrowser(app)
            try await olle.signIn("olle@example.se", "ett långt lösenord")
            olle.cookies[WriteMiddleware.cookieName] = nil
            #expect(try await sara.get("/projects").text.contains("Cykelbanan"))

            // Written past the web (as another instance would): the shared board does not know yet…
            _ = try await hub.project("Intern förstudie", visibility: .internal)
            let olleBoard = try await olle.get("/projects").text
            #expect(!olleBoard.contains("Intern förstudie"))
            // …but the page around it is Olle's own: his menu, his session's token.
            #expect(olleBoard.contains("/triage"))
            let olleToken = try await olle.csrfToken(from: "/projects")
            let saraToken = try await sara.csrfToken(from: "/projects")
            #expect(olleToken != saraToken)

            // Someone who has just written something reads past what is shared, on any instance.
            let writer = TestBrowser(app)
            try await writer.signIn("coach@example.se", "ett långt lösenord")
            #expect(writer.cookies[WriteMiddleware.cookieName] == "1")
            _ = try await hub.project("Tredje projektet", visibility: .internal)
            #expect(try await writer.get("/projects").text.contains("Tredje projektet"))
            writer.cookies[WriteMiddleware.cookieName] = nil

            // A write through the site (here a sign-in) empties what is shared, for everyone.
            _ = try await hub.project("Fjärde projektet", visibility: .internal)
            #expect(!(try await sara.get("/projects").text.contains("Fjärde projektet")))
            try await TestBrowser(app).signIn("lead@example.se", "ett långt lösenord")
            #expect(try await sara.get("/projects").text.contains("Fjärde projektet"))

            // A resident sees the public board: never what only coaches see.
            let rut = TestBrowser(app)
            try await rut.signIn("rut@example.se", "ett långt lösenord")
            rut.cookies[WriteMiddleware.cookieName] = nil
            #expect(!(try await rut.get("/projects").text.contains("Intern förstudie")))
        }
    }

    @Test(
        "In an entry's second half the asker answers at once with it and the next value is computed on the side; what that computation reads is as fresh as a request's"
    )
    func refreshedOnTheSide() async throws {
        let reads = SharedReads(enabled: true, maximumAge: 2)
        let start = Date()
        let gate = Gate()
        #expect(try await reads.read("board", now: start, fresh: false) { "a" } == "a")
        // Second half: "a" at once, while the next value waits at the gate.
        let second = start.addingTimeInterval(1.2)
        #expect(
            try await reads.read("board", now: second, fresh: false) {
                await gate.wait(); return "b"
            } == "a")
        // Meanwhile others get the entry too, and nobody starts a second computation.
        #expect(try await reads.read("board", now: second, fresh: false) { "not asked" } == "a")
        await gate.open()
        await reads.tasks.finish()
        #expect(try await reads.read("board", now: start.addingTimeInterval(1.3), fresh: false) { "c" } == "b")

        // A failed computation on the side hands out nothing new, and the next asker in the second half tries again.
        let later = start.addingTimeInterval(2.6)
        #expect(try await reads.read("board", now: later, fresh: false) { throw Abort(.internalServerError) } == "b")
        await reads.tasks.finish()
        #expect(try await reads.read("board", now: later, fresh: false) { "d" } == "b")
        await reads.tasks.finish()
        #expect(try await reads.read("board", now: later, fresh: false) { "e" } == "d")

        // Computed on the side, a page reads the parts it shares with others as fresh as a request would: a
        // part within its second half is computed there, not handed out as it was.
        #expect(try await reads.read("part", now: start, fresh: false) { "old part" } == "old part")
        #expect(try await reads.read("page", now: start, fresh: false) { "old page" } == "old page")
        #expect(
            try await reads.read("page", now: second, fresh: false) {
                try await reads.read("part", now: second, fresh: false) { "new part" }
            } == "old page")
        await reads.tasks.finish()
        #expect(try await reads.read("page", now: second, fresh: false) { "not asked" } == "new part")
    }

    @Test("The idea page shares its discussion, never the viewer's own support, follow or forms")
    func ideaPage() async throws {
        try await withTestApp(sharedReads: true) { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await hub.acceptedIdea("Cykelbana till skolan")
            let rut = TestBrowser(app)
            try await rut.signIn("rut@example.se", "ett långt lösenord")
            let support = try await rut.post(
                "/ideas/\(idea)/support", [:], csrf: try await rut.csrfToken(from: "/ideas/\(idea)"))
            #expect(support.status == .seeOther)
            rut.cookies[WriteMiddleware.cookieName] = nil
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            coach.cookies[WriteMiddleware.cookieName] = nil
            let rutPage = try await rut.get("/ideas/\(idea)").text
            let coachPage = try await coach.get("/ideas/\(idea)").text
            // Rut supports it; the coach, reading the same shared discussion, does not.
            #expect(rutPage.contains("/ideas/\(idea)/support/withdraw"))
            #expect(!coachPage.contains("/ideas/\(idea)/support/withdraw"))
            _ = try await CommentStore(database: app.db).add(
                ideaID: idea, authorID: hub.resident, parentID: nil, body: "Skrivet förbi webben", now: Date())
            #expect(!(try await coach.get("/ideas/\(idea)").text.contains("Skrivet förbi webben")))
            app.hubben.sharedReads.cache?.invalidate()
            let withComment = try await coach.get("/ideas/\(idea)").text
            #expect(withComment.contains("Skrivet förbi webben"))

            // The comment list with its forms is rendered once per kind of viewer; each page carries only
            // its own session's token, the coach's with the hide form, Rut's without.
            let rutWithComment = try await rut.get("/ideas/\(idea)").text
            let coachToken = try await coach.csrfToken(from: "/ideas/\(idea)")
            let rutToken = try await rut.csrfToken(from: "/ideas/\(idea)")
            #expect(coachToken != rutToken)
            #expect(Set(Self.tokens(in: withComment)) == [coachToken])
            #expect(Set(Self.tokens(in: rutWithComment)) == [rutToken])
            #expect(Self.tokens(in: withComment).count >= 4)
            for page in [withComment, rutWithComment] {
                #expect(!page.contains(MarkupWithToken.standIn))
                #expect(page.contains("Svara"))
            }
            #expect(withComment.contains("/hide\""))
            #expect(!rutWithComment.contains("/hide\""))
            // Anonymous visitors get the same comments without any form.
            let anonymous = try await TestBrowser(app).get("/ideas/\(idea)").text
            #expect(anonymous.contains("Skrivet förbi webben"))
            #expect(!anonymous.contains("/report\""))
        }
    }

    @Test("An API client reads past what is shared with Cache-Control: no-cache, as a browser that just wrote does")
    func apiReadsFreshOnRequest() async throws {
        try await withTestApp(sharedReads: true) { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await hub.acceptedIdea("Cykelbana till skolan")
            let path = "/api/v1/ideas/\(idea)"
            #expect(try object(try await send(app, .GET, path))["title"] as? String == "Cykelbana till skolan")
            // Written past the web, as another instance would: the shared read does not know yet…
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw(
                "UPDATE ideas SET title = 'Ändrad förbi webben' WHERE id = \(bind: idea)"
            ).run()
            #expect(try object(try await send(app, .GET, path))["title"] as? String == "Cykelbana till skolan")
            // …unless the client asks for a fresh answer.
            let fresh = try await send(app, .GET, path, headers: ["Cache-Control": "no-cache"])
            #expect(try object(fresh)["title"] as? String == "Ändrad förbi webben")
        }
    }

    private static func tokens(in page: String) -> [String] {
        page.matches(of: /name="csrf_token" value="([^"]+)"/).map { String($0.output.1) }
    }
}

/// Holds a computation until the test lets it go.
private actor Gate {
    private var isOpen = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        if isOpen { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func open() {
        isOpen = true
        for continuation in waiting { continuation.resume() }
        waiting.removeAll()
    }
}
