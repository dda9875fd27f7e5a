import SQLKit
import Vapor

/// Events: competence days, workshops, demo days, hackathons, fairs, mobile and workplace visits, with
/// registration, the waiting list, guests' confirmation, check-in and the calendars.
enum EventsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: EventController())
    }

    static let cachedPaths: [CachedPath] = [.exactly(EventPaths.list()), .tree("/api/v1/events")]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "eventRegistrations", claims: ["event_registrations.account_id"],
                columns: [
                    ("event_id", .number), ("status", .text), ("seat", .number), ("code", .text),
                    ("checked_in_at", .time), ("created_at", .time),
                ]
            ) { id in
                "SELECT event_id, status, seat, code, checked_in_at, created_at FROM event_registrations WHERE account_id = \(bind: id) ORDER BY id"
            }
        ],
        otherClaims: ["events.created_by"],
        erase: { id, sql in
            // A place not yet used goes to the next in the waiting list at the next round of background work;
            // what happened stays as a count, with no one behind it.
            try await sql.raw(
                """
                UPDATE event_registrations SET status = 'cancelled', seat = NULL
                WHERE account_id = \(bind: id) AND status IN ('registered', 'waitlisted', 'pending_confirmation')
                    AND event_id IN (SELECT id FROM events WHERE starts_at > \(bind: Date()))
                """
            ).run()
            try await sql.raw("UPDATE event_registrations SET account_id = NULL WHERE account_id = \(bind: id)").run()
            try await sql.raw("UPDATE events SET created_by = NULL WHERE created_by = \(bind: id)").run()
        }
    )
}
