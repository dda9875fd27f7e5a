import HubbenCore

/// The home page: what the hub is, how an idea moves, and the live state of the hub.
enum HomePage {
    /// The hub's live state, as the home page shows it.
    struct Live {
        var overview: HubOverview
        /// Public projects per board column: the same count as the projects' board.
        var phaseCounts: [ProjectStore.Column: Int]
        /// The newest public results: gate decisions, experiments and journal entries of public projects.
        var results: [ProjectStore.FeedEntry]
        var events: [Event]
        var challenges: [Challenge]
        var news: [NewsPost]
    }

    static func page(_ live: Live, _ t: Localizer) -> Page {
        let overview = live.overview
        return Page(
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
                takePart(t),
                board(live.phaseCounts, t),
                .if(!live.results.isEmpty, results(live.results, t)),
                .if(!live.events.isEmpty || !live.challenges.isEmpty, eventsAndChallenges(live, t)),
                .if(!live.news.isEmpty, news(live.news, t)),
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

    /// How to take part: an idea, registered interest, a room.
    private static func takePart(_ t: Localizer) -> Node {
        .section(
            .attribute(named: "aria-labelledby", value: "take-part-heading"),
            .h2(.id("take-part-heading"), .text(t(.homeTakePart))),
            .ul(
                .class("count-list"),
                .li(.a(.href(IdeaPaths.new()), .text(t(.homeSubmitIdea)))),
                .li(.a(.href(InterestPaths.form()), .text(t(.interestTitle)))),
                .li(.a(.href(NavigationItem.book.path), .text(t(.homeBookRoom))))))
    }

    /// The board in miniature: public projects per phase and outcome, each count a link to its column.
    private static func board(_ counts: [ProjectStore.Column: Int], _ t: Localizer) -> Node {
        .section(
            .attribute(named: "aria-labelledby", value: "board-heading"),
            .h2(.id("board-heading"), .text(t(.homeBoardHeading))),
            .ul(
                .class("count-list"),
                .forEach(ProjectStore.Column.all) { column in
                    let (name, value) = ProjectPages.columnValue(column)
                    return .li(
                        .a(
                            .href(HTMLAttribute.pathWithQuery(ProjectPaths.list(), [name: value])),
                            .span(
                                .class("count-number"),
                                .text(NumberFormat.integer(counts[column] ?? 0, language: t.language))),
                            .text(" " + t(ProjectPages.column(column)))))
                }))
    }

    private static func results(_ entries: [ProjectStore.FeedEntry], _ t: Localizer) -> Node {
        .section(
            .attribute(named: "aria-labelledby", value: "results-heading"),
            .h2(.id("results-heading"), .text(t(.homeResultsHeading))),
            .ul(
                .class("card-list"),
                .forEach(entries) { item in
                    .li(
                        .class("card"),
                        .p(.class("tag"), .text(item.projectTitle)),
                        .h3(
                            .a(
                                .href(ProjectPaths.show(item.projectID) + "#" + item.entry.key),
                                .text(ProjectFeed.texts(item.entry, t).title))),
                        .p(
                            .class("muted"),
                            .text(DateFormat.date(item.entry.date, language: t.language))))
                }),
            .p(.a(.href(ProjectPaths.list()), .text(t(.homeAllProjects)))))
    }

    private static func eventsAndChallenges(_ live: Live, _ t: Localizer) -> Node {
        .div(
            .class("two-columns"),
            .section(
                .attribute(named: "aria-labelledby", value: "events-heading"),
                .h2(.id("events-heading"), .text(t(.homeEventsHeading))),
                live.events.isEmpty
                    ? .p(.class("empty-state"), .text(t(.homeEventsEmpty)))
                    : .ul(
                        .forEach(live.events) { event in
                            .li(
                                .a(.href(EventPaths.show(event.id)), .text(event.title)), .text(" – "),
                                .time(
                                    .attribute(named: "datetime", value: DateFormat.iso8601(event.startsAt)),
                                    .text(DateFormat.dateTime(event.startsAt, language: t.language))))
                        }),
                .p(.a(.href(NavigationItem.events.path), .text(t(.homeAllEvents))))),
            .section(
                .attribute(named: "aria-labelledby", value: "challenges-heading"),
                .h2(.id("challenges-heading"), .text(t(.homeChallengesHeading))),
                live.challenges.isEmpty
                    ? .p(.class("empty-state"), .text(t(.homeChallengesEmpty)))
                    : .ul(
                        .forEach(live.challenges) { challenge in
                            .li(.a(.href(ChallengePaths.show(challenge.id)), .text(challenge.title)))
                        }),
                .p(.a(.href(ChallengePaths.list()), .text(t(.homeAllChallenges))))))
    }

    private static func news(_ posts: [NewsPost], _ t: Localizer) -> Node {
        .section(
            .attribute(named: "aria-labelledby", value: "news-heading"),
            .h2(.id("news-heading"), .text(t(.newsTitle))),
            .ul(
                .class("card-list"),
                .forEach(posts) { post in
                    .li(
                        .class("card"),
                        .h3(.a(.href(NewsPaths.show(post.id)), .text(post.title))),
                        .p(.text(post.summary)))
                }),
            .p(.a(.href(NewsPaths.list()), .text(t(.homeAllNews)))))
    }

    private static func keyNumber(_ value: Int, _ label: String, _ t: Localizer) -> Node {
        .li(
            .span(.class("key-number"), .text(NumberFormat.integer(value, language: t.language))),
            .text(" " + label))
    }
}
