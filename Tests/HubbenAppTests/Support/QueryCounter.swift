import Foundation
@testable import HubbenApp
import Logging
import Vapor

/// Counts the SQL statements a test application runs: SQLKit logs each one as "Executing query" with its
/// text under `sql` (at trace, see `DatabaseSetup`), through the logger of the request that runs it.
final class QueryCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    /// Installs the counter as the application's logger (requests take theirs from it).
    init(_ app: Application) {
        app.logger = Logger(label: "hubben.test.queries") { [unowned self] _ in Handler(counter: self) }
        app.logger.logLevel = .trace
    }

    /// The statements `body` ran.
    func statements(_ body: () async throws -> Void) async rethrows -> [String] {
        lock.withLock { statements = [] }
        try await body()
        return lock.withLock { statements }
    }

    fileprivate func record(_ sql: String) { lock.withLock { statements.append(sql) } }

    private struct Handler: LogHandler {
        unowned let counter: QueryCounter
        var logLevel: Logger.Level = .trace
        var metadata: Logger.Metadata = [:]

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(
            level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String,
            file: String, function: String, line: UInt
        ) {
            guard message.description == "Executing query", case .string(let sql)? = metadata?["sql"] else { return }
            counter.record(sql)
        }
    }
}
