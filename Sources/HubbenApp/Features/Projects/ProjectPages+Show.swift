import Foundation
import HubbenCore
import Plot

/// One project's page: narrative, outcome, team, goals, money and timeline.
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
        let base = ProjectPaths.show(project.id)
        return Page(
            title: card.title,
            main: .group(
                .p(.a(.href(ProjectPaths.list()), .escaped("‹ " + t(.projectsTitle)))),
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
                        .a(.href(IdeaPaths.show(ideaID)), .escaped(project.ideaTitle ?? "#\(ideaID)")))
                },
                narrative(project, t),
                outcome(model, t),
                team(project, t),
                goals(model, t),
                money(project, t),
                timeline(model, t)
            ), section: .projects, hasErrors: !model.noticeURLErrors.isEmpty)
    }

    static func narrative(_ project: ProjectDetail, _ t: Localizer) -> Node<HTML.BodyContext> {
        .forEach(
            [(LocalizedText.projectWhat, project.what), (.projectWhy, project.why), (.projectHow, project.how)].filter {
                !$0.1.isEmpty
            }
        ) { key, text in
            .group(.h2(.escaped(t(key))), .p(.class("prose"), .escaped(text)))
        }
    }

    static func outcome(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
        let project = model.project
        guard let outcome = project.card.stage.outcome else { return .empty }
        let details = project.outcome
        var facts: [(LocalizedText, String)] = []
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
                                .method(.post), .action(ProjectPaths.notice(project.id)), .novalidate(),
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

    static func person(_ person: ProjectPerson?, _ t: Localizer) -> String {
        guard let person else { return t(.projectNobody) }
        return person.name ?? t(.deletedUser)
    }

    static func team(_ project: ProjectDetail, _ t: Localizer) -> Node<HTML.BodyContext> {
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

    static func goals(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
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
                                                .escaped(t(.goalReachedOn(date: day.formatted(t.language))))),
                                            .escaped(" " + goal.reachedComment))
                                    },
                                    else: .if(
                                        model.canEdit,
                                        .p(
                                            .a(
                                                .href(ProjectPaths.goalReached(model.project.id, goal.id)),
                                                .escaped(t(.goalMarkReached)),
                                                .span(.class("visually-hidden"), .escaped(": " + goal.goal.what))))))
                            ))
                    })
        )
    }

    static func money(_ project: ProjectDetail, _ t: Localizer) -> Node<HTML.BodyContext> {
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

    static func timeline(_ model: ShowModel, _ t: Localizer) -> Node<HTML.BodyContext> {
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
                .h3(.escaped(t(.timelineGate(decision: t(Self.decision(decision.kind)))))),
                .p(
                    .class("muted"),
                    .escaped(
                        t(
                            .timelineGateMeta(
                                date: DateFormat.date(decision.decidedAt, language: t.language),
                                name: decision.decidedBy ?? t(.deletedUser), from: t(phase(decision.from)),
                                to: stageText(decision.to, t))))),
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
                                .a(.href("#experiment-\(id)"), .escaped(t(.experimentNumber(number: "\(id)")))),
                                .escaped(" "))
                        }))
            )
        case .experiment(let experiment):
            let draft = experiment.draft
            let dates = [draft.startedOn, draft.endedOn].compactMap { $0?.formatted(t.language) }.joined(
                separator: " – ")
            return .article(
                .class("timeline-entry timeline-experiment"),
                .h3(.escaped(t(.timelineExperiment(number: "\(experiment.id)", phase: t(phase(draft.phase)))))),
                .p(
                    .class("muted"),
                    .escaped(
                        dates + " · " + t(method(draft.method))
                            + (draft.participants.map { " · " + t(.experimentParticipantsCount(count: "\($0)")) }
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
                            .href(ProjectPaths.editExperiment(projectID, experiment.id)),
                            .escaped(t(.experimentEdit)),
                            .span(
                                .class("visually-hidden"),
                                .escaped(" " + t(.experimentNumber(number: "\(experiment.id)")))))))
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
                                .timelineJournalMeta(
                                    date: DateFormat.date(entry.createdAt, language: t.language),
                                    name: entry.authorName ?? t(.deletedUser), phase: t(phase(entry.phase)))))),
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
