/// Who is asking: an anonymous visitor or a signed-in account with its platform roles.
public struct Actor: Equatable, Sendable {
    public var accountID: Int?
    public var roles: Set<PlatformRole>

    public static let anonymous = Actor(accountID: nil, roles: [])

    public init(accountID: Int?, roles: Set<PlatformRole>) {
        self.accountID = accountID
        self.roles = roles
    }

    public var isSignedIn: Bool { accountID != nil }

    /// An admin may do everything a coach may.
    public func has(_ role: PlatformRole) -> Bool {
        roles.contains(role) || (role == .coach && roles.contains(.admin))
    }
}

/// Something that needs a permission. Each feature has one enum of these (`AccountAction`, `AdminAction`,
/// `IdeaAction`, `ChallengeAction`, `ProjectAction` …) and answers it in its own `extension Authorization`, by a
/// switch over every case: a new case does not compile until the policy answers it.
public protocol PolicyAction: Sendable {
    func isAllowed(for actor: Actor) -> Bool
}

/// The one place that decides who may do what, extended by each feature. Deny by default; every route asks here.
public enum Authorization {
    public static func allows(_ actor: Actor, _ action: some PolicyAction) -> Bool {
        action.isAllowed(for: actor)
    }
}

/// What a person does with their own account.
public enum AccountAction: Equatable, Sendable {
    case view(ownerID: Int)
    case edit(ownerID: Int)
    case delete(ownerID: Int)
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: AccountAction) -> Bool {
        switch action {
        case .view(let owner), .edit(let owner), .delete(let owner):
            actor.accountID == owner
        }
    }
}

extension AccountAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}

/// Running the platform: organisations, roles, memberships, themes, the audit log.
public enum AdminAction: Equatable, Sendable {
    case listOrganizations
    case manageOrganizations
    case manageRoles
    case manageMemberships
    case manageThemes
    case viewAuditLog
    case viewAdminPages
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: AdminAction) -> Bool {
        switch action {
        case .listOrganizations:
            true
        case .manageOrganizations, .manageRoles, .manageMemberships, .manageThemes, .viewAuditLog, .viewAdminPages:
            actor.isSignedIn && actor.has(.admin)
        }
    }
}

extension AdminAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
