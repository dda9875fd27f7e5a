import Foundation

/// The phases a project moves through, in order. A project is always in one of them; reaching an outcome
/// keeps the phase it was reached from.
public enum ProjectPhase: String, CaseIterable, Sendable, Codable, Comparable {
    case needInsight = "need_insight"
    case pretotype
    case prototype
    case proofOfConcept = "proof_of_concept"
    case decision

    public var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public var next: ProjectPhase? {
        index + 1 < Self.allCases.count ? Self.allCases[index + 1] : nil
    }

    /// The public progress bar's value, in percent, while a project is in this phase.
    public var progress: Int { 10 + index * 20 }

    public static func < (lhs: ProjectPhase, rhs: ProjectPhase) -> Bool { lhs.index < rhs.index }
}

/// What a project ended in.
public enum ProjectOutcome: String, CaseIterable, Sendable, Codable {
    case inHouse = "in_house"
    case partnership
    case procurement
    case stopped
}

public enum ProjectVisibility: String, CaseIterable, Sendable, Codable {
    case `public`
    case `internal`
}

/// Where a project stands: its phase, and its outcome once it has one.
public struct ProjectStage: Equatable, Sendable {
    public var phase: ProjectPhase
    public var outcome: ProjectOutcome?

    public init(phase: ProjectPhase, outcome: ProjectOutcome? = nil) {
        self.phase = phase
        self.outcome = outcome
    }

    public var isActive: Bool { outcome == nil }

    /// A stopped project keeps the progress it reached; any other outcome is the whole way.
    public var progress: Int {
        switch outcome {
        case nil, .stopped: phase.progress
        case .inHouse, .partnership, .procurement: 100
        }
    }
}

/// The actor's place in one project's team, which decides what they may do with it.
public enum ProjectRelation: Sendable, Equatable, CaseIterable {
    /// The project's innovation coach.
    case coach
    case lead
    case member
    case none

    public var isTeam: Bool { self != .none }
}

/// The parts of a project that only some of its team may change.
public enum ProjectFrameField: Sendable, Equatable, CaseIterable {
    case coach, visibility, lead
}

/// A team member's role in a project; `other` comes with a free text.
public enum ProjectMemberRole: String, CaseIterable, Sendable, Codable {
    case innovationCoach = "innovation_coach"
    case serviceDesigner = "service_designer"
    case requirementsSpecialist = "requirements_specialist"
    case businessDeveloper = "business_developer"
    case itArchitect = "it_architect"
    case programmer
    case other
}

/// The fields of a team place: who, in which role, and the role's name when it is `other`.
public enum TeamMemberField: String, DraftField {
    case accountID = "account_id"
    case role
    case roleText = "role_text"
}

/// What people do with projects. `relation` is the actor's place in the project's team.
public enum ProjectAction: Equatable, Sendable {
    /// Internal projects, and the internal parts of public ones, are for the team and the hub's coaches.
    case seeInternal(relation: ProjectRelation)
    /// Seeing the project at all.
    case view(visibility: ProjectVisibility, relation: ProjectRelation)
    /// Editing the narrative, team, goals, money, experiments and journal.
    case edit(relation: ProjectRelation)
    /// Changing the project's coach and its visibility.
    case changeCoachAndVisibility(relation: ProjectRelation)
    /// Changing the project's lead and its team.
    case manageTeam(relation: ProjectRelation)
    /// Recording a gate review.
    case recordGate(relation: ProjectRelation)
    /// Starting a project directly.
    case start
    /// Turning ideas into projects at all (whether to offer it)…
    case startFromIdeas
    /// …and turning this idea into one.
    case startFromIdea(status: IdeaStatus)
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: ProjectAction) -> Bool {
        guard actor.isSignedIn else {
            if case .view(let visibility, _) = action { return visibility == .public }
            return false
        }
        switch action {
        case .seeInternal(let relation), .edit(let relation):
            return relation.isTeam || actor.has(.coach)
        case .view(let visibility, let relation):
            return visibility == .public || relation.isTeam || actor.has(.coach)
        case .changeCoachAndVisibility(let relation), .recordGate(let relation):
            // The project's coach and administrators (not every coach).
            return relation == .coach || actor.roles.contains(.admin)
        case .manageTeam(let relation):
            return relation == .coach || relation == .lead || actor.roles.contains(.admin)
        case .start:
            // Coaches start projects from accepted ideas, and coaches and partners start them directly.
            return actor.has(.coach) || actor.has(.partner)
        case .startFromIdeas:
            return actor.has(.coach)
        case .startFromIdea(let status):
            return actor.has(.coach) && status == .accepted
        }
    }

    /// The parts of a project's frame that an edit changes although the actor may not change them (empty:
    /// the edit is allowed). Members and other coaches edit the content only.
    public static func forbiddenFrameChanges(
        _ actor: Actor, relation: ProjectRelation, from old: ProjectDraft,
        to new: ProjectDraft
    ) -> [ProjectFrameField] {
        var forbidden: [ProjectFrameField] = []
        if !allows(actor, ProjectAction.changeCoachAndVisibility(relation: relation)) {
            if old.coachID != new.coachID { forbidden.append(.coach) }
            if old.visibility != new.visibility { forbidden.append(.visibility) }
        }
        if !allows(actor, ProjectAction.manageTeam(relation: relation)), old.leadID != new.leadID {
            forbidden.append(.lead)
        }
        return forbidden
    }
}

extension ProjectAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
