import Crypto
import Foundation
import Vapor

/// CSRF protection for every state-changing form. A signed-in person's token belongs to their session (in the
/// database); before sign-in, a random token in a `SameSite=Strict` cookie is compared with the form field
/// (double submit). A request without a matching token is refused with 403 and changes nothing.
enum CSRF {
    static let fieldName = "csrf_token"
    static let cookieName = "hubben_csrf"
    /// Where a route that takes a larger form keeps its limit (`Route.userInfo`).
    static let bodyLimitKey = "hubben.formBodyLimit"

    private struct NewCookieKey: StorageKey { typealias Value = String }

    /// The token to put in a form on this page.
    static func token(for request: Request) -> String {
        if let session = request.browserSession { return session.csrfToken }
        if let existing = request.requestCookies[cookieName]?.string, existing.count >= 32 { return existing }
        if let fresh = request.storage[NewCookieKey.self] { return fresh }
        let fresh = SecretToken.generate()
        request.storage[NewCookieKey.self] = fresh
        return fresh
    }

    /// Whether this request's page handed out a new anonymous token (such a page is personal: never cached).
    static func handedOutToken(_ request: Request) -> Bool {
        request.storage[NewCookieKey.self] != nil
    }

    static func isValid(_ request: Request) -> Bool {
        guard let sent = try? request.content.get(String.self, at: fieldName), !sent.isEmpty else { return false }
        let expected = request.browserSession?.csrfToken ?? request.requestCookies[cookieName]?.string ?? ""
        guard !expected.isEmpty else { return false }
        return Data(sent.utf8).withUnsafeBytes { sentBytes in
            Data(expected.utf8).withUnsafeBytes { expectedBytes in
                safeCompare(sentBytes, expectedBytes)
            }
        }
    }

    private static func safeCompare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<a.count { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    /// Sets the anonymous token's cookie when a page handed one out.
    static func attachCookie(to response: Response, for request: Request) {
        guard let fresh = request.storage[NewCookieKey.self] else { return }
        response.cookies[cookieName] = HTTPCookies.Value(
            string: fresh, maxAge: 24 * 3600, path: "/", isSecure: request.application.hubben.config.isHTTPS,
            isHTTPOnly: true, sameSite: .strict
        )
    }
}

/// Refuses every state-changing browser request (outside `/api/`, which uses bearer tokens) without a valid
/// CSRF token, and sets the anonymous token cookie on responses that handed one out.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let changesState = ![.GET, .HEAD, .OPTIONS].contains(request.method)
        // One-click unsubscribe (RFC 8058) is posted by a mail program without cookies: its signed token is
        // the secret, and it can only stop mail.
        let isAPI =
            request.url.path.hasPrefix("/api/") || request.url.path.hasPrefix(NotificationPaths.unsubscribePrefix)
        if changesState, !isAPI {
            // A browser's body often arrives in several reads, and routes collect theirs only after the
            // middleware: read it whole (within the routes' limit) before looking for the token in it.
            // A route may take a larger form (`post(_:bodyLimit:use:)`, a form with a file): for someone signed in.
            let larger = request.account == nil ? nil : request.route?.userInfo[CSRF.bodyLimitKey] as? Int
            let limit = larger ?? request.application.routes.defaultMaxBodySize.value
            try await request.collectBody(max: limit)
        }
        if changesState, !isAPI, !CSRF.isValid(request) {
            request.logger.notice("csrf token missing or wrong", metadata: ["path": .string(request.url.path)])
            throw Abort(.forbidden, reason: "csrf")
        }
        let response = try await next.respond(to: request)
        CSRF.attachCookie(to: response, for: request)
        return response
    }
}

extension Request {
    /// Reads the whole body before a middleware looks into it, refusing with 413 past `max` bytes (whether it
    /// arrives as a stream or was handed over in one piece).
    func collectBody(max: Int) async throws {
        _ = try await body.collect(max: max).get()
        if let collected = body.data, collected.readableBytes > max { throw Abort(.payloadTooLarge) }
    }
}
