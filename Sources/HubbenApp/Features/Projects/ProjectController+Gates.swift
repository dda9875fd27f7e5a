import Fluent
import Foundation
import HubbenCore
import Vapor

/// Gate reviews: the decision that moves a project on, back or out.
extension ProjectController {
    static let gateFields = [
        "from_phase", "decision", "to_phase", "rationale", "lessons_learned", "outcome", "taken_over_by", "partner",
        "contributions",
        "market_dialogue", "requirements_summary", "notice_url",
    ]

    func gatePage(_ req: Request, _ project: ProjectDetail, values: ProjectForms.Values, errors: FormErrors)
        async throws -> Response
    {
        let store = ProjectStore(database: req.db)
        return respond(
            req,
            ProjectForms.gate(
                values, stage: project.card.stage, experiments: try await store.experiments(projectID: project.id),
                partners: try await OrganizationStore(database: req.db).organizations(of: .partner),
                context(req, project, errors: errors)), errors: errors)
    }

    func gateable(_ req: Request) async throws -> (ProjectDetail, ProjectRelation) {
        _ = try req.requireAccount()
        return try await actions(req).gateable(try req.idParameter(), forShowing: req.method == .GET)
    }

    func gateForm(req: Request) async throws -> Response {
        let (project, _) = try await gateable(req)
        guard project.card.stage.isActive else { return done(req, project.id) }
        return try await gatePage(req, project, values: .init(), errors: FormErrors())
    }

    static func gateDraft(_ values: ProjectForms.Values) -> GateDecisionDraft? {
        guard let kind = GateDecisionKind(rawValue: values["decision"]) else { return nil }
        return GateDecisionDraft(
            kind: kind, toPhase: ProjectPhase(rawValue: values["to_phase"]),
            outcome: kind == .stop ? .stopped : ProjectOutcome(rawValue: values["outcome"]),
            rationale: values["rationale"], lessonsLearned: values["lessons_learned"],
            evidence: (values.chosen["evidence"] ?? []).sorted(),
            details: OutcomeDetails(
                takenOverBy: values["taken_over_by"], partnerOrganizationID: Int(values["partner"]),
                contributions: values["contributions"],
                marketDialogue: MarketDialogue(rawValue: values["market_dialogue"]),
                requirementsSummary: values["requirements_summary"], noticeURL: values["notice_url"]))
    }

    func decide(req: Request) async throws -> Response {
        let (project, _) = try await gateable(req)
        let values = values(req, Self.gateFields, lists: ["evidence"])
        guard let draft = Self.gateDraft(values) else {
            var errors = FormErrors()
            errors.add("decision", req.t(.gateErrorDecision))
            return try await gatePage(req, project, values: values, errors: errors)
        }
        switch try await actions(req).decide(
            projectID: project.id, draft, expecting: ProjectPhase(rawValue: values["from_phase"]))
        {
        case .decided: return done(req, project.id, anchor: "#timeline", done: "gate")
        case .refused(let problem):
            return try await gatePage(req, project, values: values, errors: ProjectMessages.gateErrors(problem, req.t))
        }
    }
}
