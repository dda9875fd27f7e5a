public import Foundation

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

    /// At most 10 failed sign-ins per account in 15 minutes: an account cannot be guessed at.
    public static let failedSignIn = RateLimit(maximum: 10, window: 15 * 60)
    /// Per address (IPv6: per /64) a workshop's worth: 60 people on one network, each mistyping a few times.
    public static let failedSignInAddress = RateLimit(maximum: 200, window: 15 * 60)
    /// A workshop where 60 people sign up from one network within 15 minutes must see every one succeed.
    public static let registration = RateLimit(maximum: 120, window: 60 * 60)
    public static let passwordResetRequest = RateLimit(maximum: 5, window: 60 * 60)
    /// Sign-up mails (a confirmation link, or a note to the owner of a taken address) one address receives
    /// in an hour, so that nobody's mailbox can be filled by signing up with it.
    public static let signUpMail = RateLimit(maximum: 5, window: 60 * 60)
    /// Ideas one account may submit in an hour: plenty for a person, a brake for a script.
    public static let ideaSubmission = RateLimit(maximum: 20, window: 60 * 60)
    public static let commentSubmission = RateLimit(maximum: 60, window: 60 * 60)
    /// Guests' comments from one client address in an hour: a class commenting from one school network is
    /// fine, a script is not.
    public static let guestComment = RateLimit(maximum: 30, window: 60 * 60)
    /// Guests' comments given with one e-mail address in an hour.
    public static let guestCommentAddress = RateLimit(maximum: 10, window: 60 * 60)
}
