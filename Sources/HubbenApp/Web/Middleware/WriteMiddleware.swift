import Vapor

/// After every successful state-changing request: empties this instance's caches (the page cache, the shared
/// reads) at once, and tells the browser, with a cookie that lives as long as a cached value may, that it has
/// just written. Its next requests then skip every cache, whichever instance of the site they reach, so
/// that nobody misses their own change; everyone else sees it within the caches' bound (2 s).
struct WriteMiddleware: AsyncMiddleware {
    static let cookieName = "hubben_wrote"

    let caches: [any Invalidatable]
    let maximumAge: TimeInterval
    let secure: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard
            (request.method != .GET && request.method != .HEAD && request.method != .OPTIONS)
                || request.storage[WroteOnGETKey.self] == true,
            response.status.code < 400
        else { return response }
        for cache in caches { cache.invalidate() }
        if request.headers[.authorization].isEmpty {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: "1", maxAge: Int(maximumAge.rounded(.up)), path: "/", isSecure: secure, isHTTPOnly: true,
                sameSite: .lax)
        }
        return response
    }
}

private struct WroteOnGETKey: StorageKey { typealias Value = Bool }

extension Request {
    /// For the rare GET that changes something of the person's own (opening a notification marks it read):
    /// treated as a write, so that their next pages read fresh.
    func noteWrite() { storage[WroteOnGETKey.self] = true }
}
