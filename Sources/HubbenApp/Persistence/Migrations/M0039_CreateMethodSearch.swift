import Fluent
import SQLKit

/// The method toolbox in the one search (`SiteSearch.methods`): its full-text index, the same shape as the
/// other kinds', filled from the methods already there.
struct CreateMethodSearch: AsyncMigration {
    var name: String { "0039_CreateMethodSearch" }

    func prepare(on database: any Database) async throws {
        try await SearchTable.create(SiteSearch.methods.table, indexing: SiteSearch.methods.source, on: database)
        try await SiteSearch(sql: try database.sql).index(SiteSearch.methods, ids: nil)
    }

    func revert(on database: any Database) async throws {
        try await SearchTable.drop(SiteSearch.methods.table, on: database)
    }
}
