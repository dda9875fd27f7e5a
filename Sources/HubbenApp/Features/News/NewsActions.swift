import Fluent
import Foundation
import HubbenCore
import Vapor

/// News: for the web, the API and the demo alike. Everyone reads published posts and their approved comments;
/// the hub team writes, schedules and moderates; signed-in people comment at once; guests comment with a name
/// and an address that is never shown, and wait for moderation unless their confirmed address had a comment
/// approved before and the comment has no link.
struct NewsActions {
    let context: ActionContext
    /// The site's address, for the confirmation link mailed to a commenting guest.
    var baseURL = ""

    private var store: NewsStore { NewsStore(database: context.database) }

    static let pageSize = 20

    struct ListPage: Sendable {
        var posts: [NewsPost]
        var themes: [Int: [Theme]]
        var commentCounts: [Int: Int]
        var total: Int
        var page: Int
        var pageCount: Int { max(1, (total + NewsActions.pageSize - 1) / NewsActions.pageSize) }
    }

    /// One page of public posts, newest first (pages past the last are empty, never an error).
    func list(page: Int, themeID: Int? = nil) async throws -> ListPage {
        let page = min(max(page, 1), Paging.maximumPage)
        let (store, now) = (store, context.now)
        // The same for everyone: shared for a moment.
        return try await context.sharedRead("news.list \(themeID.map(String.init) ?? "") \(page)") {
            let (posts, total) = try await store.publicPosts(
                now: now, themeID: themeID, limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
            let ids = posts.map(\.id)
            return ListPage(
                posts: posts, themes: try await store.themes(of: ids),
                commentCounts: try await store.commentCounts(of: ids), total: total, page: page)
        }
    }

    /// Drafts and scheduled posts: the hub team's.
    func unpublished() async throws -> [NewsPost] {
        guard Authorization.allows(context.actor, NewsAction.write) else { return [] }
        return try await store.unpublished(now: context.now)
    }

    struct PostView: Sendable {
        var post: NewsPost
        var themes: [Theme]
        var links: [NewsStore.Link]
        /// Approved comments; for a moderator every one, with its state.
        var comments: [NewsComment]
        var mayWrite: Bool
        var mayModerate: Bool
    }

    /// A post as the person may see it: public ones for everyone, drafts and scheduled ones for the hub team
    /// only (404 for anyone else).
    func view(_ id: Int) async throws -> PostView {
        let post = try await visiblePost(id)
        let mayModerate = Authorization.allows(context.actor, NewsAction.moderate)
        return PostView(
            post: post, themes: try await store.themes(of: [id])[id] ?? [], links: try await store.publicLinks(of: id),
            comments: try await store.comments(of: id, all: mayModerate),
            mayWrite: Authorization.allows(context.actor, NewsAction.write), mayModerate: mayModerate)
    }

    /// A post that takes comments: a public one.
    func commentable(_ id: Int) async throws -> NewsPost {
        guard let post = try await store.post(id: id), post.isPublic(at: context.now) else {
            throw ActionRefusal.notFound
        }
        return post
    }

    private func visiblePost(_ id: Int) async throws -> NewsPost {
        guard let post = try await store.post(id: id),
            post.isPublic(at: context.now) || Authorization.allows(context.actor, NewsAction.write)
        else { throw ActionRefusal.notFound }
        return post
    }

    /// The image of a post the person may see.
    func image(of id: Int) async throws -> (image: NewsStore.Image, updatedAt: Date) {
        _ = try await visiblePost(id)
        guard let image = try await store.image(of: id) else { throw ActionRefusal.notFound }
        return image
    }

    // MARK: Writing

    enum Saved: Sendable {
        case saved(Int)
        case invalid(FieldProblems<NewsPostDraft.Field>)
    }

    /// A post to edit, with what it links to, for the hub team.
    func editable(_ id: Int) async throws -> (NewsPost, [Theme], [NewsStore.LinkKind: [Int]]) {
        _ = try context.require(NewsAction.write)
        guard let post = try await store.post(id: id) else { throw ActionRefusal.notFound }
        return (post, try await store.themes(of: [id])[id] ?? [], try await store.linkIDs(of: id))
    }

    /// Writes a new post (`id` nil) or changes one. `unreadable` holds what the form could not read.
    func save(
        _ id: Int?, _ draft: NewsPostDraft, image: NewsStore.ImageChange,
        unreadable: FieldProblems<NewsPostDraft.Field> = [:]
    ) async throws -> Saved {
        let account = try context.require(NewsAction.write)
        let existing = try await id.asyncMap { id in
            guard let post = try await store.post(id: id) else { throw ActionRefusal.notFound }
            return post
        }
        let hasImage: Bool =
            switch image {
            case .replace: true
            case .remove: false
            case .keep: existing?.imageType != nil
            }
        var problems = draft.problems(hasImage: hasImage).merging(unreadable) { _, unread in unread }
        let themes = Set(try await IdeaStore(database: context.database).themes().map(\.id))
        if draft.themeIDs.contains(where: { !themes.contains($0) }) { problems[.themes] = .invalid }
        let links: [(NewsStore.LinkKind, [Int], NewsPostDraft.Field)] = [
            (.project, draft.projectIDs, .projects), (.event, draft.eventIDs, .events),
            (.partner, draft.partnerIDs, .partners),
        ]
        for (kind, ids, field) in links where problems[field] == nil {
            if try await !store.unknownTargets(kind, ids).isEmpty { problems[field] = .invalid }
        }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        let postID = try await context.database.writeTransaction { db in
            let store = NewsStore(database: db)
            if let id {
                try await store.update(id, draft, image: image, now: now)
                try await AuditLog(database: db).record(
                    actorID: account.id, action: "news.update", targetType: "news_post", targetID: id, now: now)
                return id
            }
            let id = try await store.insert(
                draft, image: { if case .replace(let image) = image { image } else { nil } }(), authorID: account.id,
                now: now)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "news.create", targetType: "news_post", targetID: id, now: now)
            return id
        }
        return .saved(postID)
    }

    func delete(_ id: Int) async throws {
        let account = try context.require(NewsAction.write)
        guard try await store.post(id: id) != nil else { throw ActionRefusal.notFound }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await NewsStore(database: db).delete(id)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "news.delete", targetType: "news_post", targetID: id, now: now)
        }
    }

    // MARK: Comments

    enum Commented: Sendable, Equatable {
        case published(Int)
        /// Waiting for moderation (a guest is mailed a link to confirm the address).
        case waiting
        case invalid(FieldProblems<NewsCommentDraft.Field>)
    }

    /// A comment on a public post: a signed-in person's appears at once; a guest's waits for moderation unless
    /// their confirmed address had one approved before and it has no link.
    func comment(on postID: Int, _ draft: NewsCommentDraft, language: Language) async throws -> Commented {
        let post = try await commentable(postID)
        let asGuest = context.account == nil
        let problems = draft.problems(asGuest: asGuest)
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        if let account = context.account {
            try await context.throttle.beforeSubmission(of: .commentSubmission, by: account.id)
            let id = try await context.database.writeTransaction { db in
                try await NewsStore(database: db).addComment(
                    postID: postID, accountID: account.id, draft, moderation: .approved, confirmTokenHash: nil, now: now
                )
            }
            try await context.throttle.submitted(.commentSubmission, by: account.id)
            return .published(id)
        }
        try await context.throttle.beforeGuestComment(email: draft.guestEmail)
        let standing = try await store.guestStanding(draft.guestEmail)
        let moderation: CommentModeration = standing.trusted && !draft.hasLink ? .approved : .pending
        // A confirmed address needs no link; an unconfirmed one is sent one (at most five an hour).
        let token = standing.confirmed ? nil : SecretToken.generate()
        let mails = try await token.asyncFlatMap { token in
            try await context.throttle.mayMailCommentGuest(to: draft.guestEmail) ? token : nil
        }
        let t = Localizer(language)
        let link = mails.map { baseURL + NewsPaths.confirmation($0) }
        let delivers = context.services.mail.delivers
        let id = try await context.database.writeTransaction { db in
            let id = try await NewsStore(database: db).addComment(
                postID: postID, accountID: nil, draft, moderation: moderation,
                confirmTokenHash: token.map(SecretToken.hash), now: now)
            if let link {
                try await MailOutbox(database: db).enqueue(
                    .transactional(
                        accountID: nil, to: .init(name: draft.guestName, email: draft.guestEmail), language: language,
                        subject: t(.newsCommentMailSubject),
                        body: t(.newsCommentMailBody(name: draft.guestName, post: post.title, link: link))),
                    delivers: delivers, now: now)
            }
            return id
        }
        return moderation == .approved ? .published(id) : .waiting
    }

    func hasPendingConfirmation(_ token: String) async throws -> Bool {
        try await store.hasPendingConfirmation(tokenHash: SecretToken.hash(token))
    }

    /// The guest's link's POST: their address counts as confirmed. False for an unknown or used link.
    func confirmGuest(_ token: String) async throws -> Bool {
        let now = context.now
        return try await context.database.writeTransaction { db in
            try await NewsStore(database: db).confirmGuest(tokenHash: SecretToken.hash(token), now: now)
        }
    }

    enum Moderation: String, CaseIterable, Sendable {
        case approve, hide, delete
    }

    /// Approves, hides (with a reason the author's page shows to moderators) or deletes a comment.
    /// The post the comment is on (where the moderator goes back to), and the decision's problems.
    func moderate(_ commentID: Int, _ decision: Moderation, reason: String) async throws -> (
        postID: Int, problems: FieldProblems<ModerationField>
    ) {
        let account = try context.require(NewsAction.moderate)
        guard let comment = try await store.comment(id: commentID) else { throw ActionRefusal.notFound }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: FieldProblems<ModerationField> = [:]
        if decision == .hide { FieldCheck.required(reason, .reason, limit: 500, into: &problems) }
        guard problems.isEmpty else { return (comment.postID, problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            let store = NewsStore(database: db)
            switch decision {
            case .approve: try await store.moderate(commentID, to: .approved, reason: "", by: account.id, now: now)
            case .hide: try await store.moderate(commentID, to: .hidden, reason: reason, by: account.id, now: now)
            case .delete: try await store.deleteComment(commentID)
            }
            try await AuditLog(database: db).record(
                actorID: account.id, action: "news.comment.\(decision.rawValue)", targetType: "news_post",
                targetID: comment.postID, details: "comment \(commentID)", now: now)
        }
        return (comment.postID, [:])
    }

    enum ModerationField: String, DraftField {
        case reason
    }

    /// The comments waiting for moderation, for the hub team.
    func moderationQueue() async throws -> [(comment: NewsComment, postTitle: String)] {
        _ = try context.require(NewsAction.moderate)
        return try await store.moderationQueue()
    }
}
