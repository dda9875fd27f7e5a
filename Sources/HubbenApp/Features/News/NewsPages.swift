import Foundation
import HubbenCore

/// News: the list, one post with its comments and comment form, the hub team's form and moderation queue, and
/// a guest's confirmation page.
enum NewsPages {
    static func list(_ page: NewsActions.ListPage, unpublished: [NewsPost], mayWrite: Bool, now: Date, _ t: Localizer)
        -> Page
    {
        Page(
            title: t(.newsTitle),
            main: .group(
                .h1(.text(t(.newsTitle))),
                PageParts.lead(t(.newsLead)),
                .p(
                    .a(
                        .href(NewsPaths.feed()), .attribute(named: "type", value: "application/atom+xml"),
                        .text(t(.newsFeed))),
                    .if(
                        mayWrite,
                        .group(
                            .text(" · "), .a(.href(NewsPaths.new()), .text(t(.newsWrite))), .text(" · "),
                            .a(.href(NewsPaths.queue()), .text(t(.newsModerationQueue)))))),
                .if(
                    mayWrite && !unpublished.isEmpty,
                    .section(
                        .attribute(named: "aria-labelledby", value: "unpublished-heading"),
                        .h2(.id("unpublished-heading"), .text(t(.newsUnpublished))),
                        .ul(
                            .forEach(unpublished) { post in
                                .li(
                                    .a(.href(NewsPaths.show(post.id)), .text(post.title)),
                                    .text(" – " + NewsTexts.status(post, now: now, t)), .text(" · "),
                                    .a(.href(NewsPaths.edit(post.id)), .text(t(.newsEdit))))
                            }))),
                page.posts.isEmpty
                    ? .p(.class("empty-state"), .text(t(.newsEmpty)))
                    : .ul(
                        .class("card-list news-list"),
                        .forEach(page.posts) { post in
                            .li(
                                .class("card"),
                                .h2(.class("card-title"), .a(.href(NewsPaths.show(post.id)), .text(post.title))),
                                .p(.class("muted"), published(post, t)),
                                .p(.text(post.summary)),
                                themeTags(page.themes[post.id] ?? [], t),
                                .p(.class("muted"), .text(t(.newsCommentCount(page.commentCounts[post.id] ?? 0)))))
                        }),
                PageParts.pagination(page: page.page, pageCount: page.pageCount, t) { number in
                    number == 1 ? NewsPaths.list() : NewsPaths.list() + "?page=\(number)"
                }
            ), section: .news)
    }

    private static func published(_ post: NewsPost, _ t: Localizer) -> Node {
        // Only a draft has no publishing moment.
        guard let at = post.publishAt else { return .text(t(.newsStatusDraft)) }
        return .time(
            .attribute(named: "datetime", value: DateFormat.iso8601(at)),
            .text(t(.newsPublishedOn(DateFormat.date(at, language: t.language)))))
    }

    private static func themeTags(_ themes: [Theme], _ t: Localizer) -> Node {
        .if(
            !themes.isEmpty,
            .p(
                .span(.class("visually-hidden"), .text(t(.newsThemes) + ": ")),
                .forEach(themes) { theme in .span(.class("tag"), .text(theme.name(t.language))) }))
    }

    // MARK: One post

    struct CommentForm {
        var values: [String: String] = [:]
        var errors = FormErrors()
        /// When the form was first shown: a person needs a few seconds to write a comment.
        var started: Date
    }

    struct ShowModel {
        var view: NewsActions.PostView
        var form: CommentForm
        /// The session's token for the forms on the page; nil for an anonymous visitor, whose page has no form
        /// (it is the same for everyone, and cached) but a link to the comment form.
        var csrf: String?
        var notice: String?
        var now: Date
        /// Moderation problems, by comment.
        var moderationErrors: [Int: FormErrors] = [:]
    }

    static func show(_ model: ShowModel, sharing: Page.Sharing, _ t: Localizer) -> Page {
        let post = model.view.post
        return Page(
            title: post.title,
            main: .group(
                FormParts.errorSummary(model.form.errors, t),
                FormParts.notice(model.notice),
                .article(
                    .class("news-post"),
                    .h1(.text(post.title)),
                    .p(.class("muted"), published(post, t)),
                    .if(
                        !post.isPublic(at: model.now),
                        .p(.class("tag"), .text(NewsTexts.status(post, now: model.now, t)))),
                    .if(
                        model.view.mayWrite,
                        .p(.class("no-print"), .a(.href(NewsPaths.edit(post.id)), .text(t(.newsEdit))))),
                    .if(
                        post.imageType != nil,
                        .figure(
                            .class("news-image"),
                            .img(
                                .src(NewsPaths.image(post.id) + "?v=\(Int(post.updatedAt.timeIntervalSince1970))"),
                                .attribute(named: "alt", value: post.imageAlt)))),
                    PageParts.lead(post.summary),
                    .div(.class("prose news-body"), .sanitized(post.bodyHTML)),
                    themeTags(model.view.themes, t),
                    .if(
                        !model.view.links.isEmpty,
                        .section(
                            .attribute(named: "aria-labelledby", value: "related-heading"),
                            .h2(.id("related-heading"), .text(t(.newsRelated))),
                            .ul(
                                .forEach(model.view.links) { link in
                                    .li(
                                        .text(t(NewsTexts.linkKind(link.kind)) + ": "),
                                        .a(.href(path(link)), .text(link.title)))
                                })))
                ),
                comments(model, t)
            ), section: .news, hasErrors: !model.form.errors.isEmpty, sharing: sharing)
    }

    static func path(_ link: NewsStore.Link) -> String {
        switch link.kind {
        case .project: ProjectPaths.show(link.id)
        case .event: EventPaths.show(link.id)
        case .partner: PartnerPaths.show(link.id)
        }
    }

    private static func comments(_ model: ShowModel, _ t: Localizer) -> Node {
        let post = model.view.post
        return .section(
            .id("comments"), .class("no-print"),
            .attribute(named: "aria-labelledby", value: "comments-heading"),
            .h2(.id("comments-heading"), .text(t(.newsComments))),
            model.view.comments.isEmpty
                ? .p(.class("empty-state"), .text(t(.newsNoComments)))
                : .ol(
                    .class("comment-list"),
                    .forEach(model.view.comments) { comment in
                        .li(
                            .id("comment-\(comment.id)"), .class("comment"),
                            .p(.class("comment-meta"), .text(byline(comment, t))),
                            .p(.class("comment-body"), .text(comment.body)),
                            .unwrap(model.csrf) { csrf in
                                .if(
                                    model.view.mayModerate,
                                    moderation(comment, csrf: csrf, errors: model.moderationErrors[comment.id], t))
                            })
                    }),
            .if(
                post.isPublic(at: model.now),
                .unwrap(
                    model.csrf,
                    { csrf in
                        .group(
                            .h3(.id("comment-form-heading"), .text(t(.newsCommentHeading))),
                            commentForm(post.id, model.form, csrf: csrf, signedIn: true, t))
                    },
                    else: .p(
                        .a(
                            .class("button button-primary"), .href(NewsPaths.comments(post.id)),
                            .text(t(.newsCommentHeading))))))
        )
    }

    private static func byline(_ comment: NewsComment, _ t: Localizer) -> String {
        let name =
            comment.authorName.isEmpty
            ? t(.newsCommentRemovedAuthor)
            : comment.isGuest ? "\(comment.authorName) (\(t(.newsCommentGuest)))" : comment.authorName
        return t(.newsCommentBy(name, DateFormat.dateTime(comment.createdAt, language: t.language)))
    }

    private static func moderation(
        _ comment: NewsComment, csrf: String, errors: FormErrors?, fromQueue: Bool = false, _ t: Localizer
    ) -> Node {
        let errors = errors ?? FormErrors()
        let reasonID = "reason-\(comment.id)"
        return .div(
            .class("moderation"),
            .p(
                .class("tag"),
                .text(
                    comment.moderation == .hidden
                        ? t(.newsCommentHiddenBecause(comment.hiddenReason))
                        : t(NewsTexts.moderation(comment.moderation)))
            ),
            .form(
                .method(.post), .action(NewsPaths.moderation(comment.id)), .class("inline-form"), .novalidate(),
                FormParts.csrf(csrf),
                .if(fromQueue, FormParts.hidden("from", "queue")),
                .if(
                    comment.moderation != .approved,
                    .button(
                        .type(.submit), .name("decision"), .value("approve"), .class("button button-secondary"),
                        .text(t(.newsApprove)))),
                FormParts.input(
                    .init(
                        name: "reason", id: reasonID, label: t(.newsHideReason), hint: nil,
                        value: comment.moderation == .hidden ? comment.hiddenReason : "", width: "input-medium"),
                    errors: errors, t),
                .button(
                    .type(.submit), .name("decision"), .value("hide"), .class("button button-secondary"),
                    .text(t(.newsHide))),
                .button(
                    .type(.submit), .name("decision"), .value("delete"), .class("button button-warning"),
                    .text(t(.newsDeleteComment))))
        )
    }

    /// The comment form on its own page: for a guest, or anyone following the post's link.
    static func commentPage(
        _ post: NewsPost, _ form: CommentForm, csrf: String, signedIn: Bool, _ t: Localizer
    ) -> Page {
        Page(
            title: t(.newsCommentHeading),
            main: .group(
                FormParts.errorSummary(form.errors, t),
                .h1(.id("comment-form-heading"), .text(t(.newsCommentHeading))),
                .p(.a(.href(NewsPaths.show(post.id)), .text(post.title))),
                commentForm(post.id, form, csrf: csrf, signedIn: signedIn, t)
            ), section: .news, hasErrors: !form.errors.isEmpty)
    }

    private static func commentForm(
        _ postID: Int, _ form: CommentForm, csrf: String, signedIn: Bool, _ t: Localizer
    ) -> Node {
        let values = form.values
        let errors = form.errors
        return .group(
            .form(
                .method(.post), .action(NewsPaths.comments(postID)), .novalidate(),
                .attribute(named: "aria-labelledby", value: "comment-form-heading"),
                FormParts.csrf(csrf),
                .if(
                    !signedIn,
                    .group(
                        .p(.text(t(.newsCommentGuestIntro))),
                        FormParts.started(form.started),
                        FormParts.input(
                            .init(
                                name: "name", id: "comment_name", label: t(.fieldName), hint: t(.newsCommentNameHint),
                                value: values["name"] ?? "", autocomplete: "name"),
                            errors: errors, t),
                        FormParts.input(
                            .init(
                                name: "email", id: "comment_email", label: t(.fieldEmail),
                                hint: t(.newsCommentEmailHint), value: values["email"] ?? "", type: .email,
                                autocomplete: "email"),
                            errors: errors, t),
                        FormParts.honeypot(label: t(.newsCommentHoneypot)))),
                FormParts.textarea(
                    name: "body", id: "comment_body", label: t(.newsCommentBody), hint: nil,
                    value: values["body"] ?? "", errors: errors, t),
                FormParts.submit(t(.newsCommentSubmit))))
    }

    // MARK: The hub team's form

    struct FormModel {
        var id: Int?
        var values: [String: String]
        var themeIDs: Set<Int>
        var hasImage: Bool
        var themes: [Theme]
        var errors = FormErrors()
        var csrf: String
    }

    static func form(_ model: FormModel, _ t: Localizer) -> Page {
        let values = model.values
        let errors = model.errors
        let title = model.id == nil ? t(.newsNewTitle) : t(.newsEditTitle(values["title"] ?? ""))
        let action = model.id.map { NewsPaths.edit($0) } ?? NewsPaths.new()
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(title)),
                .form(
                    .method(.post), .action(action), .novalidate(),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    FormParts.csrf(model.csrf),
                    FormParts.input(
                        .init(name: "title", label: t(.newsFieldTitle), hint: nil, value: values["title"] ?? ""),
                        errors: errors, t),
                    FormParts.textarea(
                        name: "summary", label: t(.newsFieldSummary), hint: t(.newsFieldSummaryHint),
                        value: values["summary"] ?? "", errors: errors, t),
                    FormParts.textarea(
                        name: "body", label: t(.newsFieldBody), hint: t(.newsFieldBodyHint),
                        value: values["body"] ?? "", errors: errors, t),
                    imageField(model, t),
                    FormParts.input(
                        .init(
                            name: "image_alt", label: t(.newsFieldImageAlt), hint: t(.newsFieldImageAltHint),
                            value: values["image_alt"] ?? ""),
                        errors: errors, t),
                    FormParts.checkboxes(
                        name: "themes", legend: t(.newsThemes), hint: nil,
                        options: model.themes.map { ($0.id, $0.name(t.language)) }, selected: model.themeIDs,
                        errors: errors, t),
                    .forEach([
                        ("projects", LocalizedText.newsFieldProjects), ("events", .newsFieldEvents),
                        ("partners", .newsFieldPartners),
                    ]) { name, label in
                        FormParts.input(
                            .init(
                                name: name, label: t(label), hint: t(.newsFieldLinksHint), value: values[name] ?? "",
                                width: "input-medium"),
                            errors: errors, t)
                    },
                    FormParts.select(
                        name: "status", label: t(.newsFieldStatus),
                        options: [("draft", t(.newsStatusDraft)), ("published", t(.newsStatusPublished))],
                        selected: values["status"] ?? "draft", errors: errors, t),
                    FormParts.input(
                        .init(
                            name: "publish_on", label: t(.newsFieldPublishOn), hint: t(.newsFieldPublishOnHint),
                            value: values["publish_on"] ?? "", width: "input-medium"),
                        errors: errors, t),
                    FormParts.input(
                        .init(
                            name: "publish_time", label: t(.newsFieldPublishTime), hint: t(.newsFieldPublishTimeHint),
                            value: values["publish_time"] ?? "", width: "input-small"),
                        errors: errors, t),
                    FormParts.submit(t(.newsSave))),
                .unwrap(model.id) { id in
                    .form(
                        .method(.post), .action(NewsPaths.deletion(id)), FormParts.csrf(model.csrf),
                        .h2(.text(t(.newsDelete))), .p(.text(t(.newsDeleteHint))),
                        FormParts.submit(t(.newsDelete), style: "button-warning"))
                }
            ), section: .news, hasErrors: !errors.isEmpty)
    }

    private static func imageField(_ model: FormModel, _ t: Localizer) -> Node {
        let error = model.errors["image"]
        let describedBy = ["image-hint", error.map { _ in "image-error" }].compactMap { $0 }.joined(separator: " ")
        return .div(
            .class(error == nil ? "form-group" : "form-group form-group-error"),
            .label(.for("image"), .class("form-label"), .text(t(.newsFieldImage))),
            .p(.id("image-hint"), .class("form-hint"), .text(t(.newsFieldImageHint))),
            .unwrap(error) { FormParts.errorMessage(id: "image-error", $0, t) },
            .if(model.hasImage, .p(.text(t(.newsFieldImageKept)))),
            .input(
                .type("file"), .id("image"), .name("image"),
                .attribute(named: "accept", value: "image/png,image/jpeg,image/gif,image/webp"),
                .attribute(named: "aria-describedby", value: describedBy),
                .if(error != nil, .attribute(named: "aria-invalid", value: "true"))),
            .if(
                model.hasImage,
                .div(
                    .class("checkbox"),
                    .input(.type(.checkbox), .id("remove_image"), .name("remove_image"), .value("1")),
                    .label(.for("remove_image"), .text(t(.newsFieldRemoveImage)))))
        )
    }

    // MARK: Moderation and confirmation

    static func queue(
        _ waiting: [(comment: NewsComment, postTitle: String)], csrf: String, _ t: Localizer
    ) -> Page {
        Page(
            title: t(.newsModerationQueue),
            main: .group(
                .h1(.text(t(.newsModerationQueue))),
                waiting.isEmpty
                    ? .p(.class("empty-state"), .text(t(.newsQueueEmpty)))
                    : .ol(
                        .class("comment-list"),
                        .forEach(waiting) { item in
                            .li(
                                .id("comment-\(item.comment.id)"), .class("comment"),
                                .p(
                                    .a(
                                        .href(NewsPaths.show(item.comment.postID) + "#comment-\(item.comment.id)"),
                                        .text(t(.newsQueueOn(item.postTitle))))),
                                .p(.class("comment-meta"), .text(byline(item.comment, t))),
                                .p(.class("comment-body"), .text(item.comment.body)),
                                moderation(item.comment, csrf: csrf, errors: nil, fromQueue: true, t))
                        })
            ), section: nil)
    }

    static func confirmation(valid: Bool, done: Bool, action: String, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.newsConfirmTitle),
            main: .group(
                .h1(.text(t(.newsConfirmTitle))),
                !valid
                    ? .p(.text(t(.newsConfirmInvalid)))
                    : done
                        ? .p(.text(t(.newsConfirmDone)))
                        : .group(
                            .p(.text(t(.newsConfirmLead))),
                            .form(
                                .method(.post), .action(action), FormParts.csrf(csrf),
                                FormParts.submit(t(.newsConfirmButton))))
            ), section: nil)
    }
}
