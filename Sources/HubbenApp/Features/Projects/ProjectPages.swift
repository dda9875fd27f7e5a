import Foundation
import HubbenCore
import Plot

/// "Följ arbetet": the portfolio board and one project's page.
enum ProjectPages {
    // MARK: Names

    static func phase(_ phase: ProjectPhase) -> MessageKey { PageParts.phases[phase.index].name }

    static func outcome(_ outcome: ProjectOutcome) -> MessageKey {
        switch outcome {
        case .inHouse: .outcomeInHouse
        case .partnership: .outcomePartnership
        case .procurement: .outcomeProcurement
        case .stopped: .outcomeStopped
        }
    }

    static func column(_ column: ProjectStore.Column) -> MessageKey {
        switch column {
        case .phase(let value): phase(value)
        case .outcome(let value): outcome(value)
        }
    }

    static func columnValue(_ column: ProjectStore.Column) -> (name: String, value: String) {
        switch column {
        case .phase(let phase): ("phase", phase.rawValue)
        case .outcome(let outcome): ("outcome", outcome.rawValue)
        }
    }

    static func decision(_ kind: GateDecisionKind) -> MessageKey {
        switch kind {
        case .continue: .gateContinue
        case .pivot: .gatePivot
        case .skip: .gateSkip
        case .stop: .gateStop
        case .route: .gateRoute
        }
    }

    static func method(_ method: ExperimentMethod) -> MessageKey {
        switch method {
        case .interviews: .methodInterviews
        case .observation: .methodObservation
        case .survey: .methodSurvey
        case .fakeDoor: .methodFakeDoor
        case .paperPrototype: .methodPaperPrototype
        case .clickablePrototype: .methodClickablePrototype
        case .wizardOfOz: .methodWizardOfOz
        case .pilot: .methodPilot
        case .other: .methodOther
        }
    }

    static func result(_ result: ExperimentResult?) -> MessageKey {
        switch result {
        case .supported?: .resultSupported
        case .refuted?: .resultRefuted
        case .inconclusive?: .resultInconclusive
        case nil: .resultPending
        }
    }

    static func journalKind(_ kind: JournalKind) -> MessageKey {
        switch kind {
        case .partialResult: .journalPartialResult
        case .result: .journalResult
        case .demo: .journalDemo
        case .decision: .journalDecision
        case .note: .journalNote
        }
    }

    static func memberRole(_ role: ProjectMemberRole) -> MessageKey {
        switch role {
        case .innovationCoach: .memberInnovationCoach
        case .serviceDesigner: .memberServiceDesigner
        case .requirementsSpecialist: .memberRequirementsSpecialist
        case .businessDeveloper: .memberBusinessDeveloper
        case .itArchitect: .memberITArchitect
        case .programmer: .memberProgrammer
        case .other: .memberOther
        }
    }

    static func stageText(_ stage: ProjectStage, _ t: Localizer) -> String {
        if let outcome = stage.outcome { return t(.projectStageOutcome, ["name": t(Self.outcome(outcome))]) }
        return t(.projectStagePhase, ["name": t(phase(stage.phase))])
    }

    static func money(_ amount: Int, _ t: Localizer) -> String {
        t(.projectKronor, ["amount": NumberFormat.integer(amount, language: t.language)])
    }

    // MARK: The board

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

    private static func filterQuery(_ filter: ProjectFilter) -> [String: String] {
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
                    .h1(.escaped(t(.projectsTitle))),
                    .if(
                        model.canStart,
                        .a(.class("button button-primary"), .href("/projects/new"), .escaped(t(.projectNew))))),
                PageParts.lead(t(.projectsLead)),
                .p(.escaped(t(.projectsText))),
                .p(
                    .a(
                        .href("/projects/feed.atom"), .attribute(named: "type", value: "application/atom+xml"),
                        .escaped(t(.projectsFeed)))),
                filters(model, t),
                .h2(
                    .id("counts-heading"),
                    .escaped(t(.projectsCounts, ["count": NumberFormat.integer(total, language: t.language)]))),
                .ul(
                    .class("count-list"), .attribute(named: "aria-labelledby", value: "counts-heading"),
                    .forEach(ProjectStore.Column.all) { column in
                        let (name, value) = columnValue(column)
                        let count = model.counts[column] ?? 0
                        return .li(
                            .a(
                                .href(
                                    HTMLAttribute.hrefWithQuery(
                                        path: "/projects",
                                        query: filterQuery(model.filter).merging([name: value]) { $1 })),
                                .if(selectedColumn == column, .attribute(named: "aria-current", value: "true")),
                                .span(
                                    .class("count-number"), .escaped(NumberFormat.integer(count, language: t.language))),
                                .escaped(" " + t(Self.column(column)))))
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

    private static func filters(_ model: BoardModel, _ t: Localizer) -> Node<HTML.BodyContext> {
        .form(
            .method(.get), .action("/projects"), .class("filters"),
            .attribute(named: "aria-label", value: t(.projectsFilter)),
            .if(model.filter.phase != nil, FormParts.hidden("phase", model.filter.phase?.rawValue ?? "")),
            .if(model.filter.outcome != nil, FormParts.hidden("outcome", model.filter.outcome?.rawValue ?? "")),
            .component(
                Node<HTML.BodyContext>.group(
                    FormParts.select(
                        name: "theme", label: t(.ideaTheme),
                        options: [("", t(.ideaAllThemes))] + model.themes.map { ($0.slug, $0.name(t.language)) },
                        selected: model.filter.themeSlug ?? "", t),
                    FormParts.select(
                        name: "organization", label: t(.projectOrganizationFilter),
                        options: [("", t(.ideaAllStatuses))] + model.organizations.map { ("\($0.id)", $0.name) },
                        selected: model.filter.organizationID.map { "\($0)" } ?? "", t),
                    FormParts.select(
                        name: "coach", label: t(.projectCoachFilter),
                        options: [("", t(.ideaAllStatuses))]
                            + model.coaches.map { ("\($0.id)", $0.name ?? t(.deletedUser)) },
                        selected: model.filter.coachID.map { "\($0)" } ?? "", t)
                )),
            FormParts.submit(t(.projectsFilterButton), style: "button-secondary")
        )
    }

    private static func boardColumn(
        _ column: ProjectStore.Column, cards: [ProjectCard], count: Int, model: BoardModel,
        _ t: Localizer
    ) -> Node<HTML.BodyContext> {
        let (name, value) = columnValue(column)
        let id = "column-\(value)"
        return .section(
            .class("board-column"), .attribute(named: "aria-labelledby", value: id),
            .h2(
                .id(id), .escaped(t(Self.column(column))),
                .span(.class("count"), .escaped(" (\(NumberFormat.integer(count, language: t.language)))"))),
            cards.isEmpty
                ? .p(.class("muted"), .escaped(t(.projectsColumnEmpty)))
                : .ul(.class("card-stack"), .forEach(cards) { .li(card($0, now: model.now, t)) }),
            .if(
                count > cards.count,
                .p(
                    .a(
                        .href(
                            HTMLAttribute.hrefWithQuery(
                                path: "/projects", query: filterQuery(model.filter).merging([name: value]) { $1 })),
                        .escaped(
                            t(
                                .projectsShowAll,
                                [
                                    "count": NumberFormat.integer(count, language: t.language),
                                    "name": t(Self.column(column)),
                                ])))))
        )
    }

    private static func columnPage(_ column: ProjectStore.Column, _ model: BoardModel, _ t: Localizer) -> Node<
        HTML.BodyContext
    > {
        guard let page = model.page else { return .empty }
        let (name, value) = columnValue(column)
        var query = filterQuery(model.filter)
        query[name] = value
        return .section(
            .class("board-list"), .attribute(named: "aria-labelledby", value: "column-heading"),
            .h2(.id("column-heading"), .escaped(t(Self.column(column)))),
            .p(
                .a(
                    .href(HTMLAttribute.hrefWithQuery(path: "/projects", query: filterQuery(model.filter))),
                    .escaped("‹ " + t(.projectsWholeBoard)))),
            page.cards.isEmpty
                ? .p(.class("empty-state"), .escaped(t(.projectsColumnEmpty)))
                : .ul(.class("card-grid"), .forEach(page.cards) { .li(card($0, now: model.now, t)) }),
            PageParts.pagination(page: page.page, pageCount: page.pageCount, t) { number in
                HTMLAttribute.hrefWithQuery(path: "/projects", query: query.merging(["page": "\(number)"]) { $1 })
            }
        )
    }

    static func card(_ card: ProjectCard, now: Date, _ t: Localizer) -> Node<HTML.BodyContext> {
        let days = TimeInPhase.days(since: card.phaseStartedAt, now: now)
        return .article(
            .class("project-card"),
            .h3(.class("project-card-title"), .a(.href("/projects/\(card.id)"), .escaped(card.title))),
            .if(!card.organizations.isEmpty, .p(.class("muted"), .escaped(card.organizations.joined(separator: ", ")))),
            .div(
                .class("idea-card-meta"),
                .if(
                    card.visibility == .internal,
                    .span(.class("status-tag status-internal"), .escaped(t(.projectInternal)))),
                .span(
                    .escaped(
                        card.stage.isActive
                            ? t(.projectDaysInPhase, ["count": "\(days)"])
                            : t(.projectDaysInOutcome, ["count": "\(days)"]))),
                .unwrap(card.coachName) { .span(.escaped(t(.projectCoachIs, ["name": $0]))) },
                .forEach(card.themes) { theme in .span(.class("tag"), .escaped(theme.name(t.language))) })
        )
    }

    /// The progress bar with its meaning in words: never the bar alone.
    static func progress(_ stage: ProjectStage, _ t: Localizer) -> Node<HTML.BodyContext> {
        .div(
            .class("progress"),
            .p(
                .id("progress-label"), .class("progress-label"),
                .escaped(
                    t(
                        .projectProgress,
                        [
                            "step": "\(stage.phase.index + 1)", "total": "\(ProjectPhase.allCases.count)",
                            "stage": stageText(stage, t), "percent": "\(stage.progress)",
                        ]))),
            .element(
                named: "progress",
                nodes: [
                    .attribute(named: "max", value: "100"), .attribute(named: "value", value: "\(stage.progress)"),
                    .attribute(named: "aria-labelledby", value: "progress-label"), .escaped("\(stage.progress) %"),
                ]))
    }
}

extension PageParts {
    /// Page links: previous, a window of numbers around the current page, next.
    static func pagination(page: Int, pageCount: Int, _ t: Localizer, link: (Int) -> String) -> Node<HTML.BodyContext> {
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
                            .escaped("‹ " + t(.paginationPrevious))))),
                .forEach(window) { number in
                    .li(
                        number == page
                            ? .span(
                                .attribute(named: "aria-current", value: "page"), .class("current"),
                                .escaped("\(number)"))
                            : .a(
                                .href(link(number)),
                                .attribute(named: "aria-label", value: t(.paginationPage, ["number": "\(number)"])),
                                .escaped("\(number)")))
                },
                .if(
                    page < pageCount,
                    .li(
                        .a(
                            .href(link(page + 1)), .attribute(named: "rel", value: "next"),
                            .escaped(t(.paginationNext) + " ›"))))
            ),
            .p(.class("muted"), .escaped(t(.paginationOf, ["page": "\(page)", "count": "\(pageCount)"])))
        )
    }
}

// MARK: One project

extension ProjectPages {
    struct ShowModel {
        var project: ProjectDetail
        var timeline: [TimelineEntry]
        var canEdit: Bool
        var canManageTeam: Bool
        var canGate: Bool
        var notice: String?
        var csrf: String?
        var noticeURLErrors = FormErrors()
        var now: Date
    }

    static func show(_ model: ShowModel, _ t: Localizer) -> Page {
        let project = model.project
        let card = project.card
        let base = "/projects/\(project.id)"
        return Page(
            title: card.title,
            main: .group(
                .p(.a(.href("/projects"), .escaped("‹ " + t(.projectsTitle)))),
                FormParts.errorSummary(model.noticeURLErrors, t),
                FormParts.notice(model.notice),
                .h1(.escaped(card.title)),
                .div(
                    .class("idea-card-meta"),
                    .span(
                        .class("status-tag status-\(card.stage.outcome?.rawValue ?? "active")"),
                        .escaped(stageText(card.stage, t))),
                    .if(
                        card.visibility == .internal,
                        .span(.class("status-tag status-internal"), .escaped(t(.projectInternal)))),
                    .if(!card.organizations.isEmpty, .span(.escaped(card.organizations.joined(separator: ", ")))),
                    .forEach(card.themes) { theme in .span(.class("tag"), .escaped(theme.name(t.language))) }),
                progress(card.stage, t),
                .if(
                    model.canEdit,
                    .nav(
                        .class("project-actions"), .ariaLabel(t(.projectActions)),
                        .ul(
                            .li(.a(.href("\(base)/edit"), .escaped(t(.projectEdit)))),
                            .if(model.canManageTeam, .li(.a(.href("\(base)/team"), .escaped(t(.projectTeamEdit))))),
                            .li(.a(.href("\(base)/goals/new"), .escaped(t(.goalNew)))),
                            .li(.a(.href("\(base)/funds/new"), .escaped(t(.fundNew)))),
                            .li(.a(.href("\(base)/experiments/new"), .escaped(t(.experimentNew)))),
                            .li(.a(.href("\(base)/journal/new"), .escaped(t(.journalNew)))),
                            .if(
                                model.canGate && card.stage.isActive,
                                .li(.a(.class("button button-primary"), .href("\(base)/gate"), .escaped(t(.gateNew)))))
                        ))),
                .unwrap(card.ideaID) { ideaID in
                    .p(
                        .escaped(t(.projectFromIdea) + " "),
                        .a(.href("/ideas/\(ideaID)"), .escaped(project.ideaTitle ?? "#\(ideaID)")))
                },
                narrative(project, t),
                outcome(model, t),
                team(project, t),
                goals(model, t),
                money(project, t),
                timeline(model, t)
            ), section: .projects, hasErrors: !model.noticeURLErrors.isEmpty)
    }

    private static func narrative(_ project: ProjectDetail, _ t: Localizer) -> Node<HTML.BodyContext> {
        .forEach(
            [(MessageKey.projectWhat, project.what), (.projectWhy, project.why), (.projectHow, project.how)].filter {
                !$0.1.isEmpty
            }
        ) { key, text in
            .group(.h2(.escaped(t(key))), .p(.class("prose"), .escaped(text)))
        }
    }

    private static func outcome(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
        let project = model.project
        guard let outcome = project.card.stage.outcome else { return .empty }
        let details = project.outcome
        var facts: [(MessageKey, String)] = []
        switch outcome {
        case .inHouse: facts.append((.outcomeTakenOverBy, details.takenOverBy))
        case .partnership:
            facts.append((.outcomePartner, project.partnerName ?? ""))
            facts.append((.outcomeContributions, details.contributions))
        case .procurement:
            facts.append(
                (
                    .outcomeMarketDialogue,
                    t(details.marketDialogue == .held ? .marketDialogueHeld : .marketDialoguePlanned)
                ))
            facts.append((.outcomeRequirements, details.requirementsSummary))
        case .stopped: break
        }
        return .section(
            .class("outcome-box"), .attribute(named: "aria-labelledby", value: "outcome-heading"),
            .h2(.id("outcome-heading"), .escaped(stageText(project.card.stage, t))),
            .p(.escaped(t(PageParts.outcomes[ProjectOutcome.allCases.firstIndex(of: outcome) ?? 0].text))),
            .dl(.forEach(facts) { key, value in .group(.dt(.escaped(t(key))), .dd(.class("prose"), .escaped(value))) }),
            .if(
                outcome == .procurement,
                .group(
                    .h3(.escaped(t(.outcomeNotice))),
                    details.noticeURL.isEmpty
                        ? .p(.class("muted"), .escaped(t(.outcomeNoNotice)))
                        : .p(
                            .a(
                                .href(HTMLAttribute.escape(details.noticeURL)),
                                .attribute(named: "rel", value: "noopener"), .escaped(details.noticeURL))),
                    .if(
                        model.canEdit,
                        .unwrap(model.csrf) { csrf in
                            .form(
                                .method(.post), .action("/projects/\(project.id)/notice"), .novalidate(),
                                FormParts.csrf(csrf),
                                .component(
                                    FormParts.input(
                                        .init(
                                            name: "notice_url", label: t(.outcomeNoticeLabel), hint: t(.linkHint),
                                            value: details.noticeURL, type: .url), errors: model.noticeURLErrors, t)),
                                FormParts.submit(t(.accountSave), style: "button-secondary"))
                        })
                )),
            .h3(.escaped(t(.lessonsLearned))),
            .p(.class("prose"), .escaped(project.lessonsLearned))
        )
    }

    private static func person(_ person: ProjectPerson?, _ t: Localizer) -> String {
        guard let person else { return t(.projectNobody) }
        return person.name ?? t(.deletedUser)
    }

    private static func team(_ project: ProjectDetail, _ t: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .h2(.escaped(t(.projectTeam))),
            .dl(
                .class("facts"),
                .dt(.escaped(t(.projectLead))), .dd(.escaped(person(project.lead, t))),
                .dt(.escaped(t(.projectCoach))), .dd(.escaped(person(project.coach, t)))),
            .if(
                !project.members.isEmpty,
                .ul(
                    .class("member-list"),
                    .forEach(project.members) { member in
                        .li(
                            .escaped(
                                person(member.person, t) + " – "
                                    + (member.role == .other ? member.roleText : t(memberRole(member.role)))))
                    }))
        )
    }

    private static func goals(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .h2(.escaped(t(.goalsHeading))),
            model.project.goals.isEmpty
                ? .p(.class("muted"), .escaped(t(.goalsEmpty)))
                : .ul(
                    .class("goal-list"),
                    .forEach(model.project.goals) { goal in
                        .li(
                            .article(
                                .class("goal"),
                                .h3(.escaped(goal.goal.what)),
                                .dl(
                                    .class("facts"),
                                    .dt(.escaped(t(.goalForWhom))), .dd(.escaped(goal.goal.forWhom)),
                                    .dt(.escaped(t(.goalMeasure))), .dd(.escaped(goal.goal.measure)),
                                    .dt(.escaped(t(.goalBaseline))),
                                    .dd(.escaped(goal.goal.baseline.isEmpty ? "–" : goal.goal.baseline)),
                                    .dt(.escaped(t(.goalTarget))), .dd(.escaped(goal.goal.target))),
                                .unwrap(
                                    goal.reachedOn,
                                    { day in
                                        .p(
                                            .span(
                                                .class("status-tag status-accepted"),
                                                .escaped(t(.goalReachedOn, ["date": day.formatted(t.language)]))),
                                            .escaped(" " + goal.reachedComment))
                                    },
                                    else: .if(
                                        model.canEdit,
                                        .p(
                                            .a(
                                                .href("/projects/\(model.project.id)/goals/\(goal.id)/reached"),
                                                .escaped(t(.goalMarkReached)),
                                                .span(.class("visually-hidden"), .escaped(": " + goal.goal.what))))))
                            ))
                    })
        )
    }

    private static func money(_ project: ProjectDetail, _ t: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .h2(.escaped(t(.moneyHeading))),
            .dl(
                .class("facts"),
                .dt(.escaped(t(.moneyBudget))), .dd(.escaped(project.estimatedBudget.map { money($0, t) } ?? "–")),
                .dt(.escaped(t(.moneyGranted))), .dd(.escaped(money(project.granted, t))),
                .dt(.escaped(t(.moneySpent))), .dd(.escaped(money(project.spent, t)))),
            .if(
                !project.funds.isEmpty,
                PageParts.table(
                    id: "funds-caption", caption: t(.moneyTable),
                    columns: [
                        .init(t(.moneyDate)), .init(t(.moneyKind)), .init(t(.moneyAmount), numeric: true),
                        .init(t(.moneySource)), .init(t(.moneyComment)),
                    ],
                    rows: .tbody(
                        .forEach(project.funds) { fund in
                            .tr(
                                .td(.escaped(fund.day.formatted(t.language))),
                                .td(.escaped(t(fund.kind == .granted ? .moneyGrantedOne : .moneySpentOne))),
                                .td(.class("number"), .escaped(money(fund.amount, t))), .td(.escaped(fund.source)),
                                .td(.escaped(fund.comment)))
                        })
                ))
        )
    }

    private static func timeline(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .h2(.id("timeline"), .escaped(t(.timelineHeading))),
            model.timeline.isEmpty
                ? .p(.class("muted"), .escaped(t(.timelineEmpty)))
                : .ol(
                    .class("timeline"),
                    .forEach(model.timeline) { entry in
                        .li(
                            .id(entry.key), timelineEntry(entry, projectID: model.project.id, canEdit: model.canEdit, t)
                        )
                    })
        )
    }

    static func timelineEntry(_ entry: TimelineEntry, projectID: Int, canEdit: Bool, _ t: Localizer) -> Node<
        HTML.BodyContext
    > {
        switch entry {
        case .gate(let decision):
            return .article(
                .class("timeline-entry timeline-gate"),
                .h3(.escaped(t(.timelineGate, ["decision": t(Self.decision(decision.kind))]))),
                .p(
                    .class("muted"),
                    .escaped(
                        t(
                            .timelineGateMeta,
                            [
                                "date": DateFormat.date(decision.decidedAt, language: t.language),
                                "name": decision.decidedBy ?? t(.deletedUser),
                                "from": t(phase(decision.from)), "to": stageText(decision.to, t),
                            ]))),
                .h4(.escaped(t(.gateRationale))), .p(.class("prose"), .escaped(decision.rationale)),
                .if(
                    !decision.lessonsLearned.isEmpty,
                    .group(.h4(.escaped(t(.lessonsLearned))), .p(.class("prose"), .escaped(decision.lessonsLearned)))),
                .if(
                    !decision.evidence.isEmpty,
                    .p(
                        .escaped(t(.gateEvidence) + " "),
                        .forEach(decision.evidence) { id in
                            .group(
                                .a(.href("#experiment-\(id)"), .escaped(t(.experimentNumber, ["number": "\(id)"]))),
                                .escaped(" "))
                        }))
            )
        case .experiment(let experiment):
            let draft = experiment.draft
            let dates = [draft.startedOn, draft.endedOn].compactMap { $0?.formatted(t.language) }.joined(
                separator: " – ")
            return .article(
                .class("timeline-entry timeline-experiment"),
                .h3(.escaped(t(.timelineExperiment, ["number": "\(experiment.id)", "phase": t(phase(draft.phase))]))),
                .p(
                    .class("muted"),
                    .escaped(
                        dates + " · " + t(method(draft.method))
                            + (draft.participants.map { " · " + t(.experimentParticipantsCount, ["count": "\($0)"]) }
                                ?? ""))),
                .dl(
                    .class("facts"),
                    .dt(.escaped(t(.experimentHypothesis))), .dd(.class("prose"), .escaped(draft.hypothesis)),
                    .dt(.escaped(t(.experimentCriterion))), .dd(.class("prose"), .escaped(draft.successCriterion)),
                    .dt(.escaped(t(.experimentResult))),
                    .dd(
                        .span(
                            .class("status-tag status-\(draft.result?.rawValue ?? "pending")"),
                            .escaped(t(result(draft.result))))),
                    .if(
                        !draft.learning.isEmpty,
                        .group(.dt(.escaped(t(.experimentLearning))), .dd(.class("prose"), .escaped(draft.learning))))),
                .if(
                    canEdit,
                    .p(
                        .a(
                            .href("/projects/\(projectID)/experiments/\(experiment.id)/edit"),
                            .escaped(t(.experimentEdit)),
                            .span(
                                .class("visually-hidden"),
                                .escaped(" " + t(.experimentNumber, ["number": "\(experiment.id)"]))))))
            )
        case .journal(let entry):
            return .article(
                .class("timeline-entry timeline-journal"),
                .h3(.escaped(entry.draft.title)),
                .p(
                    .class("muted"),
                    .span(.class("tag"), .escaped(t(journalKind(entry.draft.kind)))),
                    .if(
                        entry.draft.visibility == .internal,
                        .span(.class("status-tag status-internal"), .escaped(t(.projectInternal)))),
                    .escaped(
                        " "
                            + t(
                                .timelineJournalMeta,
                                [
                                    "date": DateFormat.date(entry.createdAt, language: t.language),
                                    "name": entry.authorName ?? t(.deletedUser), "phase": t(phase(entry.phase)),
                                ]))),
                .p(.class("prose"), .escaped(entry.draft.body)),
                .if(
                    !entry.draft.link.isEmpty,
                    .p(
                        .a(
                            .href(HTMLAttribute.escape(entry.draft.link)), .attribute(named: "rel", value: "noopener"),
                            .escaped(entry.draft.link))))
            )
        }
    }
}
