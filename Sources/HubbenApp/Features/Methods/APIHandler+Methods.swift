import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/methods…`: the method toolbox and the hub's use of each method.
extension APIHandler {
    func listMethods(_ input: Operations.ListMethods.Input) async throws -> Operations.ListMethods.Output {
        let req = try APIContext.current()
        let phase = input.query.phase.flatMap { ProjectPhase(rawValue: $0.rawValue) }
        let methods = try await MethodActions(context: req.actionContext).list().filter { method in
            phase.map { method.draft.phases.contains($0) } ?? true
        }
        return .ok(
            .init(
                body: .json(
                    methods.map {
                        .init(
                            slug: $0.slug, phases: Self.phases($0.draft.phases),
                            name: .init(sv: $0.draft.swedish.name, en: $0.draft.english.name),
                            summary: .init(sv: $0.draft.swedish.summary, en: $0.draft.english.summary), uses: $0.uses)
                    })))
    }

    func getMethod(_ input: Operations.GetMethod.Input) async throws -> Operations.GetMethod.Output {
        let req = try APIContext.current()
        let view = try await MethodActions(context: req.actionContext).view(String(input.path.slug.prefix(80)))
        let draft = view.method.draft
        let use = view.use
        return .ok(
            .init(
                body: .json(
                    .init(
                        slug: draft.slug, phases: Self.phases(draft.phases), sv: Self.text(draft.swedish),
                        en: Self.text(draft.english),
                        use: .init(
                            experiments: use.experiments, participants: use.participants, running: use.running,
                            byPhase: ProjectPhase.allCases.compactMap { phase in
                                use.byPhase[phase].map { .init(phase: Self.api(phase), experiments: $0) }
                            },
                            byResult: ExperimentResult.allCases.map {
                                .init(
                                    result: Self.api($0), experiments: use.byResult[$0] ?? 0, percent: use.percent($0))
                            }),
                        experiments: view.experiments.map {
                            .init(
                                id: $0.id, projectId: $0.projectID, project: $0.projectTitle, phase: Self.api($0.phase),
                                hypothesis: $0.hypothesis, participants: $0.participants,
                                result: $0.result.map { Self.api($0) }, learning: $0.learning,
                                startedOn: $0.startedOn?.iso,
                                endedOn: $0.endedOn?.iso)
                        }, publicExperiments: view.publicExperiments, updatedAt: view.method.updatedAt))))
    }

    private static func phases(_ phases: Set<ProjectPhase>) -> [Components.Schemas.ProjectPhase] {
        ProjectPhase.allCases.filter(phases.contains).map { api($0) }
    }

    private static func text(_ text: MethodText) -> Components.Schemas.MethodText {
        .init(
            name: text.name, summary: text.summary, whenToUse: text.whenToUse, steps: text.stepList,
            timeNeeded: text.timeNeeded, peopleNeeded: text.peopleNeeded, materials: text.materials,
            pitfalls: text.pitfalls, example: text.example)
    }
}
