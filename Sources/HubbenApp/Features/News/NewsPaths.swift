import RoutingKit

/// News on the web, for their routes and for every link to them.
enum NewsPaths {
    static let list = RoutePath("news")
    static let feed = RoutePath("news", "feed.atom")
    static let new = RoutePath("news", "new")
    static let show = RoutePath("news", ":id")
    static let edit = RoutePath("news", ":id", "edit")
    static let deletion = RoutePath("news", ":id", "deletion")
    static let image = RoutePath("news", ":id", "image")
    /// A comment (POST): from a signed-in person or a guest.
    static let comments = RoutePath("news", ":id", "comments")
    /// Approving, hiding or deleting a comment (POST), for the hub team.
    static let moderation = RoutePath("news", "comments", ":comment", "moderation")
    /// The comments waiting for moderation.
    static let queue = RoutePath("admin", "comments")
    /// The link mailed to a commenting guest: the page (GET) and the confirmation (POST).
    static let confirm = RoutePath("news", "confirmations", ":token")

    static func confirmation(_ token: String) -> String { "/news/confirmations/" + token }
}
