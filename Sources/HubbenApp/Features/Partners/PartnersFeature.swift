import SQLKit
import Vapor

/// Partners: public profiles, agreements with the hub, and what they contributed to projects.
enum PartnersFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: PartnerController())
    }

    /// Anonymous visitors see only the public part; agreements and contribution rows need an account.
    static let cachedPaths: [CachedPath] = [.tree(PartnerPaths.list()), .tree("/api/v1/partners")]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "contributionsLogged", claims: ["contributions.account_id"],
                columns: [
                    ("project_id", .number), ("organization_id", .number), ("kind", .text), ("amount", .number),
                    ("day", .text), ("what", .text), ("created_at", .time),
                ]
            ) { id in
                "SELECT project_id, organization_id, kind, amount, day, what, created_at FROM contributions WHERE account_id = \(bind: id) ORDER BY id"
            }
        ],
        otherClaims: ["partner_agreements.created_by"],
        erase: { id, sql in
            // The hours and the money are the partner's contribution to the project and stay; who logged them
            // goes.
            try await sql.raw("UPDATE contributions SET account_id = NULL WHERE account_id = \(bind: id)").run()
            try await sql.raw("UPDATE partner_agreements SET created_by = NULL WHERE created_by = \(bind: id)").run()
        }
    )
}
