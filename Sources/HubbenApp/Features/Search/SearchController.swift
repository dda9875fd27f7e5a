import Foundation
import HubbenCore
import Vapor

/// The one search on the web (`/search`): the same for everyone who may see the same things, so an anonymous
/// visitor's answer is cached.
struct SearchController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SearchPaths.search, use: search)
    }

    func search(req: Request) async throws -> Response {
        let text = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        let kind = req.query[String.self, at: "kind"].flatMap(SearchKind.init(rawValue:))
        let page = req.query[Int.self, at: "page"] ?? 1
        let results = try await SearchActions(context: req.actionContext).search(
            text, kind: kind, page: page, language: req.t.language)
        return HTMLResponse.make(SearchPages.results(results, req.t), for: req)
    }
}
