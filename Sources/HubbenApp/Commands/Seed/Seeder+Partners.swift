import Fluent
import Foundation
import HubbenCore
import SQLKit

extension Seeder {
    /// Partner organisations (the demo's four and as many more as the scale asks), each with a profile,
    /// agreements back to back over the years (the newest active), and contributions — hours most of them,
    /// some money — on a handful of projects each, over the last two years.
    func partners(_ random: inout SeededRandom, people: [Int], now: Date) async throws -> (
        partners: Int, agreements: Int, contributions: Int
    ) {
        guard scale.partners > 0, !people.isEmpty else { return (0, 0, 0) }
        let sql = try app.db.sql
        let projects = try await sql.raw("SELECT id FROM projects ORDER BY id").all().map {
            try $0.decode(column: "id", as: Int.self)
        }
        guard !projects.isEmpty else { return (0, 0, 0) }
        let existing = try await PartnerStore(database: app.db).profiles().map(\.organization.id)
        var organizations: [[any Encodable & Sendable]] = []
        let firstNew = try await BulkInsert(sql: sql).maxID("organizations") + 1
        let added = max(0, scale.partners - existing.count)
        for index in 0..<added {
            let district = SeedText.pick(DemoIdeas.districts, &random)
            organizations.append([
                firstNew + index, "Partner \(index + 1) i \(district) AB", OrganizationKind.partner.rawValue,
                "Företag i \(district) som bidrar med personal och medfinansiering till hubbens projekt.",
            ])
        }
        let partnerIDs = existing + (0..<added).map { firstNew + $0 }
        let areas = [
            "Energi", "Mobilitet", "Öppna data", "Tjänstedesign", "Välfärdsteknik", "Skola", "Cirkulär ekonomi",
        ]
        var profiles: [[any Encodable & Sendable]] = []
        var agreements: [[any Encodable & Sendable]] = []
        var contributions: [[any Encodable & Sendable]] = []
        let today = Day(now)
        let agreementsEach = max(1, scale.agreements / partnerIDs.count)
        let contributionsEach = max(1, scale.contributions / partnerIDs.count)
        for organization in partnerIDs {
            let focus = (0..<3).map { _ in SeedText.pick(areas, &random) }
            profiles.append([organization, FocusAreas.clean(focus).joined(separator: "\n"), "Innovationsansvarig", now])
            // Back to back, one year each, ending with the current year's, which is active.
            for step in 0..<agreementsEach {
                let year = today.year - agreementsEach + 1 + step
                let status: AgreementStatus = step == agreementsEach - 1 ? .active : .ended
                agreements.append([
                    organization, "\(year)-01-01", "\(year)-12-31", status.rawValue,
                    [0, 50_000, 100_000, 250_000, 500_000][random.next(upTo: 5)],
                    [0, 200, 500, 1000][random.next(upTo: 4)],
                    focus.first ?? "", "", people[random.next(upTo: people.count)], now, now,
                ])
            }
            let theirs = (0..<5).map { _ in projects[random.next(upTo: projects.count)] }
            for _ in 0..<contributionsEach {
                let cash = random.next(upTo: 10) == 0
                contributions.append([
                    theirs[random.next(upTo: theirs.count)], organization,
                    cash ? ContributionKind.cash.rawValue : ContributionKind.hours.rawValue,
                    cash ? 1_000 * (1 + random.next(upTo: 100)) : 30 * (1 + random.next(upTo: 16)),
                    today.adding(days: -random.next(upTo: 730)).iso, cash ? "Medfinansiering" : "Utveckling och tester",
                    people[random.next(upTo: people.count)], now,
                ])
            }
        }
        let organizationRows = organizations
        let profileRows = profiles
        let agreementRows = agreements
        try await app.db.transaction { db in
            let insert = BulkInsert(sql: try db.sql)
            try await insert.rows("organizations", columns: ["id", "name", "kind", "description"], organizationRows)
            try await insert.advanceSequence("organizations")
            try await insert.rows(
                "partner_profiles", columns: ["organization_id", "focus_areas", "contact_role", "updated_at"],
                profileRows)
            try await insert.rows(
                "partner_agreements",
                columns: [
                    "organization_id", "starts_on", "ends_on", "status", "cash_per_year", "hours_per_year",
                    "focus_areas", "note", "created_by", "created_at", "updated_at",
                ], agreementRows)
        }
        for start in stride(from: 0, to: contributions.count, by: 20_000) {
            let batch = Array(contributions[start..<min(start + 20_000, contributions.count)])
            try await app.db.transaction { db in
                try await BulkInsert(sql: try db.sql).rows(
                    "contributions",
                    columns: [
                        "project_id", "organization_id", "kind", "amount", "day", "what", "account_id", "created_at",
                    ],
                    batch)
            }
        }
        return (partnerIDs.count, agreements.count, contributions.count)
    }
}
