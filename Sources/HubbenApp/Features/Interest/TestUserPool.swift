import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The test-user pool: confirmed leads who want to take part as test users. A project's team sees how many
/// match an experiment's needs (district, age band) and invites them by mail without seeing who they are; an
/// acceptance counts as one of the experiment's participants, in the same transaction, once.
struct TestUserPool {
    let context: ActionContext
    let baseURL: String

    private var sql: any SQLDatabase { get throws { try context.database.sql } }

    struct Criteria: Sendable, Equatable {
        var district: String = ""
        var ageBand: AgeBand?
    }

    /// The pool's condition: confirmed, a test user, within the criteria given.
    private static func matching(_ criteria: Criteria) -> SQLQueryString {
        var condition: SQLQueryString =
            "l.confirmed_at IS NOT NULL AND (',' || l.interests || ',') LIKE '%,test_user,%'"
        if !criteria.district.isEmpty { condition = condition + " AND l.district = \(bind: criteria.district)" }
        if let band = criteria.ageBand { condition = condition + " AND l.age_band = \(bind: band.rawValue)" }
        return condition
    }

    struct View: Sendable {
        var projectID: Int
        var projectTitle: String
        var experimentID: Int
        var hypothesis: String
        var districts: [String]
        var matching: Int
        /// Of those matching, already invited to this experiment.
        var invited: Int
        var answers: (invited: Int, accepted: Int, declined: Int)
    }

    /// The experiment, for someone who may change its project (its team, coaches).
    private func experiment(_ projectID: Int, _ experimentID: Int) async throws -> (ProjectDetail, Experiment) {
        let (project, _) = try await ProjectActions(context: context).editable(projectID)
        guard
            let experiment = try await ProjectStore(database: context.database).experiments(projectID: projectID)
                .first(where: { $0.id == experimentID })
        else { throw ActionRefusal.notFound }
        return (project, experiment)
    }

    func view(_ projectID: Int, _ experimentID: Int, _ criteria: Criteria) async throws -> View {
        let (project, experiment) = try await self.experiment(projectID, experimentID)
        let sql = try sql
        let condition = Self.matching(criteria)
        let counts = try await sql.raw(
            """
            SELECT COUNT(*) AS matching,
                CAST(COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM test_user_invitations i
                    WHERE i.lead_id = l.id AND i.experiment_id = \(bind: experimentID)) THEN 1 ELSE 0 END), 0) AS BIGINT)
                    AS invited
            FROM leads l WHERE \(condition)
            """
        ).first()
        let districts = try await sql.raw(
            """
            SELECT DISTINCT l.district FROM leads l WHERE \(Self.matching(Criteria())) AND l.district <> ''
            ORDER BY l.district LIMIT 200
            """
        ).all().map { try $0.decode(column: "district", as: String.self) }
        var answers = (invited: 0, accepted: 0, declined: 0)
        for row in try await sql.raw(
            """
            SELECT status, COUNT(*) AS n FROM test_user_invitations WHERE experiment_id = \(bind: experimentID)
            GROUP BY status
            """
        ).all() {
            let count = try row.decode(column: "n", as: Int.self)
            switch try row.decode(column: "status", as: String.self) {
            case "accepted": answers.accepted = count
            case "declined": answers.declined = count
            default: answers.invited = count
            }
        }
        return View(
            projectID: projectID, projectTitle: project.card.title, experimentID: experiment.id,
            hypothesis: experiment.draft.hypothesis, districts: districts,
            matching: try counts?.decode(column: "matching", as: Int.self) ?? 0,
            invited: try counts?.decode(column: "invited", as: Int.self) ?? 0, answers: answers)
    }

    /// At most this many at once.
    static let largestInvitation = 100

    /// Invites up to `count` matching test users not yet invited to the experiment, those who registered first
    /// first; how many were invited.
    func invite(_ projectID: Int, _ experimentID: Int, _ criteria: Criteria, count: Int) async throws -> Int? {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        let (project, _) = try await experiment(projectID, experimentID)
        guard (1...Self.largestInvitation).contains(count) else { return nil }
        let now = context.now
        let baseURL = baseURL
        let delivers = context.services.mail.delivers
        let condition = Self.matching(criteria)
        return try await context.database.writeTransaction { db in
            let sql = try db.sql
            let chosen = try await sql.raw(
                """
                SELECT l.id, l.name, l.email, l.language FROM leads l
                WHERE \(condition) AND NOT EXISTS (SELECT 1 FROM test_user_invitations i
                    WHERE i.lead_id = l.id AND i.experiment_id = \(bind: experimentID))
                ORDER BY l.confirmed_at, l.id LIMIT \(unsafeRaw: String(count))
                """
            ).all()
            for row in chosen {
                let leadID = try row.decode(column: "id", as: Int.self)
                let name = try row.decode(column: "name", as: String.self)
                let email = try row.decode(column: "email", as: String.self)
                let language = Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .sv
                let token = SecretToken.generate()
                try await sql.raw(
                    """
                    INSERT INTO test_user_invitations (experiment_id, lead_id, token_hash, status, invited_by, invited_at)
                    VALUES (\(bind: experimentID), \(bind: leadID), \(bind: SecretToken.hash(token)), 'invited',
                        \(bind: account.id), \(bind: now))
                    """
                ).run()
                let t = Localizer(language)
                try await MailOutbox(database: db).enqueue(
                    .transactional(
                        accountID: nil, to: .init(name: name, email: email), language: language,
                        subject: t(.testUserMailSubject(project.card.title)),
                        body: t(
                            .testUserMail(
                                name: name, project: project.card.title,
                                link: baseURL + InterestPaths.invitation(token)))),
                    delivers: delivers, now: now)
            }
            try await AuditLog(database: db).record(
                actorID: account.id, action: "test_users.invite", targetType: "experiment", targetID: experimentID,
                details: "\(chosen.count)", now: now)
            return chosen.count
        }
    }

    struct Invitation: Sendable {
        var projectTitle: String
        var status: String
    }

    /// The invitation a link is for (its project and whether it is answered).
    func invitation(_ token: String) async throws -> Invitation? {
        try await sql.raw(
            """
            SELECT p.title, i.status FROM test_user_invitations i
            JOIN experiments e ON e.id = i.experiment_id JOIN projects p ON p.id = e.project_id
            WHERE i.token_hash = \(bind: SecretToken.hash(token))
            """
        ).first().map {
            Invitation(
                projectTitle: try $0.decode(column: "title", as: String.self),
                status: try $0.decode(column: "status", as: String.self))
        }
    }

    /// The invited person answers; yes counts as one more participant in the experiment. False when the link is
    /// unknown or already answered.
    func answer(_ token: String, accept: Bool) async throws -> Bool {
        let now = context.now
        return try await context.database.writeTransaction { db in
            let sql = try db.sql
            guard
                let row = try await sql.raw(
                    """
                    UPDATE test_user_invitations SET status = \(bind: accept ? "accepted" : "declined"),
                        answered_at = \(bind: now)
                    WHERE token_hash = \(bind: SecretToken.hash(token)) AND status = 'invited' RETURNING experiment_id
                    """
                ).first()
            else { return false }
            if accept {
                let experimentID = try row.decode(column: "experiment_id", as: Int.self)
                try await sql.raw(
                    """
                    UPDATE experiments SET participants = COALESCE(participants, 0) + 1 WHERE id = \(bind: experimentID)
                    """
                ).run()
            }
            return true
        }
    }

    /// Consent withdrawn through the invitation's link: the lead is erased with its invitations.
    func withdraw(_ token: String) async throws -> Bool {
        try await context.database.writeTransaction { db in
            try await db.sql.raw(
                """
                DELETE FROM leads WHERE id IN (SELECT lead_id FROM test_user_invitations
                    WHERE token_hash = \(bind: SecretToken.hash(token))) RETURNING id
                """
            ).all().isEmpty == false
        }
    }
}
