import HubbenCore

/// The open-data catalogue: every dataset with its stable addresses, its licence and its data dictionary.
enum OpenDataPages {
    static func catalogue(_ t: Localizer) -> Page {
        Page(
            title: t(.openDataTitle),
            main: .group(
                .h1(.text(t(.openDataTitle))),
                PageParts.lead(t(.openDataLead)),
                .p(
                    .text(t(.openDataLicence) + " "),
                    .a(.href(OpenDataSet.licenceURL), .attribute(named: "rel", value: "license"), .text("CC0 1.0")),
                    .text(". " + t(.openDataAPI) + " "), .a(.href("/api/v1/open-data"), .text("/api/v1/open-data")),
                    .text(" · "), .a(.href(InsightPaths.page()), .text(t(.insightsTitle)))),
                .forEach(OpenDataSet.allCases) { set in
                    .section(
                        .id(set.rawValue), .attribute(named: "aria-labelledby", value: "\(set.rawValue)-heading"),
                        .h2(.id("\(set.rawValue)-heading"), .text(t(set.title))),
                        .p(.text(t(set.description))),
                        .p(
                            .a(
                                .href(OpenDataPaths.download(set, .csv)), .attribute(named: "type", value: "text/csv"),
                                .text(OpenDataPaths.download(set, .csv))),
                            .text(" · "),
                            .a(
                                .href(OpenDataPaths.download(set, .json)),
                                .attribute(named: "type", value: "application/json"),
                                .text(OpenDataPaths.download(set, .json)))),
                        PageParts.table(
                            id: "\(set.rawValue)-fields", caption: t(.openDataDictionary(t(set.title))),
                            columns: [
                                .init(t(.openDataField)), .init(t(.openDataType)), .init(t(.openDataMeaning)),
                                .init(t(.openDataExample)),
                            ],
                            rows: .tbody(
                                .forEach(set.fields) { field in
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .code(.text(field.name))),
                                        .td(.text(field.type)), .td(.text(t(field.meaning))),
                                        .td(.code(.text(field.example))))
                                })))
                }
            ), section: nil)
    }
}

extension LocalizedText {
    static let openDataTitle = LocalizedText(sv: "Öppna data", en: "Open data")
    static let openDataLead = LocalizedText(
        sv:
            "Hubbens offentliga uppgifter som CSV (RFC 4180, UTF-8, rubrikrad) och JSON, på adresser som inte ändras. Bara det som redan är offentligt – aldrig vem som lämnat en idé eller någons kontaktuppgifter.",
        en:
            "The hub's public data as CSV (RFC 4180, UTF-8, header row) and JSON, at addresses that do not change. Only what is already public – never who submitted an idea or anyone's contact details."
    )
    static let openDataLicence = LocalizedText(
        sv: "Fri att använda till vad som helst, utan villkor:", en: "Free to use for anything, without conditions:")
    static let openDataAPI = LocalizedText(sv: "Katalogen som JSON:", en: "The catalogue as JSON:")
    static func openDataDictionary(_ title: String) -> LocalizedText {
        LocalizedText(sv: "Fälten i \(title)", en: "The fields of \(title)")
    }
    static let openDataField = LocalizedText(sv: "Fält", en: "Field")
    static let openDataType = LocalizedText(sv: "Typ", en: "Type")
    static let openDataMeaning = LocalizedText(sv: "Betydelse", en: "Meaning")
    static let openDataExample = LocalizedText(sv: "Exempel", en: "Example")
}
