import Foundation
import HubbenCore
import Testing

@Suite("News: the allow-list sanitiser against hostile HTML, links in guest comments, images by their bytes")
struct NewsRuleTests {
    private func clean(_ html: String) -> String { HTMLSanitizer.sanitize(html) }

    @Test("Scripts, styles, frames, SVG and MathML go with everything inside them")
    func droppedElements() {
        #expect(clean("<p>a<script>alert(1)</script>b</p>") == "<p>ab</p>")
        #expect(clean("<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok") == "ok")
        #expect(clean("<style>body{display:none}</style><p>x</p>") == "<p>x</p>")
        #expect(clean("<iframe src=\"javascript:alert(1)\"></iframe>x") == "x")
        #expect(clean("<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\">c</a></svg>x") == "x")
        #expect(clean("<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>y") == "y")
        #expect(clean("<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>z") == "z")
        #expect(clean("<template><img src=x onerror=alert(1)></template>t") == "t")
        // A script that never closes takes the rest with it.
        #expect(clean("<p>a</p><script>alert(1)") == "<p>a</p>")
        #expect(!clean("<scr<script>ipt>alert(1)</script>").contains("<script"))
    }

    @Test("Event attributes, styles and unknown attributes go; only http, https and mailto links stay")
    func attributesAndLinks() {
        #expect(clean("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\">a</p>") == "<p>a</p>")
        #expect(clean("<img src=x onerror=alert(1)>") == "")
        #expect(clean("<a href=\"javascript:alert(1)\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\"JaVaScRiPt:alert(1)\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\" \tjava\nscript:alert(1)\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\"jav&#x61;script:alert(1)\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\"jav&#97;script&colon;alert(1)\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>") == "<a>x</a>")
        #expect(clean("<a href=\"vbscript:msgbox(1)\">x</a>") == "<a>x</a>")
        #expect(
            clean("<a href='https://stad.se/a?b=1&amp;c=2' title='T'>x</a>")
                == "<a href=\"https://stad.se/a?b=1&amp;c=2\" title=\"T\">x</a>")
        #expect(clean("<a href=\"mailto:hubben@stad.se\">m</a>") == "<a href=\"mailto:hubben@stad.se\">m</a>")
        #expect(clean("<a href=\"/projects/3#x\">p</a>") == "<a href=\"/projects/3#x\">p</a>")
        #expect(clean("<a href=\"x\" onmouseover=alert(1)>a</a>") == "<a href=\"x\">a</a>")
        // A value cannot break out of its quotes.
        #expect(clean("<a title='\" onclick=\"alert(1)'>q</a>") == "<a title=\"&quot; onclick=&quot;alert(1)\">q</a>")
        #expect(clean("<ol start=\"3\" type=\"a\"><li>x</li></ol>") == "<ol start=\"3\"><li>x</li></ol>")
        #expect(clean("<ol start=\"3;x\"><li>x</li></ol>") == "<ol><li>x</li></ol>")
    }

    @Test("Text stays text: stray brackets escaped, entities kept, comments dropped, elements balanced")
    func textAndBalance() {
        #expect(clean("1 < 2 & 3 > 2") == "1 &lt; 2 &amp; 3 &gt; 2")
        #expect(clean("&lt;script&gt; &amp; &#x27;") == "&lt;script&gt; &amp; &#x27;")
        #expect(clean("a<!-- <script>alert(1)</script> -->b") == "ab")
        #expect(clean("<!DOCTYPE html><?xml x?>c") == "c")
        #expect(clean("<p><strong>a<em>b</p>c") == "<p><strong>a<em>b</em></strong></p>c")
        #expect(clean("</div></p>x") == "x")
        #expect(clean("<h1>Rubrik</h1>") == "<h2>Rubrik</h2>")
        #expect(clean("<div><span>x</span></div>") == "x")
        #expect(clean("<p title=\"a") == "")
        #expect(clean("\"quoted\" 'single'") == "&quot;quoted&quot; &#39;single&#39;")
        // Characters beyond ASCII pass whole, in text, in values and next to every kind of markup.
        #expect(
            clean("<a title='Åsa 👋' href=\"/sök?q=smörgås\">Räksmörgås 😀 &amp; é</a><é>ö</é>")
                == "<a title=\"Åsa 👋\" href=\"/sök?q=smörgås\">Räksmörgås 😀 &amp; é</a>&lt;é&gt;ö&lt;/é&gt;")
        #expect(clean("👩‍👩‍👧<p>ǅ\u{301}</p>") == "👩‍👩‍👧<p>ǅ\u{301}</p>")
    }

    @Test("Sanitising its own output changes nothing")
    func idempotent() {
        let inputs = [
            "<p>a <a href=\"https://x.se/?a=1&b=2\">l</a> &amp; <code>x<y</code></p>",
            "<ul><li>1</li><li>2<script>x</script></li></ul>", "1 < 2 & \"3\"", "<a href=\"/a'b\">x</a>",
        ]
        for input in inputs {
            let once = clean(input)
            #expect(clean(once) == once, "\(input)")
        }
    }

    @Test("Random markup never survives as a tag outside the allow-list or a script-capable attribute")
    func randomMarkup() {
        var generator = SystemRandomNumberGenerator()
        let pieces = [
            "<", ">", "</", "/>", "script", "a", " href=", "\"", "'", "javascript:", "on", "click=", "=", "&#", "x61;",
            "p", "img", " src=", "svg", "<!--", "-->", "&", ";", "style", " ", "\n", "\t", "h1", "iframe", "data:",
            "å", "😀", "é\u{301}",
        ]
        let allowed: Set<String> = ["p", "a", "h2"]
        for _ in 0..<3_000 {
            let input = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let output = clean(input).lowercased()
            // Text's "<" is escaped: every "<" left opens a tag the sanitiser wrote.
            for tag in output.split(separator: "<", omittingEmptySubsequences: false).dropFirst() {
                let inside = tag.prefix { $0 != ">" }
                let name = inside.drop { $0 == "/" }.prefix { !$0.isWhitespace }
                #expect(allowed.contains(String(name)), "\(input) → \(output)")
                #expect(!inside.contains(" on") && !inside.contains("style="), "\(input) → \(output)")
            }
            #expect(!output.contains("href=\"javascript") && !output.contains("href=\"data"), "\(input)")
            #expect(clean(clean(input)) == clean(input), "\(input)")
        }
    }

    @Test("A guest's comment with a link of any kind goes to moderation")
    func links() {
        #expect(NewsCommentDraft(body: "Se https://example.se").hasLink)
        #expect(NewsCommentDraft(body: "www.example.se").hasLink)
        #expect(NewsCommentDraft(body: "gå till example.se/erbjudande nu").hasLink)
        #expect(NewsCommentDraft(body: "[klicka](http://x)").hasLink)
        #expect(!NewsCommentDraft(body: "Bra jobbat! Vi ses kl. 18.00 på torget.").hasLink)
        #expect(!NewsCommentDraft(body: "1/2 av oss kom. Tack t.ex. för fikat").hasLink)
    }

    @Test("A guest comment needs a name and a usable address; the address is kept in lower case")
    func guestDraft() {
        let draft = NewsCommentDraft(body: "Hej", guestName: " Ada ", guestEmail: " Ada@Example.SE ")
        #expect(draft.guestEmail == "ada@example.se" && draft.guestName == "Ada")
        #expect(draft.problems(asGuest: true).isEmpty)
        #expect(NewsCommentDraft(body: "Hej").problems(asGuest: true)[.email] == .missing)
        #expect(NewsCommentDraft(body: "", guestName: "A", guestEmail: "x").problems(asGuest: true).count == 2)
        #expect(NewsCommentDraft(body: "Hej").problems(asGuest: false).isEmpty)
    }

    @Test("A post with an image needs its text alternative; a scheduled post is not public before its moment")
    func postDraft() {
        let draft = NewsPostDraft(
            title: "Rubrik", summary: "Ingress", body: "Text", imageAlt: "", themeIDs: [], projectIDs: [],
            eventIDs: [], partnerIDs: [], status: .published, publishAt: nil)
        #expect(draft.problems(hasImage: false).isEmpty)
        #expect(draft.problems(hasImage: true)[.imageAlt] == .missing)
        let now = Date()
        let post = NewsPost(
            id: 1, title: "R", summary: "S", body: "B", bodyHTML: "<p>B</p>", imageAlt: "", imageType: nil,
            status: .published, publishAt: now.addingTimeInterval(60), authorID: nil, createdAt: now, updatedAt: now)
        #expect(!post.isPublic(at: now) && post.isPublic(at: now.addingTimeInterval(61)))
    }

    @Test("Images are known by their first bytes: PNG, JPEG, GIF, WebP; never SVG or HTML")
    func imageKinds() {
        #expect(ImageKind(sniffing: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == .png)
        #expect(ImageKind(sniffing: [0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(ImageKind(sniffing: Array("GIF89a..".utf8)) == .gif)
        #expect(ImageKind(sniffing: Array("RIFF\0\0\0\0WEBPVP8 ".utf8)) == .webp)
        #expect(ImageKind(sniffing: Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".utf8)) == nil)
        #expect(ImageKind(sniffing: Array("<html>".utf8)) == nil)
        #expect(ImageKind(sniffing: []) == nil)
    }
}

@Suite("News: the Markdown the hub team writes")
struct MarkdownTests {
    @Test("Blocks and inline marks; raw HTML shown as text; unmatched marks stay as typed")
    func rendering() {
        #expect(
            Markdown.html("# Rubrik\n\nEtt *stycke* med **fetstil** och `kod`.")
                == "<h2>Rubrik</h2>\n<p>Ett <em>stycke</em> med <strong>fetstil</strong> och <code>kod</code>.</p>")
        #expect(
            Markdown.html("- ett\n- två\n\n1. första") == "<ul><li>ett</li><li>två</li></ul>\n<ol><li>första</li></ol>")
        #expect(Markdown.html("> citat\n> mer") == "<blockquote><p>citat\nmer</p></blockquote>")
        #expect(
            Markdown.html("[Hubben](https://stad.se/hubben?a=1&b=2)")
                == "<p><a href=\"https://stad.se/hubben?a=1&amp;b=2\">Hubben</a></p>")
        #expect(Markdown.html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        #expect(Markdown.html("```\n<b>kod</b>\n```") == "<pre><code>&lt;b&gt;kod&lt;/b&gt;</code></pre>")
        #expect(Markdown.html("2 * 3 * 4 och [ inte en länk") == "<p>2 * 3 * 4 och [ inte en länk</p>")
        #expect(Markdown.html("rad ett\r\nrad två") == "<p>rad ett\nrad två</p>")
        #expect(Markdown.html("---") == "<hr>")
    }
}
