import Foundation
import HubbenCore

/// A project's staffing: needs per phase, ranked suggestions with their reasons, assignments and warnings.
enum StaffingPages {
    struct Model {
        var view: PoolActions.StaffingView
        var values: [String: String] = [:]
        var errors = FormErrors()
        var csrf: String
        var notice: String?
    }

    static func needLabel(_ need: StaffingNeed, _ t: Localizer) -> String {
        t(
            .staffingNeed(
                competency: PoolTexts.competency(need.competency, t), level: "\(need.level)",
                percent: "\(need.percent)",
                weeks: PoolTexts.weeks(need.period, t), phase: t(ProjectPages.phase(need.phase))))
    }

    private static func assignmentLabel(_ assignment: StaffingAssignment, _ t: Localizer) -> String {
        "\(assignment.personName ?? "–") – \(assignment.percent) % \(PoolTexts.weeks(assignment.period, t))"
            + (assignment.organizationName.map { " (\($0), " + t(.poolPartnerTime) + ")" } ?? "")
    }

    static func page(_ model: Model, _ t: Localizer) -> Page {
        let view = model.view
        let title = t(.staffingHeading(view.projectTitle))
        let names = Dictionary(
            view.assignments.compactMap { assignment in assignment.accountID.map { ($0, assignment.personName ?? "–") }
            },
            uniquingKeysWith: { first, _ in first })
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(model.errors, t),
                FormParts.notice(model.notice),
                .p(.class("muted"), .a(.href(ProjectPaths.show(view.projectID)), .text(view.projectTitle))),
                .h1(.text(title)),
                PageParts.lead(t(.staffingLead)),
                .if(
                    !view.overloaded.isEmpty,
                    .section(
                        .class("warning-text"), .attribute(named: "aria-labelledby", value: "warnings-heading"),
                        .h2(.id("warnings-heading"), .text(t(.staffingWarningsHeading))),
                        .ul(
                            .forEach(view.overloaded.sorted { (names[$0.key] ?? "") < (names[$1.key] ?? "") }) {
                                accountID, weeks in
                                .li(
                                    .a(.href(PoolPaths.person(accountID)), .text(names[accountID] ?? "–")),
                                    .text(" – "),
                                    .text(
                                        t(
                                            .staffingWarning(
                                                name: names[accountID] ?? "–",
                                                weeks: weeks.map {
                                                    PoolTexts.week($0.monday, t) + " (\($0.assigned) %)"
                                                }.joined(separator: ", ")))))
                            }))),
                view.needs.isEmpty ? .p(.text(t(.staffingNoNeeds))) : .forEach(view.needs) { need($0, model, t) },
                .if(
                    view.assignments.contains { $0.needID == nil },
                    .section(
                        .attribute(named: "aria-labelledby", value: "other-assignments"),
                        .h2(.id("other-assignments"), .text(t(.staffingOtherAssignments))),
                        .ul(
                            .forEach(view.assignments.filter { $0.needID == nil }) { assignment in
                                .li(.text(assignmentLabel(assignment, t) + " "), removeAssignment(assignment, model, t))
                            }))),
                needForm(model, t)
            ), section: .projects, hasErrors: !model.errors.isEmpty)
    }

    private static func removeAssignment(_ assignment: StaffingAssignment, _ model: Model, _ t: Localizer) -> Node {
        .form(
            .method(.post), .action(PoolPaths.assignmentRemoval(model.view.projectID, assignment.id)),
            .class("inline-form"),
            FormParts.csrf(model.csrf),
            .button(
                .type(.submit), .class("button button-secondary button-small"),
                .text(t(.poolRemoveNamed(assignment.personName ?? "–")))))
    }

    private static func need(_ need: PoolActions.NeedView, _ model: Model, _ t: Localizer) -> Node {
        let id = "need-\(need.need.id)"
        return .section(
            .id(id), .attribute(named: "aria-labelledby", value: "\(id)-heading"),
            .h2(.id("\(id)-heading"), .text(needLabel(need.need, t))),
            .form(
                .method(.post), .action(PoolPaths.needRemoval(model.view.projectID, need.need.id)),
                FormParts.csrf(model.csrf),
                .button(
                    .type(.submit), .class("button button-secondary button-small"),
                    .text(t(.poolRemoveNamed(needLabel(need.need, t)))))),
            .h3(.text(t(.staffingAssigned))),
            need.assigned.isEmpty
                ? .p(.text(t(.staffingNobodyAssigned)))
                : .ul(
                    .forEach(need.assigned) { assignment in
                        .li(.text(assignmentLabel(assignment, t) + " "), removeAssignment(assignment, model, t))
                    }),
            .h3(.text(t(.staffingSuggestions))),
            need.suggestions.isEmpty
                ? .p(.text(t(.staffingNoSuggestions)))
                : PageParts.table(
                    id: "\(id)-suggestions", caption: t(.staffingSuggestions) + ": " + needLabel(need.need, t),
                    columns: [
                        .init(t(.poolName)), .init(t(.staffingWhy)), .init(t(.staffingScore), numeric: true),
                        .init(t(.staffingAssign)),
                    ],
                    rows: .tbody(
                        .forEach(need.suggestions) { suggestion in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(
                                        .href(PoolPaths.person(suggestion.candidate.accountID)),
                                        .text(suggestion.candidate.name))),
                                .td(.text(PoolTexts.reason(suggestion, need: need.need, t))),
                                .td(.class("number"), .text("\(Int((suggestion.score * 100).rounded()))")),
                                .td(
                                    .form(
                                        .method(.post), .action(PoolPaths.assignments(model.view.projectID)),
                                        .class("inline-form"), FormParts.csrf(model.csrf),
                                        FormParts.hidden("need_id", "\(need.need.id)"),
                                        FormParts.hidden("account_id", "\(suggestion.candidate.accountID)"),
                                        .button(
                                            .type(.submit), .class("button button-primary button-small"),
                                            .text(t(.staffingAssignNamed(suggestion.candidate.name)))))))
                        })))
    }

    private static func needForm(_ model: Model, _ t: Localizer) -> Node {
        let values = model.values
        let errors = model.errors
        return .section(
            .attribute(named: "aria-labelledby", value: "new-need"),
            .h2(.id("new-need"), .text(t(.staffingNewNeed))),
            .form(
                .method(.post), .action(PoolPaths.needs(model.view.projectID)), .novalidate(),
                FormParts.csrf(model.csrf),
                FormParts.select(
                    name: "phase", label: t(.staffingPhase),
                    options: ProjectPhase.allCases.filter { $0 != .decision }.map {
                        ($0.rawValue, t(ProjectPages.phase($0)))
                    },
                    selected: values["phase"] ?? model.view.phase.rawValue, errors: errors, t),
                FormParts.select(
                    name: "competency", label: t(.poolCompetency), options: PoolPages.competencyOptions(t, any: nil),
                    selected: values["competency"] ?? "", errors: errors, t),
                FormParts.input(
                    .init(
                        name: "skill", label: t(.poolSkill), hint: t(.poolSkillHint), value: values["skill"] ?? "",
                        width: "input-medium"), errors: errors, t),
                FormParts.select(
                    name: "level", label: t(.poolLevel), options: PoolPages.levelOptions(t, any: nil),
                    selected: values["level"] ?? "2", errors: errors, t),
                FormParts.input(
                    .init(
                        name: "percent", label: t(.poolPercent), hint: t(.poolPercentHint),
                        value: values["percent"] ?? "",
                        width: "input-small", inputMode: "numeric"), errors: errors, t),
                FormParts.input(
                    .init(
                        name: "starts_on", label: t(.poolStartsOn), hint: t(.dateHint),
                        value: values["starts_on"] ?? "",
                        type: .date, width: "input-medium"), errors: errors, t),
                FormParts.input(
                    .init(
                        name: "ends_on", label: t(.poolEndsOn), hint: t(.dateHint), value: values["ends_on"] ?? "",
                        type: .date, width: "input-medium"), errors: errors, t),
                FormParts.submit(t(.staffingAddNeed))))
    }
}
