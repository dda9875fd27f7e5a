import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("The page cache for anonymous visitors")
struct PageCacheTests {
    private func entry(_ text: String, generation: Int, expires: Date) -> PageCache.Entry {
        PageCache.Entry(expires: expires, generation: generation, status: .ok, headers: [:], body: ByteBuffer(string: text))
    }

    @Test("An entry is served for at most its lifetime, and never after an invalidation, even if computed before it")
    func bounds() {
        let cache = PageCache(lifetime: 2)
        let now = Date()
        cache.store("sv /ideas", entry("a", generation: cache.currentGeneration, expires: now.addingTimeInterval(2)), now: now)
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(1.9))?.body == ByteBuffer(string: "a"))
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(2.0)) == nil)
        #expect(cache.entry("en /ideas", now: now) == nil)

        // A read that began before a write must not store what it saw.
        let before = cache.currentGeneration
        cache.invalidate()
        cache.store("sv /ideas", entry("old", generation: before, expires: now.addingTimeInterval(2)), now: now)
        #expect(cache.entry("sv /ideas", now: now) == nil)
    }

    @Test("Anonymous pages are shared for a moment; any write empties them; signed-in people and personal pages are never cached")
    func middleware() async throws {
        try await withTestApp(pageCache: true) { app in
            let author = try await app.makeAccount("Eva", "eva@example.se")
            _ = try await app.makeIdea("Första idén", authorID: author)
            let visitor = TestBrowser(app)
            #expect(try await visitor.get("/ideas").text.contains("Första idén"))
            // Written straight to the database, past the web: the cached page does not know yet.
            _ = try await app.makeIdea("Andra idén", authorID: author)
            #expect(!(try await visitor.get("/ideas").text.contains("Andra idén")))

            // A signed-in person sees it at once.
            let eva = TestBrowser(app)
            try await eva.signIn("eva@example.se", "ett långt lösenord")
            #expect(try await eva.get("/ideas").text.contains("Andra idén"))
            // Any write through the site (here, signing in) empties the cache for everyone.
            #expect(try await visitor.get("/ideas").text.contains("Andra idén"))

            // The sign-in page hands out a CSRF token in a cookie: personal, never shared.
            let first = try await TestBrowser(app).csrfToken(from: "/sign-in")
            let second = try await TestBrowser(app).csrfToken(from: "/sign-in")
            #expect(first != second)
        }
    }
}
