import Fluent

/// An event may take place in a city resource: the resource, and the booking that holds it for the event
/// (made under the resource's rules in the same transaction as the event, so no collision).
struct AddEventResource: AsyncMigration {
    var name: String { "0031_AddEventResource" }

    func prepare(on database: any Database) async throws {
        try await database.schema("events")
            .field("resource_id", .int, .references("resources", "id", onDelete: .setNull))
            .update()
        try await database.schema("events")
            .field("booking_id", .int, .references("bookings", "id", onDelete: .setNull))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("events").deleteField("booking_id").update()
        try await database.schema("events").deleteField("resource_id").update()
    }
}
