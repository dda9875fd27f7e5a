import RoutingKit

/// The information pages, for their routes and for every link to them.
enum InformationPaths {
    static let home = RoutePath()
    static let about = RoutePath("about")
    static let accessibility = RoutePath("accessibility")
    static let privacy = RoutePath("privacy")
    /// The sitemap index, and its files (`/sitemaps/ideas-1.xml`).
    static let sitemap = RoutePath("sitemap.xml")
    static let robots = RoutePath("robots.txt")
    static let sitemapFile = RoutePath("sitemaps", ":name")
}
