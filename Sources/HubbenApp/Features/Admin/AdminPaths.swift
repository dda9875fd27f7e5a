import RoutingKit

/// The administration pages and forms, for their routes and for every link to them.
enum AdminPaths {
    static let overview = RoutePath("admin")
    static let roles = RoutePath("admin", "accounts", ":id", "roles")
    static let memberships = RoutePath("admin", "memberships")
    static let removeMembership = RoutePath("admin", "memberships", "remove")
    static let organizations = RoutePath("admin", "organizations")
    static let themes = RoutePath("admin", "themes")
    static let audit = RoutePath("admin", "audit")
}
