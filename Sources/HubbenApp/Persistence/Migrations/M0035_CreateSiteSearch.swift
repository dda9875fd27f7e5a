import Fluent
import SQLKit

/// The one search's full-text indexes for projects, events, partners and reform groups (`SiteSearch`), the
/// same shape as the idea search's, filled from the rows already there.
struct CreateSiteSearch: AsyncMigration {
    var name: String { "0035_CreateSiteSearch" }

    func prepare(on database: any Database) async throws {
        for kind in SiteSearch.all {
            try await SearchTable.create(kind.table, indexing: kind.source, on: database)
            try await SiteSearch(sql: try database.sql).index(kind, ids: nil)
        }
    }

    func revert(on database: any Database) async throws {
        for kind in SiteSearch.all { try await SearchTable.drop(kind.table, on: database) }
    }
}
