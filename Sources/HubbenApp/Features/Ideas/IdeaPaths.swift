import RoutingKit

/// The ideas feature's pages and forms, for its routes and for every link to them.
enum IdeaPaths {
    static let list = RoutePath("ideas")
    static let new = RoutePath("ideas", "new")
    static let show = RoutePath("ideas", ":id")
    static let edit = RoutePath("ideas", ":id", "edit")
    static let support = RoutePath("ideas", ":id", "support")
    static let withdrawSupport = RoutePath("ideas", ":id", "support", "withdraw")
    static let follow = RoutePath("ideas", ":id", "follow")
    static let unfollow = RoutePath("ideas", ":id", "follow", "stop")
    static let comments = RoutePath("ideas", ":id", "comments")
    static let status = RoutePath("ideas", ":id", "status")
    static let scores = RoutePath("ideas", ":id", "scores")
    static let reportComment = RoutePath("comments", ":id", "report")
    static let hideComment = RoutePath("comments", ":id", "hide")
    static let triage = RoutePath("triage")
}
