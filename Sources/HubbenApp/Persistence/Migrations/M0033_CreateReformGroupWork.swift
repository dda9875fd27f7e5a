import Fluent
import SQLKit

/// What a reform group is and does: its period, its members (with or without an account; ended memberships
/// keep their dates), its meetings (public or internal) and citizen dialogues, and the ideas it produced
/// (`ideas.reform_group_id`; its challenges already name it).
struct CreateReformGroupWork: AsyncMigration {
    var name: String { "0033_CreateReformGroupWork" }

    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one at a time.
        try await database.schema("reform_groups").field("starts_on", .string).update()
        // Empty: an open period.
        try await database.schema("reform_groups").field("ends_on", .string).update()
        try await database.schema("ideas")
            .field("reform_group_id", .int, .references("reform_groups", "id", onDelete: .setNull)).update()
        try await database.schema("reform_group_members")
            .field("id", .int, .identifier(auto: true))
            .field("group_id", .int, .required, .references("reform_groups", "id", onDelete: .cascade))
            .field("account_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("name", .string, .required)
            .field("organization", .string, .required)
            .field("sector", .string, .required)
            .field("position", .string, .required)
            // Whether the name and organisation may be shown publicly (the member's consent).
            .field("shown_publicly", .bool, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("reform_group_meetings")
            .field("id", .int, .identifier(auto: true))
            .field("group_id", .int, .required, .references("reform_groups", "id", onDelete: .cascade))
            .field("held_on", .string, .required)
            .field("title", .string, .required)
            .field("agenda", .string, .required)
            .field("minutes", .string, .required)
            .field("visibility", .string, .required)
            .field("created_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("reform_group_dialogues")
            .field("id", .int, .identifier(auto: true))
            .field("group_id", .int, .required, .references("reform_groups", "id", onDelete: .cascade))
            .field("held_on", .string, .required)
            .field("place", .string, .required)
            .field("participants", .int, .required)
            .field("heard", .string, .required)
            .field("created_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(Self.indexes, on: database)
    }

    static let indexes: [SQLIndexes.Index] = [
        ("reform_group_members_group", "reform_group_members", ["group_id", "ends_on"]),
        ("reform_group_members_account", "reform_group_members", ["account_id"]),
        ("reform_group_meetings_group", "reform_group_meetings", ["group_id", "held_on"]),
        ("reform_group_meetings_by", "reform_group_meetings", ["created_by"]),
        ("reform_group_dialogues_group", "reform_group_dialogues", ["group_id", "held_on"]),
        ("reform_group_dialogues_by", "reform_group_dialogues", ["created_by"]),
        ("ideas_reform_group", "ideas", ["reform_group_id"]),
        ("challenges_reform_group", "challenges", ["reform_group_id"]),
    ]

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop(Self.indexes, on: database)
        for table in ["reform_group_dialogues", "reform_group_meetings", "reform_group_members"] {
            try await database.schema(table).delete()
        }
        try await database.schema("ideas").deleteField("reform_group_id").update()
        try await database.schema("reform_groups").deleteField("ends_on").update()
        try await database.schema("reform_groups").deleteField("starts_on").update()
    }
}
