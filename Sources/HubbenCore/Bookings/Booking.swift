public import Foundation

/// Where a booking is. `requested`, `confirmed` and `blocked` hold the time (the database refuses two of them
/// that overlap on one resource); `denied` and `cancelled` give it back.
public enum BookingStatus: String, CaseIterable, Sendable, Codable {
    case requested
    case confirmed
    case denied
    case cancelled
    /// The owner's own use or maintenance.
    case blocked

    public static let holding: [BookingStatus] = [.requested, .confirmed, .blocked]

    public var holdsTime: Bool { Self.holding.contains(self) }
}

/// A booking of a resource, as its booker and the resource's owner see it. Nobody else sees who booked.
public struct Booking: Identifiable, Equatable, Sendable {
    public var id: Int
    public var resourceID: Int
    public var resourceName: String
    public var bookerID: Int?
    public var start: Date
    public var end: Date
    public var purpose: String
    public var people: Int
    public var status: BookingStatus
    /// Why it was denied, cancelled by the owner, or blocked.
    public var reason: String?
    public var seriesID: Int?
    public var createdAt: Date

    public init(
        id: Int, resourceID: Int, resourceName: String, bookerID: Int?, start: Date, end: Date, purpose: String,
        people: Int, status: BookingStatus, reason: String?, seriesID: Int?, createdAt: Date
    ) {
        self.id = id
        self.resourceID = resourceID
        self.resourceName = resourceName
        self.bookerID = bookerID
        self.start = start
        self.end = end
        self.purpose = purpose
        self.people = people
        self.status = status
        self.reason = reason
        self.seriesID = seriesID
        self.createdAt = createdAt
    }
}

/// A time taken on a resource as anyone may see it: when, not who or why.
public struct BusyTime: Equatable, Sendable {
    public var start: Date
    public var end: Date
    public var status: BookingStatus

    public init(start: Date, end: Date, status: BookingStatus) {
        self.start = start
        self.end = end
        self.status = status
    }
}

/// A booking as the form and the API ask for it.
public struct BookingDraft: Equatable, Sendable {
    public var resourceID: Int?
    public var start: Date?
    public var end: Date?
    public var purpose: String
    public var people: Int?
    /// The last day of a weekly series; nil books once.
    public var repeatWeeklyUntil: Day?

    public static let purposeLimit = 500
    /// A weekly series covers at most two years.
    public static let longestSeriesWeeks = 104
    /// Moments outside these years are no booking anybody means.
    public static let years = 2000...2200

    public enum Field: String, DraftField {
        case resource, start, end, purpose, people
        case repeatWeeklyUntil = "repeat_weekly_until"
    }

    public init(
        resourceID: Int?, start: Date?, end: Date?, purpose: String, people: Int?, repeatWeeklyUntil: Day? = nil
    ) {
        self.resourceID = resourceID
        self.start = start
        self.end = end
        self.purpose = purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        self.people = people
        self.repeatWeeklyUntil = repeatWeeklyUntil
    }

    /// The problems the draft has before any rule of the resource is asked.
    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if resourceID == nil { problems[.resource] = .missing }
        for (field, moment) in [(Field.start, start), (.end, end)] {
            if let moment {
                if !Self.years.contains(Day(moment).year) { problems[field] = .invalid }
            } else {
                problems[field] = .missing
            }
        }
        FieldCheck.required(purpose, .purpose, limit: Self.purposeLimit, into: &problems)
        if people == nil { problems[.people] = .missing }
        if let until = repeatWeeklyUntil, let start, problems[.start] == nil {
            let weeks = Day(start).days(to: until)
            if weeks < 0 { problems[.repeatWeeklyUntil] = .invalid }
            if weeks > Self.longestSeriesWeeks * 7 {
                problems[.repeatWeeklyUntil] = .tooLong(limit: Self.longestSeriesWeeks)
            }
        }
        return problems
    }

    /// Each week's time of the booking: the same clock times in Stockholm every week up to and including
    /// `repeatWeeklyUntil` (18–20 stays 18–20 across the change to summer time), or the one time.
    public func occurrences() -> [DateInterval] {
        guard let start, let end, end > start else { return [] }
        guard let until = repeatWeeklyUntil else { return [DateInterval(start: start, end: end)] }
        let firstDay = Day(start)
        let startMinute = firstDay.minute(of: start)
        let endMinute = firstDay.minute(of: end)
        var times: [DateInterval] = []
        var day = firstDay
        while day <= until, times.count <= Self.longestSeriesWeeks {
            let from = day.at(minute: startMinute)
            let to = day.at(minute: endMinute)
            if to > from { times.append(DateInterval(start: from, end: to)) }
            day = day.adding(days: 7)
        }
        return times
    }
}

/// Why one occurrence of a weekly series was not booked.
public enum SeriesRefusal: Equatable, Sendable {
    case rule(BookingRuleViolation)
    /// It collides with another booking or a block (the time it holds, buffers included).
    case conflict(BusyTime)
}

/// An owner's answer to a requested booking.
public enum BookingDecision: String, CaseIterable, Sendable, Codable {
    case confirm
    case deny
}

/// A reason an owner gives: when denying, cancelling someone's booking or blocking time.
public enum BookingReason {
    public static let limit = 500
}
