import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's registered interest: three dozen leads in every state — waiting for their confirmation, new,
/// contacted, in dialogue and closed with each outcome — some with notes and an assignee, some test users with
/// a district and an age band. Once per database.
enum DemoLeads {
    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        guard try await db.sql.raw("SELECT COUNT(*) AS n FROM leads").first()?.decode(column: "n", as: Int.self) == 0,
            let coach = demoAccounts["coach"], let admin = demoAccounts["admin"]
        else { return }
        progress("Registered interest")
        let now = app.hubben.clock.now()
        let store = LeadStore(database: db)
        let names = [
            "Alva Berg", "Bashir Omar", "Cecilia Holm", "David Lund", "Elin Sjöberg", "Farah Ali", "Gustav Ek",
            "Hanna Vik", "Ibrahim Khan", "Jenny Åström", "Karl Nyström", "Lina Persson",
        ]
        let kinds: [[InterestKind]] = [
            [.testUser], [.workAtHub], [.becomePartner], [.workThroughSupplier], [.followWork],
            [.testUser, .followWork],
        ]
        let states: [(LeadStatus, LeadOutcome?)] = [
            (.new, nil), (.contacted, nil), (.inDialogue, nil), (.closed, .hired), (.closed, .supplierContact),
            (.closed, .partnerAgreement), (.closed, .testUser), (.closed, .notNow),
        ]
        let districts = DemoIdeas.districts
        for index in 0..<36 {
            let name = names[index % names.count]
            let interests = kinds[index % kinds.count]
            let draft = InterestDraft(
                name: name, email: "intresse-\(index + 1)@demo.hubben.example",
                organization: interests.contains(.becomePartner) ? "Företag \(index + 1) AB" : "",
                interests: interests, message: "Jag vill gärna vara med i hubbens arbete.",
                district: interests.contains(.testUser) ? districts[index % districts.count] : "",
                ageBand: interests.contains(.testUser) ? AgeBand.allCases[index % AgeBand.allCases.count] : nil,
                consentVersion: InterestConsent.version)
            let registered = now.addingTimeInterval(-Double(36 - index) * 86_400 / 2)
            let id = try await store.insert(
                draft, language: .sv, confirmTokenHash: SecretToken.hash(SecretToken.generate()),
                withdrawTokenHash: SecretToken.hash(SecretToken.generate()), now: registered)
            // Every ninth is still waiting for its confirmation.
            guard index % 9 != 8 else { continue }
            _ = try await db.sql.raw(
                """
                UPDATE leads SET confirmed_at = \(bind: registered.addingTimeInterval(600)), confirm_token_hash = NULL,
                    confirm_until = NULL WHERE id = \(bind: id)
                """
            ).run()
            let (status, outcome) = states[index % states.count]
            try await store.update(
                id, status: status, outcome: outcome,
                assigneeID: status == .new ? nil : (index % 2 == 0 ? coach : admin),
                now: registered)
            if status != .new {
                try await store.addNote(
                    id, authorID: coach, body: "Ringde och berättade om hubben. Återkommer efter nästa demodag.",
                    now: registered.addingTimeInterval(86_400))
            }
        }
        progress("registered interest: 36 leads in every state")
    }
}
