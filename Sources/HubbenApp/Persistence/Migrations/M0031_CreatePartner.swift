import Fluent
import SQLKit

/// Partners' public profiles, their agreements with the hub, and what they contributed to projects.
///
/// A contribution is money a partner paid (kronor) or staff time it lent (minutes) to one project on one day;
/// amounts are positive (a check constraint on PostgreSQL, the action's rule on both). A contribution counts
/// against the partner's agreement whose period holds its day; that is read, not stored, so an agreement whose
/// dates change counts what falls in its new period.
struct CreatePartner: AsyncMigration {
    var name: String { "0031_CreatePartner" }

    func prepare(on database: any Database) async throws {
        try await database.schema("partner_profiles")
            .field("organization_id", .int, .required, .references("organizations", "id", onDelete: .cascade))
            // One per line.
            .field("focus_areas", .string, .required)
            .field("contact_role", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organization_id")
            .create()
        try await database.schema("partner_agreements")
            .field("id", .int, .identifier(auto: true))
            .field("organization_id", .int, .required, .references("organizations", "id", onDelete: .cascade))
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("status", .string, .required)
            .field("cash_per_year", .int, .required)
            .field("hours_per_year", .int, .required)
            .field("focus_areas", .string, .required)
            .field("note", .string, .required)
            .field("created_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("contributions")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references("organizations", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("amount", .int, .required)
            .field("day", .string, .required)
            .field("what", .string, .required)
            .field("account_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(
            [
                ("partner_agreements_organization", "partner_agreements", ["organization_id", "starts_on"]),
                ("contributions_project", "contributions", ["project_id", "organization_id"]),
                ("contributions_organization", "contributions", ["organization_id", "day"]),
                ("contributions_account", "contributions", ["account_id"]),
            ], on: database)
        let sql = try database.sql
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                "ALTER TABLE contributions ADD CONSTRAINT contributions_amount_positive CHECK (amount > 0)"
            ).run()
            try await sql.raw(
                """
                ALTER TABLE partner_agreements ADD CONSTRAINT partner_agreements_period CHECK (ends_on >= starts_on)
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["contributions", "partner_agreements", "partner_profiles"] {
            try await database.schema(table).delete()
        }
    }
}
