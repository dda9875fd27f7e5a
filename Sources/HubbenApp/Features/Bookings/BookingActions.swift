import Fluent
import Foundation
import HubbenCore
import Vapor

/// Booking city resources, and running them as their owner: for the web, the API and the CLI alike.
struct BookingActions {
    let context: ActionContext
    /// Where links in mail point (`AppServices.absoluteBaseURL`).
    let baseURL: String

    /// One occurrence of a weekly series that was not booked, and why.
    struct Refused: Sendable {
        var time: DateInterval
        var refusal: SeriesRefusal
    }

    enum Requested: Sendable {
        /// The booking (the first of a series), every booked occurrence, and the ones refused.
        case booked(Booking, all: [Booking], refused: [Refused])
        /// The time collides with another booking or block (buffers included).
        case conflict(BusyTime)
        case ruleBroken([BookingRuleViolation])
        case invalid(FieldProblems<BookingDraft.Field>)
    }

    /// PostgreSQL refuses a booking that overlaps one committed in the meantime; a series tries again this
    /// many times, finding the newly taken week a collision.
    private static let attempts = 3

    func request(_ draft: BookingDraft) async throws -> Requested {
        let account = try context.require(ResourceAction.book)
        let problems = draft.problems()
        guard problems.isEmpty, let resourceID = draft.resourceID, let people = draft.people else {
            return .invalid(problems)
        }
        let resources = ResourceStore(database: context.database)
        guard let resource = try await resources.resource(id: resourceID) else {
            return .invalid([.resource: .invalid])
        }
        let bookings = BookingStore(database: context.database)
        var booker = Booker(
            isSignedIn: true, isCityStaff: context.actor.has(.staff) || context.actor.has(.coach),
            isInAssociation: try await resources.isInAssociation(account.id),
            activeBookings: try await bookings.activeCount(
                resourceID: resourceID, bookerID: account.id, now: context.now))
        let occurrences = draft.occurrences()
        var refused: [Refused] = []
        var passing: [DateInterval] = []
        for time in occurrences {
            let broken = resource.rules.violations(
                start: time.start, end: time.end, people: people, capacity: resource.capacity, booker: booker,
                now: context.now)
            if let first = broken.first {
                if draft.repeatWeeklyUntil == nil { return .ruleBroken(broken) }
                refused.append(Refused(time: time, refusal: .rule(first)))
            } else {
                passing.append(time)
                booker.activeBookings += 1
            }
        }
        let status: BookingStatus = resource.rules.needsApproval ? .requested : .confirmed
        let now = context.now
        let candidates = passing
        for attempt in 1...Self.attempts {
            do {
                let (ids, collided) = try await context.database.writeTransaction { db in
                    let store = BookingStore(database: db)
                    var ids: [Int] = []
                    var collided: [Refused] = []
                    let seriesID =
                        draft.repeatWeeklyUntil == nil
                        ? nil : try await store.createSeries(resourceID: resourceID, bookerID: account.id, now: now)
                    for time in candidates {
                        let held = resource.rules.heldTime(start: time.start, end: time.end)
                        if let busy = try await store.collision(resourceID: resourceID, held: held) {
                            collided.append(Refused(time: time, refusal: .conflict(busy)))
                            continue
                        }
                        ids.append(
                            try await store.insert(
                                .init(
                                    resourceID: resourceID, bookerID: account.id, seriesID: seriesID, time: time,
                                    held: held, purpose: draft.purpose, people: people, status: status),
                                now: now))
                    }
                    // Nothing booked: roll the series back too.
                    if ids.isEmpty { throw NothingBooked(collided: collided) }
                    if status == .requested {
                        try await notifyOwnerOfRequest(resource, db: db)
                    }
                    return (ids, collided)
                }
                refused += collided
                let all = try await bookings.bookings(ids: ids)
                guard let first = all.first else { return Self.firstRefusal(refused) }
                return .booked(first, all: all, refused: refused.sorted { $0.time.start < $1.time.start })
            } catch let nothing as NothingBooked {
                return Self.firstRefusal(nothing.collided + refused)
            } catch  where Self.isOverlap(error) && attempt < Self.attempts {
                continue
            } catch  where Self.isOverlap(error) {
                // Taken by a booking committed while this one was written (PostgreSQL's exclusion constraint).
                let time = passing.first ?? DateInterval(start: now, end: now)
                let held = resource.rules.heldTime(start: time.start, end: time.end)
                if let busy = try await bookings.collision(resourceID: resourceID, held: held) {
                    return .conflict(busy)
                }
                throw error
            }
        }
        return Self.firstRefusal(refused)
    }

    enum Reserved: Sendable {
        /// Booked: confirmed, or requested where the resource needs its owner's approval.
        case reserved(bookingID: Int)
        case conflict(BusyTime)
        case ruleBroken([BookingRuleViolation])
        case noSuchResource
    }

    /// Books a resource for an event, inside the caller's write transaction `db` (so that the event and its
    /// booking are saved together or not at all), under the resource's rules like any booking. `replacing`,
    /// the event's booking before a change, is given back first, so that a moved event never collides with
    /// itself; if the new time is refused, the caller's rollback restores it.
    func reserveForEvent(
        resourceID: Int, time: DateInterval, people: Int, purpose: String, replacing: Int?, db: any Database
    ) async throws -> Reserved {
        let account = try context.require(ResourceAction.book)
        let resources = ResourceStore(database: db)
        guard let resource = try await resources.resource(id: resourceID) else { return .noSuchResource }
        let store = BookingStore(database: db)
        let now = context.now
        if let replacing {
            _ = try await store.move(
                [replacing], from: BookingStatus.holding, to: .cancelled, reason: nil, decidedBy: nil, now: now)
        }
        let booker = Booker(
            isSignedIn: true, isCityStaff: context.actor.has(.staff) || context.actor.has(.coach),
            isInAssociation: try await resources.isInAssociation(account.id),
            activeBookings: try await store.activeCount(resourceID: resourceID, bookerID: account.id, now: now))
        let broken = resource.rules.violations(
            start: time.start, end: time.end, people: people, capacity: resource.capacity, booker: booker, now: now)
        if !broken.isEmpty { return .ruleBroken(broken) }
        let held = resource.rules.heldTime(start: time.start, end: time.end)
        if let busy = try await store.collision(resourceID: resourceID, held: held) { return .conflict(busy) }
        let status: BookingStatus = resource.rules.needsApproval ? .requested : .confirmed
        let id = try await store.insert(
            .init(
                resourceID: resourceID, bookerID: account.id, seriesID: nil, time: time, held: held, purpose: purpose,
                people: people, status: status),
            now: now)
        if status == .requested { try await notifyOwnerOfRequest(resource, db: db) }
        return .reserved(bookingID: id)
    }

    /// Gives back an event's booking when the event leaves the resource (inside the caller's transaction).
    static func releaseForEvent(_ bookingID: Int, db: any Database, now: Date) async throws {
        _ = try await BookingStore(database: db).move(
            [bookingID], from: BookingStatus.holding, to: .cancelled, reason: nil, decidedBy: nil, now: now)
    }

    /// PostgreSQL's exclusion constraint refused the write (SQLite never does: its check runs in the turn).
    static func isOverlap(_ error: any Error) -> Bool {
        (error as? any DatabaseError)?.isConstraintFailure == true
    }

    private struct NothingBooked: Error {
        var collided: [Refused]
    }

    private static func firstRefusal(_ refused: [Refused]) -> Requested {
        switch refused.sorted(by: { $0.time.start < $1.time.start }).first?.refusal {
        case .conflict(let busy): .conflict(busy)
        case .rule(let violation): .ruleBroken([violation])
        case nil: .invalid([.start: .invalid])
        }
    }

    enum Changed: Sendable {
        case changed(Booking)
        case conflict(BusyTime)
        case ruleBroken(BookingRuleViolation)
        case invalid(FieldProblems<BookingDraft.Field>)
        /// It is no longer in a state that allows it (already decided, cancelled, over).
        case notPossible
    }

    /// The booker cancels until the cut-off; the resource's owner (or an admin) cancels with a reason.
    func cancel(_ id: Int, reason: String?) async throws -> Changed {
        let account = try context.require(ResourceAction.book)
        let store = BookingStore(database: context.database)
        guard let booking = try await store.booking(id: id),
            let resource = try await ResourceStore(database: context.database).resource(id: booking.resourceID)
        else { throw ActionRefusal.notFound }
        let manages = try await self.manages(resource)
        let isBooker = booking.bookerID == account.id
        guard isBooker || manages else { throw ActionRefusal.notFound }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if reason.count > BookingReason.limit { return .invalid([.purpose: .tooLong(limit: BookingReason.limit)]) }
        if !isBooker, booking.status != .blocked, reason.isEmpty { return .invalid([.purpose: .missing]) }
        if isBooker, !manages, !resource.rules.bookerMayCancel(start: booking.start, end: booking.end, now: context.now)
        {
            return .ruleBroken(.tooSoon(minimumNoticeMinutes: resource.rules.cancellationCutoffMinutes ?? 0))
        }
        let now = context.now
        let changed = try await context.database.writeTransaction { db in
            let moved = try await BookingStore(database: db).move(
                [id], from: BookingStatus.holding, to: .cancelled, reason: reason.isEmpty ? nil : reason,
                decidedBy: isBooker ? nil : account.id, now: now)
            if !moved.isEmpty, !isBooker, booking.status != .blocked, let bookerID = booking.bookerID {
                try await mail(bookerID, about: booking, .cancelledByOwner(reason: reason), db: db)
            }
            return !moved.isEmpty
        }
        guard changed, let updated = try await store.booking(id: id) else { return .notPossible }
        return .changed(updated)
    }

    /// Cancels what is left of a weekly series, as one: the occurrences the booker may still cancel.
    func cancelSeries(of id: Int) async throws -> [Booking] {
        let account = try context.require(ResourceAction.book)
        let store = BookingStore(database: context.database)
        guard let booking = try await store.booking(id: id), booking.bookerID == account.id,
            let seriesID = booking.seriesID,
            let resource = try await ResourceStore(database: context.database).resource(id: booking.resourceID)
        else { throw ActionRefusal.notFound }
        let cancellable = try await store.series(seriesID, after: context.now).filter {
            $0.status.holdsTime && resource.rules.bookerMayCancel(start: $0.start, end: $0.end, now: context.now)
        }
        let now = context.now
        let moved = try await context.database.writeTransaction { db in
            try await BookingStore(database: db).move(
                cancellable.map(\.id), from: BookingStatus.holding, to: .cancelled, reason: nil, decidedBy: nil,
                now: now)
        }
        return cancellable.filter { moved.contains($0.id) }
    }

    /// The owner confirms or denies a requested booking; a denial gives its reason, which the booker sees.
    func decide(_ id: Int, _ decision: BookingDecision, reason: String?) async throws -> Changed {
        let account = try context.require(ResourceAction.book)
        let store = BookingStore(database: context.database)
        guard let booking = try await store.booking(id: id),
            let resource = try await ResourceStore(database: context.database).resource(id: booking.resourceID)
        else { throw ActionRefusal.notFound }
        guard try await manages(resource) else {
            if booking.bookerID == account.id { throw ActionRefusal.notAllowed }
            throw ActionRefusal.notFound
        }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if reason.count > BookingReason.limit { return .invalid([.purpose: .tooLong(limit: BookingReason.limit)]) }
        if decision == .deny, reason.isEmpty { return .invalid([.purpose: .missing]) }
        guard booking.status == .requested else { return .notPossible }
        let now = context.now
        let held = resource.rules.heldTime(start: booking.start, end: booking.end)
        do {
            let outcome: Changed? = try await context.database.writeTransaction { db in
                let writer = BookingStore(database: db)
                if decision == .confirm, let busy = try await writer.collision(resourceID: resource.id, held: held) {
                    return .conflict(busy)
                }
                let moved = try await writer.move(
                    [id], from: [.requested], to: decision == .confirm ? .confirmed : .denied,
                    reason: reason.isEmpty ? nil : reason, decidedBy: account.id, now: now)
                guard !moved.isEmpty else { return .notPossible }
                if let bookerID = booking.bookerID {
                    try await mail(
                        bookerID, about: booking, decision == .confirm ? .confirmed : .denied(reason: reason), db: db)
                }
                return nil
            }
            if let outcome { return outcome }
        } catch  where Self.isOverlap(error) {
            if let busy = try await store.collision(resourceID: resource.id, held: held, except: id) {
                return .conflict(busy)
            }
            throw error
        }
        guard let updated = try await store.booking(id: id) else { return .notPossible }
        return .changed(updated)
    }

    /// The owner keeps time for maintenance or their own use: no booking may take it.
    func block(resourceID: Int, start: Date?, end: Date?, reason: String) async throws -> Changed {
        let account = try context.require(ResourceAction.book)
        guard let resource = try await ResourceStore(database: context.database).resource(id: resourceID) else {
            throw ActionRefusal.notFound
        }
        guard try await manages(resource) else { throw ActionRefusal.notAllowed }
        var problems: FieldProblems<BookingDraft.Field> = [:]
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        FieldCheck.required(reason, .purpose, limit: BookingReason.limit, into: &problems)
        if let start {
            if !BookingDraft.years.contains(Day(start).year) { problems[.start] = .invalid }
        } else {
            problems[.start] = .missing
        }
        if let end {
            if !BookingDraft.years.contains(Day(end).year) { problems[.end] = .invalid }
        } else {
            problems[.end] = .missing
        }
        guard problems.isEmpty, let start, let end else { return .invalid(problems) }
        guard end > start else { return .ruleBroken(.endsBeforeStart) }
        guard end.timeIntervalSince(start) <= Self.longestBlock else {
            return .ruleBroken(.tooLong(maximumMinutes: Int(Self.longestBlock / 60)))
        }
        let now = context.now
        let time = DateInterval(start: start, end: end)
        do {
            let outcome: (id: Int?, busy: BusyTime?) = try await context.database.writeTransaction { db in
                let store = BookingStore(database: db)
                if let busy = try await store.collision(resourceID: resourceID, held: time) { return (nil, busy) }
                return (
                    try await store.insert(
                        .init(
                            resourceID: resourceID, bookerID: account.id, seriesID: nil, time: time, held: time,
                            purpose: reason, people: 0, status: .blocked, reason: reason), now: now), nil
                )
            }
            if let busy = outcome.busy { return .conflict(busy) }
            guard let id = outcome.id, let block = try await BookingStore(database: context.database).booking(id: id)
            else { return .notPossible }
            return .changed(block)
        } catch  where Self.isOverlap(error) {
            if let busy = try await BookingStore(database: context.database).collision(
                resourceID: resourceID, held: time)
            {
                return .conflict(busy)
            }
            throw error
        }
    }

    /// A block is at most a year.
    static let longestBlock: TimeInterval = 366 * 86_400

    /// Whether the acting person runs `resource`: staff of the organisation that owns it, or an admin.
    func manages(_ resource: Resource) async throws -> Bool {
        guard let accountID = context.account?.id else { return false }
        if Authorization.allows(context.actor, ResourceAction.manageAll) { return true }
        // Someone no membership could make an owner (a resident) is not asked about: every signed-in view of a
        // resource asks this.
        guard Authorization.allows(context.actor, ResourceAction.manage(ownedByMine: true)) else { return false }
        let member = try await ResourceStore(database: context.database).isMember(
            accountID, of: resource.organizationID)
        return Authorization.allows(context.actor, ResourceAction.manage(ownedByMine: member))
    }

    /// A booking's bookings and blocks, with who booked, for its owner; the view is logged.
    func ownerView(of resourceID: Int) async throws -> (Resource, [Booking], [Int: (name: String, email: String)]) {
        let account = try context.require(ResourceAction.book)
        guard let resource = try await ResourceStore(database: context.database).resource(id: resourceID) else {
            throw ActionRefusal.notFound
        }
        guard try await manages(resource) else { throw ActionRefusal.notAllowed }
        let store = BookingStore(database: context.database)
        let bookings = try await store.bookings(ofResource: resourceID, from: context.now.addingTimeInterval(-86_400))
        let contacts = try await store.contacts(of: Array(Set(bookings.compactMap(\.bookerID))))
        try await AuditLog(database: context.database).record(
            actorID: account.id, action: "bookings.viewed_bookers", targetType: "resource", targetID: resourceID,
            now: context.now)
        return (resource, bookings, contacts)
    }

    // MARK: My bookings and my calendar feed

    struct Mine: Sendable {
        /// Latest first; blocks are the owner's, not bookings.
        var bookings: [Booking]
        /// The ones the person may still cancel (holding time, not over, before the resource's cut-off).
        var cancellable: Set<Int>
        var hasFeed: Bool
    }

    func mine() async throws -> Mine {
        let account = try context.require(ResourceAction.book)
        let store = BookingStore(database: context.database)
        let bookings = try await store.bookings(of: account.id).filter { $0.status != .blocked }
        // What is shown (may it be cancelled?) from the catalogue; `cancel` reads the rules as they are now.
        let resources = try await context.resourceCatalogue().byID
        let now = context.now
        let cancellable = bookings.filter { booking in
            guard booking.status.holdsTime, booking.end > now, let resource = resources[booking.resourceID] else {
                return false
            }
            return resource.rules.bookerMayCancel(start: booking.start, end: booking.end, now: now)
        }
        return Mine(
            bookings: bookings, cancellable: Set(cancellable.map(\.id)),
            hasFeed: try await store.hasFeedToken(accountID: account.id))
    }

    /// A new secret address for the person's calendar feed; the one before stops working.
    func renewFeed() async throws -> String {
        let account = try context.require(ResourceAction.book)
        let now = context.now
        return try await context.database.writeTransaction { db in
            try await BookingStore(database: db).renewFeedToken(accountID: account.id, now: now)
        }
    }

    func revokeFeed() async throws {
        let account = try context.require(ResourceAction.book)
        try await context.database.writeTransaction { db in
            try await BookingStore(database: db).revokeFeedToken(accountID: account.id)
        }
    }

    // MARK: Resources

    enum Saved: Sendable {
        case saved(Resource)
        case invalid(FieldProblems<ResourceDraft.Field>)
    }

    /// Adds a resource for an organisation the person is staff of (any, for an admin).
    func addResource(_ draft: ResourceDraft, unreadable: FieldProblems<ResourceDraft.Field> = [:]) async throws
        -> Saved
    {
        _ = try context.require(ResourceAction.addResource)
        var problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        if problems[.organization] == nil, let organizationID = draft.organizationID,
            try await !speaks(for: organizationID)
        {
            problems[.organization] = .notAllowed
        }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        let id = try await context.database.writeTransaction { db in
            try await ResourceStore(database: db).create(draft, now: now)
        }
        guard let resource = try await ResourceStore(database: context.database).resource(id: id) else {
            throw ActionRefusal.notFound
        }
        return .saved(resource)
    }

    /// Changes a resource and its rules; bookings already made keep the time they hold.
    func changeResource(
        _ id: Int, _ draft: ResourceDraft, unreadable: FieldProblems<ResourceDraft.Field> = [:]
    ) async throws -> Saved {
        _ = try context.require(ResourceAction.book)
        let store = ResourceStore(database: context.database)
        guard let resource = try await store.resource(id: id) else { throw ActionRefusal.notFound }
        guard try await manages(resource) else { throw ActionRefusal.notAllowed }
        var problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        if problems[.organization] == nil, let organizationID = draft.organizationID,
            organizationID != resource.organizationID, try await !speaks(for: organizationID)
        {
            problems[.organization] = .notAllowed
        }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await ResourceStore(database: db).update(id, draft, now: now)
        }
        guard let changed = try await store.resource(id: id) else { throw ActionRefusal.notFound }
        return .saved(changed)
    }

    /// Whether the person may add resources for `organizationID`: an admin for any that exists, staff for their own.
    private func speaks(for organizationID: Int) async throws -> Bool {
        let store = ResourceStore(database: context.database)
        guard try await store.organizationExists(organizationID), let accountID = context.account?.id else {
            return false
        }
        if Authorization.allows(context.actor, ResourceAction.manageAll) { return true }
        return try await store.isMember(accountID, of: organizationID)
            && Authorization.allows(context.actor, ResourceAction.manage(ownedByMine: true))
    }

    // MARK: Mail to the booker and the owner

    enum BookingNews {
        case confirmed
        case denied(reason: String)
        case cancelledByOwner(reason: String)
    }

    private func mail(_ accountID: Int, about booking: Booking, _ news: BookingNews, db: any Database) async throws {
        guard let account = try await AccountRecord.find(accountID, on: db), account.deletedAt == nil else { return }
        let language = Language(rawValue: account.language) ?? .sv
        let t = Localizer(language)
        let when = BookingTexts.when(booking.start, booking.end, language: language)
        let link = baseURL + BookingPaths.mine()
        let (subject, body): (String, String) =
            switch news {
            case .confirmed:
                (
                    t(.bookingMailConfirmedSubject(resource: booking.resourceName)),
                    t(.bookingMailConfirmed(name: account.name, resource: booking.resourceName, when: when, link: link))
                )
            case .denied(let reason):
                (
                    t(.bookingMailDeniedSubject(resource: booking.resourceName)),
                    t(
                        .bookingMailDenied(
                            name: account.name, resource: booking.resourceName, when: when, reason: reason, link: link))
                )
            case .cancelledByOwner(let reason):
                (
                    t(.bookingMailCancelledSubject(resource: booking.resourceName)),
                    t(
                        .bookingMailCancelled(
                            name: account.name, resource: booking.resourceName, when: when, reason: reason, link: link))
                )
            }
        try await MailOutbox(database: db).enqueue(
            .transactional(
                accountID: accountID, to: .init(name: account.name, email: account.email), language: language,
                subject: subject, body: body),
            delivers: context.services.mail.delivers, now: context.now)
    }

    /// Tells the owning organisation's members that a request waits for their decision.
    private func notifyOwnerOfRequest(_ resource: Resource, db: any Database) async throws {
        let members = try await MembershipRecord.query(on: db).filter(\.$organizationID == resource.organizationID)
            .all()
        let staff = try await AccountRoleRecord.query(on: db).filter(\.$accountID ~~ members.map(\.accountID))
            .filter(\.$role == PlatformRole.staff.rawValue).all()
        let recipients = Set(staff.map(\.accountID)).subtracting([context.account?.id ?? 0])
        let accounts = try await AccountRecord.query(on: db).filter(\.$id ~~ Array(recipients))
            .filter(\.$deletedAt == nil).sort(\.$id).all()
        for account in accounts {
            guard let accountID = account.id else { continue }
            let language = Language(rawValue: account.language) ?? .sv
            let t = Localizer(language)
            try await MailOutbox(database: db).enqueue(
                .transactional(
                    accountID: accountID, to: .init(name: account.name, email: account.email), language: language,
                    subject: t(.bookingMailRequestSubject(resource: resource.name)),
                    body: t(
                        .bookingMailRequest(
                            name: account.name, resource: resource.name,
                            link: baseURL + BookingPaths.manage(resource.id)))),
                delivers: context.services.mail.delivers, now: context.now)
        }
    }
}
