import Fluent

/// A deleted account keeps its row (so what it wrote for others still has an author, shown as
/// "Borttagen användare") but loses its name, e-mail, password and sign-in.
struct UpdateAccountAddDeletedAt: AsyncMigration {
    var name: String { "0006_UpdateAccountAddDeletedAt" }

    func prepare(on database: any Database) async throws {
        try await database.schema("accounts").field("deleted_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("accounts").deleteField("deleted_at").update()
    }
}
