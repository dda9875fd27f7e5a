import Vapor

extension Request {
    private struct RequestIDKey: StorageKey { typealias Value = String }

    /// The id that ties this request's log lines together; also sent back as `X-Request-Id`.
    var requestID: String {
        get { storage[RequestIDKey.self] ?? id }
        set { storage[RequestIDKey.self] = newValue }
    }
}

/// One log line per request, after the response: method, path (never the query, which may carry what a
/// person typed), status and duration, tagged with the request id. Replaces Vapor's line-before-the-work.
///
/// What operators need at the default level: every server error, every refused or failed request, and
/// every slow one. Plain successes are logged at `debug` (`LOG_LEVEL=debug` gives the full access log):
/// writing a line for each cost about 30–40 µs of a 100–170 µs request (docs/PERFORMANCE.md).
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let id = Self.acceptableID(request.headers.first(name: .xRequestId)) ?? UUID().uuidString
        request.requestID = id
        request.logger[metadataKey: "request-id"] = .string(id)

        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            // The error middleware answers every error; this is the last resort if it could not.
            request.logger.error(
                "request failed before a response", metadata: ["error": .string(String(reflecting: type(of: error)))])
            throw error
        }
        response.headers.replaceOrAdd(name: .xRequestId, value: id)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let level = Self.level(status: response.status.code, milliseconds: milliseconds)
        if request.logger.logLevel <= level {
            request.logger.log(
                level: level, "\(request.method) \(request.url.path) \(response.status.code)",
                metadata: [
                    "duration_ms": .string(String(format: "%.2f", milliseconds))
                ])
        }
        return response
    }

    /// Server errors and slow requests stand out; refused requests are kept; plain successes are detail.
    static let slow: Double = 500

    static func level(status: UInt, milliseconds: Double) -> Logger.Level {
        if status >= 500 { return .error }
        if milliseconds >= slow { return .warning }
        if status >= 400 { return .info }
        return .debug
    }

    /// A caller's request id is kept only when it is short and plain (a load balancer's id), never free text.
    static func acceptableID(_ value: String?) -> String? {
        guard let value, (1...64).contains(value.count),
            value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") })
        else { return nil }
        return value
    }
}
