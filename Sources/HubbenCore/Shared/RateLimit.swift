import Foundation

/// A limit of `maximum` events per sliding `window`. Stores count events; this decides.
public struct RateLimit: Equatable, Sendable {
    public var maximum: Int
    public var window: TimeInterval

    public init(maximum: Int, window: TimeInterval) {
        self.maximum = maximum
        self.window = window
    }

    public enum Decision: Equatable, Sendable {
        case allowed
        /// Refused; the caller may try again after this many whole seconds.
        case limited(retryAfter: Int)
    }

    /// - Parameters:
    ///   - recent: the times of the events inside the window, any order.
    ///   - now: the current time.
    public func decide(recent: [Date], now: Date) -> Decision {
        let inWindow = recent.filter { now.timeIntervalSince($0) < window }.sorted()
        guard inWindow.count >= maximum else { return .allowed }
        // The oldest event that must leave the window before one more is allowed.
        let blocking = inWindow[inWindow.count - maximum]
        let retryAfter = Int((blocking.addingTimeInterval(window).timeIntervalSince(now)).rounded(.up))
        return .limited(retryAfter: max(1, retryAfter))
    }

    /// At most 10 failed sign-ins per account and per address in 15 minutes (issue: accounts & security).
    public static let failedSignIn = RateLimit(maximum: 10, window: 15 * 60)
    /// Generous enough for a workshop where many people sign up from one network.
    public static let registration = RateLimit(maximum: 20, window: 60 * 60)
    public static let passwordResetRequest = RateLimit(maximum: 5, window: 60 * 60)
    /// Ideas one account may submit in an hour: plenty for a person, a brake for a script.
    public static let ideaSubmission = RateLimit(maximum: 20, window: 60 * 60)
    public static let commentSubmission = RateLimit(maximum: 60, window: 60 * 60)
}
