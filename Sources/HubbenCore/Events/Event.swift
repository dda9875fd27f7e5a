public import Foundation

/// What kind of gathering an event is.
public enum EventKind: String, CaseIterable, Sendable, Codable {
    case competenceDay = "competence_day"
    case workshop
    case demoDay = "demo_day"
    case hackathon
    case fair
    /// The hub's mobile municipal unit visiting a district.
    case mobileVisit = "mobile_visit"
    /// A virtual workplace visit for study and career guidance.
    case workplaceVisit = "workplace_visit"
}

/// Who may see an event and register for it.
public enum EventVisibility: String, CaseIterable, Sendable, Codable {
    case `public`
    /// City staff only (and the hub team).
    case `internal`
}

/// Where an event takes place.
public enum EventPlace: Equatable, Sendable {
    case address(String)
    /// The link is shown only to people registered (and to organisers).
    case online(link: String)
    /// A city resource, booked through its booking rules; `label` is its name and address.
    case resource(id: Int, label: String)

    public var kind: String {
        switch self {
        case .address: "address"
        case .online: "online"
        case .resource: "resource"
        }
    }
}

/// One event as everybody who may see it sees it (the online link is the caller's to hide).
public struct Event: Identifiable, Equatable, Sendable {
    public var id: Int
    public var kind: EventKind
    public var title: String
    public var description: String
    public var startsAt: Date
    public var endsAt: Date
    public var place: EventPlace
    /// Places; nil for no limit.
    public var capacity: Int?
    public var registrationOpensAt: Date?
    /// Registration closes here, and in any case when the event starts.
    public var registrationClosesAt: Date?
    public var visibility: EventVisibility
    public var languages: [Language]
    /// Organisers may stop the waiting list: a full event then takes nobody more.
    public var waitlistClosed: Bool
    public var themeIDs: [Int]
    /// A mobile visit's district and the services offered on site; the tour its stops share.
    public var district: String
    public var tour: String
    public var services: String
    /// A workplace visit's employer, the occupations shown and whom it is for.
    public var employer: String
    public var occupations: String
    public var targetGroup: String
    /// The recording, added after the event.
    public var recordingLink: String
    /// Days after the event that guests' names and e-mail addresses are kept.
    public var guestRetentionDays: Int
    public var createdBy: Int?
    /// The booking that holds the city resource the event takes place in.
    public var bookingID: Int?

    public init(
        id: Int, kind: EventKind, title: String, description: String, startsAt: Date, endsAt: Date,
        place: EventPlace, capacity: Int?, registrationOpensAt: Date?, registrationClosesAt: Date?,
        visibility: EventVisibility, languages: [Language], waitlistClosed: Bool, themeIDs: [Int] = [],
        district: String = "", tour: String = "", services: String = "", employer: String = "",
        occupations: String = "", targetGroup: String = "", recordingLink: String = "",
        guestRetentionDays: Int = EventDraft.defaultRetentionDays,
        createdBy: Int? = nil, bookingID: Int? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.place = place
        self.capacity = capacity
        self.registrationOpensAt = registrationOpensAt
        self.registrationClosesAt = registrationClosesAt
        self.visibility = visibility
        self.languages = languages
        self.waitlistClosed = waitlistClosed
        self.themeIDs = themeIDs
        self.district = district
        self.tour = tour
        self.services = services
        self.employer = employer
        self.occupations = occupations
        self.targetGroup = targetGroup
        self.recordingLink = recordingLink
        self.guestRetentionDays = guestRetentionDays
        self.createdBy = createdBy
        self.bookingID = bookingID
    }

    /// Whether registration is taken at `now`.
    public func registration(at now: Date) -> EventRegistrationWindow {
        if let opens = registrationOpensAt, now < opens { return .notYetOpen }
        if now >= startsAt { return .started }
        if let closes = registrationClosesAt, now >= closes { return .closed }
        return .open
    }

    /// When a guest's unconfirmed place is let go: 48 hours after they asked, and at the latest when the event
    /// starts.
    public func guestHold(from now: Date) -> Date {
        min(now.addingTimeInterval(EventRules.guestConfirmationWindow), startsAt)
    }

    /// When the guests' names and addresses are erased: the retention's days after the end, at the same time of
    /// day in Stockholm.
    public var guestDataErasedAt: Date { Self.guestDataErased(endsAt: endsAt, retentionDays: guestRetentionDays) }

    public static func guestDataErased(endsAt: Date, retentionDays: Int) -> Date {
        let day = Day(endsAt)
        return day.adding(days: max(0, min(retentionDays, EventDraft.longestRetentionDays))).at(
            minute: day.minute(of: endsAt))
    }
}

public enum EventRegistrationWindow: String, Sendable {
    case notYetOpen = "not_yet_open"
    case open
    case closed
    /// The event has started: nobody registers or cancels any more.
    case started
}

/// Where one registration is.
public enum EventRegistrationStatus: String, CaseIterable, Sendable, Codable {
    case registered
    case waitlisted
    /// A guest who has not yet confirmed their e-mail address; the place (or the turn) is held meanwhile.
    case pendingConfirmation = "pending_confirmation"
    case cancelled
    /// A guest who did not confirm in time.
    case expired

    /// Whether it still counts: holds a place, a turn in the waiting list, or a guest's hold.
    public var isActive: Bool { self == .registered || self == .waitlisted || self == .pendingConfirmation }
}

/// One registration as its person and the organisers see it.
public struct EventRegistration: Identifiable, Equatable, Sendable {
    public var id: Int
    public var eventID: Int
    public var accountID: Int?
    /// The account's name, or the guest's.
    public var name: String
    public var status: EventRegistrationStatus
    /// The place held (1…capacity); nil in the waiting list, and for events without a limit.
    public var seat: Int?
    public var code: String
    public var checkedInAt: Date?
    public var createdAt: Date

    public init(
        id: Int, eventID: Int, accountID: Int?, name: String, status: EventRegistrationStatus, seat: Int?,
        code: String, checkedInAt: Date?, createdAt: Date
    ) {
        self.id = id
        self.eventID = eventID
        self.accountID = accountID
        self.name = name
        self.status = status
        self.seat = seat
        self.code = code
        self.checkedInAt = checkedInAt
        self.createdAt = createdAt
    }

    public var isGuest: Bool { accountID == nil }
}

/// Capacity, the waiting list and promotion: which place a new registration gets, and who moves up when places
/// come free. Pure: the store applies the answers under the event's lock.
public enum EventRules {
    public static let guestConfirmationWindow: TimeInterval = 48 * 3600
    /// Reminders go out this long before an event starts.
    public static let reminderAhead: TimeInterval = 48 * 3600

    public enum Placement: Equatable, Sendable {
        /// A place: its number, or nil for an event without a limit.
        case seat(Int?)
        case waitlist
        /// Full, and the waiting list is closed.
        case full
    }

    /// Where a new registration goes, given the places already held.
    public static func placement(capacity: Int?, heldSeats: Set<Int>, waitlistClosed: Bool) -> Placement {
        guard let capacity else { return .seat(nil) }
        if let free = freeSeats(capacity: capacity, held: heldSeats, limit: 1).first { return .seat(free) }
        return waitlistClosed ? .full : .waitlist
    }

    /// The lowest free places, at most `limit` of them.
    public static func freeSeats(capacity: Int, held: Set<Int>, limit: Int) -> [Int] {
        guard capacity > 0, limit > 0 else { return [] }
        var free: [Int] = []
        var seat = 1
        while seat <= capacity, free.count < limit {
            if !held.contains(seat) { free.append(seat) }
            seat += 1
        }
        return free
    }

    /// Who of the waiting list (in arrival order) moves up to which free place: the first waiting take the
    /// lowest places. For an event without a limit, everyone waiting moves up.
    public static func promotions(capacity: Int?, heldSeats: Set<Int>, waiting: [Int]) -> [(
        registrationID: Int, seat: Int?
    )] {
        guard let capacity else { return waiting.map { ($0, nil) } }
        let free = freeSeats(capacity: capacity, held: heldSeats, limit: waiting.count)
        return zip(waiting, free).map { ($0, $1) }
    }

    /// A new capacity must still hold everyone registered; the places above it are moved down into free ones.
    /// Nil when it cannot (more registered than the new capacity); otherwise the moves (from → to).
    public static func reseat(capacity: Int, heldSeats: Set<Int>) -> [(from: Int, to: Int)]? {
        guard heldSeats.count <= capacity else { return nil }
        let above = heldSeats.filter { $0 > capacity }.sorted()
        let free = freeSeats(capacity: capacity, held: heldSeats, limit: above.count)
        return zip(above, free).map { ($0, $1) }
    }

    /// Characters of a check-in code: no 0/O or 1/I/L to mix up when read aloud at the door.
    public static let codeAlphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    public static let codeLength = 8

    public static func newCode<G: RandomNumberGenerator>(using generator: inout G) -> String {
        String((0..<codeLength).map { _ in codeAlphabet.randomElement(using: &generator) ?? "A" })
    }

    /// A code as people type it: upper case, without spaces or dashes.
    public static func normalisedCode(_ text: String) -> String {
        String(text.uppercased().filter { $0 != " " && $0 != "-" }.prefix(40))
    }
}

/// Who may do what with events.
public enum EventAction: Equatable, Sendable {
    case see(EventVisibility)
    /// Registering oneself while signed in.
    case register(EventVisibility)
    /// Registering as a guest, without an account.
    case registerAsGuest(EventVisibility)
    /// Creating and changing events, seeing attendees and checking them in.
    case organise
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: EventAction) -> Bool {
        switch action {
        case .see(.public): return true
        case .see(.internal), .register(.internal): return actor.has(.staff) || actor.has(.coach)
        case .register(.public): return actor.isSignedIn
        case .registerAsGuest(let visibility): return visibility == .public && !actor.isSignedIn
        case .organise: return actor.has(.staff) || actor.has(.coach)
        }
    }
}

extension EventAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}

/// One slot of a demo day's agenda: a project presenting, and after the day the journal entry with the result.
public struct AgendaSlot: Identifiable, Equatable, Sendable {
    public var id: Int
    public var eventID: Int
    public var startsAt: Date
    public var projectID: Int
    public var projectTitle: String
    /// What is shown ("Prototypen i skarp drift").
    public var title: String
    public var resultEntryID: Int?
    public var resultTitle: String?

    public init(
        id: Int, eventID: Int, startsAt: Date, projectID: Int, projectTitle: String, title: String,
        resultEntryID: Int?, resultTitle: String?
    ) {
        self.id = id
        self.eventID = eventID
        self.startsAt = startsAt
        self.projectID = projectID
        self.projectTitle = projectTitle
        self.title = title
        self.resultEntryID = resultEntryID
        self.resultTitle = resultTitle
    }
}

/// A slot as the organisers' form gives it.
public struct AgendaSlotDraft: Equatable, Sendable {
    public var startsAt: Date?
    public var projectID: Int?
    public var title: String

    public static let titleLimit = 200

    public enum Field: String, DraftField {
        case startsAt = "slot_time"
        case project = "slot_project"
        case title = "slot_title"
    }

    public init(startsAt: Date?, projectID: Int?, title: String) {
        self.startsAt = startsAt
        self.projectID = projectID
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Problems within `event`; `presentable` are the projects that may present (public ones).
    public func problems(in event: Event, presentable: Set<Int>) -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if let startsAt {
            if startsAt < event.startsAt || startsAt >= event.endsAt { problems[.startsAt] = .invalid }
        } else {
            problems[.startsAt] = .missing
        }
        if let projectID {
            if !presentable.contains(projectID) { problems[.project] = .invalid }
        } else {
            problems[.project] = .missing
        }
        FieldCheck.required(title, .title, limit: Self.titleLimit, into: &problems)
        return problems
    }
}
