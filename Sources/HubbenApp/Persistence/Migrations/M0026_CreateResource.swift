import Fluent
import SQLKit

/// City resources and their bookings (`ResourceStore`, `BookingStore`): each resource's rules, its hours per
/// weekday and its exceptions, pictures, bookings (with the time each holds, buffers included), weekly series,
/// and the secret of each person's calendar feed.
///
/// No two bookings that hold time (`confirmed`, `blocked`) may overlap on one resource. PostgreSQL refuses it
/// with an exclusion constraint over the resource and the held range; SQLite serialises every write
/// transaction in the process (`writeTransaction`), so the check before the insert is the guarantee there.
struct CreateResource: AsyncMigration {
    var name: String { "0026_CreateResource" }

    func prepare(on database: any Database) async throws {
        try await database.schema("resources")
            .field("id", .int, .identifier(auto: true))
            .field("organization_id", .int, .required, .references("organizations", "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("address", .string, .required)
            .field("district", .string, .required)
            .field("capacity", .int, .required)
            .field("accessibility", .string, .required)
            // One piece of equipment per line.
            .field("equipment", .string, .required)
            .field("slot_minutes", .int, .required)
            .field("minimum_minutes", .int, .required)
            .field("maximum_minutes", .int, .required)
            .field("minimum_notice_minutes", .int, .required)
            .field("maximum_days_ahead", .int, .required)
            .field("buffer_before_minutes", .int, .required)
            .field("buffer_after_minutes", .int, .required)
            .field("maximum_active_per_person", .int)
            .field("cancellation_cutoff_minutes", .int)
            .field("audience", .string, .required)
            .field("needs_approval", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(
            [
                ("resources_kind", "resources", ["kind", "name"]),
                ("resources_district", "resources", ["district"]),
                ("resources_organization", "resources", ["organization_id"]),
            ], on: database)

        try await database.schema("resource_hours")
            .field("id", .int, .identifier(auto: true))
            .field("resource_id", .int, .required, .references("resources", "id", onDelete: .cascade))
            .field("weekday", .int, .required)
            .field("opens", .int, .required)
            .field("closes", .int, .required)
            .unique(on: "resource_id", "weekday")
            .create()

        try await database.schema("resource_exceptions")
            .field("id", .int, .identifier(auto: true))
            .field("resource_id", .int, .required, .references("resources", "id", onDelete: .cascade))
            .field("day", .string, .required)
            // Both null: closed that day.
            .field("opens", .int)
            .field("closes", .int)
            .unique(on: "resource_id", "day")
            .create()

        try await database.schema("resource_images")
            .field("id", .int, .identifier(auto: true))
            .field("resource_id", .int, .required, .references("resources", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("url", .string, .required)
            .field("alt", .string, .required)
            .create()
        try await SQLIndexes.create([("resource_images_resource", "resource_images", ["resource_id"])], on: database)

        try await database.schema("booking_series")
            .field("id", .int, .identifier(auto: true))
            .field("resource_id", .int, .required, .references("resources", "id", onDelete: .cascade))
            .field("booker_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()

        try await database.schema("bookings")
            .field("id", .int, .identifier(auto: true))
            .field("resource_id", .int, .required, .references("resources", "id", onDelete: .cascade))
            .field("booker_id", .int, .references("accounts", "id", onDelete: .setNull))
            .field("series_id", .int, .references("booking_series", "id", onDelete: .setNull))
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            // The time it keeps from others: its buffers before and after included, as the rules were then.
            .field("held_from", .datetime, .required)
            .field("held_until", .datetime, .required)
            .field("purpose", .string, .required)
            .field("people", .int, .required)
            .field("status", .string, .required)
            .field("reason", .string)
            .field("decided_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await SQLIndexes.create(
            [
                ("bookings_resource_time", "bookings", ["resource_id", "held_until", "held_from"]),
                ("bookings_booker", "bookings", ["booker_id", "starts_at"]),
                ("bookings_series", "bookings", ["series_id"]),
            ], on: database)

        let sql = try database.sql
        if sql.dialect.name == "postgresql" {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
            try await sql.raw(
                """
                ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
                    resource_id WITH =, tstzrange(held_from, held_until, '[)') WITH &&
                ) WHERE (status IN ('confirmed', 'blocked'))
                """
            ).run()
        }

        try await database.schema("calendar_feeds")
            .field("id", .int, .identifier(auto: true))
            .field("account_id", .int, .required, .references("accounts", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "account_id")
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in [
            "calendar_feeds", "bookings", "booking_series", "resource_images", "resource_exceptions", "resource_hours",
            "resources",
        ] {
            try await database.schema(table).delete()
        }
    }
}
