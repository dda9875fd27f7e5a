import Fluent
import Foundation
import HubbenCore
import SQLKit

enum ProjectError: Error, Equatable {
    case notFound
    /// The idea is not accepted, or already has its project.
    case ideaNotAvailable
    case gate(GateRules.Problem)
}

/// Which projects a viewer may see: the public ones, their own team's, or (coaches and admins) all.
enum ProjectScope: Equatable {
    case publicOnly
    case publicAndTeamOf(Int)
    case all

    init(_ actor: Actor) {
        if let id = actor.accountID {
            self = Authorization.allows(actor, ProjectAction.seeInternal(relation: .none)) ? .all : .publicAndTeamOf(id)
        } else {
            self = .publicOnly
        }
    }

    /// Names the scope in a shared read's key (built per request, so not by reflection).
    var sharedKey: String {
        switch self {
        case .publicOnly: "public"
        case .publicAndTeamOf(let id): "team-of-\(id)"
        case .all: "all"
        }
    }
}

struct ProjectFilter: Equatable {
    var phase: ProjectPhase?
    var outcome: ProjectOutcome?
    var themeSlug: String?
    var organizationID: Int?
    var coachID: Int?

    /// Names the filter in a shared read's key.
    var sharedKey: String {
        "\(phase?.rawValue ?? "") \(outcome?.rawValue ?? "") \(themeSlug ?? "") \(organizationID.map(String.init) ?? "") \(coachID.map(String.init) ?? "")"
    }
}

/// Projects, their team, goals, money, experiments, journal and gate decisions. Reads are SQL rows decoded
/// straight into the page models (no model hydration); writes go in transactions.
struct ProjectStore {
    let database: any Database

    /// The store's database as SQLKit sees it (`Database.sql`).
    var sql: any SQLDatabase {
        get throws { try database.sql }
    }

    /// How many projects there are, whoever may see them.
    func count() async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS total FROM projects").first()?.decode(
            column: "total", as: Int.self) ?? 0
    }

    /// The accepted idea with this title that has no project yet, if there is one (for the demo).
    func acceptedIdeaWithoutProject(titled title: String) async throws -> Int? {
        try await sql.raw(
            """
            SELECT id FROM ideas WHERE title = \(bind: title) AND status = \(bind: IdeaStatus.accepted.rawValue)
            AND id NOT IN (SELECT idea_id FROM projects WHERE idea_id IS NOT NULL) ORDER BY id
            """
        ).first()?.decode(column: "id", as: Int.self)
    }

    /// A column of the board: a phase of active projects, or an outcome.
    enum Column: Hashable {
        case phase(ProjectPhase)
        case outcome(ProjectOutcome)

        static let all: [Column] = ProjectPhase.allCases.map(Column.phase) + ProjectOutcome.allCases.map(Column.outcome)

        /// The `board` column value in SQL: the outcome when there is one, else the phase.
        init?(raw: String) {
            if let outcome = ProjectOutcome(rawValue: raw) {
                self = .outcome(outcome)
            } else if let phase = ProjectPhase(rawValue: raw) {
                self = .phase(phase)
            } else {
                return nil
            }
        }
    }

    // MARK: Reading lists

    private func conditions(_ filter: ProjectFilter, scope: ProjectScope) -> SQLQueryString {
        var conditions: [SQLQueryString] = ["1 = 1"]
        switch scope {
        case .all: break
        case .publicOnly: conditions.append("p.visibility = \(bind: ProjectVisibility.public.rawValue)")
        case .publicAndTeamOf(let id):
            conditions.append(
                """
                (p.visibility = \(bind: ProjectVisibility.public.rawValue) OR p.lead_id = \(bind: id) OR p.coach_id = \(bind: id)
                 OR p.id IN (SELECT project_id FROM project_members WHERE account_id = \(bind: id)))
                """)
        }
        if let phase = filter.phase { conditions.append("p.phase = \(bind: phase.rawValue) AND p.outcome IS NULL") }
        if let outcome = filter.outcome { conditions.append("p.outcome = \(bind: outcome.rawValue)") }
        if let slug = filter.themeSlug {
            conditions.append(
                "p.id IN (SELECT pt.project_id FROM project_themes pt JOIN themes t ON t.id = pt.theme_id WHERE t.slug = \(bind: slug))"
            )
        }
        if let organization = filter.organizationID {
            conditions.append(
                "p.id IN (SELECT project_id FROM project_organizations WHERE organization_id = \(bind: organization))")
        }
        if let coach = filter.coachID { conditions.append("p.coach_id = \(bind: coach)") }
        var clause: SQLQueryString = "WHERE \(conditions[0])"
        for condition in conditions.dropFirst() { clause = "\(clause) AND \(condition)" }
        return clause
    }

    /// How many projects each column holds under the filter.
    func counts(_ filter: ProjectFilter, scope: ProjectScope) async throws -> [Column: Int] {
        let rows = try await sql.raw(
            """
            SELECT COALESCE(p.outcome, p.phase) AS board, COUNT(*) AS total FROM projects p \(conditions(filter, scope: scope))
            GROUP BY COALESCE(p.outcome, p.phase)
            """
        ).all()
        var counts: [Column: Int] = [:]
        for row in rows {
            if let column = Column(raw: try row.decode(column: "board", as: String.self)) {
                counts[column] = try row.decode(column: "total", as: Int.self)
            }
        }
        return counts
    }

    /// The board: up to `perColumn` projects in each column, the latest to arrive first. One statement: a
    /// short, index-ordered read per column (`projects_board`), joined with UNION ALL.
    func board(_ filter: ProjectFilter, scope: ProjectScope, perColumn: Int) async throws -> [Column: [ProjectCard]] {
        let clause = conditions(filter, scope: scope)
        var union: SQLQueryString = ""
        for (index, column) in Column.all.enumerated() {
            let condition: SQLQueryString =
                switch column {
                case .phase(let phase): "p.phase = \(bind: phase.rawValue) AND p.outcome IS NULL"
                case .outcome(let outcome): "p.outcome = \(bind: outcome.rawValue)"
                }
            let part: SQLQueryString = """
                SELECT * FROM (SELECT \(unsafeRaw: Self.cardColumns) FROM projects p LEFT JOIN accounts c ON c.id = p.coach_id
                \(clause) AND \(condition) ORDER BY p.phase_started_at DESC, p.id DESC LIMIT \(bind: perColumn)) AS column\(unsafeRaw: "\(index)")
                """
            union = index == 0 ? part : "\(union) UNION ALL \(part)"
        }
        let rows = try await sql.raw("SELECT * FROM (\(union)) AS board ORDER BY phase_started_at DESC, id DESC").all()
        let cards = try await self.cards(rows)
        return Dictionary(grouping: cards) { card in card.stage.outcome.map(Column.outcome) ?? .phase(card.stage.phase)
        }
    }

    static let maximumPerPage = 100

    struct Page: Equatable {
        var cards: [ProjectCard]
        var total: Int
        var page: Int
        var per: Int
        var pageCount: Int {
            Paging(page: page, per: per, maximumPer: ProjectStore.maximumPerPage).pageCount(total: total)
        }
    }

    /// One page of projects under the filter, most recently moved first.
    func list(_ filter: ProjectFilter, scope: ProjectScope, page: Int, per: Int) async throws -> Page {
        let sql = try self.sql
        let paging = Paging(page: page, per: per, maximumPer: Self.maximumPerPage)
        let clause = conditions(filter, scope: scope)
        let total =
            try await sql.raw("SELECT COUNT(*) AS total FROM projects p \(clause)").first()?.decode(
                column: "total", as: Int.self) ?? 0
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.cardColumns) FROM projects p LEFT JOIN accounts c ON c.id = p.coach_id \(clause)
            ORDER BY p.phase_started_at DESC, p.id DESC LIMIT \(bind: paging.per) OFFSET \(bind: paging.offset)
            """
        ).all()
        return Page(cards: try await cards(rows), total: total, page: paging.page, per: paging.per)
    }

    private static let cardColumns = """
        p.id, p.title, p.visibility, p.phase, p.outcome, p.phase_started_at, p.idea_id, p.updated_at, p.coach_id,
        CASE WHEN c.deleted_at IS NULL THEN c.name END AS coach_name
        """

    private struct CardRow: Decodable {
        let id: Int
        let title: String
        let visibility: String
        let phase: String
        let outcome: String?
        let phaseStartedAt: Date
        let ideaId: Int?
        let updatedAt: Date
        let coachId: Int?
        let coachName: String?

        enum CodingKeys: String, CodingKey {
            case id = "id"
            case title = "title"
            case visibility = "visibility"
            case phase = "phase"
            case outcome = "outcome"
            case phaseStartedAt = "phase_started_at"
            case ideaId = "idea_id"
            case updatedAt = "updated_at"
            case coachId = "coach_id"
            case coachName = "coach_name"
        }
    }

    /// Cards for rows of `cardColumns`, with their organisations and themes in two more queries.
    private func cards(_ rows: [any SQLRow]) async throws -> [ProjectCard] {
        let decoded = try rows.map { try $0.decode(model: CardRow.self) }
        let ids = decoded.map(\.id)
        guard !ids.isEmpty else { return [] }
        let sql = try self.sql
        let list = SQLList(ids.map { SQLBind($0) })
        var organizations: [Int: [String]] = [:]
        for row in try await sql.raw(
            """
            SELECT po.project_id, o.name FROM project_organizations po JOIN organizations o ON o.id = po.organization_id
            WHERE po.project_id IN (\(list)) ORDER BY o.name
            """
        ).all() {
            organizations[try row.decode(column: "project_id", as: Int.self), default: []].append(
                try row.decode(column: "name", as: String.self))
        }
        let themes = try await ThemeLinks.themes(in: "project_themes", owner: "project_id", ids: ids, sql: sql)
        return decoded.compactMap { row in
            guard let phase = ProjectPhase(rawValue: row.phase) else { return nil }
            return ProjectCard(
                id: row.id, title: row.title, visibility: ProjectVisibility(rawValue: row.visibility) ?? .internal,
                stage: ProjectStage(phase: phase, outcome: row.outcome.flatMap(ProjectOutcome.init(rawValue:))),
                phaseStartedAt: row.phaseStartedAt, organizations: organizations[row.id] ?? [], coachID: row.coachId,
                coachName: row.coachName,
                themes: themes[row.id] ?? [], ideaID: row.ideaId, updatedAt: row.updatedAt)
        }
    }

    /// The coaches who coach at least one project, for the board's filter.
    func coaches() async throws -> [ProjectPerson] {
        try await sql.raw(
            """
            SELECT DISTINCT a.id, a.name FROM projects p JOIN accounts a ON a.id = p.coach_id WHERE a.deleted_at IS NULL ORDER BY a.name
            """
        ).all().map {
            ProjectPerson(
                id: try $0.decode(column: "id", as: Int.self), name: try $0.decode(column: "name", as: String.self))
        }
    }

    /// The project started from an idea, if any, and whether the viewer may see it.
    func project(forIdea ideaID: Int, scope: ProjectScope) async throws -> ProjectCard? {
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.cardColumns) FROM projects p LEFT JOIN accounts c ON c.id = p.coach_id
            \(conditions(ProjectFilter(), scope: scope)) AND p.idea_id = \(bind: ideaID)
            """
        ).all()
        return try await cards(rows).first
    }

    // MARK: One project

    private struct DetailRow: Decodable {
        let what: String
        let why: String
        let how: String
        let ideaTitle: String?
        let leadId: Int?
        let leadName: String?
        let estimatedBudget: Int?
        let takenOverBy: String?
        let partnerOrganizationId: Int?
        let partnerName: String?
        let contributions: String?
        let marketDialogue: String?
        let requirementsSummary: String?
        let noticeUrl: String?
        let lessonsLearned: String?
        let createdAt: Date

        enum CodingKeys: String, CodingKey {
            case what = "what"
            case why = "why"
            case how = "how"
            case ideaTitle = "idea_title"
            case leadId = "lead_id"
            case leadName = "lead_name"
            case estimatedBudget = "estimated_budget"
            case takenOverBy = "taken_over_by"
            case partnerOrganizationId = "partner_organization_id"
            case partnerName = "partner_name"
            case contributions = "contributions"
            case marketDialogue = "market_dialogue"
            case requirementsSummary = "requirements_summary"
            case noticeUrl = "notice_url"
            case lessonsLearned = "lessons_learned"
            case createdAt = "created_at"
        }
    }

    func project(id: Int) async throws -> ProjectDetail? {
        let sql = try self.sql
        guard
            let row = try await sql.raw(
                """
                SELECT \(unsafeRaw: Self.cardColumns), p.what, p.why, p.how, i.title AS idea_title, p.lead_id,
                       CASE WHEN l.deleted_at IS NULL THEN l.name END AS lead_name, p.estimated_budget, p.taken_over_by,
                       p.partner_organization_id, o.name AS partner_name, p.contributions, p.market_dialogue, p.requirements_summary,
                       p.notice_url, p.lessons_learned, p.created_at
                FROM projects p LEFT JOIN accounts c ON c.id = p.coach_id LEFT JOIN accounts l ON l.id = p.lead_id
                LEFT JOIN ideas i ON i.id = p.idea_id LEFT JOIN organizations o ON o.id = p.partner_organization_id
                WHERE p.id = \(bind: id)
                """
            ).first(), let card = try await cards([row]).first
        else { return nil }
        let detail = try row.decode(model: DetailRow.self)
        let organizationIDs = try await sql.raw(
            "SELECT organization_id FROM project_organizations WHERE project_id = \(bind: id) ORDER BY organization_id"
        )
        .all().map { try $0.decode(column: "organization_id", as: Int.self) }
        let members = try await sql.raw(
            """
            SELECT m.account_id, CASE WHEN a.deleted_at IS NULL THEN a.name END AS name, m.role, m.role_text
            FROM project_members m JOIN accounts a ON a.id = m.account_id WHERE m.project_id = \(bind: id) ORDER BY m.id
            """
        ).all().map { row in
            ProjectMember(
                person: ProjectPerson(
                    id: try row.decode(column: "account_id", as: Int.self),
                    name: try row.decode(column: "name", as: String?.self)),
                role: ProjectMemberRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .other,
                roleText: try row.decode(column: "role_text", as: String.self))
        }
        return ProjectDetail(
            card: card, what: detail.what, why: detail.why, how: detail.how, organizationIDs: organizationIDs,
            ideaTitle: detail.ideaTitle,
            lead: detail.leadId.map { ProjectPerson(id: $0, name: detail.leadName) },
            coach: card.coachID.map { ProjectPerson(id: $0, name: card.coachName) },
            members: members, goals: try await goals(projectID: id), funds: try await funds(projectID: id),
            estimatedBudget: detail.estimatedBudget,
            outcome: OutcomeDetails(
                takenOverBy: detail.takenOverBy ?? "", partnerOrganizationID: detail.partnerOrganizationId,
                contributions: detail.contributions ?? "",
                marketDialogue: detail.marketDialogue.flatMap(MarketDialogue.init(rawValue:)),
                requirementsSummary: detail.requirementsSummary ?? "", noticeURL: detail.noticeUrl ?? ""),
            partnerName: detail.partnerName, lessonsLearned: detail.lessonsLearned ?? "", createdAt: detail.createdAt
        )
    }

    func goals(projectID: Int) async throws -> [EffectGoal] {
        try await sql.raw(
            """
            SELECT id, what, for_whom, measure, baseline, target, reached_on, reached_comment FROM effect_goals
            WHERE project_id = \(bind: projectID) ORDER BY id
            """
        ).all().map { row in
            EffectGoal(
                id: try row.decode(column: "id", as: Int.self),
                goal: EffectGoalDraft(
                    what: try row.decode(column: "what", as: String.self),
                    forWhom: try row.decode(column: "for_whom", as: String.self),
                    measure: try row.decode(column: "measure", as: String.self),
                    baseline: try row.decode(column: "baseline", as: String.self),
                    target: try row.decode(column: "target", as: String.self)),
                reachedOn: try row.decode(column: "reached_on", as: String?.self).flatMap { Day(iso: $0) },
                reachedComment: try row.decode(column: "reached_comment", as: String?.self) ?? "")
        }
    }

    private func funds(projectID: Int) async throws -> [Fund] {
        try await sql.raw(
            "SELECT id, kind, amount, day, source, comment FROM project_funds WHERE project_id = \(bind: projectID) ORDER BY day, id"
        )
        .all().compactMap { row in
            guard let kind = FundKind(rawValue: try row.decode(column: "kind", as: String.self)),
                let day = Day(try row.decode(column: "day", as: String.self))
            else { return nil }
            return Fund(
                id: try row.decode(column: "id", as: Int.self), kind: kind,
                amount: try row.decode(column: "amount", as: Int.self),
                day: day, source: try row.decode(column: "source", as: String.self),
                comment: try row.decode(column: "comment", as: String.self))
        }
    }

    func experiments(projectID: Int) async throws -> [Experiment] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.experimentColumns) FROM experiments e LEFT JOIN methods m ON m.slug = e.method
            WHERE e.project_id = \(bind: projectID) ORDER BY e.started_on, e.id
            """
        ).all().compactMap(Self.experiment)
    }

    private static let experimentColumns =
        """
        e.id, e.phase, e.hypothesis, e.method, e.method_other, e.success_criterion, e.participants, e.result, e.learning,
        e.started_on, e.ended_on, e.created_at, m.name_sv AS method_name_sv, m.name_en AS method_name_en
        """

    private static func experiment(_ row: any SQLRow) throws -> Experiment? {
        guard let phase = ProjectPhase(rawValue: try row.decode(column: "phase", as: String.self)) else { return nil }
        return Experiment(
            id: try row.decode(column: "id", as: Int.self),
            draft: ExperimentDraft(
                phase: phase, hypothesis: try row.decode(column: "hypothesis", as: String.self),
                method: ExperimentMethod(rawValue: try row.decode(column: "method", as: String.self)) ?? .other,
                methodOther: try row.decode(column: "method_other", as: String?.self) ?? "",
                successCriterion: try row.decode(column: "success_criterion", as: String.self),
                participants: try row.decode(column: "participants", as: Int?.self),
                result: try row.decode(column: "result", as: String?.self).flatMap(ExperimentResult.init(rawValue:)),
                learning: try row.decode(column: "learning", as: String.self),
                startedOn: Day(try row.decode(column: "started_on", as: String.self)),
                endedOn: try row.decode(column: "ended_on", as: String?.self).flatMap { Day(iso: $0) }),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            methodName: try row.decode(column: "method_name_sv", as: String?.self).map { swedish in
                LocalizedText(sv: swedish, en: try row.decode(column: "method_name_en", as: String?.self) ?? swedish)
            })
    }

    /// Journal entries, gate decisions and experiments of one project, newest first; internal journal
    /// entries only when `includeInternal`.
    func timeline(projectID: Int, includeInternal: Bool) async throws -> [TimelineEntry] {
        let experiments = try await self.experiments(projectID: projectID).map(TimelineEntry.experiment)
        let onlyPublic: SQLQueryString =
            includeInternal ? "" : " AND j.visibility = \(bind: ProjectVisibility.public.rawValue)"
        let journal = try await journalEntries("WHERE j.project_id = \(bind: projectID)\(onlyPublic)", limit: 10_000)
            .map { TimelineEntry.journal($0.entry) }
        let gates = try await gateDecisions("WHERE g.project_id = \(bind: projectID)", limit: 10_000).map {
            TimelineEntry.gate($0.decision)
        }
        return (experiments + journal + gates).sorted { ($0.date, $0.key) > ($1.date, $1.key) }
    }

    private func journalEntries(_ clause: SQLQueryString, limit: Int) async throws -> [(
        projectID: Int, entry: JournalEntry
    )] {
        try await sql.raw(
            """
            SELECT j.id, j.project_id, j.phase, j.kind, j.title, j.body, j.link, j.visibility, j.created_at,
                   CASE WHEN a.deleted_at IS NULL THEN a.name END AS author_name
            FROM journal_entries j LEFT JOIN accounts a ON a.id = j.author_id \(clause) ORDER BY j.created_at DESC, j.id DESC LIMIT \(bind: limit)
            """
        ).all().compactMap { row in
            guard let phase = ProjectPhase(rawValue: try row.decode(column: "phase", as: String.self)) else {
                return nil
            }
            let draft = JournalDraft(
                kind: JournalKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .note,
                title: try row.decode(column: "title", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                link: try row.decode(column: "link", as: String.self),
                visibility: ProjectVisibility(rawValue: try row.decode(column: "visibility", as: String.self))
                    ?? .internal)
            return (
                try row.decode(column: "project_id", as: Int.self),
                JournalEntry(
                    id: try row.decode(column: "id", as: Int.self), phase: phase, draft: draft,
                    authorName: try row.decode(column: "author_name", as: String?.self),
                    createdAt: try row.decode(column: "created_at", as: Date.self))
            )
        }
    }

    private func gateDecisions(_ clause: SQLQueryString, limit: Int) async throws -> [(
        projectID: Int, decision: GateDecision
    )] {
        try await sql.raw(
            """
            SELECT g.id, g.project_id, g.decision, g.from_phase, g.to_phase, g.outcome, g.rationale, g.lessons_learned, g.evidence, g.decided_at,
                   CASE WHEN a.deleted_at IS NULL THEN a.name END AS decided_by
            FROM gate_decisions g LEFT JOIN accounts a ON a.id = g.decided_by \(clause) ORDER BY g.decided_at DESC, g.id DESC LIMIT \(bind: limit)
            """
        ).all().compactMap { row in
            guard let kind = GateDecisionKind(rawValue: try row.decode(column: "decision", as: String.self)),
                let from = ProjectPhase(rawValue: try row.decode(column: "from_phase", as: String.self)),
                let to = ProjectPhase(rawValue: try row.decode(column: "to_phase", as: String.self))
            else { return nil }
            let evidence = try row.decode(column: "evidence", as: String.self).split(separator: ",").compactMap {
                Int($0)
            }
            return (
                try row.decode(column: "project_id", as: Int.self),
                GateDecision(
                    id: try row.decode(column: "id", as: Int.self), kind: kind, from: from,
                    to: ProjectStage(
                        phase: to,
                        outcome: try row.decode(column: "outcome", as: String?.self).flatMap(
                            ProjectOutcome.init(rawValue:))),
                    rationale: try row.decode(column: "rationale", as: String.self),
                    lessonsLearned: try row.decode(column: "lessons_learned", as: String.self), evidence: evidence,
                    decidedBy: try row.decode(column: "decided_by", as: String?.self),
                    decidedAt: try row.decode(column: "decided_at", as: Date.self))
            )
        }
    }

    /// One gate decision or journal entry of a project, as the timeline shows it (nil if it is not there).
    func gateDecision(id: Int, projectID: Int) async throws -> GateDecision? {
        try await gateDecisions("WHERE g.id = \(bind: id) AND g.project_id = \(bind: projectID)", limit: 1).first?
            .decision
    }

    func journalEntry(id: Int, projectID: Int) async throws -> JournalEntry? {
        try await journalEntries("WHERE j.id = \(bind: id) AND j.project_id = \(bind: projectID)", limit: 1).first?
            .entry
    }

    struct FeedEntry {
        var projectID: Int
        var projectTitle: String
        var entry: TimelineEntry
    }

    /// The newest public timeline entries of public projects, for the Atom feed.
    func publicFeed(limit: Int) async throws -> [FeedEntry] {
        let visible = ProjectVisibility.public.rawValue
        let publicProjects: SQLQueryString = "(SELECT id FROM projects WHERE visibility = \(bind: visible))"
        let journal = try await journalEntries(
            "WHERE j.visibility = \(bind: visible) AND j.project_id IN \(publicProjects)", limit: limit
        )
        .map { ($0.projectID, TimelineEntry.journal($0.entry)) }
        let gates = try await gateDecisions("WHERE g.project_id IN \(publicProjects)", limit: limit).map {
            ($0.projectID, TimelineEntry.gate($0.decision))
        }
        let experiments = try await sql.raw(
            """
            SELECT \(unsafeRaw: Self.experimentColumns), e.project_id FROM experiments e LEFT JOIN methods m ON m.slug = e.method
            WHERE e.project_id IN \(publicProjects) ORDER BY e.created_at DESC, e.id DESC LIMIT \(bind: limit)
            """
        ).all().compactMap { row in
            try Self.experiment(row).map {
                (try row.decode(column: "project_id", as: Int.self), TimelineEntry.experiment($0))
            }
        }
        let newest = (journal + gates + experiments).sorted { ($0.1.date, $0.1.key) > ($1.1.date, $1.1.key) }.prefix(
            limit)
        let ids = Set(newest.map(\.0))
        guard !ids.isEmpty else { return [] }
        let titles = Dictionary(
            uniqueKeysWithValues: try await sql.raw(
                "SELECT id, title FROM projects WHERE id IN (\(SQLList(ids.sorted().map { SQLBind($0) })))"
            )
            .all().map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "title", as: String.self)) })
        return newest.map { FeedEntry(projectID: $0.0, projectTitle: titles[$0.0] ?? "", entry: $0.1) }
    }
}

extension ProjectStore {
    /// People who can be in a project's team: everyone with a role besides resident (or only `roles`).
    func people(roles: [PlatformRole] = [.staff, .coach, .partner, .admin]) async throws -> [ProjectPerson] {
        try await sql.raw(
            """
            SELECT a.id, a.name FROM accounts a WHERE a.deleted_at IS NULL
            AND a.id IN (SELECT account_id FROM account_roles WHERE role IN (\(SQLList(roles.map { SQLBind($0.rawValue) }))))
            ORDER BY a.name, a.id
            """
        ).all().map {
            ProjectPerson(
                id: try $0.decode(column: "id", as: Int.self), name: try $0.decode(column: "name", as: String.self))
        }
    }
}
