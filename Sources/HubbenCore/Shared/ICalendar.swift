public import Foundation

/// An iCalendar (RFC 5545) calendar of events, times in Europe/Stockholm with its VTIMEZONE: what calendar
/// programs subscribe to (a resource's busy times, a person's bookings) or import (one booking).
public struct ICalendar: Sendable {
    public struct Event: Sendable {
        /// Stable across feeds and changes (`booking-42@hubben.example`), so that a calendar updates rather
        /// than duplicates it.
        public var uid: String
        public var start: Date
        public var end: Date
        public var summary: String
        public var description: String?
        public var location: String?
        public var url: String?
        public var isTentative: Bool
        public var isCancelled: Bool
        /// When it last changed.
        public var stamp: Date

        public init(
            uid: String, start: Date, end: Date, summary: String, description: String? = nil, location: String? = nil,
            url: String? = nil, isTentative: Bool = false, isCancelled: Bool = false, stamp: Date
        ) {
            self.uid = uid
            self.start = start
            self.end = end
            self.summary = summary
            self.description = description
            self.location = location
            self.url = url
            self.isTentative = isTentative
            self.isCancelled = isCancelled
            self.stamp = stamp
        }
    }

    public var name: String
    public var events: [Event]

    public init(name: String, events: [Event]) {
        self.name = name
        self.events = events
    }

    public static let mediaType = "text/calendar; charset=utf-8"

    /// The calendar as the format wants it: CRLF line ends, lines folded at 75 octets, text escaped.
    public func serialized() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hubben//Innovationshubben//SV", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(name), "X-WR-TIMEZONE:Europe/Stockholm",
        ]
        lines += Self.stockholm
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:" + Self.text(event.uid), "DTSTAMP:" + Self.utc(event.stamp),
                "DTSTART;TZID=Europe/Stockholm:" + Self.local(event.start),
                "DTEND;TZID=Europe/Stockholm:" + Self.local(event.end), "SUMMARY:" + Self.text(event.summary),
            ]
            if let description = event.description { lines.append("DESCRIPTION:" + Self.text(description)) }
            if let location = event.location { lines.append("LOCATION:" + Self.text(location)) }
            if let url = event.url { lines.append("URL:" + Self.uri(url)) }
            let status = event.isCancelled ? "CANCELLED" : event.isTentative ? "TENTATIVE" : "CONFIRMED"
            lines += ["STATUS:" + status, "TRANSP:OPAQUE", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined()
    }

    /// Europe/Stockholm since 1996: summer time from the last Sunday of March 02.00 to the last Sunday of
    /// October 03.00.
    static let stockholm = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "X-LIC-LOCATION:Europe/Stockholm",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
    ]

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, other
    /// control characters left out.
    static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value >= 0x20 && scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// A URI value: no escaping in the format, so anything that would break the line is left out.
    static func uri(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
    }

    static func local(_ moment: Date) -> String {
        let parts = DateFormat.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)
        return stamp(parts)
    }

    static func utc(_ moment: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return stamp(calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)) + "Z"
    }

    private static func stamp(_ parts: DateComponents) -> String {
        func pad(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(parts.year, 4) + pad(parts.month, 2) + pad(parts.day, 2) + "T" + pad(parts.hour, 2)
            + pad(parts.minute, 2) + pad(parts.second, 2)
    }

    /// One content line, folded so that no line is longer than 75 octets (a continuation starts with a space,
    /// which counts), never inside a character's UTF-8 bytes, and ended with CRLF.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line + "\r\n" }
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }
}
