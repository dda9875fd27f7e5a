import Fluent

/// Themes ideas and challenges are filed under. The four reform-group themes are seeded; admins add more.
struct CreateTheme: AsyncMigration {
    var name: String { "0013_CreateTheme" }

    static let seeded: [(slug: String, sv: String, en: String)] = [
        ("integration", "Integration", "Integration"),
        ("foretagsamhet", "Företagsamhet", "Entrepreneurship"),
        ("miljo", "Miljö", "Environment"),
        ("digitalisering", "Digitalisering", "Digitalisation"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema("themes")
            .field("id", .int, .identifier(auto: true))
            .field("slug", .string, .required)
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .unique(on: "slug")
            .create()
        for theme in Self.seeded {
            try await ThemeRecord(slug: theme.slug, nameSV: theme.sv, nameEN: theme.en).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("themes").delete()
    }
}
