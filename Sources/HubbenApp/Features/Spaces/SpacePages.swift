import Foundation
import HubbenCore

/// The hub's spaces: the spaces with a timeline of who is where, and one round with its applications.
enum SpacePages {
    struct ListModel {
        var spaces: [Space]
        var rounds: [SpaceRound]
        /// The round the timeline shows, with its approved placements.
        var shown: SpaceRound?
        var approved: [SpaceApplication]
        var now: Date
        /// The hub team's forms for a new space and a new round; nil for everyone else.
        var team: TeamForms?
    }

    struct TeamForms {
        var values: [String: String] = [:]
        var errors = FormErrors()
        var csrf: String
    }

    static func list(_ model: ListModel, _ t: Localizer) -> Page {
        let language = t.language
        return Page(
            title: t(.spacesTitle),
            main: .group(
                .unwrap(model.team) { FormParts.errorSummary($0.errors, t) },
                .h1(.text(t(.spacesTitle))),
                PageParts.lead(t(.spacesLead)),
                .h2(.text(t(.spacesRounds))),
                model.rounds.isEmpty
                    ? .p(.class("empty-state"), .text(t(.spacesNoRounds)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(model.rounds) { round in
                            .li(
                                .a(.href(SpacePaths.round(round.id)), .text(round.name)), .text(" "),
                                .span(
                                    .class("status-tag status-submitted"),
                                    .text(t(SpaceTexts.state(round.state(at: model.now))))),
                                .text(" " + SpaceTexts.weeks(round.firstWeek, round.lastWeek, language)),
                                .if(
                                    model.team != nil,
                                    .group(
                                        .text(" · "),
                                        .a(
                                            .href(SpacePaths.editRound(round.id)),
                                            .attribute(named: "aria-label", value: t(.spaceChangeNamed(round.name))),
                                            .text(t(.spaceChange))))))
                        }),
                .h2(.text(t(.spacesSpaces))),
                PageParts.table(
                    id: "spaces-caption", caption: t(.spacesSpaces),
                    columns: [
                        .init(t(.spaceName)), .init(t(.spaceKindLabel)), .init(t(.spaceCapacity), numeric: true),
                        .init(t(.spaceEquipment)),
                        .init(
                            model.shown.map { t(.spaceUtilisation) + ", " + $0.name } ?? t(.spaceUtilisation),
                            numeric: true),
                    ],
                    rows: .tbody(
                        .forEach(model.spaces) { space in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"), .text(space.name),
                                    .if(
                                        model.team != nil,
                                        .group(
                                            .text(" "),
                                            .a(
                                                .class("muted"), .href(SpacePaths.editSpace(space.id)),
                                                .attribute(
                                                    named: "aria-label", value: t(.spaceChangeNamed(space.name))),
                                                .text(t(.spaceChange)))))),
                                .td(.text(t(SpaceTexts.kind(space.kind)))),
                                .td(.class("number"), .text("\(space.capacity)")),
                                .td(.text(space.equipment.joined(separator: ", "))),
                                .td(
                                    .class("number"),
                                    .text(
                                        model.shown.map {
                                            "\(Int((SpaceUtilisation.share(of: space.id, in: $0, approved: model.approved) * 100).rounded())) %"
                                        } ?? "–")))
                        })),
                .unwrap(model.shown) { round in timeline(round, spaces: model.spaces, approved: model.approved, t) },
                .unwrap(model.team) { teamForms($0, t) }
            ), section: .book, hasErrors: !(model.team?.errors.isEmpty ?? true))
    }

    /// The hub team adds spaces and opens rounds.
    static func teamForms(_ forms: TeamForms, _ t: Localizer) -> Node {
        .group(
            .h2(.id("new-space"), .text(t(.spaceNewTitle))),
            .form(
                .method(.post), .action(SpacePaths.list() + "#new-space"), .novalidate(), FormParts.csrf(forms.csrf),
                spaceFields(forms, t), FormParts.submit(t(.spaceNewSubmit), style: "button-secondary")),
            .h2(.id("new-round"), .text(t(.spaceRoundNewTitle))),
            .form(
                .method(.post), .action(SpacePaths.rounds() + "#new-round"), .novalidate(), FormParts.csrf(forms.csrf),
                roundFields(forms, t), FormParts.submit(t(.spaceRoundNewSubmit), style: "button-secondary"))
        )
    }

    /// A space's fields, for adding one and for changing it.
    static func spaceFields(_ forms: TeamForms, _ t: Localizer) -> Node {
        .group(
            FormParts.select(
                name: "kind", label: t(.spaceKindLabel),
                options: [("", t(.resourceChoose))] + SpaceKind.allCases.map { ($0.rawValue, t(SpaceTexts.kind($0))) },
                selected: forms.values["kind"] ?? "", errors: forms.errors, t),
            teamField(forms, "name", .spaceName, t), teamField(forms, "capacity", .spaceCapacity, numeric: true, t),
            FormParts.textarea(
                name: "equipment", label: t(.spaceEquipment), hint: t(.resourceEquipmentHint),
                value: forms.values["equipment"] ?? "", errors: forms.errors, t))
    }

    /// A round's fields, for opening one and for changing it.
    static func roundFields(_ forms: TeamForms, _ t: Localizer) -> Node {
        .group(
            teamField(forms, "round_name", .spaceRoundName, t),
            teamField(forms, "opens_on", .spaceRoundOpensOn, hint: .bookFormDayHint, t),
            teamField(forms, "closes_on", .spaceRoundClosesOn, hint: .bookFormDayHint, t),
            teamField(forms, "first_week", .spaceFirstWeek, hint: .spaceWeekHint, t),
            teamField(forms, "last_week", .spaceLastWeek, hint: .spaceWeekHint, t))
    }

    private static func teamField(
        _ forms: TeamForms, _ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, numeric: Bool = false,
        _ t: Localizer
    ) -> Node {
        FormParts.input(
            .init(
                name: name, label: t(label), hint: hint.map { t($0) }, value: forms.values[name] ?? "",
                width: numeric ? "input-small" : "input-medium", inputMode: numeric ? "numeric" : nil),
            errors: forms.errors, t)
    }

    /// The values a space's form shows for changing it.
    static func values(of space: Space) -> [String: String] {
        [
            "kind": space.kind.rawValue, "name": space.name, "capacity": "\(space.capacity)",
            "equipment": space.equipment.joined(separator: "\n"),
        ]
    }

    /// The values a round's form shows for changing it: applications close at the end of `closes_on`.
    static func values(of round: SpaceRound) -> [String: String] {
        [
            "round_name": round.name, "opens_on": Day(round.opensAt).iso,
            "closes_on": Day(round.closesAt.addingTimeInterval(-1)).iso, "first_week": round.firstWeek.iso,
            "last_week": round.lastWeek.iso,
        ]
    }

    /// The hub team's page for changing a space or a round.
    static func edit(
        title: String, action: String, submit: String, fields: Node, forms: TeamForms, _ t: Localizer
    ) -> Page {
        Page(
            title: title,
            main: .group(
                FormParts.errorSummary(forms.errors, t),
                .p(.a(.href(SpacePaths.list()), .text("‹ " + t(.spacesTitle)))),
                .h1(.text(title)),
                .form(
                    .method(.post), .action(action), .novalidate(), FormParts.csrf(forms.csrf), fields,
                    FormParts.submit(submit))
            ), section: .book, hasErrors: !forms.errors.isEmpty)
    }

    /// Spaces × weeks: which project holds each space each week of the round, a placement as one cell across
    /// its weeks.
    static func timeline(_ round: SpaceRound, spaces: [Space], approved: [SpaceApplication], _ t: Localizer) -> Node {
        let weekCount = min(round.weekCount, 60)
        return .group(
            .h2(.text(t(.spaceTimelineTitle(round: round.name)))),
            .div(
                .class("timeline-table"),
                PageParts.table(
                    id: "timeline-caption", caption: t(.spaceTimelineTitle(round: round.name)),
                    columns: [.init(t(.spaceName))]
                        + (0..<weekCount).map {
                            .init(
                                t(.spaceWeek)
                                    + "\u{00A0}\(BookingPages.weekNumber(round.firstWeek.adding(days: 7 * $0)))")
                        },
                    rows: .tbody(
                        .forEach(spaces) { space in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(space.name)),
                                .forEach(runs(of: space.id, weeks: weekCount, round: round, approved: approved)) {
                                    run in
                                    .td(
                                        .attribute(named: "colspan", value: "\(run.weeks)"),
                                        .class(run.holder == nil ? "timeline-free" : "timeline-held"),
                                        .unwrap(run.holder) {
                                            .a(.href(ProjectPaths.show($0.projectID)), .text($0.projectTitle))
                                        },
                                        .if(run.holder == nil, .span(.class("muted"), .text(t(.spaceFree)))))
                                })
                        }))))
    }

    /// A space's weeks as runs: each placement, and the free weeks between them.
    static func runs(of spaceID: Int, weeks: Int, round: SpaceRound, approved: [SpaceApplication])
        -> [(holder: SpaceApplication?, weeks: Int)]
    {
        let placed = approved.filter { $0.spaceID == spaceID }
        var runs: [(holder: SpaceApplication?, weeks: Int)] = []
        var week = 0
        while week < weeks {
            let holder = placed.first {
                let span = $0.weeks(in: round)
                return span.first <= week && week <= span.last
            }
            var end = week
            if let holder {
                end = min(weeks - 1, holder.weeks(in: round).last)
            } else {
                while end + 1 < weeks,
                    !placed.contains(where: {
                        $0.weeks(in: round).first <= end + 1 && end + 1 <= $0.weeks(in: round).last
                    })
                {
                    end += 1
                }
            }
            runs.append((holder, end - week + 1))
            week = end + 1
        }
        return runs
    }

    // MARK: One round

    struct ApplyForm {
        var project = ""
        var firstWeek = ""
        var lastWeek = ""
        var teamSize = ""
        var needs = ""
        var wishedSpace = ""
    }

    struct RoundModel {
        var view: SpaceActions.RoundView
        var form: ApplyForm
        var errors: FormErrors
        /// The application a decision form was sent for, with its problem.
        var failed: (id: Int, message: String)?
        var notice: String?
        var csrf: String?
        var signInPath: String
        var now: Date
    }

    static func round(_ model: RoundModel, _ t: Localizer) -> Page {
        let view = model.view
        let round = view.round
        let language = t.language
        let spaceNames = Dictionary(uniqueKeysWithValues: view.spaces.map { ($0.id, $0.name) })
        return Page(
            title: round.name,
            main: .group(
                FormParts.notice(model.notice),
                FormParts.errorSummary(model.errors, t),
                .p(.a(.href(SpacePaths.list()), .text("‹ " + t(.spacesTitle)))),
                .h1(.text(round.name)),
                .p(
                    .span(
                        .class("status-tag status-submitted"), .text(t(SpaceTexts.state(round.state(at: model.now))))),
                    .text(
                        " "
                            + t(
                                .spaceRoundDates(
                                    opens: DateFormat.dateTime(round.opensAt, language: language),
                                    closes: DateFormat.dateTime(round.closesAt, language: language),
                                    weeks: SpaceTexts.weeks(round.firstWeek, round.lastWeek, language))))),
                .unwrap(view.proposal) { proposal in
                    let pending = view.applications.filter { $0.status == .pending }.count
                    return .group(
                        .p(
                            .text(
                                t(
                                    .spaceProposalSummary(
                                        placed: "\(proposal.placements.count)", of: "\(pending)",
                                        wishes: "\(proposal.wishesMet)")))),
                        .if(!proposal.isExact, .p(.class("notice"), .text(t(.spaceProposalNotExact)))))
                },
                .h2(.id("applications"), .text(view.mayAllocate ? t(.spaceApplications) : t(.spaceMyApplications))),
                view.applications.isEmpty
                    ? .p(.class("empty-state"), .text(t(.spaceNoApplications)))
                    : .ul(
                        .class("booking-list"),
                        .forEach(view.applications) { application in
                            applicationItem(application, model: model, spaceNames: spaceNames, t)
                        }),
                .h2(.id("apply"), .text(t(.spaceApplyTitle))),
                applyForm(model, t)
            ), section: .book, hasErrors: !model.errors.isEmpty)
    }

    private static func applicationItem(
        _ application: SpaceApplication, model: RoundModel, spaceNames: [Int: String], _ t: Localizer
    ) -> Node {
        let view = model.view
        let language = t.language
        let proposed = view.proposal?.placements[application.id]
        let failed = model.failed?.id == application.id ? model.failed?.message : nil
        let fitting = view.spaces.filter { $0.capacity >= application.teamSize }
        return .li(
            .article(
                .class("booking"), .id("application-\(application.id)"),
                .h3(
                    .a(.href(ProjectPaths.show(application.projectID)), .text(application.projectTitle)), .text(" "),
                    .span(.class("status-tag status-submitted"), .text(t(SpaceTexts.status(application.status))))),
                .p(
                    .text(
                        SpaceTexts.weeks(application.firstWeek, application.lastWeek, language) + " · "
                            + t(.spaceTeam) + ": \(application.teamSize)"
                            + (application.wishedSpaceID.flatMap { spaceNames[$0] }.map {
                                " · " + t(.spaceWish) + ": " + $0
                            }
                                ?? ""))),
                .if(!application.needs.isEmpty, .p(.text(application.needs))),
                .unwrap(application.spaceID.flatMap { spaceNames[$0] }) { .p(.strong(.text($0))) },
                .unwrap(application.reason) { .p(.text(t(.bookReason(reason: $0)))) },
                // A refused withdrawal's message (a decision's is shown with the decision forms below).
                .if(
                    !(view.mayAllocate && application.status == .pending),
                    .unwrap(failed) { message in
                        FormParts.errorMessage(id: "withdrawal-\(application.id)-error", message, focusable: true, t)
                    }),
                .if(
                    view.withdrawable.contains(application.id),
                    .form(
                        .method(.post), .action(SpacePaths.withdrawal(application.id)),
                        FormParts.csrf(model.csrf ?? ""), FormParts.submit(t(.spaceWithdraw), style: "button-secondary")
                    )),
                .if(
                    view.mayAllocate && application.status == .pending,
                    .group(
                        .p(.text(t(.spaceProposed) + ": " + (proposed.flatMap { spaceNames[$0] } ?? t(.spaceNoPlace)))),
                        .unwrap(failed) { message in
                            FormParts.errorMessage(id: "decision-\(application.id)-error", message, focusable: true, t)
                        },
                        .div(
                            .class("button-group"),
                            .form(
                                .method(.post), .action(SpacePaths.decision(application.id)),
                                FormParts.csrf(model.csrf ?? ""), FormParts.hidden("decision", "approve"),
                                .div(
                                    .class("form-group"),
                                    .label(
                                        .for("space-\(application.id)"), .class("form-label"), .text(t(.spaceApproveIn))
                                    ),
                                    .select(
                                        .id("space-\(application.id)"), .attribute(named: "name", value: "space"),
                                        .class("form-input"),
                                        .forEach(fitting) { space in
                                            PageParts.option(
                                                value: "\(space.id)", label: "\(space.name) (\(space.capacity))",
                                                selected: space.id == (proposed ?? application.wishedSpaceID))
                                        })),
                                FormParts.submit(t(.spaceApprove))),
                            .form(
                                .method(.post), .action(SpacePaths.decision(application.id)), .novalidate(),
                                FormParts.csrf(model.csrf ?? ""), FormParts.hidden("decision", "decline"),
                                FormParts.input(
                                    .init(
                                        name: "reason", id: "reason-\(application.id)", label: t(.spaceDeclineReason),
                                        width: "input-medium"), errors: FormErrors(), t),
                                FormParts.submit(t(.spaceDecline), style: "button-secondary")))))
            ))
    }

    private static func applyForm(_ model: RoundModel, _ t: Localizer) -> Node {
        let view = model.view
        guard let csrf = model.csrf else {
            return .p(.a(.class("button button-primary"), .href(model.signInPath), .text(t(.bookSignIn))))
        }
        guard view.round.state(at: model.now) == .open else { return .p(.id("round"), .text(t(.spaceApplyClosed))) }
        guard !view.projects.isEmpty else { return .p(.text(t(.spaceApplyNoProject))) }
        let form = model.form
        let errors = model.errors
        return .form(
            .method(.post), .action(SpacePaths.apply(view.round.id) + "#apply"), .novalidate(), FormParts.csrf(csrf),
            FormParts.select(
                name: "project", label: t(.spaceProject),
                options: [("", t(.resourceChoose))] + view.projects.map { (String($0.id), $0.title) },
                selected: form.project, errors: errors, t),
            FormParts.input(
                .init(
                    name: "first_week", label: t(.spaceFirstWeek), hint: t(.spaceWeekHint), value: form.firstWeek,
                    width: "input-medium"), errors: errors, t),
            FormParts.input(
                .init(
                    name: "last_week", label: t(.spaceLastWeek), hint: t(.spaceWeekHint), value: form.lastWeek,
                    width: "input-medium"), errors: errors, t),
            FormParts.input(
                .init(
                    name: "team_size", label: t(.spaceTeam), value: form.teamSize, width: "input-small",
                    inputMode: "numeric"), errors: errors, t),
            FormParts.textarea(
                name: "needs", label: t(.spaceNeeds), hint: t(.spaceNeedsHint), value: form.needs, errors: errors, t),
            FormParts.select(
                name: "wished_space", label: t(.spaceWish),
                options: [("", t(.spaceNoWish))] + view.spaces.map { (String($0.id), "\($0.name) (\($0.capacity))") },
                selected: form.wishedSpace, errors: errors, t),
            FormParts.submit(t(.spaceApplySubmit)))
    }
}
