import Fluent
import Foundation
import HubbenCore
import Vapor

/// The project's team: who is on it and in which role.
extension ProjectController {
    func teamPage(req: Request) async throws -> Response {
        let project = try await teamManageable(req)
        return HTMLResponse.make(
            ProjectForms.team(
                project, values: .init(), people: try await ProjectStore(database: req.db).people(),
                context(req, project)), for: req)
    }

    /// The project, for someone who may change its lead and team.
    func teamManageable(_ req: Request) async throws -> ProjectDetail {
        _ = try req.requireAccount()
        return try await actions(req).teamManageable(try req.idParameter(), forShowing: req.method == .GET)
    }

    func addMember(req: Request) async throws -> Response {
        let project = try await teamManageable(req)
        let values = values(req, ["account_id", "role", "role_text"])
        let outcome = try await actions(req).setMember(
            projectID: project.id, accountID: Int(values["account_id"]),
            role: ProjectMemberRole(rawValue: values["role"]), roleText: values["role_text"])
        switch outcome {
        case .saved:
            return req.redirect(to: ProjectPaths.team(project.id), redirectType: .normal)
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.teamLabels, req.t)
            return respond(
                req,
                ProjectForms.team(
                    project, values: values, people: try await ProjectStore(database: req.db).people(),
                    context(req, project, errors: errors)),
                errors: errors)
        }
    }

    func removeMember(req: Request) async throws -> Response {
        let project = try await teamManageable(req)
        guard let accountID = req.parameters.get("account", as: Int.self) else { throw Abort(.notFound) }
        _ = try await actions(req).removeMember(projectID: project.id, accountID: accountID)
        return req.redirect(to: ProjectPaths.team(project.id), redirectType: .normal)
    }
}
