public import Foundation

/// Dates and times as people in Sweden read them, always in Europe/Stockholm:
/// "29 november 2026 14.00" in Swedish, "29 November 2026 2:00 pm" in English.
public enum DateFormat {
    public static let timeZone = TimeZone(identifier: "Europe/Stockholm") ?? .current

    /// The Gregorian calendar in Stockholm, made once rather than per date (each one is set up through ICU).
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    /// A moment for a `datetime` attribute or a feed: "2026-12-02T07:49:54Z". Not `ISO8601DateFormatter`: one
    /// made per comment was nearly half the time of an idea page with fifty (docs/PERFORMANCE.md).
    public static func iso8601(_ date: Date) -> String { date.formatted(.iso8601) }

    public static func dateTime(_ date: Date, language: Language) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = parts.day ?? 1, year = parts.year ?? 1970, hour = parts.hour ?? 0, minute = parts.minute ?? 0
        let month = (parts.month ?? 1) - 1
        switch language {
        case .sv:
            return "\(day) \(swedishMonths[month]) \(year) \(hour).\(twoDigits(minute))"
        case .en:
            let hour12 = hour % 12 == 0 ? 12 : hour % 12
            return "\(day) \(englishMonths[month]) \(year) \(hour12):\(twoDigits(minute)) \(hour < 12 ? "am" : "pm")"
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static let swedishMonths = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
        "september", "oktober", "november", "december",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]
}

extension DateFormat {
    /// "29 november 2026" / "29 November 2026".
    public static func date(_ date: Date, language: Language) -> String {
        let full = dateTime(date, language: language)
        return full.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// The last moment (23.59.59, Stockholm) of a `yyyy-mm-dd` day, as a date form field gives it; nil if it is no date.
    public static func endOfDay(isoDate: String) -> Date? {
        let parts = isoDate.trimmingCharacters(in: .whitespaces).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let components = DateComponents(
            year: parts[0], month: parts[1], day: parts[2], hour: 23, minute: 59, second: 59)
        guard calendar.date(from: components).map({ calendar.component(.day, from: $0) == parts[2] }) == true else {
            return nil
        }
        return calendar.date(from: components)
    }
}
