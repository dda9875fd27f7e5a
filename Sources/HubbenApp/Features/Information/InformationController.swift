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
    }

    func home(req: Request) async throws -> Response {
        let home = try await req.sharedPage("home") {
            var overview = try await OrganizationStore(database: req.db).overview()
            let latest = try await IdeaStore(database: req.db).list(.init(per: 5))
            overview.ideaCount = latest.total
            overview.latestIdeas = latest.ideas
            return HomePage.page(overview, req.t)
        }
        return HTMLResponse.make(home, for: req)
    }
}
