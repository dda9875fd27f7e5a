import Fluent
import HubbenCore
import Vapor

/// The rate limits around accounts, shared by the web forms and the API. Each `before…` throws
/// `RateLimitedError` (429 with `Retry-After`) when the limit is reached.
struct Throttle: Sendable {
    let database: any Database
    /// The client address's rate-limit key (`ClientAddress.rateLimitKey`).
    let address: String
    let now: Date
    let logger: Logger

    init(database: any Database, address: String, now: Date, logger: Logger) {
        self.database = database
        self.address = address
        self.now = now
        self.logger = logger
    }

    init(request: Request) {
        self.init(
            database: request.db, address: request.clientAddress?.rateLimitKey ?? "unknown", now: request.now,
            logger: request.logger)
    }

    private var limiter: RateLimiter { RateLimiter(database: database) }
    private static func accountKey(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A sign-in (or password confirmation) attempt, counted before the password is checked so that
    /// concurrent guesses are counted too; it holds the rows it reserved.
    struct PasswordAttempt {
        fileprivate var reservations: [Int] = []
    }

    /// Refused with `RateLimitedError` when the account or the address has used up its attempts.
    func beforeSignIn(email: String) async throws -> PasswordAttempt {
        let (accountDecision, accountRow) = try await limiter.reserve(
            .signInAccount, Self.accountKey(email), limit: .failedSignIn, now: now)
        try refuse(accountDecision, .signInAccount)
        let (addressDecision, addressRow) = try await limiter.reserve(
            .signInAddress, address, limit: .failedSignInAddress, now: now)
        if case .limited = addressDecision, let accountRow {
            // Nothing was checked: the account's attempt does not count either.
            try await limiter.release(accountRow)
        }
        try refuse(addressDecision, .signInAddress)
        return PasswordAttempt(reservations: [addressRow].compactMap { $0 })
    }

    /// The attempt was wrong: it stays counted.
    func failedSignIn(email: String) {
        logger.notice("sign-in failed")
    }

    /// The attempt was right: the account's failures are forgotten, and the attempt no longer counts against
    /// the address.
    func succeededSignIn(email: String, _ attempt: PasswordAttempt) async throws {
        try await limiter.clear(.signInAccount, Self.accountKey(email))
        for row in attempt.reservations { try await limiter.release(row) }
    }

    /// An action that asks for the current password (changing it, deleting the account): the same limit as
    /// signing in, per account.
    func beforePasswordConfirmation(accountID: Int) async throws -> PasswordAttempt {
        let (decision, row) = try await limiter.reserve(
            .passwordConfirmation, "account:\(accountID)", limit: .failedSignIn, now: now)
        try refuse(decision, .passwordConfirmation)
        return PasswordAttempt(reservations: [row].compactMap { $0 })
    }

    /// The password was right (or never checked): the attempt does not count.
    func confirmedPassword(_ attempt: PasswordAttempt) async throws {
        for row in attempt.reservations { try await limiter.release(row) }
    }

    private func refuse(_ decision: RateLimit.Decision, _ scope: RateLimiter.Scope) throws {
        if case .limited(let retryAfter) = decision {
            logger.notice("rate limit reached", metadata: ["scope": .string(scope.rawValue)])
            throw RateLimitedError(retryAfter: retryAfter)
        }
    }

    func beforeRegistration() async throws {
        try await check(.registration, address, .registration)
    }

    func registered() async throws {
        try await limiter.record(.registration, address, limit: .registration, now: now)
    }

    /// Confirming a sign-up asks for the password chosen at sign-up: the same limit as signing in, per address.
    func beforeSignUpConfirmation(email: String) async throws -> PasswordAttempt {
        let (decision, row) = try await limiter.reserve(
            .passwordConfirmation, "sign-up:" + Self.accountKey(email),
            limit: .failedSignIn, now: now)
        try refuse(decision, .passwordConfirmation)
        return PasswordAttempt(reservations: [row].compactMap { $0 })
    }

    /// Whether one more sign-up mail may go to `email` (counting it if so). Over the limit the mail is
    /// dropped, never the answer changed: the person signing up must not learn anything from it.
    func mayMailSignUp(to email: String) async throws -> Bool {
        try await mayMail(.signUpMail, to: email)
    }

    /// The same for the confirmation a guest registering for an event asks for (same limit: five an hour).
    func mayMailEventGuest(to email: String) async throws -> Bool {
        try await mayMail(.eventGuestMail, to: email)
    }

    /// The same for the confirmation of registered interest (five an hour to one address).
    func mayMailInterest(to email: String) async throws -> Bool {
        try await mayMail(.interestMail, to: email)
    }

    /// Registered interest from one client address: refused (429) past the limit, counted when taken.
    func beforeInterest() async throws {
        try await check(.interest, address, .registration)
        try await limiter.record(.interest, address, limit: .registration, now: now)
    }

    /// A guest's comment: refused (429) past the limit per client address or per e-mail address, counted when
    /// taken.
    func beforeGuestComment(email: String) async throws {
        let checks: [(RateLimiter.Scope, String, RateLimit)] = [
            (.guestComment, address, .guestComment),
            (.guestCommentAddress, Self.accountKey(email), .guestCommentAddress),
        ]
        for (scope, key, limit) in checks { try await check(scope, key, limit) }
        for (scope, key, limit) in checks { try await limiter.record(scope, key, limit: limit, now: now) }
    }

    /// The confirmation link a commenting guest is sent (five an hour to one address).
    func mayMailCommentGuest(to email: String) async throws -> Bool {
        try await mayMail(.guestCommentMail, to: email)
    }

    private func mayMail(_ scope: RateLimiter.Scope, to email: String) async throws -> Bool {
        let key = Self.accountKey(email)
        guard case .allowed = try await limiter.decide(scope, key, limit: .signUpMail, now: now) else {
            logger.notice("rate limit reached", metadata: ["scope": .string(scope.rawValue)])
            return false
        }
        try await limiter.record(scope, key, limit: .signUpMail, now: now)
        return true
    }

    /// Refuses an idea or comment from an account that has written too many in the last hour.
    func beforeSubmission(of scope: RateLimiter.Scope, by accountID: Int) async throws {
        try await check(scope, "account:\(accountID)", Self.limit(scope))
    }

    /// Counts an idea or comment that was saved (a form re-shown with errors does not count).
    func submitted(_ scope: RateLimiter.Scope, by accountID: Int) async throws {
        try await limiter.record(scope, "account:\(accountID)", limit: Self.limit(scope), now: now)
    }

    private static func limit(_ scope: RateLimiter.Scope) -> RateLimit {
        scope == .ideaSubmission ? .ideaSubmission : .commentSubmission
    }

    /// Counts a reset request per e-mail and per address, refusing when either has reached its limit.
    func passwordResetRequested(email: String) async throws {
        for key in [Self.accountKey(email), "address:" + address] {
            try await check(.passwordReset, key, .passwordResetRequest)
            try await limiter.record(.passwordReset, key, limit: .passwordResetRequest, now: now)
        }
    }

    private func check(_ scope: RateLimiter.Scope, _ key: String, _ limit: RateLimit) async throws {
        if case .limited(let retryAfter) = try await limiter.decide(scope, key, limit: limit, now: now) {
            logger.notice("rate limit reached", metadata: ["scope": .string(scope.rawValue)])
            throw RateLimitedError(retryAfter: retryAfter)
        }
    }
}
