import Foundation
import HubbenCore

/// The competence pool's pages: the pool, a person, one's own page, the hub-wide load, a project's staffing.
enum PoolPages {
    static func competencyOptions(_ t: Localizer, any: LocalizedText?) -> [(value: String, label: String)] {
        (any.map { [("", t($0))] } ?? []) + CompetencyRole.allCases.map { ($0.rawValue, t(PoolTexts.role($0))) }
            + [(Competency.skillColumn, t(.poolChooseSkill))]
    }

    static func levelOptions(_ t: Localizer, any: LocalizedText?) -> [(value: String, label: String)] {
        (any.map { [("", t($0))] } ?? []) + CompetencyLevel.range.map { ("\($0)", t(PoolTexts.level($0))) }
    }

    static func competencies(_ entries: [CompetencyEntry], _ t: Localizer) -> String {
        entries.map { "\(PoolTexts.competency($0.competency, t)) \($0.level)" }.joined(separator: ", ")
    }

    private static func period(_ period: Period, _ t: Localizer) -> String {
        "\(period.from.formatted(t.language)) – \(period.through.formatted(t.language)) (\(PoolTexts.weeks(period, t)))"
    }

    private static func percent(_ value: Int, _ t: Localizer) -> String {
        NumberFormat.integer(value, language: t.language) + " %"
    }

    // MARK: The pool

    struct ListModel {
        var people: [PoolPerson]
        var total: Int
        var page: Int
        var values: [String: String]
        var errors: FormErrors
        var withFree: Bool
    }

    static func list(_ model: ListModel, _ t: Localizer) -> Page {
        let pageCount = max(1, (model.total + PoolStore.Filter.per - 1) / PoolStore.Filter.per)
        var query = model.values.filter { !$0.value.isEmpty && $0.key != "page" }
        return Page(
            title: t(.poolTitle),
            main: .group(
                FormParts.errorSummary(model.errors, t),
                .h1(.text(t(.poolTitle))),
                PageParts.lead(t(.poolLead)),
                .p(
                    .a(.href(PoolPaths.mine()), .text(t(.poolMine))), .text(" · "),
                    .a(.href(PoolPaths.load()), .text(t(.poolLoad)))),
                .form(
                    .method(.get), .action(PoolPaths.list()), .class("filters"), .novalidate(),
                    FormParts.select(
                        name: "competency", label: t(.poolCompetency),
                        options: competencyOptions(t, any: .poolAnyCompetency),
                        selected: model.values["competency"] ?? "", errors: model.errors, t),
                    FormParts.input(
                        .init(
                            name: "skill", label: t(.poolSkill), value: model.values["skill"] ?? "",
                            width: "input-medium"),
                        errors: model.errors, t),
                    FormParts.select(
                        name: "level", label: t(.poolMinLevel), options: levelOptions(t, any: .poolAnyLevel),
                        selected: model.values["level"] ?? "", errors: model.errors, t),
                    FormParts.input(
                        .init(
                            name: "free_from", label: t(.poolFreeFrom), value: model.values["free_from"] ?? "",
                            type: .date,
                            width: "input-small"), errors: model.errors, t),
                    FormParts.input(
                        .init(
                            name: "free_to", label: t(.poolFreeTo), value: model.values["free_to"] ?? "", type: .date,
                            width: "input-small"), errors: model.errors, t),
                    FormParts.submit(t(.poolFilter), style: "button-secondary")),
                .p(
                    .class("result-count"),
                    .text(t(.poolPeopleCount(NumberFormat.integer(model.total, language: t.language))))),
                model.people.isEmpty
                    ? .p(.text(t(.poolNone)))
                    : PageParts.table(
                        id: "pool-people", caption: t(.poolTitle),
                        columns: [.init(t(.poolName)), .init(t(.poolOrganization)), .init(t(.poolCompetenciesHeading))]
                            + (model.withFree ? [.init(t(.poolFree), numeric: true)] : []),
                        rows: .tbody(
                            .forEach(model.people) { person in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href(PoolPaths.person(person.id)), .text(person.name))),
                                    .td(.text(person.organization ?? "–")),
                                    .td(.text(competencies(person.competencies, t))),
                                    .if(model.withFree, .td(.class("number"), .text(percent(person.free ?? 0, t)))))
                            })),
                PageParts.pagination(page: model.page, pageCount: pageCount, t) { number in
                    query["page"] = "\(number)"
                    return HTMLAttribute.pathWithQuery(PoolPaths.list(), query)
                }
            ), section: nil, hasErrors: !model.errors.isEmpty)
    }

    // MARK: A person

    struct PersonModel {
        var view: PoolActions.PersonView
        /// One's own page: the forms to change it.
        var forms: OwnForms?
        var notice: String?
    }

    struct OwnForms {
        var values: [String: String] = [:]
        var errors = FormErrors()
        var csrf: String
    }

    static func person(_ model: PersonModel, _ t: Localizer) -> Page {
        let view = model.view
        let title = model.forms == nil ? view.person.name : t(.poolMine)
        let errors = model.forms?.errors ?? FormErrors()
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(errors, t),
                FormParts.notice(model.notice),
                .p(.class("muted"), .a(.href(PoolPaths.list()), .text(t(.poolTitle)))),
                .h1(.text(title)),
                .if(model.forms != nil, PageParts.lead(t(.poolMineLead))),
                .unwrap(view.person.organization) { .p(.text(t(.poolOrganization) + ": " + $0)) },
                competencySection(view, model.forms, t),
                availabilitySection(view, model.forms, t),
                assignmentSection(view.assignments, t),
                weekSection(view.weeks, over: view.over, t)
            ), section: nil, hasErrors: !errors.isEmpty)
    }

    private static func removeButton(_ action: String, field: String, value: String, label: String, csrf: String)
        -> Node
    {
        .form(
            .method(.post), .action(action), .class("inline-form"), FormParts.csrf(csrf),
            FormParts.hidden(field, value),
            .button(.type(.submit), .class("button button-secondary button-small"), .text(label)))
    }

    private static func competencySection(_ view: PoolActions.PersonView, _ forms: OwnForms?, _ t: Localizer) -> Node {
        let entries = view.profile.competencies
        return .section(
            .attribute(named: "aria-labelledby", value: "competencies-heading"),
            .h2(.id("competencies-heading"), .text(t(.poolCompetenciesHeading))),
            entries.isEmpty
                ? .p(.text(t(.poolNoCompetencies)))
                : PageParts.table(
                    id: "competencies-table", caption: t(.poolCompetenciesHeading),
                    columns: [.init(t(.poolCompetency)), .init(t(.poolLevel)), .init(t(.poolPeriod))]
                        + (forms == nil ? [] : [.init(t(.poolRemove))]),
                    rows: .tbody(
                        .forEach(entries) { entry in
                            let name = PoolTexts.competency(entry.competency, t)
                            return .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(name)),
                                .td(.text(t(PoolTexts.level(entry.level)))),
                                .td(
                                    .text(
                                        [entry.validFrom, entry.validUntil].map { $0?.formatted(t.language) ?? "…" }
                                            .joined(separator: " – "))),
                                .unwrap(forms) { forms in
                                    .td(
                                        removeButton(
                                            PoolPaths.removeCompetency(), field: "key",
                                            value: entry.competency.matchKey,
                                            label: t(.poolRemoveNamed(name)), csrf: forms.csrf))
                                })
                        })),
            .unwrap(forms) { forms in
                .form(
                    .method(.post), .action(PoolPaths.addCompetency()), .novalidate(), .class("form-section"),
                    FormParts.csrf(forms.csrf),
                    FormParts.select(
                        name: "competency", label: t(.poolCompetency), options: competencyOptions(t, any: nil),
                        selected: forms.values["competency"] ?? "", errors: forms.errors, t),
                    FormParts.input(
                        .init(
                            name: "skill", label: t(.poolSkill), hint: t(.poolSkillHint),
                            value: forms.values["skill"] ?? "",
                            width: "input-medium"), errors: forms.errors, t),
                    FormParts.select(
                        name: "level", label: t(.poolLevel), options: levelOptions(t, any: nil),
                        selected: forms.values["level"] ?? "2", errors: forms.errors, t),
                    FormParts.input(
                        .init(
                            name: "valid_from", label: t(.poolValidFrom), hint: t(.poolOptionalDate),
                            value: forms.values["valid_from"] ?? "", type: .date, width: "input-medium"),
                        errors: forms.errors, t),
                    FormParts.input(
                        .init(
                            name: "valid_until", label: t(.poolValidUntil), hint: t(.poolOptionalDate),
                            value: forms.values["valid_until"] ?? "", type: .date, width: "input-medium"),
                        errors: forms.errors, t),
                    FormParts.submit(t(.poolAddCompetency)))
            })
    }

    private static func availabilitySection(_ view: PoolActions.PersonView, _ forms: OwnForms?, _ t: Localizer) -> Node
    {
        let periods = view.profile.availability
        return .section(
            .attribute(named: "aria-labelledby", value: "availability-heading"),
            .h2(.id("availability-heading"), .text(t(.poolAvailabilityHeading))),
            .p(.class("muted"), .text(t(.poolAvailabilityHint))),
            periods.isEmpty
                ? .p(.text(t(.poolNoAvailability)))
                : PageParts.table(
                    id: "availability-table", caption: t(.poolAvailabilityHeading),
                    columns: [.init(t(.poolPeriod)), .init(t(.poolAvailable), numeric: true)]
                        + (forms == nil ? [] : [.init(t(.poolRemove))]),
                    rows: .tbody(
                        .forEach(Array(periods.enumerated())) { index, allocation in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(period(allocation.period, t))),
                                .td(.class("number"), .text(percent(allocation.percent, t))),
                                .unwrap(forms) { forms in
                                    .td(
                                        removeButton(
                                            PoolPaths.removeAvailability(), field: "period",
                                            value:
                                                "\(allocation.period.from.iso)/\(allocation.period.through.iso)/\(allocation.percent)",
                                            label: t(.poolRemoveNamed(period(allocation.period, t))), csrf: forms.csrf))
                                })
                        })),
            .unwrap(forms) { forms in
                .form(
                    .method(.post), .action(PoolPaths.addAvailability()), .novalidate(), .class("form-section"),
                    FormParts.csrf(forms.csrf),
                    FormParts.input(
                        .init(
                            name: "starts_on", label: t(.poolStartsOn), hint: t(.dateHint),
                            value: forms.values["starts_on"] ?? "", type: .date, width: "input-medium"),
                        errors: forms.errors, t),
                    FormParts.input(
                        .init(
                            name: "ends_on", label: t(.poolEndsOn), hint: t(.dateHint),
                            value: forms.values["ends_on"] ?? "",
                            type: .date, width: "input-medium"), errors: forms.errors, t),
                    FormParts.input(
                        .init(
                            name: "percent", label: t(.poolPercent), hint: t(.poolPercentHint),
                            value: forms.values["percent"] ?? "", width: "input-small", inputMode: "numeric"),
                        errors: forms.errors, t),
                    FormParts.submit(t(.poolAddAvailability)))
            })
    }

    private static func assignmentSection(_ assignments: [StaffingAssignment], _ t: Localizer) -> Node {
        .section(
            .attribute(named: "aria-labelledby", value: "assignments-heading"),
            .h2(.id("assignments-heading"), .text(t(.poolAssignmentsHeading))),
            assignments.isEmpty
                ? .p(.text(t(.poolNoAssignments)))
                : PageParts.table(
                    id: "assignments-table", caption: t(.poolAssignmentsHeading),
                    columns: [
                        .init(t(.poolProject)), .init(t(.poolCompetency)), .init(t(.poolAssigned), numeric: true),
                        .init(t(.poolPeriod)),
                    ],
                    rows: .tbody(
                        .forEach(assignments) { assignment in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(.href(ProjectPaths.show(assignment.projectID)), .text(assignment.projectTitle))),
                                .td(
                                    .text(
                                        PoolTexts.competency(assignment.competency, t)
                                            + (assignment.organizationName.map { " · \($0), " + t(.poolPartnerTime) }
                                                ?? ""))),
                                .td(.class("number"), .text(percent(assignment.percent, t))),
                                .td(.text(period(assignment.period, t))))
                        })))
    }

    private static func weekSection(_ weeks: [WeekLoad], over: [WeekLoad], _ t: Localizer) -> Node {
        .section(
            .attribute(named: "aria-labelledby", value: "weeks-heading"),
            .h2(.id("weeks-heading"), .text(t(.poolWeeksHeading))),
            .if(
                !over.isEmpty,
                .p(
                    .class("warning-text"),
                    .strong(.text(t(.poolOver) + ": ")),
                    .text(
                        over.map { PoolTexts.week($0.monday, t) + " (\(percent($0.assigned, t)))" }.joined(
                            separator: ", ")))),
            PageParts.table(
                id: "weeks-table", caption: t(.poolWeeksHeading),
                columns: [
                    .init(t(.poolWeek)), .init(t(.poolAvailable), numeric: true),
                    .init(t(.poolAssigned), numeric: true),
                    .init(t(.poolFree), numeric: true),
                ],
                rows: .tbody(
                    .forEach(weeks) { week in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .text(PoolTexts.week(week.monday, t) + " · " + week.monday.formatted(t.language))),
                            .td(.class("number"), .text(percent(week.available, t))),
                            .td(
                                .class("number"),
                                week.isOver
                                    ? .strong(
                                        .text(percent(week.assigned, t)),
                                        .span(.class("visually-hidden"), .text(t(.poolOverHidden))))
                                    : .text(percent(week.assigned, t))),
                            .td(.class("number"), .text(percent(week.free, t))))
                    })))
    }

    // MARK: The load

    static func load(_ view: PoolActions.LoadView, from: String, _ t: Localizer) -> Page {
        let pageCount = max(1, (view.total + PoolActions.loadPer - 1) / PoolActions.loadPer)
        let first = view.weeks.first ?? Day(Date())
        return Page(
            title: t(.poolLoad),
            main: .group(
                .p(.class("muted"), .a(.href(PoolPaths.list()), .text(t(.poolTitle)))),
                .h1(.text(t(.poolLoad))),
                PageParts.lead(t(.poolLoadLead)),
                .form(
                    .method(.get), .action(PoolPaths.load()), .class("filters"),
                    FormParts.input(
                        .init(name: "from", label: t(.poolLoadFrom), value: from, type: .date, width: "input-medium"),
                        errors: FormErrors(), t),
                    FormParts.submit(t(.poolFilter), style: "button-secondary")),
                .p(
                    .a(
                        .href(PoolPaths.load() + "?from=" + first.adding(days: -7 * PoolActions.loadWeeks).iso),
                        .text("‹ " + t(.poolEarlier))),
                    .text(" · "),
                    .a(
                        .href(PoolPaths.load() + "?from=" + first.adding(days: 7 * PoolActions.loadWeeks).iso),
                        .text(t(.poolLater) + " ›"))),
                view.people.isEmpty
                    ? .p(.text(t(.poolLoadNone)))
                    : PageParts.table(
                        id: "load-table", caption: t(.poolLoad),
                        columns: [.init(t(.poolPerson))]
                            + view.weeks.map { .init(PoolTexts.week($0, t), numeric: true) },
                        rows: .tbody(
                            .forEach(view.people) { row in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href(PoolPaths.person(row.person.id)), .text(row.person.name))),
                                    .forEach(row.weeks) { week in
                                        .td(
                                            .class(week.isOver ? "number load-over" : "number"),
                                            week.isOver
                                                ? .strong(
                                                    .text(percent(week.assigned, t)),
                                                    .span(.class("visually-hidden"), .text(t(.poolOverHidden))))
                                                : .text(week.assigned == 0 ? "–" : percent(week.assigned, t)))
                                    })
                            })),
                PageParts.pagination(page: view.page, pageCount: pageCount, t) { number in
                    PoolPaths.load() + "?from=\(first.iso)&page=\(number)"
                }
            ), section: nil)
    }
}
