import RoutingKit

/// The information pages, for their routes and for every link to them.
enum InformationPaths {
    static let home = RoutePath()
    static let about = RoutePath("about")
    static let accessibility = RoutePath("accessibility")
    static let privacy = RoutePath("privacy")
}
