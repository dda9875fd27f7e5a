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

/// Everything that needs a permission. Each feature adds its own cases.
public enum Action: Equatable, Sendable {
    case viewAccount(ownerID: Int)
    case editAccount(ownerID: Int)
    case deleteAccount(ownerID: Int)
    case listOrganizations
    case manageOrganizations
    case manageRoles
    case manageMemberships
    case viewAuditLog
    case viewAdminPages
    case submitIdea
    case editIdea(authorID: Int, status: IdeaStatus)
    case supportIdea
    case comment
    case reportComment
    case hideComment
    case triageIdea
    case scoreIdea
    case viewScores
    case followIdea
    case poseChallenge
    case manageThemes
}

/// The one place that decides who may do what. Deny by default; every route asks here.
public enum Authorization {
    public static func allows(_ actor: Actor, _ action: Action) -> Bool {
        switch action {
        case .listOrganizations:
            return true
        case .viewAccount(let owner), .editAccount(let owner), .deleteAccount(let owner):
            return actor.accountID == owner
        case .manageOrganizations, .manageRoles, .manageMemberships, .viewAuditLog, .viewAdminPages:
            return actor.isSignedIn && actor.has(.admin)
        case .submitIdea, .supportIdea, .comment, .reportComment, .followIdea:
            return actor.isSignedIn
        case .hideComment, .triageIdea, .scoreIdea, .viewScores:
            return actor.isSignedIn && actor.has(.coach)
        case .poseChallenge:
            // Staff of a department and the hub team; reform-group members pose theirs through a coach until
            // reform-group membership lands.
            return actor.isSignedIn && (actor.has(.staff) || actor.has(.coach))
        case .manageThemes:
            return actor.isSignedIn && actor.has(.admin)
        case .editIdea(let author, let status):
            return actor.accountID == author && status.isOpenForEditing
        }
    }
}
