import Fluent
import FluentPostgresDriver
import Foundation
@testable import HubbenApp
import Logging
import Testing
import VaporTesting

/// A fresh database for one test: a new SQLite file in a temporary folder, or — when `DATABASE_URL` is
/// set — a new PostgreSQL database on that server, dropped afterwards. Tests run in parallel safely.
struct TestDatabase {
    let config: AppConfig.Database
    private let cleanup: @Sendable () async throws -> Void

    static var usesPostgres: Bool { !(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty }

    static func make() async throws -> TestDatabase {
        guard let serverURL = ProcessInfo.processInfo.environment["DATABASE_URL"], !serverURL.isEmpty else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hubben-test-\(UUID().uuidString)")
            return TestDatabase(config: .sqlite(path: folder.appendingPathComponent("test.sqlite").path)) {
                try? FileManager.default.removeItem(at: folder)
            }
        }
        let name = "hubben_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
        try await PostgresAdmin.execute("CREATE DATABASE \(name)", serverURL: serverURL)
        var components = try #require(URLComponents(string: serverURL))
        components.path = "/\(name)"
        let url = try #require(components.string)
        return TestDatabase(config: .postgres(url: url)) {
            try await PostgresAdmin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", serverURL: serverURL)
        }
    }

    func drop() async throws { try await cleanup() }
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

/// Builds the whole application on a fresh, migrated database, runs `body`, then shuts everything down.
func withTestApp(
    publicURL: URL? = nil,
    migrate: Bool = true,
    database: AppConfig.Database? = nil,
    pageCache: Bool = false,
    _ body: (Application) async throws -> Void
) async throws {
    let testDatabase = database == nil ? try await TestDatabase.make() : nil
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    do {
        // Tests write straight to the database as often as through the site; the cache has its own tests.
        var config = AppConfig(database: database ?? testDatabase?.config ?? .sqlite(path: ":memory:"), publicURL: publicURL, pageCache: pageCache)
        // Long enough that a slow machine cannot see an entry expire in the middle of a test.
        config.pageCacheMaximumAge = 600
        try await configure(app, config: config)
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
