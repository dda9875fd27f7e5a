import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("The page cache for anonymous visitors")
struct PageCacheTests {
    private func entry(_ text: String, generation: Int, computed: Date) -> PageCache.Entry {
        PageCache.Entry(
            computed: computed, generation: generation, status: .ok, headers: [:], body: ByteBuffer(string: text))
    }

    @Test(
        "Nothing served is older than the maximum age; after half of it one request renders anew while others get the entry"
    )
    func bounds() {
        let cache = PageCache(maximumAge: 2)
        let now = Date()
        #expect(cache.entry("sv /ideas", now: now) == nil)
        cache.store("sv /ideas", entry("a", generation: cache.currentGeneration, computed: now), now: now)
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(0.9))?.body == ByteBuffer(string: "a"))
        #expect(cache.entry("en /ideas", now: now) == nil)
        // Past half the age: the first asker renders, the next still gets the entry, until the maximum age.
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(1.2)) == nil)
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(1.3))?.body == ByteBuffer(string: "a"))
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(2.0)) == nil)
        cache.store(
            "sv /ideas", entry("b", generation: cache.currentGeneration, computed: now.addingTimeInterval(2)),
            now: now.addingTimeInterval(2))
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(2.5))?.body == ByteBuffer(string: "b"))

        // A read that began before a write must not store what it saw.
        let before = cache.currentGeneration
        cache.invalidate()
        #expect(cache.entry("sv /ideas", now: now.addingTimeInterval(2.5)) == nil)
        cache.store("sv /ideas", entry("old", generation: before, computed: now), now: now)
        #expect(cache.entry("sv /ideas", now: now) == nil)
    }

    @Test(
        "Anonymous pages are shared for a moment; any write empties them; signed-in people and personal pages are never cached"
    )
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

            // API answers (streamed by the OpenAPI transport) are kept too, whole.
            let first = try await visitor.get("/api/v1/ideas")
            _ = try await app.makeIdea("Tredje idén", authorID: author)
            let again = try await visitor.get("/api/v1/ideas")
            #expect(first.status == .ok && again.text == first.text && !again.text.contains("Tredje idén"))
            #expect(again.headers.contentType?.description.hasPrefix("application/json") == true)

            // The sign-in page hands out a CSRF token in a cookie: personal, never shared.
            let firstToken = try await TestBrowser(app).csrfToken(from: "/sign-in")
            let secondToken = try await TestBrowser(app).csrfToken(from: "/sign-in")
            #expect(firstToken != secondToken)
        }
    }
}
