import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The open datasets' rows, in the order of their fields (`OpenDataSet.fields`).
struct OpenDataStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }
    typealias Cell = DataDownload.Cell

    func rows(_ set: OpenDataSet) async throws -> [[Cell]] {
        switch set {
        case .ideas: try await ideas()
        case .challenges: try await challenges()
        case .projects: try await projects()
        case .gateDecisions: try await gateDecisions()
        case .experiments: try await experiments()
        case .events: try await events()
        case .partners: try await partners()
        }
    }

    private static func text(_ row: any SQLRow, _ column: String) throws -> Cell {
        try row.decode(column: column, as: String?.self).map(Cell.text) ?? .null
    }
    private static func integer(_ row: any SQLRow, _ column: String) throws -> Cell {
        try row.decode(column: column, as: Int?.self).map(Cell.integer) ?? .null
    }
    private static func moment(_ row: any SQLRow, _ column: String) throws -> Cell {
        try row.decode(column: column, as: Date?.self).map { .text(DateFormat.iso8601($0)) } ?? .null
    }

    /// Values of one kind per owner (`theme slugs per idea`), joined with semicolons.
    private func joined(_ query: SQLQueryString) async throws -> [Int: String] {
        var values: [Int: [String]] = [:]
        for row in try await sql.raw(query).all() {
            values[try row.decode(column: "owner", as: Int.self), default: []].append(
                try row.decode(column: "value", as: String.self))
        }
        return values.mapValues { $0.joined(separator: ";") }
    }

    private func ideas() async throws -> [[Cell]] {
        let themes = try await joined(
            "SELECT l.idea_id AS owner, t.slug AS value FROM idea_themes l JOIN themes t ON t.id = l.theme_id ORDER BY t.id"
        )
        return try await sql.raw(
            """
            SELECT id, title, summary, need, status, challenge_id, support_count, comment_count, created_at FROM ideas
            WHERE status <> 'merged' ORDER BY id
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return [
                .integer(id), try Self.text(row, "title"), try Self.text(row, "summary"), try Self.text(row, "need"),
                try Self.text(row, "status"), .text(themes[id] ?? ""), try Self.integer(row, "challenge_id"),
                try Self.integer(row, "support_count"), try Self.integer(row, "comment_count"),
                try Self.moment(row, "created_at"),
            ]
        }
    }

    private func challenges() async throws -> [[Cell]] {
        let themes = try await joined(
            "SELECT l.challenge_id AS owner, t.slug AS value FROM challenge_themes l JOIN themes t ON t.id = l.theme_id ORDER BY t.id"
        )
        return try await sql.raw(
            """
            SELECT c.id, c.title, c.description, COALESCE(o.name, g.name) AS posed_by, c.open_until,
                (SELECT COUNT(*) FROM ideas i WHERE i.challenge_id = c.id AND i.status <> 'merged') AS ideas
            FROM challenges c LEFT JOIN organizations o ON o.id = c.organization_id
            LEFT JOIN reform_groups g ON g.id = c.reform_group_id ORDER BY c.id
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return [
                .integer(id), try Self.text(row, "title"), try Self.text(row, "description"),
                try Self.text(row, "posed_by"), .text(themes[id] ?? ""), try Self.moment(row, "open_until"),
                try Self.integer(row, "ideas"),
            ]
        }
    }

    private func projects() async throws -> [[Cell]] {
        let themes = try await joined(
            "SELECT l.project_id AS owner, t.slug AS value FROM project_themes l JOIN themes t ON t.id = l.theme_id ORDER BY t.id"
        )
        let organizations = try await joined(
            """
            SELECT l.project_id AS owner, o.name AS value FROM project_organizations l
            JOIN organizations o ON o.id = l.organization_id ORDER BY o.name
            """)
        return try await sql.raw(
            """
            SELECT p.id, p.title, p.what, p.why, p.how, p.phase, p.outcome, o.name AS partner, p.created_at, p.phase_started_at
            FROM projects p LEFT JOIN organizations o ON o.id = p.partner_organization_id
            WHERE p.visibility = 'public' ORDER BY p.id
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return [
                .integer(id), try Self.text(row, "title"), try Self.text(row, "what"), try Self.text(row, "why"),
                try Self.text(row, "how"), try Self.text(row, "phase"), try Self.text(row, "outcome"),
                .text(themes[id] ?? ""), .text(organizations[id] ?? ""), try Self.text(row, "partner"),
                try Self.moment(row, "created_at"), try Self.moment(row, "phase_started_at"),
            ]
        }
    }

    private func gateDecisions() async throws -> [[Cell]] {
        try await sql.raw(
            """
            SELECT g.id, g.project_id, g.decision, g.from_phase, g.to_phase, g.outcome, g.rationale, g.lessons_learned, g.decided_at
            FROM gate_decisions g JOIN projects p ON p.id = g.project_id WHERE p.visibility = 'public' ORDER BY g.id
            """
        ).all().map { row in
            [
                try Self.integer(row, "id"), try Self.integer(row, "project_id"), try Self.text(row, "decision"),
                try Self.text(row, "from_phase"), try Self.text(row, "to_phase"), try Self.text(row, "outcome"),
                try Self.text(row, "rationale"), try Self.text(row, "lessons_learned"),
                try Self.moment(row, "decided_at"),
            ]
        }
    }

    private func experiments() async throws -> [[Cell]] {
        try await sql.raw(
            """
            SELECT x.id, x.project_id, x.phase, x.hypothesis, x.method, x.success_criterion, x.participants, x.result,
                x.learning, x.started_on, x.ended_on
            FROM experiments x JOIN projects p ON p.id = x.project_id WHERE p.visibility = 'public' ORDER BY x.id
            """
        ).all().map { row in
            [
                try Self.integer(row, "id"), try Self.integer(row, "project_id"), try Self.text(row, "phase"),
                try Self.text(row, "hypothesis"), try Self.text(row, "method"), try Self.text(row, "success_criterion"),
                try Self.integer(row, "participants"), try Self.text(row, "result"), try Self.text(row, "learning"),
                try Self.text(row, "started_on"), try Self.text(row, "ended_on"),
            ]
        }
    }

    private func events() async throws -> [[Cell]] {
        let themes = try await joined(
            "SELECT l.event_id AS owner, t.slug AS value FROM event_themes l JOIN themes t ON t.id = l.theme_id ORDER BY t.id"
        )
        return try await sql.raw(
            """
            SELECT id, kind, title, description, starts_at, ends_at, place_kind, address, district, capacity FROM events
            WHERE visibility = 'public' ORDER BY id
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: Int.self)
            let online = try row.decode(column: "place_kind", as: String.self) == "online"
            return [
                .integer(id), try Self.text(row, "kind"), try Self.text(row, "title"),
                try Self.text(row, "description"),
                try Self.moment(row, "starts_at"), try Self.moment(row, "ends_at"), .text(online ? "true" : "false"),
                online ? .text("") : try Self.text(row, "address"), try Self.text(row, "district"),
                try Self.integer(row, "capacity"), .text(themes[id] ?? ""),
            ]
        }
    }

    private func partners() async throws -> [[Cell]] {
        var totals: [Int: (cash: Int, minutes: Int)] = [:]
        for row in try await sql.raw(
            "SELECT organization_id, kind, CAST(SUM(amount) AS BIGINT) AS total FROM contributions GROUP BY organization_id, kind"
        ).all() {
            let id = try row.decode(column: "organization_id", as: Int.self)
            let total = try row.decode(column: "total", as: Int.self)
            if try row.decode(column: "kind", as: String.self) == ContributionKind.cash.rawValue {
                totals[id, default: (0, 0)].cash += total
            } else {
                totals[id, default: (0, 0)].minutes += total
            }
        }
        return try await sql.raw(
            """
            SELECT o.id, o.name, o.description, COALESCE(p.focus_areas, '') AS focus_areas FROM organizations o
            LEFT JOIN partner_profiles p ON p.organization_id = o.id WHERE o.kind = 'partner' ORDER BY o.id
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: Int.self)
            let total = totals[id] ?? (0, 0)
            let areas = try row.decode(column: "focus_areas", as: String.self).split(whereSeparator: \.isNewline)
            return [
                .integer(id), try Self.text(row, "name"), try Self.text(row, "description"),
                .text(areas.joined(separator: ";")), .integer(total.cash),
                .decimal((Double(total.minutes) / 60 * 100).rounded() / 100),
            ]
        }
    }
}
