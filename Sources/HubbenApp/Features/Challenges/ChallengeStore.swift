import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Challenges and who poses them.
struct ChallengeStore {
    let database: any Database

    /// Coaches (the hub team) pose challenges for any department or reform group; staff only for the
    /// organisations they belong to, and reform groups' members (`groups`) for their groups.
    func posingProblems(_ draft: ChallengeDraft, actor: Actor, groups: Set<Int> = []) async throws
        -> FieldProblems<ChallengeDraft.Field>
    {
        if let organizationID = draft.organizationID {
            guard try await OrganizationRecord.find(organizationID, on: database) != nil else {
                return [.posedBy: .notAllowed]
            }
            if !Authorization.allows(actor, ChallengeAction.poseForAnyOrganization) {
                let member = try await MembershipRecord.query(on: database)
                    .filter(\.$accountID == (actor.accountID ?? 0)).filter(\.$organizationID == organizationID).first()
                if member == nil { return [.posedBy: .notAllowed] }
            }
        }
        if let reformGroupID = draft.reformGroupID {
            guard Authorization.allows(actor, ChallengeAction.poseForAnyOrganization) || groups.contains(reformGroupID),
                try await ReformGroupRecord.find(reformGroupID, on: database) != nil
            else { return [.posedBy: .notAllowed] }
        }
        return [:]
    }

    @discardableResult
    func create(_ draft: ChallengeDraft, authorID: Int, now: Date) async throws -> Int {
        return try await database.writeTransaction { db in
            let record = ChallengeRecord()
            record.title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
            record.description = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
            record.organizationID = draft.organizationID
            record.reformGroupID = draft.reformGroupID
            record.authorID = authorID
            record.openUntil = draft.openUntil ?? now
            record.createdAt = now
            try await record.create(on: db)
            let id = try record.requireID()
            for themeID in Set(draft.themeIDs).sorted() {
                try await ChallengeThemeRecord(challengeID: id, themeID: themeID).create(on: db)
            }
            if let sql = db as? any SQLDatabase {
                let terms =
                    (SearchText.terms(record.title) + SearchText.terms(record.title)
                    + SearchText.terms(record.description))
                    .joined(separator: " ")
                try await Self.searchIndex(sql).index(id: id, terms: terms)
            }
            return id
        }
    }

    /// Every challenge's id and title, for a filter: one query, no themes or counts.
    func titles() async throws -> [(id: Int, title: String)] {
        try await ChallengeRecord.query(on: database).field(\.$id).field(\.$title).sort(\.$title).all()
            .compactMap { record in record.id.map { ($0, record.title) } }
    }

    private static func searchIndex(_ sql: any SQLDatabase) -> SearchIndex {
        SearchIndex(sql: sql, table: "challenge_search", source: "challenges")
    }

    /// Every challenge — or those matching `text`, understood the Swedish way — open ones first (soonest
    /// closing first), then closed ones (latest first).
    func all(now: Date, matching text: String = "") async throws -> [Challenge] {
        var query = ChallengeRecord.query(on: database)
        let search = SearchText.query(text)
        if !search.isEmpty, let sql = database as? any SQLDatabase {
            let match = Self.searchIndex(sql).matches(search)
            let ids = try await sql.raw("SELECT s.idea_id AS id FROM (\(match.subquery)) s").all().map {
                try $0.decode(column: "id", as: Int.self)
            }
            query = query.filter(\.$id ~~ ids)
        }
        let records = try await query.all()
        let challenges = try await domain(records)
        let open = challenges.filter { $0.isOpen(at: now) }.sorted { $0.openUntil < $1.openUntil }
        let closed = challenges.filter { !$0.isOpen(at: now) }.sorted { $0.openUntil > $1.openUntil }
        return open + closed
    }

    func challenge(id: Int) async throws -> Challenge? {
        guard let record = try await ChallengeRecord.find(id, on: database) else { return nil }
        return try await domain([record]).first
    }

    private func domain(_ records: [ChallengeRecord]) async throws -> [Challenge] {
        let ids = records.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let themes = Dictionary(
            uniqueKeysWithValues: try await IdeaStore(database: database).themes().map { ($0.id, $0) })
        let links = Dictionary(
            grouping: try await ChallengeThemeRecord.query(on: database).filter(\.$challengeID ~~ ids).all(),
            by: \.challengeID)
        let organizations = Dictionary(
            uniqueKeysWithValues: try await OrganizationRecord.query(on: database)
                .filter(\.$id ~~ records.compactMap(\.organizationID)).all().compactMap { org in
                    org.id.map { ($0, org.name) }
                })
        let groups = Dictionary(
            uniqueKeysWithValues: try await ReformGroupRecord.query(on: database)
                .filter(\.$id ~~ records.compactMap(\.reformGroupID)).all().compactMap { group in
                    group.id.map { ($0, group.name) }
                })
        // Counted by the database (index `ideas_challenge`): reading every answer to count it cost 100 ms at
        // scale large, on the idea form and the challenge list.
        var counts: [Int: Int] = [:]
        for row in try await database.sql.raw(
            """
            SELECT challenge_id, COUNT(*) AS total FROM ideas
            WHERE challenge_id IN (\(SQLList(ids.map { SQLBind($0) }))) AND status <> \(bind: IdeaStatus.merged.rawValue)
            GROUP BY challenge_id
            """
        ).all() {
            counts[try row.decode(column: "challenge_id", as: Int.self)] = try row.decode(column: "total", as: Int.self)
        }
        return records.compactMap { record in
            guard let id = record.id else { return nil }
            let posedBy =
                record.organizationID.flatMap { organizations[$0] } ?? record.reformGroupID.flatMap { groups[$0] }
            return Challenge(
                id: id, title: record.title, description: record.description, posedBy: posedBy,
                themes: (links[id] ?? []).compactMap { themes[$0.themeID] }.sorted { $0.id < $1.id },
                openUntil: record.openUntil, ideaCount: counts[id] ?? 0)
        }
    }
}
