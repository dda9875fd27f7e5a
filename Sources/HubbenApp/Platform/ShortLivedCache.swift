import Foundation

/// Values kept in memory for a moment, with a stated bound on staleness: nothing handed out is older than
/// `maximumAge`. An entry is fresh for half of that; in the second half one asker computes it anew while the
/// others still get the entry (`answer` hands that asker the entry too, so that it can compute on the side and
/// nobody waits; `value` leaves it to compute before it answers). When there is no entry at all (the first ask, or one that took longer than
/// `maximumAge` to refresh under load), one asker computes it and the others wait for that one's answer —
/// otherwise every request at that moment computes the same value, which at a few hundred milliseconds each
/// on two cores outlasts `maximumAge` and never ends. `invalidate` (any write on this instance) drops
/// everything at once, and a computation that began before it can never store what it saw: entries carry the
/// generation they were computed in.
///
/// The page cache (whole anonymous responses) and `SharedReads` (the parts of signed-in pages that are the
/// same for everyone who may see them) are both one of these.
final class ShortLivedCache<Value: Sendable>: @unchecked Sendable {
    /// The oldest a value handed out can be, in seconds.
    let maximumAge: TimeInterval
    let maximumEntries: Int
    /// How long others wait for one asker's computation before computing themselves; a bound for a
    /// computation that never reports back, not a figure any real one comes near.
    let maximumWait: TimeInterval = 30

    init(maximumAge: TimeInterval = 2, maximumEntries: Int = 2_000) {
        self.maximumAge = maximumAge
        self.maximumEntries = maximumEntries
    }

    private struct Entry {
        let computed: Date
        let generation: Int
        let value: Value
    }

    private enum Lookup {
        case kept(Value)
        /// The entry is in its second half and this asker is the one to compute it anew.
        case refresh(Value)
        case compute
        case wait
    }

    /// What an asker is to do (`answer`).
    enum Answer {
        /// Use this value.
        case kept(Value)
        /// Use this value, and compute the next one — then `store` or `abandon` it — without making anyone wait
        /// for it: the entry is in its second half and nobody else is computing it.
        case refresh(Value)
        /// Compute the value (there is none to hand out), then `store` or `abandon` it.
        case compute
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// The keys someone is computing, since when.
    private var refreshing: [String: Date] = [:]
    private var waiters: [String: [CheckedContinuation<Answer, Never>]] = [:]
    private var generation = 0

    /// How many askers are waiting for someone's computation of `key`.
    func waiting(for key: String) -> Int { lock.withLock { waiters[key]?.count ?? 0 } }

    /// To pass to `store` with what is computed from now on.
    var currentGeneration: Int { lock.withLock { generation } }

    /// The value to use, or nil when the caller should compute it — and then `store` or `abandon` it, on every
    /// path, since others may be waiting for it.
    func value(_ key: String, now: Date) async -> Value? {
        switch await answer(key, now: now) {
        case .kept(let value): value
        case .refresh, .compute: nil
        }
    }

    /// What to hand out for `key` and whether to compute it: like `value`, but in an entry's second half the
    /// one asker who is to compute it anew is also given the entry, so that it can answer at once and compute
    /// the next value on the side.
    func answer(_ key: String, now: Date) async -> Answer {
        switch lock.withLock({ lookup(key, now: now) }) {
        case .kept(let value): return .kept(value)
        case .refresh(let value): return .refresh(value)
        case .compute: return .compute
        case .wait:
            return await withCheckedContinuation { continuation in
                // Looked up again: the computation may have ended between the two locks.
                let answer: Lookup = lock.withLock {
                    let answer = lookup(key, now: now)
                    if case .wait = answer { waiters[key, default: []].append(continuation) }
                    return answer
                }
                switch answer {
                case .kept(let value): continuation.resume(returning: .kept(value))
                case .refresh(let value): continuation.resume(returning: .refresh(value))
                case .compute: continuation.resume(returning: .compute)
                case .wait: break
                }
            }
        }
    }

    /// Under the lock.
    private func lookup(_ key: String, now: Date) -> Lookup {
        if let entry = entries[key], entry.generation == generation {
            let age = now.timeIntervalSince(entry.computed)
            if age < maximumAge / 2 { return .kept(entry.value) }
            if age < maximumAge {
                if refreshing[key] != nil { return .kept(entry.value) }
                refreshing[key] = now
                return .refresh(entry.value)
            }
        }
        if let since = refreshing[key], now.timeIntervalSince(since) < maximumWait { return .wait }
        refreshing[key] = now
        return .compute
    }

    /// Keeps `value`, computed at `computed` in `generation`, unless something changed since; those waiting
    /// for it get it (or, when something changed, compute their own).
    func store(_ key: String, _ value: Value, computed: Date, generation: Int) {
        let waiting: [CheckedContinuation<Answer, Never>]
        let isCurrent: Bool
        (waiting, isCurrent) = lock.withLock {
            refreshing[key] = nil
            let waiting = waiters.removeValue(forKey: key) ?? []
            guard generation == self.generation else { return (waiting, false) }
            if entries.count >= maximumEntries {
                entries = entries.filter { computed.timeIntervalSince($0.value.computed) < maximumAge }
                if entries.count >= maximumEntries { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = Entry(computed: computed, generation: generation, value: value)
            return (waiting, true)
        }
        for continuation in waiting { continuation.resume(returning: isCurrent ? .kept(value) : .compute) }
    }

    /// The computation for `key` produced nothing to keep: those waiting for it compute their own.
    func abandon(_ key: String) {
        let waiting = lock.withLock {
            refreshing[key] = nil
            return waiters.removeValue(forKey: key) ?? []
        }
        for continuation in waiting { continuation.resume(returning: .compute) }
    }

    /// Something changed: nothing computed before now may be handed out again, also not to those waiting.
    func invalidate() {
        let waiting = lock.withLock {
            generation += 1
            entries.removeAll(keepingCapacity: true)
            refreshing.removeAll()
            let waiting = waiters.values.flatMap { $0 }
            waiters.removeAll()
            return waiting
        }
        for continuation in waiting { continuation.resume(returning: .compute) }
    }
}

/// Anything a write on this instance must empty at once.
protocol Invalidatable: Sendable {
    func invalidate()
}

extension ShortLivedCache: Invalidatable {}
