import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// Fills an empty database with realistic, deterministic data at scale for the benchmark: the same seed
/// gives the same data. Rows go in as multi-row inserts in transactions; ideas are indexed for search by the
/// app's own `SearchIndex`, and every project's path is checked by the app's own `GateRules`.
struct Seeder {
    struct Scale: Equatable {
        var accounts: Int
        var ideas: Int
        var supports: Int
        var comments: Int
        var challenges: Int
        var projects: Int
        /// Experiments, journal entries and gate decisions together, roughly.
        var timelineEntries: Int
        /// City resources, and their bookings over two years.
        var resources: Int
        var bookings: Int
        /// Events over two years and their registrations.
        var events: Int
        var registrations: Int
        /// Partner organisations, their agreements and contribution rows.
        var partners: Int
        var agreements: Int
        var contributions: Int
        /// Registered interest.
        var leads: Int
        /// News posts (about one in ten with comments).
        var news: Int
        /// People in the competence pool, and projects' staffing needs.
        var poolPeople: Int
        var staffingNeeds: Int

        static let large = Scale(
            accounts: 5_000, ideas: 20_000, supports: 200_000, comments: 50_000, challenges: 40, projects: 2_000,
            timelineEntries: 20_000, resources: 500, bookings: 100_000, events: 2_000,
            registrations: 50_000, partners: 200, agreements: 2_000, contributions: 50_000, leads: 20_000,
            news: 2_000, poolPeople: 3_000, staffingNeeds: 10_000)
        static let small = Scale(
            accounts: 500, ideas: 2_000, supports: 20_000, comments: 5_000, challenges: 4, projects: 200,
            timelineEntries: 2_000, resources: 50, bookings: 10_000, events: 200,
            registrations: 5_000, partners: 20, agreements: 200, contributions: 5_000, leads: 2_000,
            news: 200, poolPeople: 300, staffingNeeds: 1_000)

        static func named(_ name: String) -> Scale? {
            switch name {
            case "large": .large
            case "small": .small
            default: nil
            }
        }
    }

    enum SeedError: Error, CustomStringConvertible {
        case notEmpty

        var description: String {
            switch self {
            case .notEmpty:
                "the database already holds ideas; seed fills an empty database only (use a new HUBBEN_SQLITE_PATH or database)"
            }
        }
    }

    let app: Application
    let scale: Scale
    let seed: UInt64
    let progress: (String) -> Void

    /// The password of every seeded account.
    static let password = "hubben-seed-2026"

    private var sql: any SQLDatabase {
        get throws { try app.db.sql }
    }

    /// Seeds everything; with `tokensFile`, also `tokens` load-test accounts and their API tokens, written there.
    func run(tokens: Int, tokensFile: String?) async throws {
        let sql = try self.sql
        guard try await sql.raw("SELECT COUNT(*) AS n FROM ideas").first()?.decode(column: "n", as: Int.self) == 0
        else { throw SeedError.notEmpty }
        var random = SeededRandom(seed: seed)
        // 2026-11-18: fixed, so that the same seed gives the same rows.
        let now = Date(timeIntervalSince1970: 1_795_000_000)

        let demo = try await DemoContent.load(into: app.db, hasher: app.password) { _ in }
        progress("organisations, reform groups and one account per role")
        let people = try await accounts(&random, now: now)
        progress("accounts: \(NumberFormat.integer(people.all.count, language: .sv))")
        let challengeIDs = try await challenges(&random, authorID: demo.accountIDs["staff"] ?? people.all[0], now: now)
        progress("challenges: \(challengeIDs.count)")
        let ideas = try await self.ideas(
            &random, people: people, challengeIDs: challengeIDs, coachID: demo.accountIDs["coach"] ?? people.all[0],
            now: now)
        progress("ideas: \(NumberFormat.integer(ideas.all.count, language: .sv)), indexed for search")
        let supportCount = try await supports(&random, ideas: ideas.all, people: people.all, now: now)
        progress("supports: \(NumberFormat.integer(supportCount, language: .sv))")
        let commentCount = try await comments(&random, ideas: ideas.all, people: people.all, now: now)
        progress("comments: \(NumberFormat.integer(commentCount, language: .sv))")
        let followCount = try await follows(&random, ideas: ideas.all, people: people.all, now: now)
        progress("follows: \(NumberFormat.integer(followCount, language: .sv))")
        let timeline = try await projects(
            &random, acceptedIdeas: ideas.accepted, people: people, demo: demo.accountIDs, now: now)
        progress(
            "projects: \(NumberFormat.integer(scale.projects, language: .sv)) with \(NumberFormat.integer(timeline, language: .sv)) experiments, journal entries and gate decisions"
        )
        let booked = try await resources(&random, people: people.all, now: now)
        progress(
            "resources: \(booked.resources) with \(NumberFormat.integer(booked.bookings, language: .sv)) bookings over two years"
        )
        let held = try await events(
            &random, people: people.all, organiser: demo.accountIDs["staff"] ?? people.all[0], now: now)
        progress(
            "events: \(NumberFormat.integer(held.events, language: .sv)) with \(NumberFormat.integer(held.registrations, language: .sv)) registrations"
        )
        let partnered = try await partners(&random, people: people.all, now: now)
        progress(
            "partners: \(partnered.partners) with \(NumberFormat.integer(partnered.agreements, language: .sv)) agreements and \(NumberFormat.integer(partnered.contributions, language: .sv)) contributions"
        )
        let leadCount = try await leads(
            &random, team: [demo.accountIDs["coach"], demo.accountIDs["admin"]].compactMap { $0 }, now: now)
        progress("registered interest: \(NumberFormat.integer(leadCount, language: .sv)) leads")
        let newsCount = try await news(&random, people: people.all, author: demo.accountIDs["coach"], now: now)
        progress("news: \(NumberFormat.integer(newsCount, language: .sv)) posts, indexed for search")
        let projectIDs = try await sql.raw("SELECT id FROM projects ORDER BY id").all().map {
            try $0.decode(column: "id", as: Int.self)
        }
        let staffed = try await pool(
            &random, people: people.all, projects: projectIDs, coach: demo.accountIDs["coach"], now: now)
        progress(
            "competence pool: \(NumberFormat.integer(staffed.people, language: .sv)) people, \(NumberFormat.integer(staffed.needs, language: .sv)) staffing needs, \(NumberFormat.integer(staffed.assignments, language: .sv)) assignments"
        )
        // Projects, events and partners went in as bulk rows: the one search indexes them here.
        try await app.db.transaction { db in
            for kind in SiteSearch.all { try await SiteSearch(sql: try db.sql).index(kind, ids: nil) }
        }
        progress("projects, events, partners and reform groups indexed for search")
        if let tokensFile, tokens > 0 {
            // Valid from today, not from the fixed seeding date: the benchmark uses them now.
            try await writeTokens(tokens, to: tokensFile, now: app.hubben.clock.now())
            progress("load-test accounts with API tokens: \(tokens), in \(tokensFile)")
        }
    }

    // MARK: Accounts

    struct People {
        var all: [Int] = []
        var residents: [Int] = []
        var staff: [Int] = []
        var coaches: [Int] = []
        var partners: [Int] = []
    }

    private func accounts(_ random: inout SeededRandom, now: Date) async throws -> People {
        // One Bcrypt hash for every seeded account: hashing 5,000 passwords would take longer than everything else.
        let hash = try app.password.hash(Self.password)
        var people = People()
        var accountRows: [[any Encodable & Sendable]] = []
        var roleRows: [[any Encodable & Sendable]] = []
        let base = try await BulkInsert(sql: try sql).maxID("accounts")
        for index in 0..<scale.accounts {
            let id = base + index + 1
            let created = now.addingTimeInterval(-Double(random.next(upTo: 1_000)) * 86_400)
            accountRows.append([
                id, SeedText.name(&random), "person\(index + 1)@seed.hubben.example", hash,
                index % 10 == 0 ? "en" : "sv", created,
            ])
            roleRows.append([id, PlatformRole.resident.rawValue])
            people.all.append(id)
            switch index % 200 {
            case 1, 2, 3, 4: people.staff.append(id); roleRows.append([id, PlatformRole.staff.rawValue])
            case 5: people.coaches.append(id); roleRows.append([id, PlatformRole.coach.rawValue])
            case 6, 7: people.partners.append(id); roleRows.append([id, PlatformRole.partner.rawValue])
            default: people.residents.append(id)
            }
        }
        try await app.db.transaction { [accountRows, roleRows] db in
            let bulk = try BulkInsert(sql: db.sql)
            try await bulk.rows(
                "accounts", columns: ["id", "name", "email", "password_hash", "language", "created_at"], accountRows)
            try await bulk.rows("account_roles", columns: ["account_id", "role"], roleRows)
            try await bulk.advanceSequence("accounts")
        }
        return people
    }

    private func challenges(_ random: inout SeededRandom, authorID: Int, now: Date) async throws -> [Int] {
        let departments = try await OrganizationStore(database: app.db).organizations(of: .department)
        let themes = try await IdeaStore(database: app.db).themes()
        let store = ChallengeStore(database: app.db)
        var ids: [Int] = []
        for index in 0..<scale.challenges {
            let template = DemoIdeas.challenges[index % DemoIdeas.challenges.count]
            let days = Double(index % 3 == 0 ? -60 : 30 + random.next(upTo: 120))
            let draft = ChallengeDraft(
                title: index < DemoIdeas.challenges.count
                    ? template.title : "\(template.title) (\(index / DemoIdeas.challenges.count + 1))",
                description: template.description, organizationID: departments[index % departments.count].id,
                reformGroupID: nil, themeIDs: themes.filter { $0.slug == template.theme }.map(\.id),
                openUntil: now.addingTimeInterval(days * 86_400))
            ids.append(try await store.create(draft, authorID: authorID, now: now.addingTimeInterval(-200 * 86_400)))
        }
        return ids
    }

    // MARK: Ideas, supports, comments

    struct Ideas {
        var all: [Int] = []
        var accepted: [Int] = []
    }

    private func ideas(_ random: inout SeededRandom, people: People, challengeIDs: [Int], coachID: Int, now: Date)
        async throws -> Ideas
    {
        let themes = try await IdeaStore(database: app.db).themes()
        let base = try await BulkInsert(sql: try sql).maxID("ideas")
        var result = Ideas()
        let batch = 1_000
        var start = 0
        while start < scale.ideas {
            let end = min(scale.ideas, start + batch)
            var ideaRows: [[any Encodable & Sendable]] = []
            var themeRows: [[any Encodable & Sendable]] = []
            var versionRows: [[any Encodable & Sendable]] = []
            var statusRows: [[any Encodable & Sendable]] = []
            var search: [(Int, String)] = []
            for index in start..<end {
                let id = base + index + 1
                let text = SeedText.idea(index, &random)
                // Oldest first, three years back, so that ids and dates rise together as in real life.
                let created = now.addingTimeInterval(
                    -Double(scale.ideas - index) * (3 * 365 * 86_400 / Double(scale.ideas)))
                let author = people.all[random.next(upTo: people.all.count)]
                let roll = random.next(upTo: 100)
                let drawn: IdeaStatus =
                    switch roll {
                    case 0..<40: .submitted
                    case 40..<58: .underReview
                    case 58..<73: .accepted
                    case 73..<84: .parked
                    case 84..<96: .declined
                    default: index > 10 ? .merged : .submitted
                    }
                let status: IdeaStatus = index == 0 ? .underReview : drawn
                let mergedInto: Int? = status == .merged ? base + 1 + random.next(upTo: index) : nil
                let challenge: Int? =
                    !challengeIDs.isEmpty && roll % 7 == 0 ? challengeIDs[random.next(upTo: challengeIDs.count)] : nil
                ideaRows.append([
                    id, text.title, text.summary, text.need, status.rawValue, author, challenge, mergedInto, 0, 0,
                    created, created, created,
                ])
                var themeIDs = Set(themes.filter { $0.slug == text.theme }.map(\.id))
                if roll % 5 == 0, let extra = themes.randomElement(using: &random)?.id { themeIDs.insert(extra) }
                for themeID in themeIDs.sorted() { themeRows.append([id, themeID]) }
                versionRows.append([id, 1, text.title, text.summary, text.need, created])
                statusRows.append([id, nil as String?, IdeaStatus.submitted.rawValue, nil as String?, author, created])
                if status != .submitted {
                    let reviewed = created.addingTimeInterval(7 * 86_400)
                    statusRows.append([
                        id, IdeaStatus.submitted.rawValue, IdeaStatus.underReview.rawValue, nil as String?, coachID,
                        reviewed,
                    ])
                    if status != .underReview {
                        let reason: String? =
                            switch status {
                            case .declined: "Finns redan som tjänst hos regionen."
                            case .merged: "Samma idé som en tidigare – stöden är flyttade dit."
                            case .parked: "Bra idé, men vi väntar på ett politiskt beslut."
                            default: "Stort behov och en tydlig väg till en första test."
                            }
                        statusRows.append([
                            id, IdeaStatus.underReview.rawValue, status.rawValue, reason, coachID,
                            reviewed.addingTimeInterval(7 * 86_400),
                        ])
                    }
                }
                if status == .accepted { result.accepted.append(id) }
                result.all.append(id)
                search.append((id, SearchIndex.terms(title: text.title, summary: text.summary, need: text.need)))
            }
            try await app.db.transaction { [ideaRows, themeRows, versionRows, statusRows, search] db in
                let sql = try db.sql
                let bulk = BulkInsert(sql: sql)
                try await bulk.rows(
                    "ideas",
                    columns: [
                        "id", "title", "summary", "need", "status", "author_id", "challenge_id", "merged_into_id",
                        "support_count", "comment_count", "created_at", "updated_at", "last_activity_at",
                    ], ideaRows)
                try await bulk.rows("idea_themes", columns: ["idea_id", "theme_id"], themeRows)
                try await bulk.rows(
                    "idea_versions", columns: ["idea_id", "version", "title", "summary", "need", "created_at"],
                    versionRows)
                try await bulk.rows(
                    "idea_status_changes",
                    columns: ["idea_id", "from_status", "to_status", "reason", "actor_id", "created_at"], statusRows)
                let index = SearchIndex(sql: sql)
                for (id, terms) in search { try await index.index(id: id, terms: terms) }
            }
            start = end
            if start % 5_000 == 0 || start == scale.ideas {
                progress("  ideas: \(NumberFormat.integer(start, language: .sv))")
            }
        }
        try await BulkInsert(sql: try sql).advanceSequence("ideas")
        return result
    }

    /// Supports spread unevenly, as popularity is: a few ideas gather hundreds, most a handful. Each (idea,
    /// account) pair once.
    private func supports(_ random: inout SeededRandom, ideas: [Int], people: [Int], now: Date) async throws -> Int {
        let weights = ideas.indices.map { _ in 1.0 / Double(1 + random.next(upTo: 60)) }
        let total = weights.reduce(0, +)
        var rows: [[any Encodable & Sendable]] = []
        var inserted = 0
        for (index, idea) in ideas.enumerated() {
            let count = Int((weights[index] / total * Double(scale.supports)).rounded())
            for supporter in distinct(count, of: people, &random) {
                rows.append([idea, supporter, now.addingTimeInterval(-Double(random.next(upTo: 300)) * 86_400)])
            }
            if rows.count >= 20_000 || index == ideas.count - 1 {
                let batch = rows
                try await app.db.transaction { db in
                    try await BulkInsert(sql: db.sql).rows(
                        "supports", columns: ["idea_id", "account_id", "created_at"], batch)
                }
                inserted += rows.count
                rows.removeAll(keepingCapacity: true)
            }
        }
        // The counters the app keeps in step with each support, set once for all.
        try await sql.raw(
            "UPDATE ideas SET support_count = (SELECT COUNT(*) FROM supports WHERE supports.idea_id = ideas.id)"
        ).run()
        return inserted
    }

    /// `count` distinct accounts (at most all of them): a walk through them with a step that shares no factor
    /// with their number.
    func distinct(_ count: Int, of people: [Int], _ random: inout SeededRandom) -> [Int] {
        guard count > 0, people.count > 1 else { return Array(people.prefix(max(0, count))) }
        let start = random.next(upTo: people.count)
        var step = 1 + random.next(upTo: people.count - 1)
        while gcd(step, people.count) != 1 { step += 1 }
        return (0..<min(count, people.count)).map { people[(start + $0 * step) % people.count] }
    }

    private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// Who follows which idea: the first two ideas by 500 people (the benchmark reads the first, the one with
    /// fifty comments, and comments on the second), the next eight by a hundred to three hundred, and one idea
    /// in ten by a few.
    private func follows(_ random: inout SeededRandom, ideas: [Int], people: [Int], now: Date) async throws -> Int {
        guard !ideas.isEmpty, people.count > 1 else { return 0 }
        var rows: [[any Encodable & Sendable]] = []
        for (index, idea) in ideas.enumerated() {
            let wanted =
                index < 2
                ? 500 : index < 10 ? 100 + random.next(upTo: 200) : index % 10 == 0 ? 1 + random.next(upTo: 5) : 0
            for follower in distinct(wanted, of: people, &random) {
                rows.append([idea, follower, now.addingTimeInterval(-Double(random.next(upTo: 200)) * 86_400)])
            }
        }
        let batch = rows
        try await app.db.transaction { db in
            try await BulkInsert(sql: db.sql).rows("follows", columns: ["idea_id", "account_id", "created_at"], batch)
        }
        return rows.count
    }

    private func comments(_ random: inout SeededRandom, ideas: [Int], people: [Int], now: Date) async throws -> Int {
        guard let first = ideas.first else { return 0 }
        let base = try await BulkInsert(sql: try sql).maxID("comments")
        var rows: [[any Encodable & Sendable]] = []
        var id = base
        // The first idea gets exactly 50 comments: the benchmark's "idea page with 50 comments".
        var plan: [(idea: Int, count: Int)] = [(first, 50)]
        let remaining = scale.comments - 50
        for _ in 0..<remaining { plan.append((ideas[1 + random.next(upTo: ideas.count - 1)], 1)) }
        for (idea, count) in plan {
            var previous: Int?
            for index in 0..<count {
                id += 1
                let parent: Int? = index > 0 && index % 4 == 0 ? previous : nil
                rows.append([
                    id, idea, people[random.next(upTo: people.count)], parent,
                    SeedText.pick(SeedText.comments, &random),
                    now.addingTimeInterval(-Double(random.next(upTo: 200 * 86_400))),
                ])
                previous = id
            }
        }
        try await app.db.transaction { [rows] db in
            let bulk = try BulkInsert(sql: db.sql)
            try await bulk.rows(
                "comments", columns: ["id", "idea_id", "author_id", "parent_id", "body", "created_at"], rows)
            try await bulk.advanceSequence("comments")
        }
        try await sql.raw(
            "UPDATE ideas SET comment_count = (SELECT COUNT(*) FROM comments WHERE comments.idea_id = ideas.id)"
        ).run()
        try await sql.raw(
            """
            UPDATE ideas SET last_activity_at = (SELECT MAX(created_at) FROM comments WHERE comments.idea_id = ideas.id)
            WHERE EXISTS (SELECT 1 FROM comments WHERE comments.idea_id = ideas.id AND comments.created_at > ideas.last_activity_at)
            """
        ).run()
        return rows.count
    }

    // MARK: Projects

    /// The stage each project is taken to, in shares of a hundred.
    private static let targets: [(share: Int, steps: [GateDecisionKind], outcome: ProjectOutcome?)] = [
        (15, [], nil), (15, [.continue], nil), (15, [.continue, .continue], nil),
        (10, [.continue, .continue, .continue], nil),
        (10, [.continue, .continue, .continue, .continue], nil),
        (10, [.continue, .continue, .continue, .continue, .route], .inHouse),
        (8, [.continue, .continue, .continue, .route], .partnership),
        (9, [.continue, .continue, .route], .procurement),
        (8, [.continue, .stop], .stopped),
    ]

    private func projects(
        _ random: inout SeededRandom, acceptedIdeas: [Int], people: People, demo: [String: Int], now: Date
    ) async throws -> Int {
        let organizations = try await OrganizationStore(database: app.db).all()
        let departments = organizations.filter { $0.kind == .department }.map(\.id)
        let partners = organizations.filter { $0.kind == .partner }.map(\.id)
        let themes = try await IdeaStore(database: app.db).themes().map(\.id)
        let coaches = people.coaches + [demo["coach"]].compactMap { $0 }
        let staff = people.staff + [demo["staff"]].compactMap { $0 }
        let bulk = BulkInsert(sql: try sql)
        var ids = (
            project: try await bulk.maxID("projects"), experiment: try await bulk.maxID("experiments"),
            journal: try await bulk.maxID("journal_entries"), gate: try await bulk.maxID("gate_decisions")
        )
        var rows: [String: [[any Encodable & Sendable]]] = [:]
        let extrasPerProject = max(0, scale.timelineEntries / max(1, scale.projects) - 2)
        var timeline = 0
        for index in 0..<scale.projects {
            ids.project += 1
            let project = ids.project
            var roll = index * 7 % 100
            let target =
                Self.targets.first {
                    roll -= $0.share; return roll < 0
                } ?? Self.targets[0]
            let ideaID: Int? = index % 5 < 3 && index < acceptedIdeas.count ? acceptedIdeas[index] : nil
            let coach = coaches[index % coaches.count]
            let lead = staff[(index * 3) % staff.count]
            let topic = SeedText.idea(index, &random)
            let started = now.addingTimeInterval(
                -Double((target.steps.count + 1) * 40 + random.next(upTo: 30)) * 86_400)
            let visibility: ProjectVisibility = index % 10 == 9 ? .internal : .public
            var stage = ProjectStage(phase: .needInsight)
            var moment = started
            var lastExperiment = 0
            for (step, kind) in target.steps.enumerated() {
                moment = started.addingTimeInterval(Double(step + 1) * 40 * 86_400)
                ids.experiment += 1
                lastExperiment = ids.experiment
                rows["experiments", default: []].append(
                    experiment(
                        ids.experiment, project: project, phase: stage.phase, topic: topic,
                        refuted: kind == .stop, end: moment))
                ids.journal += 1
                rows["journal_entries", default: []].append(
                    journal(
                        ids.journal, project: project, phase: stage.phase, topic: topic, author: lead,
                        at: moment.addingTimeInterval(-86_400)))
                let draft = GateDecisionDraft(
                    kind: kind, outcome: kind == .route ? target.outcome : (kind == .stop ? .stopped : nil),
                    rationale: "Experimentet i fasen visar vägen: \(topic.need.prefix(120))",
                    lessonsLearned: kind == .stop || kind == .route
                        ? "Det viktigaste vi lärde oss: \(SeedText.pick(SeedText.effects, &random))" : "",
                    evidence: [lastExperiment],
                    details: OutcomeDetails(
                        takenOverBy: "Stadsledningsförvaltningen, systemägare", partnerOrganizationID: partners.first,
                        contributions: "Partnern driver tjänsten, staden bidrar med data och lokaler.",
                        marketDialogue: .held,
                        requirementsSummary: "Krav från testerna: enkelhet, tillgänglighet, öppna data."))
                // The same rules as a coach's review: a path that breaks them stops the seed.
                let next = try GateRules.evaluate(
                    draft, from: stage, actor: Actor(accountID: coach, roles: [.coach]), relation: .coach)
                ids.gate += 1
                rows["gate_decisions", default: []].append([
                    ids.gate, project, kind.rawValue, stage.phase.rawValue, next.phase.rawValue,
                    next.outcome?.rawValue, draft.rationale, draft.lessonsLearned, "\(lastExperiment)",
                    coach, moment,
                ])
                stage = next
                timeline += 3
            }
            let extras = max(0, extrasPerProject - target.steps.count * 3)
            for extra in 0..<extras {
                if extra % 2 == 0 {
                    ids.experiment += 1
                    rows["experiments", default: []].append(
                        experiment(
                            ids.experiment, project: project, phase: stage.phase, topic: topic, refuted: false,
                            end: stage.isActive ? nil : moment))
                } else {
                    ids.journal += 1
                    rows["journal_entries", default: []].append(
                        journal(
                            ids.journal, project: project, phase: stage.phase, topic: topic, author: lead,
                            at: moment.addingTimeInterval(Double(extra) * 86_400)))
                }
                timeline += 1
            }
            let outcome = stage.outcome
            rows["projects", default: []].append([
                project, String(topic.title.prefix(ProjectDraft.titleLimit)), topic.summary, topic.need,
                "Intervjuer, tester och en pilot.",
                visibility.rawValue, stage.phase.rawValue, outcome?.rawValue, ideaID, lead, coach,
                100_000 * (1 + index % 20),
                outcome == .inHouse ? "Stadsledningsförvaltningen, systemägare" : nil,
                outcome == .partnership ? partners.first : nil,
                outcome == .partnership ? "Partnern driver tjänsten, staden bidrar med data och lokaler." : nil,
                outcome == .procurement ? MarketDialogue.held.rawValue : nil,
                outcome == .procurement ? "Krav från testerna: enkelhet, tillgänglighet, öppna data." : nil,
                nil as String?,
                outcome == nil
                    ? nil : "Det viktigaste vi lärde oss: \(SeedText.effects[index % SeedText.effects.count])",
                moment, coach, started, moment,
            ])
            var owners = [departments[index % departments.count]]
            if index % 3 == 0, !partners.isEmpty { owners.append(partners[index % partners.count]) }
            if index % 4 == 0 { owners.append(departments[(index + 1) % departments.count]) }
            for owner in Set(owners).sorted() { rows["project_organizations", default: []].append([project, owner]) }
            rows["project_themes", default: []].append([project, themes[index % themes.count]])
            for member in Set([people.all[(index * 11) % people.all.count], staff[(index + 1) % staff.count]])
                .subtracting([lead, coach]).sorted()
            {
                rows["project_members", default: []].append([
                    project, member, ProjectMemberRole.allCases[member % 6].rawValue, "",
                ])
            }
            rows["effect_goals", default: []].append([
                project, "Fler invånare får hjälp snabbare", "Invånare i \(DemoIdeas.districts[index % 10])",
                "Dagar från ärende till svar", "14", "3", outcome == nil ? nil : Day(moment).iso,
                outcome == nil ? nil : "Uppmätt efter piloten.", started,
            ])
            rows["project_funds", default: []].append([
                project, FundKind.granted.rawValue, 100_000 * (1 + index % 20), Day(started).iso,
                "Innovationsfonden", "Styrgruppens beslut",
            ])
            rows["project_funds", default: []].append([
                project, FundKind.spent.rawValue, 30_000 * (1 + index % 10), Day(moment).iso, "", "Workshoppar",
            ])
        }
        try await app.db.transaction { [rows] db in
            let bulk = try BulkInsert(sql: db.sql)
            try await bulk.rows(
                "projects",
                columns: [
                    "id", "title", "what", "why", "how", "visibility", "phase", "outcome", "idea_id", "lead_id",
                    "coach_id",
                    "estimated_budget", "taken_over_by", "partner_organization_id", "contributions", "market_dialogue",
                    "requirements_summary", "notice_url", "lessons_learned", "phase_started_at", "created_by",
                    "created_at", "updated_at",
                ], rows["projects"] ?? [])
            try await bulk.rows(
                "project_organizations", columns: ["project_id", "organization_id"], rows["project_organizations"] ?? []
            )
            try await bulk.rows("project_themes", columns: ["project_id", "theme_id"], rows["project_themes"] ?? [])
            try await bulk.rows(
                "project_members", columns: ["project_id", "account_id", "role", "role_text"],
                rows["project_members"] ?? [])
            try await bulk.rows(
                "effect_goals",
                columns: [
                    "project_id", "what", "for_whom", "measure", "baseline", "target", "reached_on",
                    "reached_comment", "created_at",
                ], rows["effect_goals"] ?? [])
            try await bulk.rows(
                "project_funds", columns: ["project_id", "kind", "amount", "day", "source", "comment"],
                rows["project_funds"] ?? [])
            try await bulk.rows(
                "experiments",
                columns: [
                    "id", "project_id", "phase", "hypothesis", "method", "success_criterion", "participants",
                    "result", "learning", "started_on", "ended_on", "created_at",
                ], rows["experiments"] ?? [])
            try await bulk.rows(
                "journal_entries",
                columns: [
                    "id", "project_id", "phase", "kind", "title", "body", "link", "visibility", "author_id",
                    "created_at",
                ], rows["journal_entries"] ?? [])
            try await bulk.rows(
                "gate_decisions",
                columns: [
                    "id", "project_id", "decision", "from_phase", "to_phase", "outcome", "rationale",
                    "lessons_learned", "evidence", "decided_by", "decided_at",
                ], rows["gate_decisions"] ?? [])
            for table in ["projects", "experiments", "journal_entries", "gate_decisions"] {
                try await bulk.advanceSequence(table)
            }
        }
        return timeline
    }

    private func experiment(
        _ id: Int, project: Int, phase: ProjectPhase, topic: SeedText.IdeaText, refuted: Bool, end: Date?
    ) -> [any Encodable & Sendable] {
        let start = (end ?? Date(timeIntervalSince1970: 1_795_000_000)).addingTimeInterval(-30 * 86_400)
        let method = MethodCatalog.initial[(id + phase.index) % MethodCatalog.initial.count].slug
        let result: ExperimentResult? =
            end == nil ? nil : (refuted ? .refuted : (id % 9 == 0 ? .inconclusive : .supported))
        return [
            id, project, phase.rawValue, "Vi tror att \(topic.need.prefix(160).lowercased())", method,
            "Minst 7 av 10 testpersoner bekräftar behovet.", 5 + id % 40, result?.rawValue,
            result == nil ? "" : "Det vi såg: \(topic.summary.prefix(140))", Day(start).iso, end.map { Day($0).iso },
            start,
        ]
    }

    private func journal(_ id: Int, project: Int, phase: ProjectPhase, topic: SeedText.IdeaText, author: Int, at: Date)
        -> [any Encodable & Sendable]
    {
        let kind = JournalKind.allCases[id % JournalKind.allCases.count]
        return [
            id, project, phase.rawValue, kind.rawValue, "Lägesrapport: \(topic.title.prefix(80))", topic.summary, "",
            id % 6 == 0 ? ProjectVisibility.internal.rawValue : ProjectVisibility.public.rawValue, author, at,
        ]
    }

    // MARK: Tokens for the benchmark's write paths

    /// Accounts of their own for load tests, with no supports yet (so that every support they make is new),
    /// and a token for each.
    private func writeTokens(_ count: Int, to path: String, now: Date) async throws {
        let hash = try app.password.hash(Self.password)
        let base = try await BulkInsert(sql: try sql).maxID("accounts")
        let ids = (1...count).map { base + $0 }
        try await app.db.transaction { db in
            let bulk = try BulkInsert(sql: db.sql)
            try await bulk.rows(
                "accounts", columns: ["id", "name", "email", "password_hash", "language", "created_at"],
                ids.map { [$0, "Lasttest \($0 - base)", "lasttest\($0 - base)@seed.hubben.example", hash, "sv", now] })
            try await bulk.rows(
                "account_roles", columns: ["account_id", "role"], ids.map { [$0, PlatformRole.resident.rawValue] })
            try await bulk.advanceSequence("accounts")
        }
        let store = APITokenStore(database: app.db)
        var lines: [String] = []
        for accountID in ids {
            lines.append(try await store.create(accountID: accountID, now: now).token)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
