import RoutingKit

/// The challenges' pages and form, for their routes and for every link to them.
enum ChallengePaths {
    static let list = RoutePath("challenges")
    static let new = RoutePath("challenges", "new")
    static let show = RoutePath("challenges", ":id")
}
