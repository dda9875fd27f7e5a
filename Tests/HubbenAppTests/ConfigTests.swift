import Foundation
@testable import HubbenApp
import NIOCore
import Testing

@Suite("Configuration")
struct ConfigTests {
    @Test("Defaults: SQLite at data/hubben.sqlite, text logs, migrations on serve")
    func defaults() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.database == .sqlite(path: "data/hubben.sqlite"))
        #expect(config.logFormat == .text)
        #expect(config.migrateOnServe)
        #expect(!config.isHTTPS)
    }

    @Test(
        "Each variable is read",
        arguments: [
            (
                ["HUBBEN_SQLITE_PATH": "/var/lib/hubben/hubben.sqlite"],
                AppConfig.Database.sqlite(path: "/var/lib/hubben/hubben.sqlite")
            ),
            (
                ["DATABASE_URL": "postgres://hubben:pw@db.local:5432/hubben"],
                .postgres(url: "postgres://hubben:pw@db.local:5432/hubben")
            ),
            (
                ["DATABASE_URL": "postgresql://hubben@127.0.0.1/hubben", "HUBBEN_SQLITE_PATH": "x.sqlite"],
                .postgres(url: "postgresql://hubben@127.0.0.1/hubben")
            ),
        ])
    func database(environment: [String: String], expected: AppConfig.Database) throws {
        #expect(try AppConfig.fromEnvironment(environment).database == expected)
    }

    @Test(
        "Bad values stop with a clear message that never repeats a database password",
        arguments: [
            ["DATABASE_URL": "not a url"],
            ["DATABASE_URL": "mysql://hubben:hemligt@db/hubben"],
            ["DATABASE_URL": "postgres://hubben:hemligt@/hubben"],
            ["DATABASE_URL": "postgres://hubben:hemligt@db.local:5432"],
        ])
    func badDatabaseURL(environment: [String: String]) {
        #expect(throws: ConfigError.invalidDatabaseURL) { try AppConfig.fromEnvironment(environment) }
        #expect(!ConfigError.invalidDatabaseURL.description.contains("hemligt"))
    }

    @Test("Other bad values name their variable")
    func otherBadValues() throws {
        #expect(throws: ConfigError.invalidPublicURL("ftp://x")) {
            try AppConfig.fromEnvironment(["HUBBEN_PUBLIC_URL": "ftp://x"])
        }
        #expect(throws: ConfigError.invalidLogFormat("xml")) {
            try AppConfig.fromEnvironment(["HUBBEN_LOG_FORMAT": "xml"])
        }
        #expect(throws: ConfigError.invalidFlag(name: "HUBBEN_AUTO_MIGRATE", value: "kanske")) {
            try AppConfig.fromEnvironment(["HUBBEN_AUTO_MIGRATE": "kanske"])
        }
        #expect(try AppConfig.fromEnvironment(["HUBBEN_PUBLIC_URL": "https://hubben.example.se"]).isHTTPS)
        #expect(try AppConfig.fromEnvironment(["HUBBEN_AUTO_MIGRATE": "false"]).migrateOnServe == false)
    }

    @Test("A SQLite path whose folder cannot be made is refused before the server starts")
    func unwritableFolder() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hubben-plain-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let path = file.appendingPathComponent("sub/hubben.sqlite").path
        #expect(throws: ConfigError.self) { try DatabaseSetup.prepareSQLiteFolder(for: path) }
        do {
            try DatabaseSetup.prepareSQLiteFolder(for: path)
        } catch {
            #expect("\(error)".contains("HUBBEN_SQLITE_PATH"))
        }
    }

    @Test("A port in use is described in one line")
    func portInUse() {
        let error = IOError(errnoCode: EADDRINUSE, reason: "bind")
        let line = HubbenMain.describe(error, arguments: ["hubben", "serve", "--port", "8123"])
        #expect(line == "port 8123 on 127.0.0.1 is already in use (choose another with --port)")
    }
}
