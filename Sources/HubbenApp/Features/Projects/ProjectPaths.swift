import RoutingKit

/// The accelerator's pages and forms, for their routes and for every link to them.
enum ProjectPaths {
    static let list = RoutePath("projects")
    static let feed = RoutePath("projects", "feed.atom")
    static let new = RoutePath("projects", "new")
    static let show = RoutePath("projects", ":id")
    static let edit = RoutePath("projects", ":id", "edit")
    static let notice = RoutePath("projects", ":id", "notice")
    static let team = RoutePath("projects", ":id", "team")
    static let removeMember = RoutePath("projects", ":id", "team", ":account", "remove")
    static let newGoal = RoutePath("projects", ":id", "goals", "new")
    static let goalReached = RoutePath("projects", ":id", "goals", ":goal", "reached")
    static let newFund = RoutePath("projects", ":id", "funds", "new")
    static let newExperiment = RoutePath("projects", ":id", "experiments", "new")
    static let editExperiment = RoutePath("projects", ":id", "experiments", ":experiment", "edit")
    static let newJournalEntry = RoutePath("projects", ":id", "journal", "new")
    static let gate = RoutePath("projects", ":id", "gate")
}
