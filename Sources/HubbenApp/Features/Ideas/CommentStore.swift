import Fluent
import Foundation
import HubbenCore
import SQLKit

enum CommentError: Error, Equatable {
    case empty
    case tooLong
    case notFound
}

/// Comments with one level of replies, reports, moderation; and who follows an idea.
struct CommentStore {
    let database: any Database

    /// Adds a comment; a reply to a reply attaches to the same top comment. The idea's comment count and
    /// last activity move in the same transaction.
    func add(ideaID: Int, authorID: Int, parentID: Int?, body rawBody: String, now: Date) async throws -> Int {
        let body = rawBody.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw CommentError.empty }
        guard body.count <= Comment.bodyLimit else { throw CommentError.tooLong }
        return try await database.writeTransaction { db in
            guard try await IdeaRecord.find(ideaID, on: db) != nil else { throw CommentError.notFound }
            var topID: Int?
            if let parentID {
                guard let parent = try await CommentRecord.find(parentID, on: db), parent.ideaID == ideaID else {
                    throw CommentError.notFound
                }
                topID = parent.parentID ?? parent.id
            }
            let record = CommentRecord(ideaID: ideaID, authorID: authorID, parentID: topID, body: body, createdAt: now)
            try await record.create(on: db)
            try await (db as? any SQLDatabase)?
                .raw(
                    "UPDATE ideas SET comment_count = comment_count + 1, last_activity_at = \(bind: now) WHERE id = \(bind: ideaID)"
                ).run()
            return try record.requireID()
        }
    }

    /// The idea's comments in reading order: each top comment followed by its replies.
    private struct CommentRow: Decodable {
        let id: Int
        let parentId: Int?
        let authorId: Int
        let authorName: String?
        let body: String
        let hidden: Int
        let createdAt: Date

        enum CodingKeys: String, CodingKey {
            case id = "id"
            case parentId = "parent_id"
            case authorId = "author_id"
            case authorName = "author_name"
            case body = "body"
            case hidden = "hidden"
            case createdAt = "created_at"
        }
    }

    /// An idea's comments, each top-level one followed by its replies, oldest first: one query.
    func comments(ideaID: Int) async throws -> [Comment] {
        guard let sql = database as? any SQLDatabase else { return [] }
        let rows = try await sql.raw(
            """
            SELECT c.id, c.parent_id, c.author_id, CASE WHEN a.deleted_at IS NULL THEN a.name END AS author_name, c.body,
                   CASE WHEN c.hidden_at IS NULL THEN 0 ELSE 1 END AS hidden, c.created_at
            FROM comments c LEFT JOIN accounts a ON a.id = c.author_id WHERE c.idea_id = \(bind: ideaID) ORDER BY c.created_at, c.id
            """
        ).all().map { try $0.decode(model: CommentRow.self) }
        let comments = rows.map { row in
            Comment(
                id: row.id, ideaID: ideaID, parentID: row.parentId, authorID: row.authorId,
                authorName: row.authorName.flatMap { $0.isEmpty ? nil : $0 }, body: row.hidden == 0 ? row.body : nil,
                createdAt: row.createdAt)
        }
        let replies = Dictionary(grouping: comments.filter { $0.parentID != nil }, by: { $0.parentID ?? 0 })
        return comments.filter { $0.parentID == nil }.flatMap { [$0] + (replies[$0.id] ?? []) }
    }

    func comment(id: Int) async throws -> CommentRecord? {
        try await CommentRecord.find(id, on: database)
    }

    /// A reader reports a comment; once per reader. True when this was the reader's first report of it.
    /// (`ON CONFLICT DO NOTHING`, not a caught constraint error, so that a transaction around it stays usable.)
    @discardableResult
    func report(commentID: Int, reporterID: Int, now: Date) async throws -> Bool {
        guard try await CommentRecord.find(commentID, on: database) != nil else { throw CommentError.notFound }
        guard let sql = database as? any SQLDatabase else { return false }
        let inserted = try await sql.insert(into: CommentReportRecord.schema)
            .columns("comment_id", "reporter_id", "created_at")
            .values(SQLBind(commentID), SQLBind(reporterID), SQLBind(now))
            .ignoringConflicts(with: ["comment_id", "reporter_id"])
            .returning("id")
            .all()
        return !inserted.isEmpty
    }

    func reportCount(commentID: Int) async throws -> Int {
        try await CommentReportRecord.query(on: database).filter(\.$commentID == commentID).count()
    }

    /// A moderator hides a comment with a reason. The text stays stored (for the audit) but is never shown.
    func hide(commentID: Int, moderatorID: Int, reason: String, now: Date) async throws {
        guard let record = try await CommentRecord.find(commentID, on: database) else { throw CommentError.notFound }
        record.hiddenAt = now
        record.hiddenByID = moderatorID
        record.hiddenReason = reason
        try await record.update(on: database)
    }

    // MARK: Follows

    func follow(ideaID: Int, accountID: Int, now: Date) async throws {
        do {
            try await FollowRecord(ideaID: ideaID, accountID: accountID, createdAt: now).create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Already following.
        }
    }

    func unfollow(ideaID: Int, accountID: Int) async throws {
        try await FollowRecord.query(on: database).filter(\.$ideaID == ideaID).filter(\.$accountID == accountID)
            .delete()
    }
}
