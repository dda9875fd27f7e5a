import Fluent
import Foundation
import HubbenCore
import Vapor

/// Experiments and journal entries.
extension ProjectController {
    static let experimentFields = [
        "phase", "hypothesis", "method", "method_other", "success_criterion", "participants", "result", "learning",
        "started_on", "ended_on",
    ]

    static func experimentDraft(
        _ values: ProjectForms.Values, currentPhase: ProjectPhase, problems: inout FieldProblems<ExperimentDraft.Field>
    ) -> ExperimentDraft {
        ExperimentDraft(
            phase: ProjectPhase(rawValue: values["phase"]) ?? currentPhase, hypothesis: values["hypothesis"],
            method: method(values["method"], into: &problems), methodOther: values["method_other"],
            successCriterion: values["success_criterion"],
            participants: FormInput.int(values["participants"], .participants, into: &problems),
            result: ExperimentResult(rawValue: values["result"]), learning: values["learning"],
            startedOn: FormInput.day(values["started_on"], .startedOn, into: &problems),
            endedOn: FormInput.day(values["ended_on"], .endedOn, into: &problems))
    }

    /// The chosen method; a value no method can have is reported at the field (and read as `other` meanwhile).
    private static func method(_ text: String, into problems: inout FieldProblems<ExperimentDraft.Field>)
        -> ExperimentMethod
    {
        if let method = ExperimentMethod(rawValue: text) { return method }
        problems[.method] = text.isEmpty ? .missing : .invalid
        return .other
    }

    /// The toolbox's methods for the form's choice, in the request's language.
    private func methodChoices(_ req: Request) async throws -> [(value: String, label: String)] {
        try await MethodActions(context: req.actionContext).list().map { ($0.slug, $0.draft.text(req.t.language).name) }
    }

    func experimentForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        let today = Day(req.now).iso
        values.text = ["phase": project.card.stage.phase.rawValue, "started_on": today]
        let methods = try await methodChoices(req)
        let context = context(req, project)
        let page = try await req.sharedPageWithForms("project.experiment.new \(project.id) \(today)") {
            [values] csrf in
            var context = context
            context.csrf = csrf
            return ProjectForms.experiment(
                values, currentPhase: project.card.stage.phase, experimentID: nil, methods: methods, context)
        }
        return HTMLResponse.make(page, for: req)
    }

    func addExperiment(req: Request) async throws -> Response {
        try await saveExperiment(req, experimentID: nil)
    }

    func experimentEditForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        guard let id = req.parameters.get("experiment", as: Int.self),
            let experiment = try await ProjectStore(database: req.db).experiments(projectID: project.id).first(where: {
                $0.id == id
            })
        else {
            throw Abort(.notFound)
        }
        let draft = experiment.draft
        var values = ProjectForms.Values()
        values.text = [
            "phase": draft.phase.rawValue, "hypothesis": draft.hypothesis, "method": draft.method.rawValue,
            "method_other": draft.methodOther,
            "success_criterion": draft.successCriterion, "participants": draft.participants.map(String.init) ?? "",
            "result": draft.result?.rawValue ?? "", "learning": draft.learning,
            "started_on": draft.startedOn?.iso ?? "",
            "ended_on": draft.endedOn?.iso ?? "",
        ]
        return HTMLResponse.make(
            ProjectForms.experiment(
                values, currentPhase: project.card.stage.phase, experimentID: id, methods: try await methodChoices(req),
                context(req, project)),
            for: req)
    }

    func updateExperiment(req: Request) async throws -> Response {
        guard let id = req.parameters.get("experiment", as: Int.self) else { throw Abort(.notFound) }
        return try await saveExperiment(req, experimentID: id)
    }

    func saveExperiment(_ req: Request, experimentID: Int?) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, Self.experimentFields)
        let phase = project.card.stage.phase
        var unreadable = FieldProblems<ExperimentDraft.Field>()
        let draft = Self.experimentDraft(values, currentPhase: phase, problems: &unreadable)
        switch try await actions(req).saveExperiment(
            projectID: project.id, experimentID: experimentID, draft, unreadable: unreadable)
        {
        case .saved(let experiment):
            return done(req, project.id, anchor: "#experiment-\(experiment.id)")
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.experimentLabels, req.t)
            return respond(
                req,
                ProjectForms.experiment(
                    values, currentPhase: phase, experimentID: experimentID, methods: try await methodChoices(req),
                    context(req, project, errors: errors)),
                errors: errors)
        }
    }

    func journalForm(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        var values = ProjectForms.Values()
        values.text["visibility"] = project.card.visibility.rawValue
        return HTMLResponse.make(ProjectForms.journal(values, context(req, project)), for: req)
    }

    func addJournalEntry(req: Request) async throws -> Response {
        let (project, _) = try await editable(req)
        let values = values(req, ["kind", "title", "body", "link", "visibility"])
        let entry = JournalDraft(
            kind: JournalKind(rawValue: values["kind"]) ?? .note, title: values["title"], body: values["body"],
            link: values["link"], visibility: ProjectVisibility(rawValue: values["visibility"]) ?? .internal)
        switch try await actions(req).addJournalEntry(projectID: project.id, entry) {
        case .saved(let saved):
            return done(req, project.id, anchor: "#journal-\(saved.id)")
        case .invalid(let problems):
            let errors = ProjectMessages.errors(problems, ProjectMessages.journalLabels, req.t)
            return respond(req, ProjectForms.journal(values, context(req, project, errors: errors)), errors: errors)
        }
    }
}
