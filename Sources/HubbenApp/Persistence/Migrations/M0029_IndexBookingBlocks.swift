import Fluent

/// Blocks (an owner's maintenance or own use) may hold a resource for up to a year, so the free-time filter
/// reads them apart from bookings, by status and end: there are few of them.
struct IndexBookingBlocks: AsyncMigration {
    var name: String { "0029_IndexBookingBlocks" }

    private static let indexes: [SQLIndexes.Index] = [("bookings_blocks", "bookings", ["status", "held_until"])]

    func prepare(on database: any Database) async throws {
        try await SQLIndexes.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop(Self.indexes, on: database)
    }
}
