import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

@Suite("One search: every kind, the ideas section's hits, nothing the person may not see")
struct SearchTests: APITestSuite {
    @Test("The global search filtered to ideas gives the ideas section's hits in its order, on this database")
    func parityWithTheIdeasSection() async throws {
        try await withTestApp { app in
            let author = try await app.makeAccount("Eva", "eva@example.se")
            let texts = [
                ("Cykelbanor vid skolan", "Fler cyklar behöver säkra vägar."),
                ("Cykelpool för anställda", "Lånecyklar till stadens anställda."),
                ("Parkbänkar", "Fler bänkar i parken, nära cykelställen."),
                ("Belysning i tunneln", "Mörkt på kvällen."),
            ]
            for (index, (title, summary)) in texts.enumerated() {
                _ = try await app.makeIdea(
                    title, summary: summary, authorID: author, at: Date().addingTimeInterval(Double(index)))
            }
            for word in ["cykel", "cyklar", "bänk", "saknas"] {
                var section = IdeaStore.ListQuery()
                section.text = word
                section.sort = .relevance
                section.per = SearchActions.pageSize
                let expected = try await IdeaStore(database: app.db).list(section)
                let global = try await SearchActions(context: try await app.actionContext(for: nil)).search(
                    word, kind: .ideas)
                #expect(global.groups.first?.hits.map(\.id) == expected.ideas.map(\.id), "\(word)")
                #expect(global.groups.first?.total == expected.total, "\(word)")
            }
            // The web pages agree: the idea search's hits are the search page's, and its count too.
            let page = try await TestBrowser(app).get("/search?q=cyklar&kind=ideas")
            let section = try await TestBrowser(app).get("/ideas?q=cyklar")
            for (title, _) in texts.prefix(3) {
                #expect(page.text.contains(title) == section.text.contains(title), "\(title)")
            }
        }
    }

    @Test("Every kind is found, grouped with its count; internal projects and events and unpublished news are not")
    func everyKindAndVisibility() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let author = try await app.makeAccount("Eva", "eva@example.se")
            _ = try await app.makeIdea("Solpaneler på skolan", authorID: author)
            _ = try await hub.project("Solpaneler på taket")
            _ = try await hub.project("Intern solpanelsutredning", visibility: .internal)
            let events = try await EventFixture.make(app)
            _ = try await events.event(events.draft(title: "Solpanelsdagen"))
            _ = try await events.event(events.draft(title: "Intern solpanelsgenomgång", visibility: .internal))
            // The event fixture sets the clock.
            let now = app.hubben.clock.now()
            try await makeNewsPost(app, "Solpaneler monterade", now: now.addingTimeInterval(-60))
            try await makeNewsPost(app, "Solpaneler i utkast", status: .draft, now: now)
            try await makeNewsPost(
                app, "Solpaneler i framtiden", publishAt: now.addingTimeInterval(86_400), now: now)
            _ = try await OrganizationStore(database: app.db).create(
                name: "Solkraft AB", kind: .partner, description: "Solpaneler och batterier.")
            _ = try await OrganizationStore(database: app.db).createReformGroup(
                name: "Energi", theme: .integration, description: "Hur staden får fler solpaneler.")

            let anonymous = try await SearchActions(context: try await app.actionContext(for: nil)).search("solpanel")
            let found = Dictionary(uniqueKeysWithValues: anonymous.groups.map { ($0.kind, $0) })
            #expect(found[.ideas]?.total == 1 && found[.projects]?.total == 1 && found[.events]?.total == 1)
            #expect(found[.news]?.total == 1 && found[.partners]?.total == 1 && found[.reformGroups]?.total == 1)
            #expect(found[.news]?.hits.first?.title == "Solpaneler monterade")
            let titles = anonymous.groups.flatMap(\.hits).map(\.title)
            #expect(!titles.contains { $0.hasPrefix("Intern") || $0.contains("utkast") || $0.contains("framtiden") })

            let coach = try await SearchActions(context: try await app.actionContext(for: hub.coach)).search("solpanel")
            let coachFound = Dictionary(uniqueKeysWithValues: coach.groups.map { ($0.kind, $0) })
            #expect(coachFound[.projects]?.total == 2 && coachFound[.events]?.total == 2)
            #expect(coachFound[.news]?.total == 1, "unpublished news is found on the news pages, not in search")

            // The page: the box in the header, the counts as filters, the hits as links.
            let page = try await TestBrowser(app).get("/search?q=solpaneler")
            #expect(page.status == .ok && page.text.contains("id=\"site-search\""))
            #expect(page.text.contains("/search?kind=projects&amp;q=solpaneler") && page.text.contains("Projekt (1)"))
            #expect(!page.text.contains("Intern solpanelsutredning"))
            let projects = try await TestBrowser(app).get("/search?q=solpaneler&kind=projects")
            #expect(projects.text.contains("Solpaneler på taket") && !projects.text.contains("Solpanelsdagen"))
        }
    }

    @Test("The method toolbox is found by its Swedish and its English words, shown in the reader's language")
    func methods() async throws {
        try await withTestApp(sharedReads: false) { app in
            let hub = try await ProjectFixture.make(app)
            let anonymous = SearchActions(context: try await app.actionContext(for: nil))
            let swedish = try await anonymous.search("intervjuer", kind: .methods)
            #expect(swedish.groups.first?.hits.first?.slug == "interviews")
            #expect(swedish.groups.first?.hits.first?.title == "Intervjuer")
            let english = try await anonymous.search("interviews", kind: .methods, language: .en)
            #expect(english.groups.first?.hits.first.map(SearchActions.path) == "/methods/interviews")
            #expect(english.groups.first?.hits.first?.title == "Interviews")
            // A coach's edit is found at once.
            let method = try #require(try await MethodStore(database: app.db).method(slug: "fake_door"))
            var draft = method.draft
            draft.swedish.example = "Skolskjutsen provade med en sida om zebrafinkar."
            let saved = try await MethodActions(context: try await app.actionContext(for: hub.coach)).update(
                "fake_door", draft)
            guard case .saved = saved else {
                Issue.record("the method was not saved: \(saved)")
                return
            }
            let found = try await anonymous.search("zebrafinkar")
            #expect(found.groups.first { $0.kind == .methods }?.hits.map(\.slug) == ["fake_door"])
            let page = try await TestBrowser(app).get("/search?q=zebrafinkar")
            #expect(page.text.contains("href=\"/methods/fake_door\"") && page.text.contains("Metoder (1)"))
            let api = try object(try await send(app, .GET, "/api/v1/search?q=zebrafinkar&kind=methods"))
            let hit = try #require(((api["groups"] as? [[String: Any]])?.first?["hits"] as? [[String: Any]])?.first)
            #expect(
                (hit["url"] as? String)?.hasSuffix("/methods/fake_door") == true && hit["kind"] as? String == "methods")
        }
    }

    @Test("The API: grouped hits with urls, one kind paged, each bad parameter named")
    func api() async throws {
        try await withTestApp { app in
            let author = try await app.makeAccount("Eva", "eva@example.se")
            for number in 1...25 {
                _ = try await app.makeIdea("Trygg skolväg \(number)", authorID: author)
            }
            let all = try object(try await send(app, .GET, "/api/v1/search?q=skolv%C3%A4g"))
            #expect(all["total"] as? Int == 25)
            let groups = try #require(all["groups"] as? [[String: Any]])
            #expect(groups.count == SearchKind.allCases.count)
            let ideas = try #require(groups.first { $0["kind"] as? String == "ideas" })
            #expect((ideas["hits"] as? [[String: Any]])?.count == SearchActions.previewSize)
            #expect(((ideas["hits"] as? [[String: Any]])?.first?["url"] as? String)?.contains("/ideas/") == true)
            let second = try object(try await send(app, .GET, "/api/v1/search?q=skolv%C3%A4g&kind=ideas&page=2"))
            #expect(((second["groups"] as? [[String: Any]])?.first?["hits"] as? [[String: Any]])?.count == 5)
            #expect(try await send(app, .GET, "/api/v1/search?q=x&kind=nothing").status == .badRequest)
            #expect(try await send(app, .GET, "/api/v1/search?q=x&page=0").status == .badRequest)
            #expect(try await send(app, .GET, "/api/v1/search").status == .badRequest)
            let long = String(repeating: "a", count: 201)
            #expect(try await send(app, .GET, "/api/v1/search?q=\(long)").status == .badRequest)
        }
    }
}
