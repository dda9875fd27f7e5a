import Vapor

/// Insights (*insikter*): the hub's numbers over a chosen period, public and for the hub team, as charts,
/// tables and downloads.
enum InsightsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: InsightController())
    }

    static let cachedPaths: [CachedPath] = [.tree(InsightPaths.page()), .tree("/api/v1/insights")]

    /// Counts only: nothing of anyone's.
    static let personalData = PersonalDataPart()
}
