import Foundation
import HubbenCore

/// One project's page: narrative, outcome, team, goals, money and timeline.
extension ProjectPages {
    struct ShowModel {
        var project: ProjectDetail
        var timeline: [TimelineEntry]
        var canEdit: Bool
        var canManageTeam: Bool
        /// The hub team: the project's staffing needs and assignments (`PoolPaths.staffing`).
        var canStaff = false
        var canGate: Bool
        var notice: String?
        var csrf: String?
        var noticeURLErrors = FormErrors()
        var now: Date
        /// Whether the signed-in viewer follows the project (nil when nobody is signed in).
        var isFollowing: Bool? = nil
        /// What each partner contributed (public totals).
        var partnerTotals: [PartnerTotals] = []
    }

    /// Follow the project to hear of its public timeline (gate decisions, journal entries, the outcome).
    static func followForm(_ model: ShowModel, _ t: Localizer) -> Node {
        guard let following = model.isFollowing, let csrf = model.csrf else { return .empty }
        let id = model.project.id
        return .form(
            .method(.post), .class("follow-form"),
            .action(following ? NotificationPaths.unfollowProject(id) : NotificationPaths.followProject(id)),
            FormParts.csrf(csrf),
            .if(following, .p(.text(t(.projectYouFollow)))),
            FormParts.submit(following ? t(.projectUnfollow) : t(.projectFollow), style: "button-secondary"))
    }

    static func show(_ model: ShowModel, _ t: Localizer) -> Page {
        let project = model.project
        let card = project.card
        let base = ProjectPaths.show(project.id)
        return Page(
            title: card.title,
            main: .group(
                .p(.a(.href(ProjectPaths.list()), .text("‹ " + t(.projectsTitle)))),
                FormParts.errorSummary(model.noticeURLErrors, t),
                FormParts.notice(model.notice),
                .h1(.text(card.title)),
                .div(
                    .class("idea-card-meta"),
                    .span(
                        .class("status-tag status-\(card.stage.outcome?.rawValue ?? "active")"),
                        .text(stageText(card.stage, t))),
                    .if(
                        card.visibility == .internal,
                        .span(.class("status-tag status-internal"), .text(t(.projectInternal)))),
                    .if(!card.organizations.isEmpty, .span(.text(card.organizations.joined(separator: ", ")))),
                    .forEach(card.themes) { theme in .span(.class("tag"), .text(theme.name(t.language))) }),
                progress(card.stage, t),
                followForm(model, t),
                .if(
                    model.canEdit,
                    .nav(
                        .class("project-actions"), .ariaLabel(t(.projectActions)),
                        .ul(
                            .li(.a(.href("\(base)/edit"), .text(t(.projectEdit)))),
                            .if(model.canManageTeam, .li(.a(.href("\(base)/team"), .text(t(.projectTeamEdit))))),
                            .if(
                                model.canStaff, .li(.a(.href(PoolPaths.staffing(project.id)), .text(t(.staffingLink))))),
                            .li(.a(.href("\(base)/goals/new"), .text(t(.goalNew)))),
                            .li(.a(.href("\(base)/funds/new"), .text(t(.fundNew)))),
                            .li(.a(.href("\(base)/experiments/new"), .text(t(.experimentNew)))),
                            .li(.a(.href("\(base)/journal/new"), .text(t(.journalNew)))),
                            .if(
                                model.canGate && card.stage.isActive,
                                .li(.a(.class("button button-primary"), .href("\(base)/gate"), .text(t(.gateNew)))))
                        ))),
                .unwrap(card.ideaID) { ideaID in
                    .p(
                        .text(t(.projectFromIdea) + " "),
                        .a(.href(IdeaPaths.show(ideaID)), .text(project.ideaTitle ?? "#\(ideaID)")))
                },
                narrative(project, t),
                outcome(model, t),
                team(project, t),
                goals(model, t),
                money(project, t),
                .h2(.id("partners"), .text(t(.partnerProjectTotals))),
                PartnerPages.projectTotals(model.partnerTotals, projectID: project.id, t),
                timeline(model, t),
                .if(
                    card.visibility == .public,
                    .p(
                        .a(
                            .href(
                                InterestPaths.form() + "?project=\(project.id)&kind=\(InterestKind.testUser.rawValue)"),
                            .text(t(.projectInterest)))))
            ), section: .projects, hasErrors: !model.noticeURLErrors.isEmpty)
    }

    static func narrative(_ project: ProjectDetail, _ t: Localizer) -> Node {
        .forEach(
            [(LocalizedText.projectWhat, project.what), (.projectWhy, project.why), (.projectHow, project.how)].filter {
                !$0.1.isEmpty
            }
        ) { key, text in
            .group(.h2(.text(t(key))), .p(.class("prose"), .text(text)))
        }
    }

    static func outcome(_ model: ShowModel, _ t: Localizer) -> Node {
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
            .h2(.id("outcome-heading"), .text(stageText(project.card.stage, t))),
            .p(.text(t(PageParts.outcomes[ProjectOutcome.allCases.firstIndex(of: outcome) ?? 0].text))),
            .dl(.forEach(facts) { key, value in .group(.dt(.text(t(key))), .dd(.class("prose"), .text(value))) }),
            .if(
                outcome == .procurement,
                .group(
                    .h3(.text(t(.outcomeNotice))),
                    details.noticeURL.isEmpty
                        ? .p(.class("muted"), .text(t(.outcomeNoNotice)))
                        : .p(
                            .a(
                                .href(details.noticeURL),
                                .attribute(named: "rel", value: "noopener"), .text(details.noticeURL))),
                    .if(
                        model.canEdit,
                        .unwrap(model.csrf) { csrf in
                            .form(
                                .method(.post), .action(ProjectPaths.notice(project.id)), .novalidate(),
                                FormParts.csrf(csrf),

                                FormParts.input(
                                    .init(
                                        name: "notice_url", label: t(.outcomeNoticeLabel), hint: t(.linkHint),
                                        value: details.noticeURL, type: .url), errors: model.noticeURLErrors, t),
                                FormParts.submit(t(.accountSave), style: "button-secondary"))
                        })
                )),
            .h3(.text(t(.lessonsLearned))),
            .p(.class("prose"), .text(project.lessonsLearned))
        )
    }

    static func person(_ person: ProjectPerson?, _ t: Localizer) -> String {
        guard let person else { return t(.projectNobody) }
        return person.name ?? t(.deletedUser)
    }

    static func team(_ project: ProjectDetail, _ t: Localizer) -> Node {
        .group(
            .h2(.text(t(.projectTeam))),
            .dl(
                .class("facts"),
                .dt(.text(t(.projectLead))), .dd(.text(person(project.lead, t))),
                .dt(.text(t(.projectCoach))), .dd(.text(person(project.coach, t)))),
            .if(
                !project.members.isEmpty,
                .ul(
                    .class("member-list"),
                    .forEach(project.members) { member in
                        .li(
                            .text(
                                person(member.person, t) + " – "
                                    + (member.role == .other ? member.roleText : t(memberRole(member.role)))))
                    }))
        )
    }

    static func goals(_ model: ShowModel, _ t: Localizer) -> Node {
        .group(
            .h2(.text(t(.goalsHeading))),
            model.project.goals.isEmpty
                ? .p(.class("muted"), .text(t(.goalsEmpty)))
                : .ul(
                    .class("goal-list"),
                    .forEach(model.project.goals) { goal in
                        .li(
                            .article(
                                .class("goal"),
                                .h3(.text(goal.goal.what)),
                                .dl(
                                    .class("facts"),
                                    .dt(.text(t(.goalForWhom))), .dd(.text(goal.goal.forWhom)),
                                    .dt(.text(t(.goalMeasure))), .dd(.text(goal.goal.measure)),
                                    .dt(.text(t(.goalBaseline))),
                                    .dd(.text(goal.goal.baseline.isEmpty ? "–" : goal.goal.baseline)),
                                    .dt(.text(t(.goalTarget))), .dd(.text(goal.goal.target))),
                                .unwrap(
                                    goal.reachedOn,
                                    { day in
                                        .p(
                                            .span(
                                                .class("status-tag status-accepted"),
                                                .text(t(.goalReachedOn(date: day.formatted(t.language))))),
                                            .text(" " + goal.reachedComment))
                                    },
                                    else: .if(
                                        model.canEdit,
                                        .p(
                                            .a(
                                                .href(ProjectPaths.goalReached(model.project.id, goal.id)),
                                                .text(t(.goalMarkReached)),
                                                .span(.class("visually-hidden"), .text(": " + goal.goal.what))))))
                            ))
                    })
        )
    }

    static func money(_ project: ProjectDetail, _ t: Localizer) -> Node {
        .group(
            .h2(.text(t(.moneyHeading))),
            .dl(
                .class("facts"),
                .dt(.text(t(.moneyBudget))), .dd(.text(project.estimatedBudget.map { money($0, t) } ?? "–")),
                .dt(.text(t(.moneyGranted))), .dd(.text(money(project.granted, t))),
                .dt(.text(t(.moneySpent))), .dd(.text(money(project.spent, t)))),
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
                                .td(.text(fund.day.formatted(t.language))),
                                .td(.text(t(fund.kind == .granted ? .moneyGrantedOne : .moneySpentOne))),
                                .td(.class("number"), .text(money(fund.amount, t))), .td(.text(fund.source)),
                                .td(.text(fund.comment)))
                        })
                ))
        )
    }

    static func timeline(_ model: ShowModel, _ t: Localizer) -> Node {
        .group(
            .h2(.id("timeline"), .text(t(.timelineHeading))),
            model.timeline.isEmpty
                ? .p(.class("muted"), .text(t(.timelineEmpty)))
                : .ol(
                    .class("timeline"),
                    .forEach(model.timeline) { entry in
                        .li(
                            .id(entry.key), timelineEntry(entry, projectID: model.project.id, canEdit: model.canEdit, t)
                        )
                    })
        )
    }

    static func timelineEntry(_ entry: TimelineEntry, projectID: Int, canEdit: Bool, _ t: Localizer) -> Node {
        switch entry {
        case .gate(let decision):
            return .article(
                .class("timeline-entry timeline-gate"),
                .h3(.text(t(.timelineGate(decision: t(Self.decision(decision.kind)))))),
                .p(
                    .class("muted"),
                    .text(
                        t(
                            .timelineGateMeta(
                                date: DateFormat.date(decision.decidedAt, language: t.language),
                                name: decision.decidedBy ?? t(.deletedUser), from: t(phase(decision.from)),
                                to: stageText(decision.to, t))))),
                .h4(.text(t(.gateRationale))), .p(.class("prose"), .text(decision.rationale)),
                .if(
                    !decision.lessonsLearned.isEmpty,
                    .group(.h4(.text(t(.lessonsLearned))), .p(.class("prose"), .text(decision.lessonsLearned)))),
                .if(
                    !decision.evidence.isEmpty,
                    .p(
                        .text(t(.gateEvidence) + " "),
                        .forEach(decision.evidence) { id in
                            .group(
                                .a(.href("#experiment-\(id)"), .text(t(.experimentNumber(number: "\(id)")))),
                                .text(" "))
                        }))
            )
        case .experiment(let experiment):
            let draft = experiment.draft
            let dates = [draft.startedOn, draft.endedOn].compactMap { $0?.formatted(t.language) }.joined(
                separator: " – ")
            return .article(
                .class("timeline-entry timeline-experiment"),
                .h3(.text(t(.timelineExperiment(number: "\(experiment.id)", phase: t(phase(draft.phase)))))),
                .p(
                    .class("muted"), .text(dates + " · "),
                    experiment.methodName == nil
                        ? .text(experiment.methodLabel(t))
                        : .a(.href(MethodPaths.show(draft.method.rawValue)), .text(experiment.methodLabel(t))),
                    .text(draft.participants.map { " · " + t(.experimentParticipantsCount(count: "\($0)")) } ?? "")),
                .dl(
                    .class("facts"),
                    .dt(.text(t(.experimentHypothesis))), .dd(.class("prose"), .text(draft.hypothesis)),
                    .dt(.text(t(.experimentCriterion))), .dd(.class("prose"), .text(draft.successCriterion)),
                    .dt(.text(t(.experimentResult))),
                    .dd(
                        .span(
                            .class("status-tag status-\(draft.result?.rawValue ?? "pending")"),
                            .text(t(result(draft.result))))),
                    .if(
                        !draft.learning.isEmpty,
                        .group(.dt(.text(t(.experimentLearning))), .dd(.class("prose"), .text(draft.learning))))),
                .if(
                    canEdit,
                    .p(
                        .a(
                            .href(ProjectPaths.editExperiment(projectID, experiment.id)),
                            .text(t(.experimentEdit)),
                            .span(
                                .class("visually-hidden"),
                                .text(" " + t(.experimentNumber(number: "\(experiment.id)"))))),
                        .text(" · "),
                        .a(
                            .href(InterestPaths.testUsers(projectID, experiment.id)),
                            .text(t(.testUsersInviteLink)),
                            .span(
                                .class("visually-hidden"),
                                .text(" " + t(.experimentNumber(number: "\(experiment.id)")))))))
            )
        case .journal(let entry):
            return .article(
                .class("timeline-entry timeline-journal"),
                .h3(.text(entry.draft.title)),
                .p(
                    .class("muted"),
                    .span(.class("tag"), .text(t(journalKind(entry.draft.kind)))),
                    .if(
                        entry.draft.visibility == .internal,
                        .span(.class("status-tag status-internal"), .text(t(.projectInternal)))),
                    .text(
                        " "
                            + t(
                                .timelineJournalMeta(
                                    date: DateFormat.date(entry.createdAt, language: t.language),
                                    name: entry.authorName ?? t(.deletedUser), phase: t(phase(entry.phase)))))),
                .p(.class("prose"), .text(entry.draft.body)),
                .if(
                    !entry.draft.link.isEmpty,
                    .p(
                        .a(
                            .href(entry.draft.link), .attribute(named: "rel", value: "noopener"),
                            .text(entry.draft.link))))
            )
        }
    }
}
