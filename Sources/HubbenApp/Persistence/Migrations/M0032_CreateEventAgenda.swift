import Fluent

/// A demo day's agenda: a slot per presenting project, and after the day the journal entry with the result
/// shown.
struct CreateEventAgenda: AsyncMigration {
    var name: String { "0032_CreateEventAgenda" }

    func prepare(on database: any Database) async throws {
        try await database.schema("event_agenda_slots")
            .field("id", .int, .identifier(auto: true))
            .field("event_id", .int, .required, .references("events", "id", onDelete: .cascade))
            .field("starts_at", .datetime, .required)
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("result_entry_id", .int, .references("journal_entries", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(
            [
                ("event_agenda_slots_event", "event_agenda_slots", ["event_id", "starts_at"]),
                ("event_agenda_slots_project", "event_agenda_slots", ["project_id"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("event_agenda_slots").delete()
    }
}
