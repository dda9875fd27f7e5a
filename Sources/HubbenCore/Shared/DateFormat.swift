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

    /// A moment for a `datetime` attribute, a feed or the API: "2026-12-02T07:49:54Z" (RFC 3339, UTC, whole
    /// seconds, as `ISO8601DateFormatter` writes them: to the millisecond, then the fraction cut off). Computed from the seconds since 1970 with
    /// the proleptic Gregorian calendar (`Day.civil`), not through a formatter: `ISO8601DateFormatter` goes through ICU behind
    /// a lock that every thread queues for, and one made per comment was nearly half the time of an idea page
    /// with fifty (docs/PERFORMANCE.md). Moments outside the years 0–9999 go to Foundation's format style.
    public static func iso8601(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        // 253,402,300,800 s is 10000-01-01; -62,167,219,200 s is 0000-01-01.
        guard interval.isFinite, interval >= -62_167_219_200, interval < 253_402_300_800 else {
            return date.formatted(.iso8601)
        }
        // To the millisecond first, as ICU does: 07:49:54.9996 is 07:49:55.
        let milliseconds = Int((interval * 1000).rounded())
        let seconds = milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000
        // The last moment of 9999 can round up into the year 10000, which four digits cannot write.
        guard seconds < 253_402_300_800 else { return date.formatted(.iso8601) }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = Day.civil(ordinal: days)
        var bytes = [UInt8]()
        bytes.reserveCapacity(20)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(truncatingIfNeeded: 48 + (value / divisor) % 10))
                divisor /= 10
            }
        }
        digits(year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

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
