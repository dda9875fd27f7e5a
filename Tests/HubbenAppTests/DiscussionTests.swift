import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("Comments, follows and triage")
struct DiscussionTests {
    @Test("Comments with one level of replies; names shown, never e-mails; reports; hiding by a coach is audit logged")
    func comments() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            try await app.makeAccount("Olle", "olle@example.se")
            try await app.makeAccount("Coach", "coach@example.se", roles: [.coach])
            let id = try await app.makeIdea("Mötesplats för nyanlända", authorID: eva)

            let olle = TestBrowser(app)
            try await olle.signIn("olle@example.se", "ett långt lösenord")
            let empty = try await olle.post("/ideas/\(id)/comments", ["body": "   "], tokenPage: "/ideas/\(id)")
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Skriv något innan du skickar"))
            let first = try await olle.post(
                "/ideas/\(id)/comments", ["body": "Bra idé! <b>Viktigt</b>"], tokenPage: "/ideas/\(id)")
            #expect(first.status == .seeOther)
            let topID = try #require(try await CommentRecord.query(on: app.db).first()?.id)
            _ = try await olle.post(
                "/ideas/\(id)/comments", ["body": "Ett svar", "parent_id": "\(topID)"], tokenPage: "/ideas/\(id)")
            let replyID = try #require(try await CommentRecord.query(on: app.db).sort(\.$id, .descending).first()?.id)
            _ = try await olle.post(
                "/ideas/\(id)/comments", ["body": "Svar på svaret", "parent_id": "\(replyID)"],
                tokenPage: "/ideas/\(id)")
            let comments = try await CommentStore(database: app.db).comments(ideaID: id)
            #expect(comments.map(\.parentID) == [nil, topID, topID], "a reply to a reply joins the same thread")
            #expect(try await IdeaRecord.find(id, on: app.db)?.commentCount == 3)

            let page = try await TestBrowser(app).get("/ideas/\(id)").text
            #expect(page.contains("Bra idé! &lt;b&gt;Viktigt&lt;/b&gt;"))
            #expect(page.contains("<strong>Olle</strong>"))
            #expect(!page.contains("olle@example.se"))

            #expect(
                try await olle.post("/comments/\(topID)/report", [:], tokenPage: "/ideas/\(id)").status == .seeOther)
            #expect(
                try await olle.post("/comments/\(topID)/report", [:], tokenPage: "/ideas/\(id)").status == .seeOther)
            #expect(try await CommentStore(database: app.db).reportCount(commentID: topID) == 1)

            #expect(
                try await olle.post("/comments/\(topID)/hide", ["reason": "Nej"], tokenPage: "/ideas/\(id)").status
                    == .forbidden)
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let noReason = try await coach.post("/comments/\(topID)/hide", ["reason": " "], tokenPage: "/ideas/\(id)")
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("href=\"#reason-\(topID)\""))
            #expect(noReason.text.contains("id=\"reason-\(topID)-error\""))
            #expect(noReason.text.contains("Skriv varför kommentaren döljs"))
            #expect(try await CommentRecord.find(topID, on: app.db)?.hiddenAt == nil)
            #expect(
                try await coach.post("/comments/\(topID)/hide", ["reason": "Personangrepp"], tokenPage: "/ideas/\(id)")
                    .status == .seeOther)
            let hidden = try await TestBrowser(app).get("/ideas/\(id)").text
            #expect(hidden.contains("Dold av moderator"))
            #expect(!hidden.contains("Bra idé!"))
            #expect(try await AuditLog(database: app.db).latest().first?.action == "comment.hidden")
        }
    }

    @Test("Following is stored once and can be stopped")
    func follows() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let id = try await app.makeIdea("Mötesplats för nyanlända", authorID: eva)
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            _ = try await browser.post("/ideas/\(id)/follow", [:], tokenPage: "/ideas/\(id)")
            _ = try await browser.post("/ideas/\(id)/follow", [:], tokenPage: "/ideas/\(id)")
            #expect(try await FollowRecord.query(on: app.db).count() == 1)
            #expect(try await browser.get("/ideas/\(id)").text.contains("Du följer den här idén"))
            _ = try await browser.post("/ideas/\(id)/follow/stop", [:], tokenPage: "/ideas/\(id)")
            #expect(try await FollowRecord.query(on: app.db).count() == 0)
        }
    }

    @Test(
        "Triage: only coaches; declining needs a reason; the state machine decides; merging moves supports without duplicates"
    )
    func triage() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let olle = try await app.makeAccount("Olle", "olle@example.se")
            try await app.makeAccount("Coach", "coach@example.se", roles: [.coach])
            let duplicate = try await app.makeIdea("Fler parkbänkar", authorID: eva)
            let original = try await app.makeIdea("Bänkar i parkerna", authorID: olle)
            let store = IdeaStore(database: app.db)
            _ = try await store.support(ideaID: duplicate, accountID: eva, now: Date())
            _ = try await store.support(ideaID: duplicate, accountID: olle, now: Date())
            _ = try await store.support(ideaID: original, accountID: olle, now: Date())

            let resident = TestBrowser(app)
            try await resident.signIn("eva@example.se", "ett långt lösenord")
            #expect(
                try await resident.post(
                    "/ideas/\(duplicate)/status", ["status": "under_review"], tokenPage: "/ideas/\(duplicate)"
                ).status == .forbidden)
            #expect(try await resident.get("/triage").status == .forbidden)

            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let queue = try await coach.get("/triage").text
            #expect(
                queue.range(of: "Fler parkbänkar")?.lowerBound ?? queue.endIndex < queue.range(of: "Bänkar i parkerna")?
                    .lowerBound ?? queue.startIndex,
                "oldest first")

            let skip = try await coach.post(
                "/ideas/\(duplicate)/status", ["status": "accepted"], tokenPage: "/ideas/\(duplicate)")
            #expect(skip.status == .unprocessableEntity)
            #expect(skip.text.contains("Idén kan inte gå till den statusen härifrån"))
            #expect(
                try await coach.post(
                    "/ideas/\(duplicate)/status", ["status": "under_review"], tokenPage: "/ideas/\(duplicate)"
                ).status == .seeOther)
            let noReason = try await coach.post(
                "/ideas/\(duplicate)/status", ["status": "declined", "reason": " "], tokenPage: "/ideas/\(duplicate)")
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("Skriv varför idén avslås"))

            let merged = try await coach.post(
                "/ideas/\(duplicate)/status",
                ["status": "merged", "merged_into": "\(original)", "reason": "Samma idé"],
                tokenPage: "/ideas/\(duplicate)")
            #expect(merged.status == .seeOther)
            #expect(try await store.supportCount(original) == 2)
            #expect(try await store.supportCount(duplicate) == 0)
            #expect(try await SupportRecord.query(on: app.db).count() == 2)
            let redirect = try await TestBrowser(app).get("/ideas/\(duplicate)")
            #expect(redirect.headers.first(name: .location) == "/ideas/\(original)")
            let history = try await store.statusHistory(ideaID: duplicate)
            #expect(history.map(\.to) == [.submitted, .underReview, .merged])
            #expect(history.last?.reason == "Samma idé")
        }
    }

    @Test("Coaches score ideas; other coaches see scores and averages; the public does not")
    func scores() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            try await app.makeAccount("Coach A", "a@example.se", roles: [.coach])
            try await app.makeAccount("Coach B", "b@example.se", roles: [.admin])
            let id = try await app.makeIdea("Mötesplats för nyanlända", authorID: eva)
            let a = TestBrowser(app)
            try await a.signIn("a@example.se", "ett långt lösenord")
            #expect(
                try await a.post(
                    "/ideas/\(id)/scores", ["criterion": "novelty", "score": "4", "score_comment": "Nytt"],
                    tokenPage: "/ideas/\(id)"
                ).status == .seeOther)
            #expect(
                try await a.post(
                    "/ideas/\(id)/scores", ["criterion": "novelty", "score": "9"], tokenPage: "/ideas/\(id)"
                ).status == .badRequest)
            let b = TestBrowser(app)
            try await b.signIn("b@example.se", "ett långt lösenord")
            _ = try await b.post(
                "/ideas/\(id)/scores", ["criterion": "novelty", "score": "5"], tokenPage: "/ideas/\(id)")
            let coachView = try await b.get("/ideas/\(id)").text
            #expect(coachView.contains("4.5"))
            #expect(coachView.contains("Coach A: 4 – Nytt"))
            let residentView = try await TestBrowser(app).get("/ideas/\(id)").text
            #expect(!residentView.contains("Poäng"))
            #expect(!residentView.contains("Coach A"))
        }
    }
}
