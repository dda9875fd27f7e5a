/// The layout's texts: site name, skip link, menu, language choice, footer.
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static let siteTagline = LocalizedText(sv: "Stadens innovationshubb", en: "The city's innovation hub")
    static let skipToContent = LocalizedText(sv: "Hoppa till innehållet", en: "Skip to main content")
    static let navLabel = LocalizedText(sv: "Huvudmeny", en: "Main menu")
    static let navProjects = LocalizedText(sv: "Projekt", en: "Projects")
    static let navEvents = LocalizedText(sv: "Evenemang", en: "Events")
    static let navBook = LocalizedText(sv: "Boka", en: "Book")
    static let navPartners = LocalizedText(sv: "Partner", en: "Partners")
    static let navAbout = LocalizedText(sv: "Om hubben", en: "About the hub")
    static let languageLabel = LocalizedText(sv: "Språk", en: "Language")
    static let footerAbout = LocalizedText(
        sv:
            "Hubben är stadens innovationshubb. Här tar invånare, stadens medarbetare, reformgrupper och partner idéer från idé till verklighet – öppet, så att alla kan följa arbetet.",
        en:
            "Hubben is the city's innovation hub. Residents, city staff, reform groups and partners take ideas from idea to reality here – in the open, so anyone can follow the work."
    )
    static let footerContactHeading = LocalizedText(sv: "Kontakt", en: "Contact")
    static let footerContact = LocalizedText(
        sv: "Innovationshubben, Stadshuset. Kom förbi under öppettiderna eller ring stadens kontaktcenter.",
        en: "The innovation hub, City Hall. Drop in during opening hours or call the city's contact centre.")
    static let footerLinksHeading = LocalizedText(sv: "Om webbplatsen", en: "About this site")
    static let footerAccessibility = LocalizedText(sv: "Tillgänglighetsredogörelse", en: "Accessibility statement")
    static let footerPrivacy = LocalizedText(sv: "Personuppgifter", en: "Personal data")
    static let footerOpenData = LocalizedText(sv: "API (OpenAPI)", en: "API (OpenAPI)")
    static let navAccount = LocalizedText(sv: "Mina uppgifter", en: "My account")
    static let signOut = LocalizedText(sv: "Logga ut", en: "Sign out")
    static let titleErrorPrefix = LocalizedText(sv: "Fel: ", en: "Error: ")
}
