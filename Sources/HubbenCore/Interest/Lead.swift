public import Foundation

/// What someone registering interest (*anmäl intresse*) wants.
public enum InterestKind: String, CaseIterable, Sendable, Codable {
    case workAtHub = "work_at_hub"
    case workThroughSupplier = "work_through_supplier"
    case becomePartner = "become_partner"
    case testUser = "test_user"
    case followWork = "follow_work"
}

/// An age band a test user may give, so that a project can ask for the users it needs.
public enum AgeBand: String, CaseIterable, Sendable, Codable {
    case under18 = "under_18"
    case from18To29 = "18_29"
    case from30To49 = "30_49"
    case from50To64 = "50_64"
    case over65 = "65_plus"
}

/// Where the hub team is with a lead: new → contacted → in dialogue → closed (with its outcome).
public enum LeadStatus: String, CaseIterable, Sendable, Codable {
    case new
    case contacted
    case inDialogue = "in_dialogue"
    case closed
}

public enum LeadOutcome: String, CaseIterable, Sendable, Codable {
    case hired
    case supplierContact = "supplier_contact"
    case partnerAgreement = "partner_agreement"
    case testUser = "test_user"
    case notNow = "not_now"
}

/// The consent a person gives when registering interest: its text is versioned, and the version and the
/// moment are stored with the lead.
public enum InterestConsent {
    /// Changes whenever the consent's wording (purpose or retention) changes.
    public static let version = "2026-12-a"
    /// How long a confirmed lead is kept from the day it was registered.
    public static let retentionDays = 730
    /// How long the address has to confirm; an unconfirmed lead is erased after it.
    public static let confirmationWindow: TimeInterval = 48 * 3600
    /// A person needs at least this long to fill in the form; a script is faster.
    public static let minimumFillTime: TimeInterval = 3
}

/// Interest as the public form or the API gives it.
public struct InterestDraft: Equatable, Sendable {
    public var name: String
    public var email: String
    public var organization: String
    public var interests: [InterestKind]
    public var projectID: Int?
    public var challengeID: Int?
    public var message: String
    public var district: String
    public var ageBand: AgeBand?
    /// The consent version the person saw and accepted; nil when they did not accept.
    public var consentVersion: String?

    public enum Field: String, DraftField {
        case name, email, organization, interests, project, challenge, message, district
        case ageBand = "age_band"
        case consent
    }

    public init(
        name: String, email: String, organization: String = "", interests: [InterestKind], projectID: Int? = nil,
        challengeID: Int? = nil, message: String = "", district: String = "", ageBand: AgeBand? = nil,
        consentVersion: String?
    ) {
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.email = EmailAddress(email)?.value ?? email.trimmingCharacters(in: .whitespacesAndNewlines)
        self.organization = organization.trimmingCharacters(in: .whitespacesAndNewlines)
        var seen = Set<InterestKind>()
        self.interests = interests.filter { seen.insert($0).inserted }
        self.projectID = projectID
        self.challengeID = challengeID
        self.message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        self.district = district.trimmingCharacters(in: .whitespacesAndNewlines)
        self.ageBand = ageBand
        self.consentVersion = consentVersion
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(name, .name, limit: 120, into: &problems)
        FieldCheck.email(email, .email, into: &problems)
        FieldCheck.optional(organization, .organization, limit: 200, into: &problems)
        if interests.isEmpty { problems[.interests] = .missing }
        FieldCheck.optional(message, .message, limit: 2000, into: &problems)
        FieldCheck.optional(district, .district, limit: 80, into: &problems)
        if consentVersion == nil {
            problems[.consent] = .missing
        } else if consentVersion != InterestConsent.version {
            problems[.consent] = .invalid
        }
        return problems
    }
}

/// A registered interest as the hub team works it.
public struct Lead: Identifiable, Equatable, Sendable {
    public var id: Int
    public var name: String
    public var email: String
    public var organization: String
    public var interests: [InterestKind]
    public var projectID: Int?
    public var challengeID: Int?
    public var message: String
    public var district: String
    public var ageBand: AgeBand?
    public var consentVersion: String
    public var consentedAt: Date
    public var confirmedAt: Date?
    public var status: LeadStatus
    public var outcome: LeadOutcome?
    public var assigneeID: Int?
    public var retainUntil: Date
    public var createdAt: Date

    public init(
        id: Int, name: String, email: String, organization: String, interests: [InterestKind], projectID: Int?,
        challengeID: Int?, message: String, district: String, ageBand: AgeBand?, consentVersion: String,
        consentedAt: Date, confirmedAt: Date?, status: LeadStatus, outcome: LeadOutcome?, assigneeID: Int?,
        retainUntil: Date, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.organization = organization
        self.interests = interests
        self.projectID = projectID
        self.challengeID = challengeID
        self.message = message
        self.district = district
        self.ageBand = ageBand
        self.consentVersion = consentVersion
        self.consentedAt = consentedAt
        self.confirmedAt = confirmedAt
        self.status = status
        self.outcome = outcome
        self.assigneeID = assigneeID
        self.retainUntil = retainUntil
        self.createdAt = createdAt
    }
}

/// The hub team's change to a lead: any of status (a closed lead needs its outcome), assignee and a note.
public struct LeadChange: Equatable, Sendable {
    public var status: LeadStatus?
    public var outcome: LeadOutcome?
    /// `.some(nil)` takes the assignee away.
    public var assigneeID: Int??
    public var note: String

    public enum Field: String, DraftField {
        case status, outcome, assignee, note
    }

    public init(status: LeadStatus? = nil, outcome: LeadOutcome? = nil, assigneeID: Int?? = nil, note: String = "") {
        self.status = status
        self.outcome = outcome
        self.assigneeID = assigneeID
        self.note = note.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What is wrong with this change to a lead that is now `current`.
    public func problems(current: LeadStatus) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        let next = status ?? current
        if next == .closed, outcome == nil, status != nil { problems[.outcome] = .missing }
        if next != .closed, outcome != nil { problems[.outcome] = .invalid }
        FieldCheck.optional(note, .note, limit: 4000, into: &problems)
        return problems
    }

    public var isEmpty: Bool { status == nil && outcome == nil && assigneeID == nil && note.isEmpty }
}

/// Leads are the hub team's: coaches and admins see and work them; nobody else sees that one exists.
public enum LeadAction: Equatable, Sendable {
    case work
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: LeadAction) -> Bool {
        switch action {
        case .work: actor.has(.coach)
        }
    }
}

extension LeadAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
