import HubbenCore
import Vapor
import Fluent

extension Request {
    private struct AccountKey: StorageKey { typealias Value = Account }
    private struct SessionKey: StorageKey { typealias Value = SessionStore.Session }

    /// The signed-in account, if any (set by `SessionMiddleware` or, for the API, `BearerTokenMiddleware`).
    var account: Account? {
        get { storage[AccountKey.self] }
        set { storage[AccountKey.self] = newValue }
    }

    var browserSession: SessionStore.Session? {
        get { storage[SessionKey.self] }
        set { storage[SessionKey.self] = newValue }
    }

    var actor: Actor { account?.actor ?? .anonymous }

    private struct CookiesKey: StorageKey { typealias Value = HTTPCookies }

    /// The request's cookies, parsed once. Vapor's `cookies` parses the header anew on every read, and a
    /// signed-in page reads it several times (the session, the language, the CSRF token, each shared read's
    /// freshness): 10 % of a signed-in request before.
    var requestCookies: HTTPCookies {
        if let parsed = storage[CookiesKey.self] { return parsed }
        let parsed = cookies
        storage[CookiesKey.self] = parsed
        return parsed
    }

    /// Throws 403 unless the domain's policy allows `action` (404 where `hiding` is set, so that existence
    /// does not leak).
    func authorize(_ action: some PolicyAction, hiding: Bool = false) throws {
        guard Authorization.allows(actor, action) else {
            throw Abort(hiding ? .notFound : .forbidden)
        }
    }

    /// The signed-in account, or a redirect to the sign-in page that comes back here.
    func requireAccount() throws -> Account {
        guard let account else { throw Abort.redirect(to: signInPath, redirectType: .normal) }
        return account
    }

    /// A mailed link's secret from the path (`:token`), cut to a length no real token exceeds.
    func tokenParameter() -> String { String((parameters.get("token") ?? "").prefix(200)) }

    /// The path's `id` (or `name`) as a number; 404 when it is missing or not one.
    func idParameter(_ name: String = "id") throws -> Int {
        guard let id = parameters.get(name, as: Int.self) else { throw Abort(.notFound) }
        return id
    }

    /// The sign-in page, coming back to this path afterwards.
    var signInPath: String { HTMLAttribute.pathWithQuery(AccountPaths.signIn(), ["next": url.path]) }

    /// The time of the application's clock (`AppServices.clock`), never `Date()` directly.
    var now: Date { application.hubben.clock.now() }
}

/// Loads the browser session named by the session cookie and the account it belongs to.
struct SessionMiddleware: AsyncMiddleware {
    static let cookieName = "hubben_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // The API authenticates with bearer tokens only: a cookie never signs an API request in.
        if !request.url.path.hasPrefix("/api/"), let token = request.requestCookies[Self.cookieName]?.string,
            !token.isEmpty
        {
            if let (session, account) = try await SessionStore(database: request.db).signedIn(
                token: token, now: request.now)
            {
                request.browserSession = session
                request.account = account
                // The visitor's own language choice, once signed in, follows the account.
                if request.requestCookies[LanguageController.cookieName] == nil {
                    request.language = account.language
                }
            }
        }
        return try await next.respond(to: request)
    }

    static func cookie(_ token: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token, expires: nil, maxAge: Int(SessionLifetime.standard.absolute), path: "/",
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    static var expired: HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
    }
}

extension Request {
    /// The client's address: the socket's peer, or what a trusted proxy (`HUBBEN_TRUSTED_PROXIES`) says.
    var clientAddress: IPAddress? {
        ClientAddress.resolve(
            peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor],
            forwarded: headers[.forwarded], trustedProxies: application.hubben.config.trustedProxies)
    }
}
