import RoutingKit

/// The notifications' pages and forms.
enum NotificationPaths {
    static let list = RoutePath("notifications")
    static let open = RoutePath("notifications", ":id")
    static let markRead = RoutePath("notifications", "read")
    static let preferences = RoutePath("account", "notification-preferences")
    static let followProject = RoutePath("projects", ":id", "follow")
    static let unfollowProject = RoutePath("projects", ":id", "follow", "stop")
    static let unsubscribe = RoutePath("unsubscribe", ":token")
    static let unsubscribePrefix = "/unsubscribe/"
    static let mail = RoutePath("admin", "mail")
    static let mailMessage = RoutePath("admin", "mail", ":id")
}
