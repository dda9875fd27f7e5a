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

extension Authorization {
    /// Internal projects, and the internal parts of public ones, are for the team and the hub's coaches.
    public static func canSeeInternal(_ actor: Actor, relation: ProjectRelation) -> Bool {
        actor.isSignedIn && (relation.isTeam || actor.has(.coach))
    }

    /// Who may see the project at all.
    public static func canView(_ actor: Actor, visibility: ProjectVisibility, relation: ProjectRelation) -> Bool {
        visibility == .public || canSeeInternal(actor, relation: relation)
    }

    /// Who may edit the narrative, team, goals, money, experiments and journal.
    public static func canEdit(_ actor: Actor, relation: ProjectRelation) -> Bool {
        actor.isSignedIn && (relation.isTeam || actor.has(.coach))
    }

    /// Who may change the project's coach and its visibility: its coach and administrators.
    public static func canChangeCoachAndVisibility(_ actor: Actor, relation: ProjectRelation) -> Bool {
        actor.isSignedIn && (relation == .coach || actor.roles.contains(.admin))
    }

    /// Who may change the project's lead and its team: the lead, the coach and administrators.
    public static func canManageTeam(_ actor: Actor, relation: ProjectRelation) -> Bool {
        actor.isSignedIn && (relation == .coach || relation == .lead || actor.roles.contains(.admin))
    }

    /// The parts of a project's frame that an edit changes although the actor may not change them (empty:
    /// the edit is allowed). Members and other coaches edit the content only.
    public static func forbiddenFrameChanges(
        _ actor: Actor, relation: ProjectRelation, from old: ProjectDraft,
        to new: ProjectDraft
    ) -> [ProjectFrameField] {
        var forbidden: [ProjectFrameField] = []
        if !canChangeCoachAndVisibility(actor, relation: relation) {
            if old.coachID != new.coachID { forbidden.append(.coach) }
            if old.visibility != new.visibility { forbidden.append(.visibility) }
        }
        if !canManageTeam(actor, relation: relation), old.leadID != new.leadID { forbidden.append(.lead) }
        return forbidden
    }

    /// Coaches start projects from accepted ideas, and coaches and partners start them directly.
    public static func canStartProject(_ actor: Actor) -> Bool {
        actor.isSignedIn && (actor.has(.coach) || actor.has(.partner))
    }

    /// Only coaches (and administrators) turn an idea into a project…
    public static func canStartProjectFromIdeas(_ actor: Actor) -> Bool {
        actor.isSignedIn && actor.has(.coach)
    }

    /// …and only an accepted one.
    public static func canStartProject(_ actor: Actor, fromIdeaWith status: IdeaStatus) -> Bool {
        canStartProjectFromIdeas(actor) && status == .accepted
    }

    /// Gate reviews are recorded by the project's coach or an administrator.
    public static func canRecordGate(_ actor: Actor, relation: ProjectRelation) -> Bool {
        actor.isSignedIn && (relation == .coach || actor.roles.contains(.admin))
    }
}
