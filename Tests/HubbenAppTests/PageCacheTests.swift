import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("The page cache for anonymous visitors")
struct PageCacheTests {
    @Test(
        "Nothing served is older than the maximum age; after half of it one request renders anew while others get the entry"
    )
    func bounds() async {
        let cache = ShortLivedCache<String>(maximumAge: 2)
        let now = Date()
        #expect(await cache.value("sv /ideas", now: now) == nil)
        cache.store("sv /ideas", "a", computed: now, generation: cache.currentGeneration)
        #expect(await cache.value("sv /ideas", now: now.addingTimeInterval(0.9)) == "a")
        #expect(await cache.value("en /ideas", now: now) == nil)
        cache.abandon("en /ideas")
        // Past half the age: the first asker renders, the next still gets the entry, until the maximum age.
        #expect(await cache.value("sv /ideas", now: now.addingTimeInterval(1.2)) == nil)
        #expect(await cache.value("sv /ideas", now: now.addingTimeInterval(1.3)) == "a")
        cache.abandon("sv /ideas")
        #expect(await cache.value("sv /ideas", now: now.addingTimeInterval(2.0)) == nil)
        cache.store(
            "sv /ideas", "b", computed: now.addingTimeInterval(2), generation: cache.currentGeneration)
        #expect(await cache.value("sv /ideas", now: now.addingTimeInterval(2.5)) == "b")

        // A read that began before a write must not store what it saw.
        let before = cache.currentGeneration
        cache.invalidate()
        #expect(await cache.value("sv /ideas", now: now.addingTimeInterval(2.5)) == nil)
        cache.store("sv /ideas", "old", computed: now, generation: before)
        #expect(await cache.value("sv /ideas", now: now) == nil)
        cache.abandon("sv /ideas")

        // Full: what has expired goes first; when nothing has, everything does.
        let small = ShortLivedCache<Int>(maximumAge: 2, maximumEntries: 2)
        small.store("a", 1, computed: now, generation: 0)
        small.store("b", 2, computed: now.addingTimeInterval(3), generation: 0)
        small.store("c", 3, computed: now.addingTimeInterval(3), generation: 0)
        #expect(await small.value("a", now: now.addingTimeInterval(3)) == nil)
        #expect(await small.value("b", now: now.addingTimeInterval(3)) == 2)
        #expect(await small.value("c", now: now.addingTimeInterval(3)) == 3)
    }

    @Test("With nothing kept, one asker computes and the others wait for its answer instead of computing it too")
    func oneComputes() async throws {
        let cache = ShortLivedCache<String>(maximumAge: 2)
        let now = Date()
        /// Three more askers while the first computes; what each of them gets.
        func askers(_ finish: () -> Void) async throws -> [String?] {
            let waiting = (0..<3).map { _ in Task { await cache.value("sv /insights", now: now) } }
            while cache.waiting(for: "sv /insights") < 3 { try await Task.sleep(for: .milliseconds(1)) }
            finish()
            var answers: [String?] = []
            for asker in waiting { answers.append(await asker.value) }
            return answers
        }

        #expect(await cache.value("sv /insights", now: now) == nil)
        let stored = try await askers {
            cache.store("sv /insights", "a", computed: now, generation: cache.currentGeneration)
        }
        #expect(stored == ["a", "a", "a"])

        // The computation failed, or a write came in between: each waiting asker computes its own.
        cache.invalidate()
        #expect(await cache.value("sv /insights", now: now) == nil)
        #expect(try await askers { cache.abandon("sv /insights") } == [nil, nil, nil])
        cache.abandon("sv /insights")
        #expect(await cache.value("sv /insights", now: now) == nil)
        #expect(try await askers { cache.invalidate() } == [nil, nil, nil])

        // A computation that never reports back holds nobody up past the longest wait.
        cache.invalidate()
        #expect(await cache.value("sv /insights", now: now) == nil)
        #expect(await cache.value("sv /insights", now: now.addingTimeInterval(cache.maximumWait + 1)) == nil)
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
