public import Foundation

/// A question posed by a department, a reform group or the hub, open for ideas until a date.
public struct Challenge: Identifiable, Equatable, Sendable {
    public var id: Int
    public var title: String
    public var description: String
    /// Who poses it: an organisation's or a reform group's name.
    public var posedBy: String?
    public var themes: [Theme]
    public var openUntil: Date
    public var ideaCount: Int

    public init(
        id: Int, title: String, description: String, posedBy: String?, themes: [Theme], openUntil: Date, ideaCount: Int
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.posedBy = posedBy
        self.themes = themes
        self.openUntil = openUntil
        self.ideaCount = ideaCount
    }

    /// After the date no new ideas can answer it.
    public func isOpen(at now: Date) -> Bool { Self.isOpen(until: openUntil, at: now) }

    public static func isOpen(until openUntil: Date, at now: Date) -> Bool { now < openUntil }
}

/// A challenge as the form and the API give it.
public struct ChallengeDraft: Equatable, Sendable {
    public var title: String
    public var description: String
    public var organizationID: Int?
    public var reformGroupID: Int?
    public var themeIDs: [Int]
    /// The last moment ideas may answer it (the end of the chosen day).
    public var openUntil: Date?

    public enum Field: String, DraftField {
        case title, description
        /// The department or reform group that poses it.
        case posedBy = "posed_by"
        case themes
        case openUntil = "open_until"
    }

    public init(
        title: String, description: String, organizationID: Int?, reformGroupID: Int?, themeIDs: [Int],
        openUntil: Date?
    ) {
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        self.organizationID = organizationID
        self.reformGroupID = reformGroupID
        self.themeIDs = themeIDs
        self.openUntil = openUntil
    }

    /// Every problem the draft has by itself; whether the person may speak for whom it names is the store's to
    /// check (`notAllowed` at `posedBy`).
    public func problems(knownThemeIDs: Set<Int>, now: Date) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(title, .title, limit: IdeaDraft.titleLimit, into: &problems)
        FieldCheck.required(description, .description, limit: IdeaDraft.textLimit, into: &problems)
        FieldCheck.choices(themeIDs, .themes, known: knownThemeIDs, required: true, into: &problems)
        if organizationID == nil, reformGroupID == nil { problems[.posedBy] = .missing }
        if let openUntil {
            if !Challenge.isOpen(until: openUntil, at: now) { problems[.openUntil] = .closed }
        } else {
            problems[.openUntil] = .missing
        }
        return problems
    }
}

/// What people do with challenges.
public enum ChallengeAction: Equatable, Sendable {
    /// `groupMember`: an active member of a reform group, who poses challenges in its name.
    case pose(groupMember: Bool)
    /// Posing for any department or reform group, not only one's own organisations.
    case poseForAnyOrganization
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: ChallengeAction) -> Bool {
        switch action {
        case .pose(let groupMember):
            // Staff of a department, the hub team, and reform groups' members for their groups.
            actor.isSignedIn && (actor.has(.staff) || actor.has(.coach) || groupMember)
        case .poseForAnyOrganization:
            actor.isSignedIn && actor.has(.coach)
        }
    }
}

extension ChallengeAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
