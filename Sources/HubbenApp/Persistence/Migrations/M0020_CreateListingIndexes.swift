import Fluent

/// Indexes for the hot reads, found with the benchmark (docs/PERFORMANCE.md):
/// - `ideas(updated_at)`: similar ideas ask for the latest change before every answer; one step, not a scan.
/// - `ideas(created_at, id, status)`: the newest-first list, page 200 included, read from the index alone.
/// - `projects(outcome, phase, phase_started_at)`: each column of the board, newest in its phase first.
struct CreateListingIndexes: AsyncMigration {
    var name: String { "0020_CreateListingIndexes" }

    static let indexes: [SQLIndexes.Index] = [
        ("ideas_updated", "ideas", ["updated_at"]),
        ("ideas_listing", "ideas", ["created_at", "id", "status"]),
        ("projects_board", "projects", ["outcome", "phase", "phase_started_at"]),
    ]

    func prepare(on database: any Database) async throws {
        try await SQLIndexes.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop(Self.indexes, on: database)
    }
}
