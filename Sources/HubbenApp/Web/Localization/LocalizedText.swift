import HubbenCore

/// `Language` in this module means HubbenCore's.
typealias Language = HubbenCore.Language

/// One user-facing text in every language. Each feature declares its texts next to its code
/// (`Features/Ideas/IdeaTexts.swift` …; `SharedTexts.swift` for texts several features show, `LayoutTexts.swift`
/// and `InformationTexts.swift` for the frame and the information pages) as static members, so a page writes
/// `t(.ideaTitle)`. The initialiser takes both languages, so a missing translation does not compile; a text with
/// values is a static function of them, so a placeholder cannot be misspelt or left unfilled.
struct LocalizedText: Sendable, Equatable {
    let sv: String
    let en: String

    func text(in language: Language) -> String {
        switch language {
        case .sv: sv
        case .en: en
        }
    }
}

/// The texts of one language.
struct Localizer: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func callAsFunction(_ text: LocalizedText) -> String {
        text.text(in: language)
    }
}
