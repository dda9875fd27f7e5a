import RoutingKit

/// The method toolbox on the web. A method is addressed by its slug (`/methods/fake_door`).
enum MethodPaths {
    static let list = RoutePath("methods")
    static let new = RoutePath("methods", "new")
    static let showRoute = RoutePath("methods", ":slug")
    static let editRoute = RoutePath("methods", ":slug", "edit")

    /// A method's page; slugs are lower-case letters, digits and `_`, safe in a path as they are.
    static func show(_ slug: String) -> String { list() + "/" + slug }
    static func edit(_ slug: String) -> String { show(slug) + "/edit" }
}
