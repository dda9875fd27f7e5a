import Vapor

/// The public pages that are not part of another feature: home, about, accessibility, personal data,
/// and the reference lists every feature uses (the themes).
enum InformationFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: InformationController())
    }

    static let cachedPaths: [CachedPath] = [
        .exactly(InformationPaths.home()), .tree(InformationPaths.about()),
        .tree("/api/v1/themes"), .exactly(InformationPaths.sitemap()), .tree("/sitemaps"),
    ]

    /// These pages keep nothing about a person.
    static let personalData = PersonalDataPart()
}
