import HubbenCore
import Vapor
import Fluent

/// The public pages that are not part of a feature: home, about, accessibility, personal data.
struct InformationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(InformationPaths.home, use: home)
        routes.get(InformationPaths.about) { req in HTMLResponse.make(InformationPages.about(req.t), for: req) }
        routes.get(InformationPaths.accessibility) { req in
            HTMLResponse.make(InformationPages.accessibility(req.t), for: req)
        }
        routes.get(InformationPaths.privacy) { req in HTMLResponse.make(InformationPages.privacy(req.t), for: req) }
        routes.get(InformationPaths.sitemap, use: sitemap)
        routes.get(InformationPaths.robots) { req in
            let base = req.application.hubben.absoluteBaseURL(req.application)
            return Response(
                status: .ok, headers: ["Content-Type": "text/plain; charset=utf-8"],
                body: .init(
                    string:
                        "User-agent: *\nDisallow: /admin/\nDisallow: /account\nDisallow: /api/\nSitemap: \(base)/sitemap.xml\n"
                ))
        }
        routes.get(InformationPaths.sitemapFile, use: sitemapFile)
    }

    func sitemap(req: Request) async throws -> Response {
        let xml = try await Sitemap.index(
            try req.db.sql, base: req.application.hubben.absoluteBaseURL(req.application), now: req.now)
        return Response(
            status: .ok, headers: ["Content-Type": "application/xml; charset=utf-8"], body: .init(string: xml))
    }

    func sitemapFile(req: Request) async throws -> Response {
        guard
            let xml = try await Sitemap.file(
                String((req.parameters.get("name") ?? "").prefix(60)), try req.db.sql,
                base: req.application.hubben.absoluteBaseURL(req.application), now: req.now)
        else { throw Abort(.notFound) }
        return Response(
            status: .ok, headers: ["Content-Type": "application/xml; charset=utf-8"], body: .init(string: xml))
    }

    func home(req: Request) async throws -> Response {
        // The same for everyone: what is public, counted as the projects' board and the insights count it.
        let home = try await req.sharedPage("home") {
            let db = req.db
            let now = req.now
            var overview = try await OrganizationStore(database: db).overview()
            let latest = try await IdeaStore(database: db).list(.init(per: 5))
            overview.ideaCount = latest.total
            overview.latestIdeas = latest.ideas
            var upcoming = EventStore.Filter()
            upcoming.per = 3
            let live = HomePage.Live(
                overview: overview,
                phaseCounts: try await ProjectStore(database: db).counts(ProjectFilter(), scope: .publicOnly),
                results: try await ProjectStore(database: db).publicFeed(limit: 4),
                events: try await EventStore(database: db).events(upcoming, now: now).events,
                challenges: Array(
                    try await ChallengeStore(database: db).all(now: now).filter { $0.isOpen(at: now) }.prefix(3)),
                news: try await NewsStore(database: db).latest(now: now, limit: 3))
            return HomePage.page(live, req.t)
        }
        return HTMLResponse.make(home, for: req)
    }
}
