import HubbenCore
import Vapor

/// The rate limits around accounts, shared by the web forms and the API. Each `before…` throws
/// `RateLimitedError` (429 with `Retry-After`) when the limit is reached.
struct Throttle {
    let request: Request

    private var limiter: RateLimiter { RateLimiter(database: request.db) }
    private var address: String { request.remoteAddress?.ipAddress ?? "unknown" }
    private static func accountKey(_ email: String) -> String { email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    func beforeSignIn(email: String) async throws {
        try await check(.signInAccount, Self.accountKey(email), .failedSignIn)
        try await check(.signInAddress, address, .failedSignIn)
    }

    func failedSignIn(email: String) async throws {
        request.logger.notice("sign-in failed")
        try await limiter.record(.signInAccount, Self.accountKey(email), limit: .failedSignIn, now: request.now)
        try await limiter.record(.signInAddress, address, limit: .failedSignIn, now: request.now)
    }

    func succeededSignIn(email: String) async throws {
        try await limiter.clear(.signInAccount, Self.accountKey(email))
    }

    func beforeRegistration() async throws {
        try await check(.registration, address, .registration)
    }

    func registered() async throws {
        try await limiter.record(.registration, address, limit: .registration, now: request.now)
    }

    /// Refuses an idea or comment from an account that has written too many in the last hour.
    func beforeSubmission(of scope: RateLimiter.Scope, by accountID: Int) async throws {
        try await check(scope, "account:\(accountID)", Self.limit(scope))
    }

    /// Counts an idea or comment that was saved (a form re-shown with errors does not count).
    func submitted(_ scope: RateLimiter.Scope, by accountID: Int) async throws {
        try await limiter.record(scope, "account:\(accountID)", limit: Self.limit(scope), now: request.now)
    }

    private static func limit(_ scope: RateLimiter.Scope) -> RateLimit {
        scope == .ideaSubmission ? .ideaSubmission : .commentSubmission
    }

    /// Counts a reset request per e-mail and per address, refusing when either has reached its limit.
    func passwordResetRequested(email: String) async throws {
        for key in [Self.accountKey(email), "address:" + address] {
            try await check(.passwordReset, key, .passwordResetRequest)
            try await limiter.record(.passwordReset, key, limit: .passwordResetRequest, now: request.now)
        }
    }

    private func check(_ scope: RateLimiter.Scope, _ key: String, _ limit: RateLimit) async throws {
        if case .limited(let retryAfter) = try await limiter.decide(scope, key, limit: limit, now: request.now) {
            request.logger.notice("rate limit reached", metadata: ["scope": .string(scope.rawValue)])
            throw RateLimitedError(retryAfter: retryAfter)
        }
    }
}
