import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
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

@Suite("The sitemap: every public page, nothing internal, well-formed")
struct SitemapTests {
    @Test("The index names one file per kind; each lists the public pages of its kind with their last change")
    func sitemap() async throws {
        try await withTestApp { app in
            let hub = try await ProjectFixture.make(app)
            let open = try await hub.project("Digital felanmälan")
            let hidden = try await hub.project("Intern utredning", visibility: .internal)
            let post = try await makeNewsPost(app, "Hubben öppnar", now: Date().addingTimeInterval(-60))
            let draft = try await makeNewsPost(app, "Utkast", status: .draft)
            let index = try await TestBrowser(app).get("/sitemap.xml")
            #expect(
                index.status == .ok && index.headers.first(name: .contentType)?.hasPrefix("application/xml") == true)
            #expect(index.text.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
            for name in ["pages-1", "ideas-1", "projects-1", "news-1", "events-1", "partners-1", "reform-groups-1"] {
                #expect(index.text.contains("/sitemaps/\(name).xml</loc>"), "\(name)")
                let file = try await TestBrowser(app).get("/sitemaps/\(name).xml")
                #expect(file.status == .ok, "\(name)")
                #expect(XMLParser(data: Data(file.text.utf8)).parse(), "\(name) is not well-formed")
            }
            let projects = try await TestBrowser(app).get("/sitemaps/projects-1.xml").text
            #expect(projects.contains("/projects/\(open)</loc><lastmod>") && !projects.contains("/projects/\(hidden)<"))
            let news = try await TestBrowser(app).get("/sitemaps/news-1.xml").text
            #expect(news.contains("/news/\(post)</loc>") && !news.contains("/news/\(draft)<"))
            #expect(try await TestBrowser(app).get("/sitemaps/projects-2.xml").status == .notFound)
            #expect(try await TestBrowser(app).get("/sitemaps/secrets-1.xml").status == .notFound)
            #expect(try await TestBrowser(app).get("/sitemaps/projects-99999999999999999999.xml").status == .notFound)
            let robots = try await TestBrowser(app).get("/robots.txt")
            #expect(robots.text.contains("Sitemap: ") && robots.text.contains("/sitemap.xml"))
        }
    }
}
