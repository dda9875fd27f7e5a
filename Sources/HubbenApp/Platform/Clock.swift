import Foundation
import NIOConcurrencyHelpers

/// Where the application reads the time: deadlines, sessions, rate limits, timestamps. The server uses the
/// system's clock; tests use a `TestClock` they set and advance, instead of editing rows to move time.
protocol WallClock: Sendable {
    func now() -> Date
}

struct SystemClock: WallClock {
    func now() -> Date { Date() }
}

/// A clock that stands still until a test moves it.
final class TestClock: WallClock, Sendable {
    private let current: NIOLockedValueBox<Date>

    init(_ start: Date = Date()) { current = NIOLockedValueBox(start) }

    func now() -> Date { current.withLockedValue { $0 } }

    func set(_ date: Date) { current.withLockedValue { $0 = date } }

    func advance(by interval: TimeInterval) { current.withLockedValue { $0 = $0.addingTimeInterval(interval) } }
}
