import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The method toolbox and the hub's use of each method.
struct MethodStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }

    /// The columns of a method's texts, named as `MethodDraft`'s fields.
    static let textColumns = MethodDraft.Field.allCases.filter { $0 != .slug && $0 != .phases }.map(\.rawValue)

    /// Every method with how many experiments used it, by Swedish name.
    func list() async throws -> [ToolboxMethod] {
        try await sql.raw(
            """
            SELECT m.*, (SELECT COUNT(*) FROM experiments e WHERE e.method = m.slug) AS uses
            FROM methods m ORDER BY m.name_sv, m.id
            """
        ).all().map(Self.method)
    }

    func method(slug: String) async throws -> ToolboxMethod? {
        try await sql.raw(
            """
            SELECT m.*, (SELECT COUNT(*) FROM experiments e WHERE e.method = m.slug) AS uses
            FROM methods m WHERE m.slug = \(bind: slug)
            """
        ).first().map(Self.method)
    }

    func exists(slug: String) async throws -> Bool {
        try await sql.raw("SELECT 1 AS found FROM methods WHERE slug = \(bind: slug)").first() != nil
    }

    private static func method(_ row: any SQLRow) throws -> ToolboxMethod {
        func text(_ language: String) throws -> MethodText {
            func column(_ name: String) throws -> String {
                try row.decode(column: "\(name)_\(language)", as: String.self)
            }
            return MethodText(
                name: try column("name"), summary: try column("summary"), whenToUse: try column("when_to_use"),
                steps: try column("steps"), timeNeeded: try column("time_needed"),
                peopleNeeded: try column("people_needed"), materials: try column("materials"),
                pitfalls: try column("pitfalls"), example: try column("example"))
        }
        let phases = try row.decode(column: "phases", as: String.self).split(separator: ",")
            .compactMap { ProjectPhase(rawValue: String($0)) }
        return ToolboxMethod(
            id: try row.decode(column: "id", as: Int.self),
            draft: MethodDraft(
                slug: try row.decode(column: "slug", as: String.self), phases: Set(phases), swedish: try text("sv"),
                english: try text("en")),
            uses: try row.decode(column: "uses", as: Int.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    private static func values(_ draft: MethodDraft) -> [String] {
        let phases = ProjectPhase.allCases.filter(draft.phases.contains).map(\.rawValue).joined(separator: ",")
        func texts(_ text: MethodText) -> [String] {
            [
                text.name, text.summary, text.whenToUse, text.steps, text.timeNeeded, text.peopleNeeded, text.materials,
                text.pitfalls, text.example,
            ]
        }
        // In the order of `textColumns`: each field in Swedish, then in English.
        return [draft.slug, phases] + zip(texts(draft.swedish), texts(draft.english)).flatMap { [$0, $1] }
    }

    /// A new method; nil when its slug is taken.
    func insert(_ draft: MethodDraft, by accountID: Int?, now: Date) async throws -> Int? {
        let columns = ["slug", "phases"] + Self.textColumns + ["updated_by", "created_at", "updated_at"]
        let binds =
            Self.values(draft).map { SQLBind($0) as any SQLExpression }
            + [SQLBind(accountID), SQLBind(now), SQLBind(now)]
        let row = try await sql.raw(
            """
            INSERT INTO methods (\(unsafeRaw: columns.joined(separator: ", "))) VALUES (\(SQLList(binds)))
            ON CONFLICT (slug) DO NOTHING RETURNING id
            """
        ).first()
        return try row?.decode(column: "id", as: Int.self)
    }

    /// A method's texts and phases; its slug stays, for the experiments and links that use it.
    func update(slug: String, _ draft: MethodDraft, by accountID: Int?, now: Date) async throws {
        let values = Self.values(draft).dropFirst()
        var assignments: [SQLQueryString] = []
        for (column, value) in zip(["phases"] + Self.textColumns, values) {
            assignments.append("\(unsafeRaw: column) = \(bind: value)")
        }
        assignments.append("updated_by = \(bind: accountID)")
        assignments.append("updated_at = \(bind: now)")
        try await sql.raw(
            "UPDATE methods SET \(assignments.joined(separator: ", ")) WHERE slug = \(bind: slug)"
        ).run()
    }

    /// How every experiment that used the method went, counted by phase and result (internal projects too:
    /// only the counts).
    func use(slug: String) async throws -> MethodUse {
        let rows = try await sql.raw(
            """
            SELECT phase, result, COUNT(*) AS experiments, CAST(COALESCE(SUM(participants), 0) AS BIGINT) AS participants
            FROM experiments WHERE method = \(bind: slug) GROUP BY phase, result
            """
        ).all()
        return MethodUse(
            try rows.compactMap { row in
                guard let phase = ProjectPhase(rawValue: try row.decode(column: "phase", as: String.self)) else {
                    return nil
                }
                return MethodUse.Group(
                    phase: phase,
                    result: try row.decode(column: "result", as: String?.self).flatMap(
                        ExperimentResult.init(rawValue:)),
                    experiments: try row.decode(column: "experiments", as: Int.self),
                    participants: try row.decode(column: "participants", as: Int.self))
            })
    }

    /// The experiments of public projects that used the method, those with a result first and the latest
    /// first within them, and how many there are.
    func publicExperiments(slug: String, limit: Int) async throws -> (experiments: [MethodExperiment], total: Int) {
        let rows = try await sql.raw(
            """
            SELECT e.id, e.project_id, p.title AS project_title, e.phase, e.hypothesis, e.participants, e.result,
                e.learning, e.started_on, e.ended_on
            FROM experiments e JOIN projects p ON p.id = e.project_id
            WHERE e.method = \(bind: slug) AND p.visibility = \(bind: ProjectVisibility.public.rawValue)
            ORDER BY CASE WHEN e.result IS NULL THEN 1 ELSE 0 END, e.started_on DESC, e.id DESC
            LIMIT \(unsafeRaw: String(limit))
            """
        ).all()
        let total =
            try await sql.raw(
                """
                SELECT COUNT(*) AS total FROM experiments e JOIN projects p ON p.id = e.project_id
                WHERE e.method = \(bind: slug) AND p.visibility = \(bind: ProjectVisibility.public.rawValue)
                """
            ).first()?.decode(column: "total", as: Int.self) ?? 0
        let experiments: [MethodExperiment] = try rows.compactMap { row in
            guard let phase = ProjectPhase(rawValue: try row.decode(column: "phase", as: String.self)) else {
                return nil
            }
            return MethodExperiment(
                id: try row.decode(column: "id", as: Int.self),
                projectID: try row.decode(column: "project_id", as: Int.self),
                projectTitle: try row.decode(column: "project_title", as: String.self), phase: phase,
                hypothesis: try row.decode(column: "hypothesis", as: String.self),
                participants: try row.decode(column: "participants", as: Int?.self),
                result: try row.decode(column: "result", as: String?.self).flatMap(ExperimentResult.init(rawValue:)),
                learning: try row.decode(column: "learning", as: String.self),
                startedOn: Day(iso: try row.decode(column: "started_on", as: String.self)),
                endedOn: try row.decode(column: "ended_on", as: String?.self).flatMap { Day(iso: $0) })
        }
        return (experiments, total)
    }
}

/// A method in the toolbox as it is stored.
struct ToolboxMethod: Sendable, Equatable {
    var id: Int
    var draft: MethodDraft
    /// How many experiments used it.
    var uses: Int
    var updatedAt: Date

    var slug: String { draft.slug }
}

/// An experiment of a public project, as a method's page shows it.
struct MethodExperiment: Sendable, Equatable {
    var id: Int
    var projectID: Int
    var projectTitle: String
    var phase: ProjectPhase
    var hypothesis: String
    var participants: Int?
    var result: ExperimentResult?
    var learning: String
    var startedOn: Day?
    var endedOn: Day?
}
