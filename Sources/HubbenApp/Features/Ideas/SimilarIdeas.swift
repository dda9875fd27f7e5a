import Fluent
import Foundation
import HubbenCore
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Similar ideas for a text being written. Each instance keeps a `SimilarityIndex` in memory and brings it up
/// to date from the database (ideas written since, by any instance) whenever the ideas' version — their number
/// and latest change — has changed. Requests read that version as a shared read
/// (`Request.similarIdeas`), so the index is as fresh as every other page: at once after a write on this
/// instance, within 2 s after one on another.
actor SimilarIdeas {
    private var index = SimilarityIndex()
    /// What the index holds: the ideas as they were at this version.
    private var seen = Version(count: 0, latest: nil)
    /// The version the last caller brought.
    private var askedWith: Version?
    /// The refresh under way, which every caller meanwhile waits for: sixteen first requests at once must
    /// not build sixteen indexes (they did: 700 MB and no answer within 5 s at 20,000 ideas).
    private var refreshing: Task<Void, any Error>?
    /// The index and the version it was last brought up to date for, as every request reads them without a
    /// hop onto the actor (thousands a second otherwise queue on its one executor); only a refresh goes
    /// through the actor.
    private nonisolated let published = NIOLockedValueBox<(index: SimilarityIndex, askedWith: Version)?>(nil)

    static let limit = 5
    /// Tuned on the demo ideas: below this, "similar" ideas are mostly about something else.
    static let threshold = 0.2

    /// What the index has seen of the ideas: their number and their latest change.
    struct Version: Equatable, Sendable {
        var count: Int
        var latest: Date?
    }

    static func version(_ database: any Database) async throws -> Version {
        guard let sql = database as? any SQLDatabase else { return Version(count: 0, latest: nil) }
        let row = try await sql.raw("SELECT COUNT(*) AS total, MAX(updated_at) AS latest FROM ideas").first()
        return Version(
            count: try row?.decode(column: "total", as: Int.self) ?? 0,
            latest: try row?.decode(column: "latest", as: Date?.self))
    }

    nonisolated func similar(
        to text: String, excluding: Set<Int> = [], database: any Database, version: Version
    ) async throws -> [(idea: Idea, score: Double)] {
        // Scored outside the actor, on the index as it is now (a copy that shares its storage), so that
        // requests score on every core at once.
        let known = published.withLockedValue { $0?.askedWith == version ? $0?.index : nil }
        let current: SimilarityIndex
        if let known {
            current = known
        } else {
            current = try await index(at: version, database)
        }
        let matches = current.similar(
            to: SearchText.terms(text), limit: Self.limit + 5, threshold: Self.threshold, excluding: excluding)
        let ideas = try await IdeaStore(database: database).ideas(ids: matches.map(\.id))
        let scores = Dictionary(uniqueKeysWithValues: matches.map { ($0.id, $0.score) })
        return Array(ideas.filter { $0.status != .merged }.prefix(Self.limit).map { ($0, scores[$0.id] ?? 0) })
    }

    /// Builds the index from every idea before anyone asks (at start-up), so that the first person to type an
    /// idea after a restart does not wait for it (≈ 2 s at 20,000 ideas).
    func prepare(_ database: any Database) async throws {
        _ = try await index(at: try await Self.version(database), database)
    }

    /// The index, brought up to date when the ideas' version differs from the one last asked with. The
    /// version a caller brings only says whether to look: what is loaded is what the database holds then,
    /// so an older version (another request's shared read) costs one look, never a rebuild.
    private func index(at version: Version, _ database: any Database) async throws -> SimilarityIndex {
        if version != askedWith {
            try await refresh(database)
            askedWith = version
            published.withLockedValue { $0 = (index, version) }
        }
        return index
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
        let current = try await Self.version(database)
        guard current != seen else { return }
        // Only what was written since the last look; everything when ideas were removed (a revert, a reset).
        let since = current.count >= seen.count ? seen.latest : nil
        if since == nil { index = SimilarityIndex() }
        for document in try await SearchIndex(sql: sql).storedTerms(updatedSince: since) {
            index.upsert(id: document.id, terms: document.terms)
        }
        index.prepareNorms()
        seen = current
    }
}

extension Request {
    /// Similar ideas for `text`, the ideas' version read as a shared read (see `SimilarIdeas`).
    func similarIdeas(to text: String, excluding: Set<Int> = []) async throws -> [(idea: Idea, score: Double)] {
        let version = try await sharedRead("ideas.version") { try await SimilarIdeas.version(self.db) }
        return try await application.hubben.similarIdeas.similar(
            to: text, excluding: excluding, database: db, version: version)
    }
}

/// Builds the similar-ideas index on the side when the server has started (`SimilarIdeas.prepare`); shutting
/// down waits for it (`FinishTasksOnTheSide`).
struct PrepareSimilarIdeas: LifecycleHandler {
    func didBootAsync(_ application: Application) async throws {
        application.hubben.tasksOnTheSide.run {
            do {
                try await application.hubben.similarIdeas.prepare(application.db)
            } catch {
                application.logger.warning(
                    "the similar-ideas index is built on the first request instead",
                    metadata: ["error": .string(String(describing: error))])
            }
        }
    }
}
