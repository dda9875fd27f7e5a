import RoutingKit

/// The one search on the web.
enum SearchPaths {
    /// `?q=` the words, `&kind=` one kind only, `&page=` its page.
    static let search = RoutePath("search")

    static func results(_ text: String, kind: SearchKind? = nil, page: Int = 1) -> String {
        var query = ["q": text]
        if let kind { query["kind"] = kind.rawValue }
        if page > 1 { query["page"] = "\(page)" }
        return HTMLAttribute.pathWithQuery(search(), query)
    }
}
