import SQLKit
import Vapor

/// Reform groups: their members, meetings, citizen dialogues and the ideas and challenges they produced.
enum ReformGroupsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: ReformGroupController())
    }

    static let cachedPaths: [CachedPath] = [.tree(ReformGroupPaths.list()), .tree("/api/v1/reform-groups")]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "reformGroupMemberships", claims: ["reform_group_members.account_id"],
                columns: [
                    ("group_id", .number), ("name", .text), ("organization", .text), ("sector", .text),
                    ("position", .text), ("shown_publicly", .number), ("starts_on", .text), ("ends_on", .text),
                ]
            ) { id in
                "SELECT group_id, name, organization, sector, position, CASE WHEN shown_publicly THEN 1 ELSE 0 END AS shown_publicly, starts_on, ends_on FROM reform_group_members WHERE account_id = \(bind: id) ORDER BY id"
            }
        ],
        otherClaims: ["reform_group_meetings.created_by", "reform_group_dialogues.created_by"],
        erase: { id, sql in
            // A membership is part of the group's history; the person's name goes from it with the account.
            try await sql.raw(
                """
                UPDATE reform_group_members SET account_id = NULL, name = '', organization = '', shown_publicly = \(bind: false)
                WHERE account_id = \(bind: id)
                """
            ).run()
            try await sql.raw("UPDATE reform_group_meetings SET created_by = NULL WHERE created_by = \(bind: id)").run()
            try await sql.raw("UPDATE reform_group_dialogues SET created_by = NULL WHERE created_by = \(bind: id)")
                .run()
        }
    )
}
