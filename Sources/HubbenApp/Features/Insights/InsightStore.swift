import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Computes the insight tables over a period. `includeInternal` counts internal projects and events too (the
/// hub team's page); otherwise only what is public is counted, so that the public page's numbers can be
/// checked against the public pages.
struct InsightStore {
    let database: any Database
    let includeInternal: Bool

    private var sql: any SQLDatabase { get throws { try database.sql } }
    private var projectsVisible: SQLQueryString { includeInternal ? "1 = 1" : "p.visibility = 'public'" }
    private var eventsVisible: SQLQueryString { includeInternal ? "1 = 1" : "e.visibility = 'public'" }

    func result(_ table: InsightTable, _ period: InsightPeriod) async throws -> InsightResult {
        switch table {
        case .funnel: try await funnel(period)
        case .phaseDurations: try await phaseDurations(period)
        case .outcomes: try await outcomes(period)
        case .ideasByTheme: try await ideasByTheme(period)
        case .ideasBySource: try await ideasBySource(period)
        case .projectsByDepartment: try await projectsByOrganization(period, .department)
        case .projectsByPartner: try await projectsByOrganization(period, .partner)
        case .partnerContributions: try await partnerContributions(period)
        case .spaceUtilisation: try await spaceUtilisation(period)
        case .roomBookings: try await roomBookings(period)
        case .eventAttendance: try await eventAttendance(period)
        }
    }

    private func count(_ query: SQLQueryString) async throws -> Int {
        try await sql.raw(query).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    private static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : (Double(part) * 1000 / Double(whole)).rounded() / 10
    }

    // MARK: From ideas to outcomes

    /// Ideas submitted in the period and how many were accepted; projects started in the period and how many
    /// of them have been in each later phase (now or before) and have a decided outcome.
    private func funnel(_ period: InsightPeriod) async throws -> InsightResult {
        let (start, end) = (period.startMoment, period.endMoment)
        let ideas = try await count(
            "SELECT COUNT(*) AS n FROM ideas WHERE created_at >= \(bind: start) AND created_at < \(bind: end) AND status <> 'merged'"
        )
        let accepted = try await count(
            "SELECT COUNT(*) AS n FROM ideas WHERE created_at >= \(bind: start) AND created_at < \(bind: end) AND status = 'accepted'"
        )
        let started: SQLQueryString =
            "p.created_at >= \(bind: start) AND p.created_at < \(bind: end) AND \(projectsVisible)"
        let projects = try await sql.raw("SELECT p.id, p.phase, p.outcome FROM projects p WHERE \(started)").all()
        var reached: [Int: ProjectPhase] = [:]
        var decided = 0
        for row in projects {
            let id = try row.decode(column: "id", as: Int.self)
            reached[id] = ProjectPhase(rawValue: try row.decode(column: "phase", as: String.self)) ?? .needInsight
            if try row.decode(column: "outcome", as: String?.self) != nil { decided += 1 }
        }
        // A project decided (or stopped) keeps the furthest phase it was moved to: the same projects' decisions,
        // joined rather than listed (a ten-year period has more projects than a statement takes values).
        for row in try await sql.raw(
            "SELECT g.project_id, g.to_phase FROM gate_decisions g JOIN projects p ON p.id = g.project_id WHERE \(started)"
        ).all() {
            let id = try row.decode(column: "project_id", as: Int.self)
            guard let phase = ProjectPhase(rawValue: try row.decode(column: "to_phase", as: String.self)) else {
                continue
            }
            if phase.index > (reached[id]?.index ?? 0) { reached[id] = phase }
        }
        var stages: [(LocalizedText, Int)] = [
            (.insightStageIdeas, ideas), (.insightStageAccepted, accepted), (.insightStageProjects, projects.count),
        ]
        for phase in ProjectPhase.allCases.dropFirst() {
            stages.append((ProjectPages.phase(phase), reached.values.filter { $0.index >= phase.index }.count))
        }
        stages.append((.insightStageDecided, decided))
        var rows: [[InsightValue]] = []
        for (index, stage) in stages.enumerated() {
            let previous = index == 0 ? nil : stages[index - 1].1
            rows.append([
                .text(stage.0.sv), .text(stage.0.en), .count(stage.1),
                .percent(previous.flatMap { Self.share(stage.1, of: $0) }),
            ])
        }
        return InsightResult(
            table: .funnel, period: period,
            columns: [
                .init(key: "stage_sv", kind: .text, label: .insightColumnStage),
                .init(key: "stage_en", kind: .text, label: .insightColumnStageEN),
                .init(key: "count", kind: .integer, label: .insightColumnCount),
                .init(key: "share_of_previous", kind: .percent, label: .insightColumnShareOfPrevious),
            ], rows: rows, chartLabel: 0, chartValues: [2])
    }

    /// For each phase: the stays in it that ended within the period (moved on by a gate decision), and their
    /// median and 80th percentile length in days.
    private func phaseDurations(_ period: InsightPeriod) async throws -> InsightResult {
        let (start, end) = (period.startMoment, period.endMoment)
        let rows = try await sql.raw(
            """
            SELECT g.project_id, g.from_phase, g.decided_at, p.created_at FROM gate_decisions g
            JOIN projects p ON p.id = g.project_id
            WHERE g.decided_at < \(bind: end) AND \(projectsVisible) ORDER BY g.project_id, g.decided_at, g.id
            """
        ).all()
        var enteredAt: [Int: Date] = [:]
        var stays: [ProjectPhase: [Double]] = [:]
        for row in rows {
            let project = try row.decode(column: "project_id", as: Int.self)
            let decided = try row.decode(column: "decided_at", as: Date.self)
            let created = try row.decode(column: "created_at", as: Date.self)
            let entered = enteredAt[project] ?? created
            enteredAt[project] = decided
            guard decided >= start,
                let phase = ProjectPhase(rawValue: try row.decode(column: "from_phase", as: String.self))
            else { continue }
            stays[phase, default: []].append(max(0, decided.timeIntervalSince(entered)) / 86_400)
        }
        let table = ProjectPhase.allCases.filter { $0 != .decision }.map { phase -> [InsightValue] in
            let days = (stays[phase] ?? []).sorted()
            let name = ProjectPages.phase(phase)
            return [
                .text(name.sv), .text(name.en), .count(days.count), .days(Self.percentile(days, 50)),
                .days(Self.percentile(days, 80)),
            ]
        }
        return InsightResult(
            table: .phaseDurations, period: period,
            columns: [
                .init(key: "phase_sv", kind: .text, label: .insightColumnPhase),
                .init(key: "phase_en", kind: .text, label: .insightColumnPhaseEN),
                .init(key: "stays", kind: .integer, label: .insightColumnStays),
                .init(key: "median_days", kind: .days, label: .insightColumnMedian),
                .init(key: "p80_days", kind: .days, label: .insightColumnP80),
            ], rows: table, chartLabel: 0, chartValues: [3, 4])
    }

    /// The nearest-rank percentile of sorted values, to one decimal.
    static func percentile(_ sorted: [Double], _ percent: Int) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((Double(percent) / 100 * Double(sorted.count)).rounded(.up))
        return (sorted[min(max(rank, 1), sorted.count) - 1] * 10).rounded() / 10
    }

    /// Outcomes decided within the period, by route.
    private func outcomes(_ period: InsightPeriod) async throws -> InsightResult {
        var counts: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT g.outcome, COUNT(DISTINCT g.project_id) AS n FROM gate_decisions g JOIN projects p ON p.id = g.project_id
            WHERE g.outcome IS NOT NULL AND g.decided_at >= \(bind: period.startMoment) AND g.decided_at < \(bind: period.endMoment)
            AND \(projectsVisible) GROUP BY g.outcome
            """
        ).all() {
            counts[try row.decode(column: "outcome", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        let total = counts.values.reduce(0, +)
        let rows = ProjectOutcome.allCases.map { outcome -> [InsightValue] in
            let name = ProjectPages.outcome(outcome)
            let count = counts[outcome.rawValue] ?? 0
            return [.text(name.sv), .text(name.en), .count(count), .percent(Self.share(count, of: total))]
        }
        return InsightResult(
            table: .outcomes, period: period,
            columns: [
                .init(key: "outcome_sv", kind: .text, label: .insightColumnOutcome),
                .init(key: "outcome_en", kind: .text, label: .insightColumnOutcomeEN),
                .init(key: "projects", kind: .integer, label: .insightColumnProjects),
                .init(key: "share", kind: .percent, label: .insightColumnShare),
            ], rows: rows, chartLabel: 0, chartValues: [2])
    }

    // MARK: Ideas

    private func ideasByTheme(_ period: InsightPeriod) async throws -> InsightResult {
        var counts: [Int: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT t.theme_id, COUNT(*) AS n FROM idea_themes t JOIN ideas i ON i.id = t.idea_id
            WHERE i.created_at >= \(bind: period.startMoment) AND i.created_at < \(bind: period.endMoment)
            AND i.status <> 'merged' GROUP BY t.theme_id
            """
        ).all() {
            counts[try row.decode(column: "theme_id", as: Int.self)] = try row.decode(column: "n", as: Int.self)
        }
        let themes = try await IdeaStore(database: database).themes()
        return InsightResult(
            table: .ideasByTheme, period: period,
            columns: [
                .init(key: "theme", kind: .text, label: .insightColumnThemeSlug),
                .init(key: "theme_sv", kind: .text, label: .insightColumnTheme),
                .init(key: "theme_en", kind: .text, label: .insightColumnThemeEN),
                .init(key: "ideas", kind: .integer, label: .insightColumnIdeas),
            ],
            rows: themes.map { [.text($0.slug), .text($0.nameSV), .text($0.nameEN), .count(counts[$0.id] ?? 0)] },
            chartLabel: 1, chartValues: [3])
    }

    /// Where ideas come from: a reform group when one submitted it, else what its author is — city staff
    /// (staff, coaches, administrators), a partner's staff, or a resident.
    static let sources = ["resident", "city_staff", "partner", "reform_group"]

    private func ideasBySource(_ period: InsightPeriod) async throws -> InsightResult {
        var counts: [String: Int] = [:]
        for row in try await sql.raw(
            """
            SELECT CASE WHEN i.reform_group_id IS NOT NULL THEN 'reform_group'
                WHEN EXISTS (SELECT 1 FROM account_roles r WHERE r.account_id = i.author_id AND r.role IN ('staff', 'coach', 'admin')) THEN 'city_staff'
                WHEN EXISTS (SELECT 1 FROM account_roles r WHERE r.account_id = i.author_id AND r.role = 'partner') THEN 'partner'
                ELSE 'resident' END AS source, COUNT(*) AS n
            FROM ideas i WHERE i.created_at >= \(bind: period.startMoment) AND i.created_at < \(bind: period.endMoment)
            AND i.status <> 'merged' GROUP BY 1
            """
        ).all() {
            counts[try row.decode(column: "source", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        let total = counts.values.reduce(0, +)
        return InsightResult(
            table: .ideasBySource, period: period,
            columns: [
                .init(key: "source", kind: .text, label: .insightColumnSourceKey),
                .init(key: "source_sv", kind: .text, label: .insightColumnSource),
                .init(key: "source_en", kind: .text, label: .insightColumnSourceEN),
                .init(key: "ideas", kind: .integer, label: .insightColumnIdeas),
                .init(key: "share", kind: .percent, label: .insightColumnShare),
            ],
            rows: Self.sources.map { source in
                let name = InsightTexts.source(source)
                let count = counts[source] ?? 0
                return [
                    .text(source), .text(name.sv), .text(name.en), .count(count),
                    .percent(Self.share(count, of: total)),
                ]
            }, chartLabel: 1, chartValues: [3])
    }

    // MARK: Projects and partners

    /// Projects started in the period per department, or per partner (taking part, or the partnership's partner).
    private func projectsByOrganization(_ period: InsightPeriod, _ kind: OrganizationKind) async throws
        -> InsightResult
    {
        // Who takes part (and, for partners, the partnership's partner), as (project, organisation) pairs.
        let links: SQLQueryString =
            kind == .partner
            ? """
            SELECT project_id, organization_id FROM project_organizations
            UNION SELECT id AS project_id, partner_organization_id AS organization_id FROM projects WHERE partner_organization_id IS NOT NULL
            """
            : "SELECT project_id, organization_id FROM project_organizations"
        let rows = try await sql.raw(
            """
            SELECT o.id, o.name, COUNT(DISTINCT p.id) AS n FROM (\(links)) l
            JOIN organizations o ON o.id = l.organization_id JOIN projects p ON p.id = l.project_id
            WHERE o.kind = \(bind: kind.rawValue) AND p.created_at >= \(bind: period.startMoment)
            AND p.created_at < \(bind: period.endMoment) AND \(projectsVisible)
            GROUP BY o.id, o.name ORDER BY n DESC, o.name
            """
        ).all().map { row -> [InsightValue] in
            [
                .count(try row.decode(column: "id", as: Int.self)),
                .text(try row.decode(column: "name", as: String.self)),
                .count(try row.decode(column: "n", as: Int.self)),
            ]
        }
        return InsightResult(
            table: kind == .partner ? .projectsByPartner : .projectsByDepartment, period: period,
            columns: [
                .init(key: "organization_id", kind: .integer, label: .insightColumnOrganizationID),
                .init(
                    key: "organization", kind: .text,
                    label: kind == .partner ? .insightColumnPartner : .insightColumnDepartment),
                .init(key: "projects", kind: .integer, label: .insightColumnProjects),
            ], rows: rows, chartLabel: 1, chartValues: [2])
    }

    /// Per partner: money and hours contributed on days within the period, against what its agreements promise
    /// for the part of their periods that falls within it.
    private func partnerContributions(_ period: InsightPeriod) async throws -> InsightResult {
        let (from, to) = (period.from.iso, period.to.iso)
        var contributed: [Int: (cash: Int, minutes: Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT organization_id, kind, CAST(SUM(amount) AS BIGINT) AS total FROM contributions
            WHERE day >= \(bind: from) AND day <= \(bind: to) GROUP BY organization_id, kind
            """
        ).all() {
            let id = try row.decode(column: "organization_id", as: Int.self)
            let total = try row.decode(column: "total", as: Int.self)
            if try row.decode(column: "kind", as: String.self) == ContributionKind.cash.rawValue {
                contributed[id, default: (0, 0)].cash += total
            } else {
                contributed[id, default: (0, 0)].minutes += total
            }
        }
        var agreed: [Int: (cash: Int, hours: Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT organization_id, starts_on, ends_on, cash_per_year, hours_per_year FROM partner_agreements
            WHERE status <> 'draft' AND starts_on <= \(bind: to) AND ends_on >= \(bind: from)
            """
        ).all() {
            guard let starts = Day(try row.decode(column: "starts_on", as: String.self)),
                let ends = Day(try row.decode(column: "ends_on", as: String.self))
            else { continue }
            let (first, last) = (max(starts, period.from), min(ends, period.to))
            let id = try row.decode(column: "organization_id", as: Int.self)
            agreed[id, default: (0, 0)].cash += PartnerAgreement.overPeriod(
                try row.decode(column: "cash_per_year", as: Int.self), from: first, through: last)
            agreed[id, default: (0, 0)].hours += PartnerAgreement.overPeriod(
                try row.decode(column: "hours_per_year", as: Int.self), from: first, through: last)
        }
        let partners = try await sql.raw("SELECT id, name FROM organizations WHERE kind = 'partner' ORDER BY name")
            .all()
        var rows: [[InsightValue]] = []
        for row in partners {
            let id = try row.decode(column: "id", as: Int.self)
            let given = contributed[id] ?? (0, 0)
            let promised = agreed[id] ?? (0, 0)
            guard given.cash + given.minutes + promised.cash + promised.hours > 0 else { continue }
            rows.append([
                .count(id), .text(try row.decode(column: "name", as: String.self)), .kronor(given.cash),
                .kronor(promised.cash), .minutes(given.minutes), .minutes(promised.hours * 60),
            ])
        }
        return InsightResult(
            table: .partnerContributions, period: period,
            columns: [
                .init(key: "organization_id", kind: .integer, label: .insightColumnOrganizationID),
                .init(key: "partner", kind: .text, label: .insightColumnPartner),
                .init(key: "cash_sek", kind: .kronor, label: .insightColumnCash),
                .init(key: "agreed_cash_sek", kind: .kronor, label: .insightColumnAgreedCash),
                .init(key: "hours", kind: .hours, label: .insightColumnHours),
                .init(key: "agreed_hours", kind: .hours, label: .insightColumnAgreedHours),
            ], rows: rows, chartLabel: 1, chartValues: [2, 3])
    }

    // MARK: Spaces, bookings, events

    /// Per project space: the days of the period it was given to a project (approved applications), as a share
    /// of the period's days.
    private func spaceUtilisation(_ period: InsightPeriod) async throws -> InsightResult {
        let (start, end) = (period.startMoment, period.endMoment)
        var occupied: [Int: Double] = [:]
        for row in try await sql.raw(
            """
            SELECT space_id, held_from, held_until FROM space_applications
            WHERE status = 'approved' AND space_id IS NOT NULL AND held_from < \(bind: end) AND held_until > \(bind: start)
            """
        ).all() {
            let from = max(try row.decode(column: "held_from", as: Date.self), start)
            let until = min(try row.decode(column: "held_until", as: Date.self), end)
            occupied[try row.decode(column: "space_id", as: Int.self), default: 0] += max(
                0, until.timeIntervalSince(from))
        }
        let length = end.timeIntervalSince(start)
        let rows = try await sql.raw("SELECT id, name FROM spaces ORDER BY name, id").all().map {
            row -> [InsightValue] in
            let id = try row.decode(column: "id", as: Int.self)
            let seconds = min(occupied[id] ?? 0, length)
            return [
                .count(id), .text(try row.decode(column: "name", as: String.self)),
                .days((seconds / 86_400 * 10).rounded() / 10), .percent((seconds * 1000 / length).rounded() / 10),
            ]
        }
        return InsightResult(
            table: .spaceUtilisation, period: period,
            columns: [
                .init(key: "space_id", kind: .integer, label: .insightColumnSpaceID),
                .init(key: "space", kind: .text, label: .insightColumnSpace),
                .init(key: "days_used", kind: .days, label: .insightColumnDaysUsed),
                .init(key: "utilisation", kind: .percent, label: .insightColumnUtilisation),
            ], rows: rows, chartLabel: 1, chartValues: [3])
    }

    /// Confirmed bookings starting within the period, per kind of resource, with their hours.
    private func roomBookings(_ period: InsightPeriod) async throws -> InsightResult {
        // Counted and summed by the database: a year of bookings is tens of thousands of rows.
        let sql = try sql
        let seconds: SQLQueryString =
            sql.dialect.name == "sqlite"
            ? "SUM(b.ends_at - b.starts_at)"
            : "CAST(SUM(EXTRACT(EPOCH FROM (b.ends_at - b.starts_at))) AS DOUBLE PRECISION)"
        var bookings: [String: (count: Int, seconds: Double)] = [:]
        for row in try await sql.raw(
            """
            SELECT r.kind, COUNT(*) AS n, \(seconds) AS seconds FROM bookings b JOIN resources r ON r.id = b.resource_id
            WHERE b.status = 'confirmed' AND b.starts_at >= \(bind: period.startMoment) AND b.starts_at < \(bind: period.endMoment)
            GROUP BY r.kind
            """
        ).all() {
            bookings[try row.decode(column: "kind", as: String.self)] = (
                try row.decode(column: "n", as: Int.self),
                max(0, try row.decode(column: "seconds", as: Double?.self) ?? 0)
            )
        }
        let rows = ResourceKind.allCases.map { kind -> [InsightValue] in
            let name = BookingPages.kindText(kind)
            let booked = bookings[kind.rawValue] ?? (0, 0)
            return [
                .text(kind.rawValue), .text(name.sv), .text(name.en), .count(booked.count),
                .minutes(Int((booked.seconds / 60).rounded())),
            ]
        }
        return InsightResult(
            table: .roomBookings, period: period,
            columns: [
                .init(key: "kind", kind: .text, label: .insightColumnKindKey),
                .init(key: "kind_sv", kind: .text, label: .insightColumnResourceKind),
                .init(key: "kind_en", kind: .text, label: .insightColumnResourceKindEN),
                .init(key: "bookings", kind: .integer, label: .insightColumnBookings),
                .init(key: "hours", kind: .hours, label: .insightColumnHours),
            ], rows: rows, chartLabel: 1, chartValues: [3])
    }

    /// Events that started within the period, per kind: how many, the places taken (registered) and the
    /// people checked in at the door.
    private func eventAttendance(_ period: InsightPeriod) async throws -> InsightResult {
        var counts: [String: (events: Int, registered: Int, checkedIn: Int)] = [:]
        for row in try await sql.raw(
            """
            SELECT e.kind, COUNT(DISTINCT e.id) AS events,
                COUNT(CASE WHEN r.status = 'registered' THEN 1 END) AS registered,
                COUNT(r.checked_in_at) AS checked_in
            FROM events e LEFT JOIN event_registrations r ON r.event_id = e.id
            WHERE e.starts_at >= \(bind: period.startMoment) AND e.starts_at < \(bind: period.endMoment) AND \(eventsVisible)
            GROUP BY e.kind
            """
        ).all() {
            counts[try row.decode(column: "kind", as: String.self)] = (
                try row.decode(column: "events", as: Int.self), try row.decode(column: "registered", as: Int.self),
                try row.decode(column: "checked_in", as: Int.self)
            )
        }
        let rows = EventKind.allCases.map { kind -> [InsightValue] in
            let name = EventTexts.kind(kind)
            let count = counts[kind.rawValue] ?? (0, 0, 0)
            return [
                .text(kind.rawValue), .text(name.sv), .text(name.en), .count(count.events), .count(count.registered),
                .count(count.checkedIn), .percent(Self.share(count.checkedIn, of: count.registered)),
            ]
        }
        return InsightResult(
            table: .eventAttendance, period: period,
            columns: [
                .init(key: "kind", kind: .text, label: .insightColumnKindKey),
                .init(key: "kind_sv", kind: .text, label: .insightColumnEventKind),
                .init(key: "kind_en", kind: .text, label: .insightColumnEventKindEN),
                .init(key: "events", kind: .integer, label: .insightColumnEvents),
                .init(key: "registered", kind: .integer, label: .insightColumnRegistered),
                .init(key: "checked_in", kind: .integer, label: .insightColumnCheckedIn),
                .init(key: "checked_in_share", kind: .percent, label: .insightColumnCheckedInShare),
            ], rows: rows, chartLabel: 1, chartValues: [4, 5])
    }
}
