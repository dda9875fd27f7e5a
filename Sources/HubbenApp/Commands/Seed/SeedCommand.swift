import Foundation
import HubbenCore
import Vapor
import Fluent

/// `hubben seed --scale small|large [--seed N] [--tokens N --tokens-file PATH]`: fills an empty database
/// with realistic Swedish data at scale, the same for the same seed, showing progress. Later features add
/// their data to `Seeder`.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(
            name: "scale",
            help:
                "small (a tenth) or large: 5,000 accounts, 20,000 ideas, 200,000 supports, 50,000 comments, 2,000 projects."
        )
        var scale: String?
        @Option(name: "seed", help: "The random seed (default 1); the same seed gives the same data.")
        var seed: UInt64?
        @Option(
            name: "tokens",
            help: "How many load-test accounts (no supports yet), each with an API token, to create (default 0).")
        var tokens: Int?
        @Option(name: "tokens-file", help: "Where to write those tokens, one per line.")
        var tokensFile: String?
        init() {}
    }

    var help: String { "Fills an empty database with deterministic, realistic data at scale (for the benchmark)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let name = signature.scale, let scale = Seeder.Scale.named(name) else {
            throw CommandError(description: "seed needs --scale small or --scale large")
        }
        if (signature.tokens ?? 0) > 0, signature.tokensFile == nil {
            throw CommandError(description: "--tokens needs --tokens-file, where the tokens are written")
        }
        let app = context.application
        let console = context.console
        let started = ContinuousClock.now
        try await app.autoMigrate()
        func seconds() -> Double {
            let duration = ContinuousClock.now - started
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        func elapsed() -> String { String(format: "%6.1f s", seconds()) }
        console.print("\(elapsed())  schema up to date; seeding scale \(name) with seed \(signature.seed ?? 1)")
        let seeder = Seeder(app: app, scale: scale, seed: signature.seed ?? 1) { step in
            console.print("\(elapsed())  \(step)")
        }
        do {
            try await seeder.run(tokens: signature.tokens ?? 0, tokensFile: signature.tokensFile)
        } catch let error as Seeder.SeedError {
            throw CommandError(description: error.description)
        }
        console.info("Seeded in \(String(format: "%.1f", seconds())) s. Accounts' password: \(Seeder.password)")
    }
}
