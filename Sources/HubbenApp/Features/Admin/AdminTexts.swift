/// The admin feature's texts.
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static let adminAccountsHeading = LocalizedText(sv: "Konton och roller", en: "Accounts and roles")
    static func adminAccountsCaption(count: String) -> LocalizedText {
        LocalizedText(sv: "Konton (\(count))", en: "Accounts (\(count))")
    }
    static let adminRoles = LocalizedText(sv: "Roller", en: "Roles")
    static func adminRolesFor(name: String) -> LocalizedText {
        LocalizedText(sv: "Roller för \(name)", en: "Roles for \(name)")
    }
    static let adminSaveRoles = LocalizedText(sv: "Spara roller", en: "Save roles")
    static let adminRolesSaved = LocalizedText(sv: "Rollerna är sparade.", en: "The roles have been saved.")
    static let adminMemberships = LocalizedText(sv: "Organisationer", en: "Organisations")
    static let adminMembershipHeading = LocalizedText(sv: "Lägg till i en organisation", en: "Add to an organisation")
    static let adminAccount = LocalizedText(sv: "Konto", en: "Account")
    static let adminOrganization = LocalizedText(sv: "Organisation", en: "Organisation")
    static let adminMembershipRole = LocalizedText(sv: "Roll i organisationen", en: "Role in the organisation")
    static let adminAddMembership = LocalizedText(sv: "Lägg till", en: "Add")
    static let adminMembershipSaved = LocalizedText(sv: "Medlemskapet är sparat.", en: "The membership has been saved.")
    static let adminOrganizationsHeading = LocalizedText(sv: "Organisationer", en: "Organisations")
    static let adminNewOrganization = LocalizedText(sv: "Ny organisation", en: "New organisation")
    static let adminOrganizationKind = LocalizedText(sv: "Typ", en: "Kind")
    static let adminDescription = LocalizedText(sv: "Beskrivning", en: "Description")
    static let adminCreateOrganization = LocalizedText(sv: "Skapa organisation", en: "Create organisation")
    static let adminOrganizationSaved = LocalizedText(
        sv: "Organisationen är skapad.", en: "The organisation has been created.")
    static let auditTitle = LocalizedText(sv: "Granskningslogg", en: "Audit log")
    static let auditLead = LocalizedText(
        sv: "Alla administrativa ändringar: vem, vad, när och på vad. Loggen kan inte ändras.",
        en: "Every administrative change: who, what, when and on what. The log cannot be changed.")
    static let auditEmpty = LocalizedText(sv: "Inga administrativa ändringar än.", en: "No administrative changes yet.")
    static let auditWhen = LocalizedText(sv: "När", en: "When")
    static let auditWho = LocalizedText(sv: "Vem", en: "Who")
    static let auditWhat = LocalizedText(sv: "Vad", en: "What")
    static let auditOn = LocalizedText(sv: "På vad", en: "On what")
    static let adminThemesHeading = LocalizedText(sv: "Teman", en: "Themes")
    static let adminNewTheme = LocalizedText(sv: "Nytt tema", en: "New theme")
    static let adminThemeSlug = LocalizedText(
        sv: "Kortnamn i adresser (a–z, siffror, bindestreck)", en: "Short name for addresses (a–z, digits, hyphens)")
    static let adminThemeSV = LocalizedText(sv: "Namn på svenska", en: "Name in Swedish")
    static let adminThemeEN = LocalizedText(sv: "Namn på engelska", en: "Name in English")
    static let adminCreateTheme = LocalizedText(sv: "Lägg till temat", en: "Add the theme")
    static let adminThemeSaved = LocalizedText(sv: "Temat är tillagt.", en: "The theme has been added.")
    static let adminThemeError = LocalizedText(
        sv: "Fyll i alla fält; kortnamnet får bara ha a–z, siffror och bindestreck och måste vara nytt",
        en: "Fill in every field; the short name may only have a–z, digits and hyphens and must be new")
    static let adminMembershipRemoved = LocalizedText(
        sv: "Medlemskapet är borttaget.", en: "The membership has been removed.")
    static let adminRemoveMembership = LocalizedText(sv: "Ta bort", en: "Remove")
    static func adminRemoveMembershipFor(name: String, organization: String) -> LocalizedText {
        LocalizedText(sv: "\(name) från \(organization)", en: "\(name) from \(organization)")
    }
}
