import Foundation
import HubbenCore
import Testing

@Suite("iCalendar: folding, escaping, local times in Stockholm")
struct ICalendarTests {
    static func calendar(summary: String, start: Date, end: Date) -> String {
        ICalendar(
            name: "Stora salen, Kulturhuset",
            events: [
                ICalendar.Event(
                    uid: "booking-1@hubben.example", start: start, end: end, summary: summary,
                    stamp: Date(timeIntervalSince1970: 1_800_000_000))
            ]
        ).serialized()
    }

    @Test("Every line ends in CRLF and is at most 75 octets, folded between characters")
    func folding() throws {
        let long = String(repeating: "Åäö😀 räksmörgås, ", count: 20)
        let text = Self.calendar(summary: long, start: at("2027-03-28", "18:00"), end: at("2027-03-28", "20:00"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Unfolded, the summary is whole again.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:" + long.replacingOccurrences(of: ",", with: "\\,")))
    }

    @Test("Text is escaped; control characters never end a line")
    func escaping() {
        let text = Self.calendar(
            summary: "Möte; kaffe, \\fika\r\nrad två\u{7}\nBEGIN:VEVENT", start: at("2027-03-28", "18:00"),
            end: at("2027-03-28", "20:00"))
        #expect(text.contains("SUMMARY:Möte\\; kaffe\\, \\\\fika\\nrad två\\nBEGIN:VEVENT\r\n"))
        #expect(text.components(separatedBy: "\r\n").filter { $0 == "BEGIN:VEVENT" }.count == 1)
    }

    @Test("Times are Stockholm's clock with its time zone, on both sides of summer time")
    func localTimes() {
        let winter = Self.calendar(summary: "a", start: at("2027-03-27", "18:00"), end: at("2027-03-27", "20:00"))
        #expect(winter.contains("DTSTART;TZID=Europe/Stockholm:20270327T180000\r\n"))
        let summer = Self.calendar(summary: "a", start: at("2027-03-28", "18:00"), end: at("2027-03-28", "20:00"))
        #expect(summer.contains("DTEND;TZID=Europe/Stockholm:20270328T200000\r\n"))
        #expect(summer.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"))
        #expect(summer.contains("DTSTAMP:20270115T080000Z\r\n"))
    }
}
