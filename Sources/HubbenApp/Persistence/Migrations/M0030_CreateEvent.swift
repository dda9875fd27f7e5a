import Fluent
import SQLKit

/// Events, their registrations and a demo day's agenda.
///
/// A registration that holds a place has its number in `seat` (1…capacity); no two of one event's
/// registrations can hold the same number (a unique index), so a place is never given twice whatever the
/// application does, on either database. Registrations are taken under the event's lock (PostgreSQL:
/// `SELECT … FOR UPDATE` on the event; SQLite: the serialised write transaction), which also keeps the waiting
/// list in arrival order. One active registration per person and event, and per guest address and event
/// (partial unique indexes); check-in codes are unique per event.
///
/// An event may take place in a city resource: the resource, and the booking that holds it for the event
/// (made under the resource's rules in the same transaction as the event, so no collision). Stops of one
/// mobile-unit tour share the tour's name.
struct CreateEvent: AsyncMigration {
    var name: String { "0030_CreateEvent" }

    func prepare(on database: any Database) async throws {
        try await database.schema("events")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place_kind", .string, .required)
            .field("address", .string, .required)
            .field("online_link", .string, .required)
            .field("resource_id", .int, .references("resources", "id", onDelete: .setNull))
            .field("booking_id", .int, .references("bookings", "id", onDelete: .setNull))
            .field("capacity", .int)
            .field("registration_opens_at", .datetime)
            .field("registration_closes_at", .datetime)
            .field("visibility", .string, .required)
            // Language codes, comma-separated ("sv,en").
            .field("languages", .string, .required)
            .field("waitlist_closed", .bool, .required)
            .field("district", .string, .required)
            .field("tour", .string, .required)
            .field("services", .string, .required)
            .field("employer", .string, .required)
            .field("occupations", .string, .required)
            .field("target_group", .string, .required)
            .field("recording_link", .string, .required)
            .field("guest_retention_days", .int, .required)
            // When the reminder 48 hours before went out (once per event, whichever instance sends it).
            .field("reminded_at", .datetime)
            .field("created_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("event_themes")
            .field("event_id", .int, .required, .references("events", "id", onDelete: .cascade))
            .field("theme_id", .int, .required, .references("themes", "id", onDelete: .cascade))
            .unique(on: "event_id", "theme_id")
            .create()
        try await database.schema("event_registrations")
            .field("id", .int, .identifier(auto: true))
            .field("event_id", .int, .required, .references("events", "id", onDelete: .cascade))
            .field("account_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("guest_name", .string)
            .field("guest_email", .string)
            .field("status", .string, .required)
            .field("seat", .int)
            .field("code", .string, .required)
            .field("confirm_token_hash", .string)
            .field("hold_until", .datetime)
            .field("checked_in_at", .datetime)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "event_id", "seat", name: "event_registrations_one_per_seat")
            .unique(on: "event_id", "code", name: "event_registrations_code")
            .create()
        // A demo day's agenda: a slot per presenting project, and after the day the journal entry with the result.
        try await database.schema("event_agenda_slots")
            .field("id", .int, .identifier(auto: true))
            .field("event_id", .int, .required, .references("events", "id", onDelete: .cascade))
            .field("starts_at", .datetime, .required)
            .field("project_id", .int, .required, .references("projects", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("result_entry_id", .int, .references("journal_entries", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        let sql = try database.sql
        let active = "status IN ('registered', 'waitlisted', 'pending_confirmation')"
        try await sql.raw(
            """
            CREATE UNIQUE INDEX event_registrations_one_per_person ON event_registrations (event_id, account_id)
            WHERE account_id IS NOT NULL AND \(unsafeRaw: active)
            """
        ).run()
        try await sql.raw(
            """
            CREATE UNIQUE INDEX event_registrations_one_per_guest ON event_registrations (event_id, guest_email)
            WHERE account_id IS NULL AND guest_email IS NOT NULL AND \(unsafeRaw: active)
            """
        ).run()
        try await SQLIndexes.create(
            [
                ("events_starts", "events", ["starts_at"]),
                ("event_registrations_queue", "event_registrations", ["event_id", "status", "id"]),
                ("event_registrations_account", "event_registrations", ["account_id"]),
                ("event_registrations_confirm", "event_registrations", ["confirm_token_hash"]),
                ("event_registrations_hold", "event_registrations", ["status", "hold_until"]),
                ("event_themes_theme", "event_themes", ["theme_id"]),
                ("events_tour", "events", ["tour", "starts_at"]),
                ("events_reminder", "events", ["reminded_at", "starts_at"]),
                ("event_agenda_slots_event", "event_agenda_slots", ["event_id", "starts_at"]),
                ("event_agenda_slots_project", "event_agenda_slots", ["project_id"]),
            ], on: database)
        if sql.dialect.name == "postgresql" {
            try await sql.raw(
                "ALTER TABLE event_registrations ADD CONSTRAINT event_registrations_seat_positive CHECK (seat >= 1)"
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["event_agenda_slots", "event_registrations", "event_themes", "events"] {
            try await database.schema(table).delete()
        }
    }
}
