import Fluent
import Foundation
import HubbenCore
import SQLKit

extension Seeder {
    /// Registered interest over the last two years: most confirmed and in every state of the hub team's work, a
    /// few still waiting for their confirmation.
    func leads(_ random: inout SeededRandom, team: [Int], now: Date) async throws -> Int {
        guard scale.leads > 0 else { return 0 }
        let statuses = LeadStatus.allCases
        let outcomes = LeadOutcome.allCases
        let districts = DemoIdeas.districts
        var rows: [[any Encodable & Sendable]] = []
        for index in 0..<scale.leads {
            let created = now.addingTimeInterval(-Double(random.next(upTo: 730 * 24)) * 3600)
            let kinds = InterestKind.allCases.filter { _ in random.next(upTo: 3) == 0 }
            let interests = kinds.isEmpty ? [InterestKind.followWork] : kinds
            let waiting = index % 50 == 0
            let status = statuses[random.next(upTo: statuses.count)]
            let testUser = interests.contains(.testUser)
            rows.append([
                "Intresserad \(index + 1)", "lead-\(index + 1)@seed.hubben.example", "",
                interests.map(\.rawValue).joined(separator: ","), "Jag vill vara med.",
                testUser ? districts[random.next(upTo: districts.count)] : "",
                testUser ? AgeBand.allCases[random.next(upTo: AgeBand.allCases.count)].rawValue : nil as String?, "sv",
                InterestConsent.version, created, waiting ? nil : created.addingTimeInterval(900) as Date?,
                waiting ? SecretToken.hash("seed-confirm-\(index)") : nil as String?,
                waiting ? created.addingTimeInterval(InterestConsent.confirmationWindow) : nil as Date?,
                SecretToken.hash("seed-withdraw-\(index)"), status.rawValue,
                status == .closed ? outcomes[random.next(upTo: outcomes.count)].rawValue : nil as String?,
                status == .new || team.isEmpty ? nil : team[random.next(upTo: team.count)] as Int?,
                created.addingTimeInterval(Double(InterestConsent.retentionDays) * 86_400), created, created,
            ])
        }
        for start in stride(from: 0, to: rows.count, by: 5_000) {
            let batch = Array(rows[start..<min(start + 5_000, rows.count)])
            try await app.db.transaction { db in
                try await BulkInsert(sql: try db.sql).rows(
                    "leads",
                    columns: [
                        "name", "email", "organization", "interests", "message", "district", "age_band", "language",
                        "consent_version", "consented_at", "confirmed_at", "confirm_token_hash", "confirm_until",
                        "withdraw_token_hash", "status", "outcome", "assignee_id", "retain_until", "created_at",
                        "updated_at",
                    ], batch)
            }
        }
        return rows.count
    }
}
