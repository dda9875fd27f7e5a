import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's competence pool: 40 people — the hub team, department staff and partner staff — with the hub's
/// roles and some free skills at realistic levels, their time for the hub, staffing needs on the active
/// projects filled from the ranked suggestions, and a few people over full time. Once per database.
enum DemoPool {
    static let firstNames = [
        "Anna", "Björn", "Cecilia", "David", "Elin", "Fredrik", "Gunilla", "Hampus", "Ida", "Jonas", "Karin", "Leo",
        "Malin", "Nils", "Olivia", "Petter", "Rebecka", "Samir", "Tove", "Ulf",
    ]
    static let lastNames = ["Andersson", "Berglund", "Carlsson", "Dahl", "Ekström", "Forsberg", "Göransson", "Holm"]
    static let skills = ["GIS", "Juridik", "Upphandling", "Tillgänglighet", "Kommunikation", "Statistik", "Figma"]

    /// Who works where: 10 in the hub team, 18 in departments, 12 with the partners.
    private static func placement(_ index: Int, departments: [Int], partners: [Int], hubTeam: Int)
        -> (role: PlatformRole, organization: Int)
    {
        switch index {
        case 0..<10: (.coach, hubTeam)
        case 10..<28: (.staff, departments[index % departments.count])
        default: (.partner, partners[index % partners.count])
        }
    }

    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        let sql = try db.sql
        guard
            try await sql.raw("SELECT COUNT(*) AS n FROM staffing_needs").first()?.decode(column: "n", as: Int.self)
                == 0,
            let coach = demoAccounts["coach"]
        else { return }
        progress("The competence pool: 40 people, staffing needs and assignments")
        let now = app.hubben.clock.now()
        let today = Day(now)
        let organizations = try await OrganizationStore(database: db).all()
        let departments = organizations.filter { $0.kind == .department && $0.name != "Stadsledningsförvaltningen" }
            .map(\.id)
        let partners = organizations.filter { $0.kind == .partner }.map(\.id)
        guard let hubTeam = organizations.first(where: { $0.name == "Stadsledningsförvaltningen" })?.id,
            !departments.isEmpty, !partners.isEmpty
        else { return }
        let accounts = AccountStore(database: db, hasher: app.password)
        let store = PoolStore(database: db)
        let roles = CompetencyRole.allCases
        var people: [Int] = []
        for index in 0..<40 {
            // Each first name twice, with different family names: every name in the pool is unique.
            let name =
                "\(firstNames[index % firstNames.count]) \(lastNames[(index + index / 20 * 3) % lastNames.count])"
            let email = "pool-\(index + 1)@demo.hubben.example"
            let (role, organization) = placement(index, departments: departments, partners: partners, hubTeam: hubTeam)
            let id: Int
            if let existing = try await accounts.account(email: email) {
                id = existing.id
            } else {
                id = try await accounts.create(name: name, email: email, password: DemoContent.password, roles: [role])
                    .id
                try await accounts.addMembership(accountID: id, organizationID: organization, role: .member)
            }
            people.append(id)
        }
        // The demo's own staff, coach, partner and admin accounts are in the pool too.
        people += ["staff", "coach", "partner", "admin"].compactMap { demoAccounts[$0] }
        guard let start = Period(from: today.adding(days: -60), through: today.adding(days: 300)),
            let later = Period(from: today.adding(days: 301), through: today.adding(days: 600))
        else { return }
        for (index, id) in people.enumerated() {
            // Coaches are innovation coaches; everyone has one or two more of the hub's roles and sometimes a free
            // skill, at levels spread 1–4.
            var entries: [CompetencyEntry] = []
            if index < 10 || id == demoAccounts["coach"] {
                entries.append(CompetencyEntry(competency: Competency(.innovationCoach), level: 3 + index % 2))
            }
            for step in 0..<(1 + index % 2) {
                let competency = Competency(roles[(index * 3 + step * 5) % roles.count])
                guard !entries.contains(where: { $0.competency == competency }) else { continue }
                entries.append(CompetencyEntry(competency: competency, level: 1 + (index + step * 2) % 4))
            }
            if index % 3 == 0, let skill = Competency(skill: skills[index % skills.count]) {
                entries.append(
                    CompetencyEntry(competency: skill, level: 2 + index % 3, validUntil: today.adding(days: 365 * 2)))
            }
            let share = [100, 80, 60, 50, 40, 20][index % 6]
            try await store.replaceProfile(
                id,
                CompetenceProfileDraft(
                    competencies: entries,
                    availability: [Allocation(start, percent: share), Allocation(later, percent: max(20, share - 20))]),
                now: now)
        }
        // Two or three needs on each active project, filled from the top of the suggestions; one in five left
        // open. Some people end up with more than full time, as happens.
        let projects = try await sql.raw(
            "SELECT id, phase FROM projects WHERE outcome IS NULL ORDER BY id LIMIT 14"
        ).all().map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "phase", as: String.self)) }
        var count = 0
        for (projectIndex, (projectID, phaseText)) in projects.enumerated() {
            let phase =
                ProjectPhase(rawValue: phaseText).flatMap { $0 == .decision ? .proofOfConcept : $0 } ?? .prototype
            for step in 0..<(2 + projectIndex % 2) {
                let competency = Competency(roles[(projectIndex * 2 + step * 3) % roles.count])
                let first = today.adding(days: 7 * (projectIndex % 5 + step * 2)).monday
                guard let period = Period(from: first, through: first.adding(days: 7 * (6 + projectIndex % 6) - 1))
                else {
                    continue
                }
                let percent = [20, 40, 50, 60, 80][(projectIndex + step) % 5]
                let level = 2 + (projectIndex + step) % 2
                let needID = try await store.insertNeed(
                    projectID: projectID, phase: phase, competency: competency, level: level, percent: percent,
                    period: period, by: coach, now: now)
                count += 1
                guard count % 5 != 0, let need = try await store.need(needID) else { continue }
                let ranked = StaffingRanking.rank(
                    try await store.candidates(for: need, inProject: try await store.people(inProject: projectID)),
                    level: level, percent: percent, period: period)
                // Mostly the best suggestion; now and then the second, which may not have the time.
                guard let chosen = ranked.dropFirst(count % 4 == 0 ? 1 : 0).first ?? ranked.first else { continue }
                let person = chosen.candidate.accountID
                _ = try await store.insertAssignment(
                    projectID: projectID, needID: needID, accountID: person, competency: competency, percent: percent,
                    period: period, partnerID: try await store.partnerOrganization(of: person),
                    what: "Bemanning från kompetenspoolen", by: coach, now: now)
            }
        }
        // The busiest assignment's person also helps another project at the same time: over full time, which the
        // person's page, the project's staffing and the load view all warn about.
        if let busiest = try await store.assignments().max(by: { $0.percent < $1.percent }),
            let person = busiest.accountID,
            let other = projects.map(\.0).first(where: { $0 != busiest.projectID })
        {
            let needID = try await store.insertNeed(
                projectID: other, phase: .prototype, competency: busiest.competency, level: 1, percent: 40,
                period: busiest.period, by: coach, now: now)
            _ = try await store.insertAssignment(
                projectID: other, needID: needID, accountID: person, competency: busiest.competency, percent: 40,
                period: busiest.period, partnerID: try await store.partnerOrganization(of: person),
                what: "Bemanning från kompetenspoolen", by: coach, now: now)
            count += 1
        }
        progress("  \(people.count) people in the pool, \(count) staffing needs")
    }
}
