import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Partners' profiles, agreements and contributions.
struct PartnerStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }

    // MARK: Profiles

    /// Every partner organisation with what its profile says, by name.
    func profiles() async throws -> [PartnerProfile] {
        try await sql.raw(
            """
            SELECT o.id, o.name, o.kind, o.description, p.focus_areas, p.contact_role
            FROM organizations o LEFT JOIN partner_profiles p ON p.organization_id = o.id
            WHERE o.kind = \(bind: OrganizationKind.partner.rawValue) ORDER BY o.name, o.id
            """
        ).all().compactMap(Self.profile)
    }

    /// A partner organisation's profile; nil for an organisation that is not a partner.
    func profile(_ organizationID: Int) async throws -> PartnerProfile? {
        try await sql.raw(
            """
            SELECT o.id, o.name, o.kind, o.description, p.focus_areas, p.contact_role
            FROM organizations o LEFT JOIN partner_profiles p ON p.organization_id = o.id
            WHERE o.id = \(bind: organizationID) AND o.kind = \(bind: OrganizationKind.partner.rawValue)
            """
        ).first().flatMap(Self.profile)
    }

    private static func profile(_ row: any SQLRow) throws -> PartnerProfile? {
        guard let kind = OrganizationKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
        return PartnerProfile(
            organization: Organization(
                id: try row.decode(column: "id", as: Int.self), name: try row.decode(column: "name", as: String.self),
                kind: kind, description: try row.decode(column: "description", as: String.self)),
            focusAreas: lines(try row.decode(column: "focus_areas", as: String?.self) ?? ""),
            contactRole: try row.decode(column: "contact_role", as: String?.self) ?? "")
    }

    static func lines(_ text: String) -> [String] { text.isEmpty ? [] : text.components(separatedBy: "\n") }

    func saveProfile(_ organizationID: Int, _ draft: PartnerProfileDraft, now: Date) async throws {
        try await sql.raw(
            "UPDATE organizations SET description = \(bind: draft.description) WHERE id = \(bind: organizationID)"
        ).run()
        try await sql.raw(
            """
            INSERT INTO partner_profiles (organization_id, focus_areas, contact_role, updated_at)
            VALUES (\(bind: organizationID), \(bind: draft.focusAreas.joined(separator: "\n")),
                \(bind: draft.contactRole), \(bind: now))
            ON CONFLICT (organization_id) DO UPDATE SET focus_areas = excluded.focus_areas,
                contact_role = excluded.contact_role, updated_at = excluded.updated_at
            """
        ).run()
        try await SiteSearch(sql: try sql).index(SiteSearch.partners, ids: [organizationID])
    }

    /// Whether the person works for the organisation (has a membership of it).
    func isMember(_ accountID: Int?, of organizationID: Int) async throws -> Bool {
        guard let accountID else { return false }
        return try await sql.raw(
            """
            SELECT 1 AS found FROM memberships
            WHERE account_id = \(bind: accountID) AND organization_id = \(bind: organizationID)
            """
        ).first() != nil
    }

    /// The partner organisations the person works for.
    func partnersOf(_ accountID: Int?) async throws -> Set<Int> {
        guard let accountID else { return [] }
        let rows = try await sql.raw(
            """
            SELECT m.organization_id FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.account_id = \(bind: accountID) AND o.kind = \(bind: OrganizationKind.partner.rawValue)
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "organization_id", as: Int.self) })
    }

    // MARK: What a partner did at the hub

    /// Which projects are the partner's (`p`): those it owns, the partnership outcomes it is the partner of,
    /// and those it contributed to; public ones only unless `includeInternal`.
    private static func partnersProjects(_ organizationID: Int, includeInternal: Bool) -> SQLQueryString {
        let visibility: SQLQueryString =
            includeInternal ? "" : "AND p.visibility = \(bind: ProjectVisibility.public.rawValue)"
        return """
            (p.partner_organization_id = \(bind: organizationID)
                OR p.id IN (SELECT project_id FROM project_organizations WHERE organization_id = \(bind: organizationID))
                OR p.id IN (SELECT project_id FROM contributions WHERE organization_id = \(bind: organizationID)))
                \(visibility)
            """
    }

    /// One page of a partner's projects (`partnersProjects`), the latest changed first, with what the partner
    /// contributed to each, and how many there are in all.
    func projects(of organizationID: Int, includeInternal: Bool, paging: Paging) async throws -> (
        projects: [PartnerProject], total: Int
    ) {
        let rows = try await sql.raw(
            """
            SELECT p.id, p.title, p.phase, p.outcome, p.visibility, COUNT(*) OVER () AS total,
                CASE WHEN EXISTS (SELECT 1 FROM project_organizations po
                    WHERE po.project_id = p.id AND po.organization_id = \(bind: organizationID)) THEN 1 ELSE 0 END
                    AS owned,
                (SELECT CAST(COALESCE(SUM(c.amount), 0) AS BIGINT) FROM contributions c WHERE c.project_id = p.id
                    AND c.organization_id = \(bind: organizationID) AND c.kind = 'cash') AS cash,
                (SELECT CAST(COALESCE(SUM(c.amount), 0) AS BIGINT) FROM contributions c WHERE c.project_id = p.id
                    AND c.organization_id = \(bind: organizationID) AND c.kind = 'hours') AS minutes
            FROM projects p
            WHERE \(Self.partnersProjects(organizationID, includeInternal: includeInternal))
            ORDER BY p.updated_at DESC, p.id DESC
            LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
            """
        ).all()
        var total = try rows.first?.decode(column: "total", as: Int.self) ?? 0
        if rows.isEmpty, paging.page > 1 {
            // A page past the end: the count all the same.
            total =
                try await sql.raw(
                    """
                    SELECT COUNT(*) AS total FROM projects p
                    WHERE \(Self.partnersProjects(organizationID, includeInternal: includeInternal))
                    """
                ).first()?.decode(column: "total", as: Int.self) ?? 0
        }
        let projects = try rows.map { row in
            let outcome = try row.decode(column: "outcome", as: String?.self).flatMap(ProjectOutcome.init(rawValue:))
            return PartnerProject(
                id: try row.decode(column: "id", as: Int.self), title: try row.decode(column: "title", as: String.self),
                phase: ProjectPhase(rawValue: try row.decode(column: "phase", as: String.self)) ?? .needInsight,
                outcome: outcome, owned: try row.decode(column: "owned", as: Int.self) == 1,
                isPublic: try row.decode(column: "visibility", as: String.self)
                    == ProjectVisibility.public.rawValue,
                totals: ContributionTotals(
                    cash: try row.decode(column: "cash", as: Int.self),
                    minutes: try row.decode(column: "minutes", as: Int.self)))
        }
        return (projects, total)
    }

    /// The partnership outcomes with the partner decided within `from`…`through`: what an agreement led to.
    func partnerships(of organizationID: Int, from: Day, through: Day, includeInternal: Bool) async throws
        -> [(id: Int, title: String)]
    {
        let visibility: SQLQueryString =
            includeInternal ? "" : "AND p.visibility = \(bind: ProjectVisibility.public.rawValue)"
        return try await sql.raw(
            """
            SELECT p.id, p.title FROM projects p
            WHERE p.partner_organization_id = \(bind: organizationID)
                AND p.outcome = \(bind: ProjectOutcome.partnership.rawValue) \(visibility)
                AND EXISTS (SELECT 1 FROM gate_decisions g WHERE g.project_id = p.id
                    AND g.outcome = \(bind: ProjectOutcome.partnership.rawValue)
                    AND g.decided_at >= \(bind: from.start) AND g.decided_at < \(bind: through.adding(days: 1).start))
            ORDER BY p.title, p.id
            """
        ).all().map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "title", as: String.self)) }
    }

    /// The newest public journal entries of the partner's public projects.
    func results(ofPartner organizationID: Int, limit: Int = 10) async throws -> [PartnerResult] {
        let rows = try await sql.raw(
            """
            SELECT j.id, j.project_id, p.title AS project_title, j.title, j.created_at FROM journal_entries j
            JOIN projects p ON p.id = j.project_id
            WHERE \(Self.partnersProjects(organizationID, includeInternal: false))
                AND j.visibility = \(bind: ProjectVisibility.public.rawValue)
            ORDER BY j.created_at DESC, j.id DESC LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        return try rows.map { row in
            PartnerResult(
                entryID: try row.decode(column: "id", as: Int.self),
                projectID: try row.decode(column: "project_id", as: Int.self),
                projectTitle: try row.decode(column: "project_title", as: String.self),
                title: try row.decode(column: "title", as: String.self),
                at: try row.decode(column: "created_at", as: Date.self))
        }
    }

    /// Public events where the partner's public projects present (a demo day's agenda), the latest first.
    func events(presentingProjectsOf organizationID: Int, limit: Int = 10) async throws -> [PartnerEvent] {
        let rows = try await sql.raw(
            """
            SELECT e.id, e.title, e.starts_at FROM events e
            WHERE e.visibility = \(bind: EventVisibility.public.rawValue) AND e.id IN
                (SELECT s.event_id FROM event_agenda_slots s JOIN projects p ON p.id = s.project_id
                WHERE \(Self.partnersProjects(organizationID, includeInternal: false)))
            ORDER BY e.starts_at DESC, e.id DESC LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        return try rows.map { row in
            PartnerEvent(
                id: try row.decode(column: "id", as: Int.self), title: try row.decode(column: "title", as: String.self),
                startsAt: try row.decode(column: "starts_at", as: Date.self))
        }
    }

    // MARK: Agreements

    func agreements(of organizationID: Int) async throws -> [PartnerAgreement] {
        try await sql.raw(
            """
            SELECT * FROM partner_agreements WHERE organization_id = \(bind: organizationID)
            ORDER BY starts_on DESC, id DESC
            """
        ).all().compactMap(Self.agreement)
    }

    func agreement(id: Int) async throws -> PartnerAgreement? {
        try await sql.raw("SELECT * FROM partner_agreements WHERE id = \(bind: id)").first().flatMap(Self.agreement)
    }

    private static func agreement(_ row: any SQLRow) throws -> PartnerAgreement? {
        guard let starts = Day(iso: try row.decode(column: "starts_on", as: String.self)),
            let ends = Day(iso: try row.decode(column: "ends_on", as: String.self)),
            let status = AgreementStatus(rawValue: try row.decode(column: "status", as: String.self))
        else { return nil }
        return PartnerAgreement(
            id: try row.decode(column: "id", as: Int.self),
            organizationID: try row.decode(column: "organization_id", as: Int.self), startsOn: starts, endsOn: ends,
            status: status, cashPerYear: try row.decode(column: "cash_per_year", as: Int.self),
            hoursPerYear: try row.decode(column: "hours_per_year", as: Int.self),
            focusAreas: lines(try row.decode(column: "focus_areas", as: String.self)),
            note: try row.decode(column: "note", as: String.self))
    }

    func createAgreement(
        _ organizationID: Int, _ draft: AgreementValues, createdBy: Int, now: Date
    ) async throws -> Int {
        let row = try await sql.raw(
            """
            INSERT INTO partner_agreements (organization_id, starts_on, ends_on, status, cash_per_year,
                hours_per_year, focus_areas, note, created_by, created_at, updated_at)
            VALUES (\(bind: organizationID), \(bind: draft.startsOn.iso), \(bind: draft.endsOn.iso),
                \(bind: draft.status.rawValue), \(bind: draft.cashPerYear), \(bind: draft.hoursPerYear),
                \(bind: draft.focusAreas.joined(separator: "\n")), \(bind: draft.note), \(bind: createdBy),
                \(bind: now), \(bind: now)) RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    func updateAgreement(_ id: Int, _ draft: AgreementValues, now: Date) async throws {
        try await sql.raw(
            """
            UPDATE partner_agreements SET starts_on = \(bind: draft.startsOn.iso), ends_on = \(bind: draft.endsOn.iso),
                status = \(bind: draft.status.rawValue), cash_per_year = \(bind: draft.cashPerYear),
                hours_per_year = \(bind: draft.hoursPerYear), focus_areas = \(bind: draft.focusAreas.joined(separator: "\n")),
                note = \(bind: draft.note), updated_at = \(bind: now)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    // MARK: Contributions

    // Sums are cast back to a whole number: PostgreSQL's SUM of a bigint is a numeric.

    /// A partner's contributions in total, and those dated within `from`…`through` when given.
    func totals(of organizationID: Int, from: Day? = nil, through: Day? = nil) async throws -> ContributionTotals {
        var period: SQLQueryString = ""
        if let from, let through { period = "AND day >= \(bind: from.iso) AND day <= \(bind: through.iso)" }
        let rows = try await sql.raw(
            """
            SELECT kind, CAST(COALESCE(SUM(amount), 0) AS BIGINT) AS total FROM contributions
            WHERE organization_id = \(bind: organizationID) \(period) GROUP BY kind
            """
        ).all()
        return try Self.totals(rows)
    }

    private static func totals(_ rows: [any SQLRow]) throws -> ContributionTotals {
        var totals = ContributionTotals.zero
        for row in rows {
            let total = try row.decode(column: "total", as: Int.self)
            switch ContributionKind(rawValue: try row.decode(column: "kind", as: String.self)) {
            case .cash: totals.cash = total
            case .hours: totals.minutes = total
            case nil: continue
            }
        }
        return totals
    }

    /// What each partner contributed to a project, by partner name.
    func totalsByPartner(projectID: Int) async throws -> [PartnerTotals] {
        let rows = try await sql.raw(
            """
            SELECT c.organization_id, o.name,
                CAST(COALESCE(SUM(CASE WHEN c.kind = 'cash' THEN c.amount ELSE 0 END), 0) AS BIGINT) AS cash,
                CAST(COALESCE(SUM(CASE WHEN c.kind = 'hours' THEN c.amount ELSE 0 END), 0) AS BIGINT) AS minutes
            FROM contributions c JOIN organizations o ON o.id = c.organization_id
            WHERE c.project_id = \(bind: projectID)
            GROUP BY c.organization_id, o.name ORDER BY o.name, c.organization_id
            """
        ).all()
        return try rows.map { row in
            PartnerTotals(
                organizationID: try row.decode(column: "organization_id", as: Int.self),
                name: try row.decode(column: "name", as: String.self),
                totals: ContributionTotals(
                    cash: try row.decode(column: "cash", as: Int.self),
                    minutes: try row.decode(column: "minutes", as: Int.self)))
        }
    }

    /// Contribution rows, newest day first, of one project or one partner (within a period when given), only
    /// of the partners in `organizations` when that is given.
    func contributions(
        id: Int? = nil, projectID: Int? = nil, organizationID: Int? = nil, from: Day? = nil, through: Day? = nil,
        organizations: Set<Int>? = nil, limit: Int = 500
    ) async throws -> [ContributionRow] {
        var conditions: [SQLQueryString] = []
        if let id { conditions.append("c.id = \(bind: id)") }
        if let projectID { conditions.append("c.project_id = \(bind: projectID)") }
        if let organizationID { conditions.append("c.organization_id = \(bind: organizationID)") }
        if let from, let through { conditions.append("c.day >= \(bind: from.iso) AND c.day <= \(bind: through.iso)") }
        if let organizations {
            guard !organizations.isEmpty else { return [] }
            conditions.append("c.organization_id IN (\(binds: organizations.sorted()))")
        }
        let filter: SQLQueryString = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try await sql.raw(
            """
            SELECT c.*, o.name AS organization_name, p.title AS project_title, a.name AS logged_by_name
            FROM contributions c JOIN organizations o ON o.id = c.organization_id
                JOIN projects p ON p.id = c.project_id LEFT JOIN accounts a ON a.id = c.account_id
            \(filter)
            ORDER BY c.day DESC, c.id DESC LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        return try rows.compactMap { row in
            guard let kind = ContributionKind(rawValue: try row.decode(column: "kind", as: String.self)),
                let day = Day(iso: try row.decode(column: "day", as: String.self))
            else { return nil }
            return ContributionRow(
                contribution: Contribution(
                    id: try row.decode(column: "id", as: Int.self),
                    projectID: try row.decode(column: "project_id", as: Int.self),
                    organizationID: try row.decode(column: "organization_id", as: Int.self), kind: kind,
                    amount: try row.decode(column: "amount", as: Int.self), day: day,
                    what: try row.decode(column: "what", as: String.self),
                    loggedByID: try row.decode(column: "account_id", as: Int?.self)),
                organizationName: try row.decode(column: "organization_name", as: String.self),
                projectTitle: try row.decode(column: "project_title", as: String.self),
                loggedByName: try row.decode(column: "logged_by_name", as: String?.self),
                assignmentID: try row.decode(column: "assignment_id", as: Int?.self))
        }
    }

    func contribution(id: Int) async throws -> ContributionRow? {
        try await contributions(id: id, limit: 1).first
    }

    func insertContribution(
        projectID: Int, organizationID: Int, kind: ContributionKind, amount: Int, day: Day, what: String,
        accountID: Int, now: Date
    ) async throws -> Int {
        let row = try await sql.raw(
            """
            INSERT INTO contributions (project_id, organization_id, kind, amount, day, what, account_id, created_at)
            VALUES (\(bind: projectID), \(bind: organizationID), \(bind: kind.rawValue), \(bind: amount),
                \(bind: day.iso), \(bind: what), \(bind: accountID), \(bind: now)) RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    func deleteContribution(_ id: Int) async throws {
        try await sql.raw("DELETE FROM contributions WHERE id = \(bind: id)").run()
    }
}

/// A validated agreement, ready to store.
struct AgreementValues: Sendable {
    var startsOn: Day
    var endsOn: Day
    var status: AgreementStatus
    var cashPerYear: Int
    var hoursPerYear: Int
    var focusAreas: [String]
    var note: String
}

/// One project a partner is part of, with what the partner contributed to it.
struct PartnerProject: Sendable, Equatable {
    var id: Int
    var title: String
    var phase: ProjectPhase
    var outcome: ProjectOutcome?
    /// The partner owns the project (rather than partnering or contributing).
    var owned: Bool
    var isPublic: Bool
    var totals: ContributionTotals
}

/// A public journal entry of one of a partner's projects.
struct PartnerResult: Sendable, Equatable {
    var entryID: Int
    var projectID: Int
    var projectTitle: String
    var title: String
    var at: Date
}

struct PartnerEvent: Sendable, Equatable {
    var id: Int
    var title: String
    var startsAt: Date
}

/// What one partner contributed to one project.
struct PartnerTotals: Sendable, Equatable {
    var organizationID: Int
    var name: String
    var totals: ContributionTotals
}

/// A contribution with the names that go with it.
struct ContributionRow: Sendable, Equatable {
    var contribution: Contribution
    var organizationName: String
    var projectTitle: String
    var loggedByName: String?
    /// The staffing assignment this is the time of (a partner's staff member assigned from the competence
    /// pool): it goes with the assignment, not on its own.
    var assignmentID: Int? = nil
}
