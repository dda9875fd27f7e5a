import Foundation
import HubbenCore

/// Partners: the list, a partner's profile with its projects, results, events and totals, its agreements with
/// what was contributed against them, and a project's contributions.
enum PartnerPages {
    static func list(_ partners: [PartnerProfile], _ t: Localizer) -> Page {
        Page(
            title: t(.partnersTitle),
            main: .group(
                .h1(.text(t(.partnersTitle))),
                PageParts.lead(t(.partnersLead)),
                partners.isEmpty
                    ? .p(.class("empty-state"), .text(t(.partnersEmpty)))
                    : .ul(
                        .class("card-list"),
                        .forEach(partners) { partner in
                            .li(
                                .class("card"),
                                .h2(
                                    .class("card-title"),
                                    .a(
                                        .href(PartnerPaths.show(partner.organization.id)),
                                        .text(partner.organization.name))),
                                .p(.text(partner.organization.description)),
                                focusAreas(partner.focusAreas, t))
                        }),
                .h2(.text(t(.partnersBecomeHeading))),
                .p(.text(t(.partnersBecome))),
                .p(.a(.class("button button-primary"), .href(PartnerPaths.interest), .text(t(.interestTitle))))
            ), section: .partners)
    }

    static func focusAreas(_ areas: [String], _ t: Localizer) -> Node {
        .if(
            !areas.isEmpty,
            .p(
                .span(.class("visually-hidden"), .text(t(.partnerFocusAreas) + ": ")),
                .forEach(areas) { area in .span(.class("tag"), .text(area)) }))
    }

    /// "1 200 000 kr och 340 timmar".
    static func totalsText(_ totals: ContributionTotals, _ t: Localizer) -> String {
        t(
            .partnerTotals(
                cash: ProjectPages.money(totals.cash, t), hours: PartnerTexts.hours(totals.minutes, t.language)))
    }

    struct ShowModel {
        var view: PartnerActions.PartnerView
        var notice: String?
    }

    static func show(_ model: ShowModel, _ t: Localizer) -> Page {
        let view = model.view
        let shown = view.shown
        let partner = shown.profile.organization
        return Page(
            title: partner.name,
            main: .group(
                .p(.a(.href(PartnerPaths.list()), .text("‹ " + t(.partnersTitle)))),
                FormParts.notice(model.notice),
                .h1(.text(partner.name)),
                .if(!partner.description.isEmpty, .p(.class("prose lead"), .text(partner.description))),
                .dl(
                    .class("facts"),
                    .if(
                        !shown.profile.focusAreas.isEmpty,
                        .group(
                            .dt(.text(t(.partnerFocusAreas))),
                            .dd(.text(shown.profile.focusAreas.joined(separator: ", "))))),
                    .if(
                        !shown.profile.contactRole.isEmpty,
                        .group(
                            .dt(.text(t(.partnerContactRole))),
                            .dd(.text(t(.partnerContactThrough(role: shown.profile.contactRole))))))),
                .if(
                    view.mayEditProfile || view.mayManage || view.agreements != nil,
                    .nav(
                        .class("project-actions"), .ariaLabel(t(.partnerActions)),
                        .ul(
                            .if(
                                view.mayEditProfile,
                                .li(.a(.href(PartnerPaths.edit(partner.id)), .text(t(.partnerEditProfile))))),
                            .if(
                                view.agreements != nil,
                                .li(.a(.href(PartnerPaths.agreements(partner.id)), .text(t(.partnerAgreements)))))
                        ))),
                .h2(.text(t(.partnerContributedHeading))),
                .p(
                    .text(
                        t(
                            .partnerContributedSummary(
                                totals: totalsText(shown.totals, t), projects: "\(shown.projectCount)")))),
                projects(shown.projects, t),
                PageParts.pagination(
                    page: shown.paging.page, pageCount: shown.paging.pageCount(total: shown.projectCount), t
                ) { number in
                    PartnerPaths.show(partner.id) + (number > 1 ? "?page=\(number)" : "") + "#partner-projects-caption"
                },
                .h2(.text(t(.partnerResultsHeading))),
                shown.results.isEmpty
                    ? .p(.class("muted"), .text(t(.partnerNoResults)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(shown.results) { result in
                            .li(
                                .a(
                                    .href(ProjectPaths.show(result.projectID) + "#journal-\(result.entryID)"),
                                    .text(result.title)),
                                .text(" · " + result.projectTitle + " · "),
                                .span(.class("muted"), .text(DateFormat.date(result.at, language: t.language))))
                        }),
                .h2(.text(t(.partnerEventsHeading))),
                shown.events.isEmpty
                    ? .p(.class("muted"), .text(t(.partnerNoEvents)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(shown.events) { event in
                            .li(
                                .a(.href(EventPaths.show(event.id)), .text(event.title)), .text(" · "),
                                .span(.class("muted"), .text(DateFormat.date(event.startsAt, language: t.language))))
                        }),
                .unwrap(view.agreements) { agreements in
                    .group(
                        .h2(.id("agreements"), .text(t(.partnerAgreements))),
                        agreementList(agreements, t))
                },
                .unwrap(view.contributions) { rows in
                    .group(
                        .h2(.id("contributions"), .text(t(.partnerLatestContributions))),
                        contributionTable(rows, id: "partner-contributions", showProject: true, removal: nil, t))
                },
                .p(.a(.href(PartnerPaths.interest), .text(t(.partnersBecomeHeading))))
            ), section: .partners)
    }

    static func projects(_ projects: [PartnerProject], _ t: Localizer) -> Node {
        projects.isEmpty
            ? .p(.class("muted"), .text(t(.partnerNoProjects)))
            : PageParts.table(
                id: "partner-projects-caption", caption: t(.partnerProjectsHeading),
                columns: [
                    .init(t(.spaceProject)), .init(t(.partnerStage)), .init(t(.partnerRelation)),
                    .init(t(.partnerCash), numeric: true), .init(t(.partnerHours), numeric: true),
                ],
                rows: .tbody(
                    .forEach(projects) { project in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(ProjectPaths.show(project.id)), .text(project.title)),
                                .if(
                                    !project.isPublic,
                                    .span(.class("status-tag status-internal"), .text(" " + t(.projectInternal))))),
                            .td(
                                .text(
                                    ProjectPages.stageText(
                                        ProjectStage(phase: project.phase, outcome: project.outcome), t)
                                )),
                            .td(.text(t(project.owned ? .partnerOwned : .partnerPartnered))),
                            .td(.class("number"), .text(ProjectPages.money(project.totals.cash, t))),
                            .td(.class("number"), .text(PartnerTexts.hours(project.totals.minutes, t.language))))
                    }))
    }

    /// Contributed against agreed, as a bar with the numbers in text.
    static func bar(label: String, contributed: Int, agreed: Int, text: String) -> Node {
        let share = agreed > 0 ? min(Double(contributed) / Double(agreed), 1) : 0
        return .div(
            .class("agreement-bar"),
            .p(.text(label + ": " + text)),
            .element(
                named: "progress",
                nodes: [
                    .attribute(named: "max", value: "1000"),
                    .attribute(named: "value", value: "\(Int((share * 1000).rounded()))"),
                    .ariaLabel(label),
                ]))
    }

    static func agreementBars(_ summary: PartnerActions.AgreementSummary, _ t: Localizer) -> Node {
        let agreement = summary.agreement
        let language = t.language
        return .group(
            bar(
                label: t(.partnerCash), contributed: summary.contributed.cash, agreed: agreement.agreedCash,
                text: t(
                    .partnerOfAgreed(
                        contributed: ProjectPages.money(summary.contributed.cash, t),
                        agreed: ProjectPages.money(agreement.agreedCash, t),
                        percent: PartnerTexts.percent(summary.contributed.cash, of: agreement.agreedCash)))),
            bar(
                label: t(.partnerHours), contributed: summary.contributed.minutes, agreed: agreement.agreedMinutes,
                text: t(
                    .partnerOfAgreed(
                        contributed: PartnerTexts.hours(summary.contributed.minutes, language),
                        agreed: PartnerTexts.hours(agreement.agreedMinutes, language),
                        percent: PartnerTexts.percent(summary.contributed.minutes, of: agreement.agreedMinutes)))))
    }

    static func period(_ agreement: PartnerAgreement, _ t: Localizer) -> String {
        agreement.startsOn.formatted(t.language) + " – " + agreement.endsOn.formatted(t.language)
    }

    static func agreementList(_ agreements: [PartnerActions.AgreementSummary], _ t: Localizer) -> Node {
        agreements.isEmpty
            ? .p(.class("muted"), .text(t(.partnerNoAgreements)))
            : .ul(
                .class("card-list"),
                .forEach(agreements) { summary in
                    .li(
                        .class("card"),
                        .h3(
                            .class("card-title"),
                            .a(
                                .href(PartnerPaths.agreement(summary.agreement.id)),
                                .text(t(.partnerAgreementNamed(period: period(summary.agreement, t)))))),
                        .p(
                            .span(
                                .class("status-tag status-\(summary.agreement.status.rawValue)"),
                                .text(t(PartnerTexts.status(summary.agreement.status))))),
                        agreementBars(summary, t))
                })
    }

    static func contributionTable(
        _ rows: [ContributionRow], id: String, showProject: Bool, removal: ContributionRemoval?, _ t: Localizer
    ) -> Node {
        rows.isEmpty
            ? .p(.class("muted"), .text(t(.partnerNoContributions)))
            : PageParts.table(
                id: id, caption: t(.partnerContributionRows),
                columns: [.init(t(.moneyDate)), .init(showProject ? t(.spaceProject) : t(.partnerPartner))]
                    + [
                        .init(t(.moneyKind)), .init(t(.moneyAmount), numeric: true), .init(t(.partnerWho)),
                        .init(t(.partnerWhat)),
                    ] + (removal == nil ? [] : [.init(t(.partnerRemoveColumn))]),
                rows: .tbody(
                    .forEach(rows) { row in
                        let contribution = row.contribution
                        return .tr(
                            .td(.text(contribution.day.formatted(t.language))),
                            .td(
                                showProject
                                    ? .a(.href(ProjectPaths.show(contribution.projectID)), .text(row.projectTitle))
                                    : .text(row.organizationName)),
                            .td(.text(t(contribution.kind == .cash ? .partnerKindCash : .partnerKindHours))),
                            .td(
                                .class("number"),
                                .text(
                                    contribution.kind == .cash
                                        ? ProjectPages.money(contribution.amount, t)
                                        : PartnerTexts.hours(contribution.amount, t.language))),
                            .td(.text(row.loggedByName ?? t(.partnerWhoGone))),
                            .td(.text(contribution.what)),
                            .unwrap(removal) { removal in
                                .td(
                                    .if(
                                        removal.removable.contains(contribution.id),
                                        .form(
                                            .method(.post),
                                            .action(
                                                PartnerPaths.contributionRemoval(
                                                    removal.projectID, contribution.id)),
                                            FormParts.csrf(removal.csrf),
                                            .button(
                                                .type(.submit), .class("button button-secondary"),
                                                .ariaLabel(
                                                    t(
                                                        .partnerRemoveNamed(
                                                            day: contribution.day.formatted(t.language),
                                                            partner: row.organizationName))),
                                                .text(t(.partnerRemove))))))
                            })
                    }))
    }

    struct ContributionRemoval {
        var projectID: Int
        var removable: Set<Int>
        var csrf: String
    }

    // MARK: Agreements

    struct AgreementsModel {
        var profile: PartnerProfile
        var agreements: [PartnerActions.AgreementSummary]
        /// The hub team's form for a new agreement; nil for the partner's own staff.
        var form: TeamForm?
    }

    struct TeamForm {
        var values: [String: String] = [:]
        var errors = FormErrors()
        var csrf: String
    }

    static func agreements(_ model: AgreementsModel, _ t: Localizer) -> Page {
        let partner = model.profile.organization
        return Page(
            title: t(.partnerAgreementsOf(partner.name)),
            main: .group(
                .unwrap(model.form) { FormParts.errorSummary($0.errors, t) },
                .p(.a(.href(PartnerPaths.show(partner.id)), .text("‹ " + partner.name))),
                .h1(.text(t(.partnerAgreementsOf(partner.name)))),
                agreementList(model.agreements, t),
                .unwrap(model.form) { form in
                    .group(
                        .h2(.id("new-agreement"), .text(t(.partnerAgreementNew))),
                        .form(
                            .method(.post), .action(PartnerPaths.agreements(partner.id) + "#new-agreement"),
                            .novalidate(), FormParts.csrf(form.csrf), agreementFields(form, t),
                            FormParts.submit(t(.partnerAgreementCreate))))
                }
            ), section: .partners, hasErrors: !(model.form?.errors.isEmpty ?? true))
    }

    static func agreementFields(_ form: TeamForm, _ t: Localizer) -> Node {
        .group(
            field(form, "starts_on", .partnerStartsOn, hint: .bookFormDayHint, width: "input-medium", t),
            field(form, "ends_on", .partnerEndsOn, hint: .bookFormDayHint, width: "input-medium", t),
            FormParts.select(
                name: "status", label: t(.partnerStatus),
                options: AgreementStatus.allCases.map { ($0.rawValue, t(PartnerTexts.status($0))) },
                selected: form.values["status"] ?? AgreementStatus.draft.rawValue, errors: form.errors, t),
            field(form, "cash_per_year", .partnerCashPerYear, hint: .partnerWholeKronor, numeric: true, t),
            field(form, "hours_per_year", .partnerHoursPerYear, hint: .partnerWholeHours, numeric: true, t),
            FormParts.textarea(
                name: "focus_areas", label: t(.partnerFocusAreas), hint: t(.partnerFocusAreasHint),
                value: form.values["focus_areas"] ?? "", errors: form.errors, t),
            FormParts.textarea(
                name: "note", label: t(.partnerNote), hint: t(.partnerNoteHint), value: form.values["note"] ?? "",
                errors: form.errors, t))
    }

    private static func field(
        _ form: TeamForm, _ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, numeric: Bool = false,
        width: String = "input-wide", _ t: Localizer
    ) -> Node {
        FormParts.input(
            .init(
                name: name, label: t(label), hint: hint.map { t($0) }, value: form.values[name] ?? "",
                width: numeric ? "input-small" : width, inputMode: numeric ? "numeric" : nil),
            errors: form.errors, t)
    }

    static func values(of agreement: PartnerAgreement) -> [String: String] {
        [
            "starts_on": agreement.startsOn.iso, "ends_on": agreement.endsOn.iso, "status": agreement.status.rawValue,
            "cash_per_year": "\(agreement.cashPerYear)", "hours_per_year": "\(agreement.hoursPerYear)",
            "focus_areas": agreement.focusAreas.joined(separator: "\n"), "note": agreement.note,
        ]
    }

    struct AgreementModel {
        var profile: PartnerProfile
        var summary: PartnerActions.AgreementSummary
        var rows: [ContributionRow]
        /// Partnership outcomes decided within the agreement's period.
        var partnerships: [PartnerActions.PartnershipProject]
        var mayManage: Bool
        var notice: String?
    }

    static func agreement(_ model: AgreementModel, _ t: Localizer) -> Page {
        let partner = model.profile.organization
        let agreement = model.summary.agreement
        let title = t(.partnerAgreementWith(partner: partner.name, period: period(agreement, t)))
        return Page(
            title: title,
            main: .group(
                .p(.a(.href(PartnerPaths.agreements(partner.id)), .text("‹ " + t(.partnerAgreementsOf(partner.name))))),
                FormParts.notice(model.notice),
                .h1(.text(title)),
                .p(
                    .span(
                        .class("status-tag status-\(agreement.status.rawValue)"),
                        .text(t(PartnerTexts.status(agreement.status))))),
                .dl(
                    .class("facts"),
                    .dt(.text(t(.partnerCashPerYear))), .dd(.text(ProjectPages.money(agreement.cashPerYear, t))),
                    .dt(.text(t(.partnerHoursPerYear))),
                    .dd(.text(PartnerTexts.hours(agreement.hoursPerYear * 60, t.language))),
                    .if(
                        !agreement.focusAreas.isEmpty,
                        .group(
                            .dt(.text(t(.partnerFocusAreas))), .dd(.text(agreement.focusAreas.joined(separator: ", "))))
                    ),
                    .if(
                        !agreement.note.isEmpty,
                        .group(.dt(.text(t(.partnerNote))), .dd(.class("prose"), .text(agreement.note))))),
                .if(
                    model.mayManage,
                    .p(.a(.href(PartnerPaths.editAgreement(agreement.id)), .text(t(.partnerAgreementEdit))))),
                .h2(.text(t(.partnerAgreementProgress))),
                agreementBars(model.summary, t),
                .h2(.text(t(.partnerPartnerships))),
                model.partnerships.isEmpty
                    ? .p(.class("muted"), .text(t(.partnerNoPartnerships)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(model.partnerships) { project in
                            .li(.a(.href(ProjectPaths.show(project.id)), .text(project.title)))
                        }),
                .h2(.text(t(.partnerContributionsInPeriod))),
                contributionTable(model.rows, id: "agreement-contributions", showProject: true, removal: nil, t)
            ), section: .partners)
    }

    static func editAgreement(
        _ profile: PartnerProfile, id: Int, form: TeamForm, _ t: Localizer
    ) -> Page {
        Page(
            title: t(.partnerAgreementEdit),
            main: .group(
                FormParts.errorSummary(form.errors, t),
                .p(
                    .a(
                        .href(PartnerPaths.agreement(id)),
                        .text("‹ " + t(.partnerAgreementsOf(profile.organization.name))))),
                .h1(.text(t(.partnerAgreementEdit))),
                .form(
                    .method(.post), .action(PartnerPaths.editAgreement(id)), .novalidate(), FormParts.csrf(form.csrf),
                    agreementFields(form, t), FormParts.submit(t(.partnerAgreementSave)))
            ), section: .partners, hasErrors: !form.errors.isEmpty)
    }

    static func editProfile(_ profile: PartnerProfile, form: TeamForm, _ t: Localizer) -> Page {
        let partner = profile.organization
        return Page(
            title: t(.partnerEditProfile),
            main: .group(
                FormParts.errorSummary(form.errors, t),
                .p(.a(.href(PartnerPaths.show(partner.id)), .text("‹ " + partner.name))),
                .h1(.text(t(.partnerEditProfileOf(partner.name)))),
                .form(
                    .method(.post), .action(PartnerPaths.edit(partner.id)), .novalidate(), FormParts.csrf(form.csrf),
                    FormParts.textarea(
                        name: "description", label: t(.partnerDescription), hint: t(.partnerDescriptionHint),
                        value: form.values["description"] ?? "", errors: form.errors, t),
                    FormParts.textarea(
                        name: "focus_areas", label: t(.partnerFocusAreas), hint: t(.partnerFocusAreasHint),
                        value: form.values["focus_areas"] ?? "", errors: form.errors, t),
                    field(form, "contact_role", .partnerContactRole, hint: .partnerContactRoleHint, t),
                    FormParts.submit(t(.partnerSaveProfile)))
            ), section: .partners, hasErrors: !form.errors.isEmpty)
    }

    static func values(of profile: PartnerProfile) -> [String: String] {
        [
            "description": profile.organization.description,
            "focus_areas": profile.focusAreas.joined(separator: "\n"), "contact_role": profile.contactRole,
        ]
    }

    // MARK: A project's contributions

    struct ContributionsModel {
        var view: PartnerActions.ProjectContributions
        var form: TeamForm?
        var notice: String?
    }

    /// The public totals per partner, for the project's page and the contributions page.
    static func projectTotals(_ totals: [PartnerTotals], projectID: Int, _ t: Localizer) -> Node {
        .group(
            totalsTable(totals, t),
            .p(.a(.href(PartnerPaths.contributions(projectID)), .text(t(.partnerContributionsLink)))))
    }

    static func totalsTable(_ totals: [PartnerTotals], _ t: Localizer) -> Node {
        totals.isEmpty
            ? .p(.class("muted"), .text(t(.partnerNoContributions)))
            : PageParts.table(
                id: "project-partner-totals", caption: t(.partnerProjectTotals),
                columns: [
                    .init(t(.partnerPartner)), .init(t(.partnerCash), numeric: true),
                    .init(t(.partnerHours), numeric: true),
                ],
                rows: .tbody(
                    .forEach(totals) { partner in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(PartnerPaths.show(partner.organizationID)), .text(partner.name))),
                            .td(.class("number"), .text(ProjectPages.money(partner.totals.cash, t))),
                            .td(.class("number"), .text(PartnerTexts.hours(partner.totals.minutes, t.language))))
                    }))
    }

    static func contributions(_ model: ContributionsModel, _ t: Localizer) -> Page {
        let view = model.view
        let title = t(.partnerContributionsTo(view.projectTitle))
        return Page(
            title: title,
            main: .group(
                .unwrap(model.form) { FormParts.errorSummary($0.errors, t) },
                .p(.a(.href(ProjectPaths.show(view.projectID)), .text("‹ " + view.projectTitle))),
                FormParts.notice(model.notice),
                .h1(.text(title)),
                .h2(.text(t(.partnerProjectTotals))),
                totalsTable(view.totals, t),
                .if(
                    !view.rows.isEmpty || model.form != nil,
                    .group(
                        .h2(.id("rows"), .text(t(.partnerContributionRows))),
                        contributionTable(
                            view.rows, id: "contribution-rows", showProject: false,
                            removal: model.form.map {
                                ContributionRemoval(projectID: view.projectID, removable: view.removable, csrf: $0.csrf)
                            }, t))),
                .unwrap(model.form) { form in
                    .group(
                        .h2(.id("log"), .text(t(.partnerLogTitle))),
                        .form(
                            .method(.post), .action(PartnerPaths.contributions(view.projectID) + "#log"), .novalidate(),
                            FormParts.csrf(form.csrf),
                            FormParts.select(
                                name: "organization", label: t(.partnerPartner),
                                options: (view.mayLogFor.count == 1 ? [] : [("", t(.resourceChoose))])
                                    + view.mayLogFor.map { ("\($0.id)", $0.name) },
                                selected: form.values["organization"] ?? "", errors: form.errors, t),
                            FormParts.select(
                                name: "kind", label: t(.moneyKind),
                                options: [
                                    (ContributionKind.hours.rawValue, t(.partnerKindHours)),
                                    (ContributionKind.cash.rawValue, t(.partnerKindCash)),
                                ], selected: form.values["kind"] ?? ContributionKind.hours.rawValue,
                                errors: form.errors, t),
                            field(form, "amount", .moneyAmount, hint: .partnerAmountHint, numeric: true, t),
                            field(form, "day", .moneyDate, hint: .bookFormDayHint, width: "input-medium", t),
                            field(form, "what", .partnerWhat, hint: .partnerWhatHint, t),
                            FormParts.submit(t(.partnerLogSubmit))))
                }
            ), section: .projects, hasErrors: !(model.form?.errors.isEmpty ?? true))
    }
}
