import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Who holds an event's places, changed only inside a write transaction that holds the event's lock: lapsed
/// guest holds let go, the waiting list moved up into free places, and the mail that says so — written in the
/// same transaction, so that each promotion is told exactly once. Used by the actions and by the background
/// work.
struct EventPlaces {
    /// The transaction's database.
    let database: any Database
    /// Where links in mail point.
    let baseURL: String
    let delivers: Bool
    let now: Date

    private var store: EventStore { EventStore(database: database) }

    /// The same keeper on a transaction's database.
    func on(_ database: any Database) -> EventPlaces {
        EventPlaces(database: database, baseURL: baseURL, delivers: delivers, now: now)
    }

    /// Lets go of the event's guests whose time to confirm ran out, then fills free places from the waiting list.
    func settle(_ event: Event) async throws {
        for lapsed in try await store.lapsedHolds(now: now, eventID: event.id) {
            _ = try await store.end(lapsed.id, as: .expired, now: now)
        }
        try await promote(event)
    }

    /// Moves the first in the waiting list up into free places and mails each person who now has one.
    func promote(_ event: Event) async throws {
        let queue = try await store.queue(event.id, limited: event.capacity != nil)
        guard !queue.isEmpty else { return }
        let promotions = EventRules.promotions(
            capacity: event.capacity, heldSeats: try await store.heldSeats(event.id), waiting: queue.map(\.id))
        let waiting = Dictionary(queue.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        for promotion in promotions {
            guard try await store.promote(promotion.registrationID, seat: promotion.seat, now: now),
                waiting[promotion.registrationID] == .waitlisted
            else { continue }
            try await mail(promotion.registrationID, event: event) { t, name in
                (
                    t(.eventMailPromotedSubject(event: event.title)),
                    t(.eventMailPromoted(name: name, event: event.title, when: EventTexts.when(event, t.language)))
                )
            }
        }
    }

    /// Mails the person of a registration (an account, or a guest at their address) in their language.
    func mail(
        _ registrationID: Int, event: Event, language guestLanguage: Language = .sv,
        _ compose: (Localizer, String) -> (subject: String, body: String)
    ) async throws {
        guard
            let row = try await database.sql.raw(
                """
                SELECT r.account_id, r.code, COALESCE(a.name, r.guest_name, '') AS name,
                    COALESCE(a.email, r.guest_email, '') AS email, a.language, a.deleted_at
                FROM event_registrations r LEFT JOIN accounts a ON a.id = r.account_id WHERE r.id = \(bind: registrationID)
                """
            ).first()
        else { return }
        let accountID = try row.decode(column: "account_id", as: Int?.self)
        if accountID != nil, try row.decode(column: "deleted_at", as: Date?.self) != nil { return }
        let email = try row.decode(column: "email", as: String.self)
        guard !email.isEmpty else { return }
        let language = try row.decode(column: "language", as: String?.self).flatMap(Language.init) ?? guestLanguage
        let name = try row.decode(column: "name", as: String.self)
        let t = Localizer(language)
        let (subject, body) = compose(t, name)
        let code = try row.decode(column: "code", as: String.self)
        let link = baseURL + EventPaths.show(event.id)
        try await MailOutbox(database: database).enqueue(
            .transactional(
                accountID: accountID, to: .init(name: name, email: email), language: language, subject: subject,
                body: body + "\n\n" + t(.eventMailFooter(code: code, link: link))),
            delivers: delivers, now: now)
    }
}
