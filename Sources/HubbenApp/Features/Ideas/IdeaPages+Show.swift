import Foundation
import HubbenCore

/// One idea's page: the idea, its support, its history and its discussion.
extension IdeaPages {

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
        /// `comments` as rendered once for every viewer like this one (`MarkupWithToken`); nil renders them here.
        var commentList: Node? = nil
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
                .p(.a(.href(IdeaPaths.list()), .text("‹ " + t(.navIdeas)))),
                .article(
                    .class("idea"),
                    .h1(.text(idea.title)),
                    .div(
                        .class("idea-card-meta"),
                        statusTag(idea.status, t),
                        .forEach(idea.themes) { theme in .span(.class("tag"), .text(theme.name(language))) }),
                    .p(
                        .class("muted"),
                        .text(
                            t(
                                .ideaBy(
                                    name: idea.authorName ?? t(.deletedUser),
                                    date: DateFormat.dateTime(idea.createdAt, language: language))))),
                    .h2(.text(t(.ideaSummary))),
                    .p(.class("prose"), .text(idea.summary)),
                    .h2(.text(t(.ideaNeed))),
                    .p(.class("prose"), .text(idea.need))
                ),
                .unwrap(model.project) { project in
                    .section(
                        .class("notice"), .attribute(named: "aria-labelledby", value: "project-heading"),
                        .h2(.id("project-heading"), .text(t(.ideaProjectHeading))),
                        .p(
                            .a(.href(ProjectPaths.show(project.id)), .text(project.title)),
                            .text(" – " + ProjectPages.stageText(project.stage, t))))
                },
                .if(
                    model.project == nil && model.canStartProject,
                    .p(
                        .a(
                            .class("button button-primary"), .href(ProjectPaths.new() + "?idea=\(idea.id)"),
                            .text(t(.ideaStartProject))))),
                .section(
                    .class("support-box"),
                    .attribute(named: "aria-labelledby", value: "support-heading"),
                    .h2(.id("support-heading"), .text(t(.ideaSupportHeading))),
                    .p(
                        .class("support-count"),
                        .text(
                            t(.ideaSupports(count: NumberFormat.integer(idea.supportCount, language: language))))),
                    supportForm(model, t)
                ),
                .if(
                    model.canEdit,
                    .p(.a(.class("button button-secondary"), .href(IdeaPaths.edit(idea.id)), .text(t(.ideaEdit))))),
                followForm(model, t),
                .unwrap(model.scores) { scores in IdeaTriageParts.panel(model, scores: scores, t) },
                IdeaDiscussionParts.section(model, t),
                .section(
                    .attribute(named: "aria-labelledby", value: "history-heading"),
                    .h2(.id("history-heading"), .text(t(.ideaHistory))),
                    .ol(
                        .class("timeline"),
                        .forEach(model.history.reversed()) { entry in
                            .li(
                                .element(
                                    named: "time",
                                    nodes: [
                                        Node.attribute(
                                            named: "datetime", value: DateFormat.iso8601(entry.at)),
                                        .text(DateFormat.dateTime(entry.at, language: language)),
                                    ]),
                                .text(" "), statusTag(entry.to, t),
                                .unwrap(entry.reason) { reason in .p(.text(reason)) }
                            )
                        })
                )
            ), section: .ideas)
    }

    static func followForm(_ model: ShowModel, _ t: Localizer) -> Node {
        guard model.viewer != nil, let csrf = model.csrf else { return .empty }
        let following = model.isFollowing
        return .form(
            .method(.post), .action((following ? IdeaPaths.unfollow(model.idea.id) : IdeaPaths.follow(model.idea.id))),
            FormParts.csrf(csrf),
            .if(following, .p(.text(t(.ideaYouFollow)))),
            FormParts.submit(following ? t(.ideaUnfollow) : t(.ideaFollow), style: "button-secondary")
        )
    }

    static func supportForm(_ model: ShowModel, _ t: Localizer) -> Node {
        guard model.viewer != nil, let csrf = model.csrf else {
            return .p(
                .a(
                    .href(
                        HTMLAttribute.pathWithQuery(
                            AccountPaths.signIn(), ["next": IdeaPaths.show(model.idea.id)])),
                    .text(t(.ideaSignInToSupport))))
        }
        let withdraw = model.hasSupported
        return .form(
            .method(.post),
            .action((withdraw ? IdeaPaths.withdrawSupport(model.idea.id) : IdeaPaths.support(model.idea.id))),
            FormParts.csrf(csrf),
            .if(withdraw, .p(.text(t(.ideaYouSupport)))),
            FormParts.submit(
                withdraw ? t(.ideaWithdrawSupport) : t(.ideaSupportButton),
                style: withdraw ? "button-secondary" : "button-primary")
        )
    }
}
