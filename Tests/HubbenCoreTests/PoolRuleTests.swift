import Foundation
import HubbenCore
import Testing

@Suite("Competence pool rules: ranking, weeks and loads")
struct PoolRuleTests {
    private func day(_ text: String) throws -> Day { try #require(Day(iso: text)) }
    private func period(_ from: String, _ through: String) throws -> Period {
        try #require(Period(from: try day(from), through: try day(through)))
    }

    @Test("ISO weeks: Monday first, week 1 holds the first Thursday")
    func isoWeeks() throws {
        let cases: [(String, Int, Int)] = [
            ("2027-01-01", 2026, 53), ("2027-01-04", 2027, 1), ("2027-03-08", 2027, 10), ("2026-12-31", 2026, 53),
            ("2025-12-29", 2026, 1), ("2027-12-31", 2027, 52),
        ]
        for (text, year, week) in cases {
            let iso = try day(text).isoWeek
            #expect(iso.year == year && iso.week == week, "\(text)")
        }
        #expect(try period("2027-03-10", "2027-03-22").weeks.map(\.iso) == ["2027-03-08", "2027-03-15", "2027-03-22"])
    }

    @Test("Periods are bounded: in order, at most three years, between 2000 and 2100")
    func periods() throws {
        #expect(Period(from: try day("2027-03-10"), through: try day("2027-03-09")) == nil)
        #expect(Period(from: try day("2027-01-01"), through: try day("2031-01-01")) == nil)
        #expect(Period(from: try day("1999-12-31"), through: try day("2000-01-02")) == nil)
        #expect(try period("2027-03-10", "2027-03-10").days == 1)
    }

    @Test("Over-allocation across overlapping periods is counted per week")
    func overAllocation() throws {
        let weeks = try period("2027-03-01", "2027-03-28").weeks
        let loads = WeekLoad.weeks(
            weeks,
            availability: [
                Allocation(try period("2027-03-01", "2027-03-14"), percent: 80),
                Allocation(try period("2027-03-10", "2027-03-31"), percent: 50),
            ],
            assignments: [
                Allocation(try period("2027-03-01", "2027-03-21"), percent: 60),
                Allocation(try period("2027-03-12", "2027-03-16"), percent: 50),
                Allocation(try period("2027-03-21", "2027-03-22"), percent: 40),
            ])
        // Week 9: 60; week 10: 60 + 50; week 11: 60 + 50 (the second touches Monday 15th) + 40 (Sunday 21st);
        // week 12: 40.
        #expect(loads.map(\.assigned) == [60, 110, 150, 40])
        #expect(loads.map(\.isOver) == [false, true, true, false])
        #expect(loads.map(\.available) == [80, 80, 50, 50])
        #expect(loads.map(\.free) == [20, 0, 0, 10])
    }

    @Test("Suggestions are ranked by fit, free capacity and continuity, as the table says")
    func ranking() throws {
        let need = try period("2027-03-08", "2027-05-09")
        let all = [Allocation(need, percent: 100)]
        func candidate(_ id: Int, _ name: String, level: Int, busy: Int, inProject: Bool = false) throws
            -> StaffingCandidate
        {
            StaffingCandidate(
                accountID: id, name: name, level: level, availability: all,
                assignments: busy == 0 ? [] : [Allocation(need, percent: busy)], inProject: inProject)
        }
        let candidates = [
            try candidate(1, "Anna", level: 3, busy: 60),  // fit 1, 40 free of 50 asked → capacity 0.8
            try candidate(2, "Bo", level: 4, busy: 0),  // fit 1, capacity 1
            try candidate(3, "Cia", level: 2, busy: 0),  // one level below: fit 0.5, capacity 1
            try candidate(4, "Dan", level: 1, busy: 0),  // two below: left out
            try candidate(5, "Eva", level: 3, busy: 60, inProject: true),  // Anna plus continuity
            try candidate(6, "Fia", level: 3, busy: 100),  // fit 1, nothing free
            try candidate(7, "Gun", level: 3, busy: 0),  // as Bo, lower level: after Bo
        ]
        let ranked = StaffingRanking.rank(candidates, level: 3, percent: 50, period: need)
        let table = ranked.map { ($0.candidate.name, $0.fit, $0.free, Int(($0.score * 1000).rounded())) }
        let expected: [(String, Double, Int, Int)] = [
            ("Bo", 1, 100, 850), ("Gun", 1, 100, 850), ("Eva", 1, 40, 930), ("Anna", 1, 40, 780),
            ("Cia", 0.5, 100, 600), ("Fia", 1, 0, 500),
        ].sorted { $0.3 > $1.3 }
        #expect(table.map(\.0) == ["Eva", "Bo", "Gun", "Anna", "Cia", "Fia"])
        #expect(table.map(\.0) == expected.map(\.0))
        for (row, want) in zip(table, expected) {
            #expect(row.1 == want.1 && row.2 == want.2 && row.3 == want.3, "\(row.0)")
        }
        #expect(ranked.first { $0.candidate.name == "Cia" }?.meetsLevel == false)
    }

    @Test("Partner staff's share of a 40-hour week over the period's days counts as hours in kind")
    func inKind() throws {
        #expect(InKindHours.minutes(percent: 50, period: try period("2027-03-01", "2027-03-14")) == 40 * 60)
        #expect(InKindHours.minutes(percent: 100, period: try period("2027-03-01", "2027-03-07")) == 40 * 60)
        #expect(InKindHours.minutes(percent: 20, period: try period("2027-03-01", "2027-03-01")) == 69)
    }

    @Test("Competencies: roles or free skills the same whatever their case; a profile checks levels and duplicates")
    func competencies() throws {
        #expect(Competency(parsing: "programmer")?.role == .programmer)
        #expect(Competency(parsing: "GIS") == Competency(skill: "gis"))
        #expect(Competency(skill: String(repeating: "x", count: 81)) == nil && Competency(skill: "  ") == nil)
        let profile = CompetenceProfileDraft(
            competencies: [
                CompetencyEntry(competency: Competency(.programmer), level: 3),
                CompetencyEntry(competency: try #require(Competency(skill: "GIS")), level: 5),
                CompetencyEntry(
                    competency: try #require(Competency(skill: "gis")), level: 2, validFrom: try day("2027-05-01"),
                    validUntil: try day("2027-04-01")),
            ],
            availability: [Allocation(try period("2027-01-01", "2027-06-30"), percent: 101)])
        #expect(profile.problems == [.level(index: 1), .validity(index: 2), .duplicate(index: 2), .percent(index: 0)])
        #expect(
            Authorization.allows(Actor(accountID: 1, roles: [.resident]), PoolAction.editOwn) == false
                && Authorization.allows(Actor(accountID: 1, roles: [.resident, .partner]), PoolAction.editOwn)
                && !Authorization.allows(Actor(accountID: 1, roles: [.resident, .staff]), PoolAction.seeAll)
                && Authorization.allows(Actor(accountID: 1, roles: [.resident, .admin]), PoolAction.staff))
    }
}
