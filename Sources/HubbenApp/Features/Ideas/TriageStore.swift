import Fluent
import Foundation
import HubbenCore
import SQLKit

enum TriageError: Error, Equatable {
    case notFound
    case invalid(StatusChange.Problem)
    case mergeTargetNotFound
    case scoreOutOfRange
}

/// What coaches do with ideas: move them through their statuses, merge duplicates, score them.
struct TriageStore {
    let database: any Database

    /// Applies a status change after the domain's state machine allowed it. Merging moves the supports to the
    /// target idea (an account that supported both counts once) and recounts both.
    func change(ideaID: Int, _ change: StatusChange, by coachID: Int, now: Date) async throws {
        try await database.writeTransaction { db in
            guard let idea = try await IdeaRecord.find(ideaID, on: db), let current = IdeaStatus(rawValue: idea.status)
            else {
                throw TriageError.notFound
            }
            do {
                try change.validate(from: current, ideaID: ideaID)
            } catch let problem as StatusChange.Problem {
                throw TriageError.invalid(problem)
            }
            if change.to == .merged, let targetID = change.mergedInto {
                guard let target = try await IdeaRecord.find(targetID, on: db),
                    target.status != IdeaStatus.merged.rawValue
                else {
                    throw TriageError.mergeTargetNotFound
                }
                try await moveSupports(from: ideaID, to: targetID, on: db)
                idea.mergedIntoID = targetID
            }
            let reason = change.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
            idea.status = change.to.rawValue
            idea.lastActivityAt = now
            try await idea.update(on: db)
            try await IdeaStatusChangeRecord(
                ideaID: ideaID, from: current.rawValue, to: change.to.rawValue,
                reason: (reason?.isEmpty ?? true) ? nil : reason, actorID: coachID, createdAt: now
            )
            .create(on: db)
        }
    }

    private func moveSupports(from sourceID: Int, to targetID: Int, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.raw(
            """
            INSERT INTO supports (idea_id, account_id, created_at)
            SELECT \(bind: targetID), account_id, created_at FROM supports
            WHERE idea_id = \(bind: sourceID) AND account_id NOT IN (SELECT account_id FROM supports WHERE idea_id = \(bind: targetID))
            """
        ).run()
        try await sql.raw("DELETE FROM supports WHERE idea_id = \(bind: sourceID)").run()
        for id in [sourceID, targetID] {
            try await sql.raw(
                "UPDATE ideas SET support_count = (SELECT COUNT(*) FROM supports WHERE idea_id = \(bind: id)) WHERE id = \(bind: id)"
            ).run()
        }
    }

    /// A coach's score on one criterion; scoring again replaces it.
    func score(ideaID: Int, coachID: Int, criterion: ScoreCriterion, score: Int, comment: String, now: Date)
        async throws
    {
        guard IdeaScore.range.contains(score) else { throw TriageError.scoreOutOfRange }
        guard try await IdeaRecord.find(ideaID, on: database) != nil else { throw TriageError.notFound }
        try await database.writeTransaction { db in
            try await IdeaScoreRecord.query(on: db).filter(\.$ideaID == ideaID).filter(\.$coachID == coachID)
                .filter(\.$criterion == criterion.rawValue).delete()
            let record = IdeaScoreRecord()
            record.ideaID = ideaID
            record.coachID = coachID
            record.criterion = criterion.rawValue
            record.score = score
            record.comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
            record.createdAt = now
            try await record.create(on: db)
        }
    }

    /// The coaches' scores of an idea with the coaches' names: one query.
    func scores(ideaID: Int) async throws -> [IdeaScore] {
        let rows = try await database.sql.raw(
            """
            SELECT s.coach_id, a.name, s.criterion, s.score, s.comment FROM idea_scores s
            LEFT JOIN accounts a ON a.id = s.coach_id WHERE s.idea_id = \(bind: ideaID) ORDER BY s.id
            """
        ).all()
        return try rows.compactMap { row in
            try ScoreCriterion(rawValue: row.decode(column: "criterion", as: String.self)).map {
                IdeaScore(
                    coachID: try row.decode(column: "coach_id", as: Int.self),
                    coachName: try row.decode(column: "name", as: String?.self), criterion: $0,
                    score: try row.decode(column: "score", as: Int.self),
                    comment: try row.decode(column: "comment", as: String.self))
            }
        }
    }

    /// The average of all scores per idea (every criterion, every coach), for the given ideas: one query.
    func averageScores(ideaIDs: [Int]) async throws -> [Int: Double] {
        let records = try await IdeaScoreRecord.query(on: database).filter(\.$ideaID ~~ ideaIDs).all()
        return Dictionary(grouping: records, by: \.ideaID).mapValues { scores in
            Double(scores.map(\.score).reduce(0, +)) / Double(scores.count)
        }
    }

    /// Ideas waiting for review (submitted, or under review), oldest first.
    func queue(limit: Int = 100) async throws -> [Int] {
        try await IdeaRecord.query(on: database)
            .filter(\.$status ~~ [IdeaStatus.submitted.rawValue, IdeaStatus.underReview.rawValue])
            .sort(\.$createdAt).sort(\.$id).limit(limit).all(\.$id)
    }
}
