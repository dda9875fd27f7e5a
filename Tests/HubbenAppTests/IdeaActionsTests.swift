import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("Idea actions: one flow for the web, the API and the CLI, recorded as activity")
struct IdeaActionsTests: APITestSuite {
    @Test("Submitting records the activity with the idea; a refused submission saves neither")
    func submitRecordsActivity() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date(timeIntervalSince1970: 1_900_000_000))
            app.hubben.clock = clock
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let actions = IdeaActions(context: try await app.actionContext(for: eva))

            let refused = try await actions.submit(
                .init(title: "", summary: "Kort.", need: "Ett behov.", themes: .slugs(["finns-inte"])))
            guard case .invalid(let problems) = refused else { Issue.record("saved without a title"); return }
            #expect(problems[.title] == .missing && problems[.themes] == .invalid)
            #expect(try await ActivityRecord.query(on: app.db).count() == 0)

            let outcome = try await actions.submit(
                .init(
                    title: "Cykelställ vid skolan", summary: "Fler ställ.", need: "Cyklar står i vägen.",
                    themes: .slugs(["miljo"])))
            guard case .saved(let idea) = outcome else { Issue.record("not saved"); return }
            #expect(idea.themes.map(\.slug) == ["miljo"])
            #expect(
                try await ActivityLog(database: app.db).entries(about: .idea, idea.id)
                    == [Activity(.ideaSubmitted, by: eva, on: .idea, idea.id, at: clock.now())])
        }
    }

    @Test("Anonymous and unauthorised actors are refused before anything is read or written")
    func refusals() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let idea = try await app.makeIdea("En idé", authorID: eva)
            let anonymous = IdeaActions(context: try await app.actionContext(for: nil))
            await #expect(throws: ActionRefusal.notSignedIn) { _ = try await anonymous.support(ideaID: idea) }
            let resident = IdeaActions(context: try await app.actionContext(for: eva))
            await #expect(throws: ActionRefusal.notAllowed) {
                _ = try await resident.changeStatus(
                    ideaID: idea, StatusChange(to: .accepted, reason: nil, mergedInto: nil))
            }
            await #expect(throws: ActionRefusal.notFound) { _ = try await resident.support(ideaID: 999_999) }
            #expect(try await ActivityRecord.query(on: app.db).count() == 0)
        }
    }

    @Test("The web form and the API run the same flow: the same activity, the same comment message")
    func webAndAPIShareTheFlow() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let idea = try await app.makeIdea("En idé", authorID: eva)
            let browser = TestBrowser(app)
            try await browser.signIn("eva@example.se", "ett långt lösenord")
            let web = try await browser.post(
                "/ideas/\(idea)/comments", ["body": "Från webben"], tokenPage: "/ideas/\(idea)")
            #expect(web.status == .seeOther)
            let token = try await token(app, eva)
            let api = try await send(
                app, .POST, "/api/v1/ideas/\(idea)/comments", token: token, body: ["body": "Från API:t"])
            #expect(api.status == .created)
            let kinds = try await ActivityLog(database: app.db).entries(about: .idea, idea).map(\.kind)
            #expect(kinds == [.commentAdded, .commentAdded])

            let tooLong = String(repeating: "a", count: Comment.bodyLimit + 1)
            let webRefused = try await browser.post(
                "/ideas/\(idea)/comments", ["body": tooLong], tokenPage: "/ideas/\(idea)")
            let apiRefused = try await send(
                app, .POST, "/api/v1/ideas/\(idea)/comments", token: token, body: ["body": tooLong])
            let message = try #require(try error(apiRefused).fields?["body"])
            #expect(message.contains(NumberFormat.integer(Comment.bodyLimit, language: .sv)))
            #expect(webRefused.text.contains(message))
        }
    }

    @Test("Moderation is recorded for the moderators only; a second report by one reader is not a second event")
    func moderationActivity() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let coach = try await app.makeAccount("Coach", "coach@example.se", roles: [.coach])
            let idea = try await app.makeIdea("En idé", authorID: eva)
            let evasActions = IdeaActions(context: try await app.actionContext(for: eva))
            guard
                case .added(let comment) = try await evasActions.comment(
                    ideaID: idea, parentID: nil, body: "Något olämpligt")
            else {
                Issue.record("no comment"); return
            }
            _ = try await evasActions.report(commentID: comment.id)
            _ = try await evasActions.report(commentID: comment.id)
            let coachActions = IdeaActions(context: try await app.actionContext(for: coach))
            guard case .reasonMissing = try await coachActions.hide(commentID: comment.id, reason: "  ") else {
                Issue.record("hidden without a reason"); return
            }
            guard case .hidden = try await coachActions.hide(commentID: comment.id, reason: "Personangrepp") else {
                Issue.record("not hidden"); return
            }
            let entries = try await ActivityLog(database: app.db).entries(about: .comment, comment.id)
            #expect(entries.map(\.kind) == [.commentAdded, .commentReported, .commentHidden])
            #expect(entries.map(\.audience) == [.public, .internal, .internal])
            #expect(entries.allSatisfy { $0.context?.subject == .idea && $0.context?.id == idea })
            #expect(try await AuditEntryRecord.query(on: app.db).filter(\.$action == "comment.hidden").count() == 1)
        }
    }
}
