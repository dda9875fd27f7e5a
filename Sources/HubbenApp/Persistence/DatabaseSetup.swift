import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// One code path, two databases: an embedded SQLite file by default, PostgreSQL when `DATABASE_URL` is set.
enum DatabaseSetup {
    static func use(_ database: AppConfig.Database, on app: Application) async throws {
        switch database {
        case .sqlite(let path):
            try prepareSQLiteFolder(for: path)
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
            if database.hasLongReadsConnection {
                app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .longReads, isDefault: false)
            }
            // WAL lets readers go on while one writer writes; the setting is stored in the file itself.
            guard let sql = app.db as? any SQLDatabase else { return }
            do {
                try await sql.raw("PRAGMA journal_mode=WAL").run()
            } catch {
                throw ConfigError.sqliteFolderNotWritable(
                    path: path, reason: "the file cannot be opened as a SQLite database")
            }
        case .postgres(let url):
            let configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw ConfigError.invalidDatabaseURL
            }
            app.databases.use(
                .postgres(
                    configuration: configuration, maxConnectionsPerEventLoop: 4,
                    encodingContext: .default, decodingContext: .default, sqlLogLevel: .trace),
                as: .psql
            )
        }
    }

    /// Creates the folder of the SQLite file and checks that it can be written, so that a wrong path stops
    /// the server with one clear line instead of failing on the first write.
    static func prepareSQLiteFolder(for path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ConfigError.sqliteFolderNotWritable(path: path, reason: "the folder \(folder) cannot be created")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw ConfigError.sqliteFolderNotWritable(path: path, reason: "the folder \(folder) is not writable")
        }
    }
}

extension DatabaseID {
    /// On SQLite, a second connection per event loop to the same file, for the long reads behind shared pages
    /// (search, insights). Fluent's SQLite driver has one connection per event loop, so a read of 100 ms on it
    /// holds up every request of that loop — half of all requests on two cores — while the read runs.
    static let longReads = DatabaseID(string: "sqlite-long-reads")
}

extension AppConfig.Database {
    /// Whether `DatabaseID.longReads` is there: on a SQLite file, not on PostgreSQL (whose pool has several
    /// connections per event loop) nor on an in-memory database (a second connection would be another one).
    var hasLongReadsConnection: Bool {
        if case .sqlite(let path) = self { path != ":memory:" && !path.isEmpty } else { false }
    }
}

extension Request {
    /// Where a long read behind a shared page reads (`DatabaseID.longReads`): never for a write.
    var longReadsDB: any Database {
        application.hubben.config.database.hasLongReadsConnection ? db(.longReads) : db
    }
}
