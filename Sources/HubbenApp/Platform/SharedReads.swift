import Foundation
import HubbenCore
import Vapor

/// The parts of pages that are the same for everyone who may see them — a board's columns for coaches, the
/// idea list's cards, an idea's comments — computed once and reused for a moment (at most 2 s, emptied by
/// any write on this instance) by signed-in and anonymous requests alike. What is personal (my support, the
/// CSRF token, the account menu) is added per request, outside what is kept here.
///
/// A key names what was read and everything it depends on (the viewer's scope, the filter, the language);
/// the value's type is part of the key, so two readers cannot mix up each other's values.
struct SharedReads: Sendable {
    /// Nil when shared reads are off (`HUBBEN_SHARED_READS=false`, or a test that writes past the web).
    let cache: ShortLivedCache<any Sendable>?
    /// Where the computations started on the side (an entry in its second half) run: awaited before the
    /// databases close.
    let tasks: TasksOnTheSide

    init(enabled: Bool, maximumAge: TimeInterval = 2, tasks: TasksOnTheSide = TasksOnTheSide()) {
        cache = enabled ? ShortLivedCache(maximumAge: maximumAge) : nil
        self.tasks = tasks
    }

    /// Set while a value is computed on the side: what it reads from other shared reads must be as fresh as if
    /// it were read by a request, so a value within its entry's second half is computed there and then, not
    /// handed out while another computes it.
    @TaskLocal static var isRefreshing = false

    /// The value kept under `key`, or `compute`'s, kept for the next request. `fresh` (the person just wrote
    /// something) always computes anew, so that nobody misses their own change on another instance. In an
    /// entry's second half the asker gets the entry and the next value is computed on the side, so that no
    /// request waits for a refresh (one request a second at a few hundred milliseconds is a wait every
    /// visitor meets in turn); only a request that finds no entry at all computes while the others wait.
    func read<T: Sendable>(
        _ key: String, now: Date, fresh: Bool, _ compute: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        guard let cache else { return try await compute() }
        let key = "\(T.self) \(key)"
        if !fresh {
            let answer: ShortLivedCache<any Sendable>.Answer
            if Self.isRefreshing {
                answer = await cache.value(key, now: now).map { .kept($0) } ?? .compute
            } else {
                answer = await cache.answer(key, now: now)
            }
            switch answer {
            // Two steps: a miss (nil) cast to an optional T would read as a kept nil.
            case .kept(let kept): if let value = kept as? T { return value }
            case .refresh(let kept):
                if let value = kept as? T {
                    refreshOnTheSide(key, now: now, in: cache, compute)
                    return value
                }
            case .compute: break
            }
        }
        let generation = cache.currentGeneration
        let value: T
        do {
            value = try await compute()
        } catch {
            cache.abandon(key)
            throw error
        }
        cache.store(key, value, computed: now, generation: generation)
        return value
    }

    private func refreshOnTheSide<T: Sendable>(
        _ key: String, now: Date, in cache: ShortLivedCache<any Sendable>,
        _ compute: @escaping @Sendable () async throws -> T
    ) {
        let generation = cache.currentGeneration
        tasks.run {
            do {
                let value = try await Self.$isRefreshing.withValue(true) { try await compute() }
                cache.store(key, value, computed: now, generation: generation)
            } catch {
                // The request that would have seen the error has its answer; the next asker computes anew.
                cache.abandon(key)
            }
        }
    }
}

extension Request {
    /// `SharedReads.read` for this request: its clock, and fresh when this browser has just written.
    func sharedRead<T: Sendable>(_ key: String, _ compute: @escaping @Sendable () async throws -> T) async throws -> T {
        try await application.hubben.sharedReads.read(key, now: now, fresh: readsFresh, compute)
    }

    /// Whether what this request reads must not come from a cache: the browser made a change in the last
    /// moments (`WriteMiddleware`'s cookie), or the client asks for a fresh answer (`Cache-Control: no-cache`,
    /// RFC 9111 §5.2.1.4 — an API client that wants to read its own write on another instance).
    var readsFresh: Bool {
        requestCookies[WriteMiddleware.cookieName] != nil
            || headers[.cacheControl].contains { $0.lowercased().contains("no-cache") }
    }
}

extension Request {
    /// A page that is the same for everyone `key` covers (with the language added here), rendered once and
    /// shared; the layout around it (the account menu, the sign-out form's token) is still this request's.
    func sharedPage(_ key: String, _ build: @escaping @Sendable () async throws -> Page) async throws -> Page {
        let rendered = try await sharedRead("\(language.rawValue) \(key)") {
            RenderedPage(try await build())
        }
        return rendered.page
    }
}

extension Request {
    /// A shared page whose forms carry each person's CSRF token: `build` is given `MarkupWithToken`'s stand-in
    /// for the token, the page is rendered once for everyone `key` covers, and each request gets it with its
    /// own token in the stand-in's places.
    func sharedPageWithForms(
        _ key: String, _ build: @escaping @Sendable (_ csrf: String) async throws -> Page
    ) async throws -> Page {
        let (rendered, main) = try await sharedRead("\(language.rawValue) \(key)") {
            let rendered = RenderedPage(try await build(MarkupWithToken.standIn))
            return (rendered, MarkupWithToken(rendered: rendered.main))
        }
        var page = rendered.page
        page.main = main.node(token: CSRF.token(for: self))
        return page
    }
}

/// A page with its main content written out, as `SharedReads` keeps it.
private struct RenderedPage: Sendable {
    let title: String
    let main: String
    let section: NavigationItem?
    let hasErrors: Bool
    let scripts: [String]
    let sharing: Page.Sharing?

    init(_ page: Page) {
        title = page.title
        main = page.main.render()
        section = page.section
        hasErrors = page.hasErrors
        scripts = page.scripts
        sharing = page.sharing
    }

    var page: Page {
        Page(title: title, main: .raw(main), section: section, hasErrors: hasErrors, scripts: scripts, sharing: sharing)
    }
}
