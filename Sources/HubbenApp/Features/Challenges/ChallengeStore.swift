import Fluent
import Foundation
import HubbenCore
import SQLKit

enum ChallengeError: Error, Equatable {
    case invalid([String: String])
    case notFound
}

/// Challenges and who poses them.
struct ChallengeStore {
    let database: any Database

    struct Draft {
        var title: String
        var description: String
        var organizationID: Int?
        var reformGroupID: Int?
        var themeIDs: [Int]
        var openUntil: Date?
    }

    enum Problem: Equatable {
        case titleMissing, titleTooLong, descriptionMissing, descriptionTooLong, themesMissing, dateMissing, dateInPast,
            posedByMissing
        /// An organisation or reform group that does not exist, or that the person may not speak for.
        case posedByNotAllowed
    }

    /// Coaches (the hub team) pose challenges for any department or reform group; staff only for the
    /// organisations they belong to.
    func posingProblems(_ draft: Draft, actor: Actor) async throws -> [String: Problem] {
        if let organizationID = draft.organizationID {
            guard try await OrganizationRecord.find(organizationID, on: database) != nil else {
                return ["posed_by": .posedByNotAllowed]
            }
            if !actor.has(.coach) {
                let member = try await MembershipRecord.query(on: database)
                    .filter(\.$accountID == (actor.accountID ?? 0)).filter(\.$organizationID == organizationID).first()
                if member == nil { return ["posed_by": .posedByNotAllowed] }
            }
        }
        if let reformGroupID = draft.reformGroupID {
            guard actor.has(.coach), try await ReformGroupRecord.find(reformGroupID, on: database) != nil
            else { return ["posed_by": .posedByNotAllowed] }
        }
        return [:]
    }

    func problems(_ draft: Draft, knownThemeIDs: Set<Int>, now: Date) -> [String: Problem] {
        var problems: [String: Problem] = [:]
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty {
            problems["title"] = .titleMissing
        } else if title.count > IdeaDraft.titleLimit {
            problems["title"] = .titleTooLong
        }
        let description = draft.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.isEmpty {
            problems["description"] = .descriptionMissing
        } else if description.count > IdeaDraft.textLimit {
            problems["description"] = .descriptionTooLong
        }
        if draft.themeIDs.isEmpty || !Set(draft.themeIDs).isSubset(of: knownThemeIDs) {
            problems["themes"] = .themesMissing
        }
        if draft.organizationID == nil, draft.reformGroupID == nil { problems["posed_by"] = .posedByMissing }
        if let date = draft.openUntil {
            if !Challenge.isOpen(until: date, at: now) { problems["open_until"] = .dateInPast }
        } else {
            problems["open_until"] = .dateMissing
        }
        return problems
    }

    @discardableResult
    func create(_ draft: Draft, authorID: Int, now: Date) async throws -> Int {
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
        let counts = Dictionary(
            grouping: try await IdeaRecord.query(on: database).filter(\.$challengeID ~~ ids)
                .filter(\.$status != IdeaStatus.merged.rawValue).all(\.$challengeID).compactMap { $0 }, by: { $0 }
        ).mapValues(\.count)
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
