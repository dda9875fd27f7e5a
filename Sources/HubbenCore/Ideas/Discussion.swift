public import Foundation

/// A comment on an idea. Replies go one level deep: a reply to a reply attaches to the same top comment.
public struct Comment: Identifiable, Equatable, Sendable {
    public var id: Int
    public var ideaID: Int
    public var parentID: Int?
    public var authorID: Int
    /// Nil when the author deleted their account.
    public var authorName: String?
    /// Nil when a moderator hid the comment ("Dold av moderator").
    public var body: String?
    public var createdAt: Date
    public var isHidden: Bool { body == nil }

    public init(
        id: Int, ideaID: Int, parentID: Int?, authorID: Int, authorName: String?, body: String?, createdAt: Date
    ) {
        self.id = id
        self.ideaID = ideaID
        self.parentID = parentID
        self.authorID = authorID
        self.authorName = authorName
        self.body = body
        self.createdAt = createdAt
    }

    public static let bodyLimit = 5_000
    public static let hideReasonLimit = 1_000

    /// A moderator hides a comment only with a reason (it goes to the audit log): the trimmed reason, or nil
    /// when there is none or it is longer than the limit.
    public static func hideReason(_ raw: String) -> String? {
        let reason = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return reason.isEmpty || reason.count > hideReasonLimit ? nil : reason
    }
}

/// What coaches score an idea on, from 1 to 5.
public enum ScoreCriterion: String, CaseIterable, Sendable, Codable {
    case valueForResidents = "value_for_residents"
    case feasibility
    case novelty
    case strategicFit = "strategic_fit"
}

public struct IdeaScore: Equatable, Sendable {
    public var coachID: Int
    public var coachName: String?
    public var criterion: ScoreCriterion
    public var score: Int
    public var comment: String

    public init(coachID: Int, coachName: String?, criterion: ScoreCriterion, score: Int, comment: String) {
        self.coachID = coachID
        self.coachName = coachName
        self.criterion = criterion
        self.score = score
        self.comment = comment
    }

    public static let range = 1...5

    /// The average per criterion, over every coach who scored it.
    public static func averages(_ scores: [IdeaScore]) -> [ScoreCriterion: Double] {
        Dictionary(grouping: scores, by: \.criterion).mapValues { group in
            Double(group.map(\.score).reduce(0, +)) / Double(group.count)
        }
    }
}
