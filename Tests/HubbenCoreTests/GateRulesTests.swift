import Foundation
import HubbenCore
import Testing

@Suite("Gate rules: phases, decisions and who may make them")
struct GateRulesTests {
    static let coach = Actor(accountID: 3, roles: [.resident, .coach])
    static let admin = Actor(accountID: 5, roles: [.resident, .admin])
    static let lead = Actor(accountID: 2, roles: [.resident, .staff])
    static let otherCoach = Actor(accountID: 9, roles: [.resident, .coach])

    /// A draft that has everything the decision can require, so that only the move itself is tested.
    static func complete(_ kind: GateDecisionKind, to phase: ProjectPhase? = nil, outcome: ProjectOutcome? = nil)
        -> GateDecisionDraft
    {
        GateDecisionDraft(
            kind: kind, toPhase: phase, outcome: outcome, rationale: "Experimenten visar vägen.",
            lessonsLearned: "Vi lärde oss mycket.",
            evidence: [1],
            details: OutcomeDetails(
                takenOverBy: "Stadsbyggnadsförvaltningen", partnerOrganizationID: 4,
                contributions: "Personal och pengar", marketDialogue: .held,
                requirementsSummary: "Krav från testerna"))
    }

    /// Every phase × every decision, by the project's coach: where the project ends up, or nil when the move is not allowed.
    @Test(
        "The move each decision makes from each phase",
        arguments: [
            (ProjectPhase.needInsight, GateDecisionKind.continue, ProjectStage(phase: .pretotype)),
            (.pretotype, .continue, ProjectStage(phase: .prototype)),
            (.prototype, .continue, ProjectStage(phase: .proofOfConcept)),
            (.proofOfConcept, .continue, ProjectStage(phase: .decision)),
            (.decision, .continue, nil),
            (.needInsight, .pivot, nil),
            (.pretotype, .pivot, ProjectStage(phase: .needInsight)),
            (.prototype, .pivot, ProjectStage(phase: .needInsight)),
            (.proofOfConcept, .pivot, ProjectStage(phase: .needInsight)),
            (.decision, .pivot, ProjectStage(phase: .needInsight)),
            (.needInsight, .skip, ProjectStage(phase: .decision)),
            (.pretotype, .skip, ProjectStage(phase: .decision)),
            (.prototype, .skip, ProjectStage(phase: .decision)),
            (.proofOfConcept, .skip, nil),
            (.decision, .skip, nil),
            (.needInsight, .stop, ProjectStage(phase: .needInsight, outcome: .stopped)),
            (.pretotype, .stop, ProjectStage(phase: .pretotype, outcome: .stopped)),
            (.prototype, .stop, ProjectStage(phase: .prototype, outcome: .stopped)),
            (.proofOfConcept, .stop, ProjectStage(phase: .proofOfConcept, outcome: .stopped)),
            (.decision, .stop, ProjectStage(phase: .decision, outcome: .stopped)),
            (.needInsight, .route, nil),
            (.pretotype, .route, ProjectStage(phase: .pretotype, outcome: .procurement)),
            (.prototype, .route, ProjectStage(phase: .prototype, outcome: .procurement)),
            (.proofOfConcept, .route, ProjectStage(phase: .proofOfConcept, outcome: .procurement)),
            (.decision, .route, ProjectStage(phase: .decision, outcome: .procurement)),
        ] as [(ProjectPhase, GateDecisionKind, ProjectStage?)])
    func moves(phase: ProjectPhase, kind: GateDecisionKind, expected: ProjectStage?) {
        let target: ProjectPhase? =
            switch kind {
            case .pivot: .needInsight
            case .skip: .decision
            default: nil
            }
        let draft = Self.complete(kind, to: target, outcome: kind == .route ? .procurement : nil)
        let stage = ProjectStage(phase: phase)
        #expect(GateRules.isPossible(kind, from: stage) == (expected != nil))
        do {
            let result = try GateRules.evaluate(draft, from: stage, actor: Self.coach, relation: .coach)
            #expect(result == expected)
        } catch {
            #expect(expected == nil)
            #expect(error == .notAllowed)
        }
    }

    @Test(
        "Who may record a gate decision",
        arguments: [
            (Actor.anonymous, ProjectRelation.none, false),
            (coach, .coach, true),
            (admin, .none, true),
            (otherCoach, .none, false),
            (lead, .lead, false),
            (lead, .member, false),
            (Actor(accountID: nil, roles: [.admin]), .none, false),
        ] as [(Actor, ProjectRelation, Bool)])
    func roles(actor: Actor, relation: ProjectRelation, allowed: Bool) {
        for phase in ProjectPhase.allCases {
            for kind in GateDecisionKind.allCases where GateRules.isPossible(kind, from: ProjectStage(phase: phase)) {
                let target = GateRules.targets(of: kind, from: phase).first
                let draft = Self.complete(kind, to: target, outcome: kind == .route ? .inHouse : nil)
                do {
                    _ = try GateRules.evaluate(
                        draft, from: ProjectStage(phase: phase), actor: actor, relation: relation)
                    #expect(allowed, "\(kind) from \(phase)")
                } catch {
                    #expect(!allowed && error == .forbidden, "\(kind) from \(phase)")
                }
            }
        }
    }

    @Test("A project with an outcome has no moves left")
    func closed() {
        for outcome in ProjectOutcome.allCases {
            for kind in GateDecisionKind.allCases {
                #expect(throws: GateRules.Problem.notAllowed) {
                    _ = try GateRules.evaluate(
                        Self.complete(kind, to: .decision, outcome: .inHouse),
                        from: ProjectStage(phase: .prototype, outcome: outcome), actor: Self.admin, relation: .none)
                }
            }
        }
    }

    @Test(
        "What each decision requires",
        arguments: [
            (
                GateDecisionDraft(kind: .continue, rationale: ""), ProjectPhase.needInsight,
                Set([GateRules.Field.rationale])
            ),
            (GateDecisionDraft(kind: .pivot, rationale: "Fel spår"), .prototype, [.toPhase]),
            (GateDecisionDraft(kind: .skip, toPhase: .proofOfConcept, rationale: "Tydligt"), .needInsight, [.evidence]),
            (GateDecisionDraft(kind: .stop, rationale: "Inget intresse"), .pretotype, [.lessonsLearned]),
            (GateDecisionDraft(kind: .route, rationale: "Klart"), .decision, [.outcome, .lessonsLearned]),
            (
                GateDecisionDraft(kind: .route, outcome: .stopped, rationale: "Klart", lessonsLearned: "L"), .decision,
                [.outcome]
            ),
            (
                GateDecisionDraft(kind: .route, outcome: .inHouse, rationale: "Klart", lessonsLearned: "L"), .decision,
                [.takenOverBy]
            ),
            (
                GateDecisionDraft(kind: .route, outcome: .partnership, rationale: "Klart", lessonsLearned: "L"),
                .decision, [.partner, .contributions]
            ),
            (
                GateDecisionDraft(kind: .route, outcome: .procurement, rationale: "Klart", lessonsLearned: "L"),
                .pretotype,
                [.marketDialogue, .requirementsSummary]
            ),
            (
                GateDecisionDraft(
                    kind: .route, outcome: .procurement, rationale: "Klart", lessonsLearned: "L",
                    details: OutcomeDetails(
                        marketDialogue: .planned, requirementsSummary: "Krav", noticeURL: "javascript:alert(1)")),
                .pretotype, [.noticeURL]
            ),
        ] as [(GateDecisionDraft, ProjectPhase, Set<GateRules.Field>)])
    func requirements(draft: GateDecisionDraft, phase: ProjectPhase, missing: Set<GateRules.Field>) {
        #expect(throws: GateRules.Problem.invalid(missing)) {
            _ = try GateRules.evaluate(draft, from: ProjectStage(phase: phase), actor: Self.coach, relation: .coach)
        }
    }

    @Test("A target phase the decision cannot reach is not allowed, not merely invalid")
    func wrongTargets() {
        #expect(throws: GateRules.Problem.notAllowed) {
            _ = try GateRules.evaluate(
                GateDecisionDraft(kind: .pivot, toPhase: .decision, rationale: "r"),
                from: ProjectStage(phase: .prototype),
                actor: Self.coach, relation: .coach)
        }
        #expect(throws: GateRules.Problem.notAllowed) {
            _ = try GateRules.evaluate(
                GateDecisionDraft(kind: .skip, toPhase: .prototype, rationale: "r", evidence: [1]),
                from: ProjectStage(phase: .pretotype), actor: Self.coach, relation: .coach)
        }
        #expect(throws: GateRules.Problem.notAllowed) {
            _ = try GateRules.evaluate(
                GateDecisionDraft(kind: .continue, toPhase: .decision, rationale: "r"),
                from: ProjectStage(phase: .pretotype),
                actor: Self.coach, relation: .coach)
        }
    }

    @Test("Progress: each phase has its value; outcomes are the whole way, except stopping")
    func progress() {
        #expect(ProjectPhase.allCases.map(\.progress) == [10, 30, 50, 70, 90])
        #expect(ProjectStage(phase: .prototype, outcome: .procurement).progress == 100)
        #expect(ProjectStage(phase: .pretotype, outcome: .stopped).progress == 30)
    }

    @Test(
        "Who may see and change a project",
        arguments: [
            (Actor.anonymous, ProjectRelation.none, ProjectVisibility.public, true, false),
            (Actor.anonymous, .none, .internal, false, false),
            (lead, .none, .internal, false, false),
            (lead, .member, .internal, true, true),
            (lead, .lead, .public, true, true),
            (otherCoach, .none, .internal, true, true),
            (admin, .none, .internal, true, true),
            (Actor(accountID: 7, roles: [.resident, .partner]), .none, .public, true, false),
        ] as [(Actor, ProjectRelation, ProjectVisibility, Bool, Bool)])
    func visibility(actor: Actor, relation: ProjectRelation, visibility: ProjectVisibility, view: Bool, edit: Bool) {
        #expect(Authorization.allows(actor, ProjectAction.view(visibility: visibility, relation: relation)) == view)
        #expect(Authorization.allows(actor, ProjectAction.edit(relation: relation)) == edit)
    }

    @Test("Drafts explain every problem by field")
    func drafts() {
        let project = ProjectDraft(title: " ", organizationIDs: [], visibility: .public, estimatedBudget: -1)
        #expect(
            project.problems(knownOrganizationIDs: [1], knownThemeIDs: []) == [
                .title: .missing, .organizations: .missing, .estimatedBudget: .invalid,
            ])
        #expect(
            ProjectDraft(title: "T", organizationIDs: [2], visibility: .public).problems(
                knownOrganizationIDs: [1], knownThemeIDs: [])
                == [.organizations: .invalid])
        let experiment = ExperimentDraft(
            phase: .prototype, hypothesis: "H", method: .pilot, successCriterion: "", participants: -3,
            result: .supported, startedOn: Day("2026-05-10"), endedOn: Day("2026-05-01"))
        #expect(
            experiment.problems(currentPhase: .pretotype)
                == [
                    .phase: .invalid, .successCriterion: .missing, .participants: .invalid, .learning: .missing,
                    .endedOn: .invalid,
                ])
        #expect(
            JournalDraft(kind: .demo, title: "Demo", body: "Text", link: "javascript:alert(1)", visibility: .public)
                .problems == [.link: .invalid])
        #expect(
            FundDraft(kind: .granted, amount: 0, date: nil).problems == [
                .amount: .invalid, .date: .missing, .source: .missing,
            ])
        #expect(Day("2026-02-30") == nil)
        #expect(Day("2026-02-28")?.iso == "2026-02-28")
        #expect(WebLink.isValid("https://www.e-avrop.com/notice/123"))
        #expect(!WebLink.isValid("ftp://example.org"))
    }
}
