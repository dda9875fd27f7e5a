import Fluent
import Foundation
import HubbenCore
import Vapor

/// Effect goals and money granted or spent.
extension ProjectController {
    static let goalFields = ["what", "for_whom", "measure", "baseline", "target"]

    func goalForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        return HTMLResponse.make(ProjectForms.goal(.init(), context(req, project)), for: req)
    }

    func addGoal(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, Self.goalFields)
        let goal = EffectGoalDraft(
            what: values["what"], forWhom: values["for_whom"], measure: values["measure"], baseline: values["baseline"],
            target: values["target"])
        switch try await actions(req).addGoal(projectID: project.id, goal) {
        case .saved: return done(req, project.id)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.goalLabels, req.t)
            return respond(req, ProjectForms.goal(values, context(req, project, errors: errors)), errors: errors)
        }
    }

    func goal(_ req: Request, _ project: ProjectDetail) throws -> EffectGoal {
        guard let id = req.parameters.get("goal", as: Int.self), let goal = project.goals.first(where: { $0.id == id })
        else { throw Abort(.notFound) }
        return goal
    }

    func reachedForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        values.text["reached_on"] = Day(req.now).iso
        return HTMLResponse.make(
            ProjectForms.goalReached(try goal(req, project), values: values, context(req, project)), for: req)
    }

    func markReached(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let goal = try goal(req, project)
        let values = values(req, ["reached_on", "reached_comment"])
        var unreadable = FieldProblems<GoalReachedDraft.Field>()
        let reached = GoalReachedDraft(
            date: FormInput.day(values["reached_on"], .reachedOn, into: &unreadable),
            comment: values["reached_comment"])
        switch try await actions(req).markGoalReached(
            projectID: project.id, goalID: goal.id, reached, unreadable: unreadable)
        {
        case .saved: return done(req, project.id)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.reachedLabels, req.t)
            return respond(
                req, ProjectForms.goalReached(goal, values: values, context(req, project, errors: errors)),
                errors: errors)
        }
    }

    func fundForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        values.text["date"] = Day(req.now).iso
        return HTMLResponse.make(ProjectForms.fund(values, context(req, project)), for: req)
    }

    func addFund(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, ["kind", "amount", "date", "source", "comment"])
        var unreadable = FieldProblems<FundDraft.Field>()
        let fund = FundDraft(
            kind: FundKind(rawValue: values["kind"]) ?? .spent,
            amount: FormInput.int(values["amount"], .amount, into: &unreadable),
            date: FormInput.day(values["date"], .date, into: &unreadable), source: values["source"],
            comment: values["comment"])
        switch try await actions(req).addFund(projectID: project.id, fund, unreadable: unreadable) {
        case .saved: return done(req, project.id)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.fundLabels, req.t)
            return respond(req, ProjectForms.fund(values, context(req, project, errors: errors)), errors: errors)
        }
    }
}
