import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// Events and registration: for the web, the API and the demo alike.
struct EventActions {
    let context: ActionContext
    /// Where links in mail point (`AppServices.absoluteBaseURL`).
    let baseURL: String

    private var store: EventStore { EventStore(database: context.database) }

    /// The places' keeper, to be moved onto a transaction's database with `on(_:)`.
    private var places: EventPlaces {
        EventPlaces(
            database: context.database, baseURL: baseURL, delivers: context.services.mail.delivers, now: context.now)
    }

    /// The event if the person may see it (404 otherwise, so that an internal event's existence does not leak).
    func visibleEvent(_ id: Int) async throws -> Event {
        guard let event = try await store.event(id: id),
            Authorization.allows(context.actor, EventAction.see(event.visibility))
        else { throw ActionRefusal.notFound }
        return event
    }

    // MARK: Reading

    struct Listed: Sendable {
        var events: [Event]
        var total: Int
        var counts: [Int: (registered: Int, waiting: Int)]
    }

    /// One page of events with their counts, shared for a moment between everyone the filter covers (a
    /// person's own registration reads fresh after they wrote).
    func list(_ filter: EventStore.Filter) async throws -> Listed {
        var filter = filter
        filter.includeInternal = Authorization.allows(context.actor, EventAction.see(.internal))
        let store = store
        let now = context.now
        return try await context.sharedRead("events.list \(filter.sharedKey)") { [filter] in
            let (events, total) = try await store.events(filter, now: now)
            return Listed(events: events, total: total, counts: try await store.counts(events.map(\.id)))
        }
    }

    /// One event as the person sees it: the counts, their own registration and what they may do.
    struct EventView: Sendable {
        var event: Event
        var registered: Int
        var waiting: Int
        var mine: EventRegistration?
        /// Their place in the waiting list.
        var position: Int?
        var window: EventRegistrationWindow
        var mayOrganise: Bool
        /// Whether the online link is shown: to those registered and to organisers.
        var showsLink: Bool
        /// For organisers: where the booking of the event's city resource stands.
        var placeBooking: BookingStatus?
        /// A demo day's agenda, and the other stops of a tour.
        var agenda: [AgendaSlot]
        var tour: Listed

        var isFull: Bool { event.capacity.map { registered >= $0 } ?? false }
    }

    /// What everyone who may see an event sees of it, shared for a moment.
    private struct Shown: Sendable {
        var event: Event
        var registered: Int
        var waiting: Int
        var agenda: [AgendaSlot]
        var tour: Listed
    }

    func view(_ id: Int) async throws -> EventView {
        let internalToo = Authorization.allows(context.actor, EventAction.see(.internal))
        let store = store
        let shown: Shown? = try await context.sharedRead("events.show \(id) \(internalToo)") {
            guard let event = try await store.event(id: id), internalToo || event.visibility == .public else {
                return nil
            }
            let counts = try await store.counts([id])[id] ?? (0, 0)
            let stops = try await store.tour(event.tour, includeInternal: internalToo)
            return Shown(
                event: event, registered: counts.registered, waiting: counts.waiting,
                agenda: try await store.agenda(id),
                tour: Listed(events: stops, total: stops.count, counts: try await store.counts(stops.map(\.id))))
        }
        guard let shown, Authorization.allows(context.actor, EventAction.see(shown.event.visibility)) else {
            throw ActionRefusal.notFound
        }
        let event = shown.event
        let counts = (registered: shown.registered, waiting: shown.waiting)
        var mine: EventRegistration?
        var position: Int?
        if let account = context.account {
            mine = try await store.active(eventID: id, accountID: account.id)
            if let mine, mine.seat == nil, mine.status != .registered {
                position = try await store.position(of: mine)
            }
        }
        let mayOrganise = Authorization.allows(context.actor, EventAction.organise)
        var placeBooking: BookingStatus?
        if mayOrganise, let bookingID = event.bookingID { placeBooking = try await store.bookingStatus(bookingID) }
        return EventView(
            event: event, registered: counts.registered, waiting: counts.waiting, mine: mine, position: position,
            window: event.registration(at: context.now), mayOrganise: mayOrganise,
            showsLink: mayOrganise || mine?.status == .registered, placeBooking: placeBooking, agenda: shown.agenda,
            tour: shown.tour)
    }

    /// The person's active registrations, soonest event first, with their place in the waiting list.
    func mine() async throws -> [(event: Event, registration: EventRegistration, position: Int?)] {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        var mine: [(event: Event, registration: EventRegistration, position: Int?)] = []
        for (event, registration) in try await store.registrations(of: account.id) {
            let waiting = registration.seat == nil && registration.status != .registered
            mine.append((event, registration, waiting ? try await store.position(of: registration) : nil))
        }
        return mine
    }

    /// The events of the person a calendar secret belongs to, from 90 days back, as a calendar.
    static func personalCalendar(token: String, database: any Database, baseURL: String, now: Date) async throws
        -> ICalendar?
    {
        guard token.count <= 100, let owner = try await BookingStore(database: database).feedOwner(token: token),
            let language = try await database.sql.raw(
                "SELECT language FROM accounts WHERE id = \(bind: owner) AND deleted_at IS NULL"
            ).first()?.decode(column: "language", as: String.self)
        else { return nil }
        let t = Localizer(Language(rawValue: language) ?? .sv)
        let events = try await EventStore(database: database).registrations(of: owner)
            .filter { $0.event.endsAt > now.addingTimeInterval(-90 * 86_400) }
        return ICalendar(
            name: t(.eventsMine),
            events: events.map { event, registration in
                EventActions.calendarEvent(
                    event, baseURL: baseURL, now: now, t, isTentative: registration.status != .registered)
            })
    }

    /// One event as a calendar entry; an online link never goes into it (a calendar is shared more widely).
    static func calendarEvent(_ event: Event, baseURL: String, now: Date, _ t: Localizer, isTentative: Bool = false)
        -> ICalendar.Event
    {
        return ICalendar.Event(
            uid: "event-\(event.id)@hubben", start: event.startsAt, end: event.endsAt, summary: event.title,
            description: event.description, location: EventPages.place(event, t),
            url: baseURL + EventPaths.show(event.id),
            isTentative: isTentative, stamp: now)
    }

    // MARK: Organising

    enum Saved: Sendable {
        case saved(Event)
        case invalid(FieldProblems<EventDraft.Field>)
        /// The new capacity is below the number of people holding a place.
        case capacityBelowRegistered(Int)
        /// The city resource could not be booked for the event's time: nothing was saved.
        case placeRefused(BookingActions.Reserved)
    }

    /// Thrown inside the write transaction to roll back the event and anything booked with it.
    private struct PlaceRefused: Error {
        var reservation: BookingActions.Reserved
    }

    private var bookings: BookingActions { BookingActions(context: context, baseURL: baseURL) }

    /// The resource's name and address as the event shows them; nil when there is no such resource.
    private func placeLabel(_ draft: EventDraft) async throws -> String? {
        guard draft.takesResource else { return "" }
        guard let id = draft.resourceID,
            let resource = try await ResourceStore(database: context.database).resource(id: id)
        else { return nil }
        return "\(resource.name), \(resource.address)"
    }

    /// Books the draft's resource inside the transaction `db`, giving back `replacing` first; throws
    /// `PlaceRefused` (rolling everything back) when the resource cannot be had.
    private func reserve(_ draft: EventDraft, replacing: Int?, db: any Database) async throws -> Int? {
        guard draft.takesResource, let resourceID = draft.resourceID, let start = draft.startsAt,
            let end = draft.endsAt
        else { return nil }
        let reservation = try await bookings.reserveForEvent(
            resourceID: resourceID, time: DateInterval(start: start, end: end), people: draft.capacity ?? 1,
            purpose: draft.title, replacing: replacing, db: db)
        guard case .reserved(let bookingID) = reservation else { throw PlaceRefused(reservation: reservation) }
        return bookingID
    }

    /// What a refused or raced booking of the draft's resource comes to.
    private func refusal(_ error: any Error, _ draft: EventDraft) async throws -> Saved {
        if let refused = error as? PlaceRefused { return .placeRefused(refused.reservation) }
        // PostgreSQL's exclusion constraint: a booking of that time committed while this one was written.
        if BookingActions.isOverlap(error), let resourceID = draft.resourceID, let start = draft.startsAt,
            let end = draft.endsAt,
            let resource = try await ResourceStore(database: context.database).resource(id: resourceID),
            let busy = try await BookingStore(database: context.database).collision(
                resourceID: resourceID, held: resource.rules.heldTime(start: start, end: end))
        {
            return .placeRefused(.conflict(busy))
        }
        throw error
    }

    func create(_ draft: EventDraft, unreadable: FieldProblems<EventDraft.Field> = [:]) async throws -> Saved {
        let account = try context.require(EventAction.organise)
        var problems = try await problems(draft, unreadable: unreadable)
        let label = try await placeLabel(draft)
        if label == nil, problems[.resource] == nil { problems[.resource] = .invalid }
        guard problems.isEmpty, let label else { return .invalid(problems) }
        let now = context.now
        let id: Int
        do {
            id = try await context.database.writeTransaction { db in
                let bookingID = try await reserve(draft, replacing: nil, db: db)
                return try await EventStore(database: db).create(
                    draft, placeLabel: label, bookingID: bookingID, createdBy: account.id, now: now)
            }
        } catch {
            return try await refusal(error, draft)
        }
        guard let event = try await store.event(id: id) else { throw ActionRefusal.notFound }
        return .saved(event)
    }

    /// Changes an event. A new capacity must hold everyone with a place (their places are renumbered to fit);
    /// more places, or an unlimited event, move the waiting list up. An event in a city resource keeps its
    /// booking while its time and resource stay; otherwise it is booked anew (and the old booking given back)
    /// in the same transaction, or nothing changes.
    func change(_ id: Int, _ draft: EventDraft, unreadable: FieldProblems<EventDraft.Field> = [:]) async throws
        -> Saved
    {
        _ = try context.require(EventAction.organise)
        guard let before = try await store.event(id: id) else { throw ActionRefusal.notFound }
        var problems = try await problems(draft, unreadable: unreadable)
        let label = try await placeLabel(draft)
        if label == nil, problems[.resource] == nil { problems[.resource] = .invalid }
        guard problems.isEmpty, let label else { return .invalid(problems) }
        let now = context.now
        let places = places
        let beforeDraft = EventDraft(before)
        let keepsBooking =
            draft.takesResource && beforeDraft.takesResource && draft.resourceID == beforeDraft.resourceID
            && draft.startsAt == before.startsAt && draft.endsAt == before.endsAt
            && draft.capacity == before.capacity && before.bookingID != nil
        let refused: Int?
        do {
            refused = try await context.database.writeTransaction { db in
                let writer = EventStore(database: db)
                guard try await writer.lock(id) else { throw ActionRefusal.notFound }
                let held = try await writer.heldSeats(id)
                if let capacity = draft.capacity {
                    guard let moves = EventRules.reseat(capacity: capacity, heldSeats: held) else { return held.count }
                    for move in moves { try await writer.moveSeat(eventID: id, from: move.from, to: move.to) }
                } else if !held.isEmpty {
                    try await db.sql.raw("UPDATE event_registrations SET seat = NULL WHERE event_id = \(bind: id)")
                        .run()
                }
                var bookingID = before.bookingID
                if draft.takesResource, !keepsBooking {
                    bookingID = try await reserve(draft, replacing: before.bookingID, db: db)
                } else if !draft.takesResource, let old = before.bookingID {
                    try await BookingActions.releaseForEvent(old, db: db, now: now)
                    bookingID = nil
                }
                try await writer.update(id, draft, placeLabel: label, bookingID: bookingID, now: now)
                if let event = try await writer.event(id: id) { try await places.on(db).settle(event) }
                return nil
            }
        } catch {
            return try await refusal(error, draft)
        }
        if let refused { return .capacityBelowRegistered(refused) }
        guard let event = try await store.event(id: id) else { throw ActionRefusal.notFound }
        return .saved(event)
    }

    private func problems(_ draft: EventDraft, unreadable: FieldProblems<EventDraft.Field>) async throws
        -> FieldProblems<EventDraft.Field>
    {
        let themes = Set(try await IdeaStore(database: context.database).themes().map(\.id))
        return unreadable.merging(draft.problems(knownThemes: themes)) { typed, _ in typed }
    }

    // MARK: Registering

    enum Registered: Sendable {
        case registered(EventRegistration)
        case waitlisted(EventRegistration, position: Int)
        case alreadyRegistered(EventRegistration)
        /// Every place is taken and the waiting list is closed.
        case full
        case closed(EventRegistrationWindow)
    }

    /// The signed-in person registers: a place when there is one, the waiting list otherwise.
    func register(_ eventID: Int) async throws -> Registered {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        let event = try await visibleEvent(eventID)
        guard Authorization.allows(context.actor, EventAction.register(event.visibility)) else {
            throw ActionRefusal.notAllowed
        }
        let window = event.registration(at: context.now)
        guard window == .open else { return .closed(window) }
        let now = context.now
        let places = places
        enum Taken: Sendable {
            case taken(Int)
            case already(Int)
            case full
        }
        let taken: Taken = try await context.database.writeTransaction { db in
            let writer = EventStore(database: db)
            // The event as it is under the lock: an organiser's change committed meanwhile (fewer places, the
            // waiting list closed) counts.
            guard let event = try await writer.lockedEvent(eventID) else { throw ActionRefusal.notFound }
            try await places.on(db).settle(event)
            if let existing = try await writer.active(eventID: eventID, accountID: account.id) {
                return .already(existing.id)
            }
            let placement = EventRules.placement(
                capacity: event.capacity, heldSeats: try await writer.heldSeats(eventID),
                waitlistClosed: event.waitlistClosed)
            let id: Int
            switch placement {
            case .full: return .full
            case .seat(let seat):
                id = try await writer.insert(
                    .init(eventID: eventID, accountID: account.id, status: .registered, seat: seat), now: now)
            case .waitlist:
                id = try await writer.insert(
                    .init(eventID: eventID, accountID: account.id, status: .waitlisted), now: now)
            }
            return .taken(id)
        }
        switch taken {
        case .full: return .full
        case .already(let id):
            guard let registration = try await store.registration(id: id) else { throw ActionRefusal.notFound }
            return .alreadyRegistered(registration)
        case .taken(let id):
            guard let registration = try await store.registration(id: id) else { throw ActionRefusal.notFound }
            if registration.status == .registered { return .registered(registration) }
            return .waitlisted(registration, position: try await store.position(of: registration))
        }
    }

    enum GuestRegistered: Sendable {
        /// The answer is the same whether or not the address was already registered: a mail went (or, over
        /// the per-address limit, was dropped) either way.
        case mailed
        case invalid(FieldProblems<GuestRegistrationDraft.Field>)
        case full
        case closed(EventRegistrationWindow)
    }

    /// A guest registers with a name and an address: the place (or turn) is held until they confirm through
    /// the mailed link, at most 48 hours.
    func registerGuest(_ eventID: Int, _ draft: GuestRegistrationDraft, language: Language) async throws
        -> GuestRegistered
    {
        let event = try await visibleEvent(eventID)
        guard Authorization.allows(context.actor, EventAction.registerAsGuest(event.visibility)) else {
            throw ActionRefusal.notAllowed
        }
        let problems = draft.problems()
        guard problems.isEmpty else { return .invalid(problems) }
        let window = event.registration(at: context.now)
        guard window == .open else { return .closed(window) }
        guard try await context.throttle.mayMailEventGuest(to: draft.email) else { return .mailed }
        let token = SecretToken.generate()
        let link = baseURL + EventPaths.confirmation(token)
        let now = context.now
        let places = places
        return try await context.database.writeTransaction { db in
            let writer = EventStore(database: db)
            // The event as it is under the lock: an organiser's change committed meanwhile (fewer places, the
            // waiting list closed) counts.
            guard let event = try await writer.lockedEvent(eventID) else { throw ActionRefusal.notFound }
            try await places.on(db).settle(event)
            if let existing = try await writer.activeGuest(eventID: eventID, email: draft.email) {
                try await places.on(db).mail(existing, event: event, language: language) { t, name in
                    (
                        t(.eventMailAlreadySubject(event: event.title)),
                        t(.eventMailAlready(name: name, event: event.title))
                    )
                }
                return .mailed
            }
            let placement = EventRules.placement(
                capacity: event.capacity, heldSeats: try await writer.heldSeats(eventID),
                waitlistClosed: event.waitlistClosed)
            var seat: Int?
            switch placement {
            case .full: return .full
            case .seat(let number): seat = number
            case .waitlist: seat = nil
            }
            let id = try await writer.insert(
                .init(
                    eventID: eventID, guestName: draft.name, guestEmail: draft.email, status: .pendingConfirmation,
                    seat: seat, confirmTokenHash: SecretToken.hash(token), holdUntil: event.guestHold(from: now)),
                now: now)
            try await places.on(db).mail(id, event: event, language: language) { t, name in
                (
                    t(.eventMailConfirmSubject(event: event.title)),
                    t(.eventMailConfirm(name: name, event: event.title, link: link))
                )
            }
            return .mailed
        }
    }

    enum Confirmed: Sendable {
        case confirmed(Event, EventRegistration, position: Int?)
        /// No such link, already used, or the time to confirm ran out.
        case invalidLink
    }

    /// What a confirmation link names, without confirming it (the page's GET).
    func pendingGuest(token: String) async throws -> Event? {
        guard let pending = try await store.pendingGuest(tokenHash: SecretToken.hash(token)),
            let registration = try await store.registration(id: pending.id),
            let event = try await store.event(id: pending.eventID), registration.status == .pendingConfirmation
        else { return nil }
        return event
    }

    /// A guest confirms their address through the mailed link.
    func confirmGuest(token: String) async throws -> Confirmed {
        guard let pending = try await store.pendingGuest(tokenHash: SecretToken.hash(token)),
            let event = try await store.event(id: pending.eventID)
        else { return .invalidLink }
        let now = context.now
        let places = places
        let confirmed: Bool = try await context.database.writeTransaction { db in
            let writer = EventStore(database: db)
            guard let event = try await writer.lockedEvent(event.id) else { return false }
            try await places.on(db).settle(event)
            guard let registration = try await writer.registration(id: pending.id),
                registration.status == .pendingConfirmation
            else { return false }
            let holdsPlace = registration.seat != nil || event.capacity == nil
            guard try await writer.confirmGuest(pending.id, registered: holdsPlace, now: now) else { return false }
            try await places.on(db).mail(pending.id, event: event) { t, name in
                (
                    t(.eventMailConfirmedSubject(event: event.title)),
                    holdsPlace
                        ? t(
                            .eventMailConfirmed(
                                name: name, event: event.title, when: EventTexts.when(event, t.language)))
                        : t(.eventMailWaiting(name: name, event: event.title))
                )
            }
            return true
        }
        guard confirmed, let registration = try await store.registration(id: pending.id) else { return .invalidLink }
        let position = registration.status == .waitlisted ? try await store.position(of: registration) : nil
        return .confirmed(event, registration, position: position)
    }

    enum Cancelled: Sendable {
        case cancelled
        case notRegistered
        /// The event has started: nobody cancels any more.
        case started
    }

    /// The person cancels their registration until the event starts; the first waiting moves up.
    func cancelMine(_ eventID: Int) async throws -> Cancelled {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        let event = try await visibleEvent(eventID)
        guard context.now < event.startsAt else { return .started }
        let now = context.now
        let places = places
        return try await context.database.writeTransaction { db in
            let writer = EventStore(database: db)
            guard let event = try await writer.lockedEvent(eventID) else { throw ActionRefusal.notFound }
            guard let mine = try await writer.active(eventID: eventID, accountID: account.id),
                try await writer.end(mine.id, as: .cancelled, now: now)
            else { return .notRegistered }
            try await places.on(db).settle(event)
            return .cancelled
        }
    }

    // MARK: A demo day's agenda

    func agenda(_ eventID: Int) async throws -> [AgendaSlot] {
        _ = try await visibleEvent(eventID)
        return try await store.agenda(eventID)
    }

    /// An organiser adds a project's slot within the event's time.
    func addSlot(_ eventID: Int, _ draft: AgendaSlotDraft, unreadable: FieldProblems<AgendaSlotDraft.Field> = [:])
        async throws -> FieldProblems<AgendaSlotDraft.Field>
    {
        _ = try context.require(EventAction.organise)
        guard let event = try await store.event(id: eventID) else { throw ActionRefusal.notFound }
        let presentable = Set(try await store.presentableProjects().map(\.id))
        let problems = unreadable.merging(draft.problems(in: event, presentable: presentable)) { typed, _ in typed }
        guard problems.isEmpty, let startsAt = draft.startsAt, let projectID = draft.projectID else { return problems }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await EventStore(database: db).addSlot(
                eventID: eventID, startsAt: startsAt, projectID: projectID, title: draft.title, now: now)
        }
        return [:]
    }

    func removeSlot(_ eventID: Int, slotID: Int) async throws {
        _ = try context.require(EventAction.organise)
        let removed = try await context.database.writeTransaction { db in
            try await EventStore(database: db).removeSlot(eventID: eventID, slotID: slotID)
        }
        if !removed { throw ActionRefusal.notFound }
    }

    /// After the day: the journal entry with the result a slot's project showed (one of its public entries),
    /// or none.
    func linkResult(_ eventID: Int, slotID: Int, entryID: Int?) async throws -> Bool {
        _ = try context.require(EventAction.organise)
        guard let slot = try await store.agenda(eventID).first(where: { $0.id == slotID }) else {
            throw ActionRefusal.notFound
        }
        if let entryID {
            guard try await store.publicEntries(projectID: slot.projectID).contains(where: { $0.id == entryID })
            else { return false }
        }
        try await context.database.writeTransaction { db in
            try await EventStore(database: db).setResult(slotID: slotID, entryID: entryID)
        }
        return true
    }

    // MARK: At the door

    enum CheckedIn: Sendable {
        case checkedIn(name: String, firstTime: Bool)
        /// No registration with a place has that code.
        case unknownCode
    }

    /// An organiser checks someone in by their code; twice counts once.
    func checkIn(_ eventID: Int, code: String) async throws -> CheckedIn {
        _ = try context.require(EventAction.organise)
        guard try await store.event(id: eventID) != nil else { throw ActionRefusal.notFound }
        let code = EventRules.normalisedCode(code)
        guard !code.isEmpty,
            let result = try await store.checkIn(eventID: eventID, code: code, now: context.now)
        else { return .unknownCode }
        return .checkedIn(name: result.name, firstTime: result.firstTime)
    }

    /// The registrations with names and addresses, for organisers; every view is written to the audit log.
    func attendees(_ eventID: Int) async throws -> (
        event: Event, attendees: [(registration: EventRegistration, email: String)]
    ) {
        let account = try context.require(EventAction.organise)
        guard let event = try await store.event(id: eventID) else { throw ActionRefusal.notFound }
        let attendees = try await store.attendees(eventID: eventID)
        try await AuditLog(database: context.database).record(
            actorID: account.id, action: "event.attendees.view", targetType: "event", targetID: eventID,
            now: context.now)
        return (event, attendees)
    }
}

/// The background work's part for events: lapsed guest holds let go, places freed outside a registration
/// (an erased account's) given to the waiting list, and guests' names and addresses erased when their event's
/// retention has passed.
struct EventHousekeeping {
    let database: any Database
    let baseURL: String
    let delivers: Bool

    @discardableResult
    func run(now: Date) async throws -> Int {
        let store = EventStore(database: database)
        let unsettled = Set(try await store.lapsedHolds(now: now).map(\.eventID))
            .union(try await store.eventsWithFreePlacesAndQueue(now: now))
        for eventID in unsettled.sorted() {
            try await database.writeTransaction { db in
                let writer = EventStore(database: db)
                guard let event = try await writer.lockedEvent(eventID) else { return }
                try await EventPlaces(database: db, baseURL: baseURL, delivers: delivers, now: now).settle(event)
            }
        }
        let erased =
            try await store.hasGuestDataToErase(now: now)
            ? try await database.writeTransaction { db in try await EventStore(database: db).eraseGuests(now: now) }
            : 0
        // Reminders: each event's once, whichever instance claims it; the activity it records is told to the
        // people holding a place by the notifications' fan-out, under their choices.
        var reminded = 0
        for eventID in try await store.dueReminders(now: now, window: EventRules.reminderAhead) {
            let claimed = try await database.writeTransaction { db in
                guard try await EventStore(database: db).claimReminder(eventID, now: now) else { return false }
                try await ActivityLog(database: db).record(
                    Activity(.eventReminder, by: nil, on: .event, eventID, at: now))
                return true
            }
            if claimed { reminded += 1 }
        }
        return unsettled.count + erased + reminded
    }
}
