import Fluent
import Foundation
import HubbenCore
import SQLKit

extension Seeder {
    /// Events from a year back to a year ahead, of every kind, most with a limit, some internal; and their
    /// registrations: distinct people per event with places numbered from 1 (a full event's rest waiting in
    /// arrival order), some cancelled, the past ones partly checked in. The first event is far ahead, open and
    /// empty, with 100 places: the benchmark registers for it under contention.
    func events(_ random: inout SeededRandom, people: [Int], organiser: Int, now: Date) async throws -> (
        events: Int, registrations: Int
    ) {
        guard scale.events > 0, !people.isEmpty else { return (0, 0) }
        let sql = try app.db.sql
        let firstID = try await BulkInsert(sql: sql).maxID("events") + 1
        let today = Day(now)
        let kinds = EventKind.allCases
        var events: [[any Encodable & Sendable]] = []
        var registrations: [[any Encodable & Sendable]] = []
        let perEvent = scale.registrations / scale.events
        for index in 0..<scale.events {
            let id = firstID + index
            let kind = index == 0 ? EventKind.competenceDay : SeedText.pick(kinds, &random)
            let offset = index == 0 ? 300 : random.next(upTo: 730) - 365
            let day = today.adding(days: offset)
            let startMinute = (9 + random.next(upTo: 9)) * 60
            let starts = day.at(minute: startMinute)
            let ends = day.at(minute: startMinute + 60 * (1 + random.next(upTo: 4)))
            let capacity: Int? =
                index == 0 ? 100 : random.next(upTo: 5) == 0 ? nil : [10, 20, 30, 50, 80][random.next(upTo: 5)]
            let district = SeedText.pick(DemoIdeas.districts, &random)
            let online = kind == .workplaceVisit
            events.append([
                id, kind.rawValue, "\(Self.eventTitle(kind)) \(index + 1), \(district)",
                "Ett av hubbens evenemang: föreläsningar, workshoppar och samtal om stadens projekt.", starts, ends,
                online ? "online" : "address", online ? "" : "Storgatan \(index + 1), \(district)",
                online ? "https://meet.example.se/\(id)" : "", capacity,
                (index != 0 && random.next(upTo: 10) == 0)
                    ? EventVisibility.internal.rawValue : EventVisibility.public.rawValue,
                "sv", false, kind == .mobileVisit ? district : "",
                kind == .mobileVisit ? "Mobila enheten \(day.year)" : "",
                "", "", "", "", "", 30, organiser,
                starts.addingTimeInterval(-60 * 86_400), starts.addingTimeInterval(-60 * 86_400),
            ])
            guard index != 0 else { continue }
            let count = min(people.count, perEvent / 2 + random.next(upTo: perEvent + 1))
            var seat = 0
            for (order, person) in distinct(count, of: people, &random).enumerated() {
                let cancelled = random.next(upTo: 15) == 0
                var status = EventRegistrationStatus.registered
                var place: Int? = nil
                if cancelled {
                    status = .cancelled
                } else if let capacity {
                    if seat < capacity {
                        seat += 1
                        place = seat
                    } else {
                        status = .waitlisted
                    }
                }
                let past = ends < now
                let created = starts.addingTimeInterval(-Double(50 - min(order, 49)) * 86_400)
                registrations.append([
                    id, person, status.rawValue, place, Self.code(id: id, order: order),
                    past && status == .registered && random.next(upTo: 4) != 0 ? starts : nil as Date?, created,
                    created,
                ])
            }
        }
        let eventRows = events
        try await app.db.transaction { db in
            let insert = BulkInsert(sql: try db.sql)
            try await insert.rows(
                "events",
                columns: [
                    "id", "kind", "title", "description", "starts_at", "ends_at", "place_kind", "address",
                    "online_link", "capacity", "visibility", "languages", "waitlist_closed", "district", "tour",
                    "services",
                    "employer", "occupations", "target_group", "recording_link", "guest_retention_days", "created_by",
                    "created_at", "updated_at",
                ], eventRows)
            try await insert.advanceSequence("events")
        }
        var inserted = 0
        for start in stride(from: 0, to: registrations.count, by: 20_000) {
            let batch = Array(registrations[start..<min(start + 20_000, registrations.count)])
            try await app.db.transaction { db in
                try await BulkInsert(sql: try db.sql).rows(
                    "event_registrations",
                    columns: [
                        "event_id", "account_id", "status", "seat", "code", "checked_in_at", "created_at", "updated_at",
                    ], batch)
            }
            inserted += batch.count
        }
        return (scale.events, inserted)
    }

    /// A check-in code unique within its event, from the event and the order (the seed must be repeatable).
    private static func code(id: Int, order: Int) -> String {
        var value = UInt64(id) &* 1_000_003 &+ UInt64(order) &* 7919
        return String(
            (0..<EventRules.codeLength).map { _ in
                let character = EventRules.codeAlphabet[Int(value % UInt64(EventRules.codeAlphabet.count))]
                value /= UInt64(EventRules.codeAlphabet.count)
                return character
            })
    }

    private static func eventTitle(_ kind: EventKind) -> String {
        switch kind {
        case .competenceDay: "Kompetensdag"
        case .workshop: "Workshop"
        case .demoDay: "Demodag"
        case .hackathon: "Hackathon"
        case .fair: "Mässa"
        case .mobileVisit: "Mobila enheten"
        case .workplaceVisit: "Arbetsplatsbesök"
        }
    }
}
