public import Foundation

/// The hours a resource is open on one day, in minutes after that day's midnight in Stockholm. A `closes` at or
/// before `opens` closes after midnight (a hall open 18.00–02.00); 0–1,440 is the whole day.
public struct DailyHours: Hashable, Sendable {
    public var opens: Int
    public var closes: Int

    public init(opens: Int, closes: Int) {
        self.opens = opens
        self.closes = closes
    }

    public var crossesMidnight: Bool { closes <= opens }

    /// When it closes, in minutes after the opening day's midnight.
    public var closesAfterMidnightOfOpeningDay: Int { crossesMidnight ? closes + 1440 : closes }

    public var isValid: Bool { (0..<1440).contains(opens) && (0...1440).contains(closes) && opens != closes }
}

/// When a resource is open: hours per weekday (a weekday without hours is closed), and days that differ — a
/// closed holiday, changed hours.
public struct OpeningHours: Equatable, Sendable {
    public var weekly: [Weekday: DailyHours]
    /// A day's own hours; nil closes it.
    public var exceptions: [Day: DailyHours?]

    public init(weekly: [Weekday: DailyHours], exceptions: [Day: DailyHours?] = [:]) {
        self.weekly = weekly
        self.exceptions = exceptions
    }

    public func hours(on day: Day) -> DailyHours? {
        if let exception = exceptions[day] { return exception }
        return weekly[day.weekday]
    }

    /// The open periods, as moments, of the days from `first` to `last`, with a period that runs on into the
    /// next day's joined to it.
    public func periods(from first: Day, through last: Day) -> [DateInterval] {
        periods(from: first, through: last) { $0.at(minute: $1) }
    }

    /// The same, with the moments a day's clock shows from `moment` — a caller checking many resources over the
    /// same days remembers them, instead of asking the calendar anew for each.
    public func periods(from first: Day, through last: Day, moment: (Day, Int) -> Date) -> [DateInterval] {
        var periods: [DateInterval] = []
        var day = first.adding(days: -1)
        while day <= last {
            if let hours = hours(on: day) {
                let start = moment(day, hours.opens)
                let end = moment(day, hours.closesAfterMidnightOfOpeningDay)
                if end > start {
                    if let previous = periods.last, previous.end >= start {
                        periods[periods.count - 1] = DateInterval(start: previous.start, end: max(previous.end, end))
                    } else {
                        periods.append(DateInterval(start: start, end: end))
                    }
                }
            }
            day = day.adding(days: 1)
        }
        return periods
    }
}

/// Who may book a resource.
public enum BookingAudience: String, CaseIterable, Sendable, Codable {
    /// Everyone signed in.
    case signedIn = "signed_in"
    /// City staff (*stadens medarbetare*).
    case cityStaff = "city_staff"
    /// Members of an association (an organisation of kind association); city staff too.
    case associations
}

/// A resource's booking rules. Lengths are in minutes; nil means no such rule.
public struct BookingRules: Equatable, Sendable {
    public var openingHours: OpeningHours
    /// Bookings start and end on this grid, counted from midnight: 30 starts every half hour.
    public var slotMinutes: Int
    public var minimumMinutes: Int
    public var maximumMinutes: Int
    /// At least this long before the start.
    public var minimumNoticeMinutes: Int
    /// At most this many days ahead (the start's day in Stockholm).
    public var maximumDaysAhead: Int
    /// Cleaning or set-up before and after, which another booking may not take.
    public var bufferBeforeMinutes: Int
    public var bufferAfterMinutes: Int
    /// Active (not ended, not cancelled or denied) bookings one person may hold on the resource at once.
    public var maximumActivePerPerson: Int?
    /// The booker may cancel until this long before the start; nil: until it has ended.
    public var cancellationCutoffMinutes: Int?
    public var audience: BookingAudience
    public var needsApproval: Bool

    public static let slotChoices = [15, 30, 60, 120]
    public static let longestBookingMinutes = 14 * 1440
    public static let longestNoticeMinutes = 365 * 1440
    public static let furthestDaysAhead = 730
    public static let longestBufferMinutes = 24 * 60

    public init(
        openingHours: OpeningHours, slotMinutes: Int = 30, minimumMinutes: Int = 30, maximumMinutes: Int = 240,
        minimumNoticeMinutes: Int = 0, maximumDaysAhead: Int = 90, bufferBeforeMinutes: Int = 0,
        bufferAfterMinutes: Int = 0, maximumActivePerPerson: Int? = nil, cancellationCutoffMinutes: Int? = nil,
        audience: BookingAudience = .signedIn, needsApproval: Bool = false
    ) {
        self.openingHours = openingHours
        self.slotMinutes = slotMinutes
        self.minimumMinutes = minimumMinutes
        self.maximumMinutes = maximumMinutes
        self.minimumNoticeMinutes = minimumNoticeMinutes
        self.maximumDaysAhead = maximumDaysAhead
        self.bufferBeforeMinutes = bufferBeforeMinutes
        self.bufferAfterMinutes = bufferAfterMinutes
        self.maximumActivePerPerson = maximumActivePerPerson
        self.cancellationCutoffMinutes = cancellationCutoffMinutes
        self.audience = audience
        self.needsApproval = needsApproval
    }

    /// The time a booking from `start` to `end` keeps from others: its buffers included.
    public func heldTime(start: Date, end: Date) -> DateInterval {
        DateInterval(
            start: start.addingTimeInterval(-Double(bufferBeforeMinutes) * 60),
            end: max(start, end).addingTimeInterval(Double(bufferAfterMinutes) * 60))
    }

    /// Whether the booker may still cancel a booking that starts at `start` and ends at `end`.
    public func bookerMayCancel(start: Date, end: Date, now: Date) -> Bool {
        guard let cutoff = cancellationCutoffMinutes else { return now < end }
        return now <= start.addingTimeInterval(-Double(cutoff) * 60)
    }
}

/// Who asks for a booking, as the rules need to know them.
public struct Booker: Equatable, Sendable {
    public var isSignedIn: Bool
    public var isCityStaff: Bool
    public var isInAssociation: Bool
    /// Their active bookings on this resource now, before this one.
    public var activeBookings: Int

    public init(isSignedIn: Bool, isCityStaff: Bool, isInAssociation: Bool, activeBookings: Int) {
        self.isSignedIn = isSignedIn
        self.isCityStaff = isCityStaff
        self.isInAssociation = isInAssociation
        self.activeBookings = activeBookings
    }
}

/// A rule a booking breaks, named so that the refusal can say which ("Lokalen kan bokas högst 60 dagar i
/// förväg").
public enum BookingRuleViolation: Hashable, Sendable {
    case endsBeforeStart
    case startsInThePast
    case closed(Day)
    case outsideOpeningHours(Day, DailyHours)
    case offGrid(slotMinutes: Int)
    case tooShort(minimumMinutes: Int)
    case tooLong(maximumMinutes: Int)
    case tooSoon(minimumNoticeMinutes: Int)
    case tooFarAhead(maximumDaysAhead: Int)
    case tooManyActive(maximum: Int)
    case notForYou(BookingAudience)
    case tooManyPeople(capacity: Int)
    case noPeople

    /// The rule's name in the API (`422 booking_rule`, `rule`).
    public var rule: String {
        switch self {
        case .endsBeforeStart: "end_after_start"
        case .startsInThePast: "not_in_the_past"
        case .closed, .outsideOpeningHours: "opening_hours"
        case .offGrid: "slot_grid"
        case .tooShort: "minimum_length"
        case .tooLong: "maximum_length"
        case .tooSoon: "minimum_notice"
        case .tooFarAhead: "maximum_days_ahead"
        case .tooManyActive: "maximum_active_per_person"
        case .notForYou: "who_may_book"
        case .tooManyPeople: "capacity"
        case .noPeople: "people"
        }
    }

    /// The field of the booking form it belongs at.
    public var field: BookingDraft.Field {
        switch self {
        case .endsBeforeStart, .tooShort, .tooLong: .end
        case .tooManyPeople, .noPeople: .people
        case .notForYou, .tooManyActive: .resource
        case .startsInThePast, .closed, .outsideOpeningHours, .offGrid, .tooSoon, .tooFarAhead: .start
        }
    }
}

extension BookingRules {
    /// Every rule a booking from `start` to `end` for `people` breaks, the ones about who asks first.
    public func violations(
        start: Date, end: Date, people: Int, capacity: Int, booker: Booker, now: Date
    ) -> [BookingRuleViolation] {
        var found: [BookingRuleViolation] = []
        switch audience {
        case .signedIn: break
        case .cityStaff: if !booker.isCityStaff { found.append(.notForYou(audience)) }
        case .associations: if !booker.isCityStaff && !booker.isInAssociation { found.append(.notForYou(audience)) }
        }
        if let maximum = maximumActivePerPerson, booker.activeBookings >= maximum {
            found.append(.tooManyActive(maximum: maximum))
        }
        if people < 1 {
            found.append(.noPeople)
        } else if people > capacity {
            found.append(.tooManyPeople(capacity: capacity))
        }
        guard end > start else { return found + [.endsBeforeStart] }
        found += timeViolations(start: start, end: end, now: now)
        return found
    }

    /// What the rules say about the time alone, for a block by the owner as well (which only needs it to be a
    /// time: `end > start`).
    func timeViolations(start: Date, end: Date, now: Date) -> [BookingRuleViolation] {
        var found: [BookingRuleViolation] = []
        let minutes = Int((end.timeIntervalSince(start) / 60).rounded())
        if start < now {
            found.append(.startsInThePast)
        } else if start < now.addingTimeInterval(Double(minimumNoticeMinutes) * 60) {
            found.append(.tooSoon(minimumNoticeMinutes: minimumNoticeMinutes))
        } else if Day(now).days(to: Day(start)) > maximumDaysAhead {
            found.append(.tooFarAhead(maximumDaysAhead: maximumDaysAhead))
        }
        if minutes < minimumMinutes { found.append(.tooShort(minimumMinutes: minimumMinutes)) }
        if minutes > maximumMinutes { found.append(.tooLong(maximumMinutes: maximumMinutes)) }
        let startDay = Day(start)
        if slotMinutes > 0,
            startDay.minute(of: start) % slotMinutes != 0 || Day(end).minute(of: end) % slotMinutes != 0
                || start.timeIntervalSince1970.truncatingRemainder(dividingBy: 60) != 0
                || end.timeIntervalSince1970.truncatingRemainder(dividingBy: 60) != 0
        {
            found.append(.offGrid(slotMinutes: slotMinutes))
        }
        // A booking longer than the longest allowed is refused for that; its opening hours are not worth
        // computing day by day.
        guard minutes <= Self.longestBookingMinutes else { return found }
        let periods = openingHours.periods(from: startDay, through: Day(end))
        if !periods.contains(where: { $0.start <= start && end <= $0.end }) {
            let hours = openingHours.hours(on: startDay)
            // A start after midnight inside the evening before's hours belongs to that evening.
            let evening = startDay.adding(days: -1)
            if let late = openingHours.hours(on: evening), late.crossesMidnight,
                startDay.minute(of: start) < late.closes
            {
                found.append(.outsideOpeningHours(evening, late))
            } else if let hours {
                found.append(.outsideOpeningHours(startDay, hours))
            } else {
                found.append(.closed(startDay))
            }
        }
        return found
    }

    /// Every problem the rules have by themselves, for the owner's form.
    public func problems() -> FieldProblems<ResourceDraft.Field> {
        var problems: FieldProblems<ResourceDraft.Field> = [:]
        if openingHours.weekly.values.contains(where: { !$0.isValid }) { problems[.openingHours] = .invalid }
        if openingHours.exceptions.values.contains(where: { $0.map { !$0.isValid } ?? false }) {
            problems[.exceptions] = .invalid
        }
        if !Self.slotChoices.contains(slotMinutes) { problems[.slotMinutes] = .invalid }
        if minimumMinutes < 1 || minimumMinutes > Self.longestBookingMinutes
            || (slotMinutes > 0 && minimumMinutes % slotMinutes != 0)
        {
            problems[.minimumMinutes] = .invalid
        }
        if maximumMinutes < minimumMinutes || maximumMinutes > Self.longestBookingMinutes {
            problems[.maximumMinutes] = .invalid
        }
        if !(0...Self.longestNoticeMinutes).contains(minimumNoticeMinutes) {
            problems[.minimumNoticeMinutes] = .invalid
        }
        if !(1...Self.furthestDaysAhead).contains(maximumDaysAhead) { problems[.maximumDaysAhead] = .invalid }
        if !(0...Self.longestBufferMinutes).contains(bufferBeforeMinutes) { problems[.bufferBeforeMinutes] = .invalid }
        if !(0...Self.longestBufferMinutes).contains(bufferAfterMinutes) { problems[.bufferAfterMinutes] = .invalid }
        if let maximum = maximumActivePerPerson, !(1...1000).contains(maximum) {
            problems[.maximumActivePerPerson] = .invalid
        }
        if let cutoff = cancellationCutoffMinutes, !(0...Self.longestNoticeMinutes).contains(cutoff) {
            problems[.cancellationCutoffMinutes] = .invalid
        }
        return problems
    }
}
