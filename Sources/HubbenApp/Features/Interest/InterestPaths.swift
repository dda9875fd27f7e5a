import RoutingKit

/// Registered interest on the web, for their routes and for every link to them.
enum InterestPaths {
    /// The public form (`?project=`, `?challenge=`, `?kind=` fill it in).
    static let form = RoutePath("interest")
    static let confirm = RoutePath("interest", "confirmations", ":token")
    static let withdraw = RoutePath("interest", "withdrawal", ":token")
    /// The hub team's leads.
    static let leads = RoutePath("admin", "leads")
    static let leadPage = RoutePath("admin", "leads", ":id")

    static func confirmation(_ token: String) -> String { "/interest/confirmations/" + token }
    static func withdrawal(_ token: String) -> String { "/interest/withdrawal/" + token }
    static func lead(_ id: Int) -> String { "/admin/leads/\(id)" }
}
