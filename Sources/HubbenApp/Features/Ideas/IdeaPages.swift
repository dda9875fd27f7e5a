import Foundation
import HubbenCore
import Plot

/// The idea list, an idea's page and the idea form.
enum IdeaPages {
    static func status(_ status: IdeaStatus) -> MessageKey {
        switch status {
        case .submitted: .statusSubmitted
        case .underReview: .statusUnderReview
        case .accepted: .statusAccepted
        case .parked: .statusParked
        case .declined: .statusDeclined
        case .merged: .statusMerged
        }
    }

    static func statusTag(_ status: IdeaStatus, _ t: Localizer) -> Node<HTML.BodyContext> {
        .span(.class("status-tag status-\(status.rawValue)"), .escaped(t(Self.status(status))))
    }

    static func sortLabel(_ sort: IdeaSort) -> MessageKey {
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
                    .h1(.escaped(t(.navIdeas))),
                    .a(.class("button button-primary"), .href("/ideas/new"), .escaped(t(.ideaSubmitButton)))),
                PageParts.lead(t(.ideasLead)),
                .p(.a(.href("/challenges"), .escaped(t(.challengesLink)))),
                .form(
                    .method(.get), .action("/ideas"), .class("filters"),
                    .attribute(named: "role", value: "search"),
                    .attribute(named: "aria-label", value: t(.ideaFilters)),
                    .component(
                        Node<HTML.BodyContext>.group(
                            FormParts.input(
                                .init(
                                    name: "q", label: t(.ideaSearch), hint: t(.ideaSearchHint), value: query.text,
                                    type: .search, width: "input-medium"), errors: FormErrors(), t),
                            FormParts.select(
                                name: "theme", label: t(.ideaTheme),
                                options: [("", t(.ideaAllThemes))] + themes.map { ($0.slug, $0.name(language)) },
                                selected: query.themeSlug ?? "", t),
                            FormParts.select(
                                name: "status", label: t(.ideaStatus),
                                options: [("", t(.ideaAllStatuses))]
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
                        )),
                    FormParts.submit(t(.ideaFilterButton), style: "button-secondary")
                ),
                .if(
                    !matchingChallenges.isEmpty,
                    .section(
                        .class("notice"), .attribute(named: "aria-labelledby", value: "matching-challenges"),
                        .h2(.id("matching-challenges"), .escaped(t(.challengesMatching))),
                        .ul(
                            .forEach(matchingChallenges.prefix(3)) { challenge in
                                .li(.a(.href("/challenges/\(challenge.id)"), .escaped(challenge.title)))
                            })
                    )),
                .p(
                    .class("result-count"), .attribute(named: "role", value: "status"),
                    .escaped(t(.ideaCount, ["count": NumberFormat.integer(page.total, language: language)]))),
                page.ideas.isEmpty
                    ? .p(
                        .class("empty-state"),
                        .escaped(
                            query.text.isEmpty && query.themeSlug == nil && query.status == nil
                                ? t(.ideaEmpty) : t(.ideaNoMatch)))
                    : .ul(.class("idea-list"), .forEach(page.ideas) { idea in .li(card(idea, t)) }),
                pagination(page, query: query, t)
            ), section: .ideas)
    }

    static func card(_ idea: Idea, _ t: Localizer) -> Node<HTML.BodyContext> {
        .article(
            .class("idea-card"),
            .h2(.class("idea-card-title"), .a(.href("/ideas/\(idea.id)"), .escaped(idea.title))),
            .p(
                .class("idea-card-summary"),
                .escaped(String(idea.summary.prefix(220)) + (idea.summary.count > 220 ? "…" : ""))),
            .div(
                .class("idea-card-meta"),
                statusTag(idea.status, t),
                .forEach(idea.themes) { theme in .span(.class("tag"), .escaped(theme.name(t.language))) },
                .span(
                    .class("count"),
                    .escaped(t(.ideaSupports, ["count": NumberFormat.integer(idea.supportCount, language: t.language)]))
                ),
                .span(
                    .class("count"),
                    .escaped(t(.ideaComments, ["count": NumberFormat.integer(idea.commentCount, language: t.language)]))
                ))
        )
    }

    static func pagination(_ page: IdeaStore.Page, query: IdeaStore.ListQuery, _ t: Localizer) -> Node<HTML.BodyContext>
    {
        func link(_ number: Int) -> String {
            var parameters: [String: String] = ["page": "\(number)"]
            if !query.text.isEmpty { parameters["q"] = query.text }
            if let theme = query.themeSlug { parameters["theme"] = theme }
            if let status = query.status { parameters["status"] = status.rawValue }
            if let challenge = query.challengeID { parameters["challenge"] = "\(challenge)" }
            if query.sort != .newest { parameters["sort"] = query.sort.rawValue }
            return HTMLAttribute.hrefWithQuery(path: "/ideas", query: parameters)
        }
        return PageParts.pagination(page: page.page, pageCount: page.pageCount, t, link: link)
    }

    // MARK: One idea

    struct ShowModel {
        let idea: Idea
        let history: [IdeaStore.StatusEntry]
        let viewer: Account?
        let hasSupported: Bool
        let isFollowing: Bool
        let canEdit: Bool
        let notice: String?
        let csrf: String?
        let comments: [Comment]
        /// Only for coaches and admins.
        let scores: [IdeaScore]?
        /// The project started from this idea, if the viewer may see it.
        var project: ProjectCard? = nil
        /// A coach may start a project from an accepted idea that has none.
        var canStartProject = false
        /// What the coach typed in the triage form, kept when it comes back with errors.
        var triageDraft: (status: String, reason: String, mergedInto: String) = ("", "", "")
        var commentErrors = FormErrors()
        var commentDraft = ""
        var triageErrors = FormErrors()
        /// Errors of one comment's moderation form (keyed `reason-<comment id>`), shown with that form open.
        var moderationErrors = FormErrors()
    }

    static func show(_ model: ShowModel, _ t: Localizer) -> Page {
        let idea = model.idea
        let language = t.language
        return Page(
            title: idea.title,
            main: .group(
                FormParts.notice(model.notice),
                .p(.a(.href("/ideas"), .escaped("‹ " + t(.navIdeas)))),
                .article(
                    .class("idea"),
                    .h1(.escaped(idea.title)),
                    .div(
                        .class("idea-card-meta"),
                        statusTag(idea.status, t),
                        .forEach(idea.themes) { theme in .span(.class("tag"), .escaped(theme.name(language))) }),
                    .p(
                        .class("muted"),
                        .escaped(
                            t(
                                .ideaBy,
                                [
                                    "name": idea.authorName ?? t(.deletedUser),
                                    "date": DateFormat.dateTime(idea.createdAt, language: language),
                                ]))),
                    .h2(.escaped(t(.ideaSummary))),
                    .p(.class("prose"), .escaped(idea.summary)),
                    .h2(.escaped(t(.ideaNeed))),
                    .p(.class("prose"), .escaped(idea.need))
                ),
                .unwrap(model.project) { project in
                    .section(
                        .class("notice"), .attribute(named: "aria-labelledby", value: "project-heading"),
                        .h2(.id("project-heading"), .escaped(t(.ideaProjectHeading))),
                        .p(
                            .a(.href("/projects/\(project.id)"), .escaped(project.title)),
                            .escaped(" – " + ProjectPages.stageText(project.stage, t))))
                },
                .if(
                    model.project == nil && model.canStartProject,
                    .p(
                        .a(
                            .class("button button-primary"), .href("/projects/new?idea=\(idea.id)"),
                            .escaped(t(.ideaStartProject))))),
                .section(
                    .class("support-box"),
                    .attribute(named: "aria-labelledby", value: "support-heading"),
                    .h2(.id("support-heading"), .escaped(t(.ideaSupportHeading))),
                    .p(
                        .class("support-count"),
                        .escaped(
                            t(.ideaSupports, ["count": NumberFormat.integer(idea.supportCount, language: language)]))),
                    supportForm(model, t)
                ),
                .if(
                    model.canEdit,
                    .p(.a(.class("button button-secondary"), .href("/ideas/\(idea.id)/edit"), .escaped(t(.ideaEdit))))),
                followForm(model, t),
                .unwrap(model.scores) { scores in IdeaTriageParts.panel(model, scores: scores, t) },
                IdeaDiscussionParts.section(model, t),
                .section(
                    .attribute(named: "aria-labelledby", value: "history-heading"),
                    .h2(.id("history-heading"), .escaped(t(.ideaHistory))),
                    .ol(
                        .class("timeline"),
                        .forEach(model.history.reversed()) { entry in
                            .li(
                                .element(
                                    named: "time",
                                    nodes: [
                                        Node<HTML.BodyContext>.attribute(
                                            named: "datetime", value: ISO8601DateFormatter().string(from: entry.at)),
                                        .escaped(DateFormat.dateTime(entry.at, language: language)),
                                    ]),
                                .escaped(" "), statusTag(entry.to, t),
                                .unwrap(entry.reason) { reason in .p(.escaped(reason)) }
                            )
                        })
                )
            ), section: .ideas)
    }

    private static func followForm(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
        guard model.viewer != nil, let csrf = model.csrf else { return .empty }
        let following = model.isFollowing
        return .form(
            .method(.post), .action("/ideas/\(model.idea.id)/follow\(following ? "/stop" : "")"),
            FormParts.csrf(csrf),
            .if(following, .p(.escaped(t(.ideaYouFollow)))),
            FormParts.submit(following ? t(.ideaUnfollow) : t(.ideaFollow), style: "button-secondary")
        )
    }

    private static func supportForm(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
        guard model.viewer != nil, let csrf = model.csrf else {
            return .p(
                .a(
                    .href(HTMLAttribute.hrefWithQuery(path: "/sign-in", query: ["next": "/ideas/\(model.idea.id)"])),
                    .escaped(t(.ideaSignInToSupport))))
        }
        let withdraw = model.hasSupported
        return .form(
            .method(.post), .action("/ideas/\(model.idea.id)/support\(withdraw ? "/withdraw" : "")"),
            FormParts.csrf(csrf),
            .if(withdraw, .p(.escaped(t(.ideaYouSupport)))),
            FormParts.submit(
                withdraw ? t(.ideaWithdrawSupport) : t(.ideaSupportButton),
                style: withdraw ? "button-secondary" : "button-primary")
        )
    }

    // MARK: Triage queue

    static func queue(_ ideas: [Idea], scores: [Int: Double], _ t: Localizer) -> Page {
        Page(
            title: t(.triageQueueTitle),
            main: .group(
                .h1(.escaped(t(.triageQueueTitle))),
                PageParts.lead(t(.triageQueueLead)),
                ideas.isEmpty
                    ? .p(.class("empty-state"), .escaped(t(.triageQueueEmpty)))
                    : PageParts.table(
                        id: "queue-caption", caption: t(.ideaCount, ["count": "\(ideas.count)"]),
                        columns: [
                            .init(t(.ideaTitleLabel)), .init(t(.ideaStatus)), .init(t(.triageSubmittedAt)),
                            .init(t(.ideaSupportHeading), numeric: true), .init(t(.scoresAverage), numeric: true),
                        ],
                        rows: .tbody(
                            .forEach(ideas) { idea in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href("/ideas/\(idea.id)"), .escaped(idea.title))),
                                    .td(statusTag(idea.status, t)),
                                    .td(.escaped(DateFormat.dateTime(idea.createdAt, language: t.language))),
                                    .td(
                                        .class("number"),
                                        .escaped(NumberFormat.integer(idea.supportCount, language: t.language))),
                                    .td(
                                        .class("number"),
                                        .escaped(scores[idea.id].map { String(format: "%.1f", $0) } ?? "–"))
                                )
                            })
                    )
            ), section: .ideas)
    }

    // MARK: Form

    struct FormModel {
        var title = ""
        var summary = ""
        var need = ""
        var themeIDs: Set<Int> = []
        var challengeID: Int?
        var ideaID: Int?
    }

    static func form(
        _ form: FormModel, themes: [Theme], openChallenges: [Challenge] = [], errors: FormErrors, csrf: String,
        similar: [(idea: Idea, score: Double)]? = nil, _ t: Localizer
    ) -> Page {
        let editing = form.ideaID != nil
        let title = editing ? t(.ideaEditTitle) : t(.ideaNewTitle)
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.escaped(title)),
                .if(!editing, PageParts.lead(t(.ideaNewLead))),
                .form(
                    .method(.post), .action(form.ideaID.map { "/ideas/\($0)/edit" } ?? "/ideas"), .novalidate(),
                    FormParts.csrf(csrf),
                    .component(
                        Node<HTML.BodyContext>.group(
                            FormParts.input(
                                .init(
                                    name: "title", label: t(.ideaTitleLabel), hint: t(.ideaTitleHint), value: form.title
                                ),
                                errors: errors, t),
                            FormParts.textarea(
                                name: "summary", label: t(.ideaSummary), hint: t(.ideaSummaryHint), value: form.summary,
                                errors: errors, t),
                            FormParts.textarea(
                                name: "need", label: t(.ideaNeed), hint: t(.ideaNeedHint), value: form.need,
                                errors: errors, t),
                            similarIdeas(similar, editing: editing, t),
                            themeChoices(themes, selected: form.themeIDs, errors: errors, t),
                            .if(
                                !editing && !openChallenges.isEmpty,
                                FormParts.select(
                                    name: "challenge", label: t(.ideaChallengeLabel),
                                    options: [("", t(.ideaNoChallenge))]
                                        + openChallenges.map { ("\($0.id)", $0.title) },
                                    selected: form.challengeID.map { "\($0)" } ?? "", errors: errors, t))
                        )),
                    .div(
                        .class("button-group"),
                        .button(
                            .type(.submit), .name("action"), .value("submit"), .class("button button-primary"),
                            .escaped(editing ? t(.accountSave) : t(.ideaSubmitButton))),
                        .if(
                            !editing,
                            .button(
                                .type(.submit), .name("action"), .value("check"), .class("button button-secondary"),
                                .escaped(t(.similarCheck)))))
                ),
                .if(!editing, .script(.src("/js/similar-ideas.js"), .attribute(named: "defer", value: "defer")))
            ), section: .ideas, hasErrors: !errors.isEmpty)
    }

    /// Ideas like the one being written: filled in by the "check for similar ideas" button without JavaScript,
    /// and kept up to date while typing with it (`similar-ideas.js` fills the same live region).
    private static func similarIdeas(_ similar: [(idea: Idea, score: Double)]?, editing: Bool, _ t: Localizer) -> Node<
        HTML.BodyContext
    > {
        guard !editing else { return .empty }
        return .div(
            .id("similar-ideas"), .class("similar-ideas"),
            .attribute(named: "aria-live", value: "polite"),
            .attribute(named: "data-heading", value: HTMLAttribute.escape(t(.similarHeading))),
            .attribute(named: "data-none", value: HTMLAttribute.escape(t(.similarNone))),
            .unwrap(similar) { similar in
                .group(
                    .h2(.escaped(t(.similarHeading))),
                    similar.isEmpty
                        ? .p(.escaped(t(.similarNone)))
                        : .ul(
                            .forEach(similar) { match in
                                .li(
                                    .a(
                                        .href("/ideas/\(match.idea.id)"), .attribute(named: "target", value: "_blank"),
                                        .escaped(match.idea.title)),
                                    .escaped(" "), statusTag(match.idea.status, t))
                            })
                )
            }
        )
    }

    static func themeChoices(_ themes: [Theme], selected: Set<Int>, errors: FormErrors, _ t: Localizer) -> Node<
        HTML.BodyContext
    > {
        FormParts.checkboxes(
            name: "themes", legend: t(.ideaThemes), hint: t(.ideaThemesHint),
            options: themes.map { ($0.id, $0.name(t.language)) }, selected: selected, errors: errors, t)
    }
}
