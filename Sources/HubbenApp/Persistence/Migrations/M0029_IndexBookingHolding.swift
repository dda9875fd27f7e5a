import Fluent

/// What the free-time filter reads. Confirmed bookings by resource, status and end, with their start in the
/// index too: the filter's range scan then never visits the table (it did, a page read for each booking in
/// the range, to check its status). Blocks (an owner's maintenance or own use) may hold a resource for up to a
/// year, so the filter reads them apart, by status and end: there are few of them.
struct IndexBookingHolding: AsyncMigration {
    var name: String { "0029_IndexBookingHolding" }

    private static let indexes: [SQLIndexes.Index] = [
        ("bookings_holding", "bookings", ["resource_id", "status", "held_until", "held_from"]),
        ("bookings_blocks", "bookings", ["status", "held_until"]),
    ]

    func prepare(on database: any Database) async throws {
        try await SQLIndexes.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop(Self.indexes, on: database)
    }
}
