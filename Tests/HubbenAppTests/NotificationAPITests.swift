import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("JSON API: notifications, preferences and following")
struct NotificationAPITests: APITestSuite {
    @Test("Follow, be told, list, mark read; preferences read and changed; everything needs a token")
    func flow() async throws {
        try await withTestApp(sharedReads: false) { app in
            let fixture = try await ProjectFixture.make(app)
            let project = try await fixture.project("Trygga stråk")
            let idea = try await app.makeIdea("Cykelbana till skolan", authorID: fixture.resident)
            let follower = try await app.makeAccount("Filip Följare", "filip@example.se")
            let token = try await token(app, follower)

            #expect(
                try await send(app, .POST, "/api/v1/ideas/\(idea)/follow", token: token).text == #"{"following":true}"#)
            #expect(try await send(app, .POST, "/api/v1/projects/\(project)/follow", token: token).status == .ok)
            #expect(try await send(app, .POST, "/api/v1/ideas/999999/follow", token: token).status == .notFound)
            #expect(try await send(app, .POST, "/api/v1/projects/999999/follow", token: token).status == .notFound)

            _ = try await IdeaActions(context: try await app.actionContext(for: fixture.coach)).comment(
                ideaID: idea, parentID: nil, body: "Vi tittar på den här.")
            _ = try await ProjectActions(context: try await app.actionContext(for: fixture.lead)).addJournalEntry(
                projectID: project,
                JournalDraft(kind: .result, title: "Resultat", body: "Det fungerade.", visibility: .public))
            try await app.runBackgroundWork(logger: app.logger)

            let listed = try await send(app, .GET, "/api/v1/me/notifications?unread=true", token: token)
            #expect(listed.status == .ok)
            let items = try #require(try JSONSerialization.jsonObject(with: Data(listed.text.utf8)) as? [[String: Any]])
            #expect(items.count == 2)
            #expect(Set(items.compactMap { $0["kind"] as? String }) == ["idea_comment", "project_update"])
            let first = try #require(items.first { $0["kind"] as? String == "idea_comment" })
            #expect(first["url"] as? String == "/ideas/\(idea)")
            #expect(first["read"] as? Bool == false)
            #expect(
                first["headline"] as? String == "Cilla Coach kommenterade ”Cykelbana till skolan”"
                    || first["headline"] != nil)
            let id = try #require(first["id"] as? Int)

            let marked = try await send(app, .POST, "/api/v1/me/notifications/read", token: token, body: ["ids": [id]])
            #expect(try object(marked)["marked"] as? Int == 1)
            let unread = try await send(app, .GET, "/api/v1/me/notifications?unread=true", token: token)
            #expect((try JSONSerialization.jsonObject(with: Data(unread.text.utf8)) as? [Any])?.count == 1)
            let all = try await send(app, .POST, "/api/v1/me/notifications/read", token: token, body: [:])
            #expect(try object(all)["marked"] as? Int == 1)

            let preferences = try await send(app, .GET, "/api/v1/me/notification-preferences", token: token)
            #expect(try object(preferences)["idea_comment"] as? String == "daily")
            let changed = try await send(
                app, .PUT, "/api/v1/me/notification-preferences", token: token,
                body: ["idea_comment": "immediately", "project_update": "never"])
            #expect(changed.status == .ok)
            let body = try object(changed)
            #expect(body["idea_comment"] as? String == "immediately")
            #expect(body["project_update"] as? String == "never")
            #expect(body["idea_status"] as? String == "daily")
            let wrong = try await send(
                app, .PUT, "/api/v1/me/notification-preferences", token: token, body: ["idea_comment": "hourly"])
            #expect(wrong.status == .unprocessableEntity)

            #expect(
                try await send(app, .DELETE, "/api/v1/projects/\(project)/follow", token: token).text
                    == #"{"following":false}"#)
            #expect(
                try await NotificationStore(database: app.db).follows(projectID: project, accountID: follower) == false)

            for (method, path) in [
                (HTTPMethod.GET, "/api/v1/me/notifications"), (.POST, "/api/v1/me/notifications/read"),
                (.GET, "/api/v1/me/notification-preferences"), (.POST, "/api/v1/projects/\(project)/follow"),
                (.DELETE, "/api/v1/ideas/\(idea)/follow"),
            ] {
                let body: [String: Any]? = method == .POST ? [:] : nil
                #expect(try await send(app, method, path, body: body).status == .unauthorized, "\(path)")
            }
        }
    }
}
