import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

extension TestBrowser {
    /// Posts a `multipart/form-data` form (a file field among text fields), the CSRF token fetched from
    /// `tokenPage` first.
    @discardableResult
    func postMultipart(
        _ path: String, _ fields: [(String, String)], file: (name: String, filename: String, bytes: [UInt8])? = nil,
        tokenPage: String
    ) async throws -> TestingHTTPResponse {
        let boundary = "hubben-test-boundary-7d1c"
        var body = ByteBuffer()
        let all = fields + [(CSRF.fieldName, try await csrfToken(from: tokenPage))]
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let file {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = headers
        if !cookies.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookieHeader) }
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: body)
    }
}

/// The smallest PNG: one transparent pixel.
let onePixelPNG: [UInt8] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
]

/// A post written straight through the store.
@discardableResult
func makeNewsPost(
    _ app: Application, _ title: String, body: String = "Texten.", status: NewsStatus = .published,
    publishAt: Date? = nil, now: Date = Date()
) async throws -> Int {
    try await NewsStore(database: app.db).insert(
        NewsPostDraft(
            title: title, summary: "Ingress om \(title)", body: body, imageAlt: "", themeIDs: [], projectIDs: [],
            eventIDs: [], partnerIDs: [], status: status, publishAt: publishAt),
        image: nil, authorID: nil, now: now)
}

private func confirmationPath(_ app: Application, to recipient: String) async throws -> String {
    let body = try #require(try await app.lastMail(to: recipient)?.textBody)
    let word = try #require(body.split(whereSeparator: \.isWhitespace).first { $0.contains("/news/confirmations/") })
    return String(word[try #require(word.range(of: "/news/confirmations/")).lowerBound...])
}

@Suite("News: writing, scheduling, the sanitised text, guests' comments and their moderation, the feed and the API")
struct NewsTests: APITestSuite {
    private func postForm(_ title: String, _ overrides: [String: String] = [:]) -> [(String, String)] {
        var fields = [
            "title": title, "summary": "Kort ingress.", "body": "## Mellanrubrik\n\nText med **fetstil**.",
            "image_alt": "", "projects": "", "events": "", "partners": "", "status": "published", "publish_on": "",
            "publish_time": "",
        ]
        for (key, value) in overrides { fields[key] = value }
        return fields.sorted { $0.key < $1.key }
    }

    @Test("The hub team writes a post with an image; a draft and a scheduled post are theirs until the moment comes")
    func writeAndSchedule() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date())
            app.hubben.clock = clock
            let hub = try await ProjectFixture.make(app)
            let project = try await hub.project("Digital felanmälan")
            let hidden = try await hub.project("Intern utredning", visibility: .internal)
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            // An SVG is refused at its field, with everything typed kept.
            let svg = try await coach.postMultipart(
                "/news/new", postForm("Solceller på taket", ["image_alt": "Taket", "projects": "\(project)"]),
                file: ("image", "x.svg", Array("<svg onload=alert(1)></svg>".utf8)), tokenPage: "/news/new")
            #expect(svg.status == .unprocessableEntity && svg.text.contains("PNG, JPEG, GIF eller WebP"))
            #expect(svg.text.contains("value=\"Solceller på taket\"") && svg.text.contains("Text med **fetstil**."))
            // An image without its text alternative, and a link to an internal project, are refused.
            let noAlt = try await coach.postMultipart(
                "/news/new", postForm("Solceller på taket", ["projects": "\(project), \(hidden)"]),
                file: ("image", "tak.png", onePixelPNG), tokenPage: "/news/new")
            #expect(noAlt.status == .unprocessableEntity)
            #expect(noAlt.text.contains("Beskriv vad bilden visar") && noAlt.text.contains("offentliga projekt"))
            let miljo = try #require(try await IdeaStore(database: app.db).themes().first { $0.slug == "miljo" })
            let saved = try await coach.postMultipart(
                "/news/new",
                postForm(
                    "Solceller på taket", ["image_alt": "Solpaneler på stadshusets tak", "projects": "\(project)"])
                    + [("themes[]", "\(miljo.id)")],
                file: ("image", "tak.png", onePixelPNG), tokenPage: "/news/new")
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers.first(name: .location))
            let id = try #require(Int(location.dropFirst("/news/".count).prefix { $0.isNumber }))
            let page = try await TestBrowser(app).get("/news/\(id)")
            #expect(page.status == .ok && page.text.contains("<h2>Mellanrubrik</h2>"))
            #expect(
                page.text.contains("<strong>fetstil</strong>")
                    && page.text.contains("alt=\"Solpaneler på stadshusets tak\""))
            #expect(page.text.contains("href=\"/projects/\(project)\"") && page.text.contains("og:image"))
            #expect(page.text.contains("<span class=\"tag\">Miljö</span>"))
            let image = try await TestBrowser(app).get("/news/\(id)/image")
            #expect(image.status == .ok && image.headers.first(name: .contentType) == "image/png")
            #expect(image.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(Array(image.body.readableBytesView) == onePixelPNG)

            // A draft: the hub team's only.
            let draft = try await makeNewsPost(app, "Hemligt utkast", status: .draft)
            #expect(try await TestBrowser(app).get("/news/\(draft)").status == .notFound)
            #expect(try await TestBrowser(app).get("/news/\(draft)/image").status == .notFound)
            #expect(try await coach.get("/news/\(draft)").status == .ok)
            #expect(try await coach.get("/news").text.contains("Hemligt utkast"))
            #expect(!(try await TestBrowser(app).get("/news").text.contains("Hemligt utkast")))

            // Scheduled for tomorrow 09:00: not in the list, the feed or the API before then.
            let tomorrow = Day(clock.now()).adding(days: 1)
            let scheduled = try await coach.postMultipart(
                "/news/new",
                postForm("Demodag i maj", ["publish_on": tomorrow.description, "publish_time": "09:00"]),
                tokenPage: "/news/new")
            #expect(scheduled.status == .seeOther)
            for path in ["/news", "/news/feed.atom", "/api/v1/news"] {
                #expect(!(try await TestBrowser(app).get(path).text.contains("Demodag i maj")), "\(path)")
            }
            clock.advance(by: 2 * 24 * 3600)
            for path in ["/news", "/news/feed.atom", "/api/v1/news"] {
                #expect(try await TestBrowser(app).get(path).text.contains("Demodag i maj"), "\(path)")
            }
            // Someone outside the hub team cannot write or edit.
            let resident = try await TestBrowser.signedIn(app, "Rut", "rut2@example.se")
            #expect(try await resident.get("/news/new").status == .forbidden)
            #expect(try await resident.get("/news/\(id)/edit").status == .forbidden)
        }
    }

    @Test("Markdown renders whatever the hub team types, up to the limit: pathological runs and random marks")
    func pathologicalMarkdown() {
        let limit = NewsPostDraft.bodyLimit
        let runs = [
            "[", "*", "_", "`", "> ", "- ", "1. ", "#", "<", "](", "![", "\\", "|", "---\n", "\n", "\r\n", "&", "    ",
        ]
        for run in runs {
            let text = String(String(repeating: run, count: limit / run.count + 1).prefix(limit))
            let html = NewsMarkdown.html(text)
            #expect(!html.contains("<script"), "\(run)")
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = runs + ["a", "ö", " ", "http://x.se", "<b>", "</i>", "*a*", "**", "[x](y)", "🚲", "\t"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...400, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let html = NewsMarkdown.html(text)
            #expect(HTMLSanitizer.sanitize(html) == html)
        }
    }

    @Test("Markup typed into the title, summary, alt text and a guest's name and comment stays text everywhere")
    func markupInEveryField() async throws {
        try await withTestApp { app in
            let hostile = "x\"><script>alert(1)</script><img src=x onerror=alert(2)>"
            let id = try await NewsStore(database: app.db).insert(
                NewsPostDraft(
                    title: "Solceller " + hostile, summary: hostile, body: "Text", imageAlt: hostile, themeIDs: [],
                    projectIDs: [], eventIDs: [], partnerIDs: [], status: .published, publishAt: nil),
                image: .init(contentType: ImageKind.png.rawValue, bytes: onePixelPNG), authorID: nil,
                now: Date().addingTimeInterval(-60))
            _ = try await NewsStore(database: app.db).addComment(
                postID: id, accountID: nil,
                NewsCommentDraft(body: hostile, guestName: hostile, guestEmail: "g@example.se"),
                moderation: .approved, confirmTokenHash: nil, now: Date())
            for path in ["/news", "/news/\(id)", "/news/\(id)/comments", "/news/feed.atom", "/search?q=solceller", "/"]
            {
                let text = try await TestBrowser(app).get(path).text
                #expect(!text.contains("<script>alert") && !text.contains("<img src=x"), "\(path)")
            }
        }
    }

    @Test("Hostile Markdown reaches no page, feed or API as markup")
    func hostileMarkdown() async throws {
        try await withTestApp { app in
            let body = """
                Hej <script>alert(1)</script> [klick](javascript:alert(2)) <img src=x onerror=alert(3)>
                <a href="jav&#x61;script:alert(4)">a</a> <svg onload=alert(5)></svg> <iframe src="data:text/html,x"></iframe>
                <p style="position:fixed" onmouseover="alert(6)">stil</p>
                """
            let id = try await makeNewsPost(app, "Farlig text", body: body)
            for path in ["/news/\(id)", "/news/feed.atom", "/api/v1/news/\(id)"] {
                let text = try await TestBrowser(app).get(path).text
                // Raw HTML is shown as text: what must never be there is markup.
                for bad in [
                    "<script", "href=\"javascript", "<img src=x", "<svg", "<iframe", "onmouseover=\"",
                    "style=\"position",
                ] {
                    #expect(!text.contains(bad), "\(bad) in \(path)")
                }
            }
            #expect(try await TestBrowser(app).get("/news/\(id)").text.contains("stil"))
        }
    }

    @Test("A guest's comment waits for moderation; a confirmed, approved guest's next appears at once unless it links")
    func guestComments() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date())
            app.hubben.clock = clock
            _ = try await app.makeAccount("Sara Coach", "coach@example.se", roles: [.coach])
            let id = try await makeNewsPost(app, "Öppet hus", now: clock.now().addingTimeInterval(-60))
            let guest = TestBrowser(app)
            func comment(_ body: String, secondsAgo: Double = 30, _ extra: [String: String] = [:]) async throws
                -> TestingHTTPResponse
            {
                var fields = ["name": "Gunnel Gäst", "email": "Gunnel@Example.se", "body": body]
                fields["started"] = "\(Int(clock.now().timeIntervalSince1970 - secondsAgo))"
                for (key, value) in extra { fields[key] = value }
                return try await guest.post("/news/\(id)/comments", fields, tokenPage: "/news/\(id)/comments")
            }
            // The post's page has no form for a guest (it is the same for everyone), only the way to one.
            let postPage = try await guest.get("/news/\(id)")
            #expect(!postPage.text.contains(CSRF.fieldName) && postPage.text.contains("/news/\(id)/comments"))
            // A script: the honeypot keeps nothing; a form sent at once is re-shown with the text kept.
            #expect(try await comment("Köp billigt", ["website": "http://spam.example"]).status == .seeOther)
            let fast = try await comment("Snabb kommentar", secondsAgo: 1)
            #expect(fast.status == .unprocessableEntity && fast.text.contains("Snabb kommentar"))
            #expect(try await app.db.sql.raw("SELECT id FROM news_comments").all().isEmpty)
            let missing = try await comment("Utan adress", ["email": ""])
            #expect(missing.status == .unprocessableEntity && missing.text.contains("Ange din e-postadress"))

            let waiting = try await comment("Vilken bra dag!")
            #expect(waiting.headers.first(name: .location) == "/news/\(id)?done=waiting#comments")
            #expect(!(try await TestBrowser(app).get("/news/\(id)").text.contains("Vilken bra dag!")))
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            let queue = try await coach.get("/admin/comments")
            #expect(queue.text.contains("Vilken bra dag!") && !queue.text.contains("gunnel@example.se"))
            let commentID = try #require(
                try await app.db.sql.raw("SELECT id FROM news_comments").first()?.decode(column: "id", as: Int.self))
            // Hiding needs a reason.
            let noReason = try await coach.post(
                "/news/comments/\(commentID)/moderation", ["decision": "hide", "reason": ""], tokenPage: "/news/\(id)")
            #expect(noReason.status == .unprocessableEntity && noReason.text.contains("Skriv varför kommentaren döljs"))
            let approved = try await coach.post(
                "/news/comments/\(commentID)/moderation", ["decision": "approve"], tokenPage: "/news/\(id)")
            #expect(approved.status == .seeOther)
            #expect(try await TestBrowser(app).get("/news/\(id)").text.contains("Vilken bra dag!"))

            // Not yet confirmed: the next still waits.
            #expect(try await comment("Andra kommentaren").headers.first(name: .location)?.contains("waiting") == true)
            let confirmation = try await confirmationPath(app, to: "gunnel@example.se")
            #expect(try await guest.get(confirmation).status == .ok)
            let confirmed = try await guest.post(confirmation, [:], tokenPage: confirmation)
            #expect(confirmed.status == .ok && confirmed.text.contains("adressen är bekräftad"))
            #expect(try await guest.post(confirmation, [:], tokenPage: "/news/\(id)/comments").status == .notFound)
            // Confirmed and approved before: at once; with a link: to moderation all the same.
            let atOnce = try await comment("Tredje kommentaren")
            #expect(atOnce.headers.first(name: .location)?.contains("done=published") == true)
            #expect(
                try await comment("Se example.se/rabatt").headers.first(name: .location)?.contains("waiting") == true)
            // Someone else's address gives no shortcut.
            let other = try await comment("Från en annan", ["email": "annan@example.se"])
            #expect(other.headers.first(name: .location)?.contains("waiting") == true)

            // The address is never shown: not on the pages, in the feed or in the API.
            for path in ["/news/\(id)", "/news", "/news/feed.atom", "/api/v1/news", "/api/v1/news/\(id)"] {
                let text = try await TestBrowser(app).get(path).text.lowercased()
                #expect(!text.contains("gunnel@example.se"), "\(path)")
            }
            #expect(!(try await coach.get("/news/\(id)").text.lowercased().contains("gunnel@example.se")))
            #expect(!(try await coach.get("/admin/comments").text.lowercased().contains("gunnel@example.se")))
        }
    }

    @Test("A member's comment appears at once; a moderator hides it with a reason or deletes it")
    func memberComments() async throws {
        try await withTestApp { app in
            _ = try await app.makeAccount("Sara Coach", "coach@example.se", roles: [.coach])
            let id = try await makeNewsPost(app, "Nytt projekt", now: Date().addingTimeInterval(-60))
            let member = try await TestBrowser.signedIn(app, "Maja Medlem", "maja@example.se")
            let empty = try await member.post("/news/\(id)/comments", ["body": "  "], tokenPage: "/news/\(id)")
            #expect(empty.status == .unprocessableEntity && empty.text.contains("Skriv en kommentar"))
            let saved = try await member.post(
                "/news/\(id)/comments", ["body": "Spännande <b>projekt</b>"], tokenPage: "/news/\(id)")
            #expect(saved.headers.first(name: .location)?.contains("done=published") == true)
            let page = try await TestBrowser(app).get("/news/\(id)")
            #expect(page.text.contains("Spännande &lt;b&gt;projekt&lt;/b&gt;") && page.text.contains("Maja Medlem"))
            // Members share one rendering of the post (neither has just written), each with their own token.
            let kalle = try await TestBrowser.signedIn(app, "Kalle Medlem", "kalle@example.se")
            for browser in [member, kalle] { browser.cookies[WriteMiddleware.cookieName] = nil }
            let majasPage = try await member.get("/news/\(id)").text
            let kallesPage = try await kalle.get("/news/\(id)").text
            // The sign-out form and the comment form: one token each, in every form of the page.
            #expect(majasPage.contains("comment_body") && kallesPage.contains("Spännande &lt;b&gt;projekt&lt;/b&gt;"))
            let (majasTokens, kallesTokens) = (
                TestBrowser.csrfTokens(in: majasPage), TestBrowser.csrfTokens(in: kallesPage)
            )
            #expect(majasTokens.count == 1 && kallesTokens.count == 1)
            #expect(majasTokens != kallesTokens)
            #expect(!majasPage.contains(MarkupWithToken.standIn))
            // A member cannot moderate.
            let commentID = try #require(
                try await app.db.sql.raw("SELECT id FROM news_comments").first()?.decode(column: "id", as: Int.self))
            #expect(
                try await member.post(
                    "/news/comments/\(commentID)/moderation", ["decision": "delete"], tokenPage: "/news/\(id)"
                ).status == .notFound)
            let coach = TestBrowser(app)
            try await coach.signIn("coach@example.se", "ett långt lösenord")
            _ = try await coach.post(
                "/news/comments/\(commentID)/moderation", ["decision": "hide", "reason": "Utanför ämnet"],
                tokenPage: "/news/\(id)")
            #expect(!(try await TestBrowser(app).get("/news/\(id)").text.contains("Spännande")))
            #expect(try await coach.get("/news/\(id)").text.contains("Dold: Utanför ämnet"))
            _ = try await coach.post(
                "/news/comments/\(commentID)/moderation", ["decision": "delete"], tokenPage: "/news/\(id)")
            #expect(try await app.db.sql.raw("SELECT id FROM news_comments").all().isEmpty)
        }
    }

    @Test("The feed is Atom with the sanitised text; the API pages and names its fields")
    func feedAndAPI() async throws {
        try await withTestApp { app in
            for number in 1...25 {
                try await makeNewsPost(
                    app, "Nyhet \(number)", body: "Text & mer", now: Date().addingTimeInterval(Double(number - 100)))
            }
            let feed = try await TestBrowser(app).get("/news/feed.atom")
            #expect(feed.headers.first(name: .contentType)?.hasPrefix("application/atom+xml") == true)
            #expect(feed.text.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"") && feed.text.contains("Nyhet 25"))
            #expect(feed.text.contains("&lt;p&gt;Text &amp;amp; mer&lt;/p&gt;"))
            let first = try object(try await send(app, .GET, "/api/v1/news"))
            #expect(first["total"] as? Int == 25 && (first["items"] as? [[String: Any]])?.count == 20)
            #expect((first["items"] as? [[String: Any]])?.first?["title"] as? String == "Nyhet 25")
            let second = try object(try await send(app, .GET, "/api/v1/news?page=2"))
            #expect((second["items"] as? [[String: Any]])?.count == 5)
            #expect(try await send(app, .GET, "/api/v1/news?page=0").status == .badRequest)
            #expect(try await send(app, .GET, "/api/v1/news/999999").status == .notFound)
            let one = try object(try await send(app, .GET, "/api/v1/news/1"))
            #expect(one["html"] as? String == "<p>Text &amp; mer</p>")
        }
    }

    @Test("A person's comments are in their data and go with their account, guest comments with their address too")
    func personalData() async throws {
        try await withTestApp { app in
            let id = try await makeNewsPost(app, "Nyhet", now: Date().addingTimeInterval(-60))
            let account = try await app.makeAccount("Per Persson", "per@example.se")
            let store = NewsStore(database: app.db)
            _ = try await store.addComment(
                postID: id, accountID: account, NewsCommentDraft(body: "Som medlem"), moderation: .approved,
                confirmTokenHash: nil, now: Date())
            _ = try await store.addComment(
                postID: id, accountID: nil,
                NewsCommentDraft(body: "Som gäst", guestName: "Per", guestEmail: "PER@example.se"),
                moderation: .pending, confirmTokenHash: nil, now: Date())
            let export = try await AccountExport.make(
                accountID: account, database: app.db, hasher: app.password, now: Date())
            let json = String(decoding: try #require(export).json(), as: UTF8.self)
            #expect(json.contains("Som medlem") && json.contains("Som gäst"))
            try await AccountStore(database: app.db, hasher: app.password).delete(id: account, now: Date())
            #expect(try await app.db.sql.raw("SELECT id FROM news_comments").all().isEmpty)
        }
    }
}
