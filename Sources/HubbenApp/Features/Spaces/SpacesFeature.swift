import SQLKit
import Vapor

/// The hub's own project spaces: rounds, applications, placements and who is where.
enum SpacesFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: SpaceController())
    }

    static let cachedPaths: [CachedPath] = [
        .exactly(SpacePaths.list()), .tree("/api/v1/spaces"), .tree("/api/v1/space-rounds"),
    ]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "spaceApplications", claims: ["space_applications.applicant_id"],
                columns: [
                    ("id", .number), ("round_id", .number), ("project_id", .number), ("first_week", .text),
                    ("last_week", .text), ("team_size", .number), ("needs", .text), ("status", .text),
                    ("created_at", .time),
                ]
            ) { id in
                "SELECT id, round_id, project_id, first_week, last_week, team_size, needs, status, created_at FROM space_applications WHERE applicant_id = \(bind: id) ORDER BY id"
            }
        ],
        otherClaims: ["space_applications.decided_by"],
        erase: { id, sql in
            // The application is the project's; only who sent or decided it is the person's.
            try await sql.raw("UPDATE space_applications SET applicant_id = NULL WHERE applicant_id = \(bind: id)")
                .run()
            try await sql.raw("UPDATE space_applications SET decided_by = NULL WHERE decided_by = \(bind: id)").run()
        }
    )
}
