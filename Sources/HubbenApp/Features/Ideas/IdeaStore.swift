import Fluent
import Foundation
import HubbenCore
import SQLKit

enum IdeaError: Error, Equatable {
    case notFound
}

/// Ideas, their themes, versions, status history and supports.
struct IdeaStore {
    let database: any Database

    struct ListQuery: Equatable {
        var text = ""
        var themeSlug: String?
        var status: IdeaStatus?
        var challengeID: Int?
        var sort: IdeaSort = .newest
        var page = 1
        var per = 20

        static let maximumPerPage = 100

        /// Names the query in a shared read's key (the text last: it may hold spaces).
        var sharedKey: String {
            "\(themeSlug ?? "") \(status?.rawValue ?? "") \(challengeID.map(String.init) ?? "") \(sort.rawValue) \(page) \(per) \(text)"
        }
    }

    struct Page: Equatable {
        var ideas: [Idea]
        var total: Int
        var page: Int
        var per: Int
        var pageCount: Int {
            Paging(page: page, per: per, maximumPer: ListQuery.maximumPerPage).pageCount(total: total)
        }
    }

    private var sql: any SQLDatabase {
        get throws {
            guard let sql = database as? any SQLDatabase else { throw IdeaError.notFound }
            return sql
        }
    }

    // MARK: Themes

    func themes() async throws -> [Theme] {
        try await ThemeRecord.query(on: database).sort(\.$id).all().compactMap { record in
            record.id.map { Theme(id: $0, slug: record.slug, nameSV: record.nameSV, nameEN: record.nameEN) }
        }
    }

    enum ThemeError: Error { case invalid }

    /// Adds a theme. The slug is its stable name in addresses and the API: a–z, digits and hyphens, unique.
    func createTheme(slug rawSlug: String, nameSV: String, nameEN: String) async throws -> Theme {
        let slug = rawSlug.trimmingCharacters(in: .whitespaces).lowercased()
        let sv = nameSV.trimmingCharacters(in: .whitespacesAndNewlines)
        let en = nameEN.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !slug.isEmpty, slug.count <= 40,
            slug.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }),
            !sv.isEmpty, !en.isEmpty, sv.count <= 60, en.count <= 60
        else { throw ThemeError.invalid }
        let record = ThemeRecord(slug: slug, nameSV: sv, nameEN: en)
        do {
            try await record.create(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw ThemeError.invalid
        }
        return Theme(id: try record.requireID(), slug: slug, nameSV: sv, nameEN: en)
    }

    // MARK: Writing

    /// Saves a new idea with its first version, its status history and its search terms, in one transaction.
    func create(_ draft: IdeaDraft, authorID: Int, now: Date) async throws -> Int {
        let knownThemes = Set(try await themes().map(\.id))
        var problems = draft.problems(knownThemeIDs: knownThemes)
        if let challengeID = draft.challengeID {
            guard let challenge = try await ChallengeRecord.find(challengeID, on: database) else {
                throw InvalidDraft(problems.merging([.challenge: .invalid]) { $1 })
            }
            if !Challenge.isOpen(until: challenge.openUntil, at: now) { problems[.challenge] = .closed }
        }
        guard problems.isEmpty else { throw InvalidDraft(problems) }
        return try await database.writeTransaction { db in
            let record = IdeaRecord()
            record.title = draft.title
            record.summary = draft.summary
            record.need = draft.need
            record.status = IdeaStatus.submitted.rawValue
            record.authorID = authorID
            record.challengeID = draft.challengeID
            record.supportCount = 0
            record.commentCount = 0
            record.createdAt = now
            record.updatedAt = now
            record.lastActivityAt = now
            try await record.create(on: db)
            let id = try record.requireID()
            for themeID in Set(draft.themeIDs).sorted() {
                try await IdeaThemeRecord(ideaID: id, themeID: themeID).create(on: db)
            }
            try await IdeaVersionRecord(
                ideaID: id, version: 1, title: draft.title, summary: draft.summary, need: draft.need, createdAt: now
            )
            .create(on: db)
            try await IdeaStatusChangeRecord(
                ideaID: id, from: nil, to: IdeaStatus.submitted.rawValue, reason: nil, actorID: authorID, createdAt: now
            )
            .create(on: db)
            try await index(record, on: db)
            return id
        }
    }

    /// The author's edit: a new version is kept, the themes and search terms follow.
    func update(id: Int, _ draft: IdeaDraft, now: Date) async throws {
        let knownThemes = Set(try await themes().map(\.id))
        let problems = draft.problems(knownThemeIDs: knownThemes)
        guard problems.isEmpty else { throw InvalidDraft(problems) }
        try await database.writeTransaction { db in
            guard let record = try await IdeaRecord.find(id, on: db) else { throw IdeaError.notFound }
            record.title = draft.title
            record.summary = draft.summary
            record.need = draft.need
            record.updatedAt = now
            record.lastActivityAt = now
            try await record.update(on: db)
            try await IdeaThemeRecord.query(on: db).filter(\.$ideaID == id).delete()
            for themeID in Set(draft.themeIDs).sorted() {
                try await IdeaThemeRecord(ideaID: id, themeID: themeID).create(on: db)
            }
            let version = (try await IdeaVersionRecord.query(on: db).filter(\.$ideaID == id).max(\.$version) ?? 0) + 1
            try await IdeaVersionRecord(
                ideaID: id, version: version, title: draft.title, summary: draft.summary, need: draft.need,
                createdAt: now
            )
            .create(on: db)
            try await index(record, on: db)
        }
    }

    private func index(_ record: IdeaRecord, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await SearchIndex(sql: sql).index(
            id: try record.requireID(),
            terms: SearchIndex.terms(title: record.title, summary: record.summary, need: record.need)
        )
    }

    // MARK: Support

    /// Supports an idea once per account. The unique index on (idea, account) decides a race; the count moves
    /// in the same transaction as the row, so it stays exact. Returns the count now.
    enum SupportOutcome: Equatable, Sendable {
        /// The idea's count after the write (unchanged if the account had supported it already).
        case counted(Int)
        case notFound
    }

    /// Supports an idea once per account and answers the idea's count.
    func support(ideaID: Int, accountID: Int, now: Date) async throws -> Int {
        guard case .counted(let count) = try await support([(ideaID, accountID)], now: now).first else {
            throw IdeaError.notFound
        }
        return count
    }

    /// Many supports in one write transaction (`SupportQueue` gathers them from concurrent requests): one
    /// insert that skips pairs already there, one counter update for the ideas that gained, one read of the
    /// counts. The unique index on (idea, account) decides a race; counters move with their rows.
    func support(_ pairs: [(ideaID: Int, accountID: Int)], now: Date) async throws -> [SupportOutcome] {
        guard !pairs.isEmpty else { return [] }
        return try await database.writeTransaction { transaction in
            guard let sql = transaction as? any SQLDatabase else { throw IdeaError.notFound }
            let ideaIDs = Set(pairs.map(\.ideaID)).sorted()
            let known = Set(
                try await sql.raw("SELECT id FROM ideas WHERE id IN (\(SQLList(ideaIDs.map { SQLBind($0) })))").all()
                    .map { try $0.decode(column: "id", as: Int.self) })
            let valid = pairs.filter { known.contains($0.ideaID) }
            var gained: [Int: Int] = [:]
            if !valid.isEmpty {
                var values: SQLQueryString = ""
                for (index, pair) in valid.enumerated() {
                    let row: SQLQueryString = "(\(bind: pair.ideaID), \(bind: pair.accountID), \(bind: now))"
                    values = index == 0 ? row : "\(values), \(row)"
                }
                for row in try await sql.raw(
                    """
                    INSERT INTO supports (idea_id, account_id, created_at) VALUES \(values)
                    ON CONFLICT (idea_id, account_id) DO NOTHING RETURNING idea_id
                    """
                ).all() {
                    gained[try row.decode(column: "idea_id", as: Int.self), default: 0] += 1
                }
            }
            if !gained.isEmpty {
                var cases: SQLQueryString = ""
                for (idea, count) in gained.sorted(by: { $0.key < $1.key }) {
                    cases = "\(cases) WHEN \(bind: idea) THEN \(bind: count)"
                }
                try await sql.raw(
                    """
                    UPDATE ideas SET support_count = support_count + CASE id\(cases) END, last_activity_at = \(bind: now)
                    WHERE id IN (\(SQLList(gained.keys.sorted().map { SQLBind($0) })))
                    """
                ).run()
            }
            var counts: [Int: Int] = [:]
            if !known.isEmpty {
                for row in try await sql.raw(
                    "SELECT id, support_count FROM ideas WHERE id IN (\(SQLList(known.sorted().map { SQLBind($0) })))"
                ).all() {
                    counts[try row.decode(column: "id", as: Int.self)] = try row.decode(
                        column: "support_count", as: Int.self)
                }
            }
            return pairs.map { pair in counts[pair.ideaID].map(SupportOutcome.counted) ?? .notFound }
        }
    }

    func withdrawSupport(ideaID: Int, accountID: Int) async throws -> Int {
        try await database.writeTransaction { db in
            let removed = try await SupportRecord.query(on: db).filter(\.$ideaID == ideaID).filter(
                \.$accountID == accountID
            ).count()
            guard removed > 0 else { return }
            try await SupportRecord.query(on: db).filter(\.$ideaID == ideaID).filter(\.$accountID == accountID).delete()
            try await (db as? any SQLDatabase)?
                .raw("UPDATE ideas SET support_count = support_count - \(bind: removed) WHERE id = \(bind: ideaID)")
                .run()
        }
        return try await supportCount(ideaID)
    }

    func supportCount(_ ideaID: Int) async throws -> Int {
        guard let record = try await IdeaRecord.find(ideaID, on: database) else { throw IdeaError.notFound }
        return record.supportCount
    }

    /// Whether the person supports and follows the idea: one query for the idea page.
    func relation(ideaID: Int, accountID: Int) async throws -> (supports: Bool, follows: Bool) {
        let row = try await sql.raw(
            """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM supports WHERE idea_id = \(bind: ideaID) AND account_id = \(bind: accountID))
                        THEN 1 ELSE 0 END AS supports,
                   CASE WHEN EXISTS (SELECT 1 FROM follows WHERE idea_id = \(bind: ideaID) AND account_id = \(bind: accountID))
                        THEN 1 ELSE 0 END AS follows
            """
        ).first()
        return (
            try row?.decode(column: "supports", as: Int.self) == 1,
            try row?.decode(column: "follows", as: Int.self) == 1
        )
    }

    // MARK: Reading

    func idea(id: Int) async throws -> Idea? {
        try await ideas(ids: [id]).first
    }

    private struct IdeaRow: Decodable {
        let id: Int
        let title: String
        let summary: String
        let need: String
        let status: String
        let challengeId: Int?
        let mergedIntoId: Int?
        let authorId: Int
        let authorName: String?
        let supportCount: Int
        let commentCount: Int
        let createdAt: Date
        let updatedAt: Date
        let lastActivityAt: Date

        enum CodingKeys: String, CodingKey {
            case id = "id"
            case title = "title"
            case summary = "summary"
            case need = "need"
            case status = "status"
            case challengeId = "challenge_id"
            case mergedIntoId = "merged_into_id"
            case authorId = "author_id"
            case authorName = "author_name"
            case supportCount = "support_count"
            case commentCount = "comment_count"
            case createdAt = "created_at"
            case updatedAt = "updated_at"
            case lastActivityAt = "last_activity_at"
        }
    }

    /// Ideas by id, in the order given: two queries whatever the count, rows decoded straight into `Idea`
    /// (no model hydration: this is the hottest read path).
    func ideas(ids: [Int]) async throws -> [Idea] {
        guard !ids.isEmpty else { return [] }
        let sql = try self.sql
        let list = SQLList(ids.map { SQLBind($0) })
        let rows = try await sql.raw(
            """
            SELECT i.id, i.title, i.summary, i.need, i.status, i.challenge_id, i.merged_into_id, i.author_id,
                   CASE WHEN a.deleted_at IS NULL THEN a.name END AS author_name, i.support_count, i.comment_count,
                   i.created_at, i.updated_at, i.last_activity_at
            FROM ideas i LEFT JOIN accounts a ON a.id = i.author_id WHERE i.id IN (\(list))
            """
        ).all().map { try $0.decode(model: IdeaRow.self) }
        let themes = try await ThemeLinks.themes(in: "idea_themes", owner: "idea_id", ids: ids, sql: sql)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        return ids.compactMap { id in
            guard let row = byID[id], let status = IdeaStatus(rawValue: row.status) else { return nil }
            return Idea(
                id: id, title: row.title, summary: row.summary, need: row.need, status: status,
                themes: themes[id] ?? [],
                challengeID: row.challengeId, mergedInto: row.mergedIntoId, authorID: row.authorId,
                authorName: row.authorName.flatMap { $0.isEmpty ? nil : $0 }, supportCount: row.supportCount,
                commentCount: row.commentCount, createdAt: row.createdAt, updatedAt: row.updatedAt,
                lastActivityAt: row.lastActivityAt)
        }
    }

    /// One page of ideas with the filters, the sort and the total count. A search ranks by relevance (ties by
    /// recency) unless another sort is asked for: one word by its postings (`SearchPostings`), several by
    /// the full-text rank. Merged ideas are listed only when asked for by status.
    func list(_ query: ListQuery) async throws -> Page {
        let sql = try self.sql
        let paging = Paging(page: query.page, per: query.per, maximumPer: ListQuery.maximumPerPage)
        let search = SearchText.query(query.text)
        var from: SQLQueryString = "FROM ideas"
        var bestFirst: String?
        var conditions: [SQLQueryString] = []
        // The count, and a search sorted otherwise than by relevance, only need to know what matches; ranking
        // every match costs more than the match.
        var unrankedConditions: [SQLQueryString] = []
        if !search.isEmpty {
            let index = SearchIndex(sql: sql)
            unrankedConditions.append("ideas.id IN (\(index.matchingIDs(search)))")
            if query.sort == .relevance {
                let match = index.matches(search)
                from = "FROM ideas JOIN (\(match.subquery)) s ON s.idea_id = ideas.id"
                bestFirst = match.bestFirst
            }
        }
        if let status = query.status {
            conditions.append("ideas.status = \(bind: status.rawValue)")
        } else {
            conditions.append("ideas.status <> \(bind: IdeaStatus.merged.rawValue)")
        }
        if let challengeID = query.challengeID {
            conditions.append("ideas.challenge_id = \(bind: challengeID)")
        }
        if let slug = query.themeSlug {
            conditions.append(
                "ideas.id IN (SELECT idea_themes.idea_id FROM idea_themes JOIN themes ON themes.id = idea_themes.theme_id WHERE themes.slug = \(bind: slug))"
            )
        }
        func whereClause(_ conditions: [SQLQueryString]) -> SQLQueryString {
            var clause: SQLQueryString = "WHERE \(conditions[0])"
            for condition in conditions.dropFirst() { clause = "\(clause) AND \(condition)" }
            return clause
        }

        let order: String =
            switch query.sort {
            case .relevance: bestFirst.map { "\($0), ideas.created_at DESC" } ?? "ideas.created_at DESC"
            case .newest: "ideas.created_at DESC"
            case .mostSupported: "ideas.support_count DESC, ideas.created_at DESC"
            case .mostDiscussed: "ideas.comment_count DESC, ideas.created_at DESC"
            case .recentlyActive: "ideas.last_activity_at DESC"
            }
        let total =
            try await sql.raw("SELECT COUNT(*) AS total FROM ideas \(whereClause(conditions + unrankedConditions))")
            .first()?.decode(column: "total", as: Int.self) ?? 0
        guard total > paging.offset else {
            return Page(ideas: [], total: total, page: paging.page, per: paging.per)
        }
        // One word by relevance: read in rank order from the postings, never ranking every match.
        if query.sort == .relevance,
            let ranked = try await SearchPostings(sql: sql).ranked(
                search, conditions: conditions, offset: paging.offset, count: paging.per)
        {
            return Page(ideas: try await ideas(ids: ranked), total: total, page: paging.page, per: paging.per)
        }
        let pageConditions = bestFirst == nil ? conditions + unrankedConditions : conditions
        let rows = try await sql.raw(
            """
            SELECT ideas.id AS id \(from) \(whereClause(pageConditions)) ORDER BY \(unsafeRaw: order), ideas.id DESC
            LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
            """
        ).all()
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        return Page(ideas: try await ideas(ids: ids), total: total, page: paging.page, per: paging.per)
    }

    struct StatusEntry: Equatable {
        let from: IdeaStatus?
        let to: IdeaStatus
        let reason: String?
        let at: Date
    }

    func statusHistory(ideaID: Int) async throws -> [StatusEntry] {
        try await IdeaStatusChangeRecord.query(on: database).filter(\.$ideaID == ideaID).sort(\.$createdAt).sort(\.$id)
            .all()
            .compactMap { record in
                IdeaStatus(rawValue: record.toStatus).map {
                    StatusEntry(
                        from: record.fromStatus.flatMap(IdeaStatus.init(rawValue:)), to: $0, reason: record.reason,
                        at: record.createdAt)
                }
            }
    }

    func versionCount(ideaID: Int) async throws -> Int {
        try await IdeaVersionRecord.query(on: database).filter(\.$ideaID == ideaID).count()
    }
}
