import RoutingKit

/// Reform groups on the web, for their routes and for every link to them.
enum ReformGroupPaths {
    static let list = RoutePath("reform-groups")
    static let show = RoutePath("reform-groups", ":id")
    static let meetings = RoutePath("reform-groups", ":id", "meetings")
    static let dialogues = RoutePath("reform-groups", ":id", "dialogues")
    static let members = RoutePath("reform-groups", ":id", "members")
    static let endMembership = RoutePath("reform-groups", ":id", "members", ":member", "end")
    static let period = RoutePath("reform-groups", ":id", "period")
}
