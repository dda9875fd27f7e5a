import Fluent
import Foundation
import HubbenCore
import Vapor

/// The booking pages and files: finding a free resource, its week and the booking form, my bookings with the
/// calendar feed, and the owner's view with decisions, cancellations and blocks.
struct BookingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(BookingPaths.list, use: list)
        routes.get(BookingPaths.resource, use: resource)
        routes.post(BookingPaths.resource, use: book)
        routes.get(BookingPaths.mine, use: mine)
        routes.post(BookingPaths.feed, use: renewFeed)
        routes.post(BookingPaths.revokeFeed, use: revokeFeed)
        routes.post(BookingPaths.cancel, use: cancel)
        routes.post(BookingPaths.decision, use: decide)
        routes.get(BookingPaths.manage, use: manage)
        routes.post(BookingPaths.block, use: block)
        routes.get(BookingPaths.calendar, use: calendar)
        routes.get(BookingPaths.newResource, use: newResource)
        routes.post(BookingPaths.resources, use: createResource)
        routes.get(BookingPaths.edit, use: editResource)
        routes.post(BookingPaths.edit, use: saveResource)
    }

    private func actions(_ req: Request) -> BookingActions {
        BookingActions(context: req.actionContext, baseURL: req.application.hubben.absoluteBaseURL(req.application))
    }

    /// A query parameter as typed, at most 200 characters (none is longer when meant).
    private func clipped(_ value: String?) -> String {
        String((value ?? "").prefix(200))
    }

    // MARK: Finding a resource

    func list(req: Request) async throws -> Response {
        let filter = BookingPages.ListFilter(
            kind: clipped(req.query[String.self, at: "kind"]),
            district: clipped(req.query[String.self, at: "district"]),
            capacity: clipped(req.query[String.self, at: "capacity"]),
            day: clipped(req.query[String.self, at: "day"]), from: clipped(req.query[String.self, at: "from"]),
            to: clipped(req.query[String.self, at: "to"]))
        var errors = FormErrors()
        var problems = FieldProblems<ResourceDraft.Field>()
        let capacity = FormInput.int(filter.capacity, .capacity, into: &problems)
        if problems[.capacity] != nil || capacity.map({ !(1...ResourceDraft.largestCapacity).contains($0) }) == true {
            errors.add("capacity", req.t(.resourceErrorCapacity))
        }
        var free: DateInterval?
        if filter.isFreeTimeAsked {
            let times = BookingTimes(day: filter.day, start: filter.from, end: filter.to)
            if let interval = times.interval, interval.duration <= 14 * 86_400 {
                free = interval
            } else {
                for (field, broken) in [
                    ("day", times.dayIsBroken), ("from", times.startIsBroken), ("to", times.endIsBroken),
                ]
                where broken {
                    errors.add(field, req.t(.bookingErrorTime))
                }
                if errors.isEmpty { errors.add("to", req.t(.bookingErrorTime)) }
            }
        }
        let paging = Paging(
            page: req.query[Int.self, at: "page"], per: ResourceStore.Filter.perPage,
            maximumPer: ResourceStore.Filter.perPage)
        let found =
            errors.isEmpty
            ? try await req.shownResources(
                .init(
                    kind: ResourceKind(rawValue: filter.kind),
                    district: filter.district.isEmpty ? nil : filter.district,
                    capacity: capacity, free: free), paging)
            : (resources: [], total: 0)
        let model = BookingPages.ListModel(
            resources: found.resources, total: found.total, page: paging.page,
            pageCount: paging.pageCount(total: found.total), districts: try await req.shownDistricts(),
            filter: filter, errors: errors,
            isSignedIn: req.account != nil, canAddResources: Authorization.allows(req.actor, ResourceAction.addResource)
        )
        return HTMLResponse.make(
            BookingPages.list(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    // MARK: One resource and booking it

    func resource(req: Request) async throws -> Response {
        var form = BookingPages.BookingForm()
        form.day = clipped(req.query[String.self, at: "day"])
        form.start = clipped(req.query[String.self, at: "from"])
        form.end = clipped(req.query[String.self, at: "to"])
        return try await resourcePage(req, form: form, errors: FormErrors())
    }

    private func resourcePage(_ req: Request, form: BookingPages.BookingForm, errors: FormErrors) async throws
        -> Response
    {
        let id = try req.idParameter()
        guard let resource = try await req.shownResource(id) else { throw Abort(.notFound) }
        let asked = Day(iso: clipped(req.query[String.self, at: "week"])) ?? Day(iso: form.day) ?? Day(req.now)
        let monday = BookingDraft.years.contains(asked.year) ? asked.monday : Day(req.now).monday
        let from = monday.start
        let to = monday.adding(days: 7).start
        let availability = try await req.shownAvailability(of: resource, from: from, to: to)
        let week = (0..<7).map { offset -> BookingPages.WeekDay in
            let day = monday.adding(days: offset)
            let whole = DateInterval(start: day.start, end: max(day.start, day.adding(days: 1).start))
            return BookingPages.WeekDay(
                day: day, open: availability.open.filter { $0.intersects(whole) && $0.end > whole.start },
                busy: availability.busy.filter { $0.start < whole.end && $0.end > whole.start })
        }
        let manages = req.account == nil ? false : try await actions(req).manages(resource)
        let model = BookingPages.ResourceModel(
            resource: resource, week: week, monday: monday, form: form, errors: errors,
            csrf: req.account == nil ? nil : CSRF.token(for: req), signInPath: req.signInPath, manages: manages,
            calendarURL: "/api/v1/resources/\(resource.id)/calendar.ics",
            notice: clipped(req.query[String.self, at: "done"]) == "saved" && errors.isEmpty
                ? req.t(.resourceSaved) : nil)
        return HTMLResponse.make(
            BookingPages.resource(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func book(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let form = BookingPages.BookingForm(
            day: req.formText("day", limit: 100), start: req.formText("start", limit: 100),
            end: req.formText("end", limit: 100),
            people: req.formText("people", limit: 100), purpose: req.formText("purpose"),
            repeatUntil: req.formText("repeat_weekly_until", limit: 100))
        let times = BookingTimes(day: form.day, start: form.start, end: form.end)
        var errors = FormErrors()
        var problems = FieldProblems<BookingDraft.Field>()
        let people = FormInput.int(form.people, .people, into: &problems)
        let until = FormInput.day(form.repeatUntil, .repeatWeeklyUntil, into: &problems)
        if times.dayIsBroken { errors.add("day", req.t(.bookingErrorTime)) }
        if times.startIsBroken { errors.add("start", req.t(.bookingErrorTime)) }
        if times.endIsBroken { errors.add("end", req.t(.bookingErrorTime)) }
        let interval = times.interval
        let draft = BookingDraft(
            resourceID: id, start: interval?.start, end: interval?.end, purpose: form.purpose,
            people: people.map { min(max($0, -1), ResourceDraft.largestCapacity + 1) }, repeatWeeklyUntil: until)
        if !errors.isEmpty || !problems.isEmpty {
            let all = problems.merging(draft.problems().filter { $0.key != .start && $0.key != .end }) { first, _ in
                first
            }
            for item in BookingTexts.formErrors(all, req.t).items { errors.add(item.field, item.message) }
            return try await resourcePage(req, form: form, errors: errors)
        }
        switch try await actions(req).request(draft) {
        case .booked(_, let all, let refused):
            guard let resource = try await ResourceStore(database: req.db).resource(id: id) else {
                throw Abort(.notFound)
            }
            let model = BookingPages.BookedModel(
                resource: resource, booked: all,
                refused: refused.map { ($0.time, BookingTexts.refusal($0.refusal, req.t)) })
            return HTMLResponse.make(BookingPages.booked(model, req.t), for: req)
        case .conflict(let busy):
            errors.add("start", BookingTexts.conflict(busy, req.t))
        case .ruleBroken(let violations):
            for violation in violations {
                errors.add(
                    violation.field == .resource ? "resource" : violation.field.rawValue,
                    BookingTexts.message(violation, req.t))
            }
        case .invalid(let problems):
            if problems[.resource] != nil { throw Abort(.notFound) }
            for item in BookingTexts.formErrors(problems, req.t).items { errors.add(item.field, item.message) }
        }
        return try await resourcePage(req, form: form, errors: errors)
    }

    // MARK: My bookings

    func mine(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let notice: String? =
            switch clipped(req.query[String.self, at: "done"]) {
            case "cancelled": req.t(.bookNoticeCancelled)
            case "feed-revoked": req.t(.bookNoticeFeedRevoked)
            default: nil
            }
        return try await minePage(req, notice: notice)
    }

    private func minePage(_ req: Request, notice: String? = nil, error: String? = nil, newFeedURL: String? = nil)
        async throws -> Response
    {
        _ = try req.requireAccount()
        let view = try await actions(req).mine()
        let model = BookingPages.MineModel(
            bookings: view.bookings, cancellable: view.cancellable, hasFeed: view.hasFeed, newFeedURL: newFeedURL,
            notice: notice, error: error, csrf: CSRF.token(for: req), now: req.now)
        return HTMLResponse.make(
            BookingPages.mine(model, req.t), for: req, status: error == nil ? .ok : .unprocessableEntity,
            headers: ["Cache-Control": "private, no-store"])
    }

    func renewFeed(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let token = try await actions(req).renewFeed()
        let url =
            req.application.hubben.absoluteBaseURL(req.application)
            + HTMLAttribute.pathWithQuery("/api/v1/me/bookings.ics", ["token": token])
        return try await minePage(req, newFeedURL: url)
    }

    func revokeFeed(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try await actions(req).revokeFeed()
        return req.redirect(to: BookingPaths.mine() + "?done=feed-revoked#feed", redirectType: .normal)
    }

    func cancel(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let actions = actions(req)
        if req.formText("series", limit: 10) == "1" {
            _ = try await actions.cancelSeries(of: id)
            return req.redirect(to: BookingPaths.mine() + "?done=cancelled", redirectType: .normal)
        }
        let reason = req.formText("reason")
        let outcome = try await actions.cancel(id, reason: reason)
        guard let booking = try await BookingStore(database: req.db).booking(id: id) else { throw Abort(.notFound) }
        let isBooker = booking.bookerID == req.account?.id
        switch outcome {
        case .changed:
            if isBooker { return req.redirect(to: BookingPaths.mine() + "?done=cancelled", redirectType: .normal) }
            return req.redirect(
                to: BookingPaths.manage(booking.resourceID) + "?done=cancelled", redirectType: .normal)
        case .ruleBroken(let violation):
            let message =
                if case .tooSoon(let minutes) = violation {
                    req.t(.bookingRuleCutoff(length: BookingTexts.length(minutes, language: req.t.language)))
                } else {
                    BookingTexts.message(violation, req.t)
                }
            if isBooker { return try await minePage(req, error: message) }
            return try await managePage(
                req, booking.resourceID, failed: booking.id, errors: reasonError(booking.id, message))
        case .invalid(let problems):
            let message =
                problems[.purpose] == .missing ? req.t(.bookingErrorReason) : req.t(.fieldTooLong(limit: "500"))
            return try await managePage(
                req, booking.resourceID, failed: booking.id, errors: reasonError(booking.id, message))
        case .conflict, .notPossible:
            if isBooker { return try await minePage(req, error: req.t(.bookingNotPossible)) }
            return try await managePage(
                req, booking.resourceID, failed: booking.id, errors: reasonError(booking.id, req.t(.bookingNotPossible))
            )
        }
    }

    private func reasonError(_ bookingID: Int, _ message: String) -> FormErrors {
        var errors = FormErrors()
        errors.add("reason-\(bookingID)", message)
        return errors
    }

    // MARK: The owner's view

    func manage(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let notice: String? =
            switch clipped(req.query[String.self, at: "done"]) {
            case "cancelled": req.t(.bookNoticeCancelled)
            case "decided": req.t(.bookNoticeDecided)
            case "blocked": req.t(.bookNoticeBlocked)
            default: nil
            }
        return try await managePage(req, try req.idParameter(), notice: notice)
    }

    private func managePage(
        _ req: Request, _ resourceID: Int, block: BookingPages.BookingForm = .init(), failed: Int? = nil,
        errors: FormErrors = FormErrors(), notice: String? = nil
    ) async throws -> Response {
        let (resource, bookings, contacts) = try await actions(req).ownerView(of: resourceID)
        let model = BookingPages.ManageModel(
            resource: resource, bookings: bookings, contacts: contacts, block: block, errors: errors,
            failedBookingID: failed, notice: notice, csrf: CSRF.token(for: req), now: req.now)
        return HTMLResponse.make(
            BookingPages.manage(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity,
            headers: ["Cache-Control": "private, no-store"])
    }

    func decide(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        guard let booking = try await BookingStore(database: req.db).booking(id: id) else { throw Abort(.notFound) }
        guard let decision = BookingDecision(rawValue: req.formText("decision", limit: 20)) else {
            throw Abort(.unprocessableEntity)
        }
        let message: String
        switch try await actions(req).decide(id, decision, reason: req.formText("reason")) {
        case .changed:
            return req.redirect(to: BookingPaths.manage(booking.resourceID) + "?done=decided", redirectType: .normal)
        case .conflict(let busy): message = BookingTexts.conflict(busy, req.t)
        case .ruleBroken(let violation): message = BookingTexts.message(violation, req.t)
        case .invalid(let problems):
            message = problems[.purpose] == .missing ? req.t(.bookingErrorReason) : req.t(.fieldTooLong(limit: "500"))
        case .notPossible: message = req.t(.bookingNotPossible)
        }
        return try await managePage(req, booking.resourceID, failed: id, errors: reasonError(id, message))
    }

    func block(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let id = try req.idParameter()
        let form = BookingPages.BookingForm(
            day: req.formText("day", limit: 100), start: req.formText("start", limit: 100),
            end: req.formText("end", limit: 100),
            purpose: req.formText("reason"))
        let times = BookingTimes(day: form.day, start: form.start, end: form.end)
        var errors = FormErrors()
        if times.dayIsBroken { errors.add("day", req.t(.bookingErrorTime)) }
        if times.startIsBroken { errors.add("start", req.t(.bookingErrorTime)) }
        if times.endIsBroken { errors.add("end", req.t(.bookingErrorTime)) }
        if errors.isEmpty {
            let interval = times.interval
            switch try await actions(req).block(
                resourceID: id, start: interval?.start, end: interval?.end, reason: form.purpose)
            {
            case .changed:
                return req.redirect(to: BookingPaths.manage(id) + "?done=blocked", redirectType: .normal)
            case .conflict(let busy): errors.add("start", BookingTexts.conflict(busy, req.t))
            case .ruleBroken(let violation): errors.add("end", BookingTexts.message(violation, req.t))
            case .invalid(let problems):
                for item in BookingTexts.formErrors(problems, req.t, reasonField: true).items {
                    errors.add(item.field, item.message)
                }
            case .notPossible: errors.add("start", req.t(.bookingNotPossible))
            }
        }
        return try await managePage(req, id, block: form, errors: errors)
    }

    // MARK: The owner's resource form

    /// The organisations the person may add resources for: any, for an admin; their own, for staff.
    private func organizations(_ req: Request) async throws -> [(id: Int, name: String)] {
        if Authorization.allows(req.actor, ResourceAction.manageAll) {
            return try await OrganizationStore(database: req.db).all().map { ($0.id, $0.name) }
        }
        return try await AccountStore(database: req.db, hasher: req.password).memberships(
            accountID: req.actor.accountID ?? 0
        ).map { ($0.organizationID, $0.organizationName) }
    }

    private func resourceForm(
        _ req: Request, id: Int?, values: ResourceForm.Values, errors: FormErrors = FormErrors()
    ) async throws -> Response {
        let model = ResourceForm.Model(
            resourceID: id, values: values, organizations: try await organizations(req), errors: errors,
            csrf: CSRF.token(for: req))
        return HTMLResponse.make(
            ResourceForm.page(model, req.t), for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private func typed(_ req: Request) -> ResourceForm.Values {
        var values = ResourceForm.Values()
        for name in ResourceForm.fieldNames { values.text[name] = req.formText(name, limit: 20_000) }
        return values
    }

    func newResource(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(ResourceAction.addResource)
        let own = try await organizations(req)
        return try await resourceForm(
            req, id: nil, values: ResourceForm.defaults(organizationID: own.count == 1 ? own[0].id : nil))
    }

    func createResource(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(ResourceAction.addResource)
        let values = typed(req)
        let (draft, unreadable) = ResourceForm.draft(values)
        switch try await actions(req).addResource(draft, unreadable: unreadable) {
        case .saved(let resource):
            return req.redirect(to: BookingPaths.resource(resource.id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            return try await resourceForm(req, id: nil, values: values, errors: ResourceForm.errors(problems, req.t))
        }
    }

    private func managedResource(_ req: Request) async throws -> Resource {
        _ = try req.requireAccount()
        guard let resource = try await ResourceStore(database: req.db).resource(id: try req.idParameter()) else {
            throw Abort(.notFound)
        }
        guard try await actions(req).manages(resource) else { throw Abort(.forbidden) }
        return resource
    }

    func editResource(req: Request) async throws -> Response {
        let resource = try await managedResource(req)
        return try await resourceForm(
            req, id: resource.id, values: ResourceForm.values(of: resource, language: req.language))
    }

    func saveResource(req: Request) async throws -> Response {
        let resource = try await managedResource(req)
        let values = typed(req)
        let (draft, unreadable) = ResourceForm.draft(values)
        switch try await actions(req).changeResource(resource.id, draft, unreadable: unreadable) {
        case .saved:
            return req.redirect(to: BookingPaths.resource(resource.id) + "?done=saved", redirectType: .normal)
        case .invalid(let problems):
            return try await resourceForm(
                req, id: resource.id, values: values, errors: ResourceForm.errors(problems, req.t))
        }
    }

    // MARK: Files

    /// One booking as an `.ics` file, for its booker.
    @Sendable
    func calendar(req: Request) async throws -> Response {
        guard let account = req.account else { throw ActionRefusal.notSignedIn }
        guard let booking = try await BookingStore(database: req.db).booking(id: try req.idParameter()),
            booking.bookerID == account.id
        else { throw Abort(.notFound) }
        let base = req.application.hubben.absoluteBaseURL(req.application)
        let calendar = ICalendar(
            name: booking.resourceName, events: [BookingReads.event(booking, baseURL: base, now: req.now)])
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"booking-\(booking.id).ics\"")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(string: calendar.serialized()))
    }
}

/// A time as the booking forms give it: a day and two clock times. An end at or before the start is on the next
/// day (a hall open 18.00–02.00 is booked 22.00–01.00).
struct BookingTimes {
    let day: Day?
    let start: Int?
    let end: Int?
    let dayIsBroken: Bool
    let startIsBroken: Bool
    let endIsBroken: Bool

    init(day: String, start: String, end: String) {
        self.day = Day(iso: day.trimmingCharacters(in: .whitespaces)).flatMap {
            BookingDraft.years.contains($0.year) ? $0 : nil
        }
        self.start = ClockTime.minutes(start)
        self.end = ClockTime.minutes(end)
        dayIsBroken = self.day == nil
        startIsBroken = self.start == nil
        endIsBroken = self.end == nil
    }

    var interval: DateInterval? {
        guard let day, let start, let end else { return nil }
        let from = day.at(minute: start)
        let to = day.at(minute: end > start ? end : end + 1440)
        return to > from ? DateInterval(start: from, end: to) : nil
    }
}
