import Fluent
import Foundation
import HubbenCore
import NIOConcurrencyHelpers
import Vapor

/// Every resource with its rules, kept in memory while nothing changed. Resources change seldom (an owner
/// edits one now and then) and every list, filter and week reads them: 500 of them with their hours took
/// most of a request's 15 ms. Each read checks the version (`ResourceStore.version`, one small query, or a
/// shared read of it) and loads everything again when it differs, so a change made on any instance is seen
/// as soon as the version is read.
actor ResourceCatalogue {
    struct Version: Equatable, Sendable {
        var count: Int
        var lastID: Int
        var revisions: Int
    }

    struct Snapshot: Sendable {
        var version: Version
        var resources: [Resource]
        var byID: [Int: Resource]
        /// The districts resources are in, for the filter.
        var districts: [String]
    }

    /// The loaded snapshot and the version its load was asked with, read by every request without a hop onto
    /// the actor (thousands a second otherwise queue on its one executor); only a load goes through the actor.
    /// The snapshot is at least as new as that version (it read the database after the version was read), so
    /// callers bringing it — a shared read of the version, up to 2 s old — use the snapshot instead of loading.
    private nonisolated let published = NIOLockedValueBox<(snapshot: Snapshot, askedWith: Version)?>(nil)
    /// The load under way and the version it was asked with; callers with that version wait for it (sixteen
    /// first requests load once).
    private var loading: (version: Version, task: Task<Snapshot, any Error>)?

    /// The snapshot for `version` if it is the one loaded or the one last asked with, without a hop.
    nonisolated func known(at version: Version) -> Snapshot? {
        published.withLockedValue { state in
            guard let state, state.snapshot.version == version || state.askedWith == version else { return nil }
            return state.snapshot
        }
    }

    /// The resources as of `version` or later.
    func snapshot(at version: Version, _ database: any Database) async throws -> Snapshot {
        if let known = known(at: version) { return known }
        if let loading, loading.version == version { return try await loading.task.value }
        let task = Task { try await Self.load(database) }
        loading = (version, task)
        defer { if loading?.version == version { loading = nil } }
        let loaded = try await task.value
        published.withLockedValue { $0 = (loaded, version) }
        return loaded
    }

    /// The version is read before the resources: a change between the two is then caught by the next read
    /// (the version it finds differs), never hidden under the newer version.
    private static func load(_ database: any Database) async throws -> Snapshot {
        let store = ResourceStore(database: database)
        let version = try await store.version()
        let resources = try await store.all()
        return Snapshot(
            version: version, resources: resources,
            byID: Dictionary(resources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            districts: Set(resources.map(\.district)).sorted())
    }
}

extension ResourceCatalogue {
    /// The snapshot as of `version` (the resources' version, read as a shared read), without a hop onto the
    /// actor when it is the one loaded.
    nonisolated func current(at version: Version, _ database: any Database) async throws -> Snapshot {
        if let known = known(at: version) { return known }
        return try await snapshot(at: version, database)
    }
}

extension ActionContext {
    /// Every resource as everyone sees it, current as of the resources' version (read as a shared read).
    func resourceCatalogue() async throws -> ResourceCatalogue.Snapshot {
        let database = database
        let version = try await sharedRead("resources.version") {
            try await ResourceStore(database: database).version()
        }
        return try await services.resourceCatalogue.current(at: version, database)
    }
}

extension Request {
    /// Every resource as everyone sees it, current as of the resources' version (read as a shared read). Not
    /// through `actionContext`: making one per call was 6 % of a page on PostgreSQL.
    func resourceCatalogue() async throws -> ResourceCatalogue.Snapshot {
        let version = try await sharedRead("resources.version") { try await ResourceStore(database: self.db).version() }
        return try await application.hubben.resourceCatalogue.current(at: version, db)
    }
}
