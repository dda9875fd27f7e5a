import Foundation
import HubbenCore

/// The method toolbox's pages: the list, a method with the hub's use of it, and the coaches' form.
enum MethodPages {
    struct ListModel {
        var methods: [ToolboxMethod]
        var phase: ProjectPhase?
        var mayEdit: Bool
    }

    static func list(_ model: ListModel, _ t: Localizer) -> Page {
        let shown = model.methods.filter { method in model.phase.map { method.draft.phases.contains($0) } ?? true }
        return Page(
            title: t(.methodsTitle),
            main: .group(
                .h1(.text(t(.methodsTitle))),
                PageParts.lead(t(.methodsLead)),
                .if(
                    model.mayEdit,
                    .p(.a(.class("button button-secondary"), .href(MethodPaths.new()), .text(t(.methodsNew))))),
                .form(
                    .method(.get), .action(MethodPaths.list()), .class("filters"),
                    FormParts.select(
                        name: "phase", label: t(.methodsPhaseFilter),
                        options: [("", t(.methodsAllPhases))]
                            + ProjectPhase.allCases.filter { $0 != .decision }.map {
                                ($0.rawValue, t(ProjectPages.phase($0)))
                            },
                        selected: model.phase?.rawValue ?? "", t),
                    FormParts.submit(t(.methodsFilter), style: "button-secondary")),
                shown.isEmpty
                    ? .p(.text(t(.methodsNone)))
                    : .ul(
                        .class("card-list"),
                        .forEach(shown) { method in
                            let text = method.draft.text(t.language)
                            return .li(
                                .class("card"),
                                .h2(.class("card-title"), .a(.href(MethodPaths.show(method.slug)), .text(text.name))),
                                .p(.text(text.summary)),
                                .p(.class("muted"), .text(phases(method.draft.phases, t))),
                                .p(
                                    .class("muted"),
                                    .text(t(.methodsUsed(method.uses, t.language)))))
                        })
            ), section: .projects)
    }

    static func phases(_ phases: Set<ProjectPhase>, _ t: Localizer) -> String {
        ProjectPhase.allCases.filter(phases.contains).map { t(ProjectPages.phase($0)) }.joined(separator: " · ")
    }

    static func show(_ view: MethodActions.MethodView, mayEdit: Bool, notice: String?, _ t: Localizer) -> Page {
        let method = view.method
        let text = method.draft.text(t.language)
        let facts: [(LocalizedText, String)] = [
            (.methodTimeNeeded, text.timeNeeded), (.methodPeopleNeeded, text.peopleNeeded),
            (.methodMaterials, text.materials), (.methodPitfalls, text.pitfalls), (.methodExample, text.example),
        ]
        return Page(
            title: text.name,
            main: .group(
                FormParts.notice(notice),
                .p(.class("muted"), .a(.href(MethodPaths.list()), .text(t(.methodsTitle)))),
                .h1(.text(text.name)),
                PageParts.lead(text.summary),
                .if(
                    mayEdit,
                    .p(
                        .a(
                            .class("button button-secondary"), .href(MethodPaths.edit(method.slug)),
                            .text(t(.methodEdit))))),
                .dl(
                    .class("facts"),
                    .dt(.text(t(.methodPhases))), .dd(.text(phases(method.draft.phases, t))),
                    .if(
                        !text.whenToUse.isEmpty,
                        .group(.dt(.text(t(.methodWhenToUse))), .dd(.class("prose"), .text(text.whenToUse))))),
                .if(
                    !text.stepList.isEmpty,
                    .section(
                        .attribute(named: "aria-labelledby", value: "steps-heading"),
                        .h2(.id("steps-heading"), .text(t(.methodSteps))),
                        .ol(.forEach(text.stepList) { .li(.text($0)) }))),
                .dl(
                    .class("facts"),
                    .forEach(facts.filter { !$0.1.isEmpty }) { label, value in
                        .group(.dt(.text(t(label))), .dd(.class("prose"), .text(value)))
                    }),
                use(view.use, t),
                experiments(view, t)
            ), section: .projects,
            sharing: .init(description: text.summary))
    }

    private static func use(_ use: MethodUse, _ t: Localizer) -> Node {
        let number = { (value: Int) in NumberFormat.integer(value, language: t.language) }
        return .section(
            .attribute(named: "aria-labelledby", value: "use-heading"),
            .h2(.id("use-heading"), .text(t(.methodUseHeading))),
            use.experiments == 0
                ? .p(.text(t(.methodUseNone)))
                : .group(
                    .p(
                        .text(
                            t(
                                .methodUseSummary(
                                    experiments: number(use.experiments), participants: number(use.participants))))),
                    PageParts.table(
                        id: "use-phases", caption: t(.methodUseByPhase),
                        columns: [.init(t(.methodUsePhase)), .init(t(.methodUseCount), numeric: true)],
                        rows: .tbody(
                            .forEach(ProjectPhase.allCases.filter { use.byPhase[$0] != nil }) { phase in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(t(ProjectPages.phase(phase)))),
                                    .td(.class("number"), .text(number(use.byPhase[phase] ?? 0))))
                            })),
                    PageParts.table(
                        id: "use-results", caption: t(.methodUseResults),
                        columns: [
                            .init(t(.methodUseResult)), .init(t(.methodUseCount), numeric: true),
                            .init(t(.methodUseShare), numeric: true),
                        ],
                        rows: .tbody(
                            .forEach(ExperimentResult.allCases) { result in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"), .text(t(ProjectPages.result(result)))),
                                    .td(.class("number"), .text(number(use.byResult[result] ?? 0))),
                                    .td(.class("number"), .text(use.percent(result).map { "\($0) %" } ?? "–")))
                            },
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(t(.methodUseRunning))),
                                .td(.class("number"), .text(number(use.running))), .td(.class("number"), .text("–"))))))
        )
    }

    private static func experiments(_ view: MethodActions.MethodView, _ t: Localizer) -> Node {
        .section(
            .attribute(named: "aria-labelledby", value: "experiments-heading"),
            .h2(.id("experiments-heading"), .text(t(.methodExperimentsHeading))),
            view.experiments.isEmpty
                ? .p(.text(t(.methodExperimentsNone)))
                : .group(
                    .p(
                        .class("muted"),
                        .text(
                            t(
                                .methodExperimentsShown(
                                    shown: NumberFormat.integer(view.experiments.count, language: t.language),
                                    total: NumberFormat.integer(view.publicExperiments, language: t.language))))),
                    .ul(
                        .class("card-list"),
                        .forEach(view.experiments) { experiment in
                            .li(
                                .class("card"),
                                .h3(
                                    .class("card-title"),
                                    .a(
                                        .href(ProjectPaths.show(experiment.projectID) + "#experiment-\(experiment.id)"),
                                        .text(experiment.projectTitle))),
                                .p(
                                    .class("muted"),
                                    .text(
                                        t(ProjectPages.phase(experiment.phase))
                                            + (experiment.startedOn.map { " · " + $0.formatted(t.language) } ?? "")
                                            + (experiment.participants.map {
                                                " · " + t(.experimentParticipantsCount(count: "\($0)"))
                                            } ?? ""))),
                                .dl(
                                    .class("facts"),
                                    .dt(.text(t(.methodHypothesis))),
                                    .dd(.class("prose"), .text(experiment.hypothesis)),
                                    .dt(.text(t(.methodUseResult))),
                                    .dd(
                                        .span(
                                            .class("status-tag status-\(experiment.result?.rawValue ?? "pending")"),
                                            .text(t(ProjectPages.result(experiment.result))))),
                                    .if(
                                        !experiment.learning.isEmpty,
                                        .group(
                                            .dt(.text(t(.methodLearning))),
                                            .dd(.class("prose"), .text(experiment.learning))))))
                        })))
    }

    // MARK: The coaches' form

    struct Form {
        /// Nil for a new method.
        var slug: String?
        var values: [String: String] = [:]
        var phases: Set<String> = []
        var errors = FormErrors()
        var csrf = ""
    }

    static func values(_ draft: MethodDraft) -> (values: [String: String], phases: Set<String>) {
        var values: [String: String] = ["slug": draft.slug]
        for (suffix, text) in [("sv", draft.swedish), ("en", draft.english)] {
            let fields = [
                text.name, text.summary, text.whenToUse, text.steps, text.timeNeeded, text.peopleNeeded, text.materials,
                text.pitfalls, text.example,
            ]
            for (field, value) in zip(MethodTexts.textFields, fields) { values["\(field.key)_\(suffix)"] = value }
        }
        return (values, Set(draft.phases.map(\.rawValue)))
    }

    static func form(_ form: Form, _ t: Localizer) -> Page {
        let title = form.slug == nil ? t(.methodsNew) : t(.methodEdit)
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(form.errors, t),
                .h1(.text(title)),
                .form(
                    .method(.post), .action(form.slug.map(MethodPaths.edit) ?? MethodPaths.new()), .novalidate(),
                    FormParts.csrf(form.csrf),
                    form.slug == nil
                        ? FormParts.input(
                            .init(
                                name: "slug", label: t(.methodSlug), hint: t(.methodSlugHint),
                                value: form.values["slug"] ?? "", width: "input-medium"),
                            errors: form.errors, t)
                        : .p(.text(t(.methodSlug) + ": "), .code(.text(form.slug ?? ""))),
                    FormParts.checkboxes(
                        name: "phases", legend: t(.methodPhases), hint: nil,
                        options: ProjectPhase.allCases.filter { $0 != .decision }.map {
                            ($0.rawValue, t(ProjectPages.phase($0)))
                        }, selected: form.phases, errors: form.errors, t),
                    language("sv", t(.methodSwedish), form, t),
                    language("en", t(.methodEnglish), form, t),
                    FormParts.submit(t(.methodSave)))
            ), section: .projects, hasErrors: !form.errors.isEmpty)
    }

    private static func language(_ suffix: String, _ legend: String, _ form: Form, _ t: Localizer) -> Node {
        .fieldset(
            .class("form-section"),
            .element(named: "legend", nodes: [Node.class("form-label"), .text(legend)]),
            .forEach(MethodTexts.textFields) { field in
                let name = "\(field.key)_\(suffix)"
                let label = t(MethodDraft.Field(rawValue: name).map(MethodTexts.label) ?? field.label)
                let hint: String? = field.key == "steps" ? t(.methodStepsHint) : nil
                return field.multiline
                    ? FormParts.textarea(
                        name: name, label: label, hint: hint, value: form.values[name] ?? "", errors: form.errors, t)
                    : FormParts.input(
                        .init(name: name, label: label, hint: hint, value: form.values[name] ?? ""),
                        errors: form.errors, t)
            })
    }
}
