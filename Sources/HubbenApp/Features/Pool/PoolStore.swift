import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The competence pool: people's competencies and availability, projects' staffing needs and assignments.
struct PoolStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }

    // MARK: Who

    /// Which people a query covers: everyone, or the members of some organisations (a coordinator's).
    enum Scope: Sendable, Equatable {
        case everyone
        case members(of: Set<Int>)

        /// Names the scope in a shared read's key.
        var key: String {
            switch self {
            case .everyone: "everyone"
            case .members(let organizations):
                "members " + organizations.sorted().map(String.init).joined(separator: ",")
            }
        }

        var condition: SQLQueryString {
            switch self {
            case .everyone: return "1 = 1"
            case .members(let organizations):
                guard !organizations.isEmpty else { return "1 = 0" }
                return """
                    EXISTS (SELECT 1 FROM memberships sm WHERE sm.account_id = a.id
                        AND sm.organization_id IN (\(SQLList(organizations.sorted().map { SQLBind($0) }))))
                    """
            }
        }
    }

    /// The organisations the person coordinates (leads).
    func coordinated(by accountID: Int?) async throws -> Set<Int> {
        guard let accountID else { return [] }
        let rows = try await sql.raw(
            """
            SELECT organization_id FROM memberships
            WHERE account_id = \(bind: accountID) AND role = \(bind: MembershipRole.lead.rawValue)
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "organization_id", as: Int.self) })
    }

    /// Whether `accountID` is a member of an organisation in `organizations`.
    func isMember(_ accountID: Int, ofAny organizations: Set<Int>) async throws -> Bool {
        guard !organizations.isEmpty else { return false }
        return try await sql.raw(
            """
            SELECT 1 AS found FROM memberships WHERE account_id = \(bind: accountID)
                AND organization_id IN (\(SQLList(organizations.sorted().map { SQLBind($0) })))
            """
        ).first() != nil
    }

    // MARK: People

    struct Filter: Sendable, Equatable {
        var competency: Competency?
        var level: Int?
        /// With a period: each person's free share over it, and only those with some free time.
        var free: Period?
        var scope: Scope = .everyone
        var page = 1
        static let per = 50

        /// Everything the filter reads by, for a shared read's key.
        var key: String {
            [
                scope.key, competency?.matchKey ?? "-", level.map(String.init) ?? "-",
                free.map { "\($0.from.iso)…\($0.through.iso)" } ?? "-", String(page),
            ].joined(separator: " ")
        }
    }

    /// The people in the pool (everyone with a competency) the filter matches, by name, with their competencies,
    /// organisation and — with a period — what they have free in it (the most free first).
    func people(_ filter: Filter) async throws -> (people: [PoolPerson], total: Int) {
        var conditions: [SQLQueryString] = ["a.deleted_at IS NULL", filter.scope.condition]
        var competencyCondition: SQLQueryString = "1 = 1"
        if let competency = filter.competency {
            competencyCondition =
                competencyCondition + " AND c.competency = \(bind: competency.column)"
                + " AND c.skill_key = \(bind: competency.skill.lowercased())"
        }
        if let level = filter.level { competencyCondition = competencyCondition + " AND c.level >= \(bind: level)" }
        // The matching people read once, not a lookup per account: correlated, SQLite's own planner (not the
        // shell's) walked the level's range of the candidates' index for each of 5,000 accounts (80 ms).
        conditions.append("a.id IN (SELECT c.account_id FROM competencies c WHERE \(competencyCondition))")
        let matching: SQLQueryString = "FROM accounts a WHERE \(conditions.joined(separator: " AND "))"
        let offset = (filter.page - 1) * Filter.per
        var people: [PoolPerson]
        let total: Int
        if let period = filter.free {
            people = try await sql.raw("SELECT a.id, a.name \(matching) ORDER BY a.name, a.id").all().map(Self.person)
            let loads = try await weekLoads(of: "SELECT a.id \(matching)", over: period)
            for index in people.indices {
                people[index].free = loads[people[index].id]?.map(\.free).min() ?? 0
            }
            people = people.filter { ($0.free ?? 0) > 0 }.sorted { ($0.free ?? 0) > ($1.free ?? 0) }
            total = people.count
            people = Array(people.dropFirst(offset).prefix(Filter.per))
        } else {
            total =
                try await sql.raw("SELECT COUNT(*) AS total \(matching)").first()?.decode(column: "total", as: Int.self)
                ?? 0
            people = try await sql.raw(
                """
                SELECT a.id, a.name \(matching) ORDER BY a.name, a.id
                LIMIT \(unsafeRaw: String(Filter.per)) OFFSET \(unsafeRaw: String(offset))
                """
            ).all().map(Self.person)
        }
        try await complete(&people)
        return (people, total)
    }

    private static func person(_ row: any SQLRow) throws -> PoolPerson {
        PoolPerson(
            id: try row.decode(column: "id", as: Int.self), name: try row.decode(column: "name", as: String.self))
    }

    /// Fills in the people's competencies and organisations, two queries for all of them.
    private func complete(_ people: inout [PoolPerson]) async throws {
        guard !people.isEmpty else { return }
        let ids = SQLList(people.map { SQLBind($0.id) })
        let competencies = try await sql.raw(
            "SELECT * FROM competencies WHERE account_id IN (\(ids)) ORDER BY level DESC, competency, skill_key"
        ).all()
        var byPerson: [Int: [CompetencyEntry]] = [:]
        for row in competencies {
            guard let entry = try Self.competency(row) else { continue }
            byPerson[try row.decode(column: "account_id", as: Int.self), default: []].append(entry)
        }
        let organizations = try await sql.raw(
            """
            SELECT m.account_id, o.id, o.name, o.kind FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.account_id IN (\(ids)) ORDER BY o.name, o.id
            """
        ).all()
        var organizationOf: [Int: (id: Int, name: String, isPartner: Bool)] = [:]
        for row in organizations {
            let account = try row.decode(column: "account_id", as: Int.self)
            guard organizationOf[account] == nil else { continue }
            organizationOf[account] = (
                try row.decode(column: "id", as: Int.self), try row.decode(column: "name", as: String.self),
                try row.decode(column: "kind", as: String.self) == OrganizationKind.partner.rawValue
            )
        }
        for index in people.indices {
            people[index].competencies = byPerson[people[index].id] ?? []
            people[index].organizationID = organizationOf[people[index].id]?.id
            people[index].organization = organizationOf[people[index].id]?.name
        }
    }

    static func competency(_ row: any SQLRow) throws -> CompetencyEntry? {
        guard
            let competency = Competency.stored(
                try row.decode(column: "competency", as: String.self),
                skill: try row.decode(column: "skill", as: String.self))
        else { return nil }
        return CompetencyEntry(
            competency: competency, level: try row.decode(column: "level", as: Int.self),
            validFrom: try row.decode(column: "valid_from", as: String?.self).flatMap { Day(iso: $0) },
            validUntil: try row.decode(column: "valid_until", as: String?.self).flatMap { Day(iso: $0) })
    }

    /// One person as the pool shows them; nil for an account that is gone.
    func person(_ accountID: Int) async throws -> PoolPerson? {
        var people = try await sql.raw(
            "SELECT a.id, a.name FROM accounts a WHERE a.id = \(bind: accountID) AND a.deleted_at IS NULL"
        ).all().map(Self.person)
        try await complete(&people)
        return people.first
    }

    // MARK: Time

    /// Every availability period and assignment of the people `ids` selects that touches `period`, week by week.
    func weekLoads(of ids: SQLQueryString, over period: Period) async throws -> [Int: [WeekLoad]] {
        let (availability, assignments) = try await allocations(of: ids, touching: period)
        var loads: [Int: [WeekLoad]] = [:]
        let weeks = period.weeks
        for id in Set(availability.keys).union(assignments.keys) {
            loads[id] = WeekLoad.weeks(weeks, availability: availability[id] ?? [], assignments: assignments[id] ?? [])
        }
        return loads
    }

    /// The availability and assignments of the people `ids` selects that touch `period`.
    func allocations(of ids: SQLQueryString, touching period: Period) async throws
        -> (availability: [Int: [Allocation]], assignments: [Int: [Allocation]])
    {
        func read(_ table: String) async throws -> [Int: [Allocation]] {
            let rows = try await sql.raw(
                """
                SELECT account_id, starts_on, ends_on, percent FROM \(unsafeRaw: table)
                WHERE account_id IN (\(ids)) AND starts_on <= \(bind: period.through.iso) AND ends_on >= \(bind: period.from.iso)
                """
            ).all()
            var result: [Int: [Allocation]] = [:]
            for row in rows {
                guard let from = Day(iso: try row.decode(column: "starts_on", as: String.self)),
                    let through = Day(iso: try row.decode(column: "ends_on", as: String.self)),
                    let stored = Period(from: from, through: through)
                else { continue }
                result[try row.decode(column: "account_id", as: Int.self), default: []].append(
                    Allocation(stored, percent: try row.decode(column: "percent", as: Int.self)))
            }
            return result
        }
        return (try await read("availability_periods"), try await read("staffing_assignments"))
    }

    /// The person's own profile: competencies and availability periods, in order.
    func profile(_ accountID: Int) async throws -> CompetenceProfileDraft {
        let competencies = try await sql.raw(
            "SELECT * FROM competencies WHERE account_id = \(bind: accountID) ORDER BY level DESC, competency, skill_key"
        ).all().compactMap(Self.competency)
        let availability = try await sql.raw(
            "SELECT * FROM availability_periods WHERE account_id = \(bind: accountID) ORDER BY starts_on, id"
        ).all().compactMap { row -> Allocation? in
            guard let from = Day(iso: try row.decode(column: "starts_on", as: String.self)),
                let through = Day(iso: try row.decode(column: "ends_on", as: String.self)),
                let period = Period(from: from, through: through)
            else { return nil }
            return Allocation(period, percent: try row.decode(column: "percent", as: Int.self))
        }
        return CompetenceProfileDraft(competencies: competencies, availability: availability)
    }

    /// Replaces the person's competencies and availability with `profile` (in the caller's transaction).
    func replaceProfile(_ accountID: Int, _ profile: CompetenceProfileDraft, now: Date) async throws {
        try await sql.raw("DELETE FROM competencies WHERE account_id = \(bind: accountID)").run()
        try await sql.raw("DELETE FROM availability_periods WHERE account_id = \(bind: accountID)").run()
        for entry in profile.competencies {
            try await sql.raw(
                """
                INSERT INTO competencies (account_id, competency, skill, skill_key, level, valid_from, valid_until, updated_at)
                VALUES (\(bind: accountID), \(bind: entry.competency.column), \(bind: entry.competency.skill),
                    \(bind: entry.competency.skill.lowercased()), \(bind: entry.level), \(bind: entry.validFrom?.iso),
                    \(bind: entry.validUntil?.iso), \(bind: now))
                """
            ).run()
        }
        for period in profile.availability {
            try await sql.raw(
                """
                INSERT INTO availability_periods (account_id, starts_on, ends_on, percent, updated_at)
                VALUES (\(bind: accountID), \(bind: period.period.from.iso), \(bind: period.period.through.iso),
                    \(bind: period.percent), \(bind: now))
                """
            ).run()
        }
    }

    // MARK: Needs and assignments

    func needs(projectID: Int) async throws -> [StaffingNeed] {
        try await sql.raw(
            "SELECT * FROM staffing_needs WHERE project_id = \(bind: projectID) ORDER BY starts_on, id"
        ).all().compactMap(Self.need)
    }

    func need(_ id: Int) async throws -> StaffingNeed? {
        try await sql.raw("SELECT * FROM staffing_needs WHERE id = \(bind: id)").first().flatMap(Self.need)
    }

    private static func need(_ row: any SQLRow) throws -> StaffingNeed? {
        guard let phase = ProjectPhase(rawValue: try row.decode(column: "phase", as: String.self)),
            let competency = Competency.stored(
                try row.decode(column: "competency", as: String.self),
                skill: try row.decode(column: "skill", as: String.self)),
            let from = Day(iso: try row.decode(column: "starts_on", as: String.self)),
            let through = Day(iso: try row.decode(column: "ends_on", as: String.self)),
            let period = Period(from: from, through: through)
        else { return nil }
        return StaffingNeed(
            id: try row.decode(column: "id", as: Int.self),
            projectID: try row.decode(column: "project_id", as: Int.self),
            phase: phase, competency: competency, level: try row.decode(column: "level", as: Int.self),
            percent: try row.decode(column: "percent", as: Int.self), period: period)
    }

    func insertNeed(
        projectID: Int, phase: ProjectPhase, competency: Competency, level: Int, percent: Int, period: Period,
        by accountID: Int, now: Date
    ) async throws -> Int {
        try await sql.raw(
            """
            INSERT INTO staffing_needs (project_id, phase, competency, skill, level, percent, starts_on, ends_on, created_by, created_at)
            VALUES (\(bind: projectID), \(bind: phase.rawValue), \(bind: competency.column), \(bind: competency.skill),
                \(bind: level), \(bind: percent), \(bind: period.from.iso), \(bind: period.through.iso), \(bind: accountID), \(bind: now))
            RETURNING id
            """
        ).first()?.decode(column: "id", as: Int.self) ?? 0
    }

    func deleteNeed(_ id: Int) async throws {
        try await sql.raw("DELETE FROM staffing_needs WHERE id = \(bind: id)").run()
    }

    /// A project's assignments, or one person's across projects, by start.
    func assignments(projectID: Int? = nil, accountID: Int? = nil, id: Int? = nil) async throws -> [StaffingAssignment]
    {
        var conditions: [SQLQueryString] = []
        if let projectID { conditions.append("s.project_id = \(bind: projectID)") }
        if let accountID { conditions.append("s.account_id = \(bind: accountID)") }
        if let id { conditions.append("s.id = \(bind: id)") }
        let filter: SQLQueryString = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try await sql.raw(
            """
            SELECT s.*, a.name AS person_name, p.title AS project_title, o.name AS organization_name
            FROM staffing_assignments s JOIN projects p ON p.id = s.project_id
                LEFT JOIN accounts a ON a.id = s.account_id LEFT JOIN organizations o ON o.id = s.organization_id
            \(filter) ORDER BY s.starts_on, s.id LIMIT 1000
            """
        ).all().compactMap { row in
            guard let from = Day(iso: try row.decode(column: "starts_on", as: String.self)),
                let through = Day(iso: try row.decode(column: "ends_on", as: String.self)),
                let period = Period(from: from, through: through),
                let competency = Competency.stored(
                    try row.decode(column: "competency", as: String.self),
                    skill: try row.decode(column: "skill", as: String.self))
            else { return nil }
            return StaffingAssignment(
                id: try row.decode(column: "id", as: Int.self),
                projectID: try row.decode(column: "project_id", as: Int.self),
                projectTitle: try row.decode(column: "project_title", as: String.self),
                needID: try row.decode(column: "need_id", as: Int?.self),
                accountID: try row.decode(column: "account_id", as: Int?.self),
                personName: try row.decode(column: "person_name", as: String?.self),
                organizationName: try row.decode(column: "organization_name", as: String?.self), competency: competency,
                percent: try row.decode(column: "percent", as: Int.self), period: period)
        }
    }

    /// The partner organisation a person works for (the first by name), whose contribution their time is.
    func partnerOrganization(of accountID: Int) async throws -> Int? {
        try await sql.raw(
            """
            SELECT o.id FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.account_id = \(bind: accountID) AND o.kind = \(bind: OrganizationKind.partner.rawValue)
            ORDER BY o.name, o.id LIMIT 1
            """
        ).first()?.decode(column: "id", as: Int.self)
    }

    /// A new assignment; nil when the person already fills this need. A partner's staff member's time is
    /// logged as the partner's contribution in kind, in the same transaction (the caller's).
    func insertAssignment(
        projectID: Int, needID: Int?, accountID: Int, competency: Competency, percent: Int, period: Period,
        partnerID: Int?, what: String, by assignerID: Int, now: Date
    ) async throws -> Int? {
        guard
            let id = try await sql.raw(
                """
                INSERT INTO staffing_assignments (project_id, need_id, account_id, organization_id, competency, skill, percent,
                    starts_on, ends_on, created_by, created_at)
                VALUES (\(bind: projectID), \(bind: needID), \(bind: accountID), \(bind: partnerID), \(bind: competency.column),
                    \(bind: competency.skill), \(bind: percent), \(bind: period.from.iso), \(bind: period.through.iso),
                    \(bind: assignerID), \(bind: now))
                ON CONFLICT (need_id, account_id) DO NOTHING RETURNING id
                """
            ).first()?.decode(column: "id", as: Int.self)
        else { return nil }
        if let partnerID {
            try await sql.raw(
                """
                INSERT INTO contributions (project_id, organization_id, kind, amount, day, what, account_id, created_at, assignment_id)
                VALUES (\(bind: projectID), \(bind: partnerID), \(bind: ContributionKind.hours.rawValue),
                    \(bind: InKindHours.minutes(percent: percent, period: period)), \(bind: period.from.iso), \(bind: what),
                    \(bind: assignerID), \(bind: now), \(bind: id))
                """
            ).run()
        }
        return id
    }

    func deleteAssignment(_ id: Int) async throws {
        try await sql.raw("DELETE FROM contributions WHERE assignment_id = \(bind: id)").run()
        try await sql.raw("DELETE FROM staffing_assignments WHERE id = \(bind: id)").run()
    }

    /// Everyone who works in the project: its lead and coach, its members and those assigned to it.
    func people(inProject projectID: Int) async throws -> Set<Int> {
        let rows = try await sql.raw(
            """
            SELECT account_id AS id FROM project_members WHERE project_id = \(bind: projectID)
            UNION SELECT lead_id AS id FROM projects WHERE id = \(bind: projectID) AND lead_id IS NOT NULL
            UNION SELECT coach_id AS id FROM projects WHERE id = \(bind: projectID) AND coach_id IS NOT NULL
            UNION SELECT account_id AS id FROM staffing_assignments WHERE project_id = \(bind: projectID) AND account_id IS NOT NULL
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "id", as: Int.self) })
    }

    /// Everyone who could fill `need`: a competency that matches it, valid on its first day, at most one level
    /// below; with their time over the need's period and whether they already work in the project (`inProject`,
    /// read once for all of a project's needs).
    func candidates(for need: StaffingNeed, inProject: Set<Int>) async throws -> [StaffingCandidate] {
        let (from, through) = (need.period.from.iso, need.period.through.iso)
        // One statement per need: each candidate's periods touching the need's come along as one text,
        // "from,through,percent;…" (a row per period was four times the rows to decode, and two more reads).
        let sql = try sql
        func periods(_ table: String, _ alias: String) -> SQLQueryString {
            let period: SQLQueryString =
                "\(unsafeRaw: alias).starts_on || ',' || \(unsafeRaw: alias).ends_on || ',' || \(unsafeRaw: alias).percent"
            let joined: SQLQueryString =
                sql.dialect.name == "postgresql" ? "string_agg(\(period), ';')" : "group_concat(\(period), ';')"
            return """
                (SELECT \(joined) FROM \(unsafeRaw: table) \(unsafeRaw: alias) WHERE \(unsafeRaw: alias).account_id = a.id
                    AND \(unsafeRaw: alias).starts_on <= \(bind: through) AND \(unsafeRaw: alias).ends_on >= \(bind: from))
                """
        }
        let rows = try await sql.raw(
            """
            SELECT a.id, a.name, c.level, \(periods("availability_periods", "v")) AS availability,
                \(periods("staffing_assignments", "s")) AS assigned
            FROM competencies c JOIN accounts a ON a.id = c.account_id
            WHERE a.deleted_at IS NULL AND c.competency = \(bind: need.competency.column)
                AND c.skill_key = \(bind: need.competency.skill.lowercased()) AND c.level >= \(bind: need.level - 1)
                AND (c.valid_from IS NULL OR c.valid_from <= \(bind: from))
                AND (c.valid_until IS NULL OR c.valid_until >= \(bind: from))
            """
        ).all()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return StaffingCandidate(
                accountID: id, name: try row.decode(column: "name", as: String.self),
                level: try row.decode(column: "level", as: Int.self),
                availability: Self.allocations(try row.decode(column: "availability", as: String?.self)),
                assignments: Self.allocations(try row.decode(column: "assigned", as: String?.self)),
                inProject: inProject.contains(id))
        }
    }

    /// "2027-03-01,2027-05-31,50;…" as `candidates` reads it; a part that is not a period is left out. One pass
    /// over the bytes: a staffing page reads a few thousand of these.
    static func allocations(_ text: String?) -> [Allocation] {
        guard let text, !text.isEmpty else { return [] }
        // What ends each of a part's seven numbers (year, month, day, year, month, day, percent), and how many
        // digits each has.
        let separators = Array("--,--,;".utf8)
        let lengths = [4, 2, 2, 4, 2, 2]
        var result: [Allocation] = []
        var numbers = [Int](repeating: 0, count: 7)
        var (field, number, digits, isValid) = (0, 0, 0, true)
        func endNumber() {
            isValid = isValid && (field < 6 ? digits == lengths[field] : (1...3).contains(digits))
            numbers[field] = number
            field += 1
            (number, digits) = (0, 0)
        }
        func endPart() {
            if isValid, field == 7,
                let from = Day(year: numbers[0], month: numbers[1], day: numbers[2]),
                let through = Day(year: numbers[3], month: numbers[4], day: numbers[5]),
                let period = Period(from: from, through: through)
            {
                result.append(Allocation(period, percent: numbers[6]))
            }
            (field, number, digits, isValid) = (0, 0, 0, true)
        }
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                isValid = isValid && digits <= 4
            } else if field < 7, byte == separators[field] {
                endNumber()
            } else {
                isValid = false
            }
            if byte == UInt8(ascii: ";") { endPart() }
        }
        if field == 6 { endNumber() } else { isValid = false }
        endPart()
        return result
    }

    /// The people with time stated or assigned in `period`, by name, a page at a time, with their weeks.
    func loadPage(_ period: Period, scope: Scope, page: Int, per: Int) async throws
        -> (people: [(person: PoolPerson, weeks: [WeekLoad])], total: Int)
    {
        let active: SQLQueryString = """
            FROM accounts a WHERE a.deleted_at IS NULL AND \(scope.condition) AND (
                EXISTS (SELECT 1 FROM staffing_assignments s WHERE s.account_id = a.id
                    AND s.starts_on <= \(bind: period.through.iso) AND s.ends_on >= \(bind: period.from.iso))
                OR EXISTS (SELECT 1 FROM availability_periods v WHERE v.account_id = a.id
                    AND v.starts_on <= \(bind: period.through.iso) AND v.ends_on >= \(bind: period.from.iso)))
            """
        let total =
            try await sql.raw("SELECT COUNT(*) AS total \(active)").first()?.decode(column: "total", as: Int.self) ?? 0
        var people = try await sql.raw(
            """
            SELECT a.id, a.name \(active) ORDER BY a.name, a.id
            LIMIT \(unsafeRaw: String(per)) OFFSET \(unsafeRaw: String((page - 1) * per))
            """
        ).all().map(Self.person)
        guard !people.isEmpty else { return ([], total) }
        try await complete(&people)
        let ids = SQLList(people.map { SQLBind($0.id) })
        let loads = try await weekLoads(of: "\(ids)", over: period)
        let weeks = period.weeks
        return (
            people.map { person in
                (person, loads[person.id] ?? WeekLoad.weeks(weeks, availability: [], assignments: []))
            }, total
        )
    }
}

/// A person in the pool: their name, organisation and competencies, and with a period what they have free.
struct PoolPerson: Sendable, Equatable {
    var id: Int
    var name: String
    var organizationID: Int?
    var organization: String?
    var competencies: [CompetencyEntry] = []
    var free: Int?

    init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

struct StaffingNeed: Sendable, Equatable {
    var id: Int
    var projectID: Int
    var phase: ProjectPhase
    var competency: Competency
    var level: Int
    var percent: Int
    var period: Period
}

struct StaffingAssignment: Sendable, Equatable {
    var id: Int
    var projectID: Int
    var projectTitle: String
    var needID: Int?
    /// Nil once the person's account is deleted.
    var accountID: Int?
    var personName: String?
    /// The partner whose contribution in kind the time is.
    var organizationName: String?
    var competency: Competency
    var percent: Int
    var period: Period
}
