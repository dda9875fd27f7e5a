import Foundation
import HubbenCore

/// The page base: every HTML page is a `Page` rendered by `Layout`, built from `Node`s, which escape text
/// and attribute values as they are written.
struct Page {
    /// The page's own name; the document title becomes "title – Hubben".
    var title: String
    /// Main content, inside `<main>`.
    var main: Node
    /// Which navigation item is current, if any.
    var section: NavigationItem?
    /// Prefixes the title with "Fel:" / "Error:" so screen readers hear it first.
    var hasErrors = false
    /// Scripts under `Public/` the page enhances itself with (`Assets.similarIdeasScript`), loaded deferred and
    /// linked by fingerprint; every page works without them.
    var scripts: [String] = []
    /// What a link to the page shows when it is shared (OpenGraph); the site's own name and tagline otherwise.
    var sharing: Sharing? = nil

    struct Sharing: Sendable {
        var description: String
        /// `article` for a news post, `website` otherwise.
        var kind = "website"
        /// A path on this site (`/news/3/image`), made absolute when written.
        var imagePath: String?
        var imageAlt: String?
    }
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
    /// The signed-in person's unread notifications, for the bell.
    var unreadNotifications = 0
    /// The site's absolute address (`AppServices.absoluteBaseURL`), for what points at a page from outside it.
    var baseURL = ""
    var language: HubbenCore.Language { t.language }
}

enum NavigationItem: CaseIterable {
    case ideas, projects, events, news, book, partners, about

    var path: String {
        switch self {
        case .ideas: IdeaPaths.list()
        case .projects: ProjectPaths.list()
        case .events: "/events"
        case .news: NewsPaths.list()
        case .book: "/book"
        case .partners: PartnerPaths.list()
        case .about: InformationPaths.about()
        }
    }

    var label: LocalizedText {
        switch self {
        case .ideas: .navIdeas
        case .projects: .navProjects
        case .events: .navEvents
        case .news: .newsTitle
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
        let document = Node.group(
            .raw("<!DOCTYPE html>"),
            .element(
                named: "html",
                nodes: [
                    .attribute(named: "lang", value: context.language.rawValue),
                    .head(
                        .meta(.charset(.utf8)),
                        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                        .element(named: "title", nodes: [.text("\(errorPrefix)\(page.title) – \(t(.siteName))")]),
                        .meta(.name("description"), .content(page.sharing?.description ?? t(.siteTagline))),
                        openGraph(page, context),
                        .link(.rel(.stylesheet), .href(context.assets.url(for: Assets.stylesheet))),
                        .link(.rel(.icon), .href(context.assets.url(for: Assets.icon)), .type("image/svg+xml"))
                    ),
                    .body(
                        .a(.class("skip-link"), .href("#main"), .text(t(.skipToContent))),
                        header(page, context),
                        .main(
                            .id("main"),
                            .attribute(named: "tabindex", value: "-1"),
                            .div(.class("container"), page.main)
                        ),
                        footer(context),
                        .forEach(page.scripts) { script in
                            .script(.src(context.assets.url(for: script)), .flag("defer"))
                        }
                    ),
                ])
        )
        return document.render(capacity: 32 * 1024)
    }

    /// OpenGraph: the page's title, description and address (its path without the query), and its image.
    private static func openGraph(_ page: Page, _ context: PageContext) -> Node {
        let sharing = page.sharing
        let path = context.currentPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        func property(_ name: String, _ value: String) -> Node {
            .meta(.attribute(named: "property", value: name), .content(value))
        }
        return .group(
            property("og:site_name", context.t(.siteName)),
            property("og:title", page.title),
            property("og:description", sharing?.description ?? context.t(.siteTagline)),
            property("og:type", sharing?.kind ?? "website"),
            property("og:url", context.baseURL + path),
            property("og:locale", context.language == .sv ? "sv_SE" : "en_GB"),
            .unwrap(sharing?.imagePath) { imagePath in
                .group(
                    property("og:image", context.baseURL + imagePath),
                    .unwrap(sharing?.imageAlt) { property("og:image:alt", $0) })
            })
    }

    private static func header(_ page: Page, _ context: PageContext) -> Node {
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
                    .span(.class("brand-name"), .text(t(.siteName))),
                    .span(.class("brand-tagline"), .text(t(.siteTagline)))
                ),
                .div(.class("header-tools"), searchBox(context), languageSwitch(context), accountTools(context))
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
                                    .text(t(item.label))
                                ))
                        })
                )
            )
        )
    }

    /// The one search, on every page.
    private static func searchBox(_ context: PageContext) -> Node {
        let t = context.t
        return .form(
            .method(.get), .action(SearchPaths.search()), .class("header-search"),
            .attribute(named: "role", value: "search"),
            .label(.for("site-search"), .class("visually-hidden"), .text(t(.searchLabel))),
            .input(
                .type(.search), .id("site-search"), .name("q"), .class("header-search-input"),
                .attribute(named: "maxlength", value: "200")),
            .button(.type(.submit), .class("header-search-button"), .text(t(.searchButton))))
    }

    private static func languageSwitch(_ context: PageContext) -> Node {
        let names: [(language: HubbenCore.Language, name: String)] = [(.sv, "Svenska"), (.en, "English")]
        return .nav(
            .class("language-switch"),
            .ariaLabel(context.t(.languageLabel)),
            .ul(
                .forEach(names) { entry in
                    let (language, name) = entry
                    return Node.li(
                        language == context.language
                            ? .span(
                                .attribute(named: "aria-current", value: "true"),
                                .attribute(named: "lang", value: language.rawValue), .text(name))
                            : .a(
                                .href(
                                    HTMLAttribute.pathWithQuery(
                                        "/language/\(language.rawValue)", ["next": context.currentPath])),
                                .attribute(named: "lang", value: language.rawValue),
                                .attribute(named: "hreflang", value: language.rawValue),
                                .text(name)
                            ))
                })
        )
    }

    private static func accountTools(_ context: PageContext) -> Node {
        let t = context.t
        guard let account = context.account, let csrf = context.csrfToken else {
            return .a(.class("header-link"), .href(AccountPaths.signIn()), .text(t(.signInTitle)))
        }
        return .div(
            .class("account-tools"),
            .if(
                Authorization.allows(account.actor, IdeaAction.triage),
                .a(.class("header-link"), .href(IdeaPaths.triage()), .text(t(.triageQueueTitle)))),
            .if(
                Authorization.allows(account.actor, AdminAction.viewAdminPages),
                .a(.class("header-link"), .href(AdminPaths.overview()), .text(t(.adminTitle)))),
            .a(
                .class(context.unreadNotifications > 0 ? "header-link bell bell-unread" : "header-link bell"),
                .href(NotificationPaths.list()),
                .attribute(named: "aria-label", value: t(.notificationsBell(unread: context.unreadNotifications))),
                .span(.class("bell-label"), .text(t(.notificationsTitle))),
                .if(
                    context.unreadNotifications > 0,
                    .span(
                        .class("bell-count"), .attribute(named: "aria-hidden", value: "true"),
                        .text(context.unreadNotifications > 99 ? "99+" : "\(context.unreadNotifications)")))),
            .a(.class("header-link"), .href(AccountPaths.account()), .text(t(.navAccount))),
            .form(
                .method(.post), .action(AccountPaths.signOut()), .class("inline-form"),
                FormParts.csrf(csrf),
                .button(.type(.submit), .class("link-button"), .text(t(.signOut))))
        )
    }

    private static func footer(_ context: PageContext) -> Node {
        let t = context.t
        return .footer(
            .class("site-footer"),
            .div(
                .class("container footer-grid"),
                .div(
                    .p(.class("footer-brand"), .text(t(.siteName))),
                    .p(.text(t(.footerAbout)))
                ),
                .div(
                    .h2(.text(t(.footerContactHeading))),
                    .p(.text(t(.footerContact)))
                ),
                .div(
                    .h2(.text(t(.footerLinksHeading))),
                    .ul(
                        .li(.a(.href(InformationPaths.accessibility()), .text(t(.footerAccessibility)))),
                        .li(.a(.href(InformationPaths.privacy()), .text(t(.footerPrivacy)))),
                        .li(.a(.href(MethodPaths.list()), .text(t(.methodsTitle)))),
                        .li(.a(.href(InsightPaths.page()), .text(t(.insightsTitle)))),
                        .li(.a(.href(OpenDataPaths.catalogue()), .text(t(.openDataTitle)))),
                        .li(.a(.href("/api/v1/openapi.yaml"), .text(t(.footerOpenData))))
                    )
                )
            )
        )
    }
}

enum HTMLAttribute {
    /// Escapes a value for use inside a double-quoted attribute.
    static func escape(_ value: String) -> String { HTMLWriter.escaped(value, quotes: true) }

    /// A path with percent-encoded query values (not yet escaped for an attribute).
    static func pathWithQuery(_ path: String, _ query: [String: String]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        let items = query.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }
        return items.isEmpty ? path : "\(path)?\(items.joined(separator: "&"))"
    }

}
