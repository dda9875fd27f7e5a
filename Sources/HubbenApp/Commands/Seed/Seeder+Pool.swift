import Fluent
import Foundation
import HubbenCore
import SQLKit

extension Seeder {
    /// The competence pool: `scale.poolPeople` people with one to three competencies and their time for the
    /// hub, and `scale.staffingNeeds` needs over the projects, about six in ten filled by someone with the
    /// competency (some of them over full time, as happens).
    func pool(_ random: inout SeededRandom, people: [Int], projects: [Int], coach: Int?, now: Date) async throws
        -> (people: Int, needs: Int, assignments: Int)
    {
        guard scale.poolPeople > 0, !people.isEmpty, !projects.isEmpty else { return (0, 0, 0) }
        let today = Day(now)
        let roles = CompetencyRole.allCases
        let skills = ["GIS", "Juridik", "Upphandling", "Tillgänglighet", "Kommunikation", "Statistik", "Figma"]
        var competencyRows: [[any Encodable & Sendable]] = []
        var availabilityRows: [[any Encodable & Sendable]] = []
        var byCompetency: [String: [Int]] = [:]
        let pool = Array(people.prefix(scale.poolPeople))
        for person in pool {
            var taken = Set<String>()
            for _ in 0..<(1 + random.next(upTo: 3)) {
                let useSkill = random.next(upTo: 6) == 0
                let competency =
                    useSkill
                    ? Competency(skill: SeedText.pick(skills, &random)) ?? Competency(.programmer)
                    : Competency(SeedText.pick(roles, &random))
                guard taken.insert(competency.matchKey).inserted else { continue }
                competencyRows.append([
                    person, competency.column, competency.skill, competency.skill.lowercased(),
                    1 + random.next(upTo: 4),
                    nil as String?, nil as String?, now,
                ])
                byCompetency[competency.matchKey, default: []].append(person)
            }
            let start = today.adding(days: -random.next(upTo: 120))
            let end = today.adding(days: 200 + random.next(upTo: 300))
            availabilityRows.append([person, start.iso, end.iso, [100, 80, 60, 50, 40, 20][random.next(upTo: 6)], now])
        }
        var needRows: [[any Encodable & Sendable]] = []
        var assignmentRows: [[any Encodable & Sendable]] = []
        let firstNeed = try await BulkInsert(sql: try app.db.sql).maxID("staffing_needs")
        let phases: [ProjectPhase] = [.needInsight, .pretotype, .prototype, .proofOfConcept]
        for index in 0..<scale.staffingNeeds {
            let id = firstNeed + index + 1
            let project = projects[index % projects.count]
            let competency =
                random.next(upTo: 8) == 0
                ? Competency(skill: SeedText.pick(skills, &random)) ?? Competency(.programmer)
                : Competency(SeedText.pick(roles, &random))
            let first = today.adding(days: 7 * (random.next(upTo: 60) - 12)).monday
            let last = first.adding(days: 7 * (2 + random.next(upTo: 16)) - 1)
            let percent = [20, 40, 50, 60, 80, 100][random.next(upTo: 6)]
            let level = 1 + random.next(upTo: 4)
            needRows.append([
                id, project, SeedText.pick(phases, &random).rawValue, competency.column, competency.skill, level,
                percent,
                first.iso, last.iso, coach, now,
            ])
            if random.next(upTo: 10) < 6, let candidates = byCompetency[competency.matchKey], !candidates.isEmpty {
                assignmentRows.append([
                    project, id, SeedText.pick(candidates, &random), competency.column, competency.skill, percent,
                    first.iso,
                    last.iso, coach, now,
                ])
            }
        }
        let (competencies, availability, needs, assignments) = (
            competencyRows, availabilityRows, needRows, assignmentRows
        )
        try await app.db.transaction { db in
            let bulk = try BulkInsert(sql: db.sql)
            try await bulk.rows(
                "competencies",
                columns: [
                    "account_id", "competency", "skill", "skill_key", "level", "valid_from", "valid_until",
                    "updated_at",
                ], competencies)
            try await bulk.rows(
                "availability_periods", columns: ["account_id", "starts_on", "ends_on", "percent", "updated_at"],
                availability)
            try await bulk.rows(
                "staffing_needs",
                columns: [
                    "id", "project_id", "phase", "competency", "skill", "level", "percent", "starts_on", "ends_on",
                    "created_by", "created_at",
                ], needs)
            try await bulk.advanceSequence("staffing_needs")
            try await bulk.rows(
                "staffing_assignments",
                columns: [
                    "project_id", "need_id", "account_id", "competency", "skill", "percent", "starts_on", "ends_on",
                    "created_by", "created_at",
                ], assignments)
        }
        return (pool.count, needs.count, assignments.count)
    }
}
