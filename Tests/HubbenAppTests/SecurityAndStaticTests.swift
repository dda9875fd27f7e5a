import Foundation
@testable import HubbenApp
import Testing
import VaporTesting

@Suite("Security headers and request ids")
struct SecurityHeaderTests {
    @Test(
        "Every response carries the security headers, errors and files included",
        arguments: [
            "/", "/finns-inte", "/api/v1/health", "/css/hubben.css",
        ])
    func headers(path: String) async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, path)
            let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("default-src 'self'"))
            #expect(csp.contains("script-src 'self'"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Referrer-Policy") == "strict-origin-when-cross-origin")
            #expect(response.headers.first(name: "Strict-Transport-Security") == nil)
            #expect(response.headers.first(name: .xRequestId)?.isEmpty == false)
        }
    }

    @Test("HSTS is sent when the public URL is https")
    func hsts() async throws {
        try await withTestApp(publicURL: URL(string: "https://hubben.example.se")) { app in
            let response = try await app.testing().sendRequest(.GET, "/")
            #expect(response.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=") == true)
        }
    }

    @Test("A plain request id from a load balancer is kept; anything else is replaced")
    func requestID() async throws {
        try await withTestApp { app in
            let kept = try await app.testing().sendRequest(.GET, "/healthz", headers: ["X-Request-Id": "lb-42.abc_DEF"])
            #expect(kept.headers.first(name: .xRequestId) == "lb-42.abc_DEF")

            let replaced = try await app.testing().sendRequest(
                .GET, "/healthz", headers: ["X-Request-Id": "anna@example.se"])
            let id = try #require(replaced.headers.first(name: .xRequestId))
            #expect(id != "anna@example.se")
            #expect(UUID(uuidString: id) != nil)
        }
    }

    @Test("Attribute values are escaped")
    func attributeEscaping() {
        #expect(HTMLAttribute.escape("\"><script>x</script>&'") == "&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;&#39;")
        #expect(
            HTMLAttribute.pathWithQuery("/language/en", ["next": "/a\"b?c=1&d"])
                == "/language/en?next=/a%22b%3Fc%3D1%26d")
    }

    @Test("Text content is escaped in one pass; text with nothing to escape comes back unchanged")
    func textEscaping() {
        #expect(
            HTMLWriter.escaped("<script>alert('x')</script> & \"å\"")
                == "&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"å\"")
        #expect(HTMLWriter.escaped("Lånecyklar vid stationen – 40 % fler") == "Lånecyklar vid stationen – 40 % fler")
        #expect(HTMLWriter.escaped("&amp;") == "&amp;amp;")
        #expect(HTMLWriter.escaped("") == "")
    }
}

@Suite("Static files")
struct StaticFileTests {
    @Test("Pages link the stylesheet by a fingerprinted name, which may be cached for a year")
    func fingerprinted() async throws {
        try await withTestApp { app in
            let fingerprint = try #require(app.hubben.assets.fingerprint(of: Assets.stylesheet))
            let page = try await app.testing().sendRequest(.GET, "/")
            #expect(page.text.contains("href=\"/css/hubben.\(fingerprint).css\""))
            #expect(
                page.text.contains(
                    "src=\"/images/hubben-mark.\(try #require(app.hubben.assets.fingerprint(of: Assets.icon))).svg\""))

            for current in ["/css/hubben.\(fingerprint).css", "/css/hubben.css?v=\(fingerprint)"] {
                let response = try await app.testing().sendRequest(.GET, current)
                #expect(response.status == .ok, "\(current)")
                #expect(response.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
                #expect(response.headers.contentType?.description.hasPrefix("text/css") == true)
            }
            for plain in ["/css/hubben.css?v=000000", "/css/hubben.css"] {
                let response = try await app.testing().sendRequest(.GET, plain)
                #expect(response.headers.first(name: .cacheControl) == "no-cache", "\(plain)")
            }
            // Another version's name is not this file.
            #expect(try await app.testing().sendRequest(.GET, "/css/hubben.000000000000.css").status == .notFound)
            #expect(Assets.fingerprintedPath("/css/hubben.css", "ab") == "/css/hubben.ab.css")
            #expect(Assets.fingerprintedPath("/.well-known/x", "ab") == "/.well-known/x.ab")
            #expect(Assets.fingerprintedPath("/LICENSE", "ab") == "/LICENSE.ab")
        }
    }

    @Test(
        "A client that accepts gzip gets the compressed copy (checked by gzip itself), with its own ETag and Vary"
    )
    func gzip() async throws {
        try await withTestApp { app in
            let onDisk = try #require(
                FileManager.default.contents(atPath: app.directory.publicDirectory + "css/hubben.css"))
            let compressed = try await app.testing().sendRequest(
                .GET, app.hubben.assets.url(for: Assets.stylesheet), headers: ["Accept-Encoding": "gzip, deflate, br"])
            #expect(compressed.status == .ok)
            #expect(compressed.headers.first(name: .contentEncoding) == "gzip")
            #expect(compressed.headers.first(name: .vary) == "Accept-Encoding")
            #expect(compressed.body.readableBytes * 3 < onDisk.count)
            #expect(try Self.gunzip(Data(compressed.body.readableBytesView)) == onDisk)
            let plain = try await app.testing().sendRequest(.GET, Assets.stylesheet)
            #expect(plain.headers.first(name: .contentEncoding) == nil)
            #expect(plain.headers.first(name: .vary) == "Accept-Encoding")
            #expect(Data(plain.body.readableBytesView) == onDisk)
            let etag = try #require(compressed.headers.first(name: .eTag))
            #expect(etag != plain.headers.first(name: .eTag))
            let revalidated = try await app.testing().sendRequest(
                .GET, Assets.stylesheet, headers: ["Accept-Encoding": "gzip", "If-None-Match": etag])
            #expect(revalidated.status == .notModified)

            for (header, gzip) in [
                ("gzip", true), ("GZIP;q=0.5", true), ("x-gzip", true), ("*", true), ("br, *;q=0.1", true),
                ("gzip;q=0", false), ("identity", false), ("", false), ("gzip;q=abc", false), ("*;q=0, br", false),
                ("gzip;q=0, *", false), ("gzip;q=2", false), (String(repeating: "gzip;", count: 5_000), true),
            ] {
                #expect(
                    StaticFileMiddleware.acceptsGzip(header.isEmpty ? [] : [header]) == gzip, "\(header.prefix(20))")
            }
        }
    }

    /// The system's gzip, so that what we write is read by someone else's reader.
    static func gunzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(filePath: "/bin/gzip")
        process.arguments = ["-dc"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return result
    }

    @Test("An unchanged file answers 304 to its ETag")
    func etag() async throws {
        try await withTestApp { app in
            let first = try await app.testing().sendRequest(.GET, "/css/hubben.css")
            let etag = try #require(first.headers.first(name: .eTag))
            let second = try await app.testing().sendRequest(.GET, "/css/hubben.css", headers: ["If-None-Match": etag])
            #expect(second.status == .notModified)
            #expect(second.body.readableBytes == 0)
            let weakInAList = try await app.testing().sendRequest(
                .GET, "/css/hubben.css", headers: ["If-None-Match": "\"other\", W/\(etag)"])
            #expect(weakInAList.status == .notModified)
            let changed = try await app.testing().sendRequest(
                .GET, "/css/hubben.css", headers: ["If-None-Match": "\"an-older-version\""])
            #expect(changed.status == .ok)
        }
    }

    @Test("Files come from memory, the same bytes as on disk, with their type; HEAD has the length and no body")
    func fromMemory() async throws {
        try await withTestApp { app in
            let onDisk = try #require(
                FileManager.default.contents(atPath: app.directory.publicDirectory + "js/similar-ideas.js"))
            let script = try await app.testing().sendRequest(.GET, Assets.similarIdeasScript)
            #expect(script.status == .ok)
            #expect(Data(script.body.readableBytesView) == onDisk)
            #expect(script.headers.first(name: .contentType) == "text/javascript; charset=utf-8")
            #expect(script.headers.first(name: .cacheControl) == "no-cache")
            let icon = try #require(
                FileManager.default.contents(atPath: app.directory.publicDirectory + "images/hubben-mark.svg"))
            try await app.testing(method: .running(port: 0)).test(
                .HEAD, "/images/hubben-mark.svg",
                afterResponse: { head in
                    #expect(head.status == .ok)
                    #expect(head.headers.first(name: .contentType)?.hasPrefix("image/svg+xml") == true)
                    #expect(head.headers.first(name: .contentLength) == String(icon.count))
                    #expect(head.body.readableBytes == 0)
                })
            for query in ["v=" + String(repeating: "9", count: 10_000), "v[]=1", "v=%00", "v=-1&v=2", "v"] {
                let odd = try await app.testing().sendRequest(.GET, "/css/hubben.css?" + query)
                #expect(odd.status == .ok, "\(query.prefix(20))")
                #expect(odd.headers.first(name: .cacheControl) == "no-cache")
            }
            for path in [
                "/css/", "/css/finns-inte.css", "/css/../Package.swift", "/css/" + String(repeating: "a", count: 300),
            ] {
                #expect(try await app.testing().sendRequest(.GET, path).status == .notFound, "\(path)")
            }
        }
    }

    @Test("The idea form links its script by fingerprint; pages without it load no script")
    func scriptByFingerprint() async throws {
        try await withTestApp { app in
            let fingerprint = try #require(app.hubben.assets.fingerprint(of: Assets.similarIdeasScript))
            let browser = try await TestBrowser.signedIn(app, "Eva", "eva@example.se")
            let form = try await browser.get("/ideas/new")
            #expect(form.text.contains("<script src=\"/js/similar-ideas.\(fingerprint).js\" defer>"))
            #expect(!(try await app.testing().sendRequest(.GET, "/")).text.contains("<script"))
        }
    }
}
