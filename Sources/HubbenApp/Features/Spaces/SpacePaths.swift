import RoutingKit

/// The hub's spaces on the web, for their routes and for every link to them.
enum SpacePaths {
    static let list = RoutePath("spaces")
    static let rounds = RoutePath("spaces", "rounds")
    static let round = RoutePath("spaces", "rounds", ":id")
    static let editRound = RoutePath("spaces", "rounds", ":id", "edit")
    static let editSpace = RoutePath("spaces", ":id", "edit")
    static let apply = RoutePath("spaces", "rounds", ":id", "applications")
    static let decision = RoutePath("spaces", "applications", ":id", "decision")
    static let withdrawal = RoutePath("spaces", "applications", ":id", "withdrawal")
}
