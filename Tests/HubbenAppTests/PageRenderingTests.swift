import Foundation
@testable import HubbenApp
import HubbenCore
import RoutingKit
import Testing

/// Pages rendered from their models, with no server, database or request: a page is a function of what it
/// shows. The pattern for a page's own checks; what a route does around it is tested through the app.
@Suite("Pages rendered from their models")
struct PageRenderingTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func render(_ page: Page, _ language: Language = .sv, account: Account? = nil) -> String {
        let context = PageContext(
            t: Localizer(language), currentPath: "/", assets: Assets(publicDirectory: "/nonexistent/", files: []),
            account: account, csrfToken: account == nil ? nil : "token")
        return Layout.render(page, in: context)
    }

    static func idea(title: String = "Cykelbanor", status: IdeaStatus = .submitted, supports: Int = 0) -> Idea {
        Idea(
            id: 7, title: title, summary: "En sammanfattning", need: "Ett behov", status: status,
            themes: [Theme(id: 1, slug: "miljo", nameSV: "Miljö", nameEN: "Environment")], challengeID: nil,
            mergedInto: nil, authorID: 3, authorName: "Eva", supportCount: supports, commentCount: 0, createdAt: now,
            updatedAt: now, lastActivityAt: now)
    }

    static func showModel(_ idea: Idea, comments: [HubbenCore.Comment] = []) -> IdeaPages.ShowModel {
        IdeaPages.ShowModel(
            idea: idea, history: [], viewer: nil, hasSupported: false, isFollowing: false, canEdit: false, notice: nil,
            csrf: nil, comments: comments, scores: nil)
    }

    @Test("An idea's page shows its title, status and supports, in Swedish and in English")
    func ideaPage() {
        let model = Self.showModel(Self.idea(status: .accepted, supports: 1_234))
        let swedish = Self.render(IdeaPages.show(model, Localizer(.sv)))
        #expect(swedish.contains("<h1>Cykelbanor</h1>"))
        #expect(swedish.contains(Localizer(.sv)(IdeaPages.status(.accepted))))
        #expect(swedish.contains("<html lang=\"sv\""))
        let english = Self.render(IdeaPages.show(model, Localizer(.en)), .en)
        #expect(english.contains(Localizer(.en)(IdeaPages.status(.accepted))))
        #expect(english.contains("<html lang=\"en\""))
    }

    @Test("Markup in anything a person wrote is text on the page, in the title and the body alike")
    func escapesWhatPeopleWrote() {
        let hostile = "<script>alert(1)</script>\" onmouseover=\"x"
        let comment = HubbenCore.Comment(
            id: 1, ideaID: 7, parentID: nil, authorID: 4, authorName: "<b>Olle</b>", body: hostile, createdAt: Self.now)
        let html = Self.render(
            IdeaPages.show(Self.showModel(Self.idea(title: hostile), comments: [comment]), .init(.sv)))
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("<b>Olle</b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<title>&lt;script&gt;"))
    }

    @Test("A closed challenge says so and offers no answer")
    func closedChallenge() {
        let challenge = Challenge(
            id: 2, title: "Tryggare skolvägar", description: "Hur?", posedBy: "Skolförvaltningen", themes: [],
            openUntil: Self.now.addingTimeInterval(-86_400), ideaCount: 0)
        let t = Localizer(.sv)
        let html = Self.render(ChallengePages.show(challenge, ideas: [], now: Self.now, t))
        #expect(html.contains(t(.challengeClosedText)))
        #expect(!html.contains("/ideas/new?challenge=2"))
        let open = Challenge(
            id: 2, title: "Tryggare skolvägar", description: "Hur?", posedBy: nil, themes: [],
            openUntil: Self.now.addingTimeInterval(86_400), ideaCount: 0)
        #expect(!Self.render(ChallengePages.show(open, ideas: [], now: Self.now, t)).contains(t(.challengeClosedText)))
    }

    @Test("A page with errors says so first in its title")
    func errorTitle() {
        let t = Localizer(.en)
        var errors = FormErrors()
        errors.add("title", t(.fieldTitleMissing))
        let page = IdeaPages.form(IdeaPages.FormModel(), themes: [], errors: errors, csrf: "token", t)
        let html = Self.render(page, .en)
        #expect(html.contains("<title>\(t(.titleErrorPrefix))"))
        #expect(html.contains(t(.fieldTitleMissing)))
    }

    @Test("The error page names the request for 5xx only")
    func errorPage() {
        let t = Localizer(.sv)
        let server = Self.render(InformationPages.error(status: 500, requestID: "abc123", t))
        #expect(server.contains("abc123"))
        let missing = Self.render(InformationPages.error(status: 404, requestID: "abc123", t))
        #expect(!missing.contains("abc123"))
    }
}

@Suite("Typed paths")
struct RoutePathTests {
    @Test("A path is written with its parameters filled in, the same as it is registered")
    func filledIn() {
        #expect(InformationPaths.home() == "/")
        #expect(IdeaPaths.list() == "/ideas")
        #expect(IdeaPaths.show(7) == "/ideas/7")
        #expect(IdeaPaths.edit(7) == "/ideas/7/edit")
        #expect(ProjectPaths.removeMember(3, 12) == "/projects/3/team/12/remove")
        #expect(ProjectPaths.goalReached(3, -1) == "/projects/3/goals/-1/reached")
        #expect(ProjectPaths.feed() == "/projects/feed.atom")
        #expect(ProjectPaths.show() == "/projects/:id")
        #expect(IdeaPaths.edit.components.map(\.description) == ["ideas", ":id", "edit"])
    }
}

@Suite("The HTML renderer")
struct NodeRenderingTests {
    @Test("Text and attribute values are escaped as they are written, whatever a person typed")
    func escapingByConstruction() {
        let hostile = "\"><script>alert('x')</script>&"
        let html = Node.a(.href("/ideas?q=\(hostile)"), .attribute(named: "data-x", value: hostile), .text(hostile))
            .render()
        let inAttribute = "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"
        let inText = "\"&gt;&lt;script&gt;alert('x')&lt;/script&gt;&amp;"
        #expect(html == "<a href=\"/ideas?q=\(inAttribute)\" data-x=\"\(inAttribute)\">\(inText)</a>")
        #expect(!html.contains("<script"))
    }

    @Test("Every class of an element is one attribute where the first stands; empty ones are left out")
    func classesJoined() {
        let html = Node.div(
            .id("a"), .class("card"), .if(true, .class("card-highlight")), .class(""),
            .group(.class("wide"), .text("x"))
        ).render()
        #expect(html == "<div id=\"a\" class=\"card card-highlight wide\">x</div>")
    }

    @Test("Void elements have no end tag; flags have no value; `.raw` is written as it is")
    func voidElementsFlagsAndRaw() {
        #expect(
            Node.input(.type(.checkbox), .name("t[]"), .checked(true), .readonly(false), .value("")).render()
                == "<input type=\"checkbox\" name=\"t[]\" checked value=\"\">")
        #expect(Node.img(.src("/a.svg"), .decorative).render() == "<img src=\"/a.svg\" alt=\"\">")
        #expect(Node.p(.raw("<b>x</b>"), .text("<b>")).render() == "<p><b>x</b>&lt;b&gt;</p>")
        #expect(Node.attribute(named: "x", value: "y").render() == "", "an attribute outside an element is dropped")
    }

    @Test("Text with characters beyond ASCII around the escapes comes through whole")
    func unicodeAroundEscapes() {
        #expect(Node.p(.text("Å & ö < 🚲 > é")).render() == "<p>Å &amp; ö &lt; 🚲 &gt; é</p>")
    }
}
