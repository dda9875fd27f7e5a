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

    init(enabled: Bool, maximumAge: TimeInterval = 2) {
        cache = enabled ? ShortLivedCache(maximumAge: maximumAge) : nil
    }

    /// The value kept under `key`, or `compute`'s, kept for the next request. `fresh` (the person just wrote
    /// something) always computes anew, so that nobody misses their own change on another instance.
    func read<T: Sendable>(_ key: String, now: Date, fresh: Bool, _ compute: () async throws -> T) async throws -> T {
        guard let cache else { return try await compute() }
        let key = "\(T.self) \(key)"
        // Two steps: a miss (nil) cast to an optional T would read as a kept nil.
        if !fresh, let kept = await cache.value(key, now: now), let value = kept as? T { return value }
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
}

extension Request {
    /// `SharedReads.read` for this request: its clock, and fresh when this browser has just written.
    func sharedRead<T: Sendable>(_ key: String, _ compute: () async throws -> T) async throws -> T {
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
    func sharedPage(_ key: String, _ build: () async throws -> Page) async throws -> Page {
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
    func sharedPageWithForms(_ key: String, _ build: (_ csrf: String) async throws -> Page) async throws -> Page {
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
