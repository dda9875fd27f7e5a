import Vapor

/// Open data: the catalogue, its data dictionary and every public dataset as CSV and JSON.
enum OpenDataFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: OpenDataController())
    }

    static let cachedPaths: [CachedPath] = [.tree(OpenDataPaths.catalogue()), .exactly("/api/v1/open-data")]

    /// Public data only: nothing of anyone's.
    static let personalData = PersonalDataPart()
}
