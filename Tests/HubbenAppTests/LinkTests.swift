import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import RoutingKit
import Testing
import Vapor
import VaporTesting

@Suite("Links")
struct LinkTests {
    /// Every `href` and form `action` on the pages reached from the home page, by a visitor, a coach
    /// and an administrator on the demo content, names a route the application registered (links: GET; forms:
    /// their method) or a file under Public/. A link to a renamed route fails here, not in a visitor's browser.
    @Test("Every path a page links to or posts to is a registered route")
    func everyLinkIsARoute() async throws {
        try await withTestApp { app in
            // The demo's people and organisations, and one of each kind of thing (the whole demo takes too long).
            let report = try await DemoContent.load(into: app.db, hasher: app.password) { _ in }
            let coach = try #require(report.accountIDs["coach"])
            let resident = try #require(report.accountIDs["resident"])
            let now = app.hubben.clock.now()
            let themes = try await IdeaStore(database: app.db).themes().map(\.id)
            let department = try #require(try await OrganizationStore(database: app.db).all().first?.id)
            let challenge = try await ChallengeStore(database: app.db).create(
                .init(
                    title: "Tryggare skolvägar", description: "Hur?", organizationID: department, reformGroupID: nil,
                    themeIDs: [themes[0]], openUntil: now.addingTimeInterval(30 * 86_400)), authorID: coach, now: now)
            let idea = try await IdeaStore(database: app.db).create(
                IdeaDraft(
                    title: "Cykelbana", summary: "En bana.", need: "Barn cyklar.", themeIDs: [themes[0]],
                    challengeID: challenge), authorID: resident, now: now)
            let triage = TriageStore(database: app.db)
            try await triage.change(ideaID: idea, StatusChange(to: .underReview), by: coach, now: now)
            try await triage.change(ideaID: idea, StatusChange(to: .accepted, reason: "Bra"), by: coach, now: now)
            _ = try await CommentStore(database: app.db).add(
                ideaID: idea, authorID: resident, parentID: nil, body: "Ja!", now: now)
            _ = try await app.makeIdea("Väntar på granskning", authorID: resident)
            _ = try await ProjectStore(database: app.db).create(
                ProjectDraft(
                    title: "Cykelbanan", what: "Vad vi gör", organizationIDs: [department], themeIDs: [themes[0]],
                    visibility: .public, leadID: coach, coachID: coach), ideaID: idea, createdBy: coach, now: now)
            let day = Day(now).adding(days: 10)
            _ = try await EventStore(database: app.db).create(
                EventDraft(
                    kind: .workshop, title: "Tjänstedesign", description: "En workshop.",
                    startsAt: day.at(minute: 13 * 60), endsAt: day.at(minute: 16 * 60), placeKind: "online",
                    address: "", onlineLink: "https://meet.example.se/x", capacity: 10, registrationOpensAt: nil,
                    registrationClosesAt: nil, visibility: .public, languages: [.sv], waitlistClosed: false,
                    themeIDs: [themes[0]]), createdBy: coach, now: now)
            let routes = app.routes.all.map { (method: $0.method, path: $0.path) }

            var checked = Set<String>()
            var visitedPages = 0
            for email in [nil, "coach@demo.hubben.example", "admin@demo.hubben.example"] {
                let browser = TestBrowser(app)
                if let email { try await browser.signIn(email, DemoContent.password) }
                var queue = ["/"]
                var seen = Set(queue)
                var visitedHere = 0
                while let path = queue.first, visitedHere < 40 {
                    queue.removeFirst()
                    visitedHere += 1
                    let page = try await browser.get(path)
                    guard page.status == .ok,
                        page.headers.first(name: .contentType)?.hasPrefix("text/html") == true
                    else { continue }
                    visitedPages += 1
                    for link in Self.links(in: page.text) {
                        let target = Self.path(of: link.target)
                        if checked.insert("\(link.method) \(target)").inserted {
                            #expect(
                                Self.isServed(target, method: link.method, routes: routes),
                                "\(path) links to \(link.method) \(target), which no route serves")
                        }
                        if link.method == .GET, !target.hasPrefix("/api"), !target.hasPrefix("/language"),
                            !Self.isFile(target), seen.insert(target).inserted
                        {
                            queue.append(target)
                        }
                    }
                }
            }
            // The matcher itself: a path no route serves is caught, a parameter segment matches.
            #expect(!Self.isServed("/ideas/1/no-such-action", method: .GET, routes: routes))
            #expect(!Self.isServed("/ideas/1/support", method: .GET, routes: routes))
            #expect(Self.isServed("/ideas/1/support", method: .POST, routes: routes))
            #expect(visitedPages > 40)
            #expect(checked.count > 60)
        }
    }

    struct Link {
        var method: HTTPMethod
        var target: String
    }

    /// Site-relative `href`s (GET) and form actions (their method, POST by default in our forms).
    static func links(in html: String) -> [Link] {
        var links: [Link] = []
        for match in html.matches(of: /<a\b[^>]*\bhref="(\/[^"]*)"/) {
            links.append(Link(method: .GET, target: String(match.1)))
        }
        for match in html.matches(of: /<form\b([^>]*)>/) {
            let attributes = String(match.1)
            guard let action = attributes.firstMatch(of: /\baction="(\/[^"]*)"/)?.1 else { continue }
            let method: HTTPMethod = attributes.contains("method=\"get\"") ? .GET : .POST
            links.append(Link(method: method, target: String(action)))
        }
        return links
    }

    static func path(of target: String) -> String {
        let unescaped = target.replacingOccurrences(of: "&amp;", with: "&")
        return String(unescaped.prefix { $0 != "?" && $0 != "#" })
    }

    static func isFile(_ path: String) -> Bool {
        ["/css/", "/images/", "/js/"].contains { path.hasPrefix($0) }
    }

    static func isServed(_ path: String, method: HTTPMethod, routes: [(method: HTTPMethod, path: [PathComponent])])
        -> Bool
    {
        if isFile(path) { return FileManager.default.fileExists(atPath: "Public" + path) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return routes.contains { route in
            guard route.method == method else { return false }
            if route.path.last == .catchall { return route.path.count - 1 <= segments.count }
            guard route.path.count == segments.count else { return false }
            return zip(route.path, segments).allSatisfy { component, segment in
                switch component {
                case .constant(let value): value == segment
                case .parameter: true
                case .anything, .catchall: true
                }
            }
        }
    }
}
