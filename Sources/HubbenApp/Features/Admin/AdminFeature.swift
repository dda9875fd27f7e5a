import SQLKit
import Vapor

/// Running the platform: roles, organisations and the audit log.
enum AdminFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: AdminController())
    }

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "auditActionsByYou", claims: ["audit_entries.actor_id"],
                columns: [("action", .text), ("target_type", .text), ("target_id", .number), ("created_at", .time)]
            ) { id in
                "SELECT action, target_type, target_id, created_at FROM audit_entries WHERE actor_id = \(bind: id) ORDER BY id"
            }
        ]
    )
}
