import Fluent

/// The activity record (`ActivityLog`): what happened, by whom, to what, for whom to read.
struct CreateActivity: AsyncMigration {
    var name: String { "0022_CreateActivity" }

    func prepare(on database: any Database) async throws {
        try await database.schema("activities")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("actor_id", .int, .references("accounts", "id"))
            .field("subject_type", .string, .required)
            .field("subject_id", .int, .required)
            .field("context_type", .string)
            .field("context_id", .int)
            .field("audience", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(
            [
                ("activities_subject", "activities", ["subject_type", "subject_id"]),
                ("activities_context", "activities", ["context_type", "context_id"]),
                ("activities_occurred_at", "activities", ["occurred_at"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("activities").delete()
    }
}
