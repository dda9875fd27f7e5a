import Foundation
import Logging
import NIOCore
import NIOPosix
import Vapor
import Fluent

/// The `hubben` executable: reads the configuration, builds the application and runs the command given
/// (`serve` by default). Any failure ends with one line naming the problem and a non-zero exit status.
public enum HubbenMain {
    /// Runs Swift concurrency's tasks on the server's own event-loop threads, so that an async handler or
    /// middleware no longer hops to another thread pool and back (a context switch each way). Must be called
    /// before any task starts; nothing here blocks an event loop with `.wait()`. Measured in
    /// docs/PERFORMANCE.md.
    @discardableResult
    public static func runTasksOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    public static func run(arguments: [String] = CommandLine.arguments) async -> Int32 {
        let commandName = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"
        var config: AppConfig
        var environment: Environment
        do {
            config = try AppConfig.fromEnvironment()
            environment = try Environment.detect(arguments: arguments)
        } catch {
            return fail(error, arguments: arguments)
        }
        if commandName == "demo" {
            let path = ProcessInfo.processInfo.environment["HUBBEN_DEMO_SQLITE_PATH"].flatMap { $0.isEmpty ? nil : $0 }
            config.database = .sqlite(path: path ?? DemoCommand.databasePath)
            // A demo shows every mail at /admin/mail and sends none.
            config.smtp = nil
        }
        bootstrapLogging(config.logFormat, environment: &environment)

        let app: Application
        do {
            app = try await Application.make(environment)
        } catch {
            return fail(error, arguments: arguments)
        }
        var status: Int32 = 0
        do {
            try await configure(app, config: config)
            if commandName == "serve", environment == .production, config.publicURL == nil {
                app.logger.warning(
                    "HUBBEN_PUBLIC_URL is not set: links in feeds and messages point at the address this server listens on"
                )
            }
            if commandName == "serve", environment == .production, config.smtp == nil {
                app.logger.warning(
                    "HUBBEN_SMTP_URL is not set: mail is kept in the database and shown at /admin/mail, not sent")
            }
            if commandName == "serve" || commandName == "demo" {
                app.lifecycle.use(BackgroundWork(interval: .seconds(5)))
            }
            if commandName == "serve", config.migrateOnServe {
                app.logger.info("bringing the database schema up to date")
                try await app.autoMigrate()
            }
            if commandName == "serve" { app.lifecycle.use(PrepareSimilarIdeas()) }
            // Like `Application.execute()`, without its multi-line error report: we print one line.
            try await app.startup()
            try await app.running?.onStop.get()
        } catch {
            status = fail(error, arguments: arguments)
        }
        try? await app.asyncShutdown()
        return status
    }

    private static func bootstrapLogging(_ format: AppConfig.LogFormat, environment: inout Environment) {
        switch format {
        case .text:
            try? LoggingSystem.bootstrap(from: &environment)
        case .json:
            let level = Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .info
            LoggingSystem.bootstrap { label in JSONLogHandler(label: label, logLevel: level) }
        }
    }

    private static func fail(_ error: any Error, arguments: [String]) -> Int32 {
        let message = describe(error, arguments: arguments)
        FileHandle.standardError.write(Data("hubben: error: \(message)\n".utf8))
        return 1
    }

    /// One line for a person: what went wrong and, where we know it, what to do.
    static func describe(_ error: any Error, arguments: [String]) -> String {
        if let error = error as? ConfigError { return error.description }
        if let error = error as? CommandError { return error.description }
        if let error = error as? IOError, error.errnoCode == EADDRINUSE {
            let host = option(["--hostname", "-H"], in: arguments) ?? "127.0.0.1"
            let port = option(["--port", "-p"], in: arguments).flatMap(Int.init) ?? 8080
            return ConfigError.portInUse(host: host, port: port).description
        }
        let text = String(describing: error)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func option(_ names: [String], in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if names.contains(argument), index + 1 < arguments.count { return arguments[index + 1] }
            for name in names where argument.hasPrefix(name + "=") { return String(argument.dropFirst(name.count + 1)) }
        }
        return nil
    }
}

/// A command-line mistake, described in one line.
struct CommandError: Error, CustomStringConvertible {
    let description: String
}
