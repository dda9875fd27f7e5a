public import Foundation

/// A day on the calendar in Stockholm ("2027-03-28"), as a date field gives it: the unit opening hours, series,
/// rounds and a project's dated entries are counted in. A moment belongs to the day it falls on in
/// Europe/Stockholm, whatever the server's own time zone. Stored as its `yyyy-mm-dd` text, which sorts and
/// compares the same on every database.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a day that does not exist (30 February) or a year outside 1900…9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The days of `month` in the Gregorian calendar (every year a `Day` can have).
    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The day `moment` falls on in Stockholm.
    public init(_ moment: Date) {
        let parts = DateFormat.calendar.dateComponents([.year, .month, .day], from: moment)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    /// A `yyyy-mm-dd` day as a date field gives it; nil for anything else.
    public init?(iso text: String) {
        // Days are parsed by the thousand from stored rows (a staffing page reads every candidate's periods):
        // the exact ten-byte form by hand, anything else (spaces around it) the general way.
        if text.utf8.count == 10 {
            var (year, month, day) = (0, 0, 0)
            var isPlain = true
            for (offset, byte) in text.utf8.enumerated() {
                let digit = Int(byte) - Int(UInt8(ascii: "0"))
                if offset == 4 || offset == 7 {
                    isPlain = isPlain && byte == UInt8(ascii: "-")
                } else if (0...9).contains(digit) {
                    if offset < 4 {
                        year = year * 10 + digit
                    } else if offset < 7 {
                        month = month * 10 + digit
                    } else {
                        day = day * 10 + digit
                    }
                } else {
                    isPlain = false
                }
            }
            if isPlain {
                self.init(year: year, month: month, day: day)
                return
            }
        }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// A `yyyy-mm-dd` day; nil for anything else.
    public init?(_ text: String) { self.init(iso: text) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// "3 mars 2026" / "3 March 2026".
    public func formatted(_ language: Language) -> String { DateFormat.date(noon, language: language) }

    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Noon that day, for sorting days among moments: on the day whatever summer time does at night.
    public var noon: Date {
        DateFormat.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? .distantPast
    }

    public func adding(days: Int) -> Day {
        if let ordinal, days.magnitude <= Self.ordinalSpan, let day = Day(ordinal: ordinal + days) { return day }
        return Day(DateFormat.calendar.date(byAdding: .day, value: days, to: noon) ?? noon)
    }

    /// Whole days from this one to `other` (negative when `other` is earlier).
    public func days(to other: Day) -> Int {
        if let from = ordinal, let to = other.ordinal { return to - from }
        return DateFormat.calendar.dateComponents([.day], from: noon, to: other.noon).day ?? 0
    }

    public var weekday: Weekday {
        // 1 January 1970 was a Thursday.
        if let ordinal { return Weekday(rawValue: ((ordinal + 3) % 7 + 7) % 7 + 1) ?? .monday }
        // Foundation counts Sunday as 1.
        return Weekday(rawValue: (DateFormat.calendar.component(.weekday, from: noon) + 5) % 7 + 1) ?? .monday
    }

    // MARK: Counting days without a calendar

    // Day arithmetic is in every opening-hours check, week view and series, and Foundation's calendar costs
    // microseconds per call (a free-time filter over 500 resources made ten thousand of them). Between 1600
    // and 9999 the Gregorian calendar is plain arithmetic (H. Hinnant's days-from-civil); outside it, where
    // Foundation's calendar switches to the Julian one, the calendar still answers.
    private static let ordinalYears = 1600...9999
    /// More days than lie between any two days of `ordinalYears`.
    private static let ordinalSpan = 4_000_000

    /// Days since 1 January 1970; nil outside `ordinalYears`.
    var ordinal: Int? {
        guard Self.ordinalYears.contains(year) else { return nil }
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `ordinal` days after 1 January 1970; nil outside `ordinalYears`.
    init?(ordinal: Int) {
        guard ordinal.magnitude <= 2 * Self.ordinalSpan else { return nil }
        let (year, month, day) = Self.civil(ordinal: ordinal)
        guard Self.ordinalYears.contains(year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Year, month and day of the day `ordinal` days after 1 January 1970 in the proleptic Gregorian calendar
    /// (H. Hinnant's civil-from-days), for any ordinal whose year fits an `Int`: no range is checked here.
    static func civil(ordinal: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = ordinal + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * monthFromMarch + 2) / 5 + 1)
    }

    /// The Monday of this day's week (weeks start on Monday in Sweden).
    public var monday: Day { adding(days: 1 - weekday.rawValue) }

    /// The moment this day's clock in Stockholm shows `minute` minutes after midnight; 1,440 and more run into the
    /// next days. A time the change to summer time skips (02.30 on the last Sunday of March) is the moment after
    /// the gap; one the change back shows twice is its first.
    public func at(minute: Int) -> Date {
        let extraDays = minute >= 0 ? minute / 1440 : (minute - 1439) / 1440
        let target = extraDays == 0 ? self : adding(days: extraDays)
        let rest = minute - extraDays * 1440
        let components = DateComponents(
            year: target.year, month: target.month, day: target.day, hour: rest / 60, minute: rest % 60)
        return DateFormat.calendar.date(from: components) ?? target.noon
    }

    /// The first moment of the day in Stockholm.
    public var start: Date { at(minute: 0) }

    /// The minutes after this day's midnight that the clock in Stockholm shows at `moment` (more than 1,440 for
    /// a moment on a later day, negative for an earlier one).
    public func minute(of moment: Date) -> Int {
        let momentDay = Day(moment)
        let parts = DateFormat.calendar.dateComponents([.hour, .minute], from: moment)
        return days(to: momentDay) * 1440 + (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
    }
}

/// The days of the week, Monday first, numbered as ISO 8601 does.
public enum Weekday: Int, CaseIterable, Sendable, Codable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A clock time of day as forms give it ("18:00", "18.00"): minutes after midnight, 0…1,440 ("24:00" is the end
/// of the day).
public enum ClockTime {
    public static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), (0...59).contains(minute)
        else { return nil }
        let total = hour * 60 + minute
        return total <= 1440 ? total : nil
    }

    /// "18.00" in Swedish, "18:00" in English (24-hour clock in both: times on a booking are read side by side).
    public static func text(_ minutes: Int, language: Language) -> String {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        let hour = minutes == 1440 ? 24 : wrapped / 60
        let minute = wrapped % 60
        return "\(hour)\(language == .sv ? "." : ":")\(minute < 10 ? "0" : "")\(minute)"
    }

    /// A moment's clock time in Stockholm.
    public static func text(of moment: Date, language: Language) -> String {
        text(Day(moment).minute(of: moment), language: language)
    }
}
