import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's partners: each of the four with a profile, an agreement that ended and one that is active, and
/// contributions — money and staff hours — on the projects it owns, partners or helps. Once per database.
enum DemoPartners {
    static let profiles: [String: (focus: [String], role: String)] = [
        "Sundkraft Energi AB": (
            ["Smart energianvändning", "Laddinfrastruktur", "Klimatsmarta fastigheter"], "Innovationsansvarig"
        ),
        "Kustdata Konsult AB": (
            ["Prototyper och arkitektur", "Öppna data", "Tillgänglighet i digitala tjänster"],
            "Kundansvarig offentlig sektor"
        ),
        "Nordljus Digital AB": (["Tjänstedesign", "Användartester", "Invånardialog"], "Designledare"),
        "Öresundslabbet ekonomisk förening": (
            ["Workshopmetoder", "Lego Serious Play", "Samverkan akademi–stad"], "Verksamhetsledare"
        ),
    ]

    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        let sql = try db.sql
        guard
            try await sql.raw("SELECT COUNT(*) AS n FROM partner_agreements").first()?.decode(column: "n", as: Int.self)
                == 0,
            let coach = demoAccounts["coach"], let partnerStaff = demoAccounts["partner"]
        else { return }
        progress("Partners' profiles, agreements and contributions")
        let now = app.hubben.clock.now()
        let today = Day(now)
        let store = PartnerStore(database: db)
        let partners = try await store.profiles()
        let projects = try await sql.raw("SELECT id FROM projects WHERE visibility = 'public' ORDER BY id LIMIT 12")
            .all().map { try $0.decode(column: "id", as: Int.self) }
        guard !projects.isEmpty else { return }
        for (index, partner) in partners.enumerated() {
            let organization = partner.organization
            if let profile = profiles[organization.name] {
                try await store.saveProfile(
                    organization.id,
                    PartnerProfileDraft(
                        description: organization.description, focusAreas: profile.focus, contactRole: profile.role),
                    now: now)
            }
            let cash = [400_000, 250_000, 150_000, 50_000][index % 4]
            let hours = [600, 1200, 800, 300][index % 4]
            let thisYear = today.year
            for (first, last, status) in [
                (
                    Day(year: thisYear - 2, month: 1, day: 1), Day(year: thisYear - 1, month: 12, day: 31),
                    AgreementStatus.ended
                ),
                (Day(year: thisYear, month: 1, day: 1), Day(year: thisYear + 1, month: 12, day: 31), .active),
            ] {
                guard let first, let last else { continue }
                _ = try await store.createAgreement(
                    organization.id,
                    AgreementValues(
                        startsOn: first, endsOn: last, status: status, cashPerYear: cash, hoursPerYear: hours,
                        focusAreas: Array((profiles[organization.name]?.focus ?? []).prefix(2)),
                        note: status == .active ? "Förlängt efter utvärderingen av den första perioden." : ""),
                    createdBy: coach, now: now)
            }
            // Three projects each, spread over the list; the partner's staff log their hours, the hub team the
            // money.
            let mine = (0..<3).map { projects[(index * 3 + $0) % projects.count] }
            let staffLogs = try await store.isMember(partnerStaff, of: organization.id)
            for (step, project) in mine.enumerated() {
                let logger = staffLogs ? partnerStaff : coach
                for month in 0..<4 {
                    let day = today.adding(days: -20 - 30 * month - step * 3)
                    _ = try await store.insertContribution(
                        projectID: project, organizationID: organization.id, kind: .hours,
                        amount: (6 + 2 * month + step) * 60 + (month % 2) * 30, day: day,
                        what: ["Utveckling av prototypen", "Workshop med användare", "Arkitekturstöd", "Användartest"][
                            month],
                        accountID: logger, now: now)
                }
                _ = try await store.insertContribution(
                    projectID: project, organizationID: organization.id, kind: .cash, amount: cash / 4,
                    day: today.adding(days: -45 - step * 7), what: "Medfinansiering enligt avtalet",
                    accountID: coach, now: now)
            }
        }
        progress(
            "partners: \(partners.count) profiles, \(partners.count * 2) agreements, \(partners.count * 15) contributions"
        )
    }
}
