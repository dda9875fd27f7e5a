public import Foundation

/// What kind of thing a city resource is.
public enum ResourceKind: String, CaseIterable, Sendable, Codable {
    case room
    case hall
    case premises
    case outdoorArea = "outdoor_area"
    case equipment
    case vehicle
}

/// A picture of a resource: where it is and what it shows, for people who cannot see it.
public struct ResourceImage: Hashable, Sendable {
    public var url: String
    public var alt: String

    public init(url: String, alt: String) {
        self.url = url
        self.alt = alt
    }
}

/// A room, hall, premises, outdoor area, piece of equipment or vehicle an organisation of the city lends out
/// when it does not use it (the reform group's *resurssajt*).
public struct Resource: Identifiable, Equatable, Sendable {
    public var id: Int
    public var organizationID: Int
    public var organizationName: String
    public var kind: ResourceKind
    public var name: String
    public var description: String
    public var address: String
    public var district: String
    public var capacity: Int
    public var accessibility: String
    public var equipment: [String]
    public var images: [ResourceImage]
    public var rules: BookingRules

    public init(
        id: Int, organizationID: Int, organizationName: String, kind: ResourceKind, name: String,
        description: String, address: String, district: String, capacity: Int, accessibility: String,
        equipment: [String], images: [ResourceImage], rules: BookingRules
    ) {
        self.id = id
        self.organizationID = organizationID
        self.organizationName = organizationName
        self.kind = kind
        self.name = name
        self.description = description
        self.address = address
        self.district = district
        self.capacity = capacity
        self.accessibility = accessibility
        self.equipment = equipment
        self.images = images
        self.rules = rules
    }
}

/// A resource as the owner's form and the API give it.
public struct ResourceDraft: Equatable, Sendable {
    public var organizationID: Int?
    public var kind: ResourceKind?
    public var name: String
    public var description: String
    public var address: String
    public var district: String
    public var capacity: Int?
    public var accessibility: String
    public var equipment: [String]
    public var images: [ResourceImage]
    public var rules: BookingRules

    public static let nameLimit = 120
    public static let textLimit = 4000
    public static let shortLimit = 200
    public static let equipmentLimit = 30
    public static let imageLimit = 10
    public static let largestCapacity = 100_000

    public enum Field: String, DraftField {
        case organization, kind, name, description, address, district, capacity, accessibility, equipment, images
        case openingHours = "opening_hours"
        case exceptions
        case slotMinutes = "slot_minutes"
        case minimumMinutes = "minimum_minutes"
        case maximumMinutes = "maximum_minutes"
        case minimumNoticeMinutes = "minimum_notice_minutes"
        case maximumDaysAhead = "maximum_days_ahead"
        case bufferBeforeMinutes = "buffer_before_minutes"
        case bufferAfterMinutes = "buffer_after_minutes"
        case maximumActivePerPerson = "maximum_active_per_person"
        case cancellationCutoffMinutes = "cancellation_cutoff_minutes"
        case audience
        case needsApproval = "needs_approval"
    }

    public init(
        organizationID: Int?, kind: ResourceKind?, name: String, description: String, address: String,
        district: String, capacity: Int?, accessibility: String, equipment: [String], images: [ResourceImage],
        rules: BookingRules
    ) {
        self.organizationID = organizationID
        self.kind = kind
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        self.address = address.trimmingCharacters(in: .whitespacesAndNewlines)
        self.district = district.trimmingCharacters(in: .whitespacesAndNewlines)
        self.capacity = capacity
        self.accessibility = accessibility.trimmingCharacters(in: .whitespacesAndNewlines)
        self.equipment = equipment.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        self.images = images.map {
            ResourceImage(
                url: $0.url.trimmingCharacters(in: .whitespacesAndNewlines),
                alt: $0.alt.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        self.rules = rules
    }

    /// Every problem the draft has by itself; whether the person speaks for the organisation is the store's.
    public func problems() -> FieldProblems<Field> {
        var problems = rules.problems()
        if organizationID == nil { problems[.organization] = .missing }
        if kind == nil { problems[.kind] = .missing }
        FieldCheck.required(name, .name, limit: Self.nameLimit, into: &problems)
        FieldCheck.optional(description, .description, limit: Self.textLimit, into: &problems)
        FieldCheck.required(address, .address, limit: Self.shortLimit, into: &problems)
        FieldCheck.required(district, .district, limit: Self.shortLimit, into: &problems)
        FieldCheck.optional(accessibility, .accessibility, limit: Self.textLimit, into: &problems)
        if let capacity {
            if !(1...Self.largestCapacity).contains(capacity) { problems[.capacity] = .invalid }
        } else {
            problems[.capacity] = .missing
        }
        if equipment.count > Self.equipmentLimit || equipment.contains(where: { $0.count > Self.shortLimit }) {
            problems[.equipment] = .tooLong(limit: Self.shortLimit)
        }
        if images.count > Self.imageLimit
            || images.contains(where: { !WebLink.isValid($0.url) || $0.alt.isEmpty || $0.alt.count > Self.shortLimit })
        {
            problems[.images] = .invalid
        }
        return problems
    }
}

/// What people do with resources and their bookings.
public enum ResourceAction: Equatable, Sendable {
    case book
    /// Adding a resource for an organisation one is staff of (or any, for an admin).
    case addResource
    /// Changing a resource, blocking its time, deciding its requests and seeing who booked it.
    case manage(ownedByMine: Bool)
    case manageAll
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: ResourceAction) -> Bool {
        switch action {
        case .book:
            actor.isSignedIn
        case .addResource:
            actor.isSignedIn && (actor.has(.staff) || actor.has(.admin))
        case .manage(let ownedByMine):
            actor.isSignedIn && (actor.has(.admin) || (ownedByMine && actor.has(.staff)))
        case .manageAll:
            actor.isSignedIn && actor.has(.admin)
        }
    }
}

extension ResourceAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
