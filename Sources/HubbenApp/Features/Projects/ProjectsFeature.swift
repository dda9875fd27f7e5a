import SQLKit
import Vapor

/// The accelerator: projects through their phases, gates and outcomes.
enum ProjectsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: ProjectController())
    }

    static let cachedPaths: [CachedPath] = [.tree(ProjectPaths.list()), .tree("/api/v1/projects")]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "projectTeams", claims: ["project_members.account_id"],
                columns: [("project_id", .number), ("project_title", .text), ("role", .text), ("role_text", .text)]
            ) { id in
                """
                SELECT m.project_id AS project_id, p.title AS project_title, m.role AS role, m.role_text AS role_text
                FROM project_members m JOIN projects p ON p.id = m.project_id WHERE m.account_id = \(bind: id) ORDER BY m.id
                """
            },
            ExportSection(
                name: "projectsLedCoachedOrStarted",
                claims: ["projects.lead_id", "projects.coach_id", "projects.created_by"],
                columns: [
                    ("project_id", .number), ("project_title", .text), ("lead", .number),
                    ("coach", .number), ("started", .number),
                ]
            ) { id in
                """
                SELECT id AS project_id, title AS project_title,
                       CASE WHEN lead_id = \(bind: id) THEN 1 ELSE 0 END AS lead, CASE WHEN coach_id = \(bind: id) THEN 1 ELSE 0 END AS coach,
                       CASE WHEN created_by = \(bind: id) THEN 1 ELSE 0 END AS started
                FROM projects WHERE lead_id = \(bind: id) OR coach_id = \(bind: id) OR created_by = \(bind: id) ORDER BY id
                """
            },
            ExportSection(
                name: "journalEntries", claims: ["journal_entries.author_id"],
                columns: [
                    ("id", .number), ("project_id", .number), ("phase", .text), ("kind", .text), ("title", .text),
                    ("body", .text), ("link", .text), ("visibility", .text), ("created_at", .time),
                ]
            ) { id in
                "SELECT id, project_id, phase, kind, title, body, link, visibility, created_at FROM journal_entries WHERE author_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "gateDecisions", claims: ["gate_decisions.decided_by"],
                columns: [
                    ("id", .number), ("project_id", .number), ("decision", .text), ("from_phase", .text),
                    ("to_phase", .text), ("outcome", .text), ("rationale", .text), ("lessons_learned", .text),
                    ("decided_at", .time),
                ]
            ) { id in
                """
                SELECT id, project_id, decision, from_phase, to_phase, outcome, rationale, lessons_learned, decided_at
                FROM gate_decisions WHERE decided_by = \(bind: id) ORDER BY id
                """
            },
        ],
        erase: { id, sql in
            // The teams they are on end with the account; what they wrote in the projects stays, unlinked.
            try await sql.raw("DELETE FROM project_members WHERE account_id = \(bind: id)").run()
        }
    )
}
