import Vapor

/// Serves the files under `Public/` from memory (`Assets`). The fingerprinted name (or the plain name with the
/// current `?v=` fingerprint) may be cached for a year; the plain name must revalidate, and its ETag answers
/// 304. A client that accepts gzip gets the compressed copy, with its own ETag. Anything that is not one of the
/// files goes on to the routes.
struct StaticFileMiddleware: AsyncMiddleware {
    let assets: Assets

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET || request.method == .HEAD,
            let (file, fingerprinted) = assets.file(
                at: request.url.path)
        else {
            return try await next.respond(to: request)
        }
        let compressed = file.gzip.flatMap { Self.acceptsGzip(request.headers[.acceptEncoding]) ? $0 : nil }
        let representation = compressed ?? file.identity
        var headers = HTTPHeaders()
        headers.add(name: .eTag, value: representation.etag)
        if file.gzip != nil { headers.add(name: .vary, value: "Accept-Encoding") }
        let isCurrentVersion = fingerprinted || request.query[String.self, at: "v"] == file.fingerprint
        headers.add(name: .cacheControl, value: isCurrentVersion ? "public, max-age=31536000, immutable" : "no-cache")
        if Self.matches(request.headers[.ifNoneMatch], representation.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers.add(name: .contentType, value: file.contentType)
        if compressed != nil { headers.add(name: .contentEncoding, value: "gzip") }
        // For HEAD too: Vapor writes the headers with the body's length and leaves the body out.
        return Response(status: .ok, headers: headers, body: .init(buffer: representation.body))
    }

    /// `If-None-Match` uses the weak comparison (RFC 9110, 13.1.2): `W/` is ignored, `*` matches.
    static func matches(_ values: [String], _ etag: String) -> Bool {
        values.flatMap { $0.split(separator: ",") }.contains { candidate in
            let tag = candidate.trimmingCharacters(in: .whitespaces)
            return tag == "*" || (tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag) == etag
        }
    }

    /// Whether `Accept-Encoding` (RFC 9110, 12.5.3) allows gzip: named (or `x-gzip`, or `*`) with a weight
    /// above zero. No header means only the identity is sure to be understood.
    static func acceptsGzip(_ values: [String]) -> Bool {
        var gzip: Double?
        var any: Double?
        for item in values.flatMap({ $0.split(separator: ",") }) {
            let parts = item.split(separator: ";")
            let coding = (parts.first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "q" {
                    weight = Double(pair[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            if coding == "gzip" || coding == "x-gzip" {
                gzip = weight
            } else if coding == "*" {
                any = weight
            }
        }
        let chosen = gzip ?? any ?? 0
        return chosen > 0 && chosen <= 1
    }
}
