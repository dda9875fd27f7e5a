import Foundation
import HubbenCore
import Plot

/// The page base: every HTML page is a `Page` rendered by `Layout`. Plot stays behind this file and the
/// page views, so the HTML builder could be swapped without touching controllers.
///
/// Plot escapes text nodes but not attribute values: any value that a request or a user can influence
/// goes through `HTMLAttribute.escape` (or `hrefWithQuery`) before it becomes an attribute.
struct Page {
    /// The page's own name; the document title becomes "title – Hubben".
    var title: String
    /// Main content, inside `<main>`.
    var main: Node<HTML.BodyContext>
    /// Which navigation item is current, if any.
    var section: NavigationItem?
    /// Prefixes the title with "Fel:" / "Error:" so screen readers hear it first.
    var hasErrors = false
    /// Scripts under `Public/` the page enhances itself with (`Assets.similarIdeasScript`), loaded deferred and
    /// linked by fingerprint; every page works without them.
    var scripts: [String] = []
}

/// What every page needs to know about the request it answers.
struct PageContext {
    let t: Localizer
    /// The path (and query) of this page, for the language switch to come back to.
    let currentPath: String
    let assets: Assets
    /// The signed-in person and their session's CSRF token (for the sign-out button).
    var account: Account? = nil
    var csrfToken: String? = nil
    var language: HubbenCore.Language { t.language }
}

enum NavigationItem: CaseIterable {
    case ideas, projects, events, book, partners, about

    var path: String {
        switch self {
        case .ideas: IdeaPaths.list()
        case .projects: ProjectPaths.list()
        case .events: "/events"
        case .book: "/book"
        case .partners: InformationPaths.partners()
        case .about: InformationPaths.about()
        }
    }

    var label: LocalizedText {
        switch self {
        case .ideas: .navIdeas
        case .projects: .navProjects
        case .events: .navEvents
        case .book: .navBook
        case .partners: .navPartners
        case .about: .navAbout
        }
    }
}

enum Layout {
    static func render(_ page: Page, in context: PageContext) -> String {
        let t = context.t
        let errorPrefix = page.hasErrors ? context.t(.titleErrorPrefix) : ""
        let html = HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title()`: it also writes `og:title` and `twitter:title` metas with the title unescaped.
                .raw("<title>\(HTMLText.escape("\(errorPrefix)\(page.title) – \(t(.siteName))"))</title>"),
                .meta(.name("description"), .content(t(.siteTagline))),
                .link(.rel(.stylesheet), .href(context.assets.url(for: Assets.stylesheet))),
                .link(.rel(.icon), .href(context.assets.url(for: Assets.icon)), .type("image/svg+xml"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .escaped(t(.skipToContent))),
                header(page, context),
                .main(
                    .id("main"),
                    .attribute(named: "tabindex", value: "-1"),
                    .div(.class("container"), page.main)
                ),
                footer(context),
                .forEach(page.scripts) { script in
                    .script(.src(context.assets.url(for: script)), .attribute(named: "defer", value: "defer"))
                }
            )
        )
        return html.render()
    }

    private static func header(_ page: Page, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .header(
            .class("site-header"),
            .div(
                .class("container header-top"),
                .a(
                    .class("brand"), .href(InformationPaths.home()),
                    .img(
                        .src(context.assets.url(for: Assets.icon)), .decorative, .class("brand-mark"),
                        .width(40), .height(40)),
                    .span(.class("brand-name"), .escaped(t(.siteName))),
                    .span(.class("brand-tagline"), .escaped(t(.siteTagline)))
                ),
                .div(.class("header-tools"), languageSwitch(context), accountTools(context))
            ),
            .nav(
                .class("site-nav"),
                .ariaLabel(t(.navLabel)),
                .div(
                    .class("container"),
                    .ul(
                        .forEach(NavigationItem.allCases) { item in
                            .li(
                                .a(
                                    .href(item.path),
                                    .if(item == page.section, .attribute(named: "aria-current", value: "page")),
                                    .escaped(t(item.label))
                                ))
                        })
                )
            )
        )
    }

    private static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        let names: [(language: HubbenCore.Language, name: String)] = [(.sv, "Svenska"), (.en, "English")]
        return .nav(
            .class("language-switch"),
            .ariaLabel(context.t(.languageLabel)),
            .ul(
                .forEach(names) { entry in
                    let (language, name) = entry
                    return Node<HTML.ListContext>.li(
                        language == context.language
                            ? .span(
                                .attribute(named: "aria-current", value: "true"),
                                .attribute(named: "lang", value: language.rawValue), .escaped(name))
                            : .a(
                                .href(
                                    HTMLAttribute.hrefWithQuery(
                                        path: "/language/\(language.rawValue)", query: ["next": context.currentPath])),
                                .attribute(named: "lang", value: language.rawValue),
                                .attribute(named: "hreflang", value: language.rawValue),
                                .escaped(name)
                            ))
                })
        )
    }

    private static func accountTools(_ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        guard let account = context.account, let csrf = context.csrfToken else {
            return .a(.class("header-link"), .href(AccountPaths.signIn()), .escaped(t(.signInTitle)))
        }
        return .div(
            .class("account-tools"),
            .if(
                Authorization.allows(account.actor, IdeaAction.triage),
                .a(.class("header-link"), .href(IdeaPaths.triage()), .escaped(t(.triageQueueTitle)))),
            .if(
                Authorization.allows(account.actor, AdminAction.viewAdminPages),
                .a(.class("header-link"), .href(AdminPaths.overview()), .escaped(t(.adminTitle)))),
            .a(.class("header-link"), .href(AccountPaths.account()), .escaped(t(.navAccount))),
            .form(
                .method(.post), .action(AccountPaths.signOut()), .class("inline-form"),
                FormParts.csrf(csrf),
                .button(.type(.submit), .class("link-button"), .escaped(t(.signOut))))
        )
    }

    private static func footer(_ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .footer(
            .class("site-footer"),
            .div(
                .class("container footer-grid"),
                .div(
                    .p(.class("footer-brand"), .escaped(t(.siteName))),
                    .p(.escaped(t(.footerAbout)))
                ),
                .div(
                    .h2(.escaped(t(.footerContactHeading))),
                    .p(.escaped(t(.footerContact)))
                ),
                .div(
                    .h2(.escaped(t(.footerLinksHeading))),
                    .ul(
                        .li(.a(.href(InformationPaths.accessibility()), .escaped(t(.footerAccessibility)))),
                        .li(.a(.href(InformationPaths.privacy()), .escaped(t(.footerPrivacy)))),
                        .li(.a(.href("/api/v1/openapi.yaml"), .escaped(t(.footerOpenData))))
                    )
                )
            )
        )
    }
}

enum HTMLAttribute {
    /// Escapes a value for use inside a double-quoted attribute.
    static func escape(_ value: String) -> String { HTMLText.escape(value, quotes: true) }

    /// A path with percent-encoded query values (not yet escaped for an attribute).
    static func pathWithQuery(_ path: String, _ query: [String: String]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        let items = query.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }
        return items.isEmpty ? path : "\(path)?\(items.joined(separator: "&"))"
    }

    /// A link to `path` with percent-encoded query values, escaped for an attribute.
    static func hrefWithQuery(path: String, query: [String: String]) -> String {
        escape(pathWithQuery(path, query))
    }
}

extension Attribute where Context == HTML.ImageContext {
    /// `alt=""`: the image only decorates text that says the same (Plot drops empty attributes otherwise).
    static var decorative: Attribute { Attribute(name: "alt", value: "", ignoreIfValueIsEmpty: false) }
}

extension Node {
    /// Text, escaped for HTML (`&`, `<`, `>`). Plot's own `.text` escapes too, but builds a string per
    /// character: on a page of a hundred cards that was a seventh of the server's time (docs/PERFORMANCE.md).
    static func escaped(_ text: String) -> Node { .raw(HTMLText.escape(text)) }
}

enum HTMLText {
    /// Escapes text in one pass over its UTF-8 bytes: `&`, `<`, `>`, and with `quotes` also `"` and `'` (for
    /// attribute values). Text with nothing to escape is returned as is.
    static func escape(_ text: String, quotes: Bool = false) -> String {
        var text = text
        return text.withUTF8 { bytes in
            func special(_ byte: UInt8) -> Bool {
                byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
            }
            guard bytes.contains(where: special) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\"") where quotes: out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'") where quotes: out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
