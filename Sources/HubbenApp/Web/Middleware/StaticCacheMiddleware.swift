import Vapor

/// Cache headers for the files under `Public/`: a fingerprinted URL (`?v=` matching the file's content) may
/// be kept for a year; anything else must be revalidated with its ETag (Vapor's `FileMiddleware` answers
/// `If-None-Match` with 304).
struct StaticCacheMiddleware: AsyncMiddleware {
    static let prefixes = ["/css/", "/js/", "/images/", "/fonts/"]
    let assets: Assets

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let path = request.url.path
        guard Self.prefixes.contains(where: path.hasPrefix),
              response.status == .ok || response.status == .notModified
        else { return response }
        let fingerprint = assets.fingerprint(of: path)
        let isCurrentVersion = fingerprint != nil && request.query[String.self, at: "v"] == fingerprint
        response.headers.replaceOrAdd(
            name: .cacheControl,
            value: isCurrentVersion ? "public, max-age=31536000, immutable" : "no-cache"
        )
        return response
    }
}
