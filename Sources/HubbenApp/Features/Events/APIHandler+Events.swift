import Fluent
import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/events…`: the list, one event (and its `.ics`), creating and changing, registering, cancelling and
/// check-in.
extension APIHandler {
    private static func eventActions(_ req: Request) -> EventActions {
        EventActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    func listEvents(_ input: Operations.ListEvents.Input) async throws -> Operations.ListEvents.Output {
        let req = try APIContext.current()
        let query = input.query
        try APIError.checkLength(query.theme, "theme", maximum: 100, req.t)
        try APIError.checkPaging(page: query.page, per: query.per, maximumPer: 100, req.t)
        var errors = FormErrors()
        for (name, date) in [("from", query.from), ("to", query.to)] {
            if let date, !(2000...2200).contains(Day(date).year) {
                errors.add(name, req.t(.eventErrorStartsAt))
            }
        }
        if !errors.isEmpty { throw APIError.badParameters(errors, req.t) }
        let themes = try await req.shownThemes()
        let paging = Paging(page: query.page, per: query.per)
        var filter = EventStore.Filter(
            kind: query.kind.flatMap { EventKind(rawValue: $0.rawValue) }, from: query.from, to: query.to,
            past: query.past ?? false, page: paging.page, per: paging.per)
        if let slug = query.theme {
            // An unknown theme matches nothing rather than everything.
            filter.themeID = themes.first { $0.slug == slug }?.id ?? -1
        }
        let listed = try await Self.eventActions(req).list(filter)
        let slugs = Self.slugs(themes)
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: listed.events.map {
                            Self.event(
                                $0, counts: listed.counts[$0.id] ?? (0, 0), slugs: slugs,
                                window: $0.registration(at: req.now),
                                showsLink: false, mine: nil)
                        }, total: listed.total, page: paging.page, per: paging.per))))
    }

    func getEventsCalendar(_ input: Operations.GetEventsCalendar.Input) async throws
        -> Operations.GetEventsCalendar.Output
    {
        let req = try APIContext.current()
        let events = try await EventStore(database: req.db).calendarEvents(
            from: req.now.addingTimeInterval(-30 * 86_400))
        let calendar = ICalendar(
            name: req.t(.eventsTitle) + " – Hubben", events: events.map { Self.calendarEvent($0, req) })
        return .ok(.init(body: .textCalendar(HTTPBody(calendar.serialized()))))
    }

    func getEvent(_ input: Operations.GetEvent.Input) async throws -> Operations.GetEvent.Output {
        let req = try APIContext.current()
        let raw = input.path.id
        let wantsCalendar = raw.hasSuffix(".ics")
        guard let id = Int(wantsCalendar ? String(raw.dropLast(4)) : raw) else { throw Abort(.notFound) }
        let view = try await Self.eventActions(req).view(id)
        if wantsCalendar {
            let calendar = ICalendar(name: view.event.title, events: [Self.calendarEvent(view.event, req)])
            return .ok(.init(body: .textCalendar(HTTPBody(calendar.serialized()))))
        }
        return .ok(.init(body: .json(Self.event(view, slugs: Self.slugs(try await req.shownThemes())))))
    }

    func createEvent(_ input: Operations.CreateEvent.Input) async throws -> Operations.CreateEvent.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let themes = try await IdeaStore(database: req.db).themes()
        var unreadable = FieldProblems<EventDraft.Field>()
        let themeIDs = Self.themeIDs(body.themes ?? [], themes, into: &unreadable)
        let draft = EventDraft(
            kind: EventKind(rawValue: body.kind.rawValue), title: body.title, description: body.description,
            startsAt: body.startsAt, endsAt: body.endsAt, placeKind: body.place.kind.rawValue,
            address: body.place.address ?? "", onlineLink: body.place.link ?? "", capacity: body.capacity,
            registrationOpensAt: body.registrationOpensAt, registrationClosesAt: body.registrationClosesAt,
            visibility: EventVisibility(rawValue: body.visibility.rawValue),
            languages: body.languages.compactMap { Language(rawValue: $0.rawValue) },
            waitlistClosed: body.waitlistClosed ?? false, themeIDs: themeIDs, district: body.district ?? "",
            tour: body.tour ?? "", services: body.services ?? "", employer: body.employer ?? "",
            occupations: body.occupations ?? "",
            targetGroup: body.targetGroup ?? "", recordingLink: body.recordingLink ?? "",
            guestRetentionDays: body.guestRetentionDays ?? EventDraft.defaultRetentionDays,
            resourceID: body.place.resourceId)
        switch try await Self.eventActions(req).create(draft, unreadable: unreadable) {
        case .saved(let event):
            return .created(.init(body: .json(try await Self.shownEvent(event.id, req))))
        case .invalid(let problems): throw Self.eventValidation(problems, req.t)
        case .placeRefused(let reservation): throw Self.placeRefused(reservation, req.t)
        case .capacityBelowRegistered: throw Abort(.internalServerError)
        }
    }

    func updateEvent(_ input: Operations.UpdateEvent.Input) async throws -> Operations.UpdateEvent.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard let id = Int(input.path.id) else { throw Abort(.notFound) }
        let actions = Self.eventActions(req)
        _ = try req.actionContext.require(EventAction.organise)
        var draft = EventDraft(try await actions.visibleEvent(id))
        let themes = try await IdeaStore(database: req.db).themes()
        var unreadable = FieldProblems<EventDraft.Field>()
        if let kind = body.kind { draft.kind = EventKind(rawValue: kind.rawValue) }
        if let title = body.title { draft.title = title.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let description = body.description {
            draft.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let startsAt = body.startsAt { draft.startsAt = startsAt }
        if let endsAt = body.endsAt { draft.endsAt = endsAt }
        if let place = body.place {
            draft.placeKind = place.kind.rawValue
            draft.address = (place.address ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            draft.onlineLink = (place.link ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            draft.resourceID = place.resourceId
        }
        if body.unlimited == true {
            draft.capacity = nil
        } else if let capacity = body.capacity {
            draft.capacity = capacity
        }
        if let opens = body.registrationOpensAt { draft.registrationOpensAt = opens }
        if let closes = body.registrationClosesAt { draft.registrationClosesAt = closes }
        if let visibility = body.visibility { draft.visibility = EventVisibility(rawValue: visibility.rawValue) }
        if let languages = body.languages {
            let chosen = languages.compactMap { Language(rawValue: $0.rawValue) }
            draft.languages = Language.allCases.filter { chosen.contains($0) }
        }
        if let closed = body.waitlistClosed { draft.waitlistClosed = closed }
        if let slugs = body.themes { draft.themeIDs = Self.themeIDs(slugs, themes, into: &unreadable) }
        if let value = body.district { draft.district = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let value = body.tour { draft.tour = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let value = body.services { draft.services = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let value = body.employer { draft.employer = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let value = body.occupations { draft.occupations = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let value = body.targetGroup { draft.targetGroup = value.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let value = body.recordingLink {
            draft.recordingLink = value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let days = body.guestRetentionDays { draft.guestRetentionDays = days }
        switch try await actions.change(id, draft, unreadable: unreadable) {
        case .saved(let event): return .ok(.init(body: .json(try await Self.shownEvent(event.id, req))))
        case .invalid(let problems): throw Self.eventValidation(problems, req.t)
        case .placeRefused(let reservation): throw Self.placeRefused(reservation, req.t)
        case .capacityBelowRegistered(let count):
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: ["capacity": req.t(.eventErrorCapacityBelow("\(count)"))])
        }
    }

    func registerForEvent(_ input: Operations.RegisterForEvent.Input) async throws
        -> Operations.RegisterForEvent.Output
    {
        let req = try APIContext.current()
        let id = input.path.id
        let actions = Self.eventActions(req)
        if req.account != nil {
            switch try await actions.register(id) {
            case .registered(let registration):
                return .created(.init(body: .json(Self.result(registration, position: nil))))
            case .waitlisted(let registration, let position):
                return .created(.init(body: .json(Self.result(registration, position: position))))
            case .alreadyRegistered(let registration):
                throw APIError(
                    status: .conflict, code: "already_registered", message: req.t(.eventYouAreRegistered),
                    fields: ["status": registration.status.rawValue])
            case .full: throw Self.eventFull(req.t)
            case .closed(let window): throw Self.registrationClosed(window, req.t)
            }
        }
        var body: Components.Schemas.GuestRegistration?
        if case .json(let guest) = input.body { body = guest }
        let draft = GuestRegistrationDraft(name: body?.name ?? "", email: body?.email ?? "")
        switch try await actions.registerGuest(id, draft, language: req.t.language) {
        case .mailed: return .created(.init(body: .json(.init(status: .pendingConfirmation))))
        case .invalid(let problems): throw APIError.validation(EventTexts.guestErrors(problems, req.t), req.t)
        case .full: throw Self.eventFull(req.t)
        case .closed(let window): throw Self.registrationClosed(window, req.t)
        }
    }

    func cancelMyEventRegistration(_ input: Operations.CancelMyEventRegistration.Input) async throws
        -> Operations.CancelMyEventRegistration.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        switch try await Self.eventActions(req).cancelMine(input.path.id) {
        case .cancelled: return .ok(.init(body: .json(.init(status: .cancelled))))
        case .notRegistered:
            throw APIError(status: .notFound, code: "not_found", message: req.t(.eventNotRegistered))
        case .started:
            throw APIError(status: .conflict, code: "event_started", message: req.t(.eventWindowStarted))
        }
    }

    func checkInToEvent(_ input: Operations.CheckInToEvent.Input) async throws -> Operations.CheckInToEvent.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        switch try await Self.eventActions(req).checkIn(input.path.id, code: body.code) {
        case .checkedIn(let name, let firstTime):
            return .ok(.init(body: .json(.init(status: .checkedIn, name: name, firstTime: firstTime))))
        case .unknownCode:
            throw APIError(status: .notFound, code: "unknown_code", message: req.t(.eventUnknownCode))
        }
    }

    // MARK: Shapes

    private static func shownEvent(_ id: Int, _ req: Request) async throws -> Components.Schemas.Event {
        event(try await eventActions(req).view(id), slugs: slugs(try await IdeaStore(database: req.db).themes()))
    }

    private static func slugs(_ themes: [Theme]) -> [Int: String] {
        Dictionary(themes.map { ($0.id, $0.slug) }, uniquingKeysWith: { first, _ in first })
    }

    /// One event as the person sees it: their registration, and a demo day's agenda.
    private static func event(_ view: EventActions.EventView, slugs: [Int: String]) -> Components.Schemas.Event {
        var shown = event(
            view.event, counts: (view.registered, view.waiting), slugs: slugs, window: view.window,
            showsLink: view.showsLink, mine: view.mine.map { result($0, position: view.position) })
        if !view.agenda.isEmpty {
            shown.agenda = view.agenda.map {
                .init(
                    startsAt: $0.startsAt, projectId: $0.projectID, projectTitle: $0.projectTitle, title: $0.title,
                    resultEntryId: $0.resultEntryID)
            }
        }
        return shown
    }

    static func event(
        _ event: Event, counts: (registered: Int, waiting: Int), slugs: [Int: String],
        window: EventRegistrationWindow, showsLink: Bool, mine: Components.Schemas.EventRegistrationResult?
    ) -> Components.Schemas.Event {
        let place: Components.Schemas.EventPlace =
            switch event.place {
            case .address(let address): .init(kind: .address, address: address)
            case .online(let link): .init(kind: .online, link: showsLink ? link : nil)
            case .resource(let id, let label): .init(kind: .resource, address: label, resourceId: id)
            }
        return .init(
            id: event.id, kind: .init(rawValue: event.kind.rawValue) ?? .workshop, title: event.title,
            description: event.description, startsAt: event.startsAt, endsAt: event.endsAt, place: place,
            capacity: event.capacity, registered: counts.registered, waiting: counts.waiting,
            registration: .init(rawValue: window.rawValue) ?? .closed,
            registrationOpensAt: event.registrationOpensAt, registrationClosesAt: event.registrationClosesAt,
            visibility: .init(rawValue: event.visibility.rawValue) ?? ._internal,
            languages: event.languages.compactMap { .init(rawValue: $0.rawValue) },
            waitlistClosed: event.waitlistClosed, themes: event.themeIDs.compactMap { slugs[$0] },
            district: event.district, tour: event.tour, services: event.services, employer: event.employer,
            occupations: event.occupations, targetGroup: event.targetGroup, recordingLink: event.recordingLink,
            guestRetentionDays: event.guestRetentionDays, myRegistration: mine)
    }

    static func result(_ registration: EventRegistration, position: Int?) -> Components.Schemas.EventRegistrationResult
    {
        .init(
            status: .init(rawValue: registration.status.rawValue) ?? .registered, position: position,
            code: registration.code)
    }

    private static func calendarEvent(_ event: Event, _ req: Request) -> ICalendar.Event {
        EventActions.calendarEvent(
            event, baseURL: req.application.hubben.absoluteBaseURL(req.application), now: req.now, req.t)
    }

    func getMyEventsCalendar(_ input: Operations.GetMyEventsCalendar.Input) async throws
        -> Operations.GetMyEventsCalendar.Output
    {
        let req = try APIContext.current()
        guard
            let calendar = try await EventActions.personalCalendar(
                token: input.query.token, database: req.db,
                baseURL: req.application.hubben.absoluteBaseURL(req.application), now: req.now)
        else { throw Abort(.notFound) }
        return .ok(.init(body: .textCalendar(HTTPBody(calendar.serialized()))))
    }

    private static func themeIDs(
        _ slugs: [String], _ themes: [Theme], into problems: inout FieldProblems<EventDraft.Field>
    )
        -> [Int]
    {
        let bySlug = Dictionary(themes.map { ($0.slug, $0.id) }, uniquingKeysWith: { first, _ in first })
        let ids = slugs.compactMap { bySlug[$0] }
        if ids.count != slugs.count { problems[.themes] = .invalid }
        return ids
    }

    /// The form's field names as the API's (`starts_at` → `startsAt`; the place's parts → `place`).
    private static func eventValidation(_ problems: FieldProblems<EventDraft.Field>, _ t: Localizer) -> APIError {
        let errors = EventTexts.formErrors(problems, t) { field in
            switch field {
            case .placeKind, .address, .onlineLink, .resource: "place"
            default:
                field.rawValue.split(separator: "_").enumerated()
                    .map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
            }
        }
        return APIError(
            status: .unprocessableEntity, code: "validation_failed", message: t(.apiValidation),
            fields: APIError.fields(errors))
    }

    /// The event's city resource could not be booked: 409 `booking_conflict` or 422 `booking_rule`, as for
    /// any booking.
    private static func placeRefused(_ reservation: BookingActions.Reserved, _ t: Localizer) -> APIError {
        switch reservation {
        case .conflict(let busy): conflict(busy, t)
        case .ruleBroken(let violations): ruleBroken(violations, t)
        case .noSuchResource, .reserved:
            APIError(
                status: .unprocessableEntity, code: "validation_failed", message: t(.apiValidation),
                fields: ["place": t(.eventErrorResource)])
        }
    }

    private static func eventFull(_ t: Localizer) -> APIError {
        APIError(status: .conflict, code: "event_full", message: t(.eventFullClosed))
    }

    private static func registrationClosed(_ window: EventRegistrationWindow, _ t: Localizer) -> APIError {
        APIError(status: .conflict, code: "registration_closed", message: t(EventTexts.window(window)))
    }
}
