import Fluent
import SQLKit

/// The competence pool (*kompetenser*): people's competencies (a hub role, or `skill` with a free skill beside
/// it) at a level with a period of validity, the share of full time they have for the hub per period, and
/// projects' staffing needs and the assignments that fill them. Days are `yyyy-mm-dd` text (see `Day`).
///
/// A partner's staff member's assignment counts as the partner's contribution in kind: its `contributions` row
/// (hours) carries `assignment_id` and goes with the assignment.
struct CreateCompetencePool: AsyncMigration {
    var name: String { "0037_CreateCompetencePool" }

    static let indexes: [SQLIndexes.Index] = [
        ("competencies_competency", "competencies", ["competency", "skill_key", "level"]),
        ("availability_periods_account", "availability_periods", ["account_id", "starts_on"]),
        ("staffing_needs_project", "staffing_needs", ["project_id", "starts_on"]),
        ("staffing_assignments_account", "staffing_assignments", ["account_id", "starts_on"]),
        ("staffing_assignments_project", "staffing_assignments", ["project_id"]),
        ("contributions_assignment", "contributions", ["assignment_id"]),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema("competencies")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("competency", .string, .required)
            .field("skill", .string, .required)
            // The skill in lower case, for finding it whatever case it was written in.
            .field("skill_key", .string, .required)
            .field("level", .int, .required)
            .field("valid_from", .string)
            .field("valid_until", .string)
            .field("updated_at", .datetime, .required)
            .unique(on: "account_id", "competency", "skill_key")
            .create()
        try await database.schema("availability_periods")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("percent", .int, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("staffing_needs")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("phase", .string, .required)
            .field("competency", .string, .required)
            .field("skill", .string, .required)
            .field("level", .int, .required)
            .field("percent", .int, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        // One person once per need, also when two coaches pick them at the same moment.
        try await database.schema("staffing_assignments")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("need_id", .int, .references("staffing_needs", "id", onDelete: .setNull))
            .field("account_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("organization_id", .int, .references("organizations", "id", onDelete: .setNull))
            .field("competency", .string, .required)
            .field("skill", .string, .required)
            .field("percent", .int, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .unique(on: "need_id", "account_id")
            .create()
        let sql = try database.sql
        let key = sql.dialect.name == "postgresql" ? "BIGINT" : "INTEGER"
        try await sql.raw(
            """
            ALTER TABLE contributions ADD COLUMN assignment_id \(unsafeRaw: key)
                REFERENCES staffing_assignments (id) ON DELETE CASCADE
            """
        ).run()
        try await SQLIndexes.create(Self.indexes, on: database)
        if sql.dialect.name == "postgresql" {
            for check in [
                "ALTER TABLE competencies ADD CONSTRAINT competencies_level CHECK (level BETWEEN 1 AND 4)",
                "ALTER TABLE availability_periods ADD CONSTRAINT availability_percent CHECK (percent BETWEEN 0 AND 100)",
                "ALTER TABLE staffing_needs ADD CONSTRAINT staffing_needs_percent CHECK (percent BETWEEN 1 AND 100)",
                "ALTER TABLE staffing_assignments ADD CONSTRAINT staffing_assignments_percent CHECK (percent BETWEEN 1 AND 100)",
            ] {
                try await sql.raw("\(unsafeRaw: check)").run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop(Self.indexes, on: database)
        try await database.schema("contributions").deleteField("assignment_id").update()
        try await database.schema("staffing_assignments").delete()
        try await database.schema("staffing_needs").delete()
        try await database.schema("availability_periods").delete()
        try await database.schema("competencies").delete()
    }
}
