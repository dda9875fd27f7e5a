import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("The home page: the hub's live state, counted as the board counts it")
struct HomePageTests {
    @Test("Projects per phase link to their columns; the latest results, next events, open challenges and news")
    func liveState() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            _ = try await hub.project("Digital felanmälan")
            _ = try await hub.project("Intern utredning", visibility: .internal)
            let events = try await EventFixture.make(app)
            _ = try await events.event(events.draft(title: "Demodag i mars"))
            _ = try await events.event(events.draft(title: "Internt möte", visibility: .internal))
            try await makeNewsPost(app, "Hubben öppnar", now: app.hubben.clock.now().addingTimeInterval(-60))
            let home = try await TestBrowser(app).get("/")
            #expect(home.status == .ok)
            // One public project in its first phase: the same count as the board's.
            #expect(
                home.text.contains(
                    "<a href=\"/projects?phase=need_insight\"><span class=\"count-number\">1</span> Behovsinsikt</a>"))
            let board = try await TestBrowser(app).get("/projects")
            #expect(board.text.contains("<span class=\"count-number\">1</span> Behovsinsikt"))
            #expect(home.text.contains("Demodag i mars") && !home.text.contains("Internt möte"))
            #expect(home.text.contains("Hubben öppnar") && home.text.contains("href=\"/interest\""))
            #expect(home.text.contains("href=\"/ideas/new\"") && home.text.contains("href=\"/book\""))
        }
    }
}
