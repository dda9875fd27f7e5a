import Vapor

enum HTMLResponse {
    static func make(_ page: Page, for request: Request, status: HTTPResponseStatus = .ok, headers: HTTPHeaders = [:]) -> Response {
        var currentPath = request.url.path
        if let query = request.url.query, !query.isEmpty { currentPath += "?" + query }
        let context = PageContext(t: request.t, currentPath: currentPath, assets: request.application.hubben.assets,
                                  account: request.account, csrfToken: request.browserSession?.csrfToken)
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        if request.account != nil {
            // A page for one person must never be kept by a shared cache.
            headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        }
        return Response(status: status, headers: headers, body: .init(string: Layout.render(page, in: context)))
    }
}

/// What the application keeps for its whole life, set once in `configure`.
struct HubbenState: Sendable {
    var config: AppConfig
    var assets: Assets
    /// The OpenAPI document, served as it is in the repository.
    var openAPIDocument: ByteBuffer
    var similarIdeas = SimilarIdeas()
    var supports = SupportQueue()
    /// The one clock every request reads (`Request.now`); tests put a `TestClock` here.
    var clock: any WallClock = SystemClock()

    /// Where absolute links (feeds, messages) point: the configured public URL, otherwise the address this
    /// server listens on. Never the request's `Host` header, which any client can set, and which the page cache
    /// would then hand to everyone else.
    func absoluteBaseURL(_ app: Application) -> String {
        if let url = config.publicURL?.absoluteString { return url.hasSuffix("/") ? String(url.dropLast()) : url }
        let server = app.http.server.configuration
        return "http://\(server.hostname):\(server.port)"
    }
}

extension Application {
    private struct HubbenStateKey: StorageKey { typealias Value = HubbenState }

    var hubben: HubbenState {
        get {
            guard let state = storage[HubbenStateKey.self] else {
                // Only reachable if a route is served before `configure` ran: a programming error, not input.
                preconditionFailure("configure(_:config:) must run before the application serves requests")
            }
            return state
        }
        set { storage[HubbenStateKey.self] = newValue }
    }
}
