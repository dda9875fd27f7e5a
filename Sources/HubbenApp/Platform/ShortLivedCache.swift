import Foundation

/// Values kept in memory for a moment, with a stated bound on staleness: nothing handed out is older than
/// `maximumAge`. An entry is fresh for half of that; in the second half one asker computes it anew while the
/// others still get the entry, so that a popular value is never computed by every request at the same moment.
/// `invalidate` (any write on this instance) drops everything at once, and a computation that began before
/// it can never store what it saw: entries carry the generation they were computed in.
///
/// The page cache (whole anonymous responses) and `SharedReads` (the parts of signed-in pages that are the
/// same for everyone who may see them) are both one of these.
final class ShortLivedCache<Value: Sendable>: @unchecked Sendable {
    /// The oldest a value handed out can be, in seconds.
    let maximumAge: TimeInterval
    let maximumEntries: Int

    init(maximumAge: TimeInterval = 2, maximumEntries: Int = 2_000) {
        self.maximumAge = maximumAge
        self.maximumEntries = maximumEntries
    }

    private struct Entry {
        let computed: Date
        let generation: Int
        let value: Value
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var refreshing: Set<String> = []
    private var generation = 0

    /// To pass to `store` with what is computed from now on.
    var currentGeneration: Int { lock.withLock { generation } }

    /// The value to use, or nil when the caller should compute it (and then `store` or `abandon` it).
    func value(_ key: String, now: Date) -> Value? {
        lock.withLock {
            guard let entry = entries[key], entry.generation == generation else { return nil }
            let age = now.timeIntervalSince(entry.computed)
            if age < maximumAge / 2 { return entry.value }
            if age < maximumAge, refreshing.contains(key) { return entry.value }
            if age < maximumAge { refreshing.insert(key) }
            return nil
        }
    }

    /// Keeps `value`, computed at `computed` in `generation`, unless something changed since.
    func store(_ key: String, _ value: Value, computed: Date, generation: Int) {
        lock.withLock {
            refreshing.remove(key)
            guard generation == self.generation else { return }
            if entries.count >= maximumEntries {
                entries = entries.filter { computed.timeIntervalSince($0.value.computed) < maximumAge }
                if entries.count >= maximumEntries { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = Entry(computed: computed, generation: generation, value: value)
        }
    }

    /// The computation that was to refresh `key` produced nothing to keep.
    func abandon(_ key: String) {
        _ = lock.withLock { refreshing.remove(key) }
    }

    /// Something changed: nothing computed before now may be handed out again.
    func invalidate() {
        lock.withLock {
            generation += 1
            entries.removeAll(keepingCapacity: true)
            refreshing.removeAll()
        }
    }
}

/// Anything a write on this instance must empty at once.
protocol Invalidatable: Sendable {
    func invalidate()
}

extension ShortLivedCache: Invalidatable {}
