import Fluent

/// Administrative actions: who, what, when, on what. The application only ever inserts here.
struct CreateAuditEntry: AsyncMigration {
    var name: String { "0012_CreateAuditEntry" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .field("id", .int, .identifier(auto: true))
            .field("actor_id", .int)
            .field("action", .string, .required)
            .field("target_type", .string, .required)
            .field("target_id", .int)
            .field("details", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}
