public import Foundation

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// A project's narrative and frame, as the create and edit forms give it.
public struct ProjectDraft: Equatable, Sendable {
    /// A coach who starts a project coaches it unless they name someone else.
    public static func defaultCoachID(for actor: Actor) -> Int? {
        actor.has(.coach) ? actor.accountID : nil
    }

    public var title: String
    public var what: String
    public var why: String
    public var how: String
    public var organizationIDs: [Int]
    public var themeIDs: [Int]
    public var visibility: ProjectVisibility
    public var leadID: Int?
    public var coachID: Int?
    /// In whole kronor.
    public var estimatedBudget: Int?

    public static let titleLimit = 140
    public static let textLimit = 5_000

    public enum Field: String, DraftField {
        case title, what, why, how, organizations, themes, visibility
        case leadID = "lead_id"
        case coachID = "coach_id"
        case estimatedBudget = "estimated_budget"
        /// Only for a project that ended in procurement.
        case procurementNoticeURL = "procurement_notice_url"
    }

    public init(
        title: String, what: String = "", why: String = "", how: String = "", organizationIDs: [Int],
        themeIDs: [Int] = [],
        visibility: ProjectVisibility, leadID: Int? = nil, coachID: Int? = nil, estimatedBudget: Int? = nil
    ) {
        self.title = title.trimmed
        self.what = what.trimmed
        self.why = why.trimmed
        self.how = how.trimmed
        self.organizationIDs = organizationIDs
        self.themeIDs = themeIDs
        self.visibility = visibility
        self.leadID = leadID
        self.coachID = coachID
        self.estimatedBudget = estimatedBudget
    }

    public func problems(knownOrganizationIDs: Set<Int>, knownThemeIDs: Set<Int>) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(title, .title, limit: Self.titleLimit, into: &problems)
        for (text, field) in [(what, Field.what), (why, .why), (how, .how)] {
            FieldCheck.optional(text, field, limit: Self.textLimit, into: &problems)
        }
        FieldCheck.choices(
            organizationIDs, .organizations, known: knownOrganizationIDs, required: true, into: &problems)
        FieldCheck.choices(themeIDs, .themes, known: knownThemeIDs, required: false, into: &problems)
        if let budget = estimatedBudget, budget < 0 { problems[.estimatedBudget] = .invalid }
        return problems
    }
}

/// An effect goal (*effektmål*): what should get better, for whom, how it is measured, from what to what.
public struct EffectGoalDraft: Equatable, Sendable {
    public var what: String
    public var forWhom: String
    public var measure: String
    public var baseline: String
    public var target: String

    public static let limit = 1_000

    public enum Field: String, DraftField {
        case what
        case forWhom = "for_whom"
        case measure, baseline, target
    }

    public init(what: String, forWhom: String, measure: String, baseline: String, target: String) {
        self.what = what.trimmed
        self.forWhom = forWhom.trimmed
        self.measure = measure.trimmed
        self.baseline = baseline.trimmed
        self.target = target.trimmed
    }

    public var problems: FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(what, .what, limit: Self.limit, into: &problems)
        FieldCheck.required(forWhom, .forWhom, limit: Self.limit, into: &problems)
        FieldCheck.required(measure, .measure, limit: Self.limit, into: &problems)
        FieldCheck.optional(baseline, .baseline, limit: Self.limit, into: &problems)
        FieldCheck.required(target, .target, limit: Self.limit, into: &problems)
        return problems
    }
}

public enum FundKind: String, CaseIterable, Sendable, Codable {
    case granted
    case spent
}

/// Money granted to (amount, date, source) or spent by a project, in whole kronor.
public struct FundDraft: Equatable, Sendable {
    public var kind: FundKind
    public var amount: Int?
    public var date: Day?
    public var source: String
    public var comment: String

    public enum Field: String, DraftField {
        case kind, amount, date, source, comment
    }

    public init(kind: FundKind, amount: Int?, date: Day?, source: String = "", comment: String = "") {
        self.kind = kind
        self.amount = amount
        self.date = date
        self.source = source.trimmed
        self.comment = comment.trimmed
    }

    public var problems: FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if let amount {
            if amount <= 0 || amount > 1_000_000_000 { problems[.amount] = .invalid }
        } else {
            problems[.amount] = .missing
        }
        if date == nil { problems[.date] = .missing }
        if kind == .granted {
            FieldCheck.required(source, .source, limit: 200, into: &problems)
        } else {
            FieldCheck.optional(source, .source, limit: 200, into: &problems)
        }
        FieldCheck.optional(comment, .comment, limit: 1_000, into: &problems)
        return problems
    }
}

public enum ExperimentResult: String, CaseIterable, Sendable, Codable {
    case supported
    case refuted
    case inconclusive
}

/// An experiment run inside a phase: the hypothesis, how it was tested, how many users took part and what
/// came of it. The result and learning are added when it has run.
public struct ExperimentDraft: Equatable, Sendable {
    public var phase: ProjectPhase
    public var hypothesis: String
    public var method: ExperimentMethod
    /// Which method, in the experiment's own words, when the toolbox does not have it (`method` is `other`).
    public var methodOther: String
    public var successCriterion: String
    public var participants: Int?
    public var result: ExperimentResult?
    public var learning: String
    public var startedOn: Day?
    public var endedOn: Day?

    public static let limit = 2_000
    public static let methodOtherLimit = 200

    public enum Field: String, DraftField {
        case phase, hypothesis, method
        case methodOther = "method_other"
        case successCriterion = "success_criterion"
        case participants, result, learning
        case startedOn = "started_on"
        case endedOn = "ended_on"
    }

    public init(
        phase: ProjectPhase, hypothesis: String, method: ExperimentMethod, methodOther: String = "",
        successCriterion: String, participants: Int?, result: ExperimentResult? = nil, learning: String = "",
        startedOn: Day?, endedOn: Day? = nil
    ) {
        self.phase = phase
        self.hypothesis = hypothesis.trimmed
        self.method = method
        self.methodOther = method.isOther ? methodOther.trimmed : ""
        self.successCriterion = successCriterion.trimmed
        self.participants = participants
        self.result = result
        self.learning = learning.trimmed
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    /// `currentPhase` bounds the phase: an experiment runs in a phase the project has reached.
    public func problems(currentPhase: ProjectPhase) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if phase > currentPhase { problems[.phase] = .invalid }
        FieldCheck.required(hypothesis, .hypothesis, limit: Self.limit, into: &problems)
        if method.isOther {
            FieldCheck.required(methodOther, .methodOther, limit: Self.methodOtherLimit, into: &problems)
        }
        FieldCheck.required(successCriterion, .successCriterion, limit: Self.limit, into: &problems)
        if let participants, participants < 0 || participants > 1_000_000 { problems[.participants] = .invalid }
        FieldCheck.optional(learning, .learning, limit: Self.limit, into: &problems)
        if result != nil, learning.isEmpty { problems[.learning] = .missing }
        if startedOn == nil { problems[.startedOn] = .missing }
        if let startedOn, let endedOn, endedOn < startedOn { problems[.endedOn] = .invalid }
        return problems
    }
}

public enum JournalKind: String, CaseIterable, Sendable, Codable {
    case partialResult = "partial_result"
    case result
    case demo
    case decision
    case note
}

/// A journal entry: a partial or full result, a demo, a decision or a note, public or internal.
public struct JournalDraft: Equatable, Sendable {
    public var kind: JournalKind
    public var title: String
    public var body: String
    public var link: String
    public var visibility: ProjectVisibility

    public enum Field: String, DraftField {
        case kind, title, body, link, visibility
    }

    public init(kind: JournalKind, title: String, body: String, link: String = "", visibility: ProjectVisibility) {
        self.kind = kind
        self.title = title.trimmed
        self.body = body.trimmed
        self.link = link.trimmed
        self.visibility = visibility
    }

    public var problems: FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(title, .title, limit: ProjectDraft.titleLimit, into: &problems)
        FieldCheck.required(body, .body, limit: ProjectDraft.textLimit, into: &problems)
        FieldCheck.link(link, .link, into: &problems)
        return problems
    }
}

/// Marking an effect goal reached: when, and a comment on how it was seen.
public struct GoalReachedDraft: Equatable, Sendable {
    public var date: Day?
    public var comment: String

    public enum Field: String, DraftField {
        case reachedOn = "reached_on"
        case reachedComment = "reached_comment"
    }

    public init(date: Day?, comment: String) {
        self.date = date
        self.comment = comment.trimmed
    }

    public var problems: FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if date == nil { problems[.reachedOn] = .missing }
        FieldCheck.required(comment, .reachedComment, limit: EffectGoalDraft.limit, into: &problems)
        return problems
    }
}

/// How long a project has been in its phase, in whole days.
public enum TimeInPhase {
    public static func days(since start: Date, now: Date) -> Int {
        max(0, Int(now.timeIntervalSince(start) / 86_400))
    }
}
