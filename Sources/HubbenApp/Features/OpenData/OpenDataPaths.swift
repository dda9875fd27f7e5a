import RoutingKit

/// Open data on the web: the catalogue with its data dictionary, and one stable address per dataset and format
/// (`/open-data/ideas.csv`, `/open-data/ideas.json`).
enum OpenDataPaths {
    static let catalogue = RoutePath("open-data")
    static let file = RoutePath("open-data", ":file")

    static func download(_ set: OpenDataSet, _ format: DataDownload.Format) -> String {
        "/open-data/\(set.rawValue).\(format.rawValue)"
    }
}
