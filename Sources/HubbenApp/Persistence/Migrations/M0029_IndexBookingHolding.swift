import Fluent

/// What the free-time filter reads. Confirmed bookings by end, with their start and resource in the index
/// too: the filter reads one range of it for all resources at once and never visits the table (it did, a page
/// read per booking to check its status, and one index descent per resource). Blocks (an owner's maintenance or own use) may hold a resource for up to a
/// year, so the filter reads them apart, by status and end: there are few of them.
struct IndexBookingHolding: AsyncMigration {
    var name: String { "0029_IndexBookingHolding" }

    private static let indexes: [SQLIndexes.Index] = [
        ("bookings_holding", "bookings", ["status", "held_until", "held_from", "resource_id"]),
        ("bookings_blocks", "bookings", ["status", "held_until"]),
    ]

    func prepare(on database: any Database) async throws {
        try await SQLIndexes.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop(Self.indexes, on: database)
    }
}
