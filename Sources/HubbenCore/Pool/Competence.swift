import Foundation

/// The hub's roles: the competencies the accelerator's critical mass is made of.
public enum CompetencyRole: String, CaseIterable, Sendable, Codable {
    case innovationCoach = "innovation_coach"
    case serviceDesigner = "service_designer"
    case requirementsSpecialist = "requirements_specialist"
    case businessDeveloper = "business_developer"
    case itArchitect = "it_architect"
    case programmer
    case projectManager = "project_manager"
    case dataAnalyst = "data_analyst"
}

/// A competency: one of the hub's roles, or a free skill in the person's own words ("GIS", "Juridik").
public struct Competency: Hashable, Sendable {
    public let role: CompetencyRole?
    /// The free skill; empty for a role.
    public let skill: String

    public static let skillLimit = 80

    public init(_ role: CompetencyRole) {
        self.role = role
        skill = ""
    }

    /// A free skill; nil when empty or longer than `skillLimit`.
    public init?(skill: String) {
        let trimmed = skill.trimmed
        guard !trimmed.isEmpty, trimmed.count <= Self.skillLimit else { return nil }
        role = nil
        self.skill = trimmed
    }

    /// A role by its value, or else a free skill by its words: how the API's `competency` reads.
    public init?(parsing text: String) {
        if let role = CompetencyRole(rawValue: text) { self.init(role) } else { self.init(skill: text) }
    }

    /// What is stored in a `competency` column: the role's value, or `skill` with the words beside it.
    public var column: String { role?.rawValue ?? Self.skillColumn }
    public static let skillColumn = "skill"

    /// Two free skills are the same competency whatever their case.
    public var matchKey: String { role?.rawValue ?? "skill:" + skill.lowercased() }

    public static func == (lhs: Competency, rhs: Competency) -> Bool { lhs.matchKey == rhs.matchKey }
    public func hash(into hasher: inout Hasher) { hasher.combine(matchKey) }

    /// From the stored columns.
    public static func stored(_ column: String, skill: String) -> Competency? {
        column == skillColumn ? Competency(skill: skill) : CompetencyRole(rawValue: column).map(Competency.init)
    }
}

/// How deep a competency goes: 1 grounding, 2 practised, 3 advanced, 4 expert.
public enum CompetencyLevel {
    public static let range = 1...4
}

/// A period a value holds, from one day through another, both included. Periods people plan with are bounded:
/// between 2000 and 2100, and at most `maxDays` long.
public struct Period: Equatable, Hashable, Sendable {
    public let from: Day
    public let through: Day

    public static let maxDays = 3 * 366

    public init?(from: Day, through: Day) {
        guard from <= through, Self.years.contains(from.year), Self.years.contains(through.year),
            from.days(to: through) <= Self.maxDays
        else { return nil }
        self.from = from
        self.through = through
    }

    static let years = 2000...2100

    public func overlaps(_ other: Period) -> Bool { from <= other.through && other.from <= through }

    public var days: Int { from.days(to: through) + 1 }

    /// The Mondays of every week the period touches, in order.
    public var weeks: [Day] {
        var mondays: [Day] = []
        var monday = from.monday
        while monday <= through {
            mondays.append(monday)
            monday = monday.adding(days: 7)
        }
        return mondays
    }
}

extension Day {
    /// The ISO 8601 week (Monday first; week 1 holds the year's first Thursday) and the year it belongs to.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = monday.adding(days: 3)
        guard let newYear = Day(year: thursday.year, month: 1, day: 1) else { return (year, 1) }
        return (thursday.year, newYear.days(to: thursday) / 7 + 1)
    }
}

/// One share of a person's time: what they said they have free (availability) or what a project has of them
/// (an assignment), in percent of full time over a period.
public struct Allocation: Equatable, Sendable {
    public var period: Period
    public var percent: Int

    public init(_ period: Period, percent: Int) {
        self.period = period
        self.percent = percent
    }
}

/// A person's weeks: what they have free and what is assigned to them, week by week.
public struct WeekLoad: Equatable, Sendable {
    public var monday: Day
    /// Percent of full time the person said they have for the hub this week (the highest stated period).
    public var available: Int
    /// Percent of full time assigned, summed over every assignment touching the week.
    public var assigned: Int

    public var free: Int { max(0, available - assigned) }
    /// More than full time.
    public var isOver: Bool { assigned > 100 }

    public static func weeks(_ weeks: [Day], availability: [Allocation], assignments: [Allocation]) -> [WeekLoad] {
        // Loops rather than filters: a staffing page ranks a few hundred people over a dozen weeks per need.
        weeks.map { monday in
            let sunday = monday.adding(days: 6)
            var available = 0
            for allocation in availability
            where allocation.period.from <= sunday && monday <= allocation.period.through {
                available = max(available, allocation.percent)
            }
            var assigned = 0
            for allocation in assignments
            where allocation.period.from <= sunday && monday <= allocation.period.through {
                assigned += allocation.percent
            }
            return WeekLoad(monday: monday, available: available, assigned: assigned)
        }
    }
}

/// What a project needs in a phase: a competency at a level, a share of full time, over a period.
public struct StaffingNeedDraft: Equatable, Sendable {
    public var phase: ProjectPhase?
    public var competency: Competency?
    public var level: Int?
    public var percent: Int?
    public var startsOn: Day?
    public var endsOn: Day?

    public enum Field: String, DraftField {
        case phase, competency, level, percent
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    public init(
        phase: ProjectPhase?, competency: Competency?, level: Int?, percent: Int?, startsOn: Day?, endsOn: Day?
    ) {
        self.phase = phase
        self.competency = competency
        self.level = level
        self.percent = percent
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    public var period: Period? { startsOn.flatMap { from in endsOn.flatMap { Period(from: from, through: $0) } } }

    public var problems: FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if phase == nil || phase == .decision { problems[.phase] = .missing }
        if competency == nil { problems[.competency] = .missing }
        if let level {
            if !CompetencyLevel.range.contains(level) { problems[.level] = .invalid }
        } else {
            problems[.level] = .missing
        }
        if let percent {
            if !(1...100).contains(percent) { problems[.percent] = .invalid }
        } else {
            problems[.percent] = .missing
        }
        if startsOn == nil { problems[.startsOn] = .missing }
        if endsOn == nil { problems[.endsOn] = .missing }
        if startsOn != nil, endsOn != nil, period == nil { problems[.endsOn] = .invalid }
        return problems
    }
}

/// A competency someone has, at a level, valid from and until a day when given.
public struct CompetencyEntry: Equatable, Sendable {
    public var competency: Competency
    public var level: Int
    public var validFrom: Day?
    public var validUntil: Day?

    public init(competency: Competency, level: Int, validFrom: Day? = nil, validUntil: Day? = nil) {
        self.competency = competency
        self.level = level
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    public func isValid(on day: Day) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && (validUntil.map { day <= $0 } ?? true)
    }
}

/// A person's own competencies and availability, as they save them all at once.
public struct CompetenceProfileDraft: Equatable, Sendable {
    public var competencies: [CompetencyEntry]
    public var availability: [Allocation]

    public static let competencyLimit = 30
    public static let availabilityLimit = 60

    public init(competencies: [CompetencyEntry], availability: [Allocation]) {
        self.competencies = competencies
        self.availability = availability
    }

    public enum Problem: Equatable, Sendable {
        case tooMany
        case level(index: Int)
        case validity(index: Int)
        case duplicate(index: Int)
        case percent(index: Int)
    }

    public var problems: [Problem] {
        var problems: [Problem] = []
        if competencies.count > Self.competencyLimit || availability.count > Self.availabilityLimit {
            problems.append(.tooMany)
        }
        var seen = Set<Competency>()
        for (index, entry) in competencies.enumerated() {
            if !CompetencyLevel.range.contains(entry.level) { problems.append(.level(index: index)) }
            if let from = entry.validFrom, let until = entry.validUntil, until < from {
                problems.append(.validity(index: index))
            }
            if !seen.insert(entry.competency).inserted { problems.append(.duplicate(index: index)) }
        }
        for (index, period) in availability.enumerated() where !(0...100).contains(period.percent) {
            problems.append(.percent(index: index))
        }
        return problems
    }
}

/// Someone who could fill a need: their level in its competency, what they have free and assigned over the
/// need's period, and whether they already work in the project.
public struct StaffingCandidate: Equatable, Sendable {
    public var accountID: Int
    public var name: String
    public var level: Int
    public var availability: [Allocation]
    public var assignments: [Allocation]
    public var inProject: Bool

    public init(
        accountID: Int, name: String, level: Int, availability: [Allocation], assignments: [Allocation],
        inProject: Bool
    ) {
        self.accountID = accountID
        self.name = name
        self.level = level
        self.availability = availability
        self.assignments = assignments
        self.inProject = inProject
    }
}

/// A candidate ranked for a need, with what the ranking saw.
public struct StaffingSuggestion: Equatable, Sendable {
    public var candidate: StaffingCandidate
    /// 1 at or above the level asked for, 0.5 one level below.
    public var fit: Double
    /// The least the person has free in any week of the need's period, in percent of full time.
    public var free: Int
    public var score: Double

    public var meetsLevel: Bool { fit >= 1 }
}

/// Ranks people for a need by fit (competency and level), free capacity over the period, and continuity
/// (already in the project): a score of 50 % fit, 35 % capacity (free time up to what the need asks) and 15 %
/// continuity. People two or more levels below the need are left out. Ties go to more free time, a higher
/// level, then the name.
public enum StaffingRanking {
    public static func rank(_ candidates: [StaffingCandidate], level: Int, percent: Int, period: Period)
        -> [StaffingSuggestion]
    {
        let weeks = period.weeks
        let wanted = Double(max(1, percent))
        return candidates.compactMap { candidate -> StaffingSuggestion? in
            let fit: Double = candidate.level >= level ? 1 : (candidate.level == level - 1 ? 0.5 : 0)
            guard fit > 0 else { return nil }
            let loads = WeekLoad.weeks(weeks, availability: candidate.availability, assignments: candidate.assignments)
            let free = loads.map(\.free).min() ?? 0
            let capacity = min(Double(free), wanted) / wanted
            let score = 0.5 * fit + 0.35 * capacity + 0.15 * (candidate.inProject ? 1 : 0)
            return StaffingSuggestion(candidate: candidate, fit: fit, free: free, score: score)
        }
        .sorted { left, right in
            if left.score != right.score { return left.score > right.score }
            if left.free != right.free { return left.free > right.free }
            if left.candidate.level != right.candidate.level { return left.candidate.level > right.candidate.level }
            if left.candidate.name != right.candidate.name { return left.candidate.name < right.candidate.name }
            return left.candidate.accountID < right.candidate.accountID
        }
    }
}

/// Partner staff's time on a project counts as the partner's contribution in kind: the share of a 40-hour
/// week, for every week of the period (its days over seven).
public enum InKindHours {
    public static let fullTimeHoursPerWeek = 40

    public static func minutes(percent: Int, period: Period) -> Int {
        let perWeek = Double(fullTimeHoursPerWeek * 60 * min(max(percent, 0), 100)) / 100
        return Int((perWeek * Double(period.days) / 7).rounded())
    }
}

/// Who may see and do what in the competence pool. Competencies and availability are internal: the person,
/// the hub team, and the coordinators of the person's organisation.
public enum PoolAction: Equatable, Sendable {
    /// Keep one's own competencies and availability (people who work at or with the hub).
    case editOwn
    /// See everyone's competencies, availability and loads: the hub team.
    case seeAll
    /// See one person: themselves, the hub team, or a coordinator of their organisation.
    case seePerson(isSelf: Bool, coordinatesTheirOrganization: Bool)
    /// State a project's staffing needs, see suggestions and assign people: the hub team.
    case staff
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: PoolAction) -> Bool {
        guard actor.isSignedIn else { return false }
        switch action {
        case .editOwn: return [.staff, .coach, .partner, .admin].contains { actor.has($0) }
        case .seeAll, .staff: return actor.has(.coach)
        case .seePerson(let isSelf, let coordinates): return isSelf || coordinates || actor.has(.coach)
        }
    }
}

extension PoolAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
