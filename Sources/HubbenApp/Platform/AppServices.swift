import Vapor

/// The application's services: what it keeps for its whole life, set once in `configure` and read through
/// `app.hubben` (and `Request.now` for the clock). Tests replace parts, such as the clock, after `configure`.
struct AppServices: Sendable {
    var config: AppConfig
    var assets: Assets
    /// The OpenAPI document, served as it is in the repository.
    var openAPIDocument: ByteBuffer
    var similarIdeas = SimilarIdeas()
    var supports = SupportQueue()
    var resourceCatalogue = ResourceCatalogue()
    /// Work apart from any request, awaited at shutdown (`TasksOnTheSide`).
    let tasksOnTheSide = TasksOnTheSide()
    /// What signed-in and anonymous pages share for a moment (`SharedReads`).
    var sharedReads = SharedReads(enabled: false)
    /// The one clock every request reads (`Request.now`); tests put a `TestClock` here.
    var clock: any WallClock = SystemClock()
    /// The sender and the relay (`MailService`); none in tests and in `hubben demo`.
    var mail = MailService(from: MailService.defaultSender(publicURL: nil), mailer: nil)

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
    private struct AppServicesKey: StorageKey { typealias Value = AppServices }

    var hubben: AppServices {
        get {
            guard let state = storage[AppServicesKey.self] else {
                // Only reachable if a route is served before `configure` ran: a programming error, not input.
                preconditionFailure("configure(_:config:) must run before the application serves requests")
            }
            return state
        }
        set { storage[AppServicesKey.self] = newValue }
    }
}
