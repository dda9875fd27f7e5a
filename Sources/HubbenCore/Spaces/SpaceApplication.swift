public import Foundation

/// A project's application for a space in a round, as the applicant and the coaches see it.
public struct SpaceApplication: Identifiable, Equatable, Sendable {
    public var id: Int
    public var roundID: Int
    public var projectID: Int
    public var projectTitle: String
    public var firstWeek: Day
    public var lastWeek: Day
    public var teamSize: Int
    public var needs: String
    public var wishedSpaceID: Int?
    public var status: SpaceApplicationStatus
    /// Where it was placed, once approved.
    public var spaceID: Int?
    /// Why it was declined.
    public var reason: String?

    public init(
        id: Int, roundID: Int, projectID: Int, projectTitle: String, firstWeek: Day, lastWeek: Day, teamSize: Int,
        needs: String, wishedSpaceID: Int?, status: SpaceApplicationStatus, spaceID: Int?, reason: String?
    ) {
        self.id = id
        self.roundID = roundID
        self.projectID = projectID
        self.projectTitle = projectTitle
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.teamSize = teamSize
        self.needs = needs
        self.wishedSpaceID = wishedSpaceID
        self.status = status
        self.spaceID = spaceID
        self.reason = reason
    }

    /// Its weeks as the round counts them.
    public func weeks(in round: SpaceRound) -> WeekSpan {
        WeekSpan(
            first: round.firstWeek.days(to: firstWeek.monday) / 7, last: round.firstWeek.days(to: lastWeek.monday) / 7)
    }

    /// The time it holds in its space: from the first week's Monday to the Monday after the last week.
    public var held: DateInterval {
        let start = firstWeek.monday.start
        return DateInterval(start: start, end: max(start, lastWeek.monday.adding(days: 7).start))
    }
}

/// A project's application as the form and the API give it.
public struct SpaceApplicationDraft: Equatable, Sendable {
    public var roundID: Int?
    public var projectID: Int?
    public var firstWeek: Day?
    public var lastWeek: Day?
    public var teamSize: Int?
    public var needs: String
    public var wishedSpaceID: Int?

    public static let needsLimit = 2000
    public static let largestTeam = 500

    public enum Field: String, DraftField {
        case round, project
        case firstWeek = "first_week"
        case lastWeek = "last_week"
        case teamSize = "team_size"
        case needs
        case wishedSpace = "wished_space"
    }

    public init(
        roundID: Int?, projectID: Int?, firstWeek: Day?, lastWeek: Day?, teamSize: Int?, needs: String,
        wishedSpaceID: Int?
    ) {
        self.roundID = roundID
        self.projectID = projectID
        self.firstWeek = firstWeek?.monday
        self.lastWeek = lastWeek?.monday
        self.teamSize = teamSize
        self.needs = needs.trimmingCharacters(in: .whitespacesAndNewlines)
        self.wishedSpaceID = wishedSpaceID
    }

    /// The problems the draft has in `round` (open for applications at `now`) with the hub's `spaces`.
    public func problems(round: SpaceRound?, spaces: [Space], now: Date) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if let round {
            if round.state(at: now) != .open { problems[.round] = .closed }
            for (field, week) in [(Field.firstWeek, firstWeek), (.lastWeek, lastWeek)] {
                guard let week else {
                    problems[field] = .missing
                    continue
                }
                if week < round.firstWeek || week > round.lastWeek { problems[field] = .invalid }
            }
            if let first = firstWeek, let last = lastWeek, last < first { problems[.lastWeek] = .invalid }
        } else {
            problems[.round] = .invalid
        }
        if projectID == nil { problems[.project] = .missing }
        if let teamSize {
            if !(1...Self.largestTeam).contains(teamSize) { problems[.teamSize] = .invalid }
        } else {
            problems[.teamSize] = .missing
        }
        FieldCheck.optional(needs, .needs, limit: Self.needsLimit, into: &problems)
        if let wished = wishedSpaceID, !spaces.contains(where: { $0.id == wished }) {
            problems[.wishedSpace] = .invalid
        }
        return problems
    }
}

/// A coach's answer to an application.
public enum SpaceDecision: Equatable, Sendable {
    case approve(spaceID: Int)
    case decline(reason: String)
}

/// Who may do what with the hub's spaces.
public enum SpaceAction: Equatable, Sendable {
    /// Applying for a project one is in the team of (or coaches it).
    case apply(ProjectRelation)
    /// Seeing every application of a round with the proposed placement, and deciding.
    case allocate
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: SpaceAction) -> Bool {
        guard actor.isSignedIn else { return false }
        switch action {
        case .apply(let relation): return relation.isTeam || actor.has(.coach)
        case .allocate: return actor.has(.coach) || actor.has(.admin)
        }
    }
}

extension SpaceAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}

/// How full each space is over a round: the share of its weeks that approved placements hold.
public enum SpaceUtilisation {
    public static func share(of spaceID: Int, in round: SpaceRound, approved: [SpaceApplication]) -> Double {
        let weeks = max(1, round.weekCount)
        var held = Set<Int>()
        for application in approved where application.spaceID == spaceID {
            let span = application.weeks(in: round)
            let first = max(0, span.first)
            let last = min(weeks - 1, span.last)
            guard first <= last else { continue }
            held.formUnion(first...last)
        }
        return Double(held.count) / Double(weeks)
    }
}

/// A space as the hub team's form gives it.
public struct SpaceDraft: Equatable, Sendable {
    public var kind: SpaceKind?
    public var name: String
    public var capacity: Int?
    public var equipment: [String]

    public enum Field: String, DraftField {
        case kind, name, capacity, equipment
    }

    public init(kind: SpaceKind?, name: String, capacity: Int?, equipment: [String]) {
        self.kind = kind
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.capacity = capacity
        self.equipment = equipment.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if kind == nil { problems[.kind] = .missing }
        FieldCheck.required(name, .name, limit: 120, into: &problems)
        if let capacity {
            if !(1...1000).contains(capacity) { problems[.capacity] = .invalid }
        } else {
            problems[.capacity] = .missing
        }
        if equipment.count > 30 || equipment.contains(where: { $0.count > 200 }) {
            problems[.equipment] = .tooLong(limit: 200)
        }
        return problems
    }
}

/// An application round as the hub team's form gives it: applications from the start of `opensOn` to the end
/// of `closesOn`, for the weeks from `firstWeek` to `lastWeek`, which begin after applications close.
public struct SpaceRoundDraft: Equatable, Sendable {
    public var name: String
    public var opensOn: Day?
    public var closesOn: Day?
    public var firstWeek: Day?
    public var lastWeek: Day?

    public static let longestWeeks = 104

    public enum Field: String, DraftField {
        case name
        case opensOn = "opens_on"
        case closesOn = "closes_on"
        case firstWeek = "first_week"
        case lastWeek = "last_week"
    }

    public init(name: String, opensOn: Day?, closesOn: Day?, firstWeek: Day?, lastWeek: Day?) {
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.firstWeek = firstWeek?.monday
        self.lastWeek = lastWeek?.monday
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(name, .name, limit: 120, into: &problems)
        for (field, day) in [
            (Field.opensOn, opensOn), (.closesOn, closesOn), (.firstWeek, firstWeek), (.lastWeek, lastWeek),
        ] {
            guard let day else {
                problems[field] = problems[field] ?? .missing
                continue
            }
            if !(2000...2200).contains(day.year) { problems[field] = .invalid }
        }
        if let opens = opensOn, let closes = closesOn, closes < opens { problems[.closesOn] = .invalid }
        if let closes = closesOn, let first = firstWeek, first <= closes { problems[.firstWeek] = .invalid }
        if let first = firstWeek, let last = lastWeek {
            if last < first || first.days(to: last) / 7 >= Self.longestWeeks { problems[.lastWeek] = .invalid }
        }
        return problems
    }
}
