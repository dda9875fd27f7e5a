import SQLKit
import Vapor

/// City resources and their bookings (the *resurssajt*): the rules, bookings and blocks, decisions, and the
/// calendars.
enum BookingsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: BookingController())
    }

    static let cachedPaths: [CachedPath] = [
        .exactly(BookingPaths.list()), .tree("/book/resources"), .tree("/api/v1/resources"),
    ]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "bookings", claims: ["bookings.booker_id", "booking_series.booker_id"],
                columns: [
                    ("id", .number), ("resource_id", .number), ("starts_at", .time), ("ends_at", .time),
                    ("purpose", .text), ("people", .number), ("status", .text), ("reason", .text),
                    ("series_id", .number), ("created_at", .time),
                ]
            ) { id in
                "SELECT id, resource_id, starts_at, ends_at, purpose, people, status, reason, series_id, created_at FROM bookings WHERE booker_id = \(bind: id) ORDER BY starts_at, id"
            },
            ExportSection(
                name: "calendarFeed", claims: ["calendar_feeds.account_id"], columns: [("created_at", .time)]
            ) { id in
                "SELECT created_at FROM calendar_feeds WHERE account_id = \(bind: id)"
            },
        ],
        otherClaims: ["bookings.decided_by"],
        erase: { id, sql in
            // What has not happened yet gives its time back; what has stays in the owner's history, with no
            // name and no purpose.
            try await sql.raw(
                """
                UPDATE bookings SET status = 'cancelled'
                WHERE booker_id = \(bind: id) AND status IN ('requested', 'confirmed') AND ends_at > \(bind: Date())
                """
            ).run()
            try await sql.raw(
                "UPDATE bookings SET booker_id = NULL, purpose = '' WHERE booker_id = \(bind: id) AND status <> 'blocked'"
            ).run()
            try await sql.raw("UPDATE bookings SET booker_id = NULL WHERE booker_id = \(bind: id)").run()
            try await sql.raw("UPDATE bookings SET decided_by = NULL WHERE decided_by = \(bind: id)").run()
            try await sql.raw("UPDATE booking_series SET booker_id = NULL WHERE booker_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM calendar_feeds WHERE account_id = \(bind: id)").run()
        }
    )
}
