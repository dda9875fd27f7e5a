import HubbenCore

enum SearchTexts {
    static func kind(_ kind: SearchKind) -> LocalizedText {
        switch kind {
        case .ideas: LocalizedText(sv: "Idéer", en: "Ideas")
        case .challenges: LocalizedText(sv: "Utmaningar", en: "Challenges")
        case .projects: LocalizedText(sv: "Projekt", en: "Projects")
        case .events: LocalizedText(sv: "Evenemang", en: "Events")
        case .news: LocalizedText(sv: "Nyheter", en: "News")
        case .partners: LocalizedText(sv: "Partner", en: "Partners")
        case .reformGroups: LocalizedText(sv: "Reformgrupper", en: "Reform groups")
        case .methods: LocalizedText(sv: "Metoder", en: "Methods")
        }
    }
}

extension LocalizedText {
    static let searchTitle = LocalizedText(sv: "Sök", en: "Search")
    static let searchLabel = LocalizedText(sv: "Sök på Hubben", en: "Search Hubben")
    static let searchButton = LocalizedText(sv: "Sök", en: "Search")
    static let searchHint = LocalizedText(
        sv:
            "Idéer, utmaningar, projekt, evenemang, nyheter, partner, reformgrupper och metodbanken. Böjda former hittas också: ”cykel” hittar ”cyklar”.",
        en:
            "Ideas, challenges, projects, events, news, partners, reform groups and the method toolbox. Swedish word forms are found too."
    )
    static let searchAllKinds = LocalizedText(sv: "Allt", en: "Everything")
    static let searchKindsLabel = LocalizedText(sv: "Visa bara", en: "Show only")
    static func searchTotal(_ count: String, _ text: String) -> LocalizedText {
        LocalizedText(sv: "\(count) träffar på ”\(text)”", en: "\(count) results for “\(text)”")
    }
    static let searchNothing = LocalizedText(
        sv: "Inga träffar. Pröva ett annat ord eller färre ord.", en: "No results. Try another word or fewer words.")
    static func searchMoreOfKind(_ count: String, _ kind: String) -> LocalizedText {
        LocalizedText(sv: "Visa alla \(count) – \(kind)", en: "Show all \(count) – \(kind)")
    }
}
