import Fluent
import SQLKit
import Vapor

/// `GET /healthz`: whether this instance can reach its database. Load balancers poll it.
struct HealthController: RouteCollection {
    struct Health: Content, Equatable {
        let status: String
        let database: String
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz") { req async -> Response in
            let healthy = await DatabaseHealth.isReachable(req.db, logger: req.logger)
            let body = Health(status: healthy ? "ok" : "unavailable", database: healthy ? "ok" : "unavailable")
            let response = Response(status: healthy ? .ok : .serviceUnavailable)
            response.headers.cacheControl = .init(noStore: true)
            try? response.content.encode(body)
            return response
        }
    }
}

enum DatabaseHealth {
    /// Runs the cheapest real query. Any failure counts as unreachable; the reason goes to the log only.
    static func isReachable(_ database: any Database, logger: Logger) async -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        do {
            try await sql.raw("SELECT 1").run()
            return true
        } catch {
            logger.warning(
                "database health check failed", metadata: ["error": .string(String(reflecting: type(of: error)))])
            return false
        }
    }
}
