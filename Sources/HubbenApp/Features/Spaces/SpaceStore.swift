import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The hub's spaces, their rounds and projects' applications.
struct SpaceStore {
    let database: any Database

    // MARK: Spaces and rounds

    func spaces() async throws -> [Space] {
        try await database.sql.raw("SELECT * FROM spaces ORDER BY kind, name, id").all().map { row in
            let equipment = try row.decode(column: "equipment", as: String.self)
            return Space(
                id: try row.decode(column: "id", as: Int.self),
                kind: SpaceKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .projectRoom,
                name: try row.decode(column: "name", as: String.self),
                capacity: try row.decode(column: "capacity", as: Int.self),
                equipment: equipment.isEmpty ? [] : equipment.components(separatedBy: "\n"))
        }
    }

    func createSpace(kind: SpaceKind, name: String, capacity: Int, equipment: [String], now: Date) async throws -> Int {
        let row = try await database.sql.raw(
            """
            INSERT INTO spaces (kind, name, capacity, equipment, created_at)
            VALUES (\(bind: kind.rawValue), \(bind: name), \(bind: capacity), \(bind: equipment.joined(separator: "\n")),
                \(bind: now)) RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    func updateSpace(_ id: Int, kind: SpaceKind, name: String, capacity: Int, equipment: [String]) async throws {
        try await database.sql.raw(
            """
            UPDATE spaces SET kind = \(bind: kind.rawValue), name = \(bind: name), capacity = \(bind: capacity),
                equipment = \(bind: equipment.joined(separator: "\n"))
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// The largest team placed in the space whose weeks are not over at `now`.
    func largestPlacedTeam(spaceID: Int, now: Date) async throws -> Int? {
        try await database.sql.raw(
            """
            SELECT MAX(team_size) AS largest FROM space_applications
            WHERE space_id = \(bind: spaceID) AND status = \(bind: SpaceApplicationStatus.approved.rawValue)
                AND held_until > \(bind: now)
            """
        ).first()?.decode(column: "largest", as: Int?.self)
    }

    /// The rounds, the newest period first.
    func rounds() async throws -> [SpaceRound] {
        try await database.sql.raw("SELECT * FROM space_rounds ORDER BY first_week DESC, id DESC").all().compactMap(
            Self.round)
    }

    func round(id: Int) async throws -> SpaceRound? {
        try await database.sql.raw("SELECT * FROM space_rounds WHERE id = \(bind: id)").first().flatMap(Self.round)
    }

    private static func round(_ row: any SQLRow) throws -> SpaceRound? {
        guard let first = Day(iso: try row.decode(column: "first_week", as: String.self)),
            let last = Day(iso: try row.decode(column: "last_week", as: String.self))
        else { return nil }
        return SpaceRound(
            id: try row.decode(column: "id", as: Int.self), name: try row.decode(column: "name", as: String.self),
            opensAt: try row.decode(column: "opens_at", as: Date.self),
            closesAt: try row.decode(column: "closes_at", as: Date.self), firstWeek: first, lastWeek: last)
    }

    func createRound(
        name: String, opensAt: Date, closesAt: Date, firstWeek: Day, lastWeek: Day, now: Date
    ) async throws -> Int {
        let row = try await database.sql.raw(
            """
            INSERT INTO space_rounds (name, opens_at, closes_at, first_week, last_week, created_at)
            VALUES (\(bind: name), \(bind: opensAt), \(bind: closesAt), \(bind: firstWeek.monday.iso),
                \(bind: lastWeek.monday.iso), \(bind: now)) RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    // MARK: Applications

    func updateRound(
        _ id: Int, name: String, opensAt: Date, closesAt: Date, firstWeek: Day, lastWeek: Day
    ) async throws {
        try await database.sql.raw(
            """
            UPDATE space_rounds SET name = \(bind: name), opens_at = \(bind: opensAt), closes_at = \(bind: closesAt),
                first_week = \(bind: firstWeek.monday.iso), last_week = \(bind: lastWeek.monday.iso)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    /// How many of the round's pending or approved applications have weeks outside `firstWeek`…`lastWeek`.
    func applicationsOutside(roundID: Int, firstWeek: Day, lastWeek: Day) async throws -> Int {
        try await database.sql.raw(
            """
            SELECT COUNT(*) AS total FROM space_applications
            WHERE round_id = \(bind: roundID)
                AND status IN (\(bind: SpaceApplicationStatus.pending.rawValue),
                    \(bind: SpaceApplicationStatus.approved.rawValue))
                AND (first_week < \(bind: firstWeek.monday.iso) OR last_week > \(bind: lastWeek.monday.iso))
            """
        ).first()?.decode(column: "total", as: Int.self) ?? 0
    }

    func applications(roundID: Int) async throws -> [SpaceApplication] {
        try await applications(where: "a.round_id = \(bind: roundID)" as SQLQueryString)
    }

    func application(id: Int) async throws -> SpaceApplication? {
        try await applications(where: "a.id = \(bind: id)" as SQLQueryString).first
    }

    /// Approved applications of any round holding time between `from` and `to`.
    func approved(from: Date, to: Date) async throws -> [SpaceApplication] {
        try await applications(
            where: "a.status = 'approved' AND a.held_from < \(bind: to) AND a.held_until > \(bind: from)"
                as SQLQueryString)
    }

    private func applications(where condition: SQLQueryString) async throws -> [SpaceApplication] {
        try await database.sql.raw(
            """
            SELECT a.*, p.title AS project_title FROM space_applications a JOIN projects p ON p.id = a.project_id
            WHERE \(condition) ORDER BY a.first_week, a.id
            """
        ).all().compactMap { row in
            guard let first = Day(iso: try row.decode(column: "first_week", as: String.self)),
                let last = Day(iso: try row.decode(column: "last_week", as: String.self))
            else { return nil }
            return SpaceApplication(
                id: try row.decode(column: "id", as: Int.self),
                roundID: try row.decode(column: "round_id", as: Int.self),
                projectID: try row.decode(column: "project_id", as: Int.self),
                projectTitle: try row.decode(column: "project_title", as: String.self), firstWeek: first,
                lastWeek: last, teamSize: try row.decode(column: "team_size", as: Int.self),
                needs: try row.decode(column: "needs", as: String.self),
                wishedSpaceID: try row.decode(column: "wished_space_id", as: Int?.self),
                status: SpaceApplicationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .pending,
                spaceID: try row.decode(column: "space_id", as: Int?.self),
                reason: try row.decode(column: "reason", as: String?.self))
        }
    }

    func applicant(of id: Int) async throws -> Int? {
        try await database.sql.raw("SELECT applicant_id FROM space_applications WHERE id = \(bind: id)").first()?
            .decode(column: "applicant_id", as: Int?.self)
    }

    func insert(
        roundID: Int, projectID: Int, applicantID: Int, firstWeek: Day, lastWeek: Day, teamSize: Int, needs: String,
        wishedSpaceID: Int?, now: Date
    ) async throws -> Int {
        let held = SpaceApplication(
            id: 0, roundID: roundID, projectID: projectID, projectTitle: "", firstWeek: firstWeek, lastWeek: lastWeek,
            teamSize: teamSize, needs: needs, wishedSpaceID: wishedSpaceID, status: .pending, spaceID: nil, reason: nil
        ).held
        let row = try await database.sql.raw(
            """
            INSERT INTO space_applications (round_id, project_id, applicant_id, first_week, last_week, held_from,
                held_until, team_size, needs, wished_space_id, status, created_at, updated_at)
            VALUES (\(bind: roundID), \(bind: projectID), \(bind: applicantID), \(bind: firstWeek.iso),
                \(bind: lastWeek.iso), \(bind: held.start), \(bind: held.end), \(bind: teamSize), \(bind: needs),
                \(bind: wishedSpaceID), \(bind: SpaceApplicationStatus.pending.rawValue), \(bind: now), \(bind: now))
            RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    /// The approved application holding `spaceID` at some moment of `held`, if any.
    func collision(spaceID: Int, held: DateInterval, except id: Int) async throws -> SpaceApplication? {
        try await applications(
            where: """
                a.status = 'approved' AND a.space_id = \(bind: spaceID) AND a.id <> \(bind: id)
                AND a.held_from < \(bind: held.end) AND a.held_until > \(bind: held.start)
                """ as SQLQueryString
        ).first
    }

    /// Moves a pending application to `status`; false when it was no longer pending.
    func decide(
        _ id: Int, status: SpaceApplicationStatus, spaceID: Int?, reason: String?, decidedBy: Int, now: Date
    ) async throws -> Bool {
        try await database.sql.raw(
            """
            UPDATE space_applications SET status = \(bind: status.rawValue), space_id = \(bind: spaceID),
                reason = \(bind: reason), decided_by = \(bind: decidedBy), updated_at = \(bind: now)
            WHERE id = \(bind: id) AND status = 'pending' RETURNING id
            """
        ).first() != nil
    }

    /// Withdraws a pending or approved application (an approved one gives its weeks back to the space).
    func withdraw(_ id: Int, now: Date) async throws -> Bool {
        try await database.sql.raw(
            """
            UPDATE space_applications SET status = \(bind: SpaceApplicationStatus.withdrawn.rawValue),
                updated_at = \(bind: now)
            WHERE id = \(bind: id) AND status IN (\(bind: SpaceApplicationStatus.pending.rawValue),
                \(bind: SpaceApplicationStatus.approved.rawValue)) RETURNING id
            """
        ).first() != nil
    }

    // MARK: Projects

    /// The projects `accountID` is in the team of (lead, member or coach), by title.
    func projects(of accountID: Int) async throws -> [(id: Int, title: String)] {
        try await database.sql.raw(
            """
            SELECT id, title FROM projects WHERE outcome IS NULL AND (lead_id = \(bind: accountID)
                OR coach_id = \(bind: accountID)
                OR id IN (SELECT project_id FROM project_members WHERE account_id = \(bind: accountID)))
            ORDER BY title, id
            """
        ).all().map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "title", as: String.self)) }
    }

    /// The person's place in the project's team; nil when there is no such project.
    func relation(projectID: Int, accountID: Int) async throws -> ProjectRelation? {
        guard
            let row = try await database.sql.raw(
                "SELECT lead_id, coach_id FROM projects WHERE id = \(bind: projectID)"
            ).first()
        else { return nil }
        if try row.decode(column: "coach_id", as: Int?.self) == accountID { return .coach }
        if try row.decode(column: "lead_id", as: Int?.self) == accountID { return .lead }
        let member = try await database.sql.raw(
            "SELECT 1 AS found FROM project_members WHERE project_id = \(bind: projectID) AND account_id = \(bind: accountID)"
        ).first()
        return member == nil ? ProjectRelation.none : .member
    }
}
