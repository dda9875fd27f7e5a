import Foundation
import HubbenCore

/// The coaches' triage queue and the form to submit or edit an idea.
extension IdeaPages {
    // MARK: Triage queue

    static func queue(_ ideas: [Idea], scores: [Int: Double], _ t: Localizer) -> Page {
        Page(
            title: t(.triageQueueTitle),
            main: .group(
                .h1(.text(t(.triageQueueTitle))),
                PageParts.lead(t(.triageQueueLead)),
                ideas.isEmpty
                    ? .p(.class("empty-state"), .text(t(.triageQueueEmpty)))
                    : PageParts.table(
                        id: "queue-caption", caption: t(.ideaCount(count: "\(ideas.count)")),
                        columns: [
                            .init(t(.fieldTitle)), .init(t(.ideaStatus)), .init(t(.triageSubmittedAt)),
                            .init(t(.ideaSupportHeading), numeric: true), .init(t(.scoresAverage), numeric: true),
                        ],
                        rows: .tbody(
                            .forEach(ideas) { idea in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href(IdeaPaths.show(idea.id)), .text(idea.title))),
                                    .td(statusTag(idea.status, t)),
                                    .td(.text(DateFormat.dateTime(idea.createdAt, language: t.language))),
                                    .td(
                                        .class("number"),
                                        .text(NumberFormat.integer(idea.supportCount, language: t.language))),
                                    .td(
                                        .class("number"),
                                        .text(scores[idea.id].map { String(format: "%.1f", $0) } ?? "–"))
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
        /// The reform group the idea is submitted for, when its member came from the group's page.
        var reformGroupID: Int?
        var reformGroupName: String?
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
                .h1(.text(title)),
                .if(!editing, PageParts.lead(t(.ideaNewLead))),
                .form(
                    .method(.post), .action(form.ideaID.map { IdeaPaths.edit($0) } ?? IdeaPaths.list()), .novalidate(),
                    FormParts.csrf(csrf),
                    .unwrap(form.reformGroupID) { group in
                        .group(
                            FormParts.hidden("reform_group", "\(group)"),
                            .p(.class("notice"), .text(t(.ideaForGroup(form.reformGroupName ?? "")))))
                    },

                    Node.group(
                        FormParts.input(
                            .init(
                                name: "title", label: t(.fieldTitle), hint: t(.fieldTitleHint), value: form.title
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
                    ),
                    .div(
                        .class("button-group"),
                        .button(
                            .type(.submit), .name("action"), .value("submit"), .class("button button-primary"),
                            .text(editing ? t(.accountSave) : t(.ideaSubmitButton))),
                        .if(
                            !editing,
                            .button(
                                .type(.submit), .name("action"), .value("check"), .class("button button-secondary"),
                                .text(t(.similarCheck)))))
                )
            ), section: .ideas, hasErrors: !errors.isEmpty, scripts: editing ? [] : [Assets.similarIdeasScript])
    }

    /// Ideas like the one being written: filled in by the "check for similar ideas" button without JavaScript,
    /// and kept up to date while typing with it (`similar-ideas.js` fills the same live region).
    static func similarIdeas(_ similar: [(idea: Idea, score: Double)]?, editing: Bool, _ t: Localizer) -> Node {
        guard !editing else { return .empty }
        return .div(
            .id("similar-ideas"), .class("similar-ideas"),
            .attribute(named: "aria-live", value: "polite"),
            .attribute(named: "data-heading", value: t(.similarHeading)),
            .attribute(named: "data-none", value: t(.similarNone)),
            .unwrap(similar) { similar in
                .group(
                    .h2(.text(t(.similarHeading))),
                    similar.isEmpty
                        ? .p(.text(t(.similarNone)))
                        : .ul(
                            .forEach(similar) { match in
                                .li(
                                    .a(
                                        .href(IdeaPaths.show(match.idea.id)),
                                        .attribute(named: "target", value: "_blank"),
                                        .text(match.idea.title)),
                                    .text(" "), statusTag(match.idea.status, t))
                            })
                )
            }
        )
    }

    static func themeChoices(_ themes: [Theme], selected: Set<Int>, errors: FormErrors, _ t: Localizer) -> Node {
        FormParts.checkboxes(
            name: "themes", legend: t(.fieldThemes), hint: t(.ideaThemesHint),
            options: themes.map { ($0.id, $0.name(t.language)) }, selected: selected, errors: errors, t)
    }
}
