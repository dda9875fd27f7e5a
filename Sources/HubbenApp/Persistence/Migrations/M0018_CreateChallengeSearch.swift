import Fluent

/// The full-text index of challenges, the same shape as `idea_search` (see `SearchTable`).
struct CreateChallengeSearch: AsyncMigration {
    var name: String { "0018_CreateChallengeSearch" }

    func prepare(on database: any Database) async throws {
        try await SearchTable.create("challenge_search", indexing: "challenges", on: database)
    }

    func revert(on database: any Database) async throws {
        try await SearchTable.drop("challenge_search", on: database)
    }
}
