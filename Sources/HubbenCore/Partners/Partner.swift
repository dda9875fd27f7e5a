public import Foundation

/// What a partner organisation tells the public about itself, besides its name and description: the areas it
/// works in and the role to contact (a role, never a person's address).
public struct PartnerProfile: Equatable, Sendable {
    public var organization: Organization
    public var focusAreas: [String]
    public var contactRole: String

    public init(organization: Organization, focusAreas: [String], contactRole: String) {
        self.organization = organization
        self.focusAreas = focusAreas
        self.contactRole = contactRole
    }
}

/// A partner's profile as its form gives it.
public struct PartnerProfileDraft: Equatable, Sendable {
    public var description: String
    public var focusAreas: [String]
    public var contactRole: String

    public enum Field: String, DraftField {
        case description
        case focusAreas = "focus_areas"
        case contactRole = "contact_role"
    }

    public init(description: String, focusAreas: [String], contactRole: String) {
        self.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        self.focusAreas = FocusAreas.clean(focusAreas)
        self.contactRole = contactRole.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.optional(description, .description, limit: 4000, into: &problems)
        if let problem = FocusAreas.problem(focusAreas) { problems[.focusAreas] = problem }
        FieldCheck.optional(contactRole, .contactRole, limit: 200, into: &problems)
        if contactRole.contains("@") { problems[.contactRole] = .invalid }
        return problems
    }
}

/// Focus areas: short phrases, one per line in forms.
public enum FocusAreas {
    public static let limit = 20
    public static let phraseLimit = 80

    public static func clean(_ areas: [String]) -> [String] {
        var seen = Set<String>()
        return areas.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
            !$0.isEmpty && seen.insert($0.lowercased()).inserted
        }
    }

    static func problem(_ areas: [String]) -> FieldProblem? {
        areas.count > limit || areas.contains(where: { $0.count > phraseLimit }) ? .tooLong(limit: phraseLimit) : nil
    }
}

public enum AgreementStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case active
    case ended
}

/// A partner's agreement with the hub for a period: what it co-finances and the staff time it lends each year.
public struct PartnerAgreement: Identifiable, Equatable, Sendable {
    public var id: Int
    public var organizationID: Int
    public var startsOn: Day
    /// The last day the agreement covers.
    public var endsOn: Day
    public var status: AgreementStatus
    /// Co-financing in whole kronor per year.
    public var cashPerYear: Int
    public var hoursPerYear: Int
    public var focusAreas: [String]
    public var note: String

    public init(
        id: Int, organizationID: Int, startsOn: Day, endsOn: Day, status: AgreementStatus, cashPerYear: Int,
        hoursPerYear: Int, focusAreas: [String], note: String
    ) {
        self.id = id
        self.organizationID = organizationID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.status = status
        self.cashPerYear = cashPerYear
        self.hoursPerYear = hoursPerYear
        self.focusAreas = focusAreas
        self.note = note
    }

    /// The co-financing agreed for the whole period, in kronor.
    public var agreedCash: Int { Self.overPeriod(cashPerYear, from: startsOn, through: endsOn) }
    /// The staff time agreed for the whole period, in minutes (contributions count minutes).
    public var agreedMinutes: Int { Self.overPeriod(hoursPerYear, from: startsOn, through: endsOn) * 60 }

    public func covers(_ day: Day) -> Bool { startsOn <= day && day <= endsOn }

    /// A yearly figure over `from`…`through`: each whole calendar year of the period counts once (a leap year
    /// too), and what is left counts its share of 365 days, rounded to a whole unit.
    public static func overPeriod(_ perYear: Int, from: Day, through: Day) -> Int {
        guard through >= from else { return 0 }
        let end = through.adding(days: 1)
        func yearsOn(_ count: Int) -> Day? {
            DateFormat.calendar.date(byAdding: .year, value: count, to: from.noon).map(Day.init)
        }
        var years = 0
        while years < 1000, let next = yearsOn(years + 1), next <= end { years += 1 }
        let yearStart = yearsOn(years) ?? from
        let rest = yearStart.days(to: end)
        let (whole, overflow) = perYear.multipliedReportingOverflow(by: years)
        guard !overflow else { return Int.max }
        return whole + Int((Double(perYear) * Double(rest) / 365).rounded())
    }
}

/// An agreement as the hub team's form gives it.
public struct AgreementDraft: Equatable, Sendable {
    public var startsOn: Day?
    public var endsOn: Day?
    public var status: AgreementStatus?
    public var cashPerYear: Int?
    public var hoursPerYear: Int?
    public var focusAreas: [String]
    public var note: String

    public enum Field: String, DraftField {
        case startsOn = "starts_on"
        case endsOn = "ends_on"
        case status
        case cashPerYear = "cash_per_year"
        case hoursPerYear = "hours_per_year"
        case focusAreas = "focus_areas"
        case note
    }

    /// Co-financing above a billion kronor a year is a typing error.
    public static let cashLimit = 1_000_000_000
    /// More staff time than a hundred people's full years is a typing error.
    public static let hoursLimit = 200_000
    /// The longest agreement: ten years.
    public static let longestDays = 3653

    public init(
        startsOn: Day?, endsOn: Day?, status: AgreementStatus?, cashPerYear: Int?, hoursPerYear: Int?,
        focusAreas: [String], note: String
    ) {
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.status = status
        self.cashPerYear = cashPerYear
        self.hoursPerYear = hoursPerYear
        self.focusAreas = FocusAreas.clean(focusAreas)
        self.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if startsOn == nil { problems[.startsOn] = .missing }
        if let startsOn, let endsOn {
            if endsOn < startsOn || startsOn.days(to: endsOn) > Self.longestDays { problems[.endsOn] = .invalid }
        } else if endsOn == nil {
            problems[.endsOn] = .missing
        }
        if status == nil { problems[.status] = .missing }
        if let cashPerYear {
            if !(0...Self.cashLimit).contains(cashPerYear) { problems[.cashPerYear] = .invalid }
        } else {
            problems[.cashPerYear] = .missing
        }
        if let hoursPerYear {
            if !(0...Self.hoursLimit).contains(hoursPerYear) { problems[.hoursPerYear] = .invalid }
        } else {
            problems[.hoursPerYear] = .missing
        }
        if let problem = FocusAreas.problem(focusAreas) { problems[.focusAreas] = problem }
        FieldCheck.optional(note, .note, limit: 4000, into: &problems)
        return problems
    }
}

public enum ContributionKind: String, CaseIterable, Sendable, Codable {
    /// Co-financing paid, in kronor.
    case cash
    /// Staff time lent, in minutes.
    case hours
}

/// One partner's contribution to one project: money paid on a day, or hours someone of its staff worked.
public struct Contribution: Identifiable, Equatable, Sendable {
    public var id: Int
    public var projectID: Int
    public var organizationID: Int
    public var kind: ContributionKind
    /// Kronor for cash, minutes for hours.
    public var amount: Int
    public var day: Day
    public var what: String
    /// Who logged it (for hours, who worked them); nil once that person's account is gone.
    public var loggedByID: Int?

    public init(
        id: Int, projectID: Int, organizationID: Int, kind: ContributionKind, amount: Int, day: Day, what: String,
        loggedByID: Int?
    ) {
        self.id = id
        self.projectID = projectID
        self.organizationID = organizationID
        self.kind = kind
        self.amount = amount
        self.day = day
        self.what = what
        self.loggedByID = loggedByID
    }
}

/// What a partner contributed: kronor paid and minutes worked.
public struct ContributionTotals: Equatable, Sendable {
    public var cash: Int
    public var minutes: Int

    public static let zero = ContributionTotals(cash: 0, minutes: 0)

    public init(cash: Int, minutes: Int) {
        self.cash = cash
        self.minutes = minutes
    }

    public static func + (lhs: ContributionTotals, rhs: ContributionTotals) -> ContributionTotals {
        ContributionTotals(cash: lhs.cash &+ rhs.cash, minutes: lhs.minutes &+ rhs.minutes)
    }

    /// Hours worked as a number with at most two decimals.
    public var hours: Double { (Double(minutes) / 60 * 100).rounded() / 100 }
}

/// A contribution as its form gives it: kronor for cash, whole minutes for hours.
public struct ContributionDraft: Equatable, Sendable {
    public var organizationID: Int?
    public var kind: ContributionKind?
    public var amount: Int?
    public var day: Day?
    public var what: String

    public enum Field: String, DraftField {
        case organization
        case kind
        case amount
        case day
        case what
    }

    /// One payment above a hundred million kronor is a typing error.
    public static let cashLimit = 100_000_000
    /// One row covers at most a thousand hours (a few people's quarter).
    public static let minutesLimit = 1000 * 60

    public init(organizationID: Int?, kind: ContributionKind?, amount: Int?, day: Day?, what: String) {
        self.organizationID = organizationID
        self.kind = kind
        self.amount = amount
        self.day = day
        self.what = what.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A contribution has happened: its day is `today` at the latest.
    public func problems(today: Day) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if organizationID == nil { problems[.organization] = .missing }
        if kind == nil { problems[.kind] = .missing }
        if let amount {
            let limit = kind == .hours ? Self.minutesLimit : Self.cashLimit
            if !(1...limit).contains(amount) { problems[.amount] = .invalid }
        } else {
            problems[.amount] = .missing
        }
        if let day {
            if day > today || day.year < 2000 { problems[.day] = .invalid }
        } else {
            problems[.day] = .missing
        }
        FieldCheck.optional(what, .what, limit: 500, into: &problems)
        if kind == .hours, what.isEmpty { problems[.what] = .missing }
        return problems
    }
}

/// What partners and the hub team may do. `member` says whether the person works for the partner organisation
/// in question (a membership of it).
public enum PartnerAction: Equatable, Sendable {
    /// Agreements, every partner's contributions, and every profile: the hub team (coaches and admins).
    case manage
    /// Seeing one partner's agreements and contribution rows.
    case seeOwn(member: Bool)
    /// Logging a contribution for one partner.
    case contribute(member: Bool)
    /// Changing one partner's public profile.
    case editProfile(member: Bool)
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: PartnerAction) -> Bool {
        guard actor.isSignedIn else { return false }
        switch action {
        case .manage: return actor.has(.coach)
        case .seeOwn(let member), .contribute(let member), .editProfile(let member):
            return member || actor.has(.coach)
        }
    }
}

extension PartnerAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
