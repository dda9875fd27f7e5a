import RoutingKit

/// The insights on the web: the public page and the hub team's, and each table's downloads under them
/// (`/insights/funnel.csv`, `/admin/insights/funnel.json`).
enum InsightPaths {
    static let page = RoutePath("insights")
    static let download = RoutePath("insights", ":file")
    static let hubTeam = RoutePath("admin", "insights")
    static let hubTeamDownload = RoutePath("admin", "insights", ":file")
}
