import Fluent
import Vapor

/// `hubben demo [--hostname H] [--port P]`: creates (or reuses) `data/demo.sqlite` (or
/// `HUBBEN_DEMO_SQLITE_PATH`), fills it with the demo content, prints the demo accounts and serves the site.
struct DemoCommand: AsyncCommand {
    static let databasePath = "data/demo.sqlite"

    struct Signature: CommandSignature {
        @Option(name: "hostname", short: "H", help: "The address to listen on (default 127.0.0.1).")
        var hostname: String?
        @Option(name: "port", short: "p", help: "The port to listen on (default 8080).")
        var port: Int?
        init() {}
    }

    var help: String { "Serves Hubben with realistic Swedish demo content from \(Self.databasePath)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        if case .sqlite(let path) = app.hubben.config.database {
            console.info("Demo database: \(path)")
        }
        console.print("Bringing the database schema up to date…")
        try await app.autoMigrate()
        console.print("Loading the demo content…")
        let report = try await DemoContent.load(into: app.db, hasher: app.password) { step in
            console.print("  \(step)")
        }
        try await DemoIdeas.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoProjects.load(into: app.db, demoAccounts: report.accountIDs, now: app.hubben.clock.now()) {
            step in
            console.print("  \(step)")
        }
        try await DemoNotifications.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoBookings.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoSpaces.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoEvents.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoPartners.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoLeads.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoReformGroups.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoNews.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        try await DemoPool.load(into: app, demoAccounts: report.accountIDs) { step in
            console.print("  \(step)")
        }
        console.print("")
        console.info("Demo accounts (password for all: \(DemoContent.password))")
        for account in report.accounts {
            console.print(
                "  \(account.role.padding(toLength: 10, withPad: " ", startingAt: 0)) \(account.email)  (\(account.name))"
            )
        }
        console.print("")

        let hostname = signature.hostname ?? "127.0.0.1"
        let port = signature.port ?? 8080
        console.info("Open http://\(hostname):\(port)/ — stop with Ctrl+C.")
        var serveContext = context
        serveContext.input = CommandInput(arguments: ["hubben demo", "--hostname", hostname, "--port", "\(port)"])
        try await app.servers.asyncCommand.run(using: &serveContext)
    }
}
