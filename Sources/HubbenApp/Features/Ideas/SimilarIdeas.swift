import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Similar ideas for a text being written. Each instance keeps a `SimilarityIndex` in memory and brings it up
/// to date from the database before answering (ideas written since, by any instance), so it is never stale.
actor SimilarIdeas {
    private var index = SimilarityIndex()
    private var seen: (count: Int, latest: Date?) = (0, nil)
    /// The refresh under way, which every caller meanwhile waits for: sixteen first requests at once must
    /// not build sixteen indexes (they did: 700 MB and no answer within 5 s at 20,000 ideas).
    private var refreshing: Task<Void, any Error>?

    static let limit = 5
    /// Tuned on the demo ideas: below this, "similar" ideas are mostly about something else.
    static let threshold = 0.2

    func similar(to text: String, excluding: Set<Int> = [], database: any Database) async throws -> [(
        idea: Idea, score: Double
    )] {
        try await refresh(database)
        let matches = index.similar(
            to: SearchText.terms(text), limit: Self.limit + 5, threshold: Self.threshold, excluding: excluding)
        let ideas = try await IdeaStore(database: database).ideas(ids: matches.map(\.id))
        let scores = Dictionary(uniqueKeysWithValues: matches.map { ($0.id, $0.score) })
        return Array(ideas.filter { $0.status != .merged }.prefix(Self.limit).map { ($0, scores[$0.id] ?? 0) })
    }

    private func refresh(_ database: any Database) async throws {
        if let refreshing {
            try await refreshing.value
            return
        }
        let task = Task { try await load(database) }
        refreshing = task
        defer { refreshing = nil }
        try await task.value
    }

    private func load(_ database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let row = try await sql.raw("SELECT COUNT(*) AS total, MAX(updated_at) AS latest FROM ideas").first()
        let total = try row?.decode(column: "total", as: Int.self) ?? 0
        let latest = try row?.decode(column: "latest", as: Date?.self)
        guard total != seen.count || latest != seen.latest else { return }
        // Only what was written since the last look; everything when ideas were removed (a revert, a reset).
        let since = total >= seen.count ? seen.latest : nil
        if since == nil { index = SimilarityIndex() }
        for document in try await SearchIndex(sql: sql).storedTerms(updatedSince: since) {
            index.upsert(id: document.id, terms: document.terms)
        }
        seen = (total, latest)
    }
}
