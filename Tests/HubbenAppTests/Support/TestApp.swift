import Fluent
import FluentPostgresDriver
import Foundation
@testable import HubbenApp
import Logging
import Testing
import VaporTesting

/// A fresh database for one test: a new SQLite file in a temporary folder, or — when `DATABASE_URL` is
/// set — a new PostgreSQL database on that server, dropped afterwards. Tests run in parallel safely. A migrated
/// one is a copy of a template migrated once per test run (SQLite: the file copied; PostgreSQL:
/// `CREATE DATABASE … TEMPLATE …`), so that no test pays for running every migration.
struct TestDatabase {
    let config: AppConfig.Database
    private let cleanup: @Sendable () async throws -> Void

    static var usesPostgres: Bool { !(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty }

    static func make(migrated: Bool) async throws -> TestDatabase {
        let template = migrated ? try await MigratedTemplate.shared.database() : nil
        guard let serverURL = ProcessInfo.processInfo.environment["DATABASE_URL"], !serverURL.isEmpty else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "hubben-test-\(UUID().uuidString)")
            let path = folder.appendingPathComponent("test.sqlite")
            if case .sqlite(let templatePath) = template {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: templatePath, toPath: path.path)
            }
            return TestDatabase(config: .sqlite(path: path.path)) {
                try? FileManager.default.removeItem(at: folder)
            }
        }
        let name = uniqueName("hubben_test")
        if case .postgres(let templateName) = template {
            // Concurrent copies of one template are fine; a connection to the template would not be.
            try await PostgresAdmin.execute("CREATE DATABASE \(name) TEMPLATE \(templateName)", serverURL: serverURL)
        } else {
            try await PostgresAdmin.execute("CREATE DATABASE \(name)", serverURL: serverURL)
        }
        return TestDatabase(config: .postgres(url: try url(of: name, on: serverURL))) {
            try await PostgresAdmin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", serverURL: serverURL)
        }
    }

    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
    }

    static func url(of database: String, on serverURL: String) throws -> String {
        var components = try #require(URLComponents(string: serverURL))
        components.path = "/\(database)"
        return try #require(components.string)
    }

    func drop() async throws { try await cleanup() }
}

/// The database every migrated test database is copied from, migrated once for the whole test run.
actor MigratedTemplate {
    static let shared = MigratedTemplate()

    enum Template {
        case sqlite(path: String)
        case postgres(name: String)
    }

    private var template: Task<Template, any Error>?

    func database() async throws -> Template {
        if let template { return try await template.value }
        let task = Task { try await Self.make() }
        template = task
        return try await task.value
    }

    private static func make() async throws -> Template {
        let template: Template
        let config: AppConfig.Database
        if let serverURL = ProcessInfo.processInfo.environment["DATABASE_URL"], !serverURL.isEmpty {
            let name = TestDatabase.uniqueName("hubben_template")
            try await PostgresAdmin.execute("CREATE DATABASE \(name)", serverURL: serverURL)
            template = .postgres(name: name)
            config = .postgres(url: try TestDatabase.url(of: name, on: serverURL))
        } else {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("hubben-test-template-\(UUID().uuidString).sqlite").path
            template = .sqlite(path: path)
            config = .sqlite(path: path)
        }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await configure(app, config: AppConfig(database: config))
            try await app.autoMigrate()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        // Every connection closed (SQLite: the log folded into the file), so that the template can be copied.
        try await app.asyncShutdown()
        return template
    }
}

enum PostgresAdmin {
    static func execute(_ sql: String, serverURL: String) async throws {
        let configuration = try SQLPostgresConfiguration(url: serverURL)
        var logger = Logger(label: "hubben.test.postgres")
        logger.logLevel = .error
        let connection = try await PostgresConnection.connect(
            configuration: configuration.coreConfiguration, id: 1, logger: logger
        )
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

/// How many test applications run at once. Swift Testing starts every test at the same moment; each app holds
/// a connection pool, and 130 of them at once exceed PostgreSQL's `max_connections` ("too many clients") and
/// only thrash two cores. The rest wait their turn, first come first served.
extension Turns {
    static let testApps = Turns(16)
}

/// Builds the whole application on a fresh, migrated database, runs `body`, then shuts everything down.
func withTestApp(
    publicURL: URL? = nil,
    migrate: Bool = true,
    database: AppConfig.Database? = nil,
    pageCache: Bool = false,
    sharedReads: Bool = true,
    _ body: (Application) async throws -> Void
) async throws {
    try await Turns.testApps.run {
        try await runTestApp(
            publicURL: publicURL, migrate: migrate, database: database, pageCache: pageCache, sharedReads: sharedReads,
            body)
    }
}

private func runTestApp(
    publicURL: URL?, migrate: Bool, database: AppConfig.Database?, pageCache: Bool, sharedReads: Bool,
    _ body: (Application) async throws -> Void
) async throws {
    let testDatabase = database == nil ? try await TestDatabase.make(migrated: migrate) : nil
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        // Tests write straight to the database as often as through the site; the page cache has its own tests.
        // Shared reads stay on, as in production: a test that writes past the web and then expects a page to
        // show it at once turns them off.
        var config = AppConfig(
            database: database ?? testDatabase?.config ?? .sqlite(path: ":memory:"), publicURL: publicURL,
            pageCache: pageCache)
        config.sharedReads = sharedReads
        // Long enough that a slow machine cannot see an entry expire in the middle of a test.
        config.pageCacheMaximumAge = 600
        try await configure(app, config: config)
        // A copy of the template is migrated already; this only confirms it (one query).
        if migrate { try await app.autoMigrate() }
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        try? await testDatabase?.drop()
        throw error
    }
    try await app.asyncShutdown()
    try await testDatabase?.drop()
}

extension TestingHTTPResponse {
    var text: String { body.getString(at: body.readerIndex, length: body.readableBytes) ?? "" }
}
