import Fluent
import Foundation
import HubbenCore
import Vapor

/// Events on the web: the list, an event with its registration, guests' confirmation, the organisers' form,
/// attendees and check-in.
struct EventController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(EventPaths.list, use: list)
        routes.get(EventPaths.mine, use: mine)
        routes.post(EventPaths.mineCalendar, use: renewCalendar)
        routes.get(EventPaths.new, use: newForm)
        routes.post(EventPaths.new, use: create)
        routes.get(EventPaths.show, use: show)
        routes.get(EventPaths.edit, use: editForm)
        routes.post(EventPaths.edit, use: change)
        routes.post(EventPaths.registration, use: register)
        routes.post(EventPaths.cancellation, use: cancel)
        routes.post(EventPaths.guests, use: registerGuest)
        routes.get(EventPaths.ticket, use: ticket)
        routes.get(EventPaths.attendees, use: attendees)
        routes.post(EventPaths.checkIns, use: checkIn)
        routes.get(EventPaths.confirm, use: confirmation)
        routes.post(EventPaths.confirm, use: confirm)
        routes.get(EventPaths.agenda, use: agenda)
        routes.post(EventPaths.agenda, use: addSlot)
        routes.post(EventPaths.slotRemoval, use: removeSlot)
        routes.post(EventPaths.slotResult, use: linkResult)
    }

    static func actions(_ req: Request) -> EventActions {
        EventActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    // MARK: The list and one event

    func list(req: Request) async throws -> Response {
        let themes = try await req.shownThemes()
        let kind = req.query[String.self, at: "kind"] ?? ""
        let theme = req.query[String.self, at: "theme"] ?? ""
        let month = String((req.query[String.self, at: "month"] ?? "").prefix(7))
        let past = req.query[String.self, at: "past"] == "1"
        var filter = EventStore.Filter(
            kind: EventKind(rawValue: kind), themeID: themes.first { $0.slug == theme }?.id, past: past)
        if let first = Day(iso: month + "-01") {
            filter.from = first.start
            filter.to = first.adding(days: 31).adding(days: 1 - first.adding(days: 31).day).start
        }
        let paging = Paging(page: req.query[Int.self, at: "page"], per: 20)
        filter.page = paging.page
        filter.per = paging.per
        let actions = Self.actions(req)
        let mayOrganise = Authorization.allows(req.actor, EventAction.organise)
        let seesInternal = Authorization.allows(req.actor, EventAction.see(.internal))
        let signedIn = req.account != nil
        let now = req.now
        let t = req.t
        // What the filter form shows again: only what was understood, so the key stays short whatever is sent.
        let shownKind = EventKind(rawValue: kind) == nil ? "" : kind
        let shownTheme = filter.themeID == nil ? "" : theme
        let shownMonth = filter.from == nil ? "" : month
        // The same page for everyone who may see and do the same, with the same filter.
        let key =
            "events.list.page \(filter.sharedKey) \(seesInternal) \(mayOrganise) \(signedIn) \(shownTheme) \(shownMonth)"
        let page = try await req.sharedPage(key) { [filter] in
            let listed = try await actions.list(filter)
            let model = EventPages.ListModel(
                listed: listed, themes: themes, kind: shownKind, theme: shownTheme, month: shownMonth, past: past,
                page: paging.page, pageCount: paging.pageCount(total: listed.total), mayOrganise: mayOrganise,
                signedIn: signedIn, now: now)
            return EventPages.list(model, t)
        }
        return HTMLResponse.make(page, for: req)
    }

    func show(req: Request) async throws -> Response {
        let notice: String? =
            switch req.query[String.self, at: "done"] {
            case "registered": req.t(.eventYouAreRegistered)
            case "cancelled": req.t(.eventCancelled)
            case "mailed": req.t(.eventGuestMailed)
            case "saved": req.t(.eventSave)
            default: nil
            }
        return try await showPage(req, try req.idParameter(), guest: .init(), notice: notice)
    }

    private func showPage(
        _ req: Request, _ id: Int, guest: EventPages.GuestForm, notice: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let actions = Self.actions(req)
        let view = try await actions.view(id)
        let model = EventPages.ShowModel(
            view: view, agenda: view.agenda, tour: view.tour, themes: try await req.shownThemes(),
            signedIn: req.account != nil,
            csrf: CSRF.token(for: req), signInPath: req.signInPath, guest: guest, notice: notice)
        let page: Page
        if view.mine == nil, !view.mayOrganise, guest.isEmpty, status == .ok {
            // Someone with no registration, who does not organise, sees what everyone like them sees but the
            // token of the forms: rendered once for all of them.
            let seesInternal = Authorization.allows(req.actor, EventAction.see(.internal))
            let t = req.t
            let key = "event.page \(id) \(seesInternal) \(model.signedIn) \(model.signInPath) \(notice ?? "")"
            page = try await req.sharedPageWithForms(key) { [model] csrf in
                var shared = model
                shared.csrf = csrf
                return EventPages.show(shared, t)
            }
        } else {
            page = EventPages.show(model, req.t)
        }
        return HTMLResponse.make(
            page, for: req, status: status,
            headers: req.account == nil ? [:] : ["Cache-Control": "private, no-store"])
    }

    // MARK: My events

    func mine(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        return try await minePage(req, newFeedURL: nil)
    }

    private func minePage(_ req: Request, newFeedURL: String?) async throws -> Response {
        HTMLResponse.make(
            EventPages.mine(
                try await Self.actions(req).mine(), newFeedURL: newFeedURL, csrf: CSRF.token(for: req), req.t),
            for: req, headers: ["Cache-Control": "private, no-store"])
    }

    /// A new calendar secret (the one the person's bookings' feed takes too), shown once.
    func renewCalendar(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let token = try await BookingActions(
            context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application)
        ).renewFeed()
        let url =
            req.application.hubben.absoluteBaseURL(req.application)
            + HTMLAttribute.pathWithQuery(EventPaths.personalFeed, ["token": token])
        return try await minePage(req, newFeedURL: url)
    }

    // MARK: Registering

    func register(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let notice: String
        switch try await Self.actions(req).register(id) {
        case .registered, .waitlisted, .alreadyRegistered:
            return req.redirect(to: EventPaths.show(id) + "#registration", redirectType: .normal)
        case .full: notice = req.t(.eventFullClosed)
        case .closed(let window): notice = req.t(EventTexts.window(window))
        }
        return try await showPage(req, id, guest: .init(), notice: notice, status: .conflict)
    }

    func cancel(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        switch try await Self.actions(req).cancelMine(id) {
        case .cancelled: return req.redirect(to: EventPaths.show(id) + "?done=cancelled", redirectType: .normal)
        case .notRegistered: return try await showPage(req, id, guest: .init(), notice: req.t(.eventNotRegistered))
        case .started:
            return try await showPage(req, id, guest: .init(), notice: req.t(.eventWindowStarted), status: .conflict)
        }
    }

    func registerGuest(req: Request) async throws -> Response {
        let id = try req.idParameter()
        if req.account != nil { return req.redirect(to: EventPaths.show(id) + "#registration", redirectType: .normal) }
        var form = EventPages.GuestForm(
            name: req.formText("name", limit: 500), email: req.formText("email", limit: 500))
        let draft = GuestRegistrationDraft(name: form.name, email: form.email)
        switch try await Self.actions(req).registerGuest(id, draft, language: req.t.language) {
        case .mailed: return req.redirect(to: EventPaths.show(id) + "?done=mailed", redirectType: .normal)
        case .invalid(let problems):
            form.errors = EventTexts.guestErrors(problems, req.t)
            return try await showPage(req, id, guest: form, status: .unprocessableEntity)
        case .full: return try await showPage(req, id, guest: form, notice: req.t(.eventFullClosed), status: .conflict)
        case .closed(let window):
            return try await showPage(req, id, guest: form, notice: req.t(EventTexts.window(window)), status: .conflict)
        }
    }

    func confirmation(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        let event = try await Self.actions(req).pendingGuest(token: token)
        return HTMLResponse.make(
            EventPages.confirmation(event, token: token, csrf: CSRF.token(for: req), req.t), for: req,
            status: event == nil ? .notFound : .ok, headers: ["Cache-Control": "private, no-store"])
    }

    func confirm(req: Request) async throws -> Response {
        let token = req.tokenParameter()
        switch try await Self.actions(req).confirmGuest(token: token) {
        case .invalidLink:
            return HTMLResponse.make(
                EventPages.confirmation(nil, token: token, csrf: CSRF.token(for: req), req.t), for: req,
                status: .notFound, headers: ["Cache-Control": "private, no-store"])
        case .confirmed(let event, let registration, let position):
            let notice =
                registration.status == .registered
                ? req.t(.eventConfirmed) : req.t(.eventYouAreWaiting("\(position ?? 1)"))
            var page = EventPages.ticket(event, registration, req.t)
            page.main = .group(FormParts.notice(notice), page.main)
            return HTMLResponse.make(page, for: req, headers: ["Cache-Control": "private, no-store"])
        }
    }

    func ticket(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        let id = try req.idParameter()
        let event = try await Self.actions(req).visibleEvent(id)
        let mine = try await EventStore(database: req.db).active(eventID: id, accountID: account.id)
        return HTMLResponse.make(
            EventPages.ticket(event, mine, req.t), for: req, headers: ["Cache-Control": "private, no-store"])
    }

    // MARK: Organising

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        return try await formPage(
            req, eventID: nil, values: ["visibility": "public"], languages: ["sv"], themes: [], errors: FormErrors())
    }

    func create(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        let input = Self.draft(req)
        switch try await Self.actions(req).create(input.draft, unreadable: input.unreadable) {
        case .saved(let event): return req.redirect(to: EventPaths.show(event.id), redirectType: .normal)
        case .invalid(let problems):
            return try await formPage(
                req, eventID: nil, values: input.values, languages: input.languages, themes: input.themes,
                errors: EventTexts.formErrors(problems, req.t))
        case .placeRefused(let reservation):
            var errors = FormErrors()
            errors.add("resource_id", EventTexts.placeRefusal(reservation, req.t))
            return try await formPage(
                req, eventID: nil, values: input.values, languages: input.languages, themes: input.themes,
                errors: errors)
        case .capacityBelowRegistered: throw Abort(.internalServerError)
        }
    }

    func editForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        let event = try await Self.actions(req).visibleEvent(try req.idParameter())
        let (values, languages) = EventPages.values(of: event)
        return try await formPage(
            req, eventID: event.id, values: values, languages: languages, themes: Set(event.themeIDs),
            errors: FormErrors())
    }

    func change(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        let id = try req.idParameter()
        let input = Self.draft(req)
        var errors = FormErrors()
        switch try await Self.actions(req).change(id, input.draft, unreadable: input.unreadable) {
        case .saved: return req.redirect(to: EventPaths.show(id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems): errors = EventTexts.formErrors(problems, req.t)
        case .capacityBelowRegistered(let count): errors.add("capacity", req.t(.eventErrorCapacityBelow("\(count)")))
        case .placeRefused(let reservation): errors.add("resource_id", EventTexts.placeRefusal(reservation, req.t))
        }
        return try await formPage(
            req, eventID: id, values: input.values, languages: input.languages, themes: input.themes, errors: errors)
    }

    private func formPage(
        _ req: Request, eventID: Int?, values: [String: String], languages: Set<String>, themes: Set<Int>,
        errors: FormErrors
    ) async throws -> Response {
        let model = EventPages.FormModel(
            eventID: eventID, values: values, chosenThemes: themes, chosenLanguages: languages,
            themes: try await IdeaStore(database: req.db).themes(),
            resources: try await req.resourceCatalogue().resources.map { ($0.id, "\($0.name), \($0.address)") }
                .sorted { $0.1.localizedStandardCompare($1.1) == .orderedAscending },
            errors: errors, csrf: CSRF.token(for: req))
        return HTMLResponse.make(
            EventPages.form(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// The form as typed, its draft, and what could not be read at all.
    static func draft(_ req: Request) -> (
        values: [String: String], languages: Set<String>, themes: Set<Int>, draft: EventDraft,
        unreadable: FieldProblems<EventDraft.Field>
    ) {
        var values: [String: String] = [:]
        for name in [
            "kind", "title", "starts_on", "start_time", "ends_on", "end_time", "place_kind", "address", "online_link",
            "resource_id", "capacity", "registration_opens_at", "registration_closes_at", "visibility",
            "waitlist_closed", "district", "tour",
            "services", "employer", "occupations", "target_group", "recording_link", "guest_retention_days",
        ] {
            values[name] = req.formText(name, limit: 1_000)
        }
        values["description"] = req.formText("description", limit: 20_000)
        let languageOffsets = Set((try? req.content.get([Int].self, at: "languages")) ?? [])
        let languages = Language.allCases.enumerated().filter { languageOffsets.contains($0.offset) }.map(\.element)
        let themes = Set((try? req.content.get([Int].self, at: "themes")) ?? [])
        var unreadable = FieldProblems<EventDraft.Field>()
        let startsAt = moment(values["starts_on"] ?? "", values["start_time"] ?? "", .startsAt, into: &unreadable)
        let endDay = (values["ends_on"] ?? "").isEmpty ? values["starts_on"] ?? "" : values["ends_on"] ?? ""
        let endsAt = moment(endDay, values["end_time"] ?? "", .endsAt, into: &unreadable)
        let capacityText = values["capacity"] ?? ""
        let capacity =
            capacityText.trimmingCharacters(in: .whitespaces).isEmpty
            ? nil : FormInput.int(capacityText, .capacity, into: &unreadable)
        let opens = FormInput.day(values["registration_opens_at"] ?? "", .registrationOpensAt, into: &unreadable)
        let closes = FormInput.day(
            values["registration_closes_at"] ?? "", .registrationClosesAt, into: &unreadable)
        let draft = EventDraft(
            kind: EventKind(rawValue: values["kind"] ?? ""), title: values["title"] ?? "",
            description: values["description"] ?? "", startsAt: startsAt, endsAt: endsAt,
            placeKind: values["place_kind"] ?? "", address: values["address"] ?? "",
            onlineLink: values["online_link"] ?? "", capacity: capacity, registrationOpensAt: opens?.start,
            // Registration closes at the end of the day given (and at the latest when the event starts).
            registrationClosesAt: closes.map { day in
                min(day.adding(days: 1).start, startsAt ?? day.adding(days: 1).start)
            },
            visibility: EventVisibility(rawValue: values["visibility"] ?? ""), languages: languages,
            waitlistClosed: values["waitlist_closed"] == "on", themeIDs: themes.sorted(),
            district: values["district"] ?? "", tour: values["tour"] ?? "", services: values["services"] ?? "",
            employer: values["employer"] ?? "", occupations: values["occupations"] ?? "",
            targetGroup: values["target_group"] ?? "", recordingLink: values["recording_link"] ?? "",
            guestRetentionDays: FormInput.int(
                values["guest_retention_days"] ?? "", .guestRetentionDays, into: &unreadable),
            resourceID: Int(values["resource_id"] ?? ""))
        return (values, Set(languages.map(\.rawValue)), themes, draft, unreadable)
    }

    /// A day and a clock time in Stockholm, as one moment; nil (with the problem noted) when either is unreadable.
    private static func moment(
        _ dayText: String, _ timeText: String, _ field: EventDraft.Field,
        into problems: inout FieldProblems<EventDraft.Field>
    ) -> Date? {
        guard !dayText.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let day = FormInput.day(dayText, field, into: &problems) else { return nil }
        guard let minutes = ClockTime.minutes(timeText) else {
            problems[field] = timeText.trimmingCharacters(in: .whitespaces).isEmpty ? .missing : .unreadable
            return nil
        }
        return day.at(minute: minutes)
    }

    // MARK: A demo day's agenda

    func agenda(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        return try await agendaPage(req, try req.idParameter(), values: [:], errors: FormErrors())
    }

    private func agendaPage(_ req: Request, _ id: Int, values: [String: String], errors: FormErrors) async throws
        -> Response
    {
        let actions = Self.actions(req)
        let event = try await actions.visibleEvent(id)
        let agenda = try await actions.agenda(id)
        let store = EventStore(database: req.db)
        var entries: [Int: [(id: Int, title: String)]] = [:]
        for projectID in Set(agenda.map(\.projectID)) {
            entries[projectID] = try await store.publicEntries(projectID: projectID)
        }
        let model = EventPages.AgendaModel(
            event: event, agenda: agenda, projects: try await store.presentableProjects(), entries: entries,
            values: values, errors: errors, csrf: CSRF.token(for: req))
        return HTMLResponse.make(
            EventPages.agendaPage(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity,
            headers: ["Cache-Control": "private, no-store"])
    }

    func addSlot(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        let id = try req.idParameter()
        let event = try await Self.actions(req).visibleEvent(id)
        var values: [String: String] = [:]
        for name in ["slot_time", "slot_project", "slot_title"] { values[name] = req.formText(name, limit: 1_000) }
        var unreadable = FieldProblems<AgendaSlotDraft.Field>()
        var startsAt: Date?
        let timeText = values["slot_time"] ?? ""
        if let minutes = ClockTime.minutes(timeText) {
            // The time on the event's first day (or the next, for a slot after midnight of a long event).
            let first = Day(event.startsAt)
            startsAt =
                [first, first.adding(days: 1)].map { $0.at(minute: minutes) }
                .first { $0 >= event.startsAt && $0 < event.endsAt } ?? first.at(minute: minutes)
        } else if !timeText.trimmingCharacters(in: .whitespaces).isEmpty {
            unreadable[.startsAt] = .unreadable
        }
        let draft = AgendaSlotDraft(
            startsAt: startsAt, projectID: Int(values["slot_project"] ?? ""), title: values["slot_title"] ?? "")
        let problems = try await Self.actions(req).addSlot(id, draft, unreadable: unreadable)
        if problems.isEmpty { return req.redirect(to: EventPaths.agenda(id), redirectType: .normal) }
        return try await agendaPage(req, id, values: values, errors: EventTexts.slotErrors(problems, req.t))
    }

    func removeSlot(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        try await Self.actions(req).removeSlot(id, slotID: try req.idParameter("slot"))
        return req.redirect(to: EventPaths.agenda(id), redirectType: .normal)
    }

    func linkResult(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let slot = try req.idParameter("slot")
        let entry = req.formText("entry-\(slot)", limit: 30)
        guard try await Self.actions(req).linkResult(id, slotID: slot, entryID: Int(entry))
        else {
            var errors = FormErrors()
            errors.add("entry-\(slot)", req.t(.eventErrorSlotResult))
            return try await agendaPage(req, id, values: [:], errors: errors)
        }
        return req.redirect(to: EventPaths.agenda(id), redirectType: .normal)
    }

    // MARK: Attendees and check-in

    func attendees(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        return try await attendeePage(req, try req.idParameter(), message: nil, errors: FormErrors())
    }

    private func attendeePage(_ req: Request, _ id: Int, message: String?, errors: FormErrors) async throws -> Response
    {
        let (event, attendees) = try await Self.actions(req).attendees(id)
        return HTMLResponse.make(
            EventPages.attendees(event, attendees, csrf: CSRF.token(for: req), message: message, errors: errors, req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity,
            headers: ["Cache-Control": "private, no-store"])
    }

    func checkIn(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(EventAction.organise)
        let id = try req.idParameter()
        switch try await Self.actions(req).checkIn(id, code: req.formText("code", limit: 100)) {
        case .checkedIn(let name, let firstTime):
            let message = firstTime ? req.t(.eventCheckedInName(name)) : req.t(.eventCheckedInBefore(name))
            return try await attendeePage(req, id, message: message, errors: FormErrors())
        case .unknownCode:
            var errors = FormErrors()
            errors.add("code", req.t(.eventUnknownCode))
            return try await attendeePage(req, id, message: nil, errors: errors)
        }
    }
}
