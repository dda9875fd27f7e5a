import Fluent
import SQLKit

/// The hub's own spaces (project rooms, the workshop area, the demo stage, desks), the rounds that allocate
/// them for whole weeks, and projects' applications. An approved application holds its space from its first
/// week's Monday to the Monday after its last week (`held_from`, `held_until`); no two approved ones may
/// overlap in one space: PostgreSQL refuses it with an exclusion constraint, SQLite's serialised write
/// transaction makes the check before the approval the guarantee.
struct CreateSpace: AsyncMigration {
    var name: String { "0027_CreateSpace" }

    func prepare(on database: any Database) async throws {
        try await database.schema("spaces")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("capacity", .int, .required)
            // One piece of equipment per line.
            .field("equipment", .string, .required)
            .field("created_at", .datetime, .required)
            .create()

        try await database.schema("space_rounds")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("opens_at", .datetime, .required)
            .field("closes_at", .datetime, .required)
            // ISO days of the first and last week's Mondays.
            .field("first_week", .string, .required)
            .field("last_week", .string, .required)
            .field("created_at", .datetime, .required)
            .create()

        try await database.schema("space_applications")
            .field("id", .int, .identifier(auto: true))
            .field("round_id", .int, .required, .references("space_rounds", "id", onDelete: .cascade))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("applicant_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("first_week", .string, .required)
            .field("last_week", .string, .required)
            .field("held_from", .datetime, .required)
            .field("held_until", .datetime, .required)
            .field("team_size", .int, .required)
            .field("needs", .string, .required)
            .field("wished_space_id", .int, .references("spaces", "id", onDelete: .setNull))
            .field("status", .string, .required)
            .field("space_id", .int, .references("spaces", "id", onDelete: .restrict))
            .field("reason", .string)
            .field("decided_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(
            [
                ("space_applications_round", "space_applications", ["round_id", "status"]),
                ("space_applications_space", "space_applications", ["space_id", "held_until", "held_from"]),
                ("space_applications_project", "space_applications", ["project_id"]),
            ], on: database)

        let sql = try database.sql
        if sql.dialect.name == "postgresql" {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
            try await sql.raw(
                """
                ALTER TABLE space_applications ADD CONSTRAINT space_applications_no_overlap EXCLUDE USING gist (
                    space_id WITH =, tstzrange(held_from, held_until, '[)') WITH &&
                ) WHERE (status = 'approved')
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["space_applications", "space_rounds", "spaces"] {
            try await database.schema(table).delete()
        }
    }
}
