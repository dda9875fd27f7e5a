import Foundation
import HubbenCore

/// Registering interest: the public form with its consent, the pages of the mailed links, and the hub team's
/// leads.
enum InterestPages {
    struct Form {
        var values: [String: String] = [:]
        var interests: Set<String> = []
        var consented = false
        /// When the form was first shown: a person needs a few seconds to fill it in.
        var started: Date
        var errors = FormErrors()
        var csrf = ""
        var projectTitle: String?
        var challengeTitle: String?
    }

    static func form(_ form: Form, _ t: Localizer) -> Page {
        Page(
            title: t(.interestTitle),
            main: .group(
                FormParts.errorSummary(form.errors, t),
                .h1(.text(t(.interestTitle))),
                PageParts.lead(t(.interestLead)),
                .form(
                    .method(.post), .action(InterestPaths.form()), .novalidate(), FormParts.csrf(form.csrf),
                    FormParts.started(form.started),
                    FormParts.nameAndEmail(
                        name: form.values["name"] ?? "", email: form.values["email"] ?? "", errors: form.errors, t),
                    FormParts.input(
                        .init(
                            name: "organization", label: t(.interestOrganization), hint: t(.interestOptional),
                            value: form.values["organization"] ?? "", autocomplete: "organization"),
                        errors: form.errors, t),
                    FormParts.checkboxes(
                        name: "interests", legend: t(.interestWhat), hint: t(.interestWhatHint),
                        options: InterestKind.allCases.map { ($0.rawValue, t(InterestTexts.kind($0))) },
                        selected: form.interests, errors: form.errors, t),
                    .unwrap(form.projectTitle) { title in
                        .group(
                            FormParts.hidden("project", form.values["project"] ?? ""),
                            .p(.text(t(.interestAboutProject(title)))))
                    },
                    .unwrap(form.challengeTitle) { title in
                        .group(
                            FormParts.hidden("challenge", form.values["challenge"] ?? ""),
                            .p(.text(t(.interestAboutChallenge(title)))))
                    },
                    FormParts.textarea(
                        name: "message", label: t(.interestMessage), hint: t(.interestMessageHint),
                        value: form.values["message"] ?? "", errors: form.errors, t),
                    .details(
                        .element(named: "summary", nodes: [.text(t(.interestTestUserDetails))]),
                        FormParts.input(
                            .init(
                                name: "district", label: t(.interestDistrict), hint: t(.interestOptional),
                                value: form.values["district"] ?? "", width: "input-medium"),
                            errors: form.errors, t),
                        FormParts.select(
                            name: "age_band", label: t(.interestAgeBand),
                            options: [("", t(.interestAgeBandNone))]
                                + AgeBand.allCases.map { ($0.rawValue, t(InterestTexts.ageBand($0))) },
                            selected: form.values["age_band"] ?? "", errors: form.errors, t)),
                    FormParts.honeypot(label: t(.interestHoneypot)),
                    .h2(.text(t(.interestConsentHeading))),
                    .p(.class("prose"), .text(t(.interestConsentText))),
                    consentBox(form, t),
                    FormParts.submit(t(.interestSubmit)))
            ), section: nil, hasErrors: !form.errors.isEmpty)
    }

    private static func consentBox(_ form: Form, _ t: Localizer) -> Node {
        let error = form.errors["consent"]
        return .div(
            .class(error == nil ? "form-group" : "form-group form-group-error"),
            .unwrap(error) { FormParts.errorMessage(id: "consent-error", $0, t) },
            .div(
                .class("checkbox"),
                .input(
                    .type(.checkbox), .id("consent"), .name("consent"), .value(InterestConsent.version),
                    .checked(form.consented),
                    .if(error != nil, .attribute(named: "aria-describedby", value: "consent-error"))),
                .label(.for("consent"), .text(t(.interestConsentLabel)))))
    }

    static func sent(_ t: Localizer) -> Page {
        Page(
            title: t(.interestSentTitle),
            main: .group(.h1(.text(t(.interestSentTitle))), .p(.text(t(.interestSent)))), section: nil)
    }

    static func confirmation(valid: Bool, action: String, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.interestConfirmTitle),
            main: .group(
                .h1(.text(t(.interestConfirmTitle))),
                valid
                    ? .form(
                        .method(.post), .action(action), FormParts.csrf(csrf),
                        FormParts.submit(t(.interestConfirmSubmit)))
                    : .p(.text(t(.interestLinkInvalid)))
            ), section: nil)
    }

    static func confirmed(_ t: Localizer) -> Page {
        Page(
            title: t(.interestConfirmedTitle),
            main: .group(.h1(.text(t(.interestConfirmedTitle))), .p(.text(t(.interestConfirmed)))), section: nil)
    }

    static func withdrawal(valid: Bool, action: String, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.interestWithdrawTitle),
            main: .group(
                .h1(.text(t(.interestWithdrawTitle))),
                valid
                    ? .group(
                        .p(.text(t(.interestWithdrawExplained))),
                        .form(
                            .method(.post), .action(action), FormParts.csrf(csrf),
                            FormParts.submit(t(.interestWithdrawSubmit))))
                    : .p(.text(t(.interestLinkInvalid)))
            ), section: nil)
    }

    static func withdrawn(_ t: Localizer) -> Page {
        Page(
            title: t(.interestWithdrawnTitle),
            main: .group(.h1(.text(t(.interestWithdrawnTitle))), .p(.text(t(.interestWithdrawn)))), section: nil)
    }

    // MARK: The hub team

    struct LeadsModel {
        var leads: [Lead]
        var total: Int
        var filter: LeadStore.Filter
    }

    /// The leads without their personal data: that is on each lead's page, where every view is logged.
    static func leads(_ model: LeadsModel, _ t: Localizer) -> Page {
        Page(
            title: t(.leadsTitle),
            main: .group(
                .h1(.text(t(.leadsTitle))),
                PageParts.lead(t(.leadsLead)),
                .form(
                    .method(.get), .action(InterestPaths.leads()), .class("filter-form"),
                    FormParts.select(
                        name: "status", label: t(.leadStatus),
                        options: [("", t(.leadAll))]
                            + LeadStatus.allCases.map { ($0.rawValue, t(InterestTexts.status($0))) },
                        selected: model.filter.status?.rawValue ?? "", t),
                    FormParts.select(
                        name: "interest", label: t(.interestWhat),
                        options: [("", t(.leadAll))]
                            + InterestKind.allCases.map { ($0.rawValue, t(InterestTexts.kind($0))) },
                        selected: model.filter.interest?.rawValue ?? "", t),
                    FormParts.submit(t(.leadFilter), style: "button-secondary")),
                .p(.text(t(.leadsCount("\(model.total)")))),
                model.leads.isEmpty
                    ? .p(.class("empty-state"), .text(t(.leadsEmpty)))
                    : PageParts.table(
                        id: "leads-caption", caption: t(.leadsTitle),
                        columns: [
                            .init(t(.leadNumber)), .init(t(.leadRegistered)), .init(t(.interestWhat)),
                            .init(t(.leadStatus)),
                        ],
                        rows: .tbody(
                            .forEach(model.leads) { lead in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href(InterestPaths.lead(lead.id)), .text(t(.leadNamed("\(lead.id)"))))),
                                    .td(.text(DateFormat.date(lead.createdAt, language: t.language))),
                                    .td(
                                        .text(lead.interests.map { t(InterestTexts.kind($0)) }.joined(separator: ", "))),
                                    .td(.text(InterestTexts.statusText(lead, t))))
                            })),
                .if(
                    model.total > model.filter.page * model.filter.per,
                    .p(
                        .a(
                            .href(
                                HTMLAttribute.pathWithQuery(
                                    InterestPaths.leads(),
                                    [
                                        "status": model.filter.status?.rawValue ?? "",
                                        "interest": model.filter.interest?.rawValue ?? "",
                                        "page": "\(model.filter.page + 1)",
                                    ])),
                            .text(t(.leadsNext)))))
            ), section: nil)
    }

    struct LeadModel {
        var view: LeadActions.LeadView
        var values: [String: String]
        var errors: FormErrors
        var csrf: String
        var notice: String?
    }

    static func lead(_ model: LeadModel, _ t: Localizer) -> Page {
        let lead = model.view.lead
        let language = t.language
        let facts: [(LocalizedText, String)] = [
            (.fieldName, lead.name), (.fieldEmail, lead.email), (.interestOrganization, lead.organization),
            (.interestWhat, lead.interests.map { t(InterestTexts.kind($0)) }.joined(separator: ", ")),
            (.interestMessage, lead.message), (.interestDistrict, lead.district),
            (.interestAgeBand, lead.ageBand.map { t(InterestTexts.ageBand($0)) } ?? ""),
            (.leadProject, model.view.projectTitle ?? ""), (.leadChallenge, model.view.challengeTitle ?? ""),
            (
                .leadConsent,
                t(
                    .leadConsentGiven(
                        version: lead.consentVersion, at: DateFormat.dateTime(lead.consentedAt, language: language)))
            ),
            (.leadKeptUntil, DateFormat.date(lead.retainUntil, language: language)),
            (.leadStatus, InterestTexts.statusText(lead, t)), (.leadAssignee, model.view.assignee ?? t(.leadNobody)),
        ].filter { !$0.1.isEmpty }
        let values = model.values
        return Page(
            title: t(.leadNamed("\(lead.id)")),
            main: .group(
                FormParts.errorSummary(model.errors, t),
                .p(.a(.href(InterestPaths.leads()), .text("‹ " + t(.leadsTitle)))),
                FormParts.notice(model.notice),
                .h1(.text(t(.leadNamed("\(lead.id)")))),
                .p(.class("muted"), .text(t(.leadViewLogged))),
                .dl(
                    .class("facts"),
                    .forEach(facts) { key, value in .group(.dt(.text(t(key))), .dd(.class("prose"), .text(value))) }),
                .h2(.text(t(.leadNotes))),
                model.view.notes.isEmpty
                    ? .p(.class("muted"), .text(t(.leadNoNotes)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(model.view.notes) { note in
                            .li(
                                .p(
                                    .class("muted"),
                                    .text(
                                        (note.author ?? t(.partnerWhoGone)) + ", "
                                            + DateFormat.dateTime(note.at, language: language))),
                                .p(.class("prose"), .text(note.body)))
                        }),
                .h2(.id("change"), .text(t(.leadChange))),
                .form(
                    .method(.post), .action(InterestPaths.lead(lead.id) + "#change"), .novalidate(),
                    FormParts.csrf(model.csrf),
                    FormParts.select(
                        name: "status", label: t(.leadStatus),
                        options: LeadStatus.allCases.map { ($0.rawValue, t(InterestTexts.status($0))) },
                        selected: values["status"] ?? lead.status.rawValue, errors: model.errors, t),
                    FormParts.select(
                        name: "outcome", label: t(.leadOutcome),
                        options: [("", t(.leadNoOutcome))]
                            + LeadOutcome.allCases.map { ($0.rawValue, t(InterestTexts.outcome($0))) },
                        selected: values["outcome"] ?? lead.outcome?.rawValue ?? "", errors: model.errors, t),
                    FormParts.select(
                        name: "assignee", label: t(.leadAssignee),
                        options: [("", t(.leadNobody))] + model.view.team.map { ("\($0.id)", $0.name) },
                        selected: values["assignee"] ?? lead.assigneeID.map(String.init) ?? "", errors: model.errors, t),
                    FormParts.textarea(
                        name: "note", label: t(.leadNote), hint: t(.leadNoteHint), value: values["note"] ?? "",
                        errors: model.errors, t),
                    FormParts.submit(t(.leadSave)))
            ), section: nil, hasErrors: !model.errors.isEmpty)
    }

    // MARK: The test-user pool

    struct TestUsersModel {
        var view: TestUserPool.View
        var values: [String: String]
        var errors: FormErrors
        var csrf: String
        var notice: String?
    }

    static func testUsers(_ model: TestUsersModel, _ t: Localizer) -> Page {
        let view = model.view
        let path = InterestPaths.testUsers(view.projectID, view.experimentID)
        let criteria: Node = .group(
            FormParts.select(
                name: "district", label: t(.interestDistrict),
                options: [("", t(.leadAll))] + view.districts.map { ($0, $0) },
                selected: model.values["district"] ?? "", errors: model.errors, t),
            FormParts.select(
                name: "age_band", label: t(.interestAgeBand),
                options: [("", t(.leadAll))] + AgeBand.allCases.map { ($0.rawValue, t(InterestTexts.ageBand($0))) },
                selected: model.values["age_band"] ?? "", errors: model.errors, t))
        return Page(
            title: t(.testUsersTitle),
            main: .group(
                FormParts.errorSummary(model.errors, t),
                .p(
                    .a(
                        .href(ProjectPaths.show(view.projectID) + "#experiment-\(view.experimentID)"),
                        .text("‹ " + view.projectTitle))),
                FormParts.notice(model.notice),
                .h1(.text(t(.testUsersTitle))),
                .p(.class("prose"), .text(view.hypothesis)),
                PageParts.lead(t(.testUsersLead)),
                .form(
                    .method(.get), .action(path), .class("filter-form"), criteria,
                    FormParts.submit(t(.testUsersCount), style: "button-secondary")),
                .p(
                    .attribute(named: "role", value: "status"),
                    .text(t(.testUsersMatching(matching: "\(view.matching)", invited: "\(view.invited)")))),
                .p(
                    .text(
                        t(
                            .testUsersAnswers(
                                invited: "\(view.answers.invited + view.answers.accepted + view.answers.declined)",
                                accepted: "\(view.answers.accepted)", declined: "\(view.answers.declined)")))),
                .h2(.id("invite"), .text(t(.testUsersInviteHeading))),
                .form(
                    .method(.post), .action(path + "#invite"), .novalidate(), FormParts.csrf(model.csrf),
                    FormParts.hidden("district", model.values["district"] ?? ""),
                    FormParts.hidden("age_band", model.values["age_band"] ?? ""),
                    FormParts.input(
                        .init(
                            name: "count", label: t(.testUsersHowMany), hint: t(.testUsersHowManyHint),
                            value: model.values["count"] ?? "", width: "input-small", inputMode: "numeric"),
                        errors: model.errors, t),
                    FormParts.submit(t(.testUsersInvite)))
            ), section: .projects, hasErrors: !model.errors.isEmpty)
    }

    static func invitation(
        _ invitation: TestUserPool.Invitation?, token: String, csrf: String, notice: String?, _ t: Localizer
    ) -> Page {
        Page(
            title: t(.testUsersInvitationTitle),
            main: .group(
                FormParts.notice(notice),
                .h1(.text(t(.testUsersInvitationTitle))),
                .unwrap(invitation) { invitation in
                    .group(
                        .p(.text(t(.testUsersInvitationText(invitation.projectTitle)))),
                        invitation.status == "invited"
                            ? .form(
                                .method(.post), .action(InterestPaths.invitation(token)), FormParts.csrf(csrf),
                                .button(
                                    .type(.submit), .name("answer"), .value("yes"), .class("button button-primary"),
                                    .text(t(.testUsersYes))),
                                .text(" "),
                                .button(
                                    .type(.submit), .name("answer"), .value("no"), .class("button button-secondary"),
                                    .text(t(.testUsersNo))))
                            : .p(
                                .text(t(invitation.status == "accepted" ? .testUsersAnsweredYes : .testUsersAnsweredNo))
                            ),
                        .h2(.text(t(.interestWithdrawTitle))),
                        .p(.text(t(.interestWithdrawExplained))),
                        .form(
                            .method(.post), .action(InterestPaths.invitation(token) + "/withdrawal"),
                            FormParts.csrf(csrf),
                            FormParts.submit(t(.interestWithdrawSubmit), style: "button-secondary")))
                },
                .if(invitation == nil, .p(.text(t(.interestLinkInvalid))))
            ), section: nil)
    }
}
