import Foundation
import HubbenCore

/// The event pages: the list, one event with its registration, the organisers' form and attendee list, the
/// ticket and a guest's confirmation.
enum EventPages {
    // MARK: The list

    struct ListModel {
        var listed: EventActions.Listed
        var themes: [Theme]
        var kind: String
        var theme: String
        var month: String
        var past: Bool
        var page: Int
        var pageCount: Int
        var mayOrganise: Bool
        var signedIn: Bool
        var now: Date

        /// The list's own address with its filter and `page`.
        func link(page: Int? = nil, past: Bool? = nil) -> String {
            var query: [String: String] = [:]
            if !kind.isEmpty { query["kind"] = kind }
            if !theme.isEmpty { query["theme"] = theme }
            if !month.isEmpty { query["month"] = month }
            if past ?? self.past { query["past"] = "1" }
            if let page, page > 1 { query["page"] = "\(page)" }
            return HTMLAttribute.pathWithQuery(EventPaths.list(), query)
        }
    }

    static func list(_ model: ListModel, _ t: Localizer) -> Page {
        let language = t.language
        return Page(
            title: t(.eventsTitle),
            main: .group(
                .h1(.text(t(.eventsTitle))),
                PageParts.lead(t(.eventsLeadText)),
                .p(
                    .a(.href(EventPaths.feed), .text(t(.eventsCalendar))),
                    .if(model.signedIn, .group(.text(" · "), .a(.href(EventPaths.mine()), .text(t(.eventsMine))))),
                    .if(
                        model.mayOrganise,
                        .group(.text(" · "), .a(.href(EventPaths.new()), .text(t(.eventsNew)))))),
                .form(
                    .method(.get), .action(EventPaths.list()), .class("filters"),
                    FormParts.select(
                        name: "kind", label: t(.eventKindLabel),
                        options: [("", t(.eventsAllKinds))]
                            + EventKind.allCases.map { ($0.rawValue, t(EventTexts.kind($0))) },
                        selected: model.kind, t),
                    FormParts.select(
                        name: "theme", label: t(.eventThemes),
                        options: [("", t(.eventsAllThemes))] + model.themes.map { ($0.slug, $0.name(language)) },
                        selected: model.theme, t),
                    FormParts.input(
                        .init(name: "month", label: t(.eventsMonth), value: model.month, width: "input-small"),
                        errors: FormErrors(), t),
                    .if(model.past, FormParts.hidden("past", "1")),
                    FormParts.submit(t(.eventsFilter), style: "button-secondary")),
                .h2(.text(model.past ? t(.eventsPast) : t(.eventsUpcoming))),
                model.listed.events.isEmpty
                    ? .p(.class("empty-state"), .text(t(.eventsNone)))
                    : .ul(
                        .class("card-list"),
                        .forEach(model.listed.events) { event in
                            let counts = model.listed.counts[event.id] ?? (0, 0)
                            return .li(
                                .class("card"),
                                .h3(.a(.href(EventPaths.show(event.id)), .text(event.title))),
                                .p(
                                    .span(.class("status-tag status-submitted"), .text(t(EventTexts.kind(event.kind)))),
                                    .text(" " + EventTexts.when(event, language))),
                                .p(.class("muted"), .text(place(event, t)), .text(" · " + places(event, counts, t))))
                        }),
                PageParts.pagination(page: model.page, pageCount: model.pageCount, t) { model.link(page: $0) },
                .p(
                    .a(
                        .href(model.link(page: 1, past: !model.past)),
                        .text(model.past ? t(.eventsShowUpcoming) : t(.eventsShowPast))))
            ), section: .events)
    }

    static func place(_ event: Event, _ t: Localizer) -> String {
        switch event.place {
        case .address(let address): address
        case .online: t(.eventOnline)
        case .resource(_, let label): label
        }
    }

    static func places(_ event: Event, _ counts: (registered: Int, waiting: Int), _ t: Localizer) -> String {
        let language = t.language
        guard let capacity = event.capacity else { return t(.eventPlaces) + ": " + t(.eventUnlimited) }
        var text = t(
            .eventPlacesTaken(
                NumberFormat.integer(counts.registered, language: language),
                of: NumberFormat.integer(capacity, language: language)))
        if counts.waiting > 0 {
            text += ", " + t(.eventWaitingCount(NumberFormat.integer(counts.waiting, language: language)))
        }
        return text
    }

    // MARK: My events

    static func mine(
        _ mine: [(event: Event, registration: EventRegistration, position: Int?)], newFeedURL: String?, csrf: String,
        _ t: Localizer
    ) -> Page {
        Page(
            title: t(.eventsMine),
            main: .group(
                .p(.a(.href(EventPaths.list()), .text("‹ " + t(.eventsTitle)))),
                .h1(.text(t(.eventsMine))),
                PageParts.lead(t(.eventsMineLead)),
                mine.isEmpty
                    ? .p(.class("empty-state"), .text(t(.eventsMineNone)))
                    : .ul(
                        .class("card-list"),
                        .forEach(mine) { item in
                            .li(
                                .class("card"),
                                .h2(.a(.href(EventPaths.show(item.event.id)), .text(item.event.title))),
                                .p(.text(EventTexts.when(item.event, t.language) + " · " + place(item.event, t))),
                                .p(
                                    .span(
                                        .class("status-tag status-submitted"),
                                        .text(t(EventTexts.status(item.registration.status)))),
                                    .unwrap(item.position) { .text(" " + t(.eventYouAreWaiting("\($0)"))) }),
                                .p(
                                    .text(t(.eventYourCode) + ": "),
                                    .strong(.class("check-in-code"), .text(item.registration.code)), .text(" · "),
                                    .a(
                                        .href(EventPaths.ticket(item.event.id)),
                                        .attribute(
                                            named: "aria-label", value: t(.eventPrintTicket) + ": " + item.event.title),
                                        .text(t(.eventPrintTicket)))))
                        }),
                .h2(.id("feed"), .text(t(.eventsMineFeed))),
                .p(.text(t(.eventsMineFeedText))),
                .unwrap(newFeedURL) { url in
                    .p(.text(t(.eventsMineFeedShown) + " "), .code(.text(url)))
                },
                .form(
                    .method(.post), .action(EventPaths.mineCalendar() + "#feed"), FormParts.csrf(csrf),
                    FormParts.submit(t(.eventsMineFeedNew), style: "button-secondary"))
            ), section: .events)
    }

    // MARK: One event

    struct ShowModel: Sendable {
        var view: EventActions.EventView
        var agenda: [AgendaSlot]
        /// The other stops of the event's tour, with their counts.
        var tour: EventActions.Listed
        var themes: [Theme]
        var signedIn: Bool
        var csrf: String?
        var signInPath: String
        var guest: GuestForm
        var notice: String?
    }

    struct GuestForm: Sendable {
        var name = ""
        var email = ""
        var errors = FormErrors()

        /// Nothing typed and nothing to say about it: the form as everyone first sees it.
        var isEmpty: Bool { name.isEmpty && email.isEmpty && errors.isEmpty }
    }

    static func show(_ model: ShowModel, _ t: Localizer) -> Page {
        let view = model.view
        let event = view.event
        let language = t.language
        let themeNames = model.themes.filter { event.themeIDs.contains($0.id) }.map { $0.name(language) }
        return Page(
            title: event.title,
            main: .group(
                FormParts.errorSummary(model.guest.errors, t),
                FormParts.notice(model.notice),
                .p(.a(.href(EventPaths.list()), .text("‹ " + t(.eventsTitle)))),
                .h1(.text(event.title)),
                .p(
                    .span(.class("status-tag status-submitted"), .text(t(EventTexts.kind(event.kind)))),
                    .if(
                        event.visibility == .internal,
                        .span(.class("status-tag status-draft"), .text(t(.eventInternal))))),
                .dl(
                    .class("facts"),
                    .dt(.text(t(.eventWhen))), .dd(.text(EventTexts.when(event, language))),
                    .dt(.text(t(.eventWhere))),
                    .dd(location(event, showsLink: view.showsLink, t)),
                    .dt(.text(t(.eventPlaces))), .dd(.text(places(event, (view.registered, view.waiting), t))),
                    .dt(.text(t(.eventLanguages))),
                    .dd(.text(event.languages.map { t(EventTexts.language($0)) }.joined(separator: ", "))),
                    .if(
                        !themeNames.isEmpty,
                        .group(.dt(.text(t(.eventThemes))), .dd(.text(themeNames.joined(separator: ", "))))),
                    fact(t(.eventDistrict), event.district), fact(t(.eventTour), event.tour),
                    fact(t(.eventServices), event.services),
                    fact(t(.eventEmployer), event.employer), fact(t(.eventOccupations), event.occupations),
                    fact(t(.eventTargetGroup), event.targetGroup),
                    .if(
                        !event.recordingLink.isEmpty,
                        .group(
                            .dt(.text(t(.eventRecording))),
                            .dd(.a(.href(event.recordingLink), .text(event.recordingLink)))))),
                .forEach(event.description.components(separatedBy: "\n\n")) { .p(.text($0)) },
                .if(
                    !model.agenda.isEmpty || (event.kind == .demoDay && view.mayOrganise),
                    .group(
                        .h2(.id("agenda"), .text(t(.eventAgenda))),
                        agendaList(model.agenda, t),
                        .if(
                            view.mayOrganise,
                            .p(.a(.href(EventPaths.agenda(event.id)), .text(t(.eventAgendaEdit))))))),
                .p(.a(.href(EventPaths.feed(of: event.id)), .text(t(.eventAddToCalendar)))),
                .if(model.tour.events.count > 1, tourTable(event, model.tour, t)),
                .if(
                    view.mayOrganise,
                    .p(
                        .a(.href(EventPaths.edit(event.id)), .text(t(.eventEdit))), .text(" · "),
                        .a(.href(EventPaths.attendees(event.id)), .text(t(.eventAttendees))))),
                .unwrap(view.placeBooking) { status in
                    .p(.text(t(.eventPlaceBooking("")) + " "), BookingPages.status(status, t))
                },
                .h2(.id("registration"), .text(t(.eventRegistration))),
                registration(model, t)
            ), section: .events, hasErrors: !model.guest.errors.isEmpty)
    }

    /// A tour's stops side by side, by date: district, when, where, places; the event shown is marked.
    static func tourTable(_ event: Event, _ tour: EventActions.Listed, _ t: Localizer) -> Node {
        .group(
            .h2(.id("tour"), .text(t(.eventTourStops(event.tour)))),
            PageParts.table(
                id: "tour-caption", caption: t(.eventTourStops(event.tour)),
                columns: [
                    .init(t(.eventDistrict)), .init(t(.eventWhen)), .init(t(.eventWhere)), .init(t(.eventPlaces)),
                ],
                rows: .tbody(
                    .forEach(tour.events) { stop in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                stop.id == event.id
                                    ? .span(.attribute(named: "aria-current", value: "page"), .text(stop.district))
                                    : .a(
                                        .href(EventPaths.show(stop.id)),
                                        .text(stop.district.isEmpty ? stop.title : stop.district))),
                            .td(.text(EventTexts.when(stop, t.language))), .td(.text(place(stop, t))),
                            .td(.text(places(stop, tour.counts[stop.id] ?? (0, 0), t))))
                    })))
    }

    /// The agenda as everyone sees it: time, the presenting project, what is shown, and the result once linked.
    static func agendaList(_ agenda: [AgendaSlot], _ t: Localizer) -> Node {
        agenda.isEmpty
            ? .p(.class("empty-state"), .text(t(.eventAgendaEmpty)))
            : .ol(
                .class("plain-list agenda"),
                .forEach(agenda) { slot in
                    .li(
                        .strong(.text(ClockTime.text(of: slot.startsAt, language: t.language))), .text(" "),
                        .a(.href(ProjectPaths.show(slot.projectID)), .text(slot.projectTitle)),
                        .text(": " + slot.title),
                        .unwrap(slot.resultEntryID) { entry in
                            .group(
                                .text(" · " + t(.eventSlotResult) + ": "),
                                .a(
                                    .href(ProjectPaths.show(slot.projectID) + "#journal-\(entry)"),
                                    .text(slot.resultTitle ?? "")))
                        })
                })
    }

    struct AgendaModel {
        var event: Event
        var agenda: [AgendaSlot]
        var projects: [(id: Int, title: String)]
        /// Each slot's project's public journal entries (for linking the result).
        var entries: [Int: [(id: Int, title: String)]]
        var values: [String: String]
        var errors: FormErrors
        var csrf: String
    }

    /// The organisers' agenda: the slots with their results, and a form for one more.
    static func agendaPage(_ model: AgendaModel, _ t: Localizer) -> Page {
        let event = model.event
        return Page(
            title: t(.eventAgenda) + ": " + event.title,
            main: .group(
                FormParts.errorSummary(model.errors, t),
                .p(.a(.href(EventPaths.show(event.id)), .text("‹ " + event.title))),
                .h1(.text(t(.eventAgenda) + ": " + event.title)),
                .p(.text(EventTexts.when(event, t.language))),
                model.agenda.isEmpty
                    ? .p(.class("empty-state"), .text(t(.eventAgendaEmpty)))
                    : .ol(
                        .class("plain-list agenda"),
                        .forEach(model.agenda) { slot in
                            .li(
                                .p(
                                    .strong(.text(ClockTime.text(of: slot.startsAt, language: t.language))),
                                    .text(" "), .a(.href(ProjectPaths.show(slot.projectID)), .text(slot.projectTitle)),
                                    .text(": " + slot.title)),
                                .form(
                                    .method(.post), .action(EventPaths.slotResult(event.id, slot.id)),
                                    .class("inline-form"), FormParts.csrf(model.csrf),
                                    FormParts.select(
                                        name: "entry-\(slot.id)", label: t(.eventSlotResult) + ": " + slot.projectTitle,
                                        options: [("", t(.eventSlotNoResult))]
                                            + (model.entries[slot.projectID] ?? []).map { ("\($0.id)", $0.title) },
                                        selected: slot.resultEntryID.map(String.init) ?? "", errors: model.errors, t),
                                    FormParts.submit(t(.eventSlotSaveResult), style: "button-secondary")),
                                .form(
                                    .method(.post), .action(EventPaths.slotRemoval(event.id, slot.id)),
                                    FormParts.csrf(model.csrf),
                                    .button(
                                        .type(.submit), .class("button button-secondary"),
                                        .attribute(
                                            named: "aria-label", value: t(.eventSlotRemove) + ": " + slot.projectTitle),
                                        .text(t(.eventSlotRemove)))))
                        }),
                .p(.class("form-hint"), .text(t(.eventSlotResultHint))),
                .h2(.id("new-slot"), .text(t(.eventAgendaAdd))),
                .form(
                    .method(.post), .action(EventPaths.agenda(event.id) + "#new-slot"), .novalidate(),
                    FormParts.csrf(model.csrf),
                    FormParts.input(
                        .init(
                            name: "slot_time", label: t(.eventSlotTime), hint: t(.eventTimeHint),
                            value: model.values["slot_time"] ?? "", width: "input-small"),
                        errors: model.errors, t),
                    FormParts.select(
                        name: "slot_project", label: t(.eventSlotProject),
                        options: [("", t(.resourceChoose))] + model.projects.map { ("\($0.id)", $0.title) },
                        selected: model.values["slot_project"] ?? "", errors: model.errors, t),
                    FormParts.input(
                        .init(name: "slot_title", label: t(.eventSlotTitle), value: model.values["slot_title"] ?? ""),
                        errors: model.errors, t),
                    FormParts.submit(t(.eventAgendaAdd)))
            ), section: .events, hasErrors: !model.errors.isEmpty)
    }

    private static func fact(_ label: String, _ value: String) -> Node {
        value.isEmpty ? .empty : .group(.dt(.text(label)), .dd(.text(value)))
    }

    private static func location(_ event: Event, showsLink: Bool, _ t: Localizer) -> Node {
        switch event.place {
        case .address(let address): return .text(address)
        case .resource(let id, let label): return .a(.href(BookingPaths.resource(id)), .text(label))
        case .online(let link):
            return showsLink
                ? .group(.text(t(.eventOnline) + ": "), .a(.href(link), .text(link)))
                : .text(t(.eventOnline) + ". " + t(.eventOnlineLinkHidden))
        }
    }

    private static func registration(_ model: ShowModel, _ t: Localizer) -> Node {
        let view = model.view
        let event = view.event
        if let mine = view.mine, let csrf = model.csrf {
            return .group(
                mine.status == .registered
                    ? .p(.text(t(.eventYouAreRegistered)))
                    : .p(.text(t(.eventYouAreWaiting("\(view.position ?? 1)")))),
                .p(
                    .text(t(.eventYourCode) + ": "), .strong(.class("check-in-code"), .text(mine.code)), .text(" · "),
                    .a(.href(EventPaths.ticket(event.id)), .text(t(.eventPrintTicket)))),
                .if(
                    view.window != .started,
                    .form(
                        .method(.post), .action(EventPaths.cancellation(event.id)), FormParts.csrf(csrf),
                        FormParts.submit(t(.eventCancel), style: "button-secondary"))))
        }
        guard view.window == .open else { return .p(.text(t(EventTexts.window(view.window)))) }
        if view.isFull && event.waitlistClosed { return .p(.text(t(.eventFullClosed))) }
        if model.signedIn, let csrf = model.csrf {
            return .form(
                .method(.post), .action(EventPaths.registration(event.id)), FormParts.csrf(csrf),
                FormParts.submit(view.isFull ? t(.eventJoinWaitlist) : t(.eventRegister)))
        }
        guard event.visibility == .public else {
            return .p(.a(.href(model.signInPath), .text(t(.eventSignInToRegister))))
        }
        return .group(
            .p(.a(.class("button button-primary"), .href(model.signInPath), .text(t(.eventSignInToRegister)))),
            .h3(.id("guest"), .text(t(.eventGuestTitle))),
            .p(.text(t(.eventGuestIntro))),
            .p(.class("form-hint"), .text(t(.eventGuestRetention("\(event.guestRetentionDays)")))),
            .form(
                .method(.post), .action(EventPaths.guests(event.id) + "#guest"), .novalidate(),
                FormParts.csrf(model.csrf ?? ""),
                FormParts.input(
                    .init(name: "name", label: t(.eventGuestName), value: model.guest.name, autocomplete: "name"),
                    errors: model.guest.errors, t),
                FormParts.input(
                    .init(
                        name: "email", label: t(.eventGuestEmail), value: model.guest.email, type: .email,
                        autocomplete: "email"),
                    errors: model.guest.errors, t),
                FormParts.submit(view.isFull ? t(.eventJoinWaitlist) : t(.eventGuestSubmit))))
    }

    // MARK: The organisers' form

    struct FormModel {
        /// Nil for a new event.
        var eventID: Int?
        var values: [String: String]
        var chosenThemes: Set<Int>
        var chosenLanguages: Set<String>
        var themes: [Theme]
        /// The city's resources an event may take place in, by name.
        var resources: [(id: Int, label: String)]
        var errors: FormErrors
        var csrf: String
    }

    /// The values the form shows for an event as it is.
    static func values(of event: Event) -> (values: [String: String], languages: Set<String>) {
        let end = event.endsAt
        var values: [String: String] = [
            "kind": event.kind.rawValue, "title": event.title, "description": event.description,
            "starts_on": Day(event.startsAt).iso,
            "start_time": ClockTime.text(of: event.startsAt, language: .en),
            "ends_on": Day(end).iso == Day(event.startsAt).iso ? "" : Day(end).iso,
            "end_time": ClockTime.text(of: end, language: .en),
            "capacity": event.capacity.map(String.init) ?? "",
            "registration_opens_at": event.registrationOpensAt.map { Day($0).iso } ?? "",
            "registration_closes_at": event.registrationClosesAt.map { Day($0.addingTimeInterval(-1)).iso } ?? "",
            "visibility": event.visibility.rawValue, "waitlist_closed": event.waitlistClosed ? "on" : "",
            "district": event.district, "tour": event.tour, "services": event.services, "employer": event.employer,
            "occupations": event.occupations, "target_group": event.targetGroup,
            "recording_link": event.recordingLink, "guest_retention_days": "\(event.guestRetentionDays)",
        ]
        switch event.place {
        case .address(let address):
            values["place_kind"] = "address"
            values["address"] = address
        case .online(let link):
            values["place_kind"] = "online"
            values["online_link"] = link
        case .resource(let id, _):
            values["place_kind"] = "resource"
            values["resource_id"] = "\(id)"
        }
        return (values, Set(event.languages.map(\.rawValue)))
    }

    static func form(_ model: FormModel, _ t: Localizer) -> Page {
        let title = model.eventID == nil ? t(.eventsNew) : t(.eventEdit)
        let action = model.eventID.map { EventPaths.edit($0) } ?? EventPaths.new()
        func field(_ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, width: String = "input-wide")
            -> Node
        {
            FormParts.input(
                .init(
                    name: name, label: t(label), hint: hint.map { t($0) }, value: model.values[name] ?? "",
                    width: width),
                errors: model.errors, t)
        }
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(model.errors, t),
                .p(
                    .a(
                        .href(model.eventID.map { EventPaths.show($0) } ?? EventPaths.list()),
                        .text("‹ " + t(.eventsTitle)))),
                .h1(.text(title)),
                .form(
                    .method(.post), .action(action), .novalidate(), FormParts.csrf(model.csrf),
                    FormParts.select(
                        name: "kind", label: t(.eventKindLabel),
                        options: [("", t(.resourceChoose))]
                            + EventKind.allCases.map { ($0.rawValue, t(EventTexts.kind($0))) },
                        selected: model.values["kind"] ?? "", errors: model.errors, t),
                    field("title", .eventTitleLabel),
                    FormParts.textarea(
                        name: "description", label: t(.eventDescriptionLabel), hint: nil,
                        value: model.values["description"] ?? "", errors: model.errors, t),
                    field("starts_on", .eventStartsOn, hint: .bookFormDayHint, width: "input-medium"),
                    field("start_time", .eventStartTime, hint: .eventTimeHint, width: "input-small"),
                    field("ends_on", .eventEndsOn, hint: .eventEndsOnHint, width: "input-medium"),
                    field("end_time", .eventEndTime, hint: .eventTimeHint, width: "input-small"),
                    FormParts.select(
                        name: "place_kind", label: t(.eventPlaceKind),
                        options: [
                            ("", t(.resourceChoose)), ("address", t(.eventPlaceAddress)),
                            ("online", t(.eventPlaceOnline)),
                            ("resource", t(.eventPlaceResource)),
                        ],
                        selected: model.values["place_kind"] ?? "", errors: model.errors, t),
                    field("address", .eventAddress),
                    field("online_link", .eventOnlineLink),
                    FormParts.select(
                        name: "resource_id", label: t(.eventResource),
                        options: [("", t(.resourceChoose))] + model.resources.map { ("\($0.id)", $0.label) },
                        selected: model.values["resource_id"] ?? "", errors: model.errors, t),
                    .p(.class("form-hint"), .text(t(.eventResourceHint))),
                    FormParts.input(
                        .init(
                            name: "capacity", label: t(.eventPlaces), hint: t(.eventCapacityHint),
                            value: model.values["capacity"] ?? "", width: "input-small", inputMode: "numeric"),
                        errors: model.errors, t),
                    field("registration_opens_at", .eventOpensOn, hint: .eventDayHint, width: "input-medium"),
                    field("registration_closes_at", .eventClosesOn, hint: .eventDayHint, width: "input-medium"),
                    FormParts.select(
                        name: "visibility", label: t(.eventVisibilityLabel),
                        options: [("public", t(.eventPublic)), ("internal", t(.eventInternal))],
                        selected: model.values["visibility"] ?? "public", errors: model.errors, t),
                    FormParts.checkboxes(
                        name: "languages", legend: t(.eventLanguages), hint: nil,
                        options: Language.allCases.enumerated().map { ($0.offset, t(EventTexts.language($0.element))) },
                        selected: Set(
                            Language.allCases.enumerated().filter {
                                model.chosenLanguages.contains($0.element.rawValue)
                            }
                            .map(\.offset)),
                        errors: model.errors, t),
                    .div(
                        .class("form-group checkbox"),
                        .input(
                            .type(.checkbox), .id("waitlist_closed"), .name("waitlist_closed"), .value("on"),
                            .checked(model.values["waitlist_closed"] == "on")),
                        .label(.for("waitlist_closed"), .text(t(.eventWaitlistClosedLabel)))),
                    FormParts.checkboxes(
                        name: "themes", legend: t(.eventThemes), hint: nil,
                        options: model.themes.map { ($0.id, $0.name(t.language)) }, selected: model.chosenThemes,
                        errors: model.errors, t),
                    .h2(.text(t(.eventKindDetails))),
                    field("district", .eventDistrict), field("tour", .eventTour, hint: .eventTourHint),
                    field("services", .eventServices),
                    field("employer", .eventEmployer), field("occupations", .eventOccupations),
                    field("target_group", .eventTargetGroup), field("recording_link", .eventRecording),
                    FormParts.input(
                        .init(
                            name: "guest_retention_days", label: t(.eventRetentionLabel),
                            value: model.values["guest_retention_days"] ?? "\(EventDraft.defaultRetentionDays)",
                            width: "input-small", inputMode: "numeric"),
                        errors: model.errors, t),
                    FormParts.submit(model.eventID == nil ? t(.eventCreate) : t(.eventSave)))
            ), section: .events, hasErrors: !model.errors.isEmpty)
    }

    // MARK: Attendees and check-in

    static func attendees(
        _ event: Event, _ attendees: [(registration: EventRegistration, email: String)], csrf: String,
        message: String?, errors: FormErrors, _ t: Localizer
    ) -> Page {
        let registered = attendees.filter { $0.registration.status == .registered }
        let checked = registered.filter { $0.registration.checkedInAt != nil }.count
        return Page(
            title: t(.eventAttendees) + ": " + event.title,
            main: .group(
                FormParts.errorSummary(errors, t),
                FormParts.notice(message),
                .p(.a(.href(EventPaths.show(event.id)), .text("‹ " + event.title))),
                .h1(.text(t(.eventAttendees) + ": " + event.title)),
                .p(.class("form-hint"), .text(t(.eventAttendeesLogged))),
                .p(.text(t(.eventCheckInCount("\(checked)", of: "\(registered.count)")))),
                .form(
                    .method(.post), .action(EventPaths.checkIns(event.id)), .novalidate(), FormParts.csrf(csrf),
                    FormParts.input(
                        .init(name: "code", label: t(.eventCheckInCode), width: "input-medium", inputMode: nil),
                        errors: errors, t),
                    FormParts.submit(t(.eventCheckIn))),
                PageParts.table(
                    id: "attendees-caption", caption: t(.eventAttendees),
                    columns: [
                        .init(t(.eventAttendeeName)), .init(t(.eventAttendeeEmail)), .init(t(.eventAttendeeStatus)),
                        .init(t(.eventCheckInCode)), .init(t(.eventCheckedIn)),
                    ],
                    rows: .tbody(
                        .forEach(attendees) { row in
                            let registration = row.registration
                            return .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"), .text(registration.name),
                                    .if(
                                        registration.isGuest,
                                        .span(.class("muted"), .text(" (" + t(.eventAttendeeGuest) + ")")))),
                                .td(.text(row.email)),
                                .td(.text(t(EventTexts.status(registration.status)))),
                                .td(.text(registration.code)),
                                .td(
                                    registration.checkedInAt != nil
                                        ? .text(
                                            ClockTime.text(
                                                of: registration.checkedInAt ?? event.startsAt, language: t.language))
                                        : registration.status == .registered
                                            ? .form(
                                                .method(.post), .action(EventPaths.checkIns(event.id)),
                                                FormParts.csrf(csrf),
                                                FormParts.hidden("code", registration.code),
                                                .button(
                                                    .type(.submit), .class("button button-secondary"),
                                                    .attribute(
                                                        named: "aria-label",
                                                        value: t(.eventCheckIn) + ": " + registration.name),
                                                    .text(t(.eventCheckIn))))
                                            : .text("–")))
                        }))
            ), section: .events, hasErrors: !errors.isEmpty)
    }

    // MARK: Ticket and confirmation

    static func ticket(_ event: Event, _ registration: EventRegistration?, _ t: Localizer) -> Page {
        Page(
            title: t(.eventTicketTitle) + ": " + event.title,
            main: .group(
                .p(.class("no-print"), .a(.href(EventPaths.show(event.id)), .text("‹ " + event.title))),
                .h1(.text(event.title)),
                .p(.text(EventTexts.when(event, t.language))),
                .p(.text(place(event, t))),
                .unwrap(registration) { registration in
                    .group(
                        .p(.text(registration.name + " · " + t(EventTexts.status(registration.status)))),
                        .p(.text(t(.eventYourCode) + ":")),
                        .p(.class("check-in-code check-in-code-large"), .text(registration.code)))
                },
                .if(registration == nil, .p(.text(t(.eventTicketNone))))
            ), section: .events)
    }

    static func confirmation(_ event: Event?, token: String, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.eventConfirmTitle),
            main: .group(
                .h1(.text(t(.eventConfirmTitle))),
                .unwrap(event) { event in
                    .group(
                        .p(.strong(.text(event.title)), .text(" · " + EventTexts.when(event, t.language))),
                        .form(
                            .method(.post), .action(EventPaths.confirmation(token)), FormParts.csrf(csrf),
                            FormParts.submit(t(.eventConfirmSubmit))))
                },
                .if(event == nil, .p(.text(t(.eventConfirmInvalid))))
            ), section: .events)
    }
}
