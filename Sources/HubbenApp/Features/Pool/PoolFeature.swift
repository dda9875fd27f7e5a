import SQLKit
import Vapor

/// The competence pool (*kompetenser*): who knows what and has how much time, projects' staffing needs, and
/// the assignments that fill them.
enum PoolFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: PoolController())
    }

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "competencies", claims: ["competencies.account_id"],
                columns: [
                    ("competency", .text), ("skill", .text), ("level", .number), ("valid_from", .text),
                    ("valid_until", .text), ("updated_at", .time),
                ]
            ) { id in
                "SELECT competency, skill, level, valid_from, valid_until, updated_at FROM competencies WHERE account_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "availability", claims: ["availability_periods.account_id"],
                columns: [("starts_on", .text), ("ends_on", .text), ("percent", .number), ("updated_at", .time)]
            ) { id in
                "SELECT starts_on, ends_on, percent, updated_at FROM availability_periods WHERE account_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "assignments", claims: ["staffing_assignments.account_id"],
                columns: [
                    ("project_id", .number), ("competency", .text), ("skill", .text), ("percent", .number),
                    ("starts_on", .text), ("ends_on", .text), ("created_at", .time),
                ]
            ) { id in
                "SELECT project_id, competency, skill, percent, starts_on, ends_on, created_at FROM staffing_assignments WHERE account_id = \(bind: id) ORDER BY id"
            },
        ],
        otherClaims: ["staffing_needs.created_by", "staffing_assignments.created_by"],
        erase: { id, sql in
            // What the person said about themselves goes; the project's staffing history stays, without a name.
            try await sql.raw("DELETE FROM competencies WHERE account_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM availability_periods WHERE account_id = \(bind: id)").run()
            try await sql.raw("UPDATE staffing_assignments SET account_id = NULL WHERE account_id = \(bind: id)").run()
            try await sql.raw("UPDATE staffing_assignments SET created_by = NULL WHERE created_by = \(bind: id)").run()
            try await sql.raw("UPDATE staffing_needs SET created_by = NULL WHERE created_by = \(bind: id)").run()
        }
    )
}
