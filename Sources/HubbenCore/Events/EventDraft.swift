public import Foundation

/// An event as the organisers' form and the API give it.
public struct EventDraft: Equatable, Sendable {
    public var kind: EventKind?
    public var title: String
    public var description: String
    public var startsAt: Date?
    public var endsAt: Date?
    /// "address", "online" or "resource".
    public var placeKind: String
    public var address: String
    public var onlineLink: String
    /// The city resource, for the place kind "resource".
    public var resourceID: Int?
    /// Nil: no limit.
    public var capacity: Int?
    public var registrationOpensAt: Date?
    public var registrationClosesAt: Date?
    public var visibility: EventVisibility?
    public var languages: [Language]
    public var waitlistClosed: Bool
    public var themeIDs: [Int]
    public var district: String
    /// Stops of one mobile-unit tour share its name.
    public var tour: String
    public var services: String
    public var employer: String
    public var occupations: String
    public var targetGroup: String
    public var recordingLink: String
    public var guestRetentionDays: Int?

    public static let titleLimit = 160
    public static let descriptionLimit = 10_000
    public static let shortLimit = 300
    public static let largestCapacity = 100_000
    /// An event lasts at most two weeks (a fair, a hackathon over days).
    public static let longest: TimeInterval = 14 * 86_400
    public static let defaultRetentionDays = 30
    public static let longestRetentionDays = 365

    public enum Field: String, DraftField {
        case kind, title, description
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case placeKind = "place_kind"
        case address
        case onlineLink = "online_link"
        case resource = "resource_id"
        case capacity
        case registrationOpensAt = "registration_opens_at"
        case registrationClosesAt = "registration_closes_at"
        case visibility, languages, themes, district, tour, services, employer, occupations
        case targetGroup = "target_group"
        case recordingLink = "recording_link"
        case guestRetentionDays = "guest_retention_days"
    }

    public init(
        kind: EventKind?, title: String, description: String, startsAt: Date?, endsAt: Date?, placeKind: String,
        address: String, onlineLink: String, capacity: Int?, registrationOpensAt: Date?, registrationClosesAt: Date?,
        visibility: EventVisibility?, languages: [Language], waitlistClosed: Bool, themeIDs: [Int],
        district: String = "", tour: String = "", services: String = "", employer: String = "",
        occupations: String = "", targetGroup: String = "", recordingLink: String = "",
        guestRetentionDays: Int? = defaultRetentionDays, resourceID: Int? = nil
    ) {
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.kind = kind
        self.title = trimmed(title)
        self.description = trimmed(description)
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.placeKind = trimmed(placeKind)
        self.address = trimmed(address)
        self.onlineLink = trimmed(onlineLink)
        self.capacity = capacity
        self.registrationOpensAt = registrationOpensAt
        self.registrationClosesAt = registrationClosesAt
        self.visibility = visibility
        self.languages = Language.allCases.filter { languages.contains($0) }
        self.waitlistClosed = waitlistClosed
        self.themeIDs = themeIDs
        self.district = trimmed(district)
        self.tour = trimmed(tour)
        self.services = trimmed(services)
        self.employer = trimmed(employer)
        self.occupations = trimmed(occupations)
        self.targetGroup = trimmed(targetGroup)
        self.recordingLink = trimmed(recordingLink)
        self.guestRetentionDays = guestRetentionDays
        self.resourceID = resourceID
    }

    /// The draft of an event as it is, for changing it.
    public init(_ event: Event) {
        let (placeKind, address, link, resource): (String, String, String, Int?) =
            switch event.place {
            case .address(let address): ("address", address, "", nil)
            case .online(let link): ("online", "", link, nil)
            case .resource(let id, _): ("resource", "", "", id)
            }
        self.init(
            kind: event.kind, title: event.title, description: event.description, startsAt: event.startsAt,
            endsAt: event.endsAt, placeKind: placeKind, address: address, onlineLink: link, capacity: event.capacity,
            registrationOpensAt: event.registrationOpensAt, registrationClosesAt: event.registrationClosesAt,
            visibility: event.visibility, languages: event.languages, waitlistClosed: event.waitlistClosed,
            themeIDs: event.themeIDs, district: event.district, tour: event.tour, services: event.services,
            employer: event.employer,
            occupations: event.occupations, targetGroup: event.targetGroup, recordingLink: event.recordingLink,
            guestRetentionDays: event.guestRetentionDays, resourceID: resource)
    }

    /// Whether the place is a city resource, booked with the event.
    public var takesResource: Bool { placeKind == "resource" }

    /// Every problem of the draft; `knownThemes` are the themes there are.
    public func problems(knownThemes: Set<Int>) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if kind == nil { problems[.kind] = .missing }
        FieldCheck.required(title, .title, limit: Self.titleLimit, into: &problems)
        FieldCheck.required(description, .description, limit: Self.descriptionLimit, into: &problems)
        if let startsAt {
            if !Self.plausible(startsAt) { problems[.startsAt] = .invalid }
        } else {
            problems[.startsAt] = .missing
        }
        if let endsAt {
            if let startsAt, endsAt <= startsAt || endsAt.timeIntervalSince(startsAt) > Self.longest {
                problems[.endsAt] = .invalid
            }
        } else {
            problems[.endsAt] = .missing
        }
        switch placeKind {
        case "address": FieldCheck.required(address, .address, limit: Self.shortLimit, into: &problems)
        case "online":
            if onlineLink.isEmpty {
                problems[.onlineLink] = .missing
            } else if onlineLink.count > Self.shortLimit {
                problems[.onlineLink] = .tooLong(limit: Self.shortLimit)
            } else {
                FieldCheck.link(onlineLink, .onlineLink, into: &problems)
            }
        case "resource": if resourceID == nil { problems[.resource] = .missing }
        default: problems[.placeKind] = .missing
        }
        if let capacity, !(1...Self.largestCapacity).contains(capacity) { problems[.capacity] = .invalid }
        if let opens = registrationOpensAt {
            if !Self.plausible(opens) || (startsAt.map { opens >= $0 } ?? false) {
                problems[.registrationOpensAt] = .invalid
            }
        }
        if let closes = registrationClosesAt {
            if !Self.plausible(closes) || (startsAt.map { closes > $0 } ?? false)
                || (registrationOpensAt.map { closes <= $0 } ?? false)
            {
                problems[.registrationClosesAt] = .invalid
            }
        }
        if visibility == nil { problems[.visibility] = .missing }
        if languages.isEmpty { problems[.languages] = .missing }
        FieldCheck.choices(themeIDs, .themes, known: knownThemes, required: false, into: &problems)
        for (text, field) in [
            (district, Field.district), (tour, .tour), (services, .services), (employer, .employer),
            (occupations, .occupations),
            (targetGroup, .targetGroup),
        ] {
            FieldCheck.optional(text, field, limit: Self.shortLimit, into: &problems)
        }
        if recordingLink.count > Self.shortLimit {
            problems[.recordingLink] = .tooLong(limit: Self.shortLimit)
        } else {
            FieldCheck.link(recordingLink, .recordingLink, into: &problems)
        }
        if let days = guestRetentionDays {
            if !(0...Self.longestRetentionDays).contains(days) { problems[.guestRetentionDays] = .invalid }
        } else {
            problems[.guestRetentionDays] = .missing
        }
        return problems
    }

    /// Years the calendar and both databases handle the same way.
    private static func plausible(_ date: Date) -> Bool {
        (2000...2200).contains(Day(date).year)
    }
}

/// A guest's registration as the form gives it.
public struct GuestRegistrationDraft: Equatable, Sendable {
    public var name: String
    public var email: String

    public enum Field: String, DraftField {
        case name, email
    }

    public init(name: String, email: String) {
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.email = EmailAddress(email)?.value ?? email.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(name, .name, limit: 120, into: &problems)
        FieldCheck.email(email, .email, into: &problems)
        return problems
    }
}
