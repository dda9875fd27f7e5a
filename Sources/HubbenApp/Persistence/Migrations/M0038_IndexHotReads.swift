import Fluent

/// Indexes that hold everything two busy reads need, so that neither visits the table for each row.
/// - The insights' room bookings per kind: confirmed bookings by start, with end and resource (at scale large
///   the count visited a table page per booking, 100,000 of them, 230 ms; now one range of the index, 24 ms).
/// - A staffing need's candidates: competencies by competency, level and person with their validity, and each
///   person's availability and assignments with their periods and shares (4 → 1.5 ms per need, 430
///   candidates at scale large).
struct IndexHotReads: AsyncMigration {
    var name: String { "0038_IndexHotReads" }

    private static let indexes: [SQLIndexes.Index] = [
        ("bookings_confirmed_start", "bookings", ["status", "starts_at", "resource_id", "ends_at"]),
        (
            "competencies_candidates", "competencies",
            ["competency", "skill_key", "level", "account_id", "valid_from", "valid_until"]
        ),
        ("availability_periods_time", "availability_periods", ["account_id", "starts_on", "ends_on", "percent"]),
        ("staffing_assignments_time", "staffing_assignments", ["account_id", "starts_on", "ends_on", "percent"]),
    ]

    /// 0037's, which the new ones begin with.
    private static let replaced: [SQLIndexes.Index] = CreateCompetencePool.indexes.filter {
        ["competencies_competency", "availability_periods_account", "staffing_assignments_account"].contains($0.name)
    }

    func prepare(on database: any Database) async throws {
        try await SQLIndexes.create(Self.indexes, on: database)
        try await SQLIndexes.drop(Self.replaced, on: database)
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.create(Self.replaced, on: database)
        try await SQLIndexes.drop(Self.indexes, on: database)
    }
}
