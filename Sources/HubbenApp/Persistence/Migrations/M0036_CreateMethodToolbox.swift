import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The method toolbox (*metodbanken*): methods in Swedish and English, one column per field of `MethodDraft`
/// (named as the field), filled with `MethodCatalog.initial`. An experiment's `method` is a method's slug or
/// `other` with its own words in `method_other`: free-text methods written before the toolbox are mapped to
/// the method they name, and anything else is kept as `other` with its text.
struct CreateMethodToolbox: AsyncMigration {
    var name: String { "0036_CreateMethodToolbox" }

    func prepare(on database: any Database) async throws {
        var schema = database.schema("methods")
            .field("id", .int, .identifier(auto: true))
            .field("slug", .string, .required)
            .field("phases", .string, .required)
        for field in MethodStore.textColumns { schema = schema.field(.string(field), .string, .required) }
        try await schema
            .field("updated_by", .int, .references("accounts", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "slug")
            .create()
        try await database.schema("experiments").field("method_other", .string).update()
        try await SQLIndexes.create([("experiments_method", "experiments", ["method", "phase"])], on: database)
        let store = MethodStore(database: database)
        let now = Date()
        for method in MethodCatalog.initial { _ = try await store.insert(method, by: nil, now: now) }
        try await Self.mapFreeTextMethods(try database.sql)
    }

    /// Every experiment's method made a toolbox slug or `other`; safe to run again.
    static func mapFreeTextMethods(_ sql: any SQLDatabase) async throws {
        let rows = try await sql.raw("SELECT DISTINCT method FROM experiments").all()
        let known = Set(
            try await sql.raw("SELECT slug FROM methods").all().map { try $0.decode(column: "slug", as: String.self) })
        for row in rows {
            let text = try row.decode(column: "method", as: String.self)
            guard !known.contains(text), text != ExperimentMethod.other.rawValue else { continue }
            if let method = MethodCatalog.method(forFreeText: text), known.contains(method.rawValue) {
                try await sql.raw(
                    "UPDATE experiments SET method = \(bind: method.rawValue) WHERE method = \(bind: text)"
                )
                .run()
            } else {
                let kept = String(
                    text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(ExperimentDraft.methodOtherLimit))
                try await sql.raw(
                    """
                    UPDATE experiments SET method = \(bind: ExperimentMethod.other.rawValue), method_other = \(bind: kept)
                    WHERE method = \(bind: text)
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await SQLIndexes.drop([("experiments_method", "experiments", ["method", "phase"])], on: database)
        try await database.schema("experiments").deleteField("method_other").update()
        try await database.schema("methods").delete()
    }
}
