import HubbenCore

/// Pages of fixed text: about the hub, the sections that have not opened yet, accessibility, personal data.
enum InformationPages {
    static func about(_ t: Localizer) -> Page {
        Page(
            title: t(.aboutTitle),
            main: .group(
                .h1(.text(t(.aboutTitle))),
                PageParts.lead(t(.aboutLead)),
                .h2(.text(t(.aboutWhyHeading))),
                .p(.text(t(.aboutWhy))),
                .h2(.text(t(.aboutMethodHeading))),
                .p(.text(t(.aboutMethod))),
                PageParts.phaseSteps(t),
                .h2(.text(t(.aboutOutcomesHeading))),
                .p(.text(t(.aboutOutcomes))),
                PageParts.outcomeList(t),
                .h2(.text(t(.aboutWhoHeading))),
                .ul(
                    .li(.text(t(.aboutWhoResidents))),
                    .li(.text(t(.aboutWhoDepartments))),
                    .li(.text(t(.aboutWhoReformGroups))),
                    .li(.text(t(.aboutWhoPartners))),
                    .li(.text(t(.aboutWhoTeam)))
                ),
                .h2(.text(t(.aboutTakePartHeading))),
                .ul(
                    .li(.text(t(.aboutTakePartIdea))),
                    .li(.text(t(.aboutTakePartSupport))),
                    .li(.text(t(.aboutTakePartEvents))),
                    .li(.text(t(.aboutTakePartBook))),
                    .li(.text(t(.aboutTakePartInterest)))
                ),
                .h2(.text(t(.aboutOpennessHeading))),
                .p(.text(t(.aboutOpenness)))
            ), section: .about)
    }

    static func accessibility(_ t: Localizer) -> Page {
        Page(
            title: t(.accessibilityTitle),
            main: .group(
                .h1(.text(t(.accessibilityTitle))),
                PageParts.lead(t(.accessibilityText)),
                .h2(.text(t(.accessibilityStatusHeading))),
                .p(.text(t(.accessibilityStatus))),
                .h2(.text(t(.accessibilityReportHeading))),
                .p(.text(t(.accessibilityReport))),
                .p(.text(t(.accessibilityDigg)))
            ))
    }

    static func privacy(_ t: Localizer) -> Page {
        Page(
            title: t(.privacyTitle),
            main: .group(
                .h1(.text(t(.privacyTitle))),
                PageParts.lead(t(.privacyText)),
                .h2(.text(t(.privacyWhatHeading))),
                .p(.text(t(.privacyWhat))),
                .h2(.text(t(.privacyRightsHeading))),
                .p(.text(t(.privacyRights)))
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
                .h1(.text(t(title))),
                .p(.text(t(text))),
                .if(status >= 500, .p(.class("muted"), .text(t(.errorReference(id: requestID))))),
                .if(
                    !kept.isEmpty,
                    .section(
                        .attribute(named: "aria-labelledby", value: "kept-heading"),
                        .h2(.id("kept-heading"), .text(t(.errorKeptHeading))),
                        .p(.text(t(.errorKeptText))),
                        .forEach(kept.enumerated()) { index, field in
                            .div(
                                .class("form-group"),
                                .label(.for("kept-\(index)"), .class("form-label"), .text(field.name)),
                                .textarea(
                                    .id("kept-\(index)"), .class("form-input input-wide"), .rows(6), .readonly(true),
                                    .text(
                                        String(
                                            String.UnicodeScalarView(
                                                field.value.unicodeScalars.filter {
                                                    !TextRules.hasForbiddenControlCharacters(String($0))
                                                })))))
                        }
                    )),
                .a(.class("button button-primary"), .href(InformationPaths.home()), .text(t(.errorBackHome)))
            ))
    }
}
