import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor
import Fluent

/// `/api/v1/resources…`, `/api/v1/bookings…`, `/api/v1/me/bookings…` and the calendar feeds.
extension APIHandler {
    func listResources(_ input: Operations.ListResources.Input) async throws -> Operations.ListResources.Output {
        let req = try APIContext.current()
        let query = input.query
        try APIError.checkLength(query.district, "district", maximum: ResourceDraft.shortLimit, req.t)
        let free = try Self.freeTime(from: query.freeFrom, to: query.freeTo, req.t)
        try APIError.checkPaging(
            page: query.page, per: query.per, maximumPer: ResourceStore.Filter.maximumPerPage, req.t)
        let filter = ResourceStore.Filter(
            kind: query.kind.flatMap { ResourceKind(rawValue: $0.rawValue) }, district: query.district,
            capacity: query.capacity, free: free)
        let paging = Paging(page: query.page, per: query.per, maximumPer: ResourceStore.Filter.maximumPerPage)
        let found = try await req.shownResources(filter, paging)
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: found.resources.map(Self.resource), total: found.total, page: paging.page,
                        per: paging.per))))
    }

    /// A free-time filter: both ends or neither, the end after the start and at most 14 days on.
    static func freeTime(from: Date?, to: Date?, _ t: Localizer) throws -> DateInterval? {
        guard from != nil || to != nil else { return nil }
        var errors = FormErrors()
        if let from, let to {
            if to <= from || to.timeIntervalSince(from) > 14 * 86_400
                || !BookingDraft.years.contains(Day(from).year) || !BookingDraft.years.contains(Day(to).year)
            {
                errors.add("free_to", t(.bookingErrorTime))
            } else {
                return DateInterval(start: from, end: to)
            }
        } else {
            errors.add(from == nil ? "free_from" : "free_to", t(.apiFieldRequired))
        }
        throw APIError.badParameters(errors, t)
    }

    func getResource(_ input: Operations.GetResource.Input) async throws -> Operations.GetResource.Output {
        let req = try APIContext.current()
        guard let resource = try await req.shownResource(input.path.id) else { throw Abort(.notFound) }
        return .ok(.init(body: .json(Self.resource(resource))))
    }

    func getResourceAvailability(_ input: Operations.GetResourceAvailability.Input) async throws
        -> Operations.GetResourceAvailability.Output
    {
        let req = try APIContext.current()
        // The default starts at a whole day, so that everyone asking without `from` shares one answer.
        let from = input.query.from ?? Day(req.now).start
        let to = input.query.to ?? from.addingTimeInterval(7 * 86_400)
        guard to > from, to.timeIntervalSince(from) <= 31 * 86_400, BookingDraft.years.contains(Day(from).year),
            BookingDraft.years.contains(Day(to).year)
        else {
            var errors = FormErrors()
            errors.add("to", req.t(.bookingErrorTime))
            throw APIError.badParameters(errors, req.t)
        }
        guard let resource = try await req.shownResource(input.path.id) else { throw Abort(.notFound) }
        let availability = try await req.shownAvailability(of: resource, from: from, to: to)
        return .ok(
            .init(
                body: .json(
                    .init(
                        resourceId: input.path.id, from: from, to: to,
                        open: availability.open.map { .init(start: $0.start, end: $0.end) },
                        busy: availability.busy.map(Self.busy)))))
    }

    func createResource(_ input: Operations.CreateResource.Input) async throws -> Operations.CreateResource.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let draft = try Self.draft(
            organizationID: body.organizationId, kind: body.kind, name: body.name, description: body.description ?? "",
            address: body.address, district: body.district, capacity: body.capacity,
            accessibility: body.accessibility ?? "", equipment: body.equipment ?? [], images: body.images ?? [],
            rules: body.rules, req.t)
        switch try await BookingActions(context: req.actionContext, baseURL: "").addResource(draft) {
        case .saved(let resource): return .created(.init(body: .json(Self.resource(resource))))
        case .invalid(let problems): throw APIError.validation(BookingTexts.resourceErrors(problems, req.t), req.t)
        }
    }

    func updateResource(_ input: Operations.UpdateResource.Input) async throws -> Operations.UpdateResource.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        guard let current = try await ResourceStore(database: req.db).resource(id: input.path.id) else {
            throw Abort(.notFound)
        }
        let draft = try Self.draft(
            organizationID: body.organizationId ?? current.organizationID,
            kind: body.kind ?? Components.Schemas.ResourceKind(rawValue: current.kind.rawValue),
            name: body.name ?? current.name, description: body.description ?? current.description,
            address: body.address ?? current.address, district: body.district ?? current.district,
            capacity: body.capacity ?? current.capacity, accessibility: body.accessibility ?? current.accessibility,
            equipment: body.equipment ?? current.equipment,
            images: body.images ?? current.images.map { .init(url: $0.url, alt: $0.alt) },
            rules: body.rules ?? Self.rules(current.rules), req.t)
        switch try await BookingActions(context: req.actionContext, baseURL: "").changeResource(input.path.id, draft) {
        case .saved(let resource): return .ok(.init(body: .json(Self.resource(resource))))
        case .invalid(let problems): throw APIError.validation(BookingTexts.resourceErrors(problems, req.t), req.t)
        }
    }

    func blockResourceTime(_ input: Operations.BlockResourceTime.Input) async throws
        -> Operations.BlockResourceTime.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let actions = BookingActions(context: req.actionContext, baseURL: Self.base(req))
        let outcome = try await actions.block(
            resourceID: input.path.id, start: body.start, end: body.end, reason: body.reason)
        return .created(.init(body: .json(try Self.changed(outcome, req, reasonField: true))))
    }

    func createBooking(_ input: Operations.CreateBooking.Input) async throws -> Operations.CreateBooking.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        var until: Day?
        if let text = body.repeatWeeklyUntil {
            guard let day = Day(iso: text) else {
                throw APIError.validation(BookingTexts.formErrors([.repeatWeeklyUntil: .unreadable], req.t), req.t)
            }
            until = day
        }
        let draft = BookingDraft(
            resourceID: body.resourceId, start: body.start, end: body.end, purpose: body.purpose, people: body.people,
            repeatWeeklyUntil: until)
        switch try await BookingActions(context: req.actionContext, baseURL: Self.base(req)).request(draft) {
        case .booked(let first, let all, let refused):
            return .created(
                .init(
                    body: .json(
                        .init(
                            id: first.id, resourceId: first.resourceID, resource: first.resourceName,
                            start: first.start,
                            end: first.end, purpose: first.purpose, people: first.people,
                            status: Self.status(first.status), seriesId: first.seriesID,
                            occurrences: all.map(Self.booking),
                            refused: refused.map { Self.refused($0, req.t) }))))
        case .conflict(let busy): throw Self.conflict(busy, req.t)
        case .ruleBroken(let violations): throw Self.ruleBroken(violations, req.t)
        case .invalid(let problems): throw APIError.validation(BookingTexts.formErrors(problems, req.t), req.t)
        }
    }

    func cancelBooking(_ input: Operations.CancelBooking.Input) async throws -> Operations.CancelBooking.Output {
        let req = try APIContext.current()
        try APIError.checkLength(input.query.reason, "reason", maximum: BookingReason.limit, req.t)
        let actions = BookingActions(context: req.actionContext, baseURL: Self.base(req))
        if input.query.series == true {
            let cancelled = try await actions.cancelSeries(of: input.path.id)
            return .ok(.init(body: .json(cancelled.map(Self.booking))))
        }
        let outcome = try await actions.cancel(input.path.id, reason: input.query.reason)
        return .ok(.init(body: .json([try Self.changed(outcome, req, reasonField: true)])))
    }

    func decideBooking(_ input: Operations.DecideBooking.Input) async throws -> Operations.DecideBooking.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let decision: BookingDecision = body.decision == .confirm ? .confirm : .deny
        let outcome = try await BookingActions(context: req.actionContext, baseURL: Self.base(req)).decide(
            input.path.id, decision, reason: body.reason)
        return .ok(.init(body: .json(try Self.changed(outcome, req, reasonField: true))))
    }

    func listMyBookings(_ input: Operations.ListMyBookings.Input) async throws -> Operations.ListMyBookings.Output {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let mine = try await BookingActions(context: req.actionContext, baseURL: Self.base(req)).mine()
        return .ok(.init(body: .json(mine.bookings.map(Self.booking))))
    }

    func getResourceCalendar(_ input: Operations.GetResourceCalendar.Input) async throws
        -> Operations.GetResourceCalendar.Output
    {
        let req = try APIContext.current()
        guard
            let calendar = try await BookingReads(database: req.db).busyCalendar(
                resourceID: input.path.id, now: req.now, req.t)
        else { throw Abort(.notFound) }
        return .ok(.init(body: .textCalendar(HTTPBody(calendar.serialized()))))
    }

    func getMyBookingsCalendar(_ input: Operations.GetMyBookingsCalendar.Input) async throws
        -> Operations.GetMyBookingsCalendar.Output
    {
        let req = try APIContext.current()
        guard input.query.token.count <= 100,
            let owner = try await BookingStore(database: req.db).feedOwner(token: input.query.token),
            let account = try await AccountStore(database: req.db, hasher: req.password).account(id: owner)
        else { throw Abort(.notFound) }
        let calendar = try await BookingReads(database: req.db).personalCalendar(
            of: account, baseURL: Self.base(req), now: req.now)
        return .ok(.init(body: .textCalendar(HTTPBody(calendar.serialized()))))
    }

    func renewMyCalendarToken(_ input: Operations.RenewMyCalendarToken.Input) async throws
        -> Operations.RenewMyCalendarToken.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let token = try await BookingActions(context: req.actionContext, baseURL: Self.base(req)).renewFeed()
        let url = Self.base(req) + "/api/v1/me/bookings.ics?token=" + token
        return .created(.init(body: .json(.init(url: url, token: token))))
    }

    func revokeMyCalendarToken(_ input: Operations.RevokeMyCalendarToken.Input) async throws
        -> Operations.RevokeMyCalendarToken.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        try await BookingActions(context: req.actionContext, baseURL: Self.base(req)).revokeFeed()
        return .noContent(.init())
    }

    // MARK: Mapping

    private static func base(_ req: Request) -> String { req.application.hubben.absoluteBaseURL(req.application) }

    static func conflict(_ busy: BusyTime, _ t: Localizer) -> APIError {
        var errors = FormErrors()
        errors.add("start", BookingTexts.conflict(busy, t))
        return APIError(
            status: .conflict, code: "booking_conflict", message: BookingTexts.conflict(busy, t),
            fields: APIError.fields(errors), conflict: .init(start: busy.start, end: busy.end))
    }

    static func ruleBroken(_ violations: [BookingRuleViolation], _ t: Localizer, cancelling: Bool = false) -> APIError {
        var errors = FormErrors()
        for violation in violations { errors.add(violation.field.rawValue, BookingTexts.message(violation, t)) }
        let first = violations.first
        let message = first.map { BookingTexts.message($0, t) } ?? t(.apiValidation)
        return APIError(
            status: .unprocessableEntity, code: "booking_rule", message: message, fields: APIError.fields(errors),
            rule: first?.rule)
    }

    private static func changed(_ outcome: BookingActions.Changed, _ req: Request, reasonField: Bool) throws
        -> Components.Schemas.Booking
    {
        switch outcome {
        case .changed(let changed): return booking(changed)
        case .conflict(let busy): throw conflict(busy, req.t)
        case .ruleBroken(.tooSoon(let cutoff)) where reasonField:
            let message = req.t(.bookingRuleCutoff(length: BookingTexts.length(cutoff, language: req.t.language)))
            var errors = FormErrors()
            errors.add("start", message)
            throw APIError(
                status: .unprocessableEntity, code: "booking_rule", message: message, fields: APIError.fields(errors),
                rule: "cancellation_cutoff")
        case .ruleBroken(let violation): throw ruleBroken([violation], req.t)
        case .invalid(let problems):
            throw APIError.validation(BookingTexts.formErrors(problems, req.t, reasonField: reasonField), req.t)
        case .notPossible:
            throw APIError(status: .conflict, code: "booking_state", message: req.t(.bookingNotPossible))
        }
    }

    static func status(_ status: BookingStatus) -> Components.Schemas.BookingStatus {
        Components.Schemas.BookingStatus(rawValue: status.rawValue) ?? .cancelled
    }

    static func booking(_ booking: Booking) -> Components.Schemas.Booking {
        .init(
            id: booking.id, resourceId: booking.resourceID, resource: booking.resourceName, start: booking.start,
            end: booking.end, purpose: booking.purpose, people: booking.people, status: status(booking.status),
            reason: booking.reason, seriesId: booking.seriesID, calendar: BookingPaths.calendar(booking.id))
    }

    static func busy(_ busy: BusyTime) -> Components.Schemas.BusyTime {
        .init(start: busy.start, end: busy.end, status: status(busy.status))
    }

    private static func refused(_ refused: BookingActions.Refused, _ t: Localizer)
        -> Components.Schemas.RefusedOccurrence
    {
        switch refused.refusal {
        case .conflict(let busy):
            .init(
                start: refused.time.start, end: refused.time.end, code: "booking_conflict",
                message: BookingTexts.conflict(busy, t), conflict: .init(start: busy.start, end: busy.end))
        case .rule(let violation):
            .init(
                start: refused.time.start, end: refused.time.end, code: "booking_rule", rule: violation.rule,
                message: BookingTexts.message(violation, t))
        }
    }

    static func resource(_ resource: Resource) -> Components.Schemas.Resource {
        .init(
            id: resource.id, organizationId: resource.organizationID, organization: resource.organizationName,
            kind: Components.Schemas.ResourceKind(rawValue: resource.kind.rawValue) ?? .room, name: resource.name,
            description: resource.description, address: resource.address, district: resource.district,
            capacity: resource.capacity, accessibility: resource.accessibility, equipment: resource.equipment,
            images: resource.images.map { .init(url: $0.url, alt: $0.alt) }, rules: rules(resource.rules))
    }

    private static func hours(_ hours: DailyHours?) -> Components.Schemas.DailyHours? {
        hours.map {
            .init(opens: ClockTime.text($0.opens, language: .en), closes: ClockTime.text($0.closes, language: .en))
        }
    }

    static func rules(_ rules: BookingRules) -> Components.Schemas.BookingRules {
        let weekly = rules.openingHours.weekly
        return .init(
            openingHours: .init(
                monday: hours(weekly[.monday]), tuesday: hours(weekly[.tuesday]), wednesday: hours(weekly[.wednesday]),
                thursday: hours(weekly[.thursday]), friday: hours(weekly[.friday]), saturday: hours(weekly[.saturday]),
                sunday: hours(weekly[.sunday])),
            exceptions: rules.openingHours.exceptions.sorted { $0.key < $1.key }.map {
                .init(day: $0.key.iso, hours: hours($0.value))
            }, slotMinutes: .init(rawValue: rules.slotMinutes) ?? ._30, minimumMinutes: rules.minimumMinutes,
            maximumMinutes: rules.maximumMinutes, minimumNoticeMinutes: rules.minimumNoticeMinutes,
            maximumDaysAhead: rules.maximumDaysAhead, bufferBeforeMinutes: rules.bufferBeforeMinutes,
            bufferAfterMinutes: rules.bufferAfterMinutes, maximumActivePerPerson: rules.maximumActivePerPerson,
            cancellationCutoffMinutes: rules.cancellationCutoffMinutes,
            audience: .init(rawValue: rules.audience.rawValue) ?? .signedIn, needsApproval: rules.needsApproval)
    }

    /// The API's resource as a draft; hours that cannot be read are refused at their field.
    private static func draft(
        organizationID: Int, kind: Components.Schemas.ResourceKind?, name: String, description: String, address: String,
        district: String, capacity: Int, accessibility: String, equipment: [String],
        images: [Components.Schemas.ResourceImage], rules: Components.Schemas.BookingRules, _ t: Localizer
    ) throws -> ResourceDraft {
        var unreadable: FieldProblems<ResourceDraft.Field> = [:]
        func daily(_ hours: Components.Schemas.DailyHours?) -> DailyHours? {
            guard let hours else { return nil }
            guard let opens = ClockTime.minutes(hours.opens), let closes = ClockTime.minutes(hours.closes) else {
                unreadable[.openingHours] = .unreadable
                return nil
            }
            return DailyHours(opens: opens, closes: closes)
        }
        let given = rules.openingHours
        var weekly: [Weekday: DailyHours] = [:]
        let days: [(Weekday, Components.Schemas.DailyHours?)] = [
            (.monday, given.monday), (.tuesday, given.tuesday), (.wednesday, given.wednesday),
            (.thursday, given.thursday), (.friday, given.friday), (.saturday, given.saturday), (.sunday, given.sunday),
        ]
        for (weekday, hours) in days { weekly[weekday] = daily(hours) }
        var exceptions: [Day: DailyHours?] = [:]
        for exception in rules.exceptions ?? [] {
            guard let day = Day(iso: exception.day) else {
                unreadable[.exceptions] = .unreadable
                continue
            }
            exceptions[day] = .some(daily(exception.hours))
        }
        if !unreadable.isEmpty {
            var errors = BookingTexts.resourceErrors(unreadable, t)
            if unreadable[.exceptions] != nil, unreadable[.openingHours] == nil {
                errors = BookingTexts.resourceErrors([.exceptions: .invalid], t)
            }
            throw APIError.validation(errors, t)
        }
        return ResourceDraft(
            organizationID: organizationID, kind: kind.flatMap { ResourceKind(rawValue: $0.rawValue) }, name: name,
            description: description, address: address, district: district, capacity: capacity,
            accessibility: accessibility, equipment: equipment,
            images: images.map { ResourceImage(url: $0.url, alt: $0.alt) },
            rules: BookingRules(
                openingHours: OpeningHours(weekly: weekly, exceptions: exceptions),
                slotMinutes: rules.slotMinutes.rawValue,
                minimumMinutes: rules.minimumMinutes, maximumMinutes: rules.maximumMinutes,
                minimumNoticeMinutes: rules.minimumNoticeMinutes, maximumDaysAhead: rules.maximumDaysAhead,
                bufferBeforeMinutes: rules.bufferBeforeMinutes, bufferAfterMinutes: rules.bufferAfterMinutes,
                maximumActivePerPerson: rules.maximumActivePerPerson,
                cancellationCutoffMinutes: rules.cancellationCutoffMinutes,
                audience: BookingAudience(rawValue: rules.audience.rawValue) ?? .signedIn,
                needsApproval: rules.needsApproval))
    }
}
