import Foundation
import Vapor

/// Public pages and API reads as an anonymous visitor gets them, kept in memory for a moment so that a busy
/// morning's identical requests are rendered once.
///
/// Staleness has a stated bound: an entry lives at most `lifetime` (2 s). On the instance that
/// takes a write, any successful state-changing request empties the cache at once, and a read that started
/// before the write can never store what it saw (entries carry the generation they were computed in). Other
/// instances on the same database see the change within the lifetime.
final class PageCache: @unchecked Sendable {
    static let maximumEntries = 2_000
    /// The longest an entry is served, in seconds: the bound on how stale an anonymous page can be.
    let lifetime: TimeInterval

    init(lifetime: TimeInterval = 2) {
        self.lifetime = lifetime
    }

    struct Entry {
        let expires: Date
        let generation: Int
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let body: ByteBuffer
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private(set) var generation = 0

    var currentGeneration: Int { lock.withLock { generation } }

    func entry(_ key: String, now: Date) -> Entry? {
        lock.withLock {
            guard let entry = entries[key], entry.expires > now, entry.generation == generation else { return nil }
            return entry
        }
    }

    func store(_ key: String, _ entry: Entry, now: Date) {
        lock.withLock {
            guard entry.generation == generation else { return }
            if entries.count >= Self.maximumEntries {
                entries = entries.filter { $0.value.expires > now }
                if entries.count >= Self.maximumEntries { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = entry
        }
    }

    /// Something changed: nothing computed before now may be served again.
    func invalidate() {
        lock.withLock {
            generation += 1
            entries.removeAll(keepingCapacity: true)
        }
    }
}

struct PageCacheMiddleware: AsyncMiddleware {
    let cache: PageCache

    /// Paths whose anonymous GET answer is the same for every anonymous visitor (in one language).
    static func isCacheable(_ path: String) -> Bool {
        if path == "/" { return true }
        return ["/ideas", "/challenges", "/projects", "/partners", "/about", "/api/v1/ideas", "/api/v1/projects", "/api/v1/challenges",
                "/api/v1/themes"].contains { path == $0 || path.hasPrefix($0 + "/") }
            && !path.hasSuffix("/new") && !path.hasSuffix("/edit")
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET else {
            let response = try await next.respond(to: request)
            if request.method != .HEAD, request.method != .OPTIONS, response.status.code < 400 { cache.invalidate() }
            return response
        }
        guard request.account == nil, request.headers[.authorization].isEmpty, Self.isCacheable(request.url.path) else {
            return try await next.respond(to: request)
        }
        let key = "\(request.language.rawValue) \(request.url.string)"
        let now = Date()
        if let entry = cache.entry(key, now: now) {
            return Response(status: entry.status, headers: entry.headers, body: .init(buffer: entry.body))
        }
        let generation = cache.currentGeneration
        let response = try await next.respond(to: request)
        // Only plain successes that hand nothing personal out: no cookie (such as a CSRF token) is set.
        guard response.status == .ok, response.headers[.setCookie].isEmpty, !CSRF.handedOutToken(request),
              let body = response.body.buffer else { return response }
        cache.store(key, PageCache.Entry(expires: now.addingTimeInterval(cache.lifetime), generation: generation, status: response.status,
                                         headers: response.headers, body: body), now: now)
        return response
    }
}
