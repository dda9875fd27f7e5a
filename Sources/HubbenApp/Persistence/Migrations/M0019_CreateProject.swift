import Fluent
import SQLKit

/// Projects in the accelerator, their team, goals, money, and the work inside each phase: experiments,
/// journal entries and gate decisions. Calendar days are `yyyy-mm-dd` text (see `Day`).
struct CreateProject: AsyncMigration {
    var name: String { "0019_CreateProject" }

    func prepare(on database: any Database) async throws {
        try await database.schema("projects")
            .field("id", .int, .identifier(auto: true))
            .field("title", .string, .required)
            .field("what", .string, .required)
            .field("why", .string, .required)
            .field("how", .string, .required)
            .field("visibility", .string, .required)
            .field("phase", .string, .required)
            .field("outcome", .string)
            // One project per idea, also when two coaches start one at the same moment.
            .field("idea_id", .int, .references("ideas", "id", onDelete: .setNull))
            .field("lead_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("coach_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("estimated_budget", .int)
            .field("taken_over_by", .string)
            .field("partner_organization_id", .int, .references("organizations", "id", onDelete: .setNull))
            .field("contributions", .string)
            .field("market_dialogue", .string)
            .field("requirements_summary", .string)
            .field("notice_url", .string)
            .field("lessons_learned", .string)
            .field("phase_started_at", .datetime, .required)
            .field("created_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "idea_id")
            .create()
        try await database.schema("project_organizations")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("organization_id", .int, .required, .references("organizations", "id", onDelete: .cascade))
            .unique(on: "project_id", "organization_id")
            .create()
        try await database.schema("project_themes")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("theme_id", .int, .required, .references("themes", "id", onDelete: .cascade))
            .unique(on: "project_id", "theme_id")
            .create()
        try await database.schema("project_members")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("role_text", .string, .required)
            .unique(on: "project_id", "account_id")
            .create()
        try await database.schema("effect_goals")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("what", .string, .required)
            .field("for_whom", .string, .required)
            .field("measure", .string, .required)
            .field("baseline", .string, .required)
            .field("target", .string, .required)
            .field("reached_on", .string)
            .field("reached_comment", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("project_funds")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("amount", .int, .required)
            .field("day", .string, .required)
            .field("source", .string, .required)
            .field("comment", .string, .required)
            .create()
        try await database.schema("experiments")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("phase", .string, .required)
            .field("hypothesis", .string, .required)
            .field("method", .string, .required)
            .field("success_criterion", .string, .required)
            .field("participants", .int)
            .field("result", .string)
            .field("learning", .string, .required)
            .field("started_on", .string, .required)
            .field("ended_on", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("journal_entries")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("phase", .string, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("link", .string, .required)
            .field("visibility", .string, .required)
            .field("author_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("gate_decisions")
            .field("id", .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("decision", .string, .required)
            .field("from_phase", .string, .required)
            .field("to_phase", .string, .required)
            .field("outcome", .string)
            .field("rationale", .string, .required)
            .field("lessons_learned", .string, .required)
            .field("evidence", .string, .required)
            .field("decided_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("decided_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(
            [
                ("projects_phase", "projects", ["phase", "outcome"]),
                ("projects_coach", "projects", ["coach_id"]),
                ("project_organizations_organization", "project_organizations", ["organization_id", "project_id"]),
                ("project_themes_theme", "project_themes", ["theme_id", "project_id"]),
                ("project_members_account", "project_members", ["account_id"]),
                ("effect_goals_project", "effect_goals", ["project_id"]),
                ("project_funds_project", "project_funds", ["project_id"]),
                ("experiments_project", "experiments", ["project_id"]),
                ("journal_entries_project", "journal_entries", ["project_id"]),
                ("journal_entries_created", "journal_entries", ["created_at"]),
                ("gate_decisions_project", "gate_decisions", ["project_id"]),
                ("gate_decisions_decided", "gate_decisions", ["decided_at"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        for table in [
            "gate_decisions", "journal_entries", "experiments", "project_funds", "effect_goals", "project_members",
            "project_themes", "project_organizations", "projects",
        ] {
            try await database.schema(table).delete()
        }
    }
}
