import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Events and their registrations. Everything that changes who holds a place runs inside a write transaction
/// that first takes the event's lock (`lock(_:)`).
struct EventStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }

    // MARK: Events

    struct Filter: Sendable, Equatable {
        var kind: EventKind?
        var themeID: Int?
        /// Events that end after this moment…
        var from: Date?
        /// …and start before this one.
        var to: Date?
        /// Past events (ended before `now`), the latest first; otherwise upcoming and running, soonest first.
        var past = false
        /// Whether internal events are included (the viewer is city staff or the hub team).
        var includeInternal = false
        var page = 1
        var per = 20

        /// Everything that decides the answer, for a shared read.
        var sharedKey: String {
            [
                kind?.rawValue ?? "", themeID.map(String.init) ?? "", from.map { "\($0.timeIntervalSince1970)" } ?? "",
                to.map { "\($0.timeIntervalSince1970)" } ?? "", past ? "past" : "coming",
                includeInternal ? "internal" : "public", "\(page)", "\(per)",
            ].joined(separator: "|")
        }
    }

    /// One page of the events the filter matches, with how many there are in all.
    func events(_ filter: Filter, now: Date) async throws -> (events: [Event], total: Int) {
        var conditions: [SQLQueryString] = []
        if let kind = filter.kind { conditions.append("e.kind = \(bind: kind.rawValue)") }
        if let theme = filter.themeID {
            conditions.append("e.id IN (SELECT event_id FROM event_themes WHERE theme_id = \(bind: theme))")
        }
        if let from = filter.from { conditions.append("e.ends_at > \(bind: from)") }
        if let to = filter.to { conditions.append("e.starts_at < \(bind: to)") }
        // An event lasts at most `EventDraft.longest`: the upcoming and running ones start after `now` less
        // that, which the index on `starts_at` reads as one range instead of every past event.
        conditions.append(
            filter.past
                ? "e.ends_at <= \(bind: now)"
                : "e.ends_at > \(bind: now) AND e.starts_at > \(bind: now.addingTimeInterval(-EventDraft.longest))")
        if !filter.includeInternal { conditions.append("e.visibility = 'public'") }
        let condition = SQLList(conditions, separator: SQLRaw(" AND "))
        let total =
            try await sql.raw("SELECT COUNT(*) AS total FROM events e WHERE \(condition)").first()?
            .decode(column: "total", as: Int.self) ?? 0
        let order: SQLQueryString = filter.past ? "e.starts_at DESC, e.id DESC" : "e.starts_at, e.id"
        let page = Paging(page: filter.page, per: filter.per)
        let rows = try await sql.raw(
            """
            SELECT e.* FROM events e WHERE \(condition) ORDER BY \(order)
            LIMIT \(bind: page.per) OFFSET \(bind: page.offset)
            """
        ).all()
        return (try await withThemes(rows.compactMap(Self.event)), total)
    }

    func event(id: Int) async throws -> Event? {
        guard let row = try await sql.raw("SELECT * FROM events WHERE id = \(bind: id)").first(),
            let event = try Self.event(row)
        else { return nil }
        return try await withThemes([event]).first
    }

    /// The stops of a tour, by date: each with its own district, place and places.
    func tour(_ name: String, includeInternal: Bool) async throws -> [Event] {
        guard !name.isEmpty else { return [] }
        let visibility: SQLQueryString = includeInternal ? "" : " AND visibility = 'public'"
        return try await sql.raw(
            "SELECT * FROM events WHERE tour = \(bind: name)\(visibility) ORDER BY starts_at, id LIMIT 100"
        ).all().compactMap(Self.event)
    }

    /// Public events ending after `from`, soonest first, for the calendar feed (at most 2,000).
    func calendarEvents(from: Date) async throws -> [Event] {
        try await sql.raw(
            """
            SELECT * FROM events WHERE visibility = 'public' AND ends_at > \(bind: from)
            ORDER BY starts_at, id LIMIT 2000
            """
        ).all().compactMap(Self.event)
    }

    private func withThemes(_ events: [Event]) async throws -> [Event] {
        guard !events.isEmpty else { return [] }
        let ids = events.map(\.id)
        var themes: [Int: [Int]] = [:]
        for row in try await sql.raw(
            "SELECT event_id, theme_id FROM event_themes WHERE event_id IN (\(SQLList(ids.map { SQLBind($0) }))) ORDER BY theme_id"
        ).all() {
            themes[try row.decode(column: "event_id", as: Int.self), default: []].append(
                try row.decode(column: "theme_id", as: Int.self))
        }
        return events.map { event in
            var event = event
            event.themeIDs = themes[event.id] ?? []
            return event
        }
    }

    private static func event(_ row: any SQLRow) throws -> Event? {
        guard let kind = EventKind(rawValue: try row.decode(column: "kind", as: String.self)),
            let visibility = EventVisibility(rawValue: try row.decode(column: "visibility", as: String.self))
        else { return nil }
        let address = try row.decode(column: "address", as: String.self)
        let place: EventPlace =
            switch try row.decode(column: "place_kind", as: String.self) {
            case "online": .online(link: try row.decode(column: "online_link", as: String.self))
            case "resource": .resource(id: try row.decode(column: "resource_id", as: Int?.self) ?? 0, label: address)
            default: .address(address)
            }
        return Event(
            id: try row.decode(column: "id", as: Int.self), kind: kind,
            title: try row.decode(column: "title", as: String.self),
            description: try row.decode(column: "description", as: String.self),
            startsAt: try row.decode(column: "starts_at", as: Date.self),
            endsAt: try row.decode(column: "ends_at", as: Date.self), place: place,
            capacity: try row.decode(column: "capacity", as: Int?.self),
            registrationOpensAt: try row.decode(column: "registration_opens_at", as: Date?.self),
            registrationClosesAt: try row.decode(column: "registration_closes_at", as: Date?.self),
            visibility: visibility,
            languages: try row.decode(column: "languages", as: String.self).split(separator: ",").compactMap {
                Language(rawValue: String($0))
            },
            waitlistClosed: try row.decode(column: "waitlist_closed", as: Bool.self),
            district: try row.decode(column: "district", as: String.self),
            tour: try row.decode(column: "tour", as: String.self),
            services: try row.decode(column: "services", as: String.self),
            employer: try row.decode(column: "employer", as: String.self),
            occupations: try row.decode(column: "occupations", as: String.self),
            targetGroup: try row.decode(column: "target_group", as: String.self),
            recordingLink: try row.decode(column: "recording_link", as: String.self),
            guestRetentionDays: try row.decode(column: "guest_retention_days", as: Int.self),
            createdBy: try row.decode(column: "created_by", as: Int?.self),
            bookingID: try row.decode(column: "booking_id", as: Int?.self))
    }

    /// The draft's columns, in the order `create` and `update` write them; a resource's name and address are
    /// kept as the place's text (`placeLabel`).
    private static func columns(_ draft: EventDraft, placeLabel: String, bookingID: Int?) -> [(
        String, any Encodable & Sendable
    )] {
        [
            ("kind", draft.kind?.rawValue ?? ""), ("title", draft.title), ("description", draft.description),
            ("starts_at", draft.startsAt ?? Date()), ("ends_at", draft.endsAt ?? Date()),
            ("place_kind", draft.placeKind),
            ("address", draft.placeKind == "address" ? draft.address : draft.takesResource ? placeLabel : ""),
            ("online_link", draft.placeKind == "online" ? draft.onlineLink : ""),
            ("resource_id", draft.takesResource ? draft.resourceID : nil), ("booking_id", bookingID),
            ("capacity", draft.capacity),
            ("registration_opens_at", draft.registrationOpensAt),
            ("registration_closes_at", draft.registrationClosesAt),
            ("visibility", draft.visibility?.rawValue ?? EventVisibility.internal.rawValue),
            ("languages", draft.languages.map(\.rawValue).joined(separator: ",")),
            ("waitlist_closed", draft.waitlistClosed), ("district", draft.district), ("tour", draft.tour),
            ("services", draft.services),
            ("employer", draft.employer), ("occupations", draft.occupations), ("target_group", draft.targetGroup),
            ("recording_link", draft.recordingLink),
            ("guest_retention_days", draft.guestRetentionDays ?? EventDraft.defaultRetentionDays),
        ]
    }

    func create(_ draft: EventDraft, placeLabel: String = "", bookingID: Int? = nil, createdBy: Int, now: Date)
        async throws -> Int
    {
        let columns =
            Self.columns(draft, placeLabel: placeLabel, bookingID: bookingID) + [
                ("created_by", createdBy), ("created_at", now), ("updated_at", now),
            ]
        let row = try await sql.raw(
            """
            INSERT INTO events (\(unsafeRaw: columns.map(\.0).joined(separator: ", ")))
            VALUES (\(SQLList(columns.map { SQLBind($0.1) }))) RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        try await setThemes(id, draft.themeIDs)
        try await SiteSearch(sql: try sql).index(SiteSearch.events, ids: [id])
        return id
    }

    func update(_ id: Int, _ draft: EventDraft, placeLabel: String = "", bookingID: Int? = nil, now: Date) async throws
    {
        let columns = Self.columns(draft, placeLabel: placeLabel, bookingID: bookingID) + [("updated_at", now)]
        let assignments = SQLList(
            columns.map { "\(unsafeRaw: $0.0) = \(bind: $0.1)" as SQLQueryString }, separator: SQLRaw(", "))
        try await sql.raw("UPDATE events SET \(assignments) WHERE id = \(bind: id)").run()
        try await setThemes(id, draft.themeIDs)
        try await SiteSearch(sql: try sql).index(SiteSearch.events, ids: [id])
    }

    private func setThemes(_ id: Int, _ themeIDs: [Int]) async throws {
        try await sql.raw("DELETE FROM event_themes WHERE event_id = \(bind: id)").run()
        for theme in Set(themeIDs).sorted() {
            try await sql.raw("INSERT INTO event_themes (event_id, theme_id) VALUES (\(bind: id), \(bind: theme))")
                .run()
        }
    }

    /// The status of the booking that holds an event's resource.
    func bookingStatus(_ bookingID: Int) async throws -> BookingStatus? {
        try await sql.raw("SELECT status FROM bookings WHERE id = \(bind: bookingID)").first()
            .flatMap { BookingStatus(rawValue: try $0.decode(column: "status", as: String.self)) }
    }

    // MARK: Places and the waiting list (inside a write transaction, after `lock`)

    /// Takes the event's lock for the rest of the transaction (PostgreSQL; SQLite's write transaction is already
    /// the only writer). False when there is no such event.
    func lock(_ eventID: Int) async throws -> Bool {
        let forUpdate: SQLQueryString = try sql.dialect.name == "postgresql" ? " FOR UPDATE" : ""
        return try await sql.raw("SELECT id FROM events WHERE id = \(bind: eventID)\(forUpdate)").first() != nil
    }

    /// Takes the event's lock and reads it as it is under the lock.
    func lockedEvent(_ eventID: Int) async throws -> Event? {
        guard try await lock(eventID) else { return nil }
        return try await event(id: eventID)
    }

    func heldSeats(_ eventID: Int) async throws -> Set<Int> {
        Set(
            try await sql.raw(
                "SELECT seat FROM event_registrations WHERE event_id = \(bind: eventID) AND seat IS NOT NULL"
            ).all().map { try $0.decode(column: "seat", as: Int.self) })
    }

    /// The waiting list in arrival order: waiting registrations, and for an event with a limit the unconfirmed
    /// guests without a place (they keep their turn while they confirm).
    func queue(_ eventID: Int, limited: Bool) async throws -> [(id: Int, status: EventRegistrationStatus)] {
        let statuses: SQLQueryString = limited ? "'waitlisted', 'pending_confirmation'" : "'waitlisted'"
        return try await sql.raw(
            """
            SELECT id, status FROM event_registrations
            WHERE event_id = \(bind: eventID) AND status IN (\(statuses)) AND seat IS NULL
            ORDER BY id
            """
        ).all().map {
            (
                try $0.decode(column: "id", as: Int.self),
                EventRegistrationStatus(rawValue: try $0.decode(column: "status", as: String.self)) ?? .waitlisted
            )
        }
    }

    struct NewRegistration {
        var eventID: Int
        var accountID: Int? = nil
        var guestName: String? = nil
        var guestEmail: String? = nil
        var status: EventRegistrationStatus
        var seat: Int? = nil
        var confirmTokenHash: String? = nil
        var holdUntil: Date? = nil
    }

    /// Inserts a registration with a fresh check-in code.
    func insert(_ new: NewRegistration, now: Date) async throws -> Int {
        var generator = SystemRandomNumberGenerator()
        let code = EventRules.newCode(using: &generator)
        let row = try await sql.raw(
            """
            INSERT INTO event_registrations (event_id, account_id, guest_name, guest_email, status, seat, code,
                confirm_token_hash, hold_until, created_at, updated_at)
            VALUES (\(bind: new.eventID), \(bind: new.accountID), \(bind: new.guestName), \(bind: new.guestEmail),
                \(bind: new.status.rawValue), \(bind: new.seat), \(bind: code), \(bind: new.confirmTokenHash),
                \(bind: new.holdUntil), \(bind: now), \(bind: now))
            RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    /// Moves a waiting registration to a place: a waiting person is registered, an unconfirmed guest keeps
    /// waiting for their own confirmation with the place held. False when it was no longer waiting.
    func promote(_ id: Int, seat: Int?, now: Date) async throws -> Bool {
        try await sql.raw(
            """
            UPDATE event_registrations
            SET status = CASE WHEN status = 'waitlisted' THEN 'registered' ELSE status END,
                seat = \(bind: seat), updated_at = \(bind: now)
            WHERE id = \(bind: id) AND status IN ('waitlisted', 'pending_confirmation') AND seat IS NULL
            RETURNING id
            """
        ).first() != nil
    }

    /// Ends a registration (cancelled or expired) and gives its place back. False when it was not active.
    func end(_ id: Int, as status: EventRegistrationStatus, now: Date) async throws -> Bool {
        try await sql.raw(
            """
            UPDATE event_registrations SET status = \(bind: status.rawValue), seat = NULL, confirm_token_hash = NULL,
                hold_until = NULL, updated_at = \(bind: now)
            WHERE id = \(bind: id) AND status IN ('registered', 'waitlisted', 'pending_confirmation') RETURNING id
            """
        ).first() != nil
    }

    func moveSeat(eventID: Int, from: Int, to: Int) async throws {
        try await sql.raw(
            "UPDATE event_registrations SET seat = \(bind: to) WHERE event_id = \(bind: eventID) AND seat = \(bind: from)"
        ).run()
    }

    /// Guests whose time to confirm ran out, by event.
    func lapsedHolds(now: Date, eventID: Int? = nil) async throws -> [(id: Int, eventID: Int)] {
        let only: SQLQueryString = eventID.map { " AND event_id = \(bind: $0)" } ?? ""
        return try await sql.raw(
            """
            SELECT id, event_id FROM event_registrations
            WHERE status = 'pending_confirmation' AND hold_until <= \(bind: now)\(only) ORDER BY event_id, id LIMIT 500
            """
        ).all().map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "event_id", as: Int.self)) }
    }

    /// Events starting within `window` that have not had their reminder yet.
    func dueReminders(now: Date, window: TimeInterval) async throws -> [Int] {
        try await sql.raw(
            """
            SELECT id FROM events WHERE reminded_at IS NULL AND starts_at > \(bind: now)
                AND starts_at <= \(bind: now.addingTimeInterval(window))
            ORDER BY starts_at, id LIMIT 200
            """
        ).all().map { try $0.decode(column: "id", as: Int.self) }
    }

    /// Claims an event's reminder: true for the one caller that marks it sent.
    func claimReminder(_ eventID: Int, now: Date) async throws -> Bool {
        try await sql.raw(
            """
            UPDATE events SET reminded_at = \(bind: now) WHERE id = \(bind: eventID) AND reminded_at IS NULL
            RETURNING id
            """
        ).first() != nil
    }

    /// Upcoming events with someone waiting while a place is free (a place given back outside a registration
    /// or cancellation, such as an erased account's).
    func eventsWithFreePlacesAndQueue(now: Date) async throws -> [Int] {
        try await sql.raw(
            """
            SELECT e.id FROM events e
            WHERE e.starts_at > \(bind: now)
                AND ((e.capacity IS NULL AND EXISTS (SELECT 1 FROM event_registrations w WHERE w.event_id = e.id
                        AND w.status = 'waitlisted'))
                    OR (e.capacity IS NOT NULL
                        AND EXISTS (SELECT 1 FROM event_registrations q WHERE q.event_id = e.id
                            AND q.status IN ('waitlisted', 'pending_confirmation') AND q.seat IS NULL)
                        AND e.capacity > (SELECT COUNT(*) FROM event_registrations h
                            WHERE h.event_id = e.id AND h.seat IS NOT NULL)))
            LIMIT 200
            """
        ).all().map { try $0.decode(column: "id", as: Int.self) }
    }

    // MARK: A demo day's agenda

    func agenda(_ eventID: Int) async throws -> [AgendaSlot] {
        try await sql.raw(
            """
            SELECT s.id, s.event_id, s.starts_at, s.project_id, p.title AS project_title, s.title, s.result_entry_id,
                j.title AS result_title
            FROM event_agenda_slots s JOIN projects p ON p.id = s.project_id
            LEFT JOIN journal_entries j ON j.id = s.result_entry_id AND j.visibility = 'public'
            WHERE s.event_id = \(bind: eventID) ORDER BY s.starts_at, s.id
            """
        ).all().map { row in
            AgendaSlot(
                id: try row.decode(column: "id", as: Int.self),
                eventID: try row.decode(column: "event_id", as: Int.self),
                startsAt: try row.decode(column: "starts_at", as: Date.self),
                projectID: try row.decode(column: "project_id", as: Int.self),
                projectTitle: try row.decode(column: "project_title", as: String.self),
                title: try row.decode(column: "title", as: String.self),
                resultEntryID: try row.decode(column: "result_title", as: String?.self) == nil
                    ? nil : try row.decode(column: "result_entry_id", as: Int?.self),
                resultTitle: try row.decode(column: "result_title", as: String?.self))
        }
    }

    /// Public projects, by title: those that may present on a demo day.
    func presentableProjects() async throws -> [(id: Int, title: String)] {
        try await sql.raw("SELECT id, title FROM projects WHERE visibility = 'public' ORDER BY title, id").all().map {
            (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "title", as: String.self))
        }
    }

    /// A project's public journal entries, the newest first: the results a slot may link to.
    func publicEntries(projectID: Int) async throws -> [(id: Int, title: String)] {
        try await publicEntries(projectIDs: [projectID])[projectID] ?? []
    }

    /// The public journal entries of several projects in one query, by project, the newest first.
    func publicEntries(projectIDs: [Int]) async throws -> [Int: [(id: Int, title: String)]] {
        guard !projectIDs.isEmpty else { return [:] }
        var entries: [Int: [(id: Int, title: String)]] = [:]
        for row in try await sql.raw(
            """
            SELECT id, project_id, title FROM journal_entries
            WHERE project_id IN (\(SQLList(Set(projectIDs).sorted().map { SQLBind($0) }))) AND visibility = 'public'
            ORDER BY created_at DESC, id DESC
            """
        ).all() {
            entries[try row.decode(column: "project_id", as: Int.self), default: []].append(
                (try row.decode(column: "id", as: Int.self), try row.decode(column: "title", as: String.self)))
        }
        return entries
    }

    func addSlot(eventID: Int, startsAt: Date, projectID: Int, title: String, now: Date) async throws {
        try await sql.raw(
            """
            INSERT INTO event_agenda_slots (event_id, starts_at, project_id, title, created_at)
            VALUES (\(bind: eventID), \(bind: startsAt), \(bind: projectID), \(bind: title), \(bind: now))
            """
        ).run()
    }

    /// Removes one of the event's slots; false when the event has no such slot.
    func removeSlot(eventID: Int, slotID: Int) async throws -> Bool {
        try await sql.raw(
            "DELETE FROM event_agenda_slots WHERE id = \(bind: slotID) AND event_id = \(bind: eventID) RETURNING id"
        ).first() != nil
    }

    func setResult(slotID: Int, entryID: Int?) async throws {
        try await sql.raw(
            "UPDATE event_agenda_slots SET result_entry_id = \(bind: entryID) WHERE id = \(bind: slotID)"
        ).run()
    }

    // MARK: Registrations as people see them

    private static let registrationColumns: SQLQueryString = """
        r.id, r.event_id, r.account_id, r.status, r.seat, r.code, r.checked_in_at, r.created_at,
        COALESCE(a.name, r.guest_name, '') AS name
        """

    private static func registration(_ row: any SQLRow) throws -> EventRegistration {
        EventRegistration(
            id: try row.decode(column: "id", as: Int.self), eventID: try row.decode(column: "event_id", as: Int.self),
            accountID: try row.decode(column: "account_id", as: Int?.self),
            name: try row.decode(column: "name", as: String.self),
            status: EventRegistrationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .cancelled,
            seat: try row.decode(column: "seat", as: Int?.self), code: try row.decode(column: "code", as: String.self),
            checkedInAt: try row.decode(column: "checked_in_at", as: Date?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }

    func registration(id: Int) async throws -> EventRegistration? {
        try await sql.raw(
            """
            SELECT \(Self.registrationColumns) FROM event_registrations r LEFT JOIN accounts a ON a.id = r.account_id
            WHERE r.id = \(bind: id)
            """
        ).first().map(Self.registration)
    }

    /// The person's active registration for the event, if any.
    func active(eventID: Int, accountID: Int) async throws -> EventRegistration? {
        try await sql.raw(
            """
            SELECT \(Self.registrationColumns) FROM event_registrations r LEFT JOIN accounts a ON a.id = r.account_id
            WHERE r.event_id = \(bind: eventID) AND r.account_id = \(bind: accountID)
                AND r.status IN ('registered', 'waitlisted', 'pending_confirmation')
            """
        ).first().map(Self.registration)
    }

    /// A guest's active registration for the event by their address, if any.
    func activeGuest(eventID: Int, email: String) async throws -> Int? {
        try await sql.raw(
            """
            SELECT id FROM event_registrations
            WHERE event_id = \(bind: eventID) AND account_id IS NULL AND guest_email = \(bind: email)
                AND status IN ('registered', 'waitlisted', 'pending_confirmation')
            """
        ).first()?.decode(column: "id", as: Int.self)
    }

    /// The guest registration a confirmation link names, still waiting for it.
    func pendingGuest(tokenHash: String) async throws -> (id: Int, eventID: Int, email: String, name: String)? {
        guard
            let row = try await sql.raw(
                """
                SELECT id, event_id, guest_email, guest_name FROM event_registrations
                WHERE confirm_token_hash = \(bind: tokenHash) AND status = 'pending_confirmation'
                """
            ).first()
        else { return nil }
        return (
            try row.decode(column: "id", as: Int.self), try row.decode(column: "event_id", as: Int.self),
            try row.decode(column: "guest_email", as: String?.self) ?? "",
            try row.decode(column: "guest_name", as: String?.self) ?? ""
        )
    }

    /// Confirms a guest: `registered` when they hold a place (or the event has no limit), waiting otherwise.
    /// False when it was not pending.
    func confirmGuest(_ id: Int, registered: Bool, now: Date) async throws -> Bool {
        let status: EventRegistrationStatus = registered ? .registered : .waitlisted
        return try await sql.raw(
            """
            UPDATE event_registrations SET status = \(bind: status.rawValue), confirm_token_hash = NULL,
                hold_until = NULL, updated_at = \(bind: now)
            WHERE id = \(bind: id) AND status = 'pending_confirmation' RETURNING id
            """
        ).first() != nil
    }

    /// How many hold a place and how many wait, per event.
    func counts(_ eventIDs: [Int]) async throws -> [Int: (registered: Int, waiting: Int)] {
        guard !eventIDs.isEmpty else { return [:] }
        var counts: [Int: (registered: Int, waiting: Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT r.event_id,
                SUM(CASE WHEN r.status = 'registered' OR (r.status = 'pending_confirmation' AND r.seat IS NOT NULL)
                    THEN 1 ELSE 0 END) AS registered,
                SUM(CASE WHEN r.status = 'waitlisted' OR (r.status = 'pending_confirmation' AND r.seat IS NULL
                    AND e.capacity IS NOT NULL) THEN 1 ELSE 0 END) AS waiting
            FROM event_registrations r JOIN events e ON e.id = r.event_id
            WHERE r.event_id IN (\(SQLList(eventIDs.map { SQLBind($0) })))
                AND r.status IN ('registered', 'waitlisted', 'pending_confirmation')
            GROUP BY r.event_id
            """
        ).all() {
            counts[try row.decode(column: "event_id", as: Int.self)] = (
                try row.decode(column: "registered", as: Int?.self) ?? 0,
                try row.decode(column: "waiting", as: Int?.self) ?? 0
            )
        }
        return counts
    }

    /// A place in the waiting list: 1 for the first waiting.
    func position(of registration: EventRegistration) async throws -> Int {
        let ahead =
            try await sql.raw(
                """
                SELECT COUNT(*) AS ahead FROM event_registrations
                WHERE event_id = \(bind: registration.eventID) AND status IN ('waitlisted', 'pending_confirmation')
                    AND seat IS NULL AND id < \(bind: registration.id)
                """
            ).first()?.decode(column: "ahead", as: Int.self) ?? 0
        return ahead + 1
    }

    /// An event's registrations for its organisers, with the guests' addresses and the accounts' e-mail.
    func attendees(eventID: Int) async throws -> [(registration: EventRegistration, email: String)] {
        try await sql.raw(
            """
            SELECT \(Self.registrationColumns), COALESCE(a.email, r.guest_email, '') AS email
            FROM event_registrations r LEFT JOIN accounts a ON a.id = r.account_id
            WHERE r.event_id = \(bind: eventID) AND r.status IN ('registered', 'waitlisted', 'pending_confirmation')
            ORDER BY CASE WHEN r.seat IS NULL AND r.status <> 'registered' THEN 1 ELSE 0 END, r.id
            """
        ).all().map { (try Self.registration($0), try $0.decode(column: "email", as: String.self)) }
    }

    /// Checks in the registration with `code`: its name and whether this was the first time; nil for no such
    /// code among those who hold a place.
    func checkIn(eventID: Int, code: String, now: Date) async throws -> (name: String, firstTime: Bool)? {
        let firstTime =
            try await sql.raw(
                """
                UPDATE event_registrations SET checked_in_at = \(bind: now), updated_at = \(bind: now)
                WHERE event_id = \(bind: eventID) AND code = \(bind: code) AND status = 'registered'
                    AND checked_in_at IS NULL
                RETURNING id
                """
            ).first() != nil
        guard
            let row = try await sql.raw(
                """
                SELECT COALESCE(a.name, r.guest_name, '') AS name FROM event_registrations r
                LEFT JOIN accounts a ON a.id = r.account_id
                WHERE r.event_id = \(bind: eventID) AND r.code = \(bind: code) AND r.status = 'registered'
                """
            ).first()
        else { return nil }
        return (try row.decode(column: "name", as: String.self), firstTime)
    }

    /// The person's active registrations, soonest event first.
    func registrations(of accountID: Int) async throws -> [(event: Event, registration: EventRegistration)] {
        let rows = try await sql.raw(
            """
            SELECT \(Self.registrationColumns) FROM event_registrations r LEFT JOIN accounts a ON a.id = r.account_id
            WHERE r.account_id = \(bind: accountID) AND r.status IN ('registered', 'waitlisted', 'pending_confirmation')
            ORDER BY r.id
            """
        ).all().map(Self.registration)
        guard !rows.isEmpty else { return [] }
        let events = try await withThemes(
            try await sql.raw(
                "SELECT * FROM events WHERE id IN (\(SQLList(Set(rows.map(\.eventID)).sorted().map { SQLBind($0) }))) ORDER BY starts_at, id"
            ).all().compactMap(Self.event))
        let byEvent = Dictionary(rows.map { ($0.eventID, $0) }, uniquingKeysWith: { first, _ in first })
        return events.compactMap { event in byEvent[event.id].map { (event, $0) } }
    }

    /// Erases the names and addresses of guests who cancelled or never confirmed, and of every guest of an
    /// event whose retention after it has passed; how many events' guests were erased.
    /// Whether any guest's name and address are due to be erased (reads only: the background work asks every
    /// few seconds and takes the write lock only when the answer is yes).
    func hasGuestDataToErase(now: Date) async throws -> Bool {
        if try await sql.raw(
            """
            SELECT 1 AS found FROM event_registrations
            WHERE account_id IS NULL AND guest_email IS NOT NULL AND status IN ('cancelled', 'expired') LIMIT 1
            """
        ).first() != nil {
            return true
        }
        return try await endedWithGuests(now: now).contains { $0.erasedAt <= now }
    }

    /// Events that have ended and still hold guests' names and addresses, with when those are due to go.
    private func endedWithGuests(now: Date) async throws -> [(id: Int, erasedAt: Date)] {
        try await sql.raw(
            """
            SELECT DISTINCT e.id, e.ends_at, e.guest_retention_days FROM events e
            JOIN event_registrations r ON r.event_id = e.id
            WHERE r.account_id IS NULL AND r.guest_email IS NOT NULL AND e.ends_at <= \(bind: now)
            """
        ).all().map { row in
            (
                try row.decode(column: "id", as: Int.self),
                Event.guestDataErased(
                    endsAt: try row.decode(column: "ends_at", as: Date.self),
                    retentionDays: try row.decode(column: "guest_retention_days", as: Int.self))
            )
        }
    }

    func eraseGuests(now: Date) async throws -> Int {
        try await sql.raw(
            """
            UPDATE event_registrations SET guest_name = NULL, guest_email = NULL, confirm_token_hash = NULL
            WHERE account_id IS NULL AND guest_email IS NOT NULL AND status IN ('cancelled', 'expired')
            """
        ).run()
        var erased = 0
        for event in try await endedWithGuests(now: now) where event.erasedAt <= now {
            try await sql.raw(
                """
                UPDATE event_registrations SET guest_name = NULL, guest_email = NULL, confirm_token_hash = NULL
                WHERE event_id = \(bind: event.id) AND account_id IS NULL
                """
            ).run()
            erased += 1
        }
        return erased
    }
}
