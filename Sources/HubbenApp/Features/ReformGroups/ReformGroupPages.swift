import Foundation
import HubbenCore

/// Reform groups: the list, and a group's page — purpose and period, members, meetings, citizen dialogues, and
/// what became of the ideas and challenges it produced — with the forms of its officers and the hub team.
enum ReformGroupPages {
    static func period(_ group: ReformGroup, _ t: Localizer) -> String? {
        guard let starts = group.startsOn else { return nil }
        return group.endsOn.map {
            t(.reformGroupPeriod(from: starts.formatted(t.language), to: $0.formatted(t.language)))
        }
            ?? t(.reformGroupOpenPeriod(from: starts.formatted(t.language)))
    }

    static func list(_ groups: [ReformGroup], _ t: Localizer) -> Page {
        Page(
            title: t(.reformGroupsTitle),
            main: .group(
                .h1(.text(t(.reformGroupsTitle))),
                PageParts.lead(t(.homeReformGroupsLead)),
                groups.isEmpty
                    ? .p(.class("empty-state"), .text(t(.homeReformGroupsEmpty)))
                    : .ul(
                        .class("card-list"),
                        .forEach(groups) { group in
                            .li(
                                .class("card"),
                                .p(.class("tag"), .text(t(PageParts.theme(group.theme)))),
                                .h2(
                                    .class("card-title"), .a(.href(ReformGroupPaths.show(group.id)), .text(group.name))),
                                .unwrap(period(group, t)) { .p(.class("muted"), .text($0)) },
                                .p(.text(group.description)))
                        })
            ), section: .about)
    }

    struct Model {
        var view: ReformGroupActions.GroupView
        var values: [String: String]
        var errors: FormErrors
        /// Nil for someone not signed in (no forms).
        var csrf: String?
        var notice: String?
        var today: Day
    }

    static func show(_ model: Model, _ t: Localizer) -> Page {
        let view = model.view
        let group = view.group
        let current = view.members.filter { $0.isActive(on: model.today) }
        let ended = view.members.filter { !$0.isActive(on: model.today) && $0.endsOn != nil }
        return Page(
            title: group.name,
            main: .group(
                FormParts.errorSummary(model.errors, t),
                .p(.a(.href(ReformGroupPaths.list()), .text("‹ " + t(.reformGroupsTitle)))),
                FormParts.notice(model.notice),
                .p(.class("tag"), .text(t(PageParts.theme(group.theme)))),
                .h1(.text(group.name)),
                .unwrap(period(group, t)) { .p(.class("muted"), .text($0)) },
                .h2(.id("purpose"), .text(t(.reformGroupPurpose))),
                .p(.class("prose"), .text(group.description)),
                .unwrap(view.position) { position in
                    .p(
                        .text(t(.reformGroupYouAre(t(ReformGroupTexts.position(position))))), .text(" "),
                        .a(.href(IdeaPaths.new() + "?group=\(group.id)"), .text(t(.reformGroupSubmitIdea))),
                        .text(" · "),
                        .a(.href(ChallengePaths.new() + "?group=\(group.id)"), .text(t(.reformGroupPoseChallenge))))
                },
                .h2(.id("members"), .text(t(.reformGroupMembers))),
                members(current, ended: false, model, t),
                .if(
                    !ended.isEmpty,
                    .group(.h3(.text(t(.reformGroupEndedMembers))), members(ended, ended: true, model, t))),
                .h2(.id("results"), .text(t(.reformGroupWhatBecame))),
                ideas(view.ideas, t),
                challenges(view.challenges, t),
                .h2(.id("meetings"), .text(t(.reformGroupMeetings))),
                view.meetings.isEmpty
                    ? .p(.class("muted"), .text(t(.reformGroupNoMeetings)))
                    : .ol(
                        .class("timeline"),
                        .forEach(view.meetings) { meeting in
                            .li(
                                .article(
                                    .class("timeline-entry"),
                                    .h3(.text(meeting.title)),
                                    .p(
                                        .class("muted"),
                                        .text(meeting.heldOn.formatted(t.language)),
                                        .if(
                                            meeting.visibility == .internal,
                                            .span(
                                                .class("status-tag status-internal"), .text(" " + t(.projectInternal))))
                                    ),
                                    .if(
                                        !meeting.agenda.isEmpty,
                                        .group(
                                            .h4(.text(t(.reformGroupAgenda))),
                                            .p(.class("prose"), .text(meeting.agenda)))),
                                    .if(
                                        !meeting.minutes.isEmpty,
                                        .group(
                                            .h4(.text(t(.reformGroupMinutes))),
                                            .p(.class("prose"), .text(meeting.minutes))))))
                        }),
                .h2(.id("dialogues"), .text(t(.reformGroupDialogues))),
                view.dialogues.isEmpty
                    ? .p(.class("muted"), .text(t(.reformGroupNoDialogues)))
                    : .ol(
                        .class("timeline"),
                        .forEach(view.dialogues) { dialogue in
                            .li(
                                .article(
                                    .class("timeline-entry"),
                                    .h3(.text(dialogue.place)),
                                    .p(
                                        .class("muted"),
                                        .text(
                                            dialogue.heldOn.formatted(t.language) + " · "
                                                + t(.reformGroupParticipants("\(dialogue.participants)")))),
                                    .h4(.text(t(.reformGroupHeard))),
                                    .p(.class("prose"), .text(dialogue.heard))))
                        }),
                .unwrap(model.csrf) { csrf in forms(model, csrf: csrf, t) }
            ), section: .about, hasErrors: !model.errors.isEmpty)
    }

    private static func members(_ members: [ReformGroupMember], ended: Bool, _ model: Model, _ t: Localizer) -> Node {
        let manage = model.view.mayManage
        // Members who did not consent are counted, not named (the hub team sees everyone to manage them).
        let named = members.filter { $0.shownPublicly || manage }
        let unnamed = members.count - named.count
        return .group(
            members.isEmpty ? .p(.class("muted"), .text(t(.reformGroupNoMembers))) : .empty,
            .if(
                !named.isEmpty,
                .ul(
                    .class("plain-list"),
                    .forEach(named) { member in
                        .li(
                            .strong(.text(member.name)),
                            .text(
                                (member.organization.isEmpty ? "" : ", " + member.organization) + " · "
                                    + t(ReformGroupTexts.position(member.position)) + " · "
                                    + t(ReformGroupTexts.sector(member.sector)) + " · "
                                    + member.startsOn.formatted(t.language)
                                    + (member.endsOn.map { " – " + $0.formatted(t.language) } ?? "")),
                            .if(
                                !member.shownPublicly,
                                .span(.class("muted"), .text(" (" + t(.reformGroupNotPublic) + ")"))),
                            .if(
                                manage && !ended && member.endsOn == nil,
                                .unwrap(model.csrf) { csrf in
                                    .form(
                                        .method(.post), .class("inline-form"),
                                        .action(ReformGroupPaths.endMembership(model.view.group.id, member.id)),
                                        FormParts.csrf(csrf),
                                        .button(
                                            .type(.submit), .class("button button-secondary"),
                                            .ariaLabel(t(.reformGroupEndNamed(member.name))), .text(t(.reformGroupEnd)))
                                    )
                                }))
                    })),
            .if(unnamed > 0, .p(.class("muted"), .text(t(.reformGroupUnnamed("\(unnamed)"))))))
    }

    private static func ideas(_ ideas: [ReformGroupStore.ProducedIdea], _ t: Localizer) -> Node {
        .group(
            .h3(.text(t(.reformGroupIdeas))),
            ideas.isEmpty
                ? .p(.class("muted"), .text(t(.reformGroupNoIdeas)))
                : PageParts.table(
                    id: "group-ideas", caption: t(.reformGroupIdeas),
                    columns: [.init(t(.reformGroupIdea)), .init(t(.leadStatus)), .init(t(.spaceProject))],
                    rows: .tbody(
                        .forEach(ideas) { idea in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(.href(IdeaPaths.show(idea.id)), .text(idea.title))),
                                .td(.text(t(IdeaPages.status(idea.status)))),
                                .td(
                                    .unwrap(idea.projectID) { projectID in
                                        .group(
                                            .a(.href(ProjectPaths.show(projectID)), .text(idea.projectTitle ?? "")),
                                            .unwrap(idea.projectStage) { .text(" · " + ProjectPages.stageText($0, t)) })
                                    },
                                    .if(idea.projectID == nil, .text("–"))))
                        })))
    }

    private static func challenges(_ challenges: [ReformGroupStore.PosedChallenge], _ t: Localizer) -> Node {
        .group(
            .h3(.text(t(.reformGroupChallenges))),
            challenges.isEmpty
                ? .p(.class("muted"), .text(t(.reformGroupNoChallenges)))
                : .ul(
                    .class("plain-list"),
                    .forEach(challenges) { challenge in
                        .li(
                            .a(.href(ChallengePaths.show(challenge.id)), .text(challenge.title)),
                            .text(
                                " · " + t(.reformGroupChallengeIdeas("\(challenge.ideaCount)")) + " · "
                                    + t(
                                        .reformGroupOpenUntil(
                                            DateFormat.date(challenge.openUntil, language: t.language)))))
                    }))
    }

    private static func field(
        _ model: Model, _ name: String, _ label: LocalizedText, hint: LocalizedText? = nil,
        width: String = "input-wide",
        numeric: Bool = false, _ t: Localizer
    ) -> Node {
        FormParts.input(
            .init(
                name: name, label: t(label), hint: hint.map { t($0) }, value: model.values[name] ?? "", width: width,
                inputMode: numeric ? "numeric" : nil),
            errors: model.errors, t)
    }

    private static func textarea(
        _ model: Model, _ name: String, _ label: LocalizedText, hint: LocalizedText, _ t: Localizer
    ) -> Node {
        FormParts.textarea(
            name: name, label: t(label), hint: t(hint), value: model.values[name] ?? "", errors: model.errors, t)
    }

    /// The officers' and the hub team's forms.
    private static func forms(_ model: Model, csrf: String, _ t: Localizer) -> Node {
        let view = model.view
        let id = view.group.id
        return .group(
            .if(
                view.mayRecord,
                .group(
                    .h2(.id("new-meeting"), .text(t(.reformGroupNewMeeting))),
                    .form(
                        .method(.post), .action(ReformGroupPaths.meetings(id) + "#new-meeting"), .novalidate(),
                        FormParts.csrf(csrf),
                        field(
                            model, "meeting_held_on", .reformGroupHeldOn, hint: .bookFormDayHint, width: "input-medium",
                            t),
                        field(model, "meeting_title", .reformGroupMeetingTitle, t),
                        textarea(model, "meeting_agenda", .reformGroupAgenda, hint: .reformGroupAgendaHint, t),
                        textarea(model, "meeting_minutes", .reformGroupMinutes, hint: .reformGroupMinutesHint, t),
                        FormParts.select(
                            name: "meeting_visibility", label: t(.reformGroupVisibility),
                            options: [("public", t(.reformGroupPublic)), ("internal", t(.reformGroupInternal))],
                            selected: model.values["meeting_visibility"] ?? "internal", errors: model.errors, t),
                        FormParts.submit(t(.reformGroupSaveMeeting))),
                    .h2(.id("new-dialogue"), .text(t(.reformGroupNewDialogue))),
                    .form(
                        .method(.post), .action(ReformGroupPaths.dialogues(id) + "#new-dialogue"), .novalidate(),
                        FormParts.csrf(csrf),
                        field(
                            model, "dialogue_held_on", .reformGroupHeldOn, hint: .bookFormDayHint,
                            width: "input-medium", t),
                        field(model, "dialogue_place", .reformGroupPlace, t),
                        field(
                            model, "dialogue_participants", .reformGroupParticipantsLabel, width: "input-small",
                            numeric: true, t),
                        textarea(model, "dialogue_heard", .reformGroupHeard, hint: .reformGroupHeardHint, t),
                        FormParts.submit(t(.reformGroupSaveDialogue))))),
            .if(
                view.mayManage,
                .group(
                    .h2(.id("new-member"), .text(t(.reformGroupNewMember))),
                    .form(
                        .method(.post), .action(ReformGroupPaths.members(id) + "#new-member"), .novalidate(),
                        FormParts.csrf(csrf),
                        field(model, "member_name", .fieldName, t),
                        field(model, "member_email", .reformGroupMemberAccount, hint: .reformGroupMemberAccountHint, t),
                        field(model, "member_organization", .interestOrganization, t),
                        FormParts.select(
                            name: "member_sector", label: t(.reformGroupSector),
                            options: MemberSector.allCases.map { ($0.rawValue, t(ReformGroupTexts.sector($0))) },
                            selected: model.values["member_sector"] ?? "", errors: model.errors, t),
                        FormParts.select(
                            name: "member_position", label: t(.reformGroupPosition),
                            options: MemberPosition.allCases.reversed().map {
                                ($0.rawValue, t(ReformGroupTexts.position($0)))
                            },
                            selected: model.values["member_position"] ?? "member", errors: model.errors, t),
                        field(
                            model, "member_starts_on", .partnerStartsOn, hint: .bookFormDayHint, width: "input-medium",
                            t),
                        .div(
                            .class("checkbox"),
                            .input(
                                .type(.checkbox), .id("member_shown"), .name("member_shown"), .value("yes"),
                                .checked(model.values["member_shown"] == "yes")),
                            .label(.for("member_shown"), .text(t(.reformGroupShownConsent)))),
                        FormParts.submit(t(.reformGroupAddMember))),
                    .h2(.id("period"), .text(t(.reformGroupChangePurpose))),
                    .form(
                        .method(.post), .action(ReformGroupPaths.period(id) + "#period"), .novalidate(),
                        FormParts.csrf(csrf),
                        FormParts.textarea(
                            name: "purpose", label: t(.reformGroupPurpose), hint: nil,
                            value: model.values["purpose"] ?? view.group.description, errors: model.errors, t),
                        FormParts.input(
                            .init(
                                name: "starts_on", label: t(.partnerStartsOn), hint: t(.bookFormDayHint),
                                value: model.values["starts_on"] ?? view.group.startsOn?.iso ?? "",
                                width: "input-medium"),
                            errors: model.errors, t),
                        FormParts.input(
                            .init(
                                name: "ends_on", label: t(.reformGroupEndsOn), hint: t(.reformGroupEndsOnHint),
                                value: model.values["ends_on"] ?? view.group.endsOn?.iso ?? "", width: "input-medium"),
                            errors: model.errors, t),
                        FormParts.submit(t(.accountSave)))))
        )
    }
}
