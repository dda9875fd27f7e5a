import Fluent
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

@Suite("Pages and languages")
struct PageTests {
    @Test("The home page is Swedish by default")
    func swedishByDefault() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description == "text/html; charset=utf-8")
            #expect(response.text.hasPrefix("<!DOCTYPE html><html lang=\"sv\">"))
            #expect(response.text.contains("<title>Från idé till verklighet – Hubben</title>"))
            #expect(response.text.contains("Hoppa till innehållet"))
        }
    }

    @Test(
        "Accept-Language picks English; the language cookie wins over it",
        arguments: [
            (["Accept-Language": "en-GB,en;q=0.9"], "en"),
            (["Accept-Language": "de-DE, en;q=0.5"], "en"),
            (["Accept-Language": "fr-FR"], "sv"),
            (["Accept-Language": "en", "Cookie": "hubben_lang=sv"], "sv"),
            (["Accept-Language": "sv", "Cookie": "hubben_lang=en"], "en"),
        ])
    func negotiation(headers: [String: String], expected: String) async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(
                .GET, "/about", headers: HTTPHeaders(headers.map { ($0.key, $0.value) }))
            #expect(response.text.contains("<html lang=\"\(expected)\">"))
            let title = expected == "sv" ? "Om hubben" : "About the hub"
            #expect(response.text.contains("<h1>\(title)</h1>"))
        }
    }

    @Test(
        "Every navigation item and footer page answers in both languages",
        arguments: [
            "/", "/ideas", "/projects", "/events", "/book", "/partners", "/about", "/accessibility", "/privacy",
        ])
    func everyPageAnswers(path: String) async throws {
        try await withTestApp { app in
            for language in Language.allCases {
                let response = try await app.testing().sendRequest(
                    .GET, path, headers: ["Accept-Language": language.rawValue])
                #expect(response.status == .ok)
                #expect(response.text.contains("<html lang=\"\(language.rawValue)\">"))
                #expect(response.text.contains("<main id=\"main\" tabindex=\"-1\">"))
                for item in NavigationItem.allCases {
                    #expect(response.text.contains("href=\"\(item.path)\""))
                }
            }
        }
    }

    @Test("The current section is marked in the navigation")
    func currentSection() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/partners")
            #expect(response.text.contains("<a href=\"/partners\" aria-current=\"page\">Partner</a>"))
            #expect(!response.text.contains("<a href=\"/about\" aria-current"))
        }
    }

    @Test("An unknown page answers 404 with a page in the visitor's language")
    func notFoundPage() async throws {
        try await withTestApp { app in
            let swedish = try await app.testing().sendRequest(.GET, "/finns-inte")
            #expect(swedish.status == .notFound)
            #expect(swedish.text.contains("<html lang=\"sv\">"))
            #expect(swedish.text.contains("<h1>Sidan finns inte</h1>"))

            let english = try await app.testing().sendRequest(.GET, "/nothing-here", headers: ["Accept-Language": "en"])
            #expect(english.status == .notFound)
            #expect(english.text.contains("<h1>Page not found</h1>"))
        }
    }

    @Test("API errors have one JSON shape with the message in the request's language")
    func apiErrorShape() async throws {
        try await withTestApp { app in
            let swedish = try await app.testing().sendRequest(.GET, "/api/v1/nothing")
            #expect(swedish.status == .notFound)
            let body = try swedish.content.decode(APIErrorBody.self)
            #expect(body.error.code == "not_found")
            #expect(body.error.message == "Det finns ingen resurs på den här adressen.")

            let english = try await app.testing().sendRequest(
                .GET, "/api/v1/nothing", headers: ["Accept-Language": "en"])
            #expect(
                try english.content.decode(APIErrorBody.self).error.message == "There is no resource at this address.")
        }
    }

    @Test("The home page shows the hub's live state from the database")
    func homeShowsState() async throws {
        // The demo content is loaded past the web, which shared reads would not know of for a moment.
        try await withTestApp(sharedReads: false) { app in
            let empty = try await app.testing().sendRequest(.GET, "/")
            #expect(empty.text.contains("Hubben har inga partner än."))

            _ = try await DemoContent.load(into: app.db, hasher: app.password) { _ in }
            let filled = try await app.testing().sendRequest(.GET, "/")
            #expect(filled.text.contains("<span class=\"key-number\">9</span> förvaltningar"))
            #expect(filled.text.contains("<span class=\"key-number\">4</span> partner"))
            #expect(filled.text.contains("Sundkraft Energi AB"))
            #expect(filled.text.contains("Reformgrupp digitalisering"))
            #expect(!filled.text.contains("Hubben har inga partner än."))
            // E-mail addresses are never public.
            #expect(!filled.text.contains("@demo.hubben.example"))
        }
    }

    @Test("Text from the database is escaped")
    func escapesText() async throws {
        try await withTestApp { app in
            try await OrganizationStore(database: app.db).create(
                name: "<script>alert(1)</script> AB", kind: .partner, description: "\"quoted\" & <b>bold</b>"
            )
            let response = try await app.testing().sendRequest(.GET, "/partners")
            #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; AB"))
            #expect(!response.text.contains("<script>"))
            #expect(!response.text.contains("<b>bold</b>"))
        }
    }
}

@Suite("Language switch")
struct LanguageSwitchTests {
    @Test("Choosing a language sets a year-long cookie and returns to the page")
    func setsCookie() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/language/en?next=/about")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/about")
            let cookie = try #require(response.headers.setCookie?[LanguageController.cookieName])
            #expect(cookie.string == "en")
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            #expect(cookie.maxAge == 365 * 24 * 3600)
            #expect(!cookie.isSecure)
        }
    }

    @Test("The cookie is Secure when the site is served over https")
    func secureCookie() async throws {
        try await withTestApp(publicURL: URL(string: "https://hubben.example.se")) { app in
            let response = try await app.testing().sendRequest(.GET, "/language/sv")
            #expect(response.headers.setCookie?[LanguageController.cookieName]?.isSecure == true)
        }
    }

    @Test(
        "Only paths on this site are followed",
        arguments: [
            ("/about", "/about"),
            ("/partners?x=1", "/partners?x=1"),
            ("//evil.example/", "/"),
            ("https://evil.example/", "/"),
            ("/\\evil.example", "/"),
            ("about", "/"),
            ("", "/"),
        ])
    func noOpenRedirect(next: String, expected: String) {
        #expect(LanguageController.safeReturnPath(next) == expected)
    }

    @Test("The link carries the current page and is escaped")
    func switchLink() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/about")
            #expect(response.text.contains("href=\"/language/en?next=/about\""))
            #expect(!response.text.contains("href=\"/language/sv"))
        }
    }

    @Test("An unknown language is a 404")
    func unknownLanguage() async throws {
        try await withTestApp { app in
            let response = try await app.testing().sendRequest(.GET, "/language/de?next=/about")
            #expect(response.status == .notFound)
            #expect(response.headers.setCookie?[LanguageController.cookieName] == nil)
        }
    }
}
