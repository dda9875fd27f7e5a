import Fluent
import SQLKit

/// Registered interest (*anmäl intresse*): leads, the hub team's notes on them, and the scheduled jobs' claims.
///
/// A lead is a person's name, address and what they want, with the consent's version and moment. It counts
/// once its address is confirmed (`confirmed_at`); until then the confirmation link's hash and its deadline
/// hold it, and after the deadline it is erased. Every lead can be withdrawn through a secret link in each mail
/// (`withdraw_token_hash`). `retain_until` is when it is erased whatever its state.
///
/// `scheduled_jobs` holds one row per job that must run on one instance at a time (the retention job): an
/// instance claims it with a conditional update inside its transaction and holds it until `claimed_until`.
struct CreateLead: AsyncMigration {
    var name: String { "0032_CreateLead" }

    func prepare(on database: any Database) async throws {
        try await database.schema("leads")
            .field("id", .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("organization", .string, .required)
            // Comma-separated `InterestKind` values.
            .field("interests", .string, .required)
            .field("project_id", .int, .references("projects", "id", onDelete: .setNull))
            .field("challenge_id", .int, .references("challenges", "id", onDelete: .setNull))
            .field("message", .string, .required)
            .field("district", .string, .required)
            .field("age_band", .string)
            .field("language", .string, .required)
            .field("consent_version", .string, .required)
            .field("consented_at", .datetime, .required)
            .field("confirm_token_hash", .string)
            .field("confirm_until", .datetime)
            .field("confirmed_at", .datetime)
            .field("withdraw_token_hash", .string, .required)
            .field("status", .string, .required)
            .field("outcome", .string)
            .field("assignee_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("retain_until", .datetime, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("lead_notes")
            .field("id", .int, .identifier(auto: true))
            .field("lead_id", .int, .required, .references("leads", "id", onDelete: .cascade))
            .field("author_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        // The test-user pool: a project's team invites consented test users to an experiment without seeing their
        // addresses; one invitation per lead and experiment.
        try await database.schema("test_user_invitations")
            .field("id", .int, .identifier(auto: true))
            .field("experiment_id", .int, .required, .references("experiments", "id", onDelete: .cascade))
            .field("lead_id", .int, .required, .references("leads", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("status", .string, .required)
            .field("invited_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("invited_at", .datetime, .required)
            .field("answered_at", .datetime)
            .unique(on: "experiment_id", "lead_id")
            .create()
        try await database.schema("scheduled_jobs")
            .field("name", .string, .required)
            .field("claimed_until", .datetime, .required)
            .field("last_run_at", .datetime)
            .unique(on: "name")
            .create()
        try await SQLIndexes.create(
            [
                ("leads_list", "leads", ["status", "created_at"]),
                ("leads_email", "leads", ["email"]),
                ("leads_confirm", "leads", ["confirm_token_hash"]),
                ("leads_withdraw", "leads", ["withdraw_token_hash"]),
                ("leads_confirm_until", "leads", ["confirm_until"]),
                ("leads_retain_until", "leads", ["retain_until"]),
                ("leads_assignee", "leads", ["assignee_id"]),
                ("lead_notes_lead", "lead_notes", ["lead_id", "created_at"]),
                ("lead_notes_author", "lead_notes", ["author_id"]),
                ("test_user_invitations_token", "test_user_invitations", ["token_hash"]),
                ("test_user_invitations_lead", "test_user_invitations", ["lead_id"]),
                ("test_user_invitations_by", "test_user_invitations", ["invited_by"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["scheduled_jobs", "test_user_invitations", "lead_notes", "leads"] {
            try await database.schema(table).delete()
        }
    }
}
