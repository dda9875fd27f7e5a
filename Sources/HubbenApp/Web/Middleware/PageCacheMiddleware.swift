import Foundation
import Vapor
import HubbenCore

/// Public pages and API reads as an anonymous visitor gets them, kept in memory for a moment so that a busy
/// morning's identical requests are rendered once. Nothing served is older than `maximumAge` (2 s); any
/// successful state-changing request on this instance empties it at once (`WriteMiddleware`); other instances
/// on the same database see a change within `maximumAge`.
typealias PageCache = ShortLivedCache<CachedResponse>

/// A response as the page cache keeps it.
struct CachedResponse: Sendable {
    let status: HTTPResponseStatus
    let headers: HTTPHeaders
    let body: ByteBuffer
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
        guard request.method == .GET, request.account == nil, !request.readsFresh,
            request.headers[.authorization].isEmpty, isCacheable(request.url.path)
        else {
            return try await next.respond(to: request)
        }
        let key = "\(request.language.rawValue) \(request.url.string)"
        let now = request.now
        if let entry = await cache.value(key, now: now) {
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
            do {
                body = try await response.body.collect(on: request.eventLoop).get() ?? ByteBuffer()
            } catch {
                cache.abandon(key)
                throw error
            }
            response.body = .init(buffer: body)
            response.headers.remove(name: .transferEncoding)
        }
        var headers = response.headers
        headers.remove(name: .contentLength)
        cache.store(
            key, CachedResponse(status: response.status, headers: headers, body: body), computed: now,
            generation: generation)
        return response
    }
}
