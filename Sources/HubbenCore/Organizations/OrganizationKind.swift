/// The kinds of organisation a person can belong to.
public enum OrganizationKind: String, CaseIterable, Sendable, Codable {
    /// A city department (*förvaltning*).
    case department
    /// A partner company that co-finances the hub, lends staff and runs projects there.
    case partner
    case association
    case university
    case other
}

/// The four reform groups' themes (*reformgrupper*): integration, entrepreneurship, environment, digitalisation.
public enum ReformTheme: String, CaseIterable, Sendable, Codable {
    case integration
    case entrepreneurship
    case environment
    case digitalisation
}

/// A person's role within one organisation.
public enum MembershipRole: String, CaseIterable, Sendable, Codable {
    case member
    case lead
}
