import SQLKit
import Vapor

/// Registered interest (*anmäl intresse*): the public form, its confirmation and withdrawal, and the hub team's
/// leads.
enum InterestFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: InterestController())
    }

    /// A lead is registered by an address, not an account. Someone with an account gets their leads under the
    /// same address in their data, and deleting the account erases them; the hub team's part (who a lead is
    /// given to, who wrote a note) is forgotten.
    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "registeredInterest", claims: [],
                columns: [
                    ("name", .text), ("email", .text), ("organization", .text), ("interests", .text),
                    ("message", .text), ("district", .text), ("age_band", .text), ("consent_version", .text),
                    ("consented_at", .time), ("confirmed_at", .time), ("retain_until", .time),
                ]
            ) { id in
                """
                SELECT name, email, organization, interests, message, district, age_band, consent_version,
                    consented_at, confirmed_at, retain_until
                FROM leads WHERE email = (SELECT email FROM accounts WHERE id = \(bind: id)) ORDER BY id
                """
            }
        ],
        // `lead_id` here is the lead's (not a project lead's): its notes and invitations go with it.
        otherClaims: [
            "leads.assignee_id", "lead_notes.author_id", "lead_notes.lead_id", "test_user_invitations.invited_by",
            "test_user_invitations.lead_id",
        ],
        erase: { id, sql in
            try await sql.raw("DELETE FROM leads WHERE email = (SELECT email FROM accounts WHERE id = \(bind: id))")
                .run()
            try await sql.raw("UPDATE leads SET assignee_id = NULL WHERE assignee_id = \(bind: id)").run()
            try await sql.raw("UPDATE lead_notes SET author_id = NULL WHERE author_id = \(bind: id)").run()
            try await sql.raw("UPDATE test_user_invitations SET invited_by = NULL WHERE invited_by = \(bind: id)").run()
        }
    )
}
