import Fluent
import Foundation
import HubbenCore
import SQLKit

extension Seeder {
    /// City resources and two years of their bookings, a year back and a year ahead: each resource's bookings
    /// on days of their own (so none overlap, buffers included), mostly confirmed, some cancelled, a few
    /// waiting for an answer. The first five take no per-person limit and no approval: the benchmark books
    /// them under contention.
    func resources(_ random: inout SeededRandom, people: [Int], now: Date) async throws -> (
        resources: Int, bookings: Int
    ) {
        guard scale.resources > 0, !people.isEmpty else { return (0, 0) }
        let sql = try app.db.sql
        let departments = try await sql.raw("SELECT id FROM organizations WHERE kind = 'department' ORDER BY id").all()
            .map { try $0.decode(column: "id", as: Int.self) }
        guard !departments.isEmpty else { return (0, 0) }
        let insert = BulkInsert(sql: sql)
        let firstID = try await insert.maxID("resources") + 1
        let kinds = ResourceKind.allCases
        var resources: [[any Encodable & Sendable]] = []
        var hours: [[any Encodable & Sendable]] = []
        for index in 0..<scale.resources {
            let id = firstID + index
            let kind = index < 5 ? ResourceKind.room : SeedText.pick(kinds, &random)
            let district = SeedText.pick(DemoIdeas.districts, &random)
            let capacity = [4, 8, 12, 20, 30, 60, 120][random.next(upTo: 7)]
            let contended = index < 5
            resources.append([
                id, departments[index % departments.count], kind.rawValue,
                "\(Self.resourceName(kind)) \(index + 1), \(district)",
                "En av stadens lokaler som kan bokas när den inte används.", "Storgatan \(index + 1)", district,
                capacity, "Entré utan trappsteg.", "Whiteboard\nProjektor", 30, 60, 240, contended ? 0 : 60, 730,
                contended ? 0 : 15, contended ? 0 : 15, contended ? nil : 4 as Int?, 24 * 60 as Int?,
                BookingAudience.signedIn.rawValue, !contended && index % 4 == 0, now, now,
            ])
            for weekday in Weekday.allCases { hours.append([id, weekday.rawValue, 8 * 60, 22 * 60]) }
        }
        let resourceRows = resources
        let hourRows = hours
        try await app.db.transaction { db in
            let insert = BulkInsert(sql: try db.sql)
            try await insert.rows(
                "resources",
                columns: [
                    "id", "organization_id", "kind", "name", "description", "address", "district", "capacity",
                    "accessibility", "equipment", "slot_minutes", "minimum_minutes", "maximum_minutes",
                    "minimum_notice_minutes", "maximum_days_ahead", "buffer_before_minutes", "buffer_after_minutes",
                    "maximum_active_per_person", "cancellation_cutoff_minutes", "audience", "needs_approval",
                    "created_at", "updated_at",
                ], resourceRows)
            try await insert.rows("resource_hours", columns: ["resource_id", "weekday", "opens", "closes"], hourRows)
            try await insert.advanceSequence("resources")
        }

        let perResource = min(scale.bookings / scale.resources, 700)
        let days = Array(0..<730)
        let today = Day(now)
        var bookings: [[any Encodable & Sendable]] = []
        var inserted = 0
        for index in 0..<scale.resources {
            let id = firstID + index
            for offset in distinct(perResource, of: days, &random) {
                let day = today.adding(days: offset - 365)
                let startMinute = (8 + random.next(upTo: 11)) * 60 + (random.next(upTo: 2) == 0 ? 0 : 30)
                let length = 60 * (1 + random.next(upTo: 3))
                let start = day.at(minute: startMinute)
                let end = day.at(minute: min(startMinute + length, 22 * 60))
                let roll = random.next(upTo: 20)
                let status: BookingStatus = roll < 17 ? .confirmed : roll < 19 ? .cancelled : .requested
                bookings.append([
                    id, SeedText.pick(people, &random), start, end, start.addingTimeInterval(-15 * 60),
                    end.addingTimeInterval(15 * 60), "Föreningsmöte", 1 + random.next(upTo: 4), status.rawValue,
                    start.addingTimeInterval(-Double(1 + random.next(upTo: 30)) * 86_400),
                    start.addingTimeInterval(-86_400),
                ])
            }
            if bookings.count >= 20_000 || index == scale.resources - 1 {
                let batch = bookings
                try await app.db.transaction { db in
                    try await BulkInsert(sql: try db.sql).rows(
                        "bookings",
                        columns: [
                            "resource_id", "booker_id", "starts_at", "ends_at", "held_from", "held_until", "purpose",
                            "people", "status", "created_at", "updated_at",
                        ], batch)
                }
                inserted += batch.count
                bookings.removeAll(keepingCapacity: true)
            }
        }
        return (scale.resources, inserted)
    }

    private static func resourceName(_ kind: ResourceKind) -> String {
        switch kind {
        case .room: "Mötesrum"
        case .hall: "Samlingssal"
        case .premises: "Föreningslokal"
        case .outdoorArea: "Utomhusscen"
        case .equipment: "Projektor"
        case .vehicle: "Lådcykel"
        }
    }
}
