public import Foundation

/// What is wrong with one field of a project form; the key is the field's name in forms and the API.
public enum FieldProblem: Equatable, Sendable {
    case missing
    case tooLong(limit: Int)
    /// Not a value the field accepts (an unknown organisation, a date before the start, a bad link…).
    case invalid
    /// What was typed cannot be read as the field's kind at all (not a date, not a whole number).
    case unreadable
}

public typealias FieldProblems = [String: FieldProblem]

enum Check {
    static func required(_ text: String, _ field: String, limit: Int, into problems: inout FieldProblems) {
        if text.isEmpty { problems[field] = .missing } else { optional(text, field, limit: limit, into: &problems) }
    }

    static func optional(_ text: String, _ field: String, limit: Int, into problems: inout FieldProblems) {
        if text.count > limit { problems[field] = .tooLong(limit: limit) }
    }

    static func link(_ text: String, _ field: String, into problems: inout FieldProblems) {
        if !text.isEmpty, !WebLink.isValid(text) { problems[field] = .invalid }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// A project's narrative and frame, as the create and edit forms give it.
public struct ProjectDraft: Equatable, Sendable {
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

    public func problems(knownOrganizationIDs: Set<Int>, knownThemeIDs: Set<Int>) -> FieldProblems {
        var problems: FieldProblems = [:]
        Check.required(title, "title", limit: Self.titleLimit, into: &problems)
        for (text, field) in [(what, "what"), (why, "why"), (how, "how")] {
            Check.optional(text, field, limit: Self.textLimit, into: &problems)
        }
        if organizationIDs.isEmpty {
            problems["organizations"] = .missing
        } else if !Set(organizationIDs).isSubset(of: knownOrganizationIDs) {
            problems["organizations"] = .invalid
        }
        if !Set(themeIDs).isSubset(of: knownThemeIDs) { problems["themes"] = .invalid }
        if let budget = estimatedBudget, budget < 0 { problems["estimated_budget"] = .invalid }
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

    public init(what: String, forWhom: String, measure: String, baseline: String, target: String) {
        self.what = what.trimmed
        self.forWhom = forWhom.trimmed
        self.measure = measure.trimmed
        self.baseline = baseline.trimmed
        self.target = target.trimmed
    }

    public var problems: FieldProblems {
        var problems: FieldProblems = [:]
        Check.required(what, "what", limit: Self.limit, into: &problems)
        Check.required(forWhom, "for_whom", limit: Self.limit, into: &problems)
        Check.required(measure, "measure", limit: Self.limit, into: &problems)
        Check.optional(baseline, "baseline", limit: Self.limit, into: &problems)
        Check.required(target, "target", limit: Self.limit, into: &problems)
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

    public init(kind: FundKind, amount: Int?, date: Day?, source: String = "", comment: String = "") {
        self.kind = kind
        self.amount = amount
        self.date = date
        self.source = source.trimmed
        self.comment = comment.trimmed
    }

    public var problems: FieldProblems {
        var problems: FieldProblems = [:]
        if let amount {
            if amount <= 0 || amount > 1_000_000_000 { problems["amount"] = .invalid }
        } else {
            problems["amount"] = .missing
        }
        if date == nil { problems["date"] = .missing }
        if kind == .granted {
            Check.required(source, "source", limit: 200, into: &problems)
        } else {
            Check.optional(source, "source", limit: 200, into: &problems)
        }
        Check.optional(comment, "comment", limit: 1_000, into: &problems)
        return problems
    }
}

public enum ExperimentMethod: String, CaseIterable, Sendable, Codable {
    case interviews
    case observation
    case survey
    case fakeDoor = "fake_door"
    case paperPrototype = "paper_prototype"
    case clickablePrototype = "clickable_prototype"
    case wizardOfOz = "wizard_of_oz"
    case pilot
    case other
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
    public var successCriterion: String
    public var participants: Int?
    public var result: ExperimentResult?
    public var learning: String
    public var startedOn: Day?
    public var endedOn: Day?

    public static let limit = 2_000

    public init(
        phase: ProjectPhase, hypothesis: String, method: ExperimentMethod, successCriterion: String, participants: Int?,
        result: ExperimentResult? = nil, learning: String = "", startedOn: Day?, endedOn: Day? = nil
    ) {
        self.phase = phase
        self.hypothesis = hypothesis.trimmed
        self.method = method
        self.successCriterion = successCriterion.trimmed
        self.participants = participants
        self.result = result
        self.learning = learning.trimmed
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    /// `currentPhase` bounds the phase: an experiment runs in a phase the project has reached.
    public func problems(currentPhase: ProjectPhase) -> FieldProblems {
        var problems: FieldProblems = [:]
        if phase > currentPhase { problems["phase"] = .invalid }
        Check.required(hypothesis, "hypothesis", limit: Self.limit, into: &problems)
        Check.required(successCriterion, "success_criterion", limit: Self.limit, into: &problems)
        if let participants, participants < 0 || participants > 1_000_000 { problems["participants"] = .invalid }
        Check.optional(learning, "learning", limit: Self.limit, into: &problems)
        if result != nil, learning.isEmpty { problems["learning"] = .missing }
        if startedOn == nil { problems["started_on"] = .missing }
        if let startedOn, let endedOn, endedOn < startedOn { problems["ended_on"] = .invalid }
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

    public init(kind: JournalKind, title: String, body: String, link: String = "", visibility: ProjectVisibility) {
        self.kind = kind
        self.title = title.trimmed
        self.body = body.trimmed
        self.link = link.trimmed
        self.visibility = visibility
    }

    public var problems: FieldProblems {
        var problems: FieldProblems = [:]
        Check.required(title, "title", limit: ProjectDraft.titleLimit, into: &problems)
        Check.required(body, "body", limit: ProjectDraft.textLimit, into: &problems)
        Check.link(link, "link", into: &problems)
        return problems
    }
}

/// Marking an effect goal reached: when, and a comment on how it was seen.
public struct GoalReachedDraft: Equatable, Sendable {
    public var date: Day?
    public var comment: String

    public init(date: Day?, comment: String) {
        self.date = date
        self.comment = comment.trimmed
    }

    public var problems: FieldProblems {
        var problems: FieldProblems = [:]
        if date == nil { problems["reached_on"] = .missing }
        Check.required(comment, "reached_comment", limit: EffectGoalDraft.limit, into: &problems)
        return problems
    }
}

/// How long a project has been in its phase, in whole days.
public enum TimeInPhase {
    public static func days(since start: Date, now: Date) -> Int {
        max(0, Int(now.timeIntervalSince(start) / 86_400))
    }
}

/// A calendar day as a date field gives it, `yyyy-mm-dd`; stored as that text, so it sorts and compares the
/// same on every database.
public struct Day: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let iso: String

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 10, DateFormat.endOfDay(isoDate: trimmed) != nil else { return nil }
        iso = trimmed
    }

    /// The day `date` falls on in Stockholm.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = DateFormat.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func pad(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        iso = "\(pad(parts.year ?? 1970, 4))-\(pad(parts.month ?? 1, 2))-\(pad(parts.day ?? 1, 2))"
    }

    public var description: String { iso }

    /// "3 mars 2026" / "3 March 2026".
    public func formatted(_ language: Language) -> String {
        DateFormat.endOfDay(isoDate: iso).map { DateFormat.date($0, language: language) } ?? iso
    }

    /// Noon that day, for sorting days among moments.
    public var noon: Date { (DateFormat.endOfDay(isoDate: iso) ?? .distantPast).addingTimeInterval(-12 * 3600) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.iso < rhs.iso }
}
