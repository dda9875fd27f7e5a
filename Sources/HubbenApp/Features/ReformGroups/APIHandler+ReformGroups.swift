import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/reform-groups…`.
extension APIHandler {
    func listReformGroups(_ input: Operations.ListReformGroups.Input) async throws
        -> Operations.ListReformGroups.Output
    {
        let req = try APIContext.current()
        let groups = try await ReformGroupActions(context: req.actionContext).list()
        return .ok(
            .init(
                body: .json(
                    groups.map {
                        .init(
                            id: $0.id, name: $0.name, theme: .init(rawValue: $0.theme.rawValue) ?? .integration,
                            purpose: $0.description, startsOn: $0.startsOn?.iso, endsOn: $0.endsOn?.iso)
                    })))
    }

    func getReformGroup(_ input: Operations.GetReformGroup.Input) async throws -> Operations.GetReformGroup.Output {
        let req = try APIContext.current()
        let view = try await ReformGroupActions(context: req.actionContext).view(input.path.id)
        let group = view.group
        let named = view.members.filter(\.shownPublicly)
        return .ok(
            .init(
                body: .json(
                    .init(
                        id: group.id, name: group.name, theme: .init(rawValue: group.theme.rawValue) ?? .integration,
                        purpose: group.description, startsOn: group.startsOn?.iso, endsOn: group.endsOn?.iso,
                        members: named.map {
                            .init(
                                name: $0.name, organization: $0.organization,
                                sector: .init(rawValue: $0.sector.rawValue) ?? .city,
                                position: .init(rawValue: $0.position.rawValue) ?? .member, startsOn: $0.startsOn.iso,
                                endsOn: $0.endsOn?.iso)
                        }, unnamedMembers: view.members.count - named.count,
                        meetings: view.meetings.map {
                            .init(
                                id: $0.id, heldOn: $0.heldOn.iso, title: $0.title, agenda: $0.agenda,
                                minutes: $0.minutes,
                                visibility: .init(rawValue: $0.visibility.rawValue) ?? ._public)
                        },
                        dialogues: view.dialogues.map {
                            .init(
                                id: $0.id, heldOn: $0.heldOn.iso, place: $0.place, participants: $0.participants,
                                heard: $0.heard)
                        },
                        ideas: view.ideas.map {
                            .init(
                                id: $0.id, title: $0.title, status: .init(rawValue: $0.status.rawValue) ?? .submitted,
                                projectId: $0.projectID, project: $0.projectTitle)
                        },
                        challenges: view.challenges.map {
                            .init(id: $0.id, title: $0.title, openUntil: $0.openUntil, ideas: $0.ideaCount)
                        }))))
    }
}
