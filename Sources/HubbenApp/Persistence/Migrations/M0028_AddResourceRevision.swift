import Fluent
import FluentSQL
import SQLKit

/// A resource's revision, counted up by every change: with the number of resources and the highest id it is
/// the version `ResourceCatalogue` checks on each read. A timestamp would not do: two instances' clocks may
/// differ, and a change stamped earlier than the latest one would go unseen.
struct AddResourceRevision: AsyncMigration {
    var name: String { "0028_AddResourceRevision" }

    func prepare(on database: any Database) async throws {
        try await database.schema("resources").field("revision", .int, .required, .sql(.default(0))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("resources").deleteField("revision").update()
    }
}
