import SQLKit
import Vapor

/// Ideas: submitting, discussing, supporting and triaging them.
enum IdeasFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: IdeaController())
    }

    static let cachedPaths: [CachedPath] = [.tree(IdeaPaths.list()), .tree("/api/v1/ideas")]

    static let personalData = PersonalDataPart(
        sections: [
            ExportSection(
                name: "ideas", claims: ["ideas.author_id"],
                columns: [
                    ("id", .number), ("title", .text), ("summary", .text), ("need", .text), ("status", .text),
                    ("challenge_id", .number), ("created_at", .time), ("updated_at", .time),
                ]
            ) { id in
                "SELECT id, title, summary, need, status, challenge_id, created_at, updated_at FROM ideas WHERE author_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "ideaVersions", claims: [],
                columns: [
                    ("idea_id", .number), ("version", .number), ("title", .text), ("summary", .text),
                    ("need", .text), ("created_at", .time),
                ]
            ) { id in
                """
                SELECT v.idea_id AS idea_id, v.version AS version, v.title AS title, v.summary AS summary, v.need AS need, v.created_at AS created_at
                FROM idea_versions v JOIN ideas i ON i.id = v.idea_id WHERE i.author_id = \(bind: id) ORDER BY v.idea_id, v.version
                """
            },
            ExportSection(
                name: "comments", claims: ["comments.author_id"],
                columns: [
                    ("id", .number), ("idea_id", .number), ("parent_id", .number), ("body", .text),
                    ("created_at", .time), ("hidden_at", .time), ("hidden_reason", .text),
                ]
            ) { id in
                "SELECT id, idea_id, parent_id, body, created_at, hidden_at, hidden_reason FROM comments WHERE author_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "supports", claims: ["supports.account_id"],
                columns: [("idea_id", .number), ("created_at", .time)]
            ) { id in
                "SELECT idea_id, created_at FROM supports WHERE account_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "follows", claims: ["follows.account_id"], columns: [("idea_id", .number), ("created_at", .time)]
            ) { id in
                "SELECT idea_id, created_at FROM follows WHERE account_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "commentReports", claims: ["comment_reports.reporter_id"],
                columns: [("comment_id", .number), ("created_at", .time)]
            ) { id in
                "SELECT comment_id, created_at FROM comment_reports WHERE reporter_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "ideaScoresGiven", claims: ["idea_scores.coach_id"],
                columns: [
                    ("idea_id", .number), ("criterion", .text), ("score", .number), ("comment", .text),
                    ("created_at", .time),
                ]
            ) { id in
                "SELECT idea_id, criterion, score, comment, created_at FROM idea_scores WHERE coach_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "ideaStatusDecisions", claims: ["idea_status_changes.actor_id"],
                columns: [
                    ("idea_id", .number), ("from_status", .text), ("to_status", .text),
                    ("reason", .text), ("created_at", .time),
                ]
            ) { id in
                "SELECT idea_id, from_status, to_status, reason, created_at FROM idea_status_changes WHERE actor_id = \(bind: id) ORDER BY id"
            },
            ExportSection(
                name: "commentsYouHid", claims: ["comments.hidden_by_id"],
                columns: [("comment_id", .number), ("hidden_at", .time), ("hidden_reason", .text)]
            ) { id in
                "SELECT id AS comment_id, hidden_at, hidden_reason FROM comments WHERE hidden_by_id = \(bind: id) ORDER BY id"
            },
        ],
        erase: { id, sql in
            // What they follow ends with the account; what they wrote and supported stays, unlinked.
            try await sql.raw("DELETE FROM follows WHERE account_id = \(bind: id)").run()
        }
    )
}
