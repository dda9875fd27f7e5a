import Foundation
@testable import HubbenApp
import Logging
import NIOConcurrencyHelpers
import Testing
import VaporTesting

@Suite("Logs and error pages")
struct ObservabilityTests {
    @Test("JSON logs: one object per line with level, message and the request id")
    func jsonLines() throws {
        let lines = NIOLockedValueBox<[Data]>([])
        var logger = Logger(label: "hubben.test") { label in
            JSONLogHandler(label: label, logLevel: .info) { data in lines.withLockedValue { $0.append(data) } }
        }
        logger[metadataKey: "request-id"] = "abc-123"
        logger.debug("not written: below the level")
        logger.info("GET /about 200", metadata: ["duration_ms": "1.20"])

        let written = lines.withLockedValue { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.last == 0x0A)
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: String])
        #expect(object["level"] == "info")
        #expect(object["message"] == "GET /about 200")
        #expect(object["request-id"] == "abc-123")
        #expect(object["duration_ms"] == "1.20")
        #expect(object["time"] != nil)
    }

    @Test("An unexpected error becomes a 500 page in the visitor's language, with a reference and no internals")
    func serverErrorPage() async throws {
        struct Boom: Error, CustomStringConvertible { var description: String { "secret internal detail" } }
        try await withTestApp { app in
            let request = Request(
                application: app, method: .GET, url: "/", headers: ["Accept-Language": "en"],
                on: app.eventLoopGroup.next())
            request.requestID = "ref-42"
            let page = ErrorResponseMiddleware().response(for: Boom(), to: request)
            #expect(page.status == .internalServerError)
            let html = page.body.string ?? ""
            #expect(html.contains("<h1>Something went wrong</h1>"))
            #expect(html.contains("ref-42"))
            #expect(!html.contains("secret internal detail"))

            let api = Request(application: app, method: .GET, url: "/api/v1/health", on: app.eventLoopGroup.next())
            let json = ErrorResponseMiddleware().response(for: Boom(), to: api)
            let body = try JSONDecoder().decode(APIErrorBody.self, from: Data((json.body.string ?? "").utf8))
            #expect(body.error.code == "internal_error")
            #expect(body.error.message == "Ett fel uppstod hos oss. Försök igen om en stund.")
        }
    }
}
