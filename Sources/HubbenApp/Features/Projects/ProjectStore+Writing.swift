import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Writing projects. Every change checks its draft first (`InvalidDraft` names each field's
/// problem) and runs in one transaction.
extension ProjectStore {
    private func ids(_ query: SQLQueryString) async throws -> Set<Int> {
        Set(try await sql.raw(query).all().map { try $0.decode(column: "id", as: Int.self) })
    }

    private func check(_ draft: ProjectDraft) async throws {
        let problems = try await problems(draft)
        guard problems.isEmpty else { throw InvalidDraft(problems) }
    }

    /// The draft's problems, including organisations, themes and people that do not exist.
    func problems(_ draft: ProjectDraft) async throws -> FieldProblems<ProjectDraft.Field> {
        var problems = draft.problems(
            knownOrganizationIDs: try await ids("SELECT id FROM organizations"),
            knownThemeIDs: try await ids("SELECT id FROM themes"))
        let people = [draft.leadID, draft.coachID].compactMap { $0 }
        if !people.isEmpty {
            let living = try await ids(
                "SELECT id FROM accounts WHERE deleted_at IS NULL AND id IN (\(SQLList(people.map { SQLBind($0) })))")
            if let lead = draft.leadID, !living.contains(lead) { problems[.leadID] = .invalid }
            if let coach = draft.coachID {
                let coaches = try await ids(
                    "SELECT account_id AS id FROM account_roles WHERE role IN (\(bind: PlatformRole.coach.rawValue), \(bind: PlatformRole.admin.rawValue)) AND account_id = \(bind: coach)"
                )
                if !living.contains(coach) || coaches.isEmpty { problems[.coachID] = .invalid }
            }
        }
        return problems
    }

    /// Starts a project in need insight, from an accepted idea or directly.
    func create(_ draft: ProjectDraft, ideaID: Int?, createdBy: Int, now: Date) async throws -> Int {
        try await check(draft)
        if let ideaID {
            let accepted = try await ids(
                "SELECT id FROM ideas WHERE id = \(bind: ideaID) AND status = \(bind: IdeaStatus.accepted.rawValue)")
            let taken = try await ids("SELECT id FROM projects WHERE idea_id = \(bind: ideaID)")
            guard !accepted.isEmpty, taken.isEmpty else { throw ProjectError.ideaNotAvailable }
        }
        do {
            return try await database.writeTransaction { db in
                let sql = try db.sql
                guard
                    let id = try await sql.raw(
                        """
                        INSERT INTO projects (title, what, why, how, visibility, phase, idea_id, lead_id, coach_id, estimated_budget,
                                              phase_started_at, created_by, created_at, updated_at)
                        VALUES (\(bind: draft.title), \(bind: draft.what), \(bind: draft.why), \(bind: draft.how), \(bind: draft.visibility.rawValue),
                                \(bind: ProjectPhase.needInsight.rawValue), \(bind: ideaID), \(bind: draft.leadID), \(bind: draft.coachID),
                                \(bind: draft.estimatedBudget), \(bind: now), \(bind: createdBy), \(bind: now), \(bind: now))
                        RETURNING id
                        """
                    ).first()?.decode(column: "id", as: Int.self)
                else { throw ProjectError.notFound }
                try await Self.link(id, draft, on: sql)
                try await SiteSearch(sql: sql).index(SiteSearch.projects, ids: [id])
                return id
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another request started a project from the same idea a moment earlier.
            throw ProjectError.ideaNotAvailable
        }
    }

    private static func link(_ id: Int, _ draft: ProjectDraft, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM project_organizations WHERE project_id = \(bind: id)").run()
        try await sql.raw("DELETE FROM project_themes WHERE project_id = \(bind: id)").run()
        for organization in Set(draft.organizationIDs).sorted() {
            try await sql.raw(
                "INSERT INTO project_organizations (project_id, organization_id) VALUES (\(bind: id), \(bind: organization))"
            ).run()
        }
        for theme in Set(draft.themeIDs).sorted() {
            try await sql.raw("INSERT INTO project_themes (project_id, theme_id) VALUES (\(bind: id), \(bind: theme))")
                .run()
        }
    }

    func update(id: Int, _ draft: ProjectDraft, now: Date) async throws {
        try await check(draft)
        try await database.writeTransaction { db in
            let sql = try db.sql
            guard
                try await sql.raw(
                    """
                    UPDATE projects SET title = \(bind: draft.title), what = \(bind: draft.what), why = \(bind: draft.why), how = \(bind: draft.how),
                           visibility = \(bind: draft.visibility.rawValue), lead_id = \(bind: draft.leadID), coach_id = \(bind: draft.coachID),
                           estimated_budget = \(bind: draft.estimatedBudget), updated_at = \(bind: now)
                    WHERE id = \(bind: id) RETURNING id
                    """
                ).first() != nil
            else { throw ProjectError.notFound }
            try await Self.link(id, draft, on: sql)
            try await SiteSearch(sql: sql).index(SiteSearch.projects, ids: [id])
        }
    }

    /// The link to the procurement notice, once it is published.
    func setNoticeURL(projectID: Int, _ url: String, now: Date) async throws {
        let url = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard url.isEmpty || WebLink.isValid(url) else { throw InvalidDraft<GateRules.Field>([.noticeURL: .invalid]) }
        guard
            try await sql.raw(
                """
                UPDATE projects SET notice_url = \(bind: url), updated_at = \(bind: now) WHERE id = \(bind: projectID) AND outcome = \(bind: ProjectOutcome.procurement.rawValue) RETURNING id
                """
            ).first() != nil
        else { throw ProjectError.notFound }
    }

    // MARK: Team

    /// Adds a person to the team, or changes their role if they are already in it.
    func setMember(projectID: Int, accountID: Int?, role: ProjectMemberRole?, roleText: String) async throws {
        let roleText = roleText.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: FieldProblems<TeamMemberField> = [:]
        if let accountID {
            if try await ids("SELECT id FROM accounts WHERE deleted_at IS NULL AND id = \(bind: accountID)").isEmpty {
                problems[.accountID] = .invalid
            }
        } else {
            problems[.accountID] = .missing
        }
        if role == nil { problems[.role] = .missing }
        if role == .other, roleText.isEmpty { problems[.roleText] = .missing }
        if roleText.count > 100 { problems[.roleText] = .tooLong(limit: 100) }
        guard problems.isEmpty, let accountID, let role else { throw InvalidDraft(problems) }
        try await database.writeTransaction { db in
            let sql = try db.sql
            try await sql.raw(
                "DELETE FROM project_members WHERE project_id = \(bind: projectID) AND account_id = \(bind: accountID)"
            ).run()
            try await sql.raw(
                """
                INSERT INTO project_members (project_id, account_id, role, role_text)
                VALUES (\(bind: projectID), \(bind: accountID), \(bind: role.rawValue), \(bind: role == .other ? roleText : ""))
                """
            ).run()
        }
    }

    func removeMember(projectID: Int, accountID: Int) async throws {
        try await sql.raw(
            "DELETE FROM project_members WHERE project_id = \(bind: projectID) AND account_id = \(bind: accountID)"
        ).run()
    }

    // MARK: Goals and money

    func addGoal(projectID: Int, _ goal: EffectGoalDraft, now: Date) async throws -> Int {
        guard goal.problems.isEmpty else { throw InvalidDraft(goal.problems) }
        return try await insert(
            """
            INSERT INTO effect_goals (project_id, what, for_whom, measure, baseline, target, created_at)
            VALUES (\(bind: projectID), \(bind: goal.what), \(bind: goal.forWhom), \(bind: goal.measure), \(bind: goal.baseline),
                    \(bind: goal.target), \(bind: now)) RETURNING id
            """)
    }

    func markGoalReached(projectID: Int, goalID: Int, _ reached: GoalReachedDraft) async throws {
        guard reached.problems.isEmpty, let day = reached.date else { throw InvalidDraft(reached.problems) }
        guard
            try await sql.raw(
                """
                UPDATE effect_goals SET reached_on = \(bind: day.iso), reached_comment = \(bind: reached.comment)
                WHERE id = \(bind: goalID) AND project_id = \(bind: projectID) RETURNING id
                """
            ).first() != nil
        else { throw ProjectError.notFound }
    }

    func addFund(projectID: Int, _ fund: FundDraft) async throws -> Int {
        guard fund.problems.isEmpty, let amount = fund.amount, let day = fund.date else {
            throw InvalidDraft(fund.problems)
        }
        return try await insert(
            """
            INSERT INTO project_funds (project_id, kind, amount, day, source, comment)
            VALUES (\(bind: projectID), \(bind: fund.kind.rawValue), \(bind: amount), \(bind: day.iso), \(bind: fund.source), \(bind: fund.comment))
            RETURNING id
            """)
    }

    private func insert(_ query: SQLQueryString) async throws -> Int {
        guard let id = try await sql.raw(query).first()?.decode(column: "id", as: Int.self) else {
            throw ProjectError.notFound
        }
        return id
    }

    // MARK: Work inside a phase

    func addExperiment(projectID: Int, _ experiment: ExperimentDraft, currentPhase: ProjectPhase, now: Date)
        async throws -> Int
    {
        let problems = experiment.problems(currentPhase: currentPhase)
        guard problems.isEmpty, let started = experiment.startedOn else { throw InvalidDraft(problems) }
        return try await insert(
            """
            INSERT INTO experiments (project_id, phase, hypothesis, method, method_other, success_criterion, participants, result, learning,
                                     started_on, ended_on, created_at)
            VALUES (\(bind: projectID), \(bind: experiment.phase.rawValue), \(bind: experiment.hypothesis), \(bind: experiment.method.rawValue),
                    \(bind: experiment.methodOther),
                    \(bind: experiment.successCriterion), \(bind: experiment.participants), \(bind: experiment.result?.rawValue),
                    \(bind: experiment.learning), \(bind: started.iso), \(bind: experiment.endedOn?.iso), \(bind: now)) RETURNING id
            """)
    }

    /// Records what came of an experiment (or corrects it).
    func updateExperiment(projectID: Int, experimentID: Int, _ experiment: ExperimentDraft, currentPhase: ProjectPhase)
        async throws
    {
        let problems = experiment.problems(currentPhase: currentPhase)
        guard problems.isEmpty, let started = experiment.startedOn else { throw InvalidDraft(problems) }
        guard
            try await sql.raw(
                """
                UPDATE experiments SET phase = \(bind: experiment.phase.rawValue), hypothesis = \(bind: experiment.hypothesis),
                       method = \(bind: experiment.method.rawValue), method_other = \(bind: experiment.methodOther),
                       success_criterion = \(bind: experiment.successCriterion),
                       participants = \(bind: experiment.participants), result = \(bind: experiment.result?.rawValue),
                       learning = \(bind: experiment.learning), started_on = \(bind: started.iso), ended_on = \(bind: experiment.endedOn?.iso)
                WHERE id = \(bind: experimentID) AND project_id = \(bind: projectID) RETURNING id
                """
            ).first() != nil
        else { throw ProjectError.notFound }
    }

    func addJournalEntry(projectID: Int, _ entry: JournalDraft, phase: ProjectPhase, authorID: Int, now: Date)
        async throws -> Int
    {
        guard entry.problems.isEmpty else { throw InvalidDraft(entry.problems) }
        return try await insert(
            """
            INSERT INTO journal_entries (project_id, phase, kind, title, body, link, visibility, author_id, created_at)
            VALUES (\(bind: projectID), \(bind: phase.rawValue), \(bind: entry.kind.rawValue), \(bind: entry.title), \(bind: entry.body),
                    \(bind: entry.link), \(bind: entry.visibility.rawValue), \(bind: authorID), \(bind: now)) RETURNING id
            """)
    }

    // MARK: Gates

    /// Records a gate decision and moves the project. The move is made only if the project is still where the
    /// decision saw it, so two reviews at the same moment cannot both move it: the second gets `notAllowed`.
    /// `expecting` is the phase the decider saw (the form sends it): if the project has moved since, the
    /// decision is refused rather than applied to a phase nobody reviewed.
    func decide(
        projectID: Int, _ draft: GateDecisionDraft, actor: Actor, relation: ProjectRelation,
        expecting: ProjectPhase? = nil,
        now: Date
    ) async throws -> Int {
        guard
            let current = try await sql.raw("SELECT phase, outcome FROM projects WHERE id = \(bind: projectID)")
                .first(),
            let phase = ProjectPhase(rawValue: try current.decode(column: "phase", as: String.self))
        else { throw ProjectError.notFound }
        let stage = ProjectStage(
            phase: phase,
            outcome: try current.decode(column: "outcome", as: String?.self).flatMap(ProjectOutcome.init(rawValue:)))
        if let expecting, expecting != stage.phase || !stage.isActive { throw ProjectError.gate(.notAllowed) }
        let next: ProjectStage
        do {
            next = try GateRules.evaluate(draft, from: stage, actor: actor, relation: relation)
        } catch let problem {
            throw ProjectError.gate(problem)
        }
        var problems = Set<GateRules.Field>()
        let evidence = Array(Set(draft.evidence)).sorted()
        if !evidence.isEmpty {
            let known = try await ids(
                "SELECT id FROM experiments WHERE project_id = \(bind: projectID) AND id IN (\(SQLList(evidence.map { SQLBind($0) })))"
            )
            if known.count != evidence.count { problems.insert(.evidence) }
        }
        if next.outcome == .partnership, let partner = draft.details.partnerOrganizationID,
            try await ids(
                "SELECT id FROM organizations WHERE kind = \(bind: OrganizationKind.partner.rawValue) AND id = \(bind: partner)"
            ).isEmpty
        {
            problems.insert(.partner)
        }
        guard problems.isEmpty else { throw ProjectError.gate(.invalid(problems)) }
        let details = next.outcome == nil ? OutcomeDetails() : draft.details
        return try await database.writeTransaction { db in
            let sql = try db.sql
            guard
                try await sql.raw(
                    """
                    UPDATE projects SET phase = \(bind: next.phase.rawValue), outcome = \(bind: next.outcome?.rawValue), phase_started_at = \(bind: now),
                           updated_at = \(bind: now), taken_over_by = \(bind: next.outcome == .inHouse ? details.takenOverBy : nil),
                           partner_organization_id = \(bind: next.outcome == .partnership ? details.partnerOrganizationID : nil),
                           contributions = \(bind: next.outcome == .partnership ? details.contributions : nil),
                           market_dialogue = \(bind: next.outcome == .procurement ? details.marketDialogue?.rawValue : nil),
                           requirements_summary = \(bind: next.outcome == .procurement ? details.requirementsSummary : nil),
                           notice_url = \(bind: next.outcome == .procurement ? details.noticeURL : nil),
                           lessons_learned = \(bind: next.outcome == nil ? nil : draft.lessonsLearned)
                    WHERE id = \(bind: projectID) AND phase = \(bind: stage.phase.rawValue) AND outcome IS NULL RETURNING id
                    """
                ).first() != nil
            else { throw ProjectError.gate(.notAllowed) }
            guard
                let id = try await sql.raw(
                    """
                    INSERT INTO gate_decisions (project_id, decision, from_phase, to_phase, outcome, rationale, lessons_learned, evidence,
                                                decided_by, decided_at)
                    VALUES (\(bind: projectID), \(bind: draft.kind.rawValue), \(bind: stage.phase.rawValue), \(bind: next.phase.rawValue),
                            \(bind: next.outcome?.rawValue), \(bind: draft.rationale), \(bind: draft.lessonsLearned),
                            \(bind: evidence.map(String.init).joined(separator: ",")), \(bind: actor.accountID), \(bind: now))
                    RETURNING id
                    """
                ).first()?.decode(column: "id", as: Int.self)
            else { throw ProjectError.notFound }
            return id
        }
    }
}
