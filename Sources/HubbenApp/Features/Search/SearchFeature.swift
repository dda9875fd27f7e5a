import Vapor

/// One search over every kind of thing the hub shows, from the header on every page.
enum SearchFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: SearchController())
    }

    static let cachedPaths: [CachedPath] = [.exactly(SearchPaths.search()), .exactly("/api/v1/search")]

    /// The search keeps nothing of anyone's.
    static let personalData = PersonalDataPart()
}
