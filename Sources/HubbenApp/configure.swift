import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import NIOCore
public import Vapor
import NIOFoundationEssentialsCompat

/// Builds the whole application on `app`: database, migrations, middleware, routes and commands.
/// Tests call it with the configuration they need; `HubbenMain` calls it with the environment's.
public func configure(_ app: Application, config: AppConfig) async throws {
    try await DatabaseSetup.use(config.database, on: app)
    app.migrations.add(HubbenMigrations.all)

    app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))
    app.routes.defaultMaxBodySize = "1mb"

    let assets = Assets(publicDirectory: app.directory.publicDirectory)
    guard let documentURL = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
        let document = FileManager.default.contents(atPath: documentURL.path)
    else {
        throw ConfigError.missingResource("openapi.yaml")
    }
    app.hubben = AppServices(config: config, assets: assets, openAPIDocument: ByteBuffer(data: document))
    app.hubben.mail = MailService(
        from: config.mailFrom ?? MailService.defaultSender(publicURL: config.publicURL),
        mailer: config.smtp.map { SMTPMailer(settings: $0, group: app.eventLoopGroup) })
    app.hubben.sharedReads = SharedReads(
        enabled: config.sharedReads, maximumAge: config.pageCacheMaximumAge, tasks: app.hubben.tasksOnTheSide)
    app.lifecycle.use(FinishTasksOnTheSide())
    let pageCache = config.pageCache ? PageCache(maximumAge: config.pageCacheMaximumAge) : nil
    var caches: [any Invalidatable] = []
    if let pageCache { caches.append(pageCache) }
    if let sharedReads = app.hubben.sharedReads.cache { caches.append(sharedReads) }

    // Order matters: the first is the outermost. The log line sees the final status; the language is known
    // before any error page is rendered; errors from files and routes alike become pages or JSON.
    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware(https: config.isHTTPS))
    // Public/'s files from memory, before sessions: a stylesheet costs no query, signed in or not.
    app.middleware.use(StaticFileMiddleware(assets: assets))
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(ErrorResponseMiddleware())
    app.middleware.use(SessionMiddleware())
    app.middleware.use(UnreadCountMiddleware())
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(FormInputMiddleware())
    app.middleware.use(
        WriteMiddleware(
            caches: caches, maximumAge: config.pageCacheMaximumAge, secure: config.isHTTPS))
    if let pageCache {
        app.middleware.use(PageCacheMiddleware(cache: pageCache, paths: Features.cachedPaths))
    }

    try app.register(collection: LanguageController())
    try app.register(collection: HealthController())
    for feature in Features.all { try feature.routes(app.routes) }
    try APIRoutes.register(on: app)

    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(SeedCommand(), as: "seed")
}
