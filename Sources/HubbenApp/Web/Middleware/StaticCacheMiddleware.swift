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

/// Vapor's `FileMiddleware`, asked only about paths a file under `Public/` could have: a segment longer than
/// a file name may be (255 bytes) made the file system's lookup fail, and that failure became a 500 for an
/// address that should simply not be found.
struct PublicFileMiddleware: AsyncMiddleware {
    let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory, advancedETagComparison: true)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard path.utf8.count <= 1_024, !path.split(separator: "/").contains(where: { $0.utf8.count > 255 }) else {
            return try await next.respond(to: request)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}
