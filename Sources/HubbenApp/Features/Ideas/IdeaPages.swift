import Foundation
import HubbenCore

/// The idea list, an idea's page and the idea form.
enum IdeaPages {
    static func status(_ status: IdeaStatus) -> LocalizedText {
        switch status {
        case .submitted: .statusSubmitted
        case .underReview: .statusUnderReview
        case .accepted: .statusAccepted
        case .parked: .statusParked
        case .declined: .statusDeclined
        case .merged: .statusMerged
        }
    }

    static func statusTag(_ status: IdeaStatus, _ t: Localizer) -> Node {
        .span(.class("status-tag status-\(status.rawValue)"), .text(t(Self.status(status))))
    }

    static func sortLabel(_ sort: IdeaSort) -> LocalizedText {
        switch sort {
        case .newest: .sortNewest
        case .mostSupported: .sortMostSupported
        case .mostDiscussed: .sortMostDiscussed
        case .recentlyActive: .sortRecentlyActive
        case .relevance: .sortRelevance
        }
    }

    // MARK: List

    static func list(
        _ page: IdeaStore.Page, query: IdeaStore.ListQuery, themes: [Theme], challenges: [(id: Int, title: String)],
        matchingChallenges: [Challenge], _ t: Localizer
    ) -> Page {
        let language = t.language
        return Page(
            title: t(.navIdeas),
            main: .group(
                .div(
                    .class("page-heading"),
                    .h1(.text(t(.navIdeas))),
                    .a(.class("button button-primary"), .href(IdeaPaths.new()), .text(t(.ideaSubmitButton)))),
                PageParts.lead(t(.ideasLead)),
                .p(.a(.href(ChallengePaths.list()), .text(t(.challengesLink)))),
                .form(
                    .method(.get), .action(IdeaPaths.list()), .class("filters"),
                    .attribute(named: "role", value: "search"),
                    .attribute(named: "aria-label", value: t(.ideaFilters)),

                    Node.group(
                        FormParts.input(
                            .init(
                                name: "q", label: t(.filterSearch), hint: t(.ideaSearchHint), value: query.text,
                                type: .search, width: "input-medium"), errors: FormErrors(), t),
                        FormParts.select(
                            name: "theme", label: t(.filterTheme),
                            options: [("", t(.filterAllThemes))] + themes.map { ($0.slug, $0.name(language)) },
                            selected: query.themeSlug ?? "", t),
                        FormParts.select(
                            name: "status", label: t(.ideaStatus),
                            options: [("", t(.filterAllStatuses))]
                                + IdeaStatus.allCases.map { ($0.rawValue, t(status($0))) },
                            selected: query.status?.rawValue ?? "", t),
                        FormParts.select(
                            name: "sort", label: t(.ideaSort),
                            options: IdeaSort.allCases.map { ($0.rawValue, t(sortLabel($0))) },
                            selected: query.sort.rawValue, t),
                        .if(
                            !challenges.isEmpty,
                            FormParts.select(
                                name: "challenge", label: t(.ideaChallengeFilter),
                                options: [("", t(.ideaAllChallenges))] + challenges.map { ("\($0.id)", $0.title) },
                                selected: query.challengeID.map { "\($0)" } ?? "", t))
                    ),
                    FormParts.submit(t(.ideaFilterButton), style: "button-secondary")
                ),
                .if(
                    !matchingChallenges.isEmpty,
                    .section(
                        .class("notice"), .attribute(named: "aria-labelledby", value: "matching-challenges"),
                        .h2(.id("matching-challenges"), .text(t(.challengesMatching))),
                        .ul(
                            .forEach(matchingChallenges.prefix(3)) { challenge in
                                .li(.a(.href(ChallengePaths.show(challenge.id)), .text(challenge.title)))
                            })
                    )),
                .p(
                    .class("result-count"), .attribute(named: "role", value: "status"),
                    .text(t(.ideaCount(count: NumberFormat.integer(page.total, language: language))))),
                page.ideas.isEmpty
                    ? .p(
                        .class("empty-state"),
                        .text(
                            query.text.isEmpty && query.themeSlug == nil && query.status == nil
                                ? t(.ideaEmpty) : t(.filterNoMatch)))
                    : .ul(.class("idea-list"), .forEach(page.ideas) { idea in .li(card(idea, t)) }),
                pagination(page, query: query, t)
            ), section: .ideas)
    }

    static func card(_ idea: Idea, _ t: Localizer) -> Node {
        .article(
            .class("idea-card"),
            .h2(.class("idea-card-title"), .a(.href(IdeaPaths.show(idea.id)), .text(idea.title))),
            .p(
                .class("idea-card-summary"),
                .text(String(idea.summary.prefix(220)) + (idea.summary.count > 220 ? "…" : ""))),
            .div(
                .class("idea-card-meta"),
                statusTag(idea.status, t),
                .forEach(idea.themes) { theme in .span(.class("tag"), .text(theme.name(t.language))) },
                .span(
                    .class("count"),
                    .text(t(.ideaSupports(count: NumberFormat.integer(idea.supportCount, language: t.language))))
                ),
                .span(
                    .class("count"),
                    .text(t(.ideaComments(count: NumberFormat.integer(idea.commentCount, language: t.language))))
                ))
        )
    }

    static func pagination(_ page: IdeaStore.Page, query: IdeaStore.ListQuery, _ t: Localizer) -> Node {
        func link(_ number: Int) -> String {
            var parameters: [String: String] = ["page": "\(number)"]
            if !query.text.isEmpty { parameters["q"] = query.text }
            if let theme = query.themeSlug { parameters["theme"] = theme }
            if let status = query.status { parameters["status"] = status.rawValue }
            if let challenge = query.challengeID { parameters["challenge"] = "\(challenge)" }
            if query.sort != .newest { parameters["sort"] = query.sort.rawValue }
            return HTMLAttribute.pathWithQuery(IdeaPaths.list(), parameters)
        }
        return PageParts.pagination(page: page.page, pageCount: page.pageCount, t, link: link)
    }
}
