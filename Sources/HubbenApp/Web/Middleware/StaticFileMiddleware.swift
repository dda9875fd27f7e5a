import Vapor

/// Serves the files under `Public/` from memory (`Assets`). A request naming the current fingerprint
/// (`?v=…`) may be cached for a year; any other must revalidate, and its ETag answers 304. Anything that is not
/// one of the files goes on to the routes.
struct StaticFileMiddleware: AsyncMiddleware {
    let assets: Assets

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD, let file = assets.file(at: request.url.path) else {
            return try await next.respond(to: request)
        }
        var headers = HTTPHeaders()
        headers.add(name: .eTag, value: file.etag)
        let isCurrentVersion = request.query[String.self, at: "v"] == file.fingerprint
        headers.add(name: .cacheControl, value: isCurrentVersion ? "public, max-age=31536000, immutable" : "no-cache")
        if Self.matches(request.headers[.ifNoneMatch], file.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers.add(name: .contentType, value: file.contentType)
        // For HEAD too: Vapor writes the headers with the body's length and leaves the body out.
        return Response(status: .ok, headers: headers, body: .init(buffer: file.body))
    }

    /// `If-None-Match` uses the weak comparison (RFC 9110, 13.1.2): `W/` is ignored, `*` matches.
    static func matches(_ values: [String], _ etag: String) -> Bool {
        values.flatMap { $0.split(separator: ",") }.contains { candidate in
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            return tag == "*" || (tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag) == etag
        }
    }
}
