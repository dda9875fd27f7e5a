import Foundation
import HubbenCore
import Testing

@Suite("Moments as RFC 3339")
struct DateFormatTests {
    /// What `ISO8601DateFormatter` (the API runtime's former writer) makes of a moment.
    private static func foundation(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    @Test(
        "Known moments, leap days, the epoch and before it, fractions to the millisecond, then cut off",
        arguments: [
            (0.0, "1970-01-01T00:00:00Z"),
            (-1.0, "1969-12-31T23:59:59Z"),
            (-0.25, "1969-12-31T23:59:59Z"),
            (1_764_661_794.998, "2025-12-02T07:49:54Z"),
            (1_764_661_794.9996, "2025-12-02T07:49:55Z"),
            (951_782_400, "2000-02-29T00:00:00Z"),
            (4_107_542_399, "2100-02-28T23:59:59Z"),
            (-62_167_219_200, "0000-01-01T00:00:00Z"),
            (253_402_300_799, "9999-12-31T23:59:59Z"),
        ] as [(Double, String)])
    func known(seconds: Double, expected: String) {
        #expect(DateFormat.iso8601(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test("The same text as ISO8601DateFormatter for moments across four centuries")
    func sameAsFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            // 1800 to 2200, with fractions of a second.
            let date = Date(timeIntervalSince1970: Double.random(in: -5_364_662_400...7_258_118_400, using: &generator))
            #expect(DateFormat.iso8601(date) == Self.foundation(date))
        }
    }

    @Test("Moments no four-digit year can write are still written")
    func outsideFourDigitYears() {
        for seconds in [253_402_300_800.0, 253_402_300_799.9996, -62_167_219_201, 1e15, -1e15] {
            let written = DateFormat.iso8601(Date(timeIntervalSince1970: seconds))
            #expect(!written.isEmpty && !written.hasPrefix("0000-01-01T00:00:00"), "\(seconds): \(written)")
        }
    }
}
