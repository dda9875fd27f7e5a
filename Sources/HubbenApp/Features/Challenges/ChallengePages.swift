import Foundation
import HubbenCore

/// Challenges: the list, one challenge with the ideas answering it, and the form to pose one.
enum ChallengePages {
    static func list(_ challenges: [Challenge], text: String, canPose: Bool, now: Date, _ t: Localizer) -> Page {
        Page(
            title: t(.challengesTitle),
            main: .group(
                .div(
                    .class("page-heading"),
                    .h1(.text(t(.challengesTitle))),
                    .if(
                        canPose,
                        .a(.class("button button-primary"), .href(ChallengePaths.new()), .text(t(.challengeNew))))),
                PageParts.lead(t(.challengesLead)),
                .form(
                    .method(.get), .action(ChallengePaths.list()), .class("filters"),
                    .attribute(named: "role", value: "search"),
                    .attribute(named: "aria-label", value: t(.challengesSearch)),

                    FormParts.input(
                        .init(
                            name: "q", label: t(.filterSearch), value: text, type: .search, width: "input-medium"),
                        errors: FormErrors(), t),
                    FormParts.submit(t(.filterSearch), style: "button-secondary")
                ),
                challenges.isEmpty
                    ? .p(.class("empty-state"), .text(text.isEmpty ? t(.challengesEmpty) : t(.filterNoMatch)))
                    : .ul(
                        .class("idea-list"),
                        .forEach(challenges) { challenge in
                            .li(
                                .article(
                                    .class("idea-card"),
                                    .h2(
                                        .class("idea-card-title"),
                                        .a(.href(ChallengePaths.show(challenge.id)), .text(challenge.title))),
                                    .p(
                                        .class("idea-card-summary"), .text(String(challenge.description.prefix(220)))
                                    ),
                                    meta(challenge, now: now, t)
                                ))
                        }
                    )
            ), section: .ideas)
    }

    private static func meta(_ challenge: Challenge, now: Date, _ t: Localizer) -> Node {
        .div(
            .class("idea-card-meta"),
            .span(
                .class(challenge.isOpen(at: now) ? "status-tag status-accepted" : "status-tag status-parked"),
                .text(challenge.isOpen(at: now) ? t(.challengeOpen) : t(.challengeClosed))),
            .unwrap(challenge.posedBy) { .span(.text(t(.challengePosedBy(name: $0)))) },
            .span(
                .text(t(.challengeOpenUntil(date: DateFormat.date(challenge.openUntil, language: t.language))))),
            .forEach(challenge.themes) { theme in .span(.class("tag"), .text(theme.name(t.language))) },
            .span(.class("count"), .text(t(.ideaCount(count: "\(challenge.ideaCount)")))))
    }

    static func show(_ challenge: Challenge, ideas: [Idea], now: Date, _ t: Localizer) -> Page {
        Page(
            title: challenge.title,
            main: .group(
                .p(.a(.href(ChallengePaths.list()), .text("‹ " + t(.challengesTitle)))),
                .h1(.text(challenge.title)),
                meta(challenge, now: now, t),
                .p(.class("prose"), .text(challenge.description)),
                challenge.isOpen(at: now)
                    ? .a(
                        .class("button button-primary"), .href(IdeaPaths.new() + "?challenge=\(challenge.id)"),
                        .text(t(.challengeAnswer)))
                    : .p(.class("notice"), .text(t(.challengeClosedText))),
                .p(.a(.href(InterestPaths.form() + "?challenge=\(challenge.id)"), .text(t(.interestTitle)))),
                .h2(.text(t(.challengeIdeas))),
                ideas.isEmpty
                    ? .p(.class("empty-state"), .text(t(.challengeNoIdeas)))
                    : .ul(
                        .class("idea-list"), .forEach(ideas) { idea in .li(IdeaPages.card(idea, t)) }
                    )
            ), section: .ideas)
    }

    struct FormModel {
        var title = ""
        var description = ""
        var posedBy = ""
        var themeIDs: Set<Int> = []
        var openUntil = ""
    }

    static func form(
        _ form: FormModel, themes: [Theme], organizations: [Organization], groups: [ReformGroup], errors: FormErrors,
        csrf: String, _ t: Localizer
    ) -> Page {
        let posers = organizations.map { ("org-\($0.id)", $0.name) } + groups.map { ("group-\($0.id)", $0.name) }
        return Page(
            title: t(.challengeNew),
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.challengeNew))),
                .form(
                    .method(.post), .action(ChallengePaths.list()), .novalidate(),
                    FormParts.csrf(csrf),

                    Node.group(
                        FormParts.input(
                            .init(
                                name: "title", label: t(.fieldTitle), hint: t(.fieldTitleHint), value: form.title
                            ), errors: errors, t),
                        FormParts.textarea(
                            name: "description", label: t(.challengeDescription),
                            hint: t(.challengeDescriptionHint),
                            value: form.description, errors: errors, t),
                        FormParts.select(
                            name: "posed_by", label: t(.challengePosedByLabel),
                            options: [("", t(.challengeChoose))] + posers, selected: form.posedBy, errors: errors, t
                        ),
                        IdeaPages.themeChoices(themes, selected: form.themeIDs, errors: errors, t),
                        FormParts.input(
                            .init(
                                name: "open_until", label: t(.challengeOpenUntilLabel),
                                hint: t(.challengeOpenUntilHint),
                                value: form.openUntil, type: .date, width: "input-medium"), errors: errors, t)
                    ),
                    FormParts.submit(t(.challengeCreate))
                )
            ), section: .ideas, hasErrors: !errors.isEmpty)
    }
}
