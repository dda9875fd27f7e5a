import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Bookings and blocks of resources, and the secret of each person's calendar feed.
struct BookingStore {
    let database: any Database

    private static let holding = SQLList(
        BookingStatus.holding.filter { $0 != .requested }.map { SQLBind($0.rawValue) })
    private static let active = SQLList(BookingStatus.holding.map { SQLBind($0.rawValue) })

    /// The longest time a confirmed booking can hold: the longest booking with the longest buffers either side.
    static let longestHeld = Double(BookingRules.longestBookingMinutes + 2 * BookingRules.longestBufferMinutes) * 60

    /// The times that hold `resourceIDs` (confirmed bookings and blocks, buffers included) overlapping `time`.
    /// A confirmed booking holds at most `longestHeld`, so its end lies within `time` stretched by that: one
    /// short range of `bookings_holding` for every resource at once (a query per resource, or an `IN` list of
    /// hundreds, cost more than reading the few hundred bookings of that range). Blocks may last a year; they
    /// are few, and read apart through `bookings_blocks`.
    func holding(resourceIDs: [Int], overlapping time: DateInterval) async throws -> [Int: [DateInterval]] {
        guard !resourceIDs.isEmpty else { return [:] }
        let wanted = Set(resourceIDs)
        var held: [Int: [DateInterval]] = [:]
        let rows = try await database.sql.raw(
            """
            SELECT resource_id, held_from, held_until FROM bookings
            WHERE status = \(bind: BookingStatus.confirmed.rawValue)
                AND held_until > \(bind: time.start)
                AND held_until < \(bind: time.end.addingTimeInterval(Self.longestHeld))
                AND held_from < \(bind: time.end)
            """
        ).all()
        let blocks = try await database.sql.raw(
            """
            SELECT resource_id, held_from, held_until FROM bookings
            WHERE status = \(bind: BookingStatus.blocked.rawValue) AND held_until > \(bind: time.start)
                AND held_from < \(bind: time.end)
            """
        ).all()
        for row in rows + blocks {
            let resourceID = try row.decode(column: "resource_id", as: Int.self)
            guard wanted.contains(resourceID) else { continue }
            let from = try row.decode(column: "held_from", as: Date.self)
            let until = try row.decode(column: "held_until", as: Date.self)
            held[resourceID, default: []].append(DateInterval(start: from, end: max(from, until)))
        }
        return held
    }

    /// The first booking or block that holds time on `resourceID` overlapping `held`, as anyone may see it.
    func collision(resourceID: Int, held: DateInterval, except bookingID: Int? = nil) async throws -> BusyTime? {
        let row = try await database.sql.raw(
            """
            SELECT starts_at, ends_at, status FROM bookings
            WHERE resource_id = \(bind: resourceID) AND status IN (\(Self.holding)) AND id <> \(bind: bookingID ?? 0)
                AND held_from < \(bind: held.end) AND held_until > \(bind: held.start)
            ORDER BY starts_at LIMIT 1
            """
        ).first()
        return try row.map(Self.busyTime)
    }

    /// What is taken or asked for on `resourceID` between `from` and `to`: when, never who or why.
    func busy(resourceID: Int, from: Date, to: Date) async throws -> [BusyTime] {
        try await database.sql.raw(
            """
            SELECT starts_at, ends_at, status FROM bookings
            WHERE resource_id = \(bind: resourceID) AND status IN (\(Self.active))
                AND starts_at < \(bind: to) AND ends_at > \(bind: from)
            ORDER BY starts_at, id
            """
        ).all().map(Self.busyTime)
    }

    private static func busyTime(_ row: any SQLRow) throws -> BusyTime {
        BusyTime(
            start: try row.decode(column: "starts_at", as: Date.self),
            end: try row.decode(column: "ends_at", as: Date.self),
            status: BookingStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .confirmed)
    }

    /// The person's bookings on the resource that are asked for or confirmed and not yet over.
    func activeCount(resourceID: Int, bookerID: Int, now: Date) async throws -> Int {
        try await database.sql.raw(
            """
            SELECT COUNT(*) AS total FROM bookings
            WHERE resource_id = \(bind: resourceID) AND booker_id = \(bind: bookerID)
                AND status IN (\(bind: BookingStatus.requested.rawValue), \(bind: BookingStatus.confirmed.rawValue))
                AND ends_at > \(bind: now)
            """
        ).first()?.decode(column: "total", as: Int.self) ?? 0
    }

    struct NewBooking: Sendable {
        var resourceID: Int
        var bookerID: Int
        var seriesID: Int?
        var time: DateInterval
        var held: DateInterval
        var purpose: String
        var people: Int
        var status: BookingStatus
        var reason: String?
    }

    func insert(_ booking: NewBooking, now: Date) async throws -> Int {
        let row = try await database.sql.raw(
            """
            INSERT INTO bookings (resource_id, booker_id, series_id, starts_at, ends_at, held_from, held_until, purpose,
                people, status, reason, created_at, updated_at)
            VALUES (\(bind: booking.resourceID), \(bind: booking.bookerID), \(bind: booking.seriesID),
                \(bind: booking.time.start), \(bind: booking.time.end), \(bind: booking.held.start),
                \(bind: booking.held.end), \(bind: booking.purpose), \(bind: booking.people),
                \(bind: booking.status.rawValue), \(bind: booking.reason), \(bind: now), \(bind: now))
            RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    func createSeries(resourceID: Int, bookerID: Int, now: Date) async throws -> Int {
        let row = try await database.sql.raw(
            """
            INSERT INTO booking_series (resource_id, booker_id, created_at)
            VALUES (\(bind: resourceID), \(bind: bookerID), \(bind: now)) RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    /// Moves bookings from one of `from` to `to`, only where they still are in one of `from`: the ids changed.
    func move(
        _ ids: [Int], from: [BookingStatus], to: BookingStatus, reason: String?, decidedBy: Int?, now: Date
    ) async throws -> [Int] {
        guard !ids.isEmpty else { return [] }
        return try await database.sql.raw(
            """
            UPDATE bookings SET status = \(bind: to.rawValue), reason = COALESCE(\(bind: reason), reason),
                decided_by = COALESCE(\(bind: decidedBy), decided_by), updated_at = \(bind: now)
            WHERE id IN (\(SQLList(ids.map { SQLBind($0) }))) AND status IN (\(SQLList(from.map { SQLBind($0.rawValue) })))
            RETURNING id
            """
        ).all().map { try $0.decode(column: "id", as: Int.self) }
    }

    func booking(id: Int) async throws -> Booking? {
        try await bookings(where: SQLBinaryExpression(SQLColumn("id", table: "b"), .equal, SQLBind(id))).first
    }

    /// The bookings of a series that have not ended.
    func series(_ seriesID: Int, after now: Date) async throws -> [Booking] {
        try await bookings(
            where: "b.series_id = \(bind: seriesID) AND b.ends_at > \(bind: now)" as SQLQueryString)
    }

    /// A person's bookings, latest first.
    func bookings(of bookerID: Int, limit: Int = 500) async throws -> [Booking] {
        try await bookings(
            where: SQLBinaryExpression(SQLColumn("booker_id", table: "b"), .equal, SQLBind(bookerID)),
            newestFirst: true,
            limit: limit)
    }

    /// A resource's bookings and blocks from `from`, for its owner.
    func bookings(ofResource resourceID: Int, from: Date, limit: Int = 500) async throws -> [Booking] {
        try await bookings(
            where: "b.resource_id = \(bind: resourceID) AND b.ends_at > \(bind: from)" as SQLQueryString, limit: limit)
    }

    private func bookings(where condition: any SQLExpression, newestFirst: Bool = false, limit: Int = 500)
        async throws -> [Booking]
    {
        try await database.sql.raw(
            """
            SELECT b.*, r.name AS resource_name FROM bookings b JOIN resources r ON r.id = b.resource_id
            WHERE \(condition) ORDER BY b.starts_at \(unsafeRaw: newestFirst ? "DESC" : "ASC"), b.id LIMIT \(bind: limit)
            """
        ).all().map { row in
            Booking(
                id: try row.decode(column: "id", as: Int.self),
                resourceID: try row.decode(column: "resource_id", as: Int.self),
                resourceName: try row.decode(column: "resource_name", as: String.self),
                bookerID: try row.decode(column: "booker_id", as: Int?.self),
                start: try row.decode(column: "starts_at", as: Date.self),
                end: try row.decode(column: "ends_at", as: Date.self),
                purpose: try row.decode(column: "purpose", as: String.self),
                people: try row.decode(column: "people", as: Int.self),
                status: BookingStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .cancelled,
                reason: try row.decode(column: "reason", as: String?.self),
                seriesID: try row.decode(column: "series_id", as: Int?.self),
                createdAt: try row.decode(column: "created_at", as: Date.self))
        }
    }

    func bookings(ids: [Int]) async throws -> [Booking] {
        guard !ids.isEmpty else { return [] }
        return try await bookings(
            where: SQLBinaryExpression(
                SQLColumn("id", table: "b"), .in, SQLGroupExpression(SQLList(ids.map { SQLBind($0) }))),
            limit: ids.count)
    }

    /// The bookers' names and e-mail addresses, for the resource's owner only (the caller logs the view).
    func contacts(of bookerIDs: [Int]) async throws -> [Int: (name: String, email: String)] {
        guard !bookerIDs.isEmpty else { return [:] }
        var contacts: [Int: (name: String, email: String)] = [:]
        for account in try await AccountRecord.query(on: database).filter(\.$id ~~ bookerIDs).filter(
            \.$deletedAt == nil
        ).all() {
            if let id = account.id { contacts[id] = (account.name, account.email) }
        }
        return contacts
    }

    // MARK: The calendar feed's secret

    /// A new secret for the person's feed, replacing (and so revoking) the one before.
    func renewFeedToken(accountID: Int, now: Date) async throws -> String {
        let token = SecretToken.generate()
        let sql = try database.sql
        try await sql.raw("DELETE FROM calendar_feeds WHERE account_id = \(bind: accountID)").run()
        try await sql.raw(
            """
            INSERT INTO calendar_feeds (account_id, token_hash, created_at)
            VALUES (\(bind: accountID), \(bind: SecretToken.hash(token)), \(bind: now))
            """
        ).run()
        return token
    }

    func revokeFeedToken(accountID: Int) async throws {
        try await database.sql.raw("DELETE FROM calendar_feeds WHERE account_id = \(bind: accountID)").run()
    }

    func hasFeedToken(accountID: Int) async throws -> Bool {
        try await database.sql.raw("SELECT 1 AS found FROM calendar_feeds WHERE account_id = \(bind: accountID)")
            .first() != nil
    }

    /// Whose feed `token` opens.
    func feedOwner(token: String) async throws -> Int? {
        try await database.sql.raw(
            "SELECT account_id FROM calendar_feeds WHERE token_hash = \(bind: SecretToken.hash(token))"
        ).first()?.decode(column: "account_id", as: Int.self)
    }
}
