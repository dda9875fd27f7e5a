public import Foundation

/// Where a news post is: a draft only the hub team sees, or published — public from `publishAt` on, so a
/// post published with a later moment is scheduled.
public enum NewsStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case published
}

/// What the hub team writes: the body is Markdown, rendered through the allow-list sanitiser
/// (`HTMLSanitizer`) before it reaches any page or feed.
public struct NewsPostDraft: Equatable, Sendable {
    public var title: String
    public var summary: String
    public var body: String
    /// The image's text alternative: required whenever the post has an image.
    public var imageAlt: String
    public var themeIDs: [Int]
    public var projectIDs: [Int]
    public var eventIDs: [Int]
    public var partnerIDs: [Int]
    public var status: NewsStatus?
    public var publishAt: Date?

    public enum Field: String, DraftField {
        case title, summary, body, image
        case imageAlt = "image_alt"
        case themes, projects, events, partners, status
        case publishAt = "publish_at"
    }

    public static let titleLimit = 200
    public static let summaryLimit = 500
    public static let bodyLimit = 50_000
    public static let imageAltLimit = 300
    /// Links to projects, events and partners: each kind at most this many.
    public static let linkLimit = 20

    public init(
        title: String, summary: String, body: String, imageAlt: String, themeIDs: [Int], projectIDs: [Int],
        eventIDs: [Int], partnerIDs: [Int], status: NewsStatus?, publishAt: Date?
    ) {
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        self.body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        self.imageAlt = imageAlt.trimmingCharacters(in: .whitespacesAndNewlines)
        self.themeIDs = themeIDs
        self.projectIDs = projectIDs
        self.eventIDs = eventIDs
        self.partnerIDs = partnerIDs
        self.status = status
        self.publishAt = publishAt
    }

    /// The draft's own problems; `hasImage` says whether the post will have an image (kept or uploaded).
    public func problems(hasImage: Bool) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(title, .title, limit: Self.titleLimit, into: &problems)
        FieldCheck.required(summary, .summary, limit: Self.summaryLimit, into: &problems)
        FieldCheck.required(body, .body, limit: Self.bodyLimit, into: &problems)
        if hasImage {
            FieldCheck.required(imageAlt, .imageAlt, limit: Self.imageAltLimit, into: &problems)
        } else {
            FieldCheck.optional(imageAlt, .imageAlt, limit: Self.imageAltLimit, into: &problems)
        }
        if status == nil { problems[.status] = .missing }
        for (ids, field) in [(projectIDs, Field.projects), (eventIDs, .events), (partnerIDs, .partners)]
        where ids.count > Self.linkLimit {
            problems[field] = .tooLong(limit: Self.linkLimit)
        }
        return problems
    }
}

public struct NewsPost: Identifiable, Equatable, Sendable {
    public var id: Int
    public var title: String
    public var summary: String
    public var body: String
    /// The body as sanitised HTML, rendered when the post was saved.
    public var bodyHTML: String
    public var imageAlt: String
    /// The stored image's content type, when the post has one.
    public var imageType: String?
    public var status: NewsStatus
    public var publishAt: Date?
    public var authorID: Int?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int, title: String, summary: String, body: String, bodyHTML: String, imageAlt: String, imageType: String?,
        status: NewsStatus, publishAt: Date?, authorID: Int?, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = body
        self.bodyHTML = bodyHTML
        self.imageAlt = imageAlt
        self.imageType = imageType
        self.status = status
        self.publishAt = publishAt
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Public at `now`: published, and its moment has come.
    public func isPublic(at now: Date) -> Bool {
        status == .published && (publishAt.map { $0 <= now } ?? false)
    }
}

/// A comment's moderation state: a guest's comment waits (`pending`) unless its confirmed address had one
/// approved before and it has no link; a moderator approves it or hides it with a reason.
public enum CommentModeration: String, CaseIterable, Sendable, Codable {
    case pending
    case approved
    case hidden
}

public struct NewsComment: Identifiable, Equatable, Sendable {
    public var id: Int
    public var postID: Int
    /// The signed-in author's account, nil for a guest.
    public var accountID: Int?
    /// The name shown: the account's display name, or the name a guest gave.
    public var authorName: String
    public var body: String
    public var moderation: CommentModeration
    public var hiddenReason: String
    public var createdAt: Date

    public init(
        id: Int, postID: Int, accountID: Int?, authorName: String, body: String, moderation: CommentModeration,
        hiddenReason: String, createdAt: Date
    ) {
        self.id = id
        self.postID = postID
        self.accountID = accountID
        self.authorName = authorName
        self.body = body
        self.moderation = moderation
        self.hiddenReason = hiddenReason
        self.createdAt = createdAt
    }

    public var isGuest: Bool { accountID == nil }
}

/// A comment on a news post: the text, and for a guest the name shown and an address that never is.
public struct NewsCommentDraft: Equatable, Sendable {
    public var body: String
    public var guestName: String
    public var guestEmail: String

    public enum Field: String, DraftField {
        case body, name, email
    }

    public static let bodyLimit = 5_000
    public static let nameLimit = 80

    public init(body: String, guestName: String = "", guestEmail: String = "") {
        self.body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        self.guestName = guestName.trimmingCharacters(in: .whitespacesAndNewlines)
        self.guestEmail = guestEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    public func problems(asGuest: Bool) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(body, .body, limit: Self.bodyLimit, into: &problems)
        if asGuest {
            FieldCheck.required(guestName, .name, limit: Self.nameLimit, into: &problems)
            FieldCheck.email(guestEmail, .email, into: &problems)
        }
        return problems
    }

    /// A link of any kind sends a guest's comment to moderation: a scheme, `www.`, or a domain with a path.
    public var hasLink: Bool {
        let lowered = body.lowercased()
        if lowered.contains("://") || lowered.contains("www.") || lowered.contains("](") || lowered.contains("<a") {
            return true
        }
        // "example.se/…" and the like: a dot between letters followed by a slash.
        let words = lowered.split(whereSeparator: { $0.isWhitespace })
        return words.contains { word in
            guard let slash = word.firstIndex(of: "/") else { return false }
            let host = word[..<slash]
            guard let dot = host.lastIndex(of: ".") else { return false }
            let tld = host[host.index(after: dot)...]
            return tld.count >= 2 && tld.allSatisfy(\.isLetter) && host[..<dot].contains(where: \.isLetter)
        }
    }
}

public enum NewsAction: Equatable, Sendable {
    /// Writing, publishing and scheduling posts: the hub team.
    case write
    /// Approving, hiding and deleting comments: the hub team.
    case moderate
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: NewsAction) -> Bool {
        guard actor.isSignedIn else { return false }
        switch action {
        case .write, .moderate: return actor.has(.coach)
        }
    }
}

extension NewsAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
