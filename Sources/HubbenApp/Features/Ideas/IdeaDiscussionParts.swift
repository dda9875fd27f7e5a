import Foundation
import HubbenCore

/// The comments under an idea: one level of replies, reporting, moderation.
enum IdeaDiscussionParts {
    static func section(_ model: IdeaPages.ShowModel, _ t: Localizer) -> Node {
        .section(
            .class("comments"),
            .attribute(named: "aria-labelledby", value: "comments-heading"),
            .h2(.id("comments-heading"), .text(t(.ideaComments(count: "\(model.comments.count)")))),
            FormParts.errorSummary(model.moderationErrors, t),
            model.commentList
                ?? list(
                    model.comments, ideaID: model.idea.id, canModerate: canModerate(model.viewer?.actor ?? .anonymous),
                    moderationErrors: model.moderationErrors, csrf: model.csrf, t),
            newComment(model, t)
        )
    }

    static func canModerate(_ actor: Actor) -> Bool { Authorization.allows(actor, IdeaAction.hideComment) }

    /// The comments with their reply, report and (for moderators) hide forms: the same for every viewer who is
    /// signed in or not, moderates or not, apart from the token (`csrf`; nil: no forms).
    static func list(
        _ comments: [Comment], ideaID: Int, canModerate: Bool, moderationErrors: FormErrors, csrf: String?,
        _ t: Localizer
    ) -> Node {
        comments.isEmpty
            ? .p(.class("empty-state"), .text(t(.commentsEmpty)))
            : .ol(
                .class("comment-list"),
                .forEach(comments) { comment in
                    .li(
                        .class(comment.parentID == nil ? "comment" : "comment comment-reply"),
                        .id("comment-\(comment.id)"),
                        body(comment, t),
                        .unwrap(csrf) { csrf in
                            actions(
                                comment, ideaID: ideaID, canModerate: canModerate, moderationErrors: moderationErrors,
                                csrf: csrf, t)
                        })
                }
            )
    }

    private static func body(_ comment: Comment, _ t: Localizer) -> Node {
        .group(
            .p(
                .class("comment-meta"),
                .strong(.text(comment.authorName ?? t(.deletedUser))), .text(" · "),
                .element(
                    named: "time",
                    nodes: [
                        Node.attribute(
                            named: "datetime", value: DateFormat.iso8601(comment.createdAt)),
                        .text(DateFormat.dateTime(comment.createdAt, language: t.language)),
                    ])),
            comment.body.map { Node.p(.class("prose"), .text($0)) }
                ?? .p(.class("comment-hidden"), .text(t(.commentHidden)))
        )
    }

    private static func actions(
        _ comment: Comment, ideaID: Int, canModerate: Bool, moderationErrors: FormErrors, csrf: String,
        _ t: Localizer
    ) -> Node {
        guard !comment.isHidden else { return .empty }
        let reasonID = "reason-\(comment.id)"
        return .div(
            .class("comment-actions"),
            .details(
                .summary(.text(t(.commentReply))),
                .form(
                    .method(.post), .action(IdeaPaths.comments(ideaID)), .novalidate(),
                    FormParts.csrf(csrf), FormParts.hidden("parent_id", "\(comment.id)"),

                    FormParts.textarea(
                        name: "body", id: "body-\(comment.id)", label: t(.commentReplyLabel), hint: nil, value: "",
                        errors: FormErrors(), t),
                    FormParts.submit(t(.commentReplyButton), style: "button-secondary"))
            ),
            .form(
                .method(.post), .action(IdeaPaths.reportComment(comment.id)), .class("inline-form"),
                FormParts.csrf(csrf),
                .button(.type(.submit), .class("link-button link-button-dark"), .text(t(.commentReport)))),
            .if(
                canModerate,
                .details(
                    .if(moderationErrors[reasonID] != nil, .attribute(named: "open", value: "open")),
                    .summary(.text(t(.commentHide))),
                    .form(
                        .method(.post), .action(IdeaPaths.hideComment(comment.id)), .novalidate(),
                        FormParts.csrf(csrf),

                        FormParts.input(
                            .init(name: "reason", id: reasonID, label: t(.commentHideReason)),
                            errors: moderationErrors, t),
                        FormParts.submit(t(.commentHide), style: "button-warning"))
                ))
        )
    }

    private static func newComment(_ model: IdeaPages.ShowModel, _ t: Localizer) -> Node {
        guard let csrf = model.csrf else {
            return .p(
                .a(
                    .href(
                        HTMLAttribute.pathWithQuery(
                            AccountPaths.signIn(), ["next": IdeaPaths.show(model.idea.id)])),
                    .text(t(.commentSignIn))))
        }
        return .form(
            .method(.post), .action(IdeaPaths.comments(model.idea.id)), .novalidate(),
            FormParts.csrf(csrf),

            FormParts.textarea(
                name: "body", label: t(.commentNew), hint: t(.commentHint), value: model.commentDraft,
                errors: model.commentErrors, t),
            FormParts.submit(t(.commentButton), style: "button-secondary")
        )
    }
}

/// The coach's panel on an idea: status change with reason or merge target, scores and their averages.
enum IdeaTriageParts {
    static func criterion(_ criterion: ScoreCriterion) -> LocalizedText {
        switch criterion {
        case .valueForResidents: .criterionValue
        case .feasibility: .criterionFeasibility
        case .novelty: .criterionNovelty
        case .strategicFit: .criterionStrategicFit
        }
    }

    static func panel(_ model: IdeaPages.ShowModel, scores: [IdeaScore], _ t: Localizer) -> Node {
        let idea = model.idea
        let next = IdeaStatus.allCases.filter { idea.status.next.contains($0) }
        let averages = IdeaScore.averages(scores)
        guard let csrf = model.csrf else { return .empty }
        return .section(
            .class("triage-panel"),
            .attribute(named: "aria-labelledby", value: "triage-heading"),
            .h2(.id("triage-heading"), .text(t(.triageHeading))),
            FormParts.errorSummary(model.triageErrors, t),
            next.isEmpty
                ? .p(.text(t(.triageFinal)))
                : .form(
                    .method(.post), .action(IdeaPaths.status(idea.id)), .novalidate(),
                    FormParts.csrf(csrf),

                    Node.group(
                        FormParts.select(
                            name: "status", label: t(.triageNewStatus),
                            options: next.map { ($0.rawValue, t(IdeaPages.status($0))) },
                            selected: model.triageDraft.status,
                            errors: model.triageErrors, t),
                        FormParts.textarea(
                            name: "reason", label: t(.triageReason), hint: t(.triageReasonHint),
                            value: model.triageDraft.reason,
                            errors: model.triageErrors, t),
                        FormParts.input(
                            .init(
                                name: "merged_into", label: t(.triageMergeInto), hint: t(.triageMergeHint),
                                value: model.triageDraft.mergedInto, type: .number, width: "input-small"),
                            errors: model.triageErrors, t)
                    ),
                    FormParts.submit(t(.triageSave))
                ),
            .h3(.text(t(.scoresHeading))),
            scores.isEmpty
                ? .p(.class("empty-state"), .text(t(.scoresEmpty)))
                : PageParts.table(
                    id: "scores-caption", caption: t(.scoresHeading),
                    columns: [.init(t(.scoresCriterion)), .init(t(.scoresAverage)), .init(t(.scoresByCoach))],
                    rows: .tbody(
                        .forEach(ScoreCriterion.allCases) { criterion in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(t(Self.criterion(criterion)))),
                                .td(
                                    .class("number"),
                                    .text(averages[criterion].map { String(format: "%.1f", $0) } ?? "–")),
                                .td(
                                    .ul(
                                        .class("plain-list"),
                                        .forEach(scores.filter { $0.criterion == criterion }) { score in
                                            .li(
                                                .text(
                                                    "\(score.coachName ?? t(.deletedUser)): \(score.score)"
                                                        + (score.comment.isEmpty ? "" : " – \(score.comment)")))
                                        }))
                            )
                        })
                ),
            .form(
                .method(.post), .action(IdeaPaths.scores(idea.id)), .novalidate(),
                FormParts.csrf(csrf),

                Node.group(
                    FormParts.select(
                        name: "criterion", label: t(.scoresCriterion),
                        options: ScoreCriterion.allCases.map { ($0.rawValue, t(criterion($0))) }, t),
                    FormParts.select(
                        name: "score", label: t(.scoresScore), options: IdeaScore.range.map { ("\($0)", "\($0)") },
                        t),
                    FormParts.input(.init(name: "score_comment", label: t(.scoresComment)), errors: FormErrors(), t)
                ),
                FormParts.submit(t(.scoresSave), style: "button-secondary")
            )
        )
    }
}
