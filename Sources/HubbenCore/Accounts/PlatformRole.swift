/// What a person may do on the platform as a whole. Every registered person is a `resident`; the others are
/// granted by an administrator. An admin may do everything a coach may.
public enum PlatformRole: String, CaseIterable, Sendable, Codable, Comparable {
    /// The roles an account ends up with: every account is a resident, whatever else it is given.
    public static func kept(_ roles: Set<PlatformRole>) -> Set<PlatformRole> { roles.union([.resident]) }

    case resident
    case staff
    case coach
    case partner
    case admin

    public static func < (lhs: PlatformRole, rhs: PlatformRole) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
