import RoutingKit

/// The booking pages and files, for their routes and for every link to them.
enum BookingPaths {
    static let list = RoutePath("book")
    static let mine = RoutePath("book", "mine")
    static let feed = RoutePath("book", "mine", "feed")
    static let revokeFeed = RoutePath("book", "mine", "feed", "revoke")
    static let resources = RoutePath("book", "resources")
    static let newResource = RoutePath("book", "resources", "new")
    static let resource = RoutePath("book", "resources", ":id")
    static let edit = RoutePath("book", "resources", ":id", "edit")
    static let manage = RoutePath("book", "resources", ":id", "bookings")
    static let block = RoutePath("book", "resources", ":id", "blocks")
    static let cancel = RoutePath("book", "bookings", ":id", "cancel")
    static let decision = RoutePath("book", "bookings", ":id", "decision")
    static let calendar = RoutePath("book", "bookings", ":id", "calendar.ics")
}
