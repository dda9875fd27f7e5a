import Fluent
import FluentPostgresDriver
import Foundation
import HubbenCore
import SQLKit

/// Browser sessions in the database, so that any instance can serve any request.
struct SessionStore {
    let database: any Database
    var lifetime = SessionLifetime.standard
    /// `last_seen_at` is written at most this often, not on every request.
    static let touchInterval: TimeInterval = 5 * 60

    struct Session {
        let id: Int
        let accountID: Int
        let csrfToken: String
    }

    /// Starts a session and returns the secret for the cookie.
    func create(accountID: Int, now: Date) async throws -> (token: String, session: Session) {
        let token = SecretToken.generate()
        let record = BrowserSessionRecord(
            tokenHash: SecretToken.hash(token), accountID: accountID,
            csrfToken: SecretToken.generate(), now: now)
        try await record.create(on: database)
        return (token, Session(id: try record.requireID(), accountID: accountID, csrfToken: record.csrfToken))
    }

    /// The live session for a cookie's token; an expired one is deleted.
    func find(token: String, now: Date) async throws -> Session? {
        try await signedIn(token: token, now: now)?.session
    }

    /// The live session for a cookie's token and the account it signs in, with its roles: one query, on every
    /// signed-in request. An expired session is deleted; `last_seen_at` is written at most every `touchInterval`.
    func signedIn(token: String, now: Date) async throws -> (session: Session, account: Account)? {
        let tokenHash = SecretToken.hash(token)
        let found =
            if let postgres = database as? any PostgresDatabase {
                try await SessionLookup.run(tokenHash, on: postgres, logger: database.logger)
            } else {
                try await lookUp(tokenHash)
            }
        guard let found else { return nil }
        let sql = try database.sql
        guard lifetime.isValid(createdAt: found.createdAt, lastSeenAt: found.lastSeenAt, now: now) else {
            try await sql.raw("DELETE FROM sessions WHERE id = \(bind: found.id)").run()
            return nil
        }
        if now.timeIntervalSince(found.lastSeenAt) > Self.touchInterval {
            try await sql.raw("UPDATE sessions SET last_seen_at = \(bind: now) WHERE id = \(bind: found.id)").run()
        }
        let account = Account(
            id: found.accountID, name: found.name, email: found.email,
            language: Language(rawValue: found.language) ?? .sv,
            roles: Set((found.roles ?? "").split(separator: ",").compactMap { PlatformRole(rawValue: String($0)) }),
            createdAt: found.accountCreatedAt)
        return (Session(id: found.id, accountID: found.accountID, csrfToken: found.csrfToken), account)
    }

    /// A session's row with its account's, as both lookups read it.
    struct FoundSession: Sendable {
        var id: Int
        var accountID: Int
        var csrfToken: String
        var createdAt: Date
        var lastSeenAt: Date
        var name: String
        var email: String
        var language: String
        var accountCreatedAt: Date?
        /// The account's roles, comma-separated.
        var roles: String?
    }

    /// The lookup through SQLKit (SQLite; `SessionLookup` is PostgreSQL's).
    private func lookUp(_ tokenHash: String) async throws -> FoundSession? {
        guard
            let row = try await database.sql.raw(
                """
                \(unsafeRaw: SessionLookup.select(joiningRoles: "group_concat(r.role, ',')"))
                WHERE s.token_hash = \(bind: tokenHash) AND a.deleted_at IS NULL
                """
            ).first()
        else { return nil }
        return FoundSession(
            id: try row.decode(column: "id", as: Int.self),
            accountID: try row.decode(column: "account_id", as: Int.self),
            csrfToken: try row.decode(column: "csrf_token", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            lastSeenAt: try row.decode(column: "last_seen_at", as: Date.self),
            name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            language: try row.decode(column: "language", as: String.self),
            accountCreatedAt: try row.decode(column: "account_created_at", as: Date?.self),
            roles: try row.decode(column: "roles", as: String?.self))
    }

    func delete(token: String) async throws {
        try await BrowserSessionRecord.query(on: database).filter(\.$tokenHash == SecretToken.hash(token)).delete()
    }

    func deleteAll(accountID: Int) async throws {
        try await BrowserSessionRecord.query(on: database).filter(\.$accountID == accountID).delete()
    }
}

/// Bearer tokens for the JSON API: random, stored hashed, shown once, revocable, expiring.
struct APITokenStore {
    let database: any Database
    static let lifetime: TimeInterval = 30 * 24 * 3600

    func create(accountID: Int, now: Date) async throws -> (token: String, expiresAt: Date) {
        let token = SecretToken.generate()
        let expiresAt = now.addingTimeInterval(Self.lifetime)
        try await APITokenRecord(
            tokenHash: SecretToken.hash(token), accountID: accountID, createdAt: now, expiresAt: expiresAt
        )
        .create(on: database)
        return (token, expiresAt)
    }

    func revoke(token: String) async throws {
        try await APITokenRecord.query(on: database).filter(\.$tokenHash == SecretToken.hash(token)).delete()
    }

    func revokeAll(accountID: Int) async throws {
        try await APITokenRecord.query(on: database).filter(\.$accountID == accountID).delete()
    }
}

/// Rate limits counted in the database, so that every instance sees the same counts.
struct RateLimiter {
    let database: any Database

    enum Scope: String {
        case signInAccount = "sign_in_account"
        case signInAddress = "sign_in_address"
        case registration
        case passwordReset = "password_reset"
        case ideaSubmission = "idea_submission"
        case commentSubmission = "comment_submission"
        case passwordConfirmation = "password_confirmation"
        case signUpMail = "sign_up_mail"
        case eventGuestMail = "event_guest_mail"
        case interestMail = "interest_mail"
        case interest
        case guestComment = "guest_comment"
        case guestCommentAddress = "guest_comment_address"
        case guestCommentMail = "guest_comment_mail"
    }

    /// `value` (an e-mail or an address) is stored only as a hash.
    func decide(_ scope: Scope, _ value: String, limit: RateLimit, now: Date) async throws -> RateLimit.Decision {
        let since = now.addingTimeInterval(-limit.window)
        let times = try await RateLimitHitRecord.query(on: database)
            .filter(\.$scope == scope.rawValue)
            .filter(\.$key == SecretToken.hash(value))
            .filter(\.$occurredAt > since)
            .all(\.$occurredAt)
        return limit.decide(recent: times, now: now)
    }

    func record(_ scope: Scope, _ value: String, limit: RateLimit, now: Date) async throws {
        let key = SecretToken.hash(value)
        try await RateLimitHitRecord(scope: scope.rawValue, key: key, occurredAt: now).create(on: database)
        // Events that have left the window are no longer needed.
        try await RateLimitHitRecord.query(on: database)
            .filter(\.$scope == scope.rawValue).filter(\.$key == key)
            .filter(\.$occurredAt < now.addingTimeInterval(-limit.window))
            .delete()
    }

    /// Counts an attempt before it is made: the attempt's row is written first, then the window is counted
    /// with it. Of any number of concurrent attempts at most `limit.maximum` are allowed, since the last of
    /// them to count sees every allowed one. A refused attempt removes its row again, so that a flood of
    /// refused attempts does not keep the limit closed for ever. Returns the row's id, for `release`.
    func reserve(_ scope: Scope, _ value: String, limit: RateLimit, now: Date) async throws -> (
        RateLimit.Decision, Int?
    ) {
        let key = SecretToken.hash(value)
        let record = RateLimitHitRecord(scope: scope.rawValue, key: key, occurredAt: now)
        try await record.create(on: database)
        let since = now.addingTimeInterval(-limit.window)
        let times = try await RateLimitHitRecord.query(on: database)
            .filter(\.$scope == scope.rawValue).filter(\.$key == key).filter(\.$occurredAt > since)
            .all(\.$occurredAt)
        // `decide` answers whether one more may come; with our own row counted, the question is whether
        // there are now more than the maximum.
        let decision = RateLimit(maximum: limit.maximum + 1, window: limit.window).decide(recent: times, now: now)
        if case .limited = decision {
            try await record.delete(on: database)
            return (decision, nil)
        }
        return (decision, record.id)
    }

    /// Removes one reserved attempt (one that turned out not to count, such as a successful sign-in).
    func release(_ id: Int) async throws {
        try await RateLimitHitRecord.query(on: database).filter(\.$id == id).delete()
    }

    func clear(_ scope: Scope, _ value: String) async throws {
        try await RateLimitHitRecord.query(on: database)
            .filter(\.$scope == scope.rawValue).filter(\.$key == SecretToken.hash(value)).delete()
    }
}

/// The audit log of administrative actions. Insert and read only: nothing in the application edits it.
struct AuditLog {
    let database: any Database

    struct Entry: Equatable {
        let actorID: Int?
        let actorName: String?
        let action: String
        let targetType: String
        let targetID: Int?
        let details: String
        let createdAt: Date
    }

    func record(actorID: Int?, action: String, targetType: String, targetID: Int?, details: String = "", now: Date)
        async throws
    {
        try await AuditEntryRecord(
            actorID: actorID, action: action, targetType: targetType, targetID: targetID,
            details: details, createdAt: now
        ).create(on: database)
    }

    func latest(limit: Int = 200) async throws -> [Entry] {
        let records = try await AuditEntryRecord.query(on: database).sort(\.$createdAt, .descending).sort(
            \.$id, .descending
        )
        .limit(limit).all()
        let actorIDs = Set(records.compactMap(\.actorID))
        let names = try await AccountRecord.query(on: database).filter(\.$id ~~ actorIDs).all()
            .reduce(into: [Int: String]()) { result, account in
                if let id = account.id { result[id] = account.deletedAt == nil ? account.name : nil }
            }
        return records.map {
            Entry(
                actorID: $0.actorID, actorName: $0.actorID.flatMap { names[$0] }, action: $0.action,
                targetType: $0.targetType, targetID: $0.targetID, details: $0.details, createdAt: $0.createdAt)
        }
    }
}

/// Single-use password reset tokens that expire after an hour, stored hashed.
struct PasswordResetStore {
    let database: any Database
    static let lifetime: TimeInterval = 3600

    func create(accountID: Int, now: Date) async throws -> String {
        let token = SecretToken.generate()
        try await PasswordResetRecord(
            tokenHash: SecretToken.hash(token), accountID: accountID, createdAt: now,
            expiresAt: now.addingTimeInterval(Self.lifetime)
        ).create(on: database)
        return token
    }

    /// The account a token resets, if the token is known, unused and not expired.
    func accountID(for token: String, now: Date) async throws -> Int? {
        guard !token.isEmpty,
            let record = try await PasswordResetRecord.query(on: database).filter(
                \.$tokenHash == SecretToken.hash(token)
            ).first(),
            record.usedAt == nil, record.expiresAt > now
        else { return nil }
        return record.accountID
    }

    /// Marks the token used, and with it every other outstanding reset link of the same person: once a new
    /// password is set, an older link found in a mailbox must not set another.
    func markUsed(token: String, now: Date) async throws {
        guard
            let record = try await PasswordResetRecord.query(on: database).filter(
                \.$tokenHash == SecretToken.hash(token)
            ).first()
        else { return }
        try await PasswordResetRecord.query(on: database)
            .filter(\.$accountID == record.accountID)
            .filter(\.$usedAt == nil)
            .set(\.$usedAt, to: now)
            .update()
    }
}

/// The session lookup on PostgreSQL as a named prepared statement: it runs on every signed-in request, and as an
/// unnamed statement PostgreSQL parsed and planned its join every time (0.5 ms of its CPU against 0.07 ms to
/// run it, docs/PERFORMANCE.md). PostgresNIO prepares it once per connection. (A pooler in transaction mode
/// must track prepared statements, as PgBouncer 1.21 and later do with `max_prepared_statements`.)
struct SessionLookup: PostgresPreparedStatement {
    static let sql = """
        \(select(joiningRoles: "string_agg(r.role, ',')"))
        WHERE s.token_hash = $1 AND a.deleted_at IS NULL
        """

    /// The columns both lookups read and the join they read them from; each database joins the roles with its
    /// own aggregate.
    static func select(joiningRoles aggregate: String) -> String {
        """
        SELECT s.id, s.account_id, s.csrf_token, s.created_at, s.last_seen_at, a.name, a.email, a.language,
               a.created_at AS account_created_at,
               (SELECT \(aggregate) FROM account_roles r WHERE r.account_id = a.id) AS roles
        FROM sessions s JOIN accounts a ON a.id = s.account_id
        """
    }
    typealias Row = SessionStore.FoundSession

    var tokenHash: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 1)
        bindings.append(tokenHash)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        let (id, accountID, csrfToken, createdAt, lastSeenAt, name, email, language, accountCreatedAt, roles) =
            try row.decode((Int, Int, String, Date, Date, String, String, String, Date?, String?).self)
        return Row(
            id: id, accountID: accountID, csrfToken: csrfToken, createdAt: createdAt, lastSeenAt: lastSeenAt,
            name: name, email: email, language: language, accountCreatedAt: accountCreatedAt, roles: roles)
    }

    static func run(_ tokenHash: String, on database: any PostgresDatabase, logger: Logger) async throws
        -> SessionStore.FoundSession?
    {
        // Logged as SQLKit logs every other statement (at the level `DatabaseSetup` gives it).
        logger.trace("Executing query", metadata: ["sql": "\(sql)"])
        return try await database.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                for try await found in try await connection.execute(Self(tokenHash: tokenHash), logger: logger) {
                    return found
                }
                return nil
            }
        }.get()
    }
}
