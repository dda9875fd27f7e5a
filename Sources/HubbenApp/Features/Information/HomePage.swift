import HubbenCore

/// The home page: what the hub is, how an idea moves, and the live state of the hub.
enum HomePage {
    static func page(_ overview: HubOverview, _ t: Localizer) -> Page {
        Page(
            title: t(.homeTitle),
            main: .group(
                .section(
                    .class("hero"),
                    .h1(.text(t(.homeTitle))),
                    PageParts.lead(t(.homeLead)),
                    .a(.class("button button-primary"), .href(InformationPaths.about()), .text(t(.homeReadMore)))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "numbers-heading"),
                    .h2(.id("numbers-heading"), .text(t(.homeNumbersHeading))),
                    .ul(
                        .class("key-numbers"),
                        keyNumber(overview.ideaCount, t(.homeIdeas), t),
                        keyNumber(overview.departments, t(.homeDepartments), t),
                        keyNumber(overview.partners.count, t(.homePartners), t),
                        keyNumber(overview.reformGroups.count, t(.homeReformGroups), t)
                    )
                ),
                .if(
                    !overview.latestIdeas.isEmpty,
                    .section(
                        .attribute(named: "aria-labelledby", value: "latest-heading"),
                        .h2(.id("latest-heading"), .text(t(.homeLatestIdeas))),
                        .ul(
                            .class("idea-list"), .forEach(overview.latestIdeas) { idea in .li(IdeaPages.card(idea, t)) }
                        ),
                        .p(.a(.href(IdeaPaths.list()), .text(t(.homeAllIdeas))))
                    )),
                .section(
                    .attribute(named: "aria-labelledby", value: "steps-heading"),
                    .h2(.id("steps-heading"), .text(t(.homeStepsHeading))),
                    PageParts.phaseSteps(t),
                    .p(.text(t(.homeOutcomes)))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "partners-heading"),
                    .h2(.id("partners-heading"), .text(t(.homePartnersHeading))),
                    PageParts.organizationCards(overview.partners, empty: t(.homePartnersEmpty)),
                    .p(
                        .a(.href(PartnerPaths.list()), .text(t(.partnersTitle))), .text(" · "),
                        .a(.href(InterestPaths.form()), .text(t(.interestTitle))))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "groups-heading"),
                    .h2(.id("groups-heading"), .text(t(.homeReformGroupsHeading))),
                    .p(.text(t(.homeReformGroupsLead))),
                    overview.reformGroups.isEmpty
                        ? .p(.class("empty-state"), .text(t(.homeReformGroupsEmpty)))
                        : .ul(
                            .class("card-list"),
                            .forEach(overview.reformGroups) { group in
                                .li(
                                    .class("card"),
                                    .p(.class("tag"), .text(t(PageParts.theme(group.theme)))),
                                    .h3(.a(.href(ReformGroupPaths.show(group.id)), .text(group.name))),
                                    .p(.text(group.description)))
                            })
                )
            ))
    }

    private static func keyNumber(_ value: Int, _ label: String, _ t: Localizer) -> Node {
        .li(
            .span(.class("key-number"), .text(NumberFormat.integer(value, language: t.language))),
            .text(" " + label))
    }
}
