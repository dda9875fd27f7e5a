@testable import HubbenApp
import Testing
import VaporTesting

@Suite("Health")
struct HealthTests {
    @Test("GET /healthz answers ok when the database answers")
    func healthy() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/healthz")
            #expect(response.status == .ok)
            let body = try response.content.decode(HealthController.Health.self)
            #expect(body == .init(status: "ok", database: "ok"))
            #expect(response.headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test("GET /api/v1/health has the same body as /healthz")
    func apiHealthy() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/health")
            #expect(response.status == .ok)
            let body = try response.content.decode(HealthController.Health.self)
            #expect(body == .init(status: "ok", database: "ok"))
        }
    }

    @Test("Both health routes answer 503 with database unavailable when the database cannot be reached")
    func unreachable() async throws {
        // A real PostgreSQL client pointed at a port where nothing listens.
        let nowhere = AppConfig.Database.postgres(url: "postgres://hubben:secret@127.0.0.1:9/hubben")
        try await withTestApp(migrate: false, database: nowhere) { app in
            for path in ["/healthz", "/api/v1/health"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .serviceUnavailable, "\(path)")
                let body = try response.content.decode(HealthController.Health.self)
                #expect(body.database == "unavailable", "\(path)")
            }
        }
    }

    @Test("The OpenAPI document is served as it is in the repository")
    func openAPIDocument() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/openapi.yaml")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.hasPrefix("application/yaml") == true)
            let onDisk = try String(contentsOfFile: "openapi.yaml", encoding: .utf8)
            #expect(response.text == onDisk)
        }
    }
}
