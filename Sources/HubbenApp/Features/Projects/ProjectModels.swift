import Foundation
import HubbenCore

/// A project as the board and lists show it.
struct ProjectCard: Equatable {
    var id: Int
    var title: String
    var visibility: ProjectVisibility
    var stage: ProjectStage
    var phaseStartedAt: Date
    var organizations: [String]
    var coachID: Int?
    var coachName: String?
    var themes: [Theme]
    var ideaID: Int?
    var updatedAt: Date
}

/// A person as others see them: a name, never a contact detail. Nil name: the account was deleted.
struct ProjectPerson: Equatable {
    var id: Int
    var name: String?
}

struct ProjectMember: Equatable {
    var person: ProjectPerson
    var role: ProjectMemberRole
    var roleText: String
}

struct EffectGoal: Equatable {
    var id: Int
    var goal: EffectGoalDraft
    var reachedOn: Day?
    var reachedComment: String
}

struct Fund: Equatable {
    var id: Int
    var kind: FundKind
    var amount: Int
    var day: Day
    var source: String
    var comment: String
}

struct Experiment: Equatable {
    var id: Int
    var draft: ExperimentDraft
    var createdAt: Date
    /// The toolbox method's name; nil for `other` (or a method no longer in the toolbox).
    var methodName: LocalizedText?

    /// The method as a page names it: the toolbox's name, or the experiment's own words for it.
    func methodLabel(_ t: Localizer) -> String {
        if let methodName { return t(methodName) }
        return draft.methodOther.isEmpty ? t(.methodOther) : draft.methodOther
    }
}

struct JournalEntry: Equatable {
    var id: Int
    var phase: ProjectPhase
    var draft: JournalDraft
    var authorName: String?
    var createdAt: Date
}

struct GateDecision: Equatable {
    var id: Int
    var kind: GateDecisionKind
    var from: ProjectPhase
    var to: ProjectStage
    var rationale: String
    var lessonsLearned: String
    var evidence: [Int]
    var decidedBy: String?
    var decidedAt: Date
}

/// One entry of a project's timeline, newest first on pages and in the feed.
enum TimelineEntry: Equatable {
    case gate(GateDecision)
    case experiment(Experiment)
    case journal(JournalEntry)

    var date: Date {
        switch self {
        case .gate(let decision): decision.decidedAt
        case .experiment(let experiment):
            experiment.draft.endedOn?.noon ?? experiment.draft.startedOn?.noon ?? experiment.createdAt
        case .journal(let entry): entry.createdAt
        }
    }

    /// A stable identity across kinds, for anchors and feed ids.
    var key: String {
        switch self {
        case .gate(let decision): "gate-\(decision.id)"
        case .experiment(let experiment): "experiment-\(experiment.id)"
        case .journal(let entry): "journal-\(entry.id)"
        }
    }
}

/// Everything on a project's page except its timeline.
struct ProjectDetail: Equatable {
    var card: ProjectCard
    var what: String
    var why: String
    var how: String
    var organizationIDs: [Int]
    var ideaTitle: String?
    var lead: ProjectPerson?
    var coach: ProjectPerson?
    var members: [ProjectMember]
    var goals: [EffectGoal]
    var funds: [Fund]
    var estimatedBudget: Int?
    var outcome: OutcomeDetails
    var partnerName: String?
    var lessonsLearned: String
    var createdAt: Date

    var id: Int { card.id }
    var granted: Int { funds.filter { $0.kind == .granted }.reduce(0) { $0 + $1.amount } }
    var spent: Int { funds.filter { $0.kind == .spent }.reduce(0) { $0 + $1.amount } }

    var draft: ProjectDraft {
        ProjectDraft(
            title: card.title, what: what, why: why, how: how, organizationIDs: organizationIDs,
            themeIDs: card.themes.map(\.id),
            visibility: card.visibility, leadID: lead?.id, coachID: coach?.id, estimatedBudget: estimatedBudget)
    }

    /// The actor's place in this project's team.
    func relation(of accountID: Int?) -> ProjectRelation {
        guard let accountID else { return .none }
        if coach?.id == accountID { return .coach }
        if lead?.id == accountID { return .lead }
        return members.contains { $0.person.id == accountID } ? .member : .none
    }
}
