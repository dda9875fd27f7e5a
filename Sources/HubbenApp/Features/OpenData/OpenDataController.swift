import Fluent
import Foundation
import HubbenCore
import Vapor

/// The open-data catalogue and its datasets.
struct OpenDataController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(OpenDataPaths.catalogue) { req in
            HTMLResponse.make(OpenDataPages.catalogue(req.t), for: req)
        }
        routes.get(OpenDataPaths.file, use: file)
    }

    func file(req: Request) async throws -> Response {
        let (name, format) = DataDownload.split(String((req.parameters.get("file") ?? "").prefix(60)))
        guard let set = OpenDataSet(rawValue: name), let format else { throw Abort(.notFound) }
        let rows = try await OpenDataStore(database: req.db).rows(set)
        switch format {
        case .csv:
            return DataDownload.csvResponse(
                try DataDownload.csv(header: set.fields.map(\.name), rows: rows), filename: "hubben-\(set.rawValue).csv"
            )
        case .json: return try DataDownload.jsonResponse(OpenDataDocument(set, rows: rows))
        }
    }
}

/// A dataset as JSON: its name, licence, fields and rows (one object per row, keyed by the fields' names).
struct OpenDataDocument: Encodable {
    var dataset: String
    var licence: String
    var fields: [String]
    var rows: [[String: DataDownload.Cell]]

    init(_ set: OpenDataSet, rows: [[DataDownload.Cell]]) {
        let names = set.fields.map(\.name)
        dataset = set.rawValue
        licence = OpenDataSet.licence
        fields = names
        self.rows = rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
    }
}
