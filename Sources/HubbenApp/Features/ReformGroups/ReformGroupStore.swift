import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Reform groups' members, meetings, citizen dialogues, and what came of the ideas and challenges they
/// produced.
struct ReformGroupStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }

    func group(_ id: Int) async throws -> ReformGroup? {
        try await ReformGroupRecord.find(id, on: database)?.domain
    }

    func setPeriod(_ id: Int, purpose: String, startsOn: Day?, endsOn: Day?) async throws {
        try await sql.raw(
            """
            UPDATE reform_groups SET description = \(bind: purpose), starts_on = \(bind: startsOn?.iso),
                ends_on = \(bind: endsOn?.iso) WHERE id = \(bind: id)
            """
        ).run()
    }

    // MARK: Members

    func members(of groupID: Int) async throws -> [ReformGroupMember] {
        try await sql.raw(
            """
            SELECT * FROM reform_group_members WHERE group_id = \(bind: groupID)
            ORDER BY CASE position WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END, ends_on IS NOT NULL,
                starts_on, name, id
            """
        ).all().compactMap(Self.member)
    }

    private static func member(_ row: any SQLRow) throws -> ReformGroupMember? {
        guard let starts = Day(iso: try row.decode(column: "starts_on", as: String.self)),
            let sector = MemberSector(rawValue: try row.decode(column: "sector", as: String.self)),
            let position = MemberPosition(rawValue: try row.decode(column: "position", as: String.self))
        else { return nil }
        return ReformGroupMember(
            id: try row.decode(column: "id", as: Int.self), groupID: try row.decode(column: "group_id", as: Int.self),
            accountID: try row.decode(column: "account_id", as: Int?.self),
            name: try row.decode(column: "name", as: String.self),
            organization: try row.decode(column: "organization", as: String.self), sector: sector, position: position,
            shownPublicly: try row.decode(column: "shown_publicly", as: Bool.self), startsOn: starts,
            endsOn: try row.decode(column: "ends_on", as: String?.self).flatMap(Day.init(iso:)))
    }

    /// The groups the person is an active member of on `day`, with their accounts; whether as chair or secretary.
    func activeMemberships(of accountID: Int?, on day: Day) async throws -> [Int: MemberPosition] {
        guard let accountID else { return [:] }
        let rows = try await sql.raw(
            """
            SELECT group_id, position FROM reform_group_members
            WHERE account_id = \(bind: accountID) AND starts_on <= \(bind: day.iso)
                AND (ends_on IS NULL OR ends_on >= \(bind: day.iso))
            """
        ).all()
        var memberships: [Int: MemberPosition] = [:]
        for row in rows {
            let position = MemberPosition(rawValue: try row.decode(column: "position", as: String.self)) ?? .member
            let group = try row.decode(column: "group_id", as: Int.self)
            // Chair or secretary wins over member when someone holds two.
            if memberships[group] == nil || position != .member { memberships[group] = position }
        }
        return memberships
    }

    func addMember(_ groupID: Int, _ draft: ReformGroupMemberDraft, now: Date) async throws {
        try await sql.raw(
            """
            INSERT INTO reform_group_members (group_id, account_id, name, organization, sector, position,
                shown_publicly, starts_on, created_at)
            VALUES (\(bind: groupID), \(bind: draft.accountID), \(bind: draft.name), \(bind: draft.organization),
                \(bind: draft.sector?.rawValue ?? MemberSector.city.rawValue),
                \(bind: draft.position?.rawValue ?? MemberPosition.member.rawValue), \(bind: draft.shownPublicly),
                \(bind: (draft.startsOn ?? Day(now)).iso), \(bind: now))
            """
        ).run()
    }

    /// Ends a membership on `day` (it keeps its dates); false for one already ended or of another group.
    func endMembership(_ memberID: Int, groupID: Int, on day: Day) async throws -> Bool {
        try await sql.raw(
            """
            UPDATE reform_group_members SET ends_on = \(bind: day.iso)
            WHERE id = \(bind: memberID) AND group_id = \(bind: groupID) AND ends_on IS NULL RETURNING id
            """
        ).first() != nil
    }

    // MARK: Meetings and dialogues

    func meetings(of groupID: Int, includeInternal: Bool) async throws -> [ReformGroupMeeting] {
        let visibility: SQLQueryString =
            includeInternal ? "" : "AND visibility = \(bind: MeetingVisibility.public.rawValue)"
        return try await sql.raw(
            """
            SELECT * FROM reform_group_meetings WHERE group_id = \(bind: groupID) \(visibility)
            ORDER BY held_on DESC, id DESC
            """
        ).all().compactMap { row in
            guard let day = Day(iso: try row.decode(column: "held_on", as: String.self)),
                let visibility = MeetingVisibility(rawValue: try row.decode(column: "visibility", as: String.self))
            else { return nil }
            return ReformGroupMeeting(
                id: try row.decode(column: "id", as: Int.self), groupID: groupID, heldOn: day,
                title: try row.decode(column: "title", as: String.self),
                agenda: try row.decode(column: "agenda", as: String.self),
                minutes: try row.decode(column: "minutes", as: String.self), visibility: visibility)
        }
    }

    func addMeeting(_ groupID: Int, _ draft: ReformGroupMeetingDraft, by accountID: Int, now: Date) async throws {
        try await sql.raw(
            """
            INSERT INTO reform_group_meetings (group_id, held_on, title, agenda, minutes, visibility, created_by,
                created_at)
            VALUES (\(bind: groupID), \(bind: (draft.heldOn ?? Day(now)).iso), \(bind: draft.title),
                \(bind: draft.agenda), \(bind: draft.minutes),
                \(bind: (draft.visibility ?? .internal).rawValue), \(bind: accountID), \(bind: now))
            """
        ).run()
    }

    func dialogues(of groupID: Int) async throws -> [CitizenDialogue] {
        try await sql.raw(
            "SELECT * FROM reform_group_dialogues WHERE group_id = \(bind: groupID) ORDER BY held_on DESC, id DESC"
        ).all().compactMap { row in
            guard let day = Day(iso: try row.decode(column: "held_on", as: String.self)) else { return nil }
            return CitizenDialogue(
                id: try row.decode(column: "id", as: Int.self), groupID: groupID, heldOn: day,
                place: try row.decode(column: "place", as: String.self),
                participants: try row.decode(column: "participants", as: Int.self),
                heard: try row.decode(column: "heard", as: String.self))
        }
    }

    func addDialogue(_ groupID: Int, _ draft: CitizenDialogueDraft, by accountID: Int, now: Date) async throws {
        try await sql.raw(
            """
            INSERT INTO reform_group_dialogues (group_id, held_on, place, participants, heard, created_by, created_at)
            VALUES (\(bind: groupID), \(bind: (draft.heldOn ?? Day(now)).iso), \(bind: draft.place),
                \(bind: draft.participants ?? 0), \(bind: draft.heard), \(bind: accountID), \(bind: now))
            """
        ).run()
    }

    // MARK: What the group produced

    /// An idea the group produced, with what became of it: its status and the project started from it.
    struct ProducedIdea: Sendable, Equatable {
        var id: Int
        var title: String
        var status: IdeaStatus
        var projectID: Int?
        var projectTitle: String?
        var projectStage: ProjectStage?
    }

    func ideas(of groupID: Int) async throws -> [ProducedIdea] {
        try await sql.raw(
            """
            SELECT i.id, i.title, i.status, p.id AS project_id, p.title AS project_title, p.phase, p.outcome
            FROM ideas i LEFT JOIN projects p ON p.idea_id = i.id AND p.visibility = 'public'
            WHERE i.reform_group_id = \(bind: groupID)
            ORDER BY i.created_at DESC, i.id DESC LIMIT 200
            """
        ).all().compactMap { row in
            guard let status = IdeaStatus(rawValue: try row.decode(column: "status", as: String.self)) else {
                return nil
            }
            let phase = try row.decode(column: "phase", as: String?.self).flatMap(ProjectPhase.init(rawValue:))
            let outcome = try row.decode(column: "outcome", as: String?.self).flatMap(ProjectOutcome.init(rawValue:))
            return ProducedIdea(
                id: try row.decode(column: "id", as: Int.self), title: try row.decode(column: "title", as: String.self),
                status: status, projectID: try row.decode(column: "project_id", as: Int?.self),
                projectTitle: try row.decode(column: "project_title", as: String?.self),
                projectStage: phase.map { ProjectStage(phase: $0, outcome: outcome) })
        }
    }

    struct PosedChallenge: Sendable, Equatable {
        var id: Int
        var title: String
        var openUntil: Date
        var ideaCount: Int
    }

    func challenges(of groupID: Int) async throws -> [PosedChallenge] {
        try await sql.raw(
            """
            SELECT c.id, c.title, c.open_until,
                (SELECT COUNT(*) FROM ideas i WHERE i.challenge_id = c.id) AS idea_count
            FROM challenges c WHERE c.reform_group_id = \(bind: groupID) ORDER BY c.created_at DESC, c.id DESC LIMIT 200
            """
        ).all().map { row in
            PosedChallenge(
                id: try row.decode(column: "id", as: Int.self), title: try row.decode(column: "title", as: String.self),
                openUntil: try row.decode(column: "open_until", as: Date.self),
                ideaCount: try row.decode(column: "idea_count", as: Int.self))
        }
    }

    func linkIdea(_ ideaID: Int, to groupID: Int) async throws {
        try await sql.raw("UPDATE ideas SET reform_group_id = \(bind: groupID) WHERE id = \(bind: ideaID)").run()
    }
}
