import SQLKit
import Vapor

/// Challenges: questions departments and reform groups pose for ideas.
enum ChallengesFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: ChallengeController())
    }

    static let cachedPaths: [CachedPath] = [.tree(ChallengePaths.list()), .tree("/api/v1/challenges")]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "challenges", claims: ["challenges.author_id"],
                columns: [
                    ("id", .number), ("title", .text), ("description", .text), ("organization_id", .number),
                    ("open_until", .time), ("created_at", .time),
                ]
            ) { id in
                "SELECT id, title, description, organization_id, open_until, created_at FROM challenges WHERE author_id = \(bind: id) ORDER BY id"
            }
        ]
    )
}
