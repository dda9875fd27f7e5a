import OpenAPIRuntime
import OpenAPIVapor
import Vapor

/// The JSON API at `/api/v1`, implementing the protocol generated from `openapi.yaml`.
struct APIHandler: APIProtocol {
    let app: Application

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        let healthy = await DatabaseHealth.isReachable(app.db, logger: app.logger)
        if healthy {
            return .ok(.init(body: .json(.init(status: .ok, database: .ok))))
        }
        return .serviceUnavailable(.init(body: .json(.init(status: .unavailable, database: .unavailable))))
    }
}

enum APIRoutes {
    static func register(on app: Application) throws {
        // The spec's server URL (`/api/v1`) prefixes every generated route.
        let transport = VaporTransport(routesBuilder: app)
        try APIHandler(app: app).registerHandlers(on: transport, serverURL: Servers.Server1.url())
        app.get("api", "v1", "openapi.yaml") { req -> Response in
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "application/yaml; charset=utf-8")
            headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
            return Response(status: .ok, headers: headers, body: .init(buffer: req.application.hubben.openAPIDocument))
        }
    }
}
