import Foundation
import HubbenCore

/// The forms of a project: its frame, team, goals, money, experiments, journal and gate decisions. Each
/// re-shows what was typed, with the message at the field and a summary at the top.
enum ProjectForms {
    /// What the form holds: typed text by field name, and the chosen ids of checkbox groups.
    struct Values {
        var text: [String: String] = [:]
        var chosen: [String: Set<Int>] = [:]

        subscript(_ name: String) -> String { text[name] ?? "" }
    }

    struct Context {
        var projectID: Int?
        var projectTitle: String?
        var errors: FormErrors
        var csrf: String
        var t: Localizer
    }

    static func page(
        title: String, action: String, submit: String, _ context: Context, fields: Node,
        before: Node = .empty
    ) -> Page {
        let t = context.t
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(context.errors, t),
                .p(
                    context.projectID.map { id in
                        .a(.href(ProjectPaths.show(id)), .text("‹ " + (context.projectTitle ?? "")))
                    }
                        ?? .a(.href(ProjectPaths.list()), .text("‹ " + t(.projectsTitle)))),
                .h1(.text(title)),
                before,
                .form(
                    .method(.post), .action(action), .novalidate(), FormParts.csrf(context.csrf), fields,
                    FormParts.submit(submit))
            ), section: .projects, hasErrors: !context.errors.isEmpty)
    }

    private static func input(
        _ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, type: ControlType = .text,
        width: String = "input-wide",
        _ values: Values, _ context: Context
    ) -> Node {
        FormParts.input(
            .init(
                name: name, label: context.t(label), hint: hint.map { context.t($0) }, value: values[name], type: type,
                width: width),
            errors: context.errors, context.t)
    }

    private static func textarea(
        _ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, _ values: Values, _ context: Context
    ) -> Node {
        FormParts.textarea(
            name: name, label: context.t(label), hint: hint.map { context.t($0) }, value: values[name],
            errors: context.errors, context.t)
    }

    private static func select(
        _ name: String, _ label: LocalizedText, _ options: [(value: String, label: String)], _ values: Values,
        _ context: Context
    ) -> Node {
        FormParts.select(
            name: name, label: context.t(label), options: options, selected: values[name], errors: context.errors,
            context.t)
    }

    private static func choose(_ t: Localizer) -> (value: String, label: String) { ("", t(.projectFormChoose)) }

    // MARK: The project

    struct Choices {
        var organizations: [Organization]
        var themes: [Theme]
        var people: [ProjectPerson]
        var coaches: [ProjectPerson]
    }

    static func project(_ values: Values, choices: Choices, ideaID: Int?, _ context: Context) -> Page {
        let t = context.t
        let editing = context.projectID != nil
        let people = [choose(t)] + choices.people.map { ("\($0.id)", $0.name ?? t(.deletedUser)) }
        return page(
            title: editing ? t(.projectEdit) : t(.projectNew),
            action: context.projectID.map { ProjectPaths.edit($0) } ?? ProjectPaths.list(),
            submit: editing ? t(.accountSave) : t(.projectCreate),
            context,
            fields: .group(
                .unwrap(ideaID) { id in FormParts.hidden("idea_id", "\(id)")
                },
                .unwrap(ideaID) { _ in .p(.class("notice"), .text(t(.projectFromIdeaHint))) },
                input("title", .fieldTitle, hint: .projectTitleHint, values, context),
                textarea("what", .projectWhat, hint: .projectWhatHint, values, context),
                textarea("why", .projectWhy, hint: .projectWhyHint, values, context),
                textarea("how", .projectHow, hint: .projectHowHint, values, context),
                FormParts.checkboxes(
                    name: "organizations", legend: t(.projectOrganizations), hint: t(.projectOrganizationsHint),
                    options: choices.organizations.map { ($0.id, $0.name) },
                    selected: values.chosen["organizations"] ?? [],
                    errors: context.errors, t),
                FormParts.checkboxes(
                    name: "themes", legend: t(.fieldThemes), hint: nil,
                    options: choices.themes.map { ($0.id, $0.name(t.language)) },
                    selected: values.chosen["themes"] ?? [], errors: context.errors, t),
                select(
                    "visibility", .projectVisibility,
                    [("public", t(.visibilityPublic)), ("internal", t(.visibilityInternal))], values, context),
                select("lead_id", .projectLead, people, values, context),
                select(
                    "coach_id", .projectCoach,
                    [choose(t)] + choices.coaches.map { ("\($0.id)", $0.name ?? t(.deletedUser)) }, values, context),
                input("estimated_budget", .moneyBudget, hint: .moneyHint, width: "input-medium", values, context)
            )
        )
    }

    // MARK: Team

    static func team(_ project: ProjectDetail, values: Values, people: [ProjectPerson], _ context: Context) -> Page {
        let t = context.t
        let roles = [choose(t)] + ProjectMemberRole.allCases.map { ($0.rawValue, t(ProjectPages.memberRole($0))) }
        let list: Node =
            project.members.isEmpty
            ? .p(.class("muted"), .text(t(.teamEmpty)))
            : .ul(
                .class("member-list"),
                .forEach(project.members) { member in
                    let name = member.person.name ?? t(.deletedUser)
                    return .li(
                        .text(
                            name + " – "
                                + (member.role == .other ? member.roleText : t(ProjectPages.memberRole(member.role)))
                                + " "),
                        .form(
                            .method(.post), .action(ProjectPaths.removeMember(project.id, member.person.id)),
                            .class("inline-form"),
                            FormParts.csrf(context.csrf),
                            .button(
                                .type(.submit), .class("button button-secondary button-small"),
                                .text(t(.teamRemove)),
                                .span(.class("visually-hidden"), .text(" " + name))))
                    )
                }
            )
        return page(
            title: t(.projectTeamEdit), action: ProjectPaths.team(project.id), submit: t(.teamAdd), context,
            fields: .group(
                .h2(.text(t(.teamAddHeading))),
                select(
                    "account_id", .teamPerson, [choose(t)] + people.map { ("\($0.id)", $0.name ?? t(.deletedUser)) },
                    values, context),
                select("role", .teamRole, roles, values, context),
                input("role_text", .teamRoleText, hint: .teamRoleTextHint, values, context)
            ),
            before: .group(.h2(.text(t(.projectTeam))), list)
        )
    }

    // MARK: Goals and money

    static func goal(_ values: Values, _ context: Context) -> Page {
        page(
            title: context.t(.goalNew), action: ProjectPaths.newGoal(context.projectID ?? 0),
            submit: context.t(.goalCreate), context,
            fields: .group(
                input("what", .goalWhat, hint: .goalWhatHint, values, context),
                input("for_whom", .goalForWhom, values, context),
                input("measure", .goalMeasure, hint: .goalMeasureHint, values, context),
                input("baseline", .goalBaseline, values, context),
                input("target", .goalTarget, values, context)
            ))
    }

    static func goalReached(_ goal: EffectGoal, values: Values, _ context: Context) -> Page {
        page(
            title: context.t(.goalMarkReached), action: ProjectPaths.goalReached(context.projectID ?? 0, goal.id),
            submit: context.t(.goalMarkReached), context,
            fields: .group(
                .p(.class("lead"), .text(goal.goal.what)),
                input(
                    "reached_on", .goalReachedDate, hint: .dateHint, type: .date, width: "input-medium", values, context
                ),
                textarea("reached_comment", .goalReachedComment, hint: .goalReachedCommentHint, values, context)
            ))
    }

    static func fund(_ values: Values, _ context: Context) -> Page {
        let t = context.t
        return page(
            title: t(.fundNew), action: ProjectPaths.newFund(context.projectID ?? 0), submit: t(.fundCreate),
            context,
            fields: .group(
                select(
                    "kind", .moneyKind, [("granted", t(.moneyGrantedOne)), ("spent", t(.moneySpentOne))], values,
                    context),
                input("amount", .moneyAmount, hint: .moneyHint, width: "input-medium", values, context),
                input("date", .moneyDate, hint: .dateHint, type: .date, width: "input-medium", values, context),
                input("source", .moneySource, hint: .moneySourceHint, values, context),
                input("comment", .moneyComment, values, context)
            ))
    }

    // MARK: Work inside a phase

    /// `methods`: the toolbox's methods to choose from, as slug and name.
    static func experiment(
        _ values: Values, currentPhase: ProjectPhase, experimentID: Int?, methods: [(value: String, label: String)],
        _ context: Context
    ) -> Page {
        let t = context.t
        let phases = ProjectPhase.allCases.filter { $0 <= currentPhase }.map {
            ($0.rawValue, t(ProjectPages.phase($0)))
        }
        let action =
            experimentID.map { ProjectPaths.editExperiment(context.projectID ?? 0, $0) }
            ?? ProjectPaths.newExperiment(context.projectID ?? 0)
        return page(
            title: experimentID == nil ? t(.experimentNew) : t(.experimentEdit), action: action,
            submit: experimentID == nil ? t(.experimentCreate) : t(.accountSave), context,
            fields: .group(
                select("phase", .experimentPhase, phases, values, context),
                textarea("hypothesis", .experimentHypothesis, hint: .experimentHypothesisHint, values, context),
                select(
                    "method", .experimentMethod, methods + [(ExperimentMethod.other.rawValue, t(.methodOther))],
                    values, context),
                .p(.class("form-hint"), .a(.href(MethodPaths.list()), .text(t(.experimentMethodHint)))),
                input(
                    "method_other", .experimentMethodOther, hint: .experimentMethodOtherHint, width: "input-medium",
                    values, context),
                textarea("success_criterion", .experimentCriterion, hint: .experimentCriterionHint, values, context),
                input(
                    "participants", .experimentParticipants, hint: .experimentParticipantsHint, width: "input-medium",
                    values, context),
                input(
                    "started_on", .experimentStarted, hint: .dateHint, type: .date, width: "input-medium", values,
                    context),
                input(
                    "ended_on", .experimentEnded, hint: .dateHint, type: .date, width: "input-medium", values, context),
                select(
                    "result", .experimentResult,
                    [("", t(.resultPending))]
                        + ExperimentResult.allCases.map { ($0.rawValue, t(ProjectPages.result($0))) },
                    values, context),
                textarea("learning", .experimentLearning, hint: .experimentLearningHint, values, context)
            ))
    }

    static func journal(_ values: Values, _ context: Context) -> Page {
        let t = context.t
        return page(
            title: t(.journalNew), action: ProjectPaths.newJournalEntry(context.projectID ?? 0),
            submit: t(.journalCreate),
            context,
            fields: .group(
                select(
                    "kind", .journalKindLabel,
                    JournalKind.allCases.map { ($0.rawValue, t(ProjectPages.journalKind($0))) }, values, context),
                input("title", .fieldTitle, values, context),
                textarea("body", .journalBody, values, context),
                input("link", .journalLink, hint: .linkHint, type: .url, values, context),
                select(
                    "visibility", .journalVisibility,
                    [("public", t(.visibilityPublic)), ("internal", t(.visibilityInternal))], values, context)
            ))
    }

    // MARK: Gates

    static func gate(
        _ values: Values, stage: ProjectStage, experiments: [Experiment], partners: [Organization], _ context: Context
    ) -> Page {
        let t = context.t
        let decisions = GateDecisionKind.allCases.filter { GateRules.isPossible($0, from: stage) }
        let phases = ProjectPhase.allCases.filter { $0 != stage.phase }.map { ($0.rawValue, t(ProjectPages.phase($0))) }
        let outcomes = [ProjectOutcome.inHouse, .partnership, .procurement].map {
            ($0.rawValue, t(ProjectPages.outcome($0)))
        }
        return page(
            title: t(.gateNew), action: ProjectPaths.gate(context.projectID ?? 0), submit: t(.gateCreate), context,
            fields: .group(
                FormParts.hidden("from_phase", stage.phase.rawValue),
                .p(.class("lead"), .text(t(.gateLead(stage: ProjectPages.stageText(stage, t))))),
                .ul(
                    .class("hint-list"),
                    .forEach(decisions) { kind in
                        .li(.strong(.text(t(ProjectPages.decision(kind)))), .text(" – " + t(gateHint(kind))))
                    }),
                select(
                    "decision", .gateDecision,
                    [choose(t)] + decisions.map { ($0.rawValue, t(ProjectPages.decision($0))) }, values, context),
                select("to_phase", .gateToPhase, [("", t(.gateToPhaseNone))] + phases, values, context),
                textarea("rationale", .gateRationale, hint: .gateRationaleHint, values, context),
                FormParts.checkboxes(
                    name: "evidence", legend: t(.gateEvidence), hint: t(.gateEvidenceHint),
                    options: experiments.map {
                        (
                            $0.id,
                            t(.experimentNumber(number: "\($0.id)")) + ": "
                                + String($0.draft.hypothesis.prefix(120))
                        )
                    },
                    selected: values.chosen["evidence"] ?? [], errors: context.errors, t),
                textarea("lessons_learned", .lessonsLearned, hint: .lessonsLearnedHint, values, context),
                .fieldset(
                    .class("form-section"),
                    .element(
                        named: "legend",
                        nodes: [Node.class("form-label"), .text(t(.gateOutcomeLegend))]),
                    .p(.class("form-hint"), .text(t(.gateOutcomeHint))),

                    Node.group(
                        select("outcome", .gateOutcome, [choose(t)] + outcomes, values, context),
                        input("taken_over_by", .outcomeTakenOverBy, hint: .outcomeTakenOverByHint, values, context),
                        select(
                            "partner", .outcomePartner, [choose(t)] + partners.map { ("\($0.id)", $0.name) },
                            values, context),
                        textarea(
                            "contributions", .outcomeContributions, hint: .outcomeContributionsHint, values, context
                        ),
                        select(
                            "market_dialogue", .outcomeMarketDialogue,
                            [choose(t), ("held", t(.marketDialogueHeld)), ("planned", t(.marketDialoguePlanned))],
                            values, context),
                        textarea(
                            "requirements_summary", .outcomeRequirements, hint: .outcomeRequirementsHint, values,
                            context),
                        input("notice_url", .outcomeNoticeLabel, hint: .linkHint, type: .url, values, context)
                    )
                )
            ))
    }

    private static func gateHint(_ kind: GateDecisionKind) -> LocalizedText {
        switch kind {
        case .continue: .gateContinueHint
        case .pivot: .gatePivotHint
        case .skip: .gateSkipHint
        case .stop: .gateStopHint
        case .route: .gateRouteHint
        }
    }
}
