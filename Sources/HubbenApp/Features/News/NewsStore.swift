import Fluent
import Foundation
import HubbenCore
import SQLKit

/// News posts, their image, themes and links, and their comments.
struct NewsStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }

    /// A post's image as uploaded: its content type (sniffed, never the client's word) and bytes.
    struct Image: Sendable, Equatable {
        var contentType: String
        var bytes: [UInt8]
    }

    enum ImageChange: Sendable {
        case keep
        case replace(Image)
        case remove
    }

    /// What a post links to, resolved to what the public may see.
    enum LinkKind: String, CaseIterable, Sendable {
        case project, event, partner
    }

    struct Link: Sendable, Equatable {
        var kind: LinkKind
        var id: Int
        var title: String
    }

    private static let columns =
        "p.id, p.title, p.summary, p.body, p.body_html, p.image_alt, i.content_type AS image_type, p.status, p.publish_at, p.author_id, p.created_at, p.updated_at"

    private static func post(_ row: any SQLRow) throws -> NewsPost {
        NewsPost(
            id: try row.decode(column: "id", as: Int.self), title: try row.decode(column: "title", as: String.self),
            summary: try row.decode(column: "summary", as: String.self),
            body: try row.decode(column: "body", as: String.self),
            bodyHTML: try row.decode(column: "body_html", as: String.self),
            imageAlt: try row.decode(column: "image_alt", as: String.self),
            imageType: try row.decode(column: "image_type", as: String?.self),
            status: NewsStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            publishAt: try row.decode(column: "publish_at", as: Date?.self),
            authorID: try row.decode(column: "author_id", as: Int?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    // MARK: Posts

    func post(id: Int) async throws -> NewsPost? {
        try await sql.raw(
            "SELECT \(unsafeRaw: Self.columns) FROM news_posts p LEFT JOIN news_images i ON i.post_id = p.id WHERE p.id = \(bind: id)"
        ).first().map(Self.post)
    }

    /// The condition that makes a post public at `now`: the one definition every list, feed and count uses.
    static func isPublic(_ now: Date) -> SQLQueryString {
        "p.status = 'published' AND p.publish_at <= \(bind: now)"
    }

    /// Public posts, newest first, optionally of one theme: one page and the number of all.
    func publicPosts(now: Date, themeID: Int? = nil, limit: Int, offset: Int) async throws -> (
        posts: [NewsPost], total: Int
    ) {
        let sql = try sql
        let theme: SQLQueryString =
            if let themeID {
                " AND EXISTS (SELECT 1 FROM news_post_themes t WHERE t.post_id = p.id AND t.theme_id = \(bind: themeID))"
            } else { "" }
        let posts = try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM news_posts p LEFT JOIN news_images i ON i.post_id = p.id
            WHERE \(Self.isPublic(now))\(theme) ORDER BY p.publish_at DESC, p.id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
            """
        ).all().map(Self.post)
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM news_posts p WHERE \(Self.isPublic(now))\(theme)").first()?
            .decode(column: "n", as: Int.self) ?? 0
        return (posts, total)
    }

    /// The newest public posts, without counting them all (the home page).
    func latest(now: Date, limit: Int) async throws -> [NewsPost] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM news_posts p LEFT JOIN news_images i ON i.post_id = p.id
            WHERE \(Self.isPublic(now)) ORDER BY p.publish_at DESC, p.id DESC LIMIT \(bind: limit)
            """
        ).all().map(Self.post)
    }

    /// Drafts and scheduled posts, for the hub team: the latest changed first.
    func unpublished(now: Date) async throws -> [NewsPost] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.columns) FROM news_posts p LEFT JOIN news_images i ON i.post_id = p.id
            WHERE NOT (\(Self.isPublic(now))) ORDER BY p.updated_at DESC, p.id DESC LIMIT 200
            """
        ).all().map(Self.post)
    }

    func insert(_ draft: NewsPostDraft, image: Image?, authorID: Int?, now: Date) async throws -> Int {
        let sql = try sql
        let html = NewsMarkdown.html(draft.body)
        let row = try await sql.raw(
            """
            INSERT INTO news_posts (title, summary, body, body_html, image_alt, status, publish_at, author_id, created_at, updated_at)
            VALUES (\(bind: draft.title), \(bind: draft.summary), \(bind: draft.body), \(bind: html),
                    \(bind: draft.imageAlt),
                    \(bind: (draft.status ?? .draft).rawValue), \(bind: Self.publishAt(draft, now: now)), \(bind: authorID),
                    \(bind: now), \(bind: now))
            RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw NotAnSQLDatabase() }
        try await replaceParts(id, draft, image: image.map(ImageChange.replace) ?? .keep, now: now)
        return id
    }

    func update(_ id: Int, _ draft: NewsPostDraft, image: ImageChange, now: Date) async throws {
        let html = NewsMarkdown.html(draft.body)
        try await sql.raw(
            """
            UPDATE news_posts SET title = \(bind: draft.title), summary = \(bind: draft.summary), body = \(bind: draft.body),
                body_html = \(bind: html), image_alt = \(bind: draft.imageAlt), status = \(bind: (draft.status ?? .draft).rawValue),
                publish_at = \(bind: Self.publishAt(draft, now: now)), updated_at = \(bind: now)
            WHERE id = \(bind: id)
            """
        ).run()
        try await replaceParts(id, draft, image: image, now: now)
    }

    /// A published post without a moment is published now; a draft keeps the moment it was given, if any.
    /// "Now" is taken to the whole second below it, so that the stored moment (whatever a database keeps of
    /// its fraction) is never after the request that published it.
    private static func publishAt(_ draft: NewsPostDraft, now: Date) -> Date? {
        draft.status == .published
            ? (draft.publishAt ?? Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
            : draft.publishAt
    }

    private func replaceParts(_ id: Int, _ draft: NewsPostDraft, image: ImageChange, now: Date) async throws {
        let sql = try sql
        try await sql.raw("DELETE FROM news_post_themes WHERE post_id = \(bind: id)").run()
        for themeID in Set(draft.themeIDs).sorted() {
            try await sql.raw("INSERT INTO news_post_themes (post_id, theme_id) VALUES (\(bind: id), \(bind: themeID))")
                .run()
        }
        try await sql.raw("DELETE FROM news_post_links WHERE post_id = \(bind: id)").run()
        let links: [(LinkKind, [Int])] = [
            (.project, draft.projectIDs), (.event, draft.eventIDs), (.partner, draft.partnerIDs),
        ]
        for (kind, ids) in links {
            var seen = Set<Int>()
            for (position, target) in ids.enumerated() where seen.insert(target).inserted {
                try await sql.raw(
                    """
                    INSERT INTO news_post_links (post_id, kind, target_id, position)
                    VALUES (\(bind: id), \(bind: kind.rawValue), \(bind: target), \(bind: position))
                    """
                ).run()
            }
        }
        switch image {
        case .keep: break
        case .remove: try await sql.raw("DELETE FROM news_images WHERE post_id = \(bind: id)").run()
        case .replace(let image):
            try await sql.raw("DELETE FROM news_images WHERE post_id = \(bind: id)").run()
            try await sql.raw(
                """
                INSERT INTO news_images (post_id, content_type, bytes, updated_at)
                VALUES (\(bind: id), \(bind: image.contentType), \(bind: Data(image.bytes)), \(bind: now))
                """
            ).run()
        }
        try await SiteSearch.news.index(sql).index(
            id: id, terms: SearchIndex.terms(title: draft.title, summary: draft.summary, need: draft.body))
    }

    func delete(_ id: Int) async throws {
        try await sql.raw("DELETE FROM news_posts WHERE id = \(bind: id)").run()
        if try sql.dialect.name == "sqlite" {
            try await sql.raw("DELETE FROM \(unsafeRaw: SiteSearch.news.table) WHERE rowid = \(bind: id)").run()
        }
    }

    func image(of postID: Int) async throws -> (image: Image, updatedAt: Date)? {
        guard
            let row = try await sql.raw(
                "SELECT content_type, bytes, updated_at FROM news_images WHERE post_id = \(bind: postID)"
            ).first()
        else { return nil }
        return (
            Image(
                contentType: try row.decode(column: "content_type", as: String.self),
                bytes: Array(try row.decode(column: "bytes", as: Data.self))),
            try row.decode(column: "updated_at", as: Date.self)
        )
    }

    func themes(of postIDs: [Int]) async throws -> [Int: [Theme]] {
        try await ThemeLinks.themes(in: "news_post_themes", owner: "post_id", ids: postIDs, sql: sql)
    }

    /// The post's links as typed, for its form.
    func linkIDs(of postID: Int) async throws -> [LinkKind: [Int]] {
        var ids: [LinkKind: [Int]] = [:]
        for row in try await sql.raw(
            "SELECT kind, target_id FROM news_post_links WHERE post_id = \(bind: postID) ORDER BY kind, position"
        ).all() {
            guard let kind = LinkKind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
            ids[kind, default: []].append(try row.decode(column: "target_id", as: Int.self))
        }
        return ids
    }

    /// The post's links to what is public — public projects and events, partners with a profile — in the order
    /// they were given.
    func publicLinks(of postID: Int) async throws -> [Link] {
        try await sql.raw(
            """
            SELECT l.kind, l.target_id, COALESCE(pr.title, e.title, o.name) AS title FROM news_post_links l
            LEFT JOIN projects pr ON l.kind = 'project' AND pr.id = l.target_id AND pr.visibility = 'public'
            LEFT JOIN events e ON l.kind = 'event' AND e.id = l.target_id AND e.visibility = 'public'
            LEFT JOIN partner_profiles pp ON l.kind = 'partner' AND pp.organization_id = l.target_id
            LEFT JOIN organizations o ON o.id = pp.organization_id
            WHERE l.post_id = \(bind: postID) AND COALESCE(pr.title, e.title, o.name) IS NOT NULL
            ORDER BY l.kind, l.position
            """
        ).all().compactMap { row in
            guard let kind = LinkKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            return Link(
                kind: kind, id: try row.decode(column: "target_id", as: Int.self),
                title: try row.decode(column: "title", as: String.self))
        }
    }

    /// Of `ids`, those that are not a public target of `kind`: what a post may not link to.
    func unknownTargets(_ kind: LinkKind, _ ids: [Int]) async throws -> [Int] {
        guard !ids.isEmpty else { return [] }
        let list = SQLList(Set(ids).sorted().map { SQLBind($0) })
        let query: SQLQueryString =
            switch kind {
            case .project: "SELECT id FROM projects WHERE visibility = 'public' AND id IN (\(list))"
            case .event: "SELECT id FROM events WHERE visibility = 'public' AND id IN (\(list))"
            case .partner: "SELECT organization_id AS id FROM partner_profiles WHERE organization_id IN (\(list))"
            }
        let found = Set(try await sql.raw(query).all().map { try $0.decode(column: "id", as: Int.self) })
        return ids.filter { !found.contains($0) }
    }

    // MARK: Comments

    private static let commentColumns = """
        c.id, c.post_id, c.account_id, CASE WHEN c.account_id IS NULL THEN c.guest_name ELSE a.name END AS author_name,
        c.body, c.moderation, c.hidden_reason, c.created_at
        """

    private static func comment(_ row: any SQLRow) throws -> NewsComment {
        NewsComment(
            id: try row.decode(column: "id", as: Int.self), postID: try row.decode(column: "post_id", as: Int.self),
            accountID: try row.decode(column: "account_id", as: Int?.self),
            authorName: try row.decode(column: "author_name", as: String?.self) ?? "",
            body: try row.decode(column: "body", as: String.self),
            moderation: CommentModeration(rawValue: try row.decode(column: "moderation", as: String.self)) ?? .pending,
            hiddenReason: try row.decode(column: "hidden_reason", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }

    /// A post's comments, oldest first: approved ones, or every one for a moderator.
    func comments(of postID: Int, all: Bool) async throws -> [NewsComment] {
        let filter: SQLQueryString = all ? "" : " AND c.moderation = 'approved'"
        return try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.commentColumns) FROM news_comments c LEFT JOIN accounts a ON a.id = c.account_id
            WHERE c.post_id = \(bind: postID)\(filter) ORDER BY c.created_at, c.id
            """
        ).all().map(Self.comment)
    }

    func comment(id: Int) async throws -> NewsComment? {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.commentColumns) FROM news_comments c LEFT JOIN accounts a ON a.id = c.account_id
            WHERE c.id = \(bind: id)
            """
        ).first().map(Self.comment)
    }

    /// The comments waiting for moderation, oldest first, with their post's title.
    func moderationQueue(limit: Int = 200) async throws -> [(comment: NewsComment, postTitle: String)] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.commentColumns), p.title AS post_title FROM news_comments c
            JOIN news_posts p ON p.id = c.post_id LEFT JOIN accounts a ON a.id = c.account_id
            WHERE c.moderation = 'pending' ORDER BY c.created_at, c.id LIMIT \(bind: limit)
            """
        ).all().map { (try Self.comment($0), try $0.decode(column: "post_title", as: String.self)) }
    }

    func addComment(
        postID: Int, accountID: Int?, _ draft: NewsCommentDraft, moderation: CommentModeration,
        confirmTokenHash: String?, now: Date
    ) async throws -> Int {
        let row = try await sql.raw(
            """
            INSERT INTO news_comments (post_id, account_id, guest_name, guest_email, confirm_token_hash, body, moderation,
                hidden_reason, created_at)
            VALUES (\(bind: postID), \(bind: accountID), \(bind: accountID == nil ? draft.guestName : ""),
                \(bind: accountID == nil ? draft.guestEmail : nil), \(bind: confirmTokenHash), \(bind: draft.body),
                \(bind: moderation.rawValue), '', \(bind: now))
            RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw NotAnSQLDatabase() }
        return id
    }

    /// What a guest's address has shown before: whether it was confirmed (through any comment's link), and
    /// whether it is trusted — confirmed, with a comment approved — so that its comments without links appear at
    /// once.
    func guestStanding(_ email: String) async throws -> (confirmed: Bool, trusted: Bool) {
        let row = try await sql.raw(
            """
            SELECT MAX(CASE WHEN email_confirmed_at IS NOT NULL THEN 1 ELSE 0 END) AS confirmed,
                MAX(CASE WHEN email_confirmed_at IS NOT NULL AND moderation = 'approved' THEN 1 ELSE 0 END) AS trusted
            FROM news_comments WHERE guest_email = \(bind: email)
            """
        ).first()
        return (
            try row?.decode(column: "confirmed", as: Int?.self) == 1,
            try row?.decode(column: "trusted", as: Int?.self) == 1
        )
    }

    /// The guest's address is theirs: every comment given with it counts as confirmed. False for an unknown link.
    func confirmGuest(tokenHash: String, now: Date) async throws -> Bool {
        let sql = try sql
        guard
            let row = try await sql.raw(
                "SELECT guest_email FROM news_comments WHERE confirm_token_hash = \(bind: tokenHash) AND guest_email IS NOT NULL"
            ).first()
        else { return false }
        let email = try row.decode(column: "guest_email", as: String.self)
        try await sql.raw(
            """
            UPDATE news_comments SET email_confirmed_at = \(bind: now), confirm_token_hash = NULL
            WHERE guest_email = \(bind: email) AND email_confirmed_at IS NULL
            """
        ).run()
        return true
    }

    func hasPendingConfirmation(tokenHash: String) async throws -> Bool {
        try await sql.raw(
            "SELECT 1 AS pending FROM news_comments WHERE confirm_token_hash = \(bind: tokenHash) AND guest_email IS NOT NULL"
        ).first() != nil
    }

    func moderate(_ id: Int, to moderation: CommentModeration, reason: String, by moderatorID: Int, now: Date)
        async throws
    {
        try await sql.raw(
            """
            UPDATE news_comments SET moderation = \(bind: moderation.rawValue), hidden_reason = \(bind: reason),
                moderated_by = \(bind: moderatorID), moderated_at = \(bind: now)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    func deleteComment(_ id: Int) async throws {
        try await sql.raw("DELETE FROM news_comments WHERE id = \(bind: id)").run()
    }

    /// The numbers of approved comments per post.
    func commentCounts(of postIDs: [Int]) async throws -> [Int: Int] {
        guard !postIDs.isEmpty else { return [:] }
        var counts: [Int: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT post_id, COUNT(*) AS n FROM news_comments WHERE moderation = 'approved'
            AND post_id IN (\(SQLList(postIDs.map { SQLBind($0) }))) GROUP BY post_id
            """
        ).all() {
            counts[try row.decode(column: "post_id", as: Int.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
