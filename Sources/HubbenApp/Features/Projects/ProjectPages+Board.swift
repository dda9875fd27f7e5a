import Foundation
import HubbenCore

/// The portfolio board: every project by phase and outcome, with filters.
extension ProjectPages {

    struct BoardModel {
        var filter: ProjectFilter
        var counts: [ProjectStore.Column: Int]
        /// The board's columns, or one column's page when the filter names a phase or an outcome.
        var columns: [ProjectStore.Column: [ProjectCard]]
        var page: ProjectStore.Page?
        var themes: [Theme]
        var organizations: [Organization]
        var coaches: [ProjectPerson]
        var canStart: Bool
        var now: Date
    }

    static func filterQuery(_ filter: ProjectFilter) -> [String: String] {
        var query: [String: String] = [:]
        if let slug = filter.themeSlug { query["theme"] = slug }
        if let organization = filter.organizationID { query["organization"] = "\(organization)" }
        if let coach = filter.coachID { query["coach"] = "\(coach)" }
        return query
    }

    static func board(_ model: BoardModel, _ t: Localizer) -> Page {
        let total = model.counts.values.reduce(0, +)
        let selectedColumn =
            model.filter.phase.map(ProjectStore.Column.phase) ?? model.filter.outcome.map(ProjectStore.Column.outcome)
        return Page(
            title: t(.projectsTitle),
            main: .group(
                .div(
                    .class("page-heading"),
                    .h1(.text(t(.projectsTitle))),
                    .if(
                        model.canStart,
                        .a(.class("button button-primary"), .href(ProjectPaths.new()), .text(t(.projectNew))))),
                PageParts.lead(t(.projectsLead)),
                .p(.text(t(.projectsText))),
                .p(
                    .a(
                        .href(ProjectPaths.feed()), .attribute(named: "type", value: "application/atom+xml"),
                        .text(t(.projectsFeed)))),
                filters(model, t),
                .h2(
                    .id("counts-heading"),
                    .text(t(.projectsCounts(count: NumberFormat.integer(total, language: t.language))))),
                .ul(
                    .class("count-list"), .attribute(named: "aria-labelledby", value: "counts-heading"),
                    .forEach(ProjectStore.Column.all) { column in
                        let (name, value) = columnValue(column)
                        let count = model.counts[column] ?? 0
                        return .li(
                            .a(
                                .href(
                                    HTMLAttribute.pathWithQuery(
                                        ProjectPaths.list(),
                                        filterQuery(model.filter).merging([name: value]) { $1 })),
                                .if(selectedColumn == column, .attribute(named: "aria-current", value: "true")),
                                .span(
                                    .class("count-number"), .text(NumberFormat.integer(count, language: t.language))),
                                .text(" " + t(Self.column(column)))))
                    }),
                .unwrap(selectedColumn) { column in columnPage(column, model, t) },
                .if(
                    selectedColumn == nil,
                    .div(
                        .class("board"),
                        .forEach(ProjectStore.Column.all) { column in
                            boardColumn(
                                column, cards: model.columns[column] ?? [], count: model.counts[column] ?? 0,
                                model: model, t)
                        }))
            ), section: .projects)
    }

    static func filters(_ model: BoardModel, _ t: Localizer) -> Node {
        .form(
            .method(.get), .action(ProjectPaths.list()), .class("filters"),
            .attribute(named: "aria-label", value: t(.projectsFilter)),
            .if(model.filter.phase != nil, FormParts.hidden("phase", model.filter.phase?.rawValue ?? "")),
            .if(model.filter.outcome != nil, FormParts.hidden("outcome", model.filter.outcome?.rawValue ?? "")),

            Node.group(
                FormParts.select(
                    name: "theme", label: t(.filterTheme),
                    options: [("", t(.filterAllThemes))] + model.themes.map { ($0.slug, $0.name(t.language)) },
                    selected: model.filter.themeSlug ?? "", t),
                FormParts.select(
                    name: "organization", label: t(.projectOrganizationFilter),
                    options: [("", t(.filterAllStatuses))] + model.organizations.map { ("\($0.id)", $0.name) },
                    selected: model.filter.organizationID.map { "\($0)" } ?? "", t),
                FormParts.select(
                    name: "coach", label: t(.projectCoachFilter),
                    options: [("", t(.filterAllStatuses))]
                        + model.coaches.map { ("\($0.id)", $0.name ?? t(.deletedUser)) },
                    selected: model.filter.coachID.map { "\($0)" } ?? "", t)
            ),
            FormParts.submit(t(.projectsFilterButton), style: "button-secondary")
        )
    }

    static func boardColumn(
        _ column: ProjectStore.Column, cards: [ProjectCard], count: Int, model: BoardModel,
        _ t: Localizer
    ) -> Node {
        let (name, value) = columnValue(column)
        let id = "column-\(value)"
        return .section(
            .class("board-column"), .attribute(named: "aria-labelledby", value: id),
            .h2(
                .id(id), .text(t(Self.column(column))),
                .span(.class("count"), .text(" (\(NumberFormat.integer(count, language: t.language)))"))),
            cards.isEmpty
                ? .p(.class("muted"), .text(t(.projectsColumnEmpty)))
                : .ul(.class("card-stack"), .forEach(cards) { .li(card($0, now: model.now, t)) }),
            .if(
                count > cards.count,
                .p(
                    .a(
                        .href(
                            HTMLAttribute.pathWithQuery(
                                ProjectPaths.list(),
                                filterQuery(model.filter).merging([name: value]) { $1 })),
                        .text(
                            t(
                                .projectsShowAll(
                                    count: NumberFormat.integer(count, language: t.language),
                                    name: t(Self.column(column))))))))
        )
    }

    static func columnPage(_ column: ProjectStore.Column, _ model: BoardModel, _ t: Localizer) -> Node {
        guard let page = model.page else { return .empty }
        let (name, value) = columnValue(column)
        var query = filterQuery(model.filter)
        query[name] = value
        return .section(
            .class("board-list"), .attribute(named: "aria-labelledby", value: "column-heading"),
            .h2(.id("column-heading"), .text(t(Self.column(column)))),
            .p(
                .a(
                    .href(HTMLAttribute.pathWithQuery(ProjectPaths.list(), filterQuery(model.filter))),
                    .text("‹ " + t(.projectsWholeBoard)))),
            page.cards.isEmpty
                ? .p(.class("empty-state"), .text(t(.projectsColumnEmpty)))
                : .ul(.class("card-grid"), .forEach(page.cards) { .li(card($0, now: model.now, t)) }),
            PageParts.pagination(page: page.page, pageCount: page.pageCount, t) { number in
                HTMLAttribute.pathWithQuery(
                    ProjectPaths.list(), query.merging(["page": "\(number)"]) { $1 })
            }
        )
    }

    static func card(_ card: ProjectCard, now: Date, _ t: Localizer) -> Node {
        let days = TimeInPhase.days(since: card.phaseStartedAt, now: now)
        return .article(
            .class("project-card"),
            .h3(.class("project-card-title"), .a(.href(ProjectPaths.show(card.id)), .text(card.title))),
            .if(!card.organizations.isEmpty, .p(.class("muted"), .text(card.organizations.joined(separator: ", ")))),
            .div(
                .class("idea-card-meta"),
                .if(
                    card.visibility == .internal,
                    .span(.class("status-tag status-internal"), .text(t(.projectInternal)))),
                .span(
                    .text(
                        card.stage.isActive
                            ? t(.projectDaysInPhase(count: "\(days)"))
                            : t(.projectDaysInOutcome(count: "\(days)")))),
                .unwrap(card.coachName) { .span(.text(t(.projectCoachIs(name: $0)))) },
                .forEach(card.themes) { theme in .span(.class("tag"), .text(theme.name(t.language))) })
        )
    }

    /// The progress bar with its meaning in words: never the bar alone.
    static func progress(_ stage: ProjectStage, _ t: Localizer) -> Node {
        .div(
            .class("progress"),
            .p(
                .id("progress-label"), .class("progress-label"),
                .text(
                    t(
                        .projectProgress(
                            step: "\(stage.phase.index + 1)", total: "\(ProjectPhase.allCases.count)",
                            stage: stageText(stage, t), percent: "\(stage.progress)")))),
            .element(
                named: "progress",
                nodes: [
                    .attribute(named: "max", value: "100"), .attribute(named: "value", value: "\(stage.progress)"),
                    .attribute(named: "aria-labelledby", value: "progress-label"), .text("\(stage.progress) %"),
                ]))
    }
}

extension PageParts {
    /// Page links: previous, a window of numbers around the current page, next.
    static func pagination(page: Int, pageCount: Int, _ t: Localizer, link: (Int) -> String) -> Node {
        guard pageCount > 1 else { return .empty }
        let window = Array(Paging.window(page: page, pageCount: pageCount))
        return .nav(
            .class("pagination"), .ariaLabel(t(.paginationLabel)),
            .ul(
                .if(
                    page > 1,
                    .li(
                        .a(
                            .href(link(page - 1)), .attribute(named: "rel", value: "prev"),
                            .text("‹ " + t(.paginationPrevious))))),
                .forEach(window) { number in
                    .li(
                        number == page
                            ? .span(
                                .attribute(named: "aria-current", value: "page"), .class("current"),
                                .text("\(number)"))
                            : .a(
                                .href(link(number)),
                                .attribute(named: "aria-label", value: t(.paginationPage(number: "\(number)"))),
                                .text("\(number)")))
                },
                .if(
                    page < pageCount,
                    .li(
                        .a(
                            .href(link(page + 1)), .attribute(named: "rel", value: "next"),
                            .text(t(.paginationNext) + " ›"))))
            ),
            .p(.class("muted"), .text(t(.paginationOf(page: "\(page)", count: "\(pageCount)"))))
        )
    }
}
