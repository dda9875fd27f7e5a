public import Foundation

/// Where an idea stands. `submitted → under_review → accepted | parked | declined | merged`; `parked →
/// under_review`.
public enum IdeaStatus: String, CaseIterable, Sendable, Codable {
    case submitted
    case underReview = "under_review"
    case accepted
    case parked
    case declined
    case merged

    /// The statuses this one may move to.
    public var next: Set<IdeaStatus> {
        switch self {
        case .submitted: [.underReview]
        case .underReview: [.accepted, .parked, .declined, .merged]
        case .parked: [.underReview]
        case .accepted, .declined, .merged: []
        }
    }

    /// Whether the author may still edit: only until a coach has started the review.
    public var isOpenForEditing: Bool { self == .submitted }
}

/// A status change asked for, checked before anything is saved.
public struct StatusChange: Equatable, Sendable {
    public var to: IdeaStatus
    public var reason: String?
    public var mergedInto: Int?

    public init(to: IdeaStatus, reason: String? = nil, mergedInto: Int? = nil) {
        self.to = to
        self.reason = reason
        self.mergedInto = mergedInto
    }

    public enum Problem: Error, Equatable, Sendable {
        /// Not a move the state machine has.
        case notAllowed(from: IdeaStatus, to: IdeaStatus)
        /// Declining needs a reason the submitter sees.
        case reasonRequired
        /// Merging names another idea to merge into.
        case mergeTargetRequired
        case cannotMergeIntoItself
    }

    /// Checks the move from `current` for the idea `ideaID`.
    public func validate(from current: IdeaStatus, ideaID: Int) throws(Problem) {
        guard current.next.contains(to) else { throw .notAllowed(from: current, to: to) }
        let trimmedReason = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if to == .declined, trimmedReason.isEmpty { throw .reasonRequired }
        if to == .merged {
            guard let mergedInto else { throw .mergeTargetRequired }
            if mergedInto == ideaID { throw .cannotMergeIntoItself }
        }
    }
}

/// What a person writes when they submit or edit an idea, and its rules.
public struct IdeaDraft: Equatable, Sendable {
    public var title: String
    public var summary: String
    public var need: String
    public var themeIDs: [Int]
    public var challengeID: Int?

    public static let titleLimit = 140
    public static let textLimit = 5_000

    public init(title: String, summary: String, need: String, themeIDs: [Int], challengeID: Int? = nil) {
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        self.need = need.trimmingCharacters(in: .whitespacesAndNewlines)
        self.themeIDs = themeIDs
        self.challengeID = challengeID
    }

    public enum Field: String, DraftField {
        case title, summary, need, themes, challenge
    }

    /// Every problem, by field, so that a form can show all of them at once. A theme that does not exist is
    /// `invalid`; the challenge is checked against the database by the store (`invalid`, or `closed`).
    public func problems(knownThemeIDs: Set<Int>) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(title, .title, limit: Self.titleLimit, into: &problems)
        FieldCheck.required(summary, .summary, limit: Self.textLimit, into: &problems)
        FieldCheck.required(need, .need, limit: Self.textLimit, into: &problems)
        FieldCheck.choices(themeIDs, .themes, known: knownThemeIDs, required: true, into: &problems)
        return problems
    }
}

public struct Theme: Identifiable, Hashable, Sendable {
    public var id: Int
    public var slug: String
    public var nameSV: String
    public var nameEN: String

    public init(id: Int, slug: String, nameSV: String, nameEN: String) {
        self.id = id
        self.slug = slug
        self.nameSV = nameSV
        self.nameEN = nameEN
    }

    public func name(_ language: Language) -> String { language == .sv ? nameSV : nameEN }
}

/// Themes as they are chosen: by id on the web forms, by slug in the API.
public enum ThemeChoice: Equatable, Sendable {
    case ids([Int])
    case slugs([String])

    /// The chosen themes' ids, or nil when a slug names no theme: that is a problem at the field, never a
    /// theme silently dropped. `themes` is read only for slugs.
    public func ids(among themes: () async throws -> [Theme]) async rethrows -> [Int]? {
        switch self {
        case .ids(let ids):
            return ids
        case .slugs(let slugs):
            let known = try await themes()
            let ids = slugs.compactMap { slug in known.first { $0.slug == slug }?.id }
            return ids.count == slugs.count ? ids : nil
        }
    }
}

/// An idea as lists and pages show it.
public struct Idea: Identifiable, Equatable, Sendable {
    public var id: Int
    public var title: String
    public var summary: String
    public var need: String
    public var status: IdeaStatus
    public var themes: [Theme]
    public var challengeID: Int?
    public var mergedInto: Int?
    public var authorID: Int
    /// Nil when the author deleted their account ("Borttagen användare").
    public var authorName: String?
    public var supportCount: Int
    public var commentCount: Int
    public var createdAt: Date
    public var updatedAt: Date
    public var lastActivityAt: Date

    public init(
        id: Int, title: String, summary: String, need: String, status: IdeaStatus, themes: [Theme],
        challengeID: Int?, mergedInto: Int?, authorID: Int, authorName: String?, supportCount: Int,
        commentCount: Int, createdAt: Date, updatedAt: Date, lastActivityAt: Date
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.need = need
        self.status = status
        self.themes = themes
        self.challengeID = challengeID
        self.mergedInto = mergedInto
        self.authorID = authorID
        self.authorName = authorName
        self.supportCount = supportCount
        self.commentCount = commentCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastActivityAt = lastActivityAt
    }
}

public enum IdeaSort: String, CaseIterable, Sendable {
    case newest
    case mostSupported = "most_supported"
    case mostDiscussed = "most_discussed"
    case recentlyActive = "recently_active"
    /// Only with a search query: best match first, ties by recency.
    case relevance
}

/// What people do with ideas and their discussion.
public enum IdeaAction: Equatable, Sendable {
    case submit
    case edit(authorID: Int, status: IdeaStatus)
    case support
    case follow
    case comment
    case reportComment
    case hideComment
    case triage
    case score
    case viewScores
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: IdeaAction) -> Bool {
        switch action {
        case .submit, .support, .comment, .reportComment, .follow:
            actor.isSignedIn
        case .hideComment, .triage, .score, .viewScores:
            actor.isSignedIn && actor.has(.coach)
        case .edit(let author, let status):
            actor.accountID == author && status.isOpenForEditing
        }
    }
}

extension IdeaAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
