import Foundation
import Vapor
import HubbenCore

/// Public pages and API reads as an anonymous visitor gets them, kept in memory for a moment so that a busy
/// morning's identical requests are rendered once.
///
/// Staleness has a stated bound: nothing served is older than `maximumAge` (2 s). An entry is fresh for half
/// of that; in the second half one request renders it anew while the others still get the entry, so that a
/// popular page never has every visitor rendering it at the same moment. On the instance that takes a write,
/// any successful state-changing request empties the cache at once, and a read that started before the write
/// can never store what it saw (entries carry the generation they were computed in). Other instances on the
/// same database see a change within `maximumAge`.
final class PageCache: @unchecked Sendable {
    static let maximumEntries = 2_000
    /// The oldest a served page can be, in seconds.
    let maximumAge: TimeInterval

    init(maximumAge: TimeInterval = 2) {
        self.maximumAge = maximumAge
    }

    struct Entry {
        let computed: Date
        let generation: Int
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let body: ByteBuffer
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var refreshing: Set<String> = []
    private var generation = 0

    var currentGeneration: Int { lock.withLock { generation } }

    /// The entry to serve, or nil when the caller should render the page (and then `store` or `abandon` it).
    func entry(_ key: String, now: Date) -> Entry? {
        lock.withLock {
            guard let entry = entries[key], entry.generation == generation else { return nil }
            let age = now.timeIntervalSince(entry.computed)
            if age < maximumAge / 2 { return entry }
            if age < maximumAge, refreshing.contains(key) { return entry }
            if age < maximumAge { refreshing.insert(key) }
            return nil
        }
    }

    func store(_ key: String, _ entry: Entry, now: Date) {
        lock.withLock {
            refreshing.remove(key)
            guard entry.generation == generation else { return }
            if entries.count >= Self.maximumEntries {
                entries = entries.filter { now.timeIntervalSince($0.value.computed) < maximumAge }
                if entries.count >= Self.maximumEntries { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = entry
        }
    }

    /// The render that was to refresh `key` produced nothing to keep.
    func abandon(_ key: String) {
        _ = lock.withLock { refreshing.remove(key) }
    }

    /// Something changed: nothing computed before now may be served again.
    func invalidate() {
        lock.withLock {
            generation += 1
            entries.removeAll(keepingCapacity: true)
            refreshing.removeAll()
        }
    }
}

struct PageCacheMiddleware: AsyncMiddleware {
    let cache: PageCache

    /// The paths whose anonymous GET answer is the same for every anonymous visitor (in one language): each
    /// feature's `cachedPaths`.
    let paths: [CachedPath]

    func isCacheable(_ path: String) -> Bool {
        paths.contains { $0.matches(path) }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET else {
            let response = try await next.respond(to: request)
            if request.method != .HEAD, request.method != .OPTIONS, response.status.code < 400 { cache.invalidate() }
            return response
        }
        guard request.account == nil, request.headers[.authorization].isEmpty, isCacheable(request.url.path) else {
            return try await next.respond(to: request)
        }
        let key = "\(request.language.rawValue) \(request.url.string)"
        let now = request.now
        if let entry = cache.entry(key, now: now) {
            return Response(status: entry.status, headers: entry.headers, body: .init(buffer: entry.body))
        }
        let generation = cache.currentGeneration
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            cache.abandon(key)
            throw error
        }
        // Only plain successes that hand nothing personal out: no cookie (such as a CSRF token) is set.
        guard response.status == .ok, response.headers[.setCookie].isEmpty, !CSRF.handedOutToken(request) else {
            cache.abandon(key)
            return response
        }
        // The API's answers are streamed; keeping one means reading it whole first.
        let body: ByteBuffer
        if let buffer = response.body.buffer {
            body = buffer
        } else {
            body = try await response.body.collect(on: request.eventLoop).get() ?? ByteBuffer()
            response.body = .init(buffer: body)
            response.headers.remove(name: .transferEncoding)
        }
        var headers = response.headers
        headers.remove(name: .contentLength)
        cache.store(
            key,
            PageCache.Entry(
                computed: now, generation: generation, status: response.status, headers: headers, body: body), now: now)
        return response
    }
}
