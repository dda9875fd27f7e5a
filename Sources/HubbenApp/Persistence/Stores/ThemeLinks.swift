import Foundation
import HubbenCore
import SQLKit

/// The themes of many ideas or projects at once: one query over a link table (`idea_themes`,
/// `project_themes`), grouped by owner, each owner's themes in theme order.
enum ThemeLinks {
    static func themes(in table: String, owner column: String, ids: [Int], sql: any SQLDatabase) async throws -> [Int:
        [Theme]]
    {
        guard !ids.isEmpty else { return [:] }
        var themes: [Int: [Theme]] = [:]
        for row in try await sql.raw(
            """
            SELECT l.\(unsafeRaw: column) AS owner, t.id, t.slug, t.name_sv, t.name_en FROM \(unsafeRaw: table) l JOIN themes t ON t.id = l.theme_id
            WHERE l.\(unsafeRaw: column) IN (\(SQLList(ids.map { SQLBind($0) }))) ORDER BY t.id
            """
        ).all() {
            themes[try row.decode(column: "owner", as: Int.self), default: []].append(
                Theme(
                    id: try row.decode(column: "id", as: Int.self),
                    slug: try row.decode(column: "slug", as: String.self),
                    nameSV: try row.decode(column: "name_sv", as: String.self),
                    nameEN: try row.decode(column: "name_en", as: String.self)))
        }
        return themes
    }
}
