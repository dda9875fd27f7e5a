import HubbenCore
import Plot

/// Pages of fixed text: about the hub, the sections that have not opened yet, accessibility, personal data.
enum InformationPages {
    static func about(_ t: Localizer) -> Page {
        Page(
            title: t(.aboutTitle),
            main: .group(
                .h1(.escaped(t(.aboutTitle))),
                PageParts.lead(t(.aboutLead)),
                .h2(.escaped(t(.aboutWhyHeading))),
                .p(.escaped(t(.aboutWhy))),
                .h2(.escaped(t(.aboutMethodHeading))),
                .p(.escaped(t(.aboutMethod))),
                PageParts.phaseSteps(t),
                .h2(.escaped(t(.aboutOutcomesHeading))),
                .p(.escaped(t(.aboutOutcomes))),
                PageParts.outcomeList(t),
                .h2(.escaped(t(.aboutWhoHeading))),
                .ul(
                    .li(.escaped(t(.aboutWhoResidents))),
                    .li(.escaped(t(.aboutWhoDepartments))),
                    .li(.escaped(t(.aboutWhoReformGroups))),
                    .li(.escaped(t(.aboutWhoPartners))),
                    .li(.escaped(t(.aboutWhoTeam)))
                ),
                .h2(.escaped(t(.aboutTakePartHeading))),
                .ul(
                    .li(.escaped(t(.aboutTakePartIdea))),
                    .li(.escaped(t(.aboutTakePartSupport))),
                    .li(.escaped(t(.aboutTakePartEvents))),
                    .li(.escaped(t(.aboutTakePartBook))),
                    .li(.escaped(t(.aboutTakePartInterest)))
                ),
                .h2(.escaped(t(.aboutOpennessHeading))),
                .p(.escaped(t(.aboutOpenness)))
            ), section: .about)
    }

    /// A section whose feature has not landed yet: what it will hold, said plainly, and where to go meanwhile.
    static func section(_ section: PendingSection, _ t: Localizer) -> Page {
        let item = section.navigationItem
        let (lead, text) = section.texts
        return Page(
            title: t(item.label),
            main: .group(
                .h1(.escaped(t(item.label))),
                PageParts.lead(t(lead)),
                .p(.escaped(t(text))),
                .div(
                    .class("notice"),
                    .attribute(named: "role", value: "status"),
                    .h2(.escaped(t(.sectionNotOpenHeading))),
                    .p(.escaped(t(.sectionNotOpen))),
                    .a(.class("button button-secondary"), .href(InformationPaths.about()), .escaped(t(.homeReadMore)))
                )
            ), section: item)
    }

    static func partners(_ partners: [Organization], _ t: Localizer) -> Page {
        Page(
            title: t(.partnersTitle),
            main: .group(
                .h1(.escaped(t(.partnersTitle))),
                PageParts.lead(t(.partnersLead)),
                PageParts.organizationCards(partners, empty: t(.partnersEmpty)),
                .h2(.escaped(t(.partnersBecomeHeading))),
                .p(.escaped(t(.partnersBecome)))
            ), section: .partners)
    }

    static func accessibility(_ t: Localizer) -> Page {
        Page(
            title: t(.accessibilityTitle),
            main: .group(
                .h1(.escaped(t(.accessibilityTitle))),
                PageParts.lead(t(.accessibilityText)),
                .h2(.escaped(t(.accessibilityStatusHeading))),
                .p(.escaped(t(.accessibilityStatus))),
                .h2(.escaped(t(.accessibilityReportHeading))),
                .p(.escaped(t(.accessibilityReport))),
                .p(.escaped(t(.accessibilityDigg)))
            ))
    }

    static func privacy(_ t: Localizer) -> Page {
        Page(
            title: t(.privacyTitle),
            main: .group(
                .h1(.escaped(t(.privacyTitle))),
                PageParts.lead(t(.privacyText)),
                .h2(.escaped(t(.privacyWhatHeading))),
                .p(.escaped(t(.privacyWhat))),
                .h2(.escaped(t(.privacyRightsHeading))),
                .p(.escaped(t(.privacyRights)))
            ))
    }

    /// An error page. `kept` is what a refused form held: it is shown back so that nothing typed is lost.
    static func error(status: Int, requestID: String, kept: [(name: String, value: String)] = [], _ t: Localizer)
        -> Page
    {
        let (title, text): (LocalizedText, LocalizedText) =
            switch status {
            case 400: (.errorGenericTitle, .errorBadRequestText)
            case 403: (.errorForbiddenTitle, .errorForbiddenText)
            case 404: (.errorNotFoundTitle, .errorNotFoundText)
            case 429: (.errorTooManyTitle, .errorTooManyText)
            case 500...: (.errorServerTitle, .errorServerText)
            default: (.errorGenericTitle, .errorGenericText)
            }
        return Page(
            title: t(title),
            main: .group(
                .h1(.escaped(t(title))),
                .p(.escaped(t(text))),
                .if(status >= 500, .p(.class("muted"), .escaped(t(.errorReference(id: requestID))))),
                .if(
                    !kept.isEmpty,
                    .section(
                        .attribute(named: "aria-labelledby", value: "kept-heading"),
                        .h2(.id("kept-heading"), .escaped(t(.errorKeptHeading))),
                        .p(.escaped(t(.errorKeptText))),
                        .forEach(kept.enumerated()) { index, field in
                            .div(
                                .class("form-group"),
                                .label(.for("kept-\(index)"), .class("form-label"), .escaped(field.name)),
                                .textarea(
                                    .id("kept-\(index)"), .class("form-input input-wide"), .rows(6), .readonly(true),
                                    .escaped(
                                        String(
                                            String.UnicodeScalarView(
                                                field.value.unicodeScalars.filter {
                                                    !TextRules.hasForbiddenControlCharacters(String($0))
                                                })))))
                        }
                    )),
                .a(.class("button button-primary"), .href(InformationPaths.home()), .escaped(t(.errorBackHome)))
            ))
    }
}

/// Navigation sections whose feature has not landed yet. Each feature issue removes its case.
enum PendingSection: CaseIterable {
    case events, book

    var navigationItem: NavigationItem {
        switch self {
        case .events: .events
        case .book: .book
        }
    }

    var texts: (lead: LocalizedText, text: LocalizedText) {
        switch self {
        case .events: (.eventsLead, .eventsText)
        case .book: (.bookLead, .bookText)
        }
    }
}
