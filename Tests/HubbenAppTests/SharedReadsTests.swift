import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("What signed-in and anonymous pages share for a moment")
struct SharedReadsTests {
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
            #expect(try await coach.get("/ideas/\(idea)").text.contains("Skrivet förbi webben"))
        }
    }
}
