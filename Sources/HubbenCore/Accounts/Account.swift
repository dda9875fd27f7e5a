public import Foundation

/// A person's account as the rest of the application sees it.
public struct Account: Identifiable, Equatable, Sendable {
    public var id: Int
    public var name: String
    /// Private: shown only to the person themselves (and in their export), never publicly.
    public var email: String
    public var language: Language
    public var roles: Set<PlatformRole>
    public var createdAt: Date?

    public init(id: Int, name: String, email: String, language: Language, roles: Set<PlatformRole>, createdAt: Date?) {
        self.id = id
        self.name = name
        self.email = email
        self.language = language
        self.roles = roles
        self.createdAt = createdAt
    }

    public var actor: Actor { Actor(accountID: id, roles: roles) }
}

/// How long a browser session lasts: it ends after `idle` without a request and in any case after `absolute`
/// (OWASP ASVS V3.3).
public struct SessionLifetime: Equatable, Sendable {
    public var idle: TimeInterval
    public var absolute: TimeInterval

    public init(idle: TimeInterval, absolute: TimeInterval) {
        self.idle = idle
        self.absolute = absolute
    }

    public static let standard = SessionLifetime(idle: 12 * 3600, absolute: 7 * 24 * 3600)

    public func isValid(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) < idle && now.timeIntervalSince(createdAt) < absolute
    }
}
