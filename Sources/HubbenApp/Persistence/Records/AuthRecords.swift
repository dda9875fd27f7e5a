import Fluent
import Foundation
import HubbenCore

final class BrowserSessionRecord: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "account_id") var accountID: Int
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}

    init(tokenHash: String, accountID: Int, csrfToken: String, now: Date) {
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
    }
}

final class APITokenRecord: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "account_id") var accountID: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, accountID: Int, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

final class PasswordResetRecord: Model, @unchecked Sendable {
    static let schema = "password_resets"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "account_id") var accountID: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(tokenHash: String, accountID: Int, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.accountID = accountID
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// A sign-up whose address is not confirmed yet; holds what the account will be created from.
final class SignUpRequestRecord: Model, @unchecked Sendable {
    static let schema = "sign_up_requests"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "token_hash") var tokenHash: String
    /// Canonical (lower-cased) form.
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "language") var language: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(
        tokenHash: String, email: EmailAddress, name: String, passwordHash: String, language: Language,
        createdAt: Date, expiresAt: Date
    ) {
        self.tokenHash = tokenHash
        self.email = email.value
        self.name = name
        self.passwordHash = passwordHash
        self.language = language.rawValue
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

final class RateLimitHitRecord: Model, @unchecked Sendable {
    static let schema = "rate_limit_hits"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "scope") var scope: String
    @Field(key: "key") var key: String
    @Field(key: "occurred_at") var occurredAt: Date

    init() {}

    init(scope: String, key: String, occurredAt: Date) {
        self.scope = scope
        self.key = key
        self.occurredAt = occurredAt
    }
}

final class AuditEntryRecord: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @OptionalField(key: "actor_id") var actorID: Int?
    @Field(key: "action") var action: String
    @Field(key: "target_type") var targetType: String
    @OptionalField(key: "target_id") var targetID: Int?
    @Field(key: "details") var details: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(actorID: Int?, action: String, targetType: String, targetID: Int?, details: String, createdAt: Date) {
        self.actorID = actorID
        self.action = action
        self.targetType = targetType
        self.targetID = targetID
        self.details = details
        self.createdAt = createdAt
    }
}
