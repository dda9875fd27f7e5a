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
    /// The test-user pool for one experiment, for its project's team.
    static let testUsers = RoutePath("projects", ":id", "experiments", ":experiment", "test-users")
    /// An invitation to test, answered (POST) through the link in its mail; and withdrawing consent from it.
    static let invitationPage = RoutePath("interest", "invitations", ":token")
    static let invitationWithdrawal = RoutePath("interest", "invitations", ":token", "withdrawal")

    static func confirmation(_ token: String) -> String { "/interest/confirmations/" + token }
    static func withdrawal(_ token: String) -> String { "/interest/withdrawal/" + token }
    static func lead(_ id: Int) -> String { "/admin/leads/\(id)" }
    static func invitation(_ token: String) -> String { "/interest/invitations/" + token }
}
