import Foundation
import HubbenCore

/// The booking pages: finding a resource, one resource with its week and the booking form, my bookings, and the
/// owner's view of a resource's bookings.
enum BookingPages {
    // MARK: The list

    /// What the list's filter was given, as typed.
    struct ListFilter {
        var kind = ""
        var district = ""
        var capacity = ""
        var day = ""
        var from = ""
        var to = ""

        var isFreeTimeAsked: Bool { !day.isEmpty || !from.isEmpty || !to.isEmpty }
    }

    struct ListModel {
        /// The page shown, of `total` matching.
        var resources: [Resource]
        var total: Int
        var page: Int
        var pageCount: Int
        var districts: [String]
        var filter: ListFilter
        var errors: FormErrors
        var isSignedIn: Bool
        var canAddResources: Bool
    }

    static func list(_ model: ListModel, _ t: Localizer) -> Page {
        let filter = model.filter
        let errors = model.errors
        return Page(
            title: t(.bookTitle),
            main: .group(
                FormParts.errorSummary(errors, t),
                .div(
                    .class("page-heading"), .h1(.text(t(.bookTitle))),
                    .div(
                        .class("button-group"),
                        .if(
                            model.canAddResources,
                            .a(
                                .class("button button-secondary"), .href(BookingPaths.newResource()),
                                .text(t(.resourceAdd)))),
                        .if(
                            model.isSignedIn,
                            .a(.class("button button-secondary"), .href(BookingPaths.mine()), .text(t(.bookMine)))))),
                PageParts.lead(t(.bookLead)),
                .p(.a(.href(SpacePaths.list()), .text(t(.bookSpacesLink)))),
                .form(
                    .method(.get), .action(BookingPaths.list()), .class("filters"),
                    .attribute(named: "role", value: "search"),
                    .attribute(named: "aria-label", value: t(.bookFilterLabel)),
                    FormParts.select(
                        name: "kind", label: t(.resourceKindLabel),
                        options: [("", t(.bookAllKinds))]
                            + ResourceKind.allCases.map { ($0.rawValue, t(kindText($0))) },
                        selected: filter.kind, errors: errors, t),
                    FormParts.select(
                        name: "district", label: t(.resourceDistrictLabel),
                        options: [("", t(.bookAllDistricts))] + model.districts.map { ($0, $0) },
                        selected: filter.district, errors: errors, t),
                    FormParts.input(
                        .init(
                            name: "capacity", label: t(.bookFilterPeople), value: filter.capacity,
                            width: "input-small", inputMode: "numeric"), errors: errors, t),
                    FormParts.input(
                        .init(
                            name: "day", label: t(.bookFilterDay), hint: t(.bookFilterDayHint), value: filter.day,
                            width: "input-medium"), errors: errors, t),
                    FormParts.input(
                        .init(
                            name: "from", label: t(.bookFilterFrom), hint: t(.bookFormTimeHint), value: filter.from,
                            width: "input-small"), errors: errors, t),
                    FormParts.input(
                        .init(
                            name: "to", label: t(.bookFilterTo), hint: t(.bookFormTimeHint), value: filter.to,
                            width: "input-small"),
                        errors: errors, t),
                    FormParts.submit(t(.bookFilterSubmit), style: "button-secondary")
                ),
                .p(
                    .class("result-count"), .attribute(named: "role", value: "status"),
                    .text(t(.bookResultCount(count: NumberFormat.integer(model.total, language: t.language))))
                ),
                model.resources.isEmpty
                    ? .p(.class("empty-state"), .text(filter.isFreeTimeAsked ? t(.bookNoneFree) : t(.bookNone)))
                    : .ul(
                        .class("idea-list"),
                        .forEach(model.resources) { resource in
                            .li(
                                .article(
                                    .class("idea-card"),
                                    .h2(
                                        .class("idea-card-title"),
                                        .a(.href(resourceLink(resource.id, model)), .text(resource.name))),
                                    .p(.class("idea-card-summary"), .text(String(resource.description.prefix(220)))),
                                    .div(
                                        .class("idea-card-meta"),
                                        .span(.class("tag"), .text(t(kindText(resource.kind)))),
                                        .span(.text(resource.district)),
                                        .span(
                                            .text(
                                                t(
                                                    .resourceCapacity(
                                                        count: NumberFormat.integer(
                                                            resource.capacity, language: t.language))))),
                                        .span(.text(resource.organizationName)),
                                        .if(
                                            resource.rules.needsApproval,
                                            .span(.class("status-tag status-parked"), .text(t(.resourceNeedsApproval))))
                                    )))
                        }),
                PageParts.pagination(page: model.page, pageCount: model.pageCount, t) { number in
                    HTMLAttribute.pathWithQuery(
                        BookingPaths.list(),
                        [
                            "kind": filter.kind, "district": filter.district, "capacity": filter.capacity,
                            "day": filter.day, "from": filter.from, "to": filter.to, "page": "\(number)",
                        ].filter { !$0.value.isEmpty })
                }
            ), section: .book, hasErrors: !errors.isEmpty)
    }

    /// A resource from the list; with a free time asked for, its form is filled in with that time.
    static func resourceLink(_ id: Int, _ model: ListModel) -> String {
        let filter = model.filter
        guard filter.isFreeTimeAsked, model.errors.isEmpty else { return BookingPaths.resource(id) }
        return HTMLAttribute.pathWithQuery(
            BookingPaths.resource(id), ["day": filter.day, "from": filter.from, "to": filter.to]) + "#book"
    }

    static func kindText(_ kind: ResourceKind) -> LocalizedText {
        switch kind {
        case .room: .resourceKindRoom
        case .hall: .resourceKindHall
        case .premises: .resourceKindPremises
        case .outdoorArea: .resourceKindOutdoorArea
        case .equipment: .resourceKindEquipment
        case .vehicle: .resourceKindVehicle
        }
    }

    // MARK: One resource

    /// The booking form as typed.
    struct BookingForm {
        var day = ""
        var start = ""
        var end = ""
        var people = ""
        var purpose = ""
        var repeatUntil = ""
    }

    /// One day of the week shown: when it is open, and what is taken.
    struct WeekDay {
        var day: Day
        var open: [DateInterval]
        var busy: [BusyTime]
    }

    struct ResourceModel {
        var resource: Resource
        var week: [WeekDay]
        var monday: Day
        var form: BookingForm
        var errors: FormErrors
        /// Nil when nobody is signed in: the form is replaced by a link to sign in.
        var csrf: String?
        var signInPath: String
        var manages: Bool
        var calendarURL: String
        var notice: String?
    }

    static func resource(_ model: ResourceModel, _ t: Localizer) -> Page {
        let resource = model.resource
        let language = t.language
        return Page(
            title: resource.name,
            main: .group(
                FormParts.notice(model.notice),
                FormParts.errorSummary(model.errors, t),
                .p(.a(.href(BookingPaths.list()), .text("‹ " + t(.bookTitle)))),
                .h1(.text(resource.name)),
                .div(
                    .class("idea-card-meta"),
                    .span(.class("tag"), .text(t(kindText(resource.kind)))),
                    .span(.text(resource.organizationName))),
                .if(!resource.description.isEmpty, .p(.class("prose"), .text(resource.description))),
                // Pictures live on the owner's site, which the page's CSP does not load from: linked, described.
                .if(
                    !resource.images.isEmpty,
                    .ul(
                        .class("resource-images"),
                        .forEach(resource.images) { image in
                            .li(.a(.href(image.url), .text(t(.resourceImageLink(alt: image.alt)))))
                        })),
                .dl(
                    .class("facts"),
                    .dt(.text(t(.resourceAddressLabel))), .dd(.text(resource.address)),
                    .dt(.text(t(.resourceDistrictLabel))), .dd(.text(resource.district)),
                    .dt(.text(t(.resourceCapacityLabel))),
                    .dd(
                        .text(t(.resourceCapacity(count: NumberFormat.integer(resource.capacity, language: language))))),
                    .if(
                        !resource.accessibility.isEmpty,
                        .group(.dt(.text(t(.resourceAccessibilityLabel))), .dd(.text(resource.accessibility)))),
                    .if(
                        !resource.equipment.isEmpty,
                        .group(
                            .dt(.text(t(.resourceEquipmentLabel))),
                            .dd(.ul(.forEach(resource.equipment) { .li(.text($0)) }))))
                ),
                .if(
                    model.manages,
                    .p(
                        .class("button-group"),
                        .a(
                            .class("button button-secondary"), .href(BookingPaths.manage(resource.id)),
                            .text(t(.bookManage))),
                        .a(
                            .class("button button-secondary"), .href(BookingPaths.edit(resource.id)),
                            .text(t(.resourceEditLink))))),
                .h2(.text(t(.resourceRulesTitle))),
                rules(resource.rules, t),
                .h2(.id("week"), .text(t(.bookWeekTitle(week: "\(weekNumber(model.monday))")))),
                week(model, t),
                .p(.a(.href(model.calendarURL), .text(t(.bookCalendarLink)))),
                .h2(.id("book"), .text(t(.bookFormTitle))),
                model.csrf.map { bookingForm(model, csrf: $0, t) }
                    ?? .p(.a(.class("button button-primary"), .href(model.signInPath), .text(t(.bookSignIn))))
            ), section: .book, hasErrors: !model.errors.isEmpty)
    }

    /// The rules in words, each one as the refusal would name it.
    static func rules(_ rules: BookingRules, _ t: Localizer) -> Node {
        let language = t.language
        var lines: [String] = []
        lines.append(t(.resourceRuleGrid(minutes: "\(rules.slotMinutes)")))
        lines.append(
            t(
                .resourceRuleLength(
                    shortest: BookingTexts.length(rules.minimumMinutes, language: language),
                    longest: BookingTexts.length(rules.maximumMinutes, language: language))))
        if rules.minimumNoticeMinutes > 0 {
            lines.append(
                t(.bookingRuleNotice(length: BookingTexts.length(rules.minimumNoticeMinutes, language: language))))
        }
        lines.append(t(.bookingRuleDaysAhead(days: NumberFormat.integer(rules.maximumDaysAhead, language: language))))
        switch (rules.bufferBeforeMinutes, rules.bufferAfterMinutes) {
        case (0, 0): break
        case (let before, 0):
            lines.append(t(.resourceRuleBufferBefore(length: BookingTexts.length(before, language: language))))
        case (0, let after):
            lines.append(t(.resourceRuleBufferAfter(length: BookingTexts.length(after, language: language))))
        case (let before, let after):
            lines.append(
                t(
                    .resourceRuleBuffers(
                        before: BookingTexts.length(before, language: language),
                        after: BookingTexts.length(after, language: language))))
        }
        if let maximum = rules.maximumActivePerPerson { lines.append(t(.bookingRuleActive(count: "\(maximum)"))) }
        if let cutoff = rules.cancellationCutoffMinutes {
            lines.append(t(.bookingRuleCutoff(length: BookingTexts.length(cutoff, language: language))))
        } else {
            lines.append(t(.resourceRuleCancelAnytime))
        }
        switch rules.audience {
        case .signedIn: lines.append(t(.resourceRuleEveryone))
        case .cityStaff: lines.append(t(.bookingRuleCityStaff))
        case .associations: lines.append(t(.bookingRuleAssociations))
        }
        lines.append(rules.needsApproval ? t(.resourceRuleApproval) : t(.resourceRuleInstant))
        let hours = Weekday.allCases.map { weekday -> (String, String) in
            let name = BookingTexts.weekdayName(weekday, language)
            guard let open = rules.openingHours.weekly[weekday] else { return (name, t(.resourceClosed)) }
            return (name, hoursText(open, language))
        }
        return .group(
            .ul(.class("rule-list"), .forEach(lines) { .li(.text($0)) }),
            .h3(.text(t(.resourceHoursTitle))),
            .dl(.class("facts"), .forEach(hours) { name, text in .group(.dt(.text(name)), .dd(.text(text))) }),
            .if(
                !rules.openingHours.exceptions.isEmpty,
                .group(
                    .h3(.text(t(.resourceExceptionsTitle))),
                    .ul(
                        .forEach(rules.openingHours.exceptions.sorted { $0.key < $1.key }) { day, hours in
                            .li(
                                .text(
                                    day.formatted(language) + ": "
                                        + (hours.map { hoursText($0, language) } ?? t(.resourceClosed))))
                        })))
        )
    }

    static func hoursText(_ hours: DailyHours, _ language: Language) -> String {
        ClockTime.text(hours.opens, language: language) + "–"
            + ClockTime.text(hours.closes == 0 ? 1440 : hours.closes, language: language)
    }

    /// ISO 8601 week number of the week that starts on `monday`.
    static func weekNumber(_ monday: Day) -> Int {
        isoWeeks.component(.weekOfYear, from: monday.noon)
    }

    private static let isoWeeks: Calendar = {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = DateFormat.calendar.timeZone
        return calendar
    }()

    /// The week as a table: a row per day, when it is open and what is taken — never by whom.
    static func week(_ model: ResourceModel, _ t: Localizer) -> Node {
        let language = t.language
        let resourcePath = BookingPaths.resource(model.resource.id)
        return .group(
            .nav(
                .class("pager"), .ariaLabel(t(.bookWeekNavigation)),
                .a(
                    .href(
                        HTMLAttribute.pathWithQuery(resourcePath, ["week": model.monday.adding(days: -7).iso]) + "#week"
                    ),
                    .text("‹ " + t(.bookPreviousWeek))),
                .a(
                    .href(
                        HTMLAttribute.pathWithQuery(resourcePath, ["week": model.monday.adding(days: 7).iso]) + "#week"),
                    .text(t(.bookNextWeek) + " ›"))),
            PageParts.table(
                id: "week-caption",
                caption: t(.bookWeekCaption(name: model.resource.name, week: "\(weekNumber(model.monday))")),
                columns: [.init(t(.bookDay)), .init(t(.bookOpen)), .init(t(.bookTaken))],
                rows: .tbody(
                    .forEach(model.week) { day in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .text(
                                    BookingTexts.weekdayName(day.day.weekday, language) + " "
                                        + day.day.formatted(language))),
                            .td(
                                .text(
                                    day.open.isEmpty
                                        ? t(.resourceClosed)
                                        : day.open.map { span($0.start, $0.end, on: day.day, language) }.joined(
                                            separator: ", "))),
                            .td(
                                day.busy.isEmpty
                                    ? .text(day.open.isEmpty ? "–" : t(.bookAllFree))
                                    : .ul(
                                        .class("busy-list"),
                                        .forEach(day.busy) { busy in
                                            .li(
                                                .text(
                                                    span(busy.start, busy.end, on: day.day, language) + " "
                                                        + (busy.status == .requested
                                                            ? t(.bookingCalendarRequested) : t(.bookingCalendarBusy))))
                                        })))
                    }))
        )
    }

    /// "18.00–20.00" as seen from `day` (a time on another day is cut at the day's edge: "00.00", "24.00").
    static func span(_ start: Date, _ end: Date, on day: Day, _ language: Language) -> String {
        let from = min(max(day.minute(of: start), 0), 1440)
        let to = min(max(day.minute(of: end), 0), 1440)
        return ClockTime.text(from, language: language) + "–" + ClockTime.text(to, language: language)
    }

    static func bookingForm(_ model: ResourceModel, csrf: String, _ t: Localizer) -> Node {
        let form = model.form
        let errors = model.errors
        return .form(
            .method(.post), .action(BookingPaths.resource(model.resource.id) + "#book"), .novalidate(),
            FormParts.csrf(csrf),
            .unwrap(errors["resource"]) { FormParts.errorMessage(id: "resource", $0, focusable: true, t) },
            FormParts.input(
                .init(
                    name: "day", label: t(.bookFormDay), hint: t(.bookFormDayHint), value: form.day,
                    width: "input-medium"),
                errors: errors, t),
            FormParts.input(
                .init(
                    name: "start", label: t(.bookFormStart), hint: t(.bookFormTimeHint), value: form.start,
                    width: "input-small"), errors: errors, t),
            FormParts.input(
                .init(
                    name: "end", label: t(.bookFormEnd), hint: t(.bookFormEndHint), value: form.end,
                    width: "input-small"), errors: errors, t),
            FormParts.input(
                .init(
                    name: "people", label: t(.bookFormPeople), value: form.people, width: "input-small",
                    inputMode: "numeric"),
                errors: errors, t),
            FormParts.textarea(
                name: "purpose", label: t(.bookFormPurpose), hint: t(.bookFormPurposeHint), value: form.purpose,
                errors: errors, t),
            FormParts.input(
                .init(
                    name: "repeat_weekly_until", label: t(.bookFormRepeat), hint: t(.bookFormRepeatHint),
                    value: form.repeatUntil, width: "input-medium"), errors: errors, t),
            FormParts.submit(model.resource.rules.needsApproval ? t(.bookFormRequest) : t(.bookFormSubmit))
        )
    }

    // MARK: After booking

    struct BookedModel {
        var resource: Resource
        var booked: [Booking]
        var refused: [(time: DateInterval, reason: String)]
    }

    static func booked(_ model: BookedModel, _ t: Localizer) -> Page {
        let language = t.language
        let requested = model.booked.first?.status == .requested
        return Page(
            title: requested ? t(.bookRequestedTitle) : t(.bookBookedTitle),
            main: .group(
                .div(
                    .class("banner banner-success"), .attribute(named: "role", value: "status"),
                    .attribute(named: "tabindex", value: "-1"),
                    .h1(.text(requested ? t(.bookRequestedTitle) : t(.bookBookedTitle))),
                    .p(
                        .text(
                            requested
                                ? t(.bookRequestedText(resource: model.resource.name))
                                : t(.bookBookedText(resource: model.resource.name))))),
                .h2(.text(t(.bookBookedTimes(count: "\(model.booked.count)")))),
                .ul(
                    .forEach(model.booked) { booking in
                        .li(
                            .text(BookingTexts.when(booking.start, booking.end, language: language) + " "),
                            .a(.href(BookingPaths.calendar(booking.id)), .text(t(.bookAddToCalendar))))
                    }),
                .if(
                    !model.refused.isEmpty,
                    .group(
                        .h2(.text(t(.bookingSeriesRefused(count: "\(model.refused.count)")))),
                        .ul(
                            .forEach(model.refused) { refused in
                                .li(
                                    .text(
                                        BookingTexts.when(refused.time.start, refused.time.end, language: language)
                                            + ": " + refused.reason))
                            }))),
                .p(.a(.class("button button-primary"), .href(BookingPaths.mine()), .text(t(.bookMine))))
            ), section: .book)
    }

    // MARK: My bookings

    struct MineModel {
        var bookings: [Booking]
        /// Which bookings the booker may still cancel (before the resource's cut-off).
        var cancellable: Set<Int>
        var hasFeed: Bool
        /// The feed's address, shown once right after it was made.
        var newFeedURL: String?
        var notice: String?
        var error: String?
        var csrf: String
        var now: Date
    }

    static func mine(_ model: MineModel, _ t: Localizer) -> Page {
        let upcoming = model.bookings.filter { $0.end > model.now }.sorted { $0.start < $1.start }
        let past = model.bookings.filter { $0.end <= model.now }
        return Page(
            title: t(.bookMine),
            main: .group(
                FormParts.notice(model.notice),
                .unwrap(model.error) { error in
                    .div(
                        .class("error-summary"), .attribute(named: "role", value: "alert"),
                        .attribute(named: "tabindex", value: "-1"), .p(.text(error)))
                },
                .h1(.text(t(.bookMine))),
                .p(.a(.href(BookingPaths.list()), .text(t(.bookFindMore)))),
                .h2(.text(t(.bookUpcoming))),
                upcoming.isEmpty
                    ? .p(.class("empty-state"), .text(t(.bookNoUpcoming)))
                    : .ul(
                        .class("booking-list"),
                        .forEach(upcoming) { booking in
                            bookingItem(
                                booking, cancellable: model.cancellable.contains(booking.id), csrf: model.csrf, t)
                        }),
                .if(
                    !past.isEmpty,
                    .details(
                        .summary(.text(t(.bookPast(count: "\(past.count)")))),
                        .ul(
                            .class("booking-list"),
                            .forEach(past) { booking in
                                bookingItem(booking, cancellable: false, csrf: model.csrf, t)
                            }))),
                .h2(.id("feed"), .text(t(.bookFeedTitle))),
                .p(.text(t(.bookFeedText))),
                .unwrap(model.newFeedURL) { url in
                    .div(
                        .class("banner banner-success"), .attribute(named: "role", value: "status"),
                        .p(.text(t(.bookFeedNew))),
                        .p(.code(.text(url))))
                },
                .if(model.hasFeed && model.newFeedURL == nil, .p(.text(t(.bookFeedOn)))),
                .div(
                    .class("button-group"),
                    .form(
                        .method(.post), .action(BookingPaths.feed()), FormParts.csrf(model.csrf),
                        FormParts.submit(
                            model.hasFeed ? t(.bookFeedRenew) : t(.bookFeedCreate), style: "button-secondary")
                    ),
                    .if(
                        model.hasFeed,
                        .form(
                            .method(.post), .action(BookingPaths.revokeFeed()), FormParts.csrf(model.csrf),
                            FormParts.submit(t(.bookFeedRevoke), style: "button-secondary"))))
            ), section: .book)
    }

    static func status(_ status: BookingStatus, _ t: Localizer) -> Node {
        let (text, style): (LocalizedText, String) =
            switch status {
            case .requested: (.bookingStatusRequested, "status-under_review")
            case .confirmed: (.bookingStatusConfirmed, "status-accepted")
            case .denied: (.bookingStatusDenied, "status-declined")
            case .cancelled: (.bookingStatusCancelled, "status-parked")
            case .blocked: (.bookingStatusBlocked, "status-parked")
            }
        return .span(.class("status-tag \(style)"), .text(t(text)))
    }

    private static func bookingItem(_ booking: Booking, cancellable: Bool, csrf: String, _ t: Localizer) -> Node {
        .li(
            .article(
                .class("booking"),
                .h3(
                    .a(.href(BookingPaths.resource(booking.resourceID)), .text(booking.resourceName))),
                .p(
                    .text(BookingTexts.when(booking.start, booking.end, language: t.language) + " "),
                    status(booking.status, t)),
                .p(.text(t(.bookPeopleAndPurpose(people: "\(booking.people)", purpose: booking.purpose)))),
                .unwrap(booking.reason) { reason in .p(.text(t(.bookReason(reason: reason)))) },
                .div(
                    .class("button-group"),
                    .if(
                        booking.status.holdsTime,
                        .a(.href(BookingPaths.calendar(booking.id)), .text(t(.bookAddToCalendar)))),
                    .if(
                        cancellable,
                        .form(
                            .method(.post), .action(BookingPaths.cancel(booking.id)), FormParts.csrf(csrf),
                            .button(
                                .type(.submit), .class("button button-secondary"),
                                .ariaLabel(
                                    t(
                                        .bookCancelLabel(
                                            what: BookingTexts.when(booking.start, booking.end, language: t.language)))),
                                .text(t(.bookCancel))))),
                    .if(
                        cancellable && booking.seriesID != nil,
                        .form(
                            .method(.post), .action(BookingPaths.cancel(booking.id)), FormParts.csrf(csrf),
                            FormParts.hidden("series", "1"),
                            FormParts.submit(t(.bookCancelSeries), style: "button-secondary"))))
            ))
    }

    // MARK: The owner's view

    struct ManageModel {
        var resource: Resource
        var bookings: [Booking]
        var contacts: [Int: (name: String, email: String)]
        var block: BookingForm
        var errors: FormErrors
        /// The booking a decision or cancellation form was sent for, with its problems.
        var failedBookingID: Int?
        var notice: String?
        var csrf: String
        var now: Date
    }

    static func manage(_ model: ManageModel, _ t: Localizer) -> Page {
        let language = t.language
        let resource = model.resource
        return Page(
            title: t(.bookManageTitle(name: resource.name)),
            main: .group(
                FormParts.notice(model.notice),
                FormParts.errorSummary(model.errors, t),
                .p(.a(.href(BookingPaths.resource(resource.id)), .text("‹ " + resource.name))),
                .h1(.text(t(.bookManageTitle(name: resource.name)))),
                .p(.class("form-hint"), .text(t(.bookManageLogged))),
                model.bookings.isEmpty
                    ? .p(.class("empty-state"), .text(t(.bookNoUpcoming)))
                    : .ul(
                        .class("booking-list"),
                        .forEach(model.bookings) { booking in
                            let contact = booking.bookerID.flatMap { model.contacts[$0] }
                            let failed = model.failedBookingID == booking.id
                            return .li(
                                .article(
                                    .class("booking"), .id("booking-\(booking.id)"),
                                    .h2(
                                        .class("booking-title"),
                                        .text(BookingTexts.when(booking.start, booking.end, language: language) + " "),
                                        status(booking.status, t)),
                                    .if(
                                        booking.status != .blocked,
                                        .group(
                                            .p(
                                                .text(
                                                    t(.bookBookedBy) + ": "
                                                        + (contact.map { "\($0.name) <\($0.email)>" }
                                                            ?? t(.bookBookerGone)))),
                                            .p(
                                                .text(
                                                    t(
                                                        .bookPeopleAndPurpose(
                                                            people: "\(booking.people)", purpose: booking.purpose)))))),
                                    .unwrap(booking.reason) { reason in .p(.text(t(.bookReason(reason: reason)))) },
                                    decisionForms(
                                        booking, errors: failed ? model.errors : FormErrors(), csrf: model.csrf,
                                        now: model.now, t)
                                ))
                        }),
                .h2(.id("block"), .text(t(.bookBlockTitle))),
                .p(.text(t(.bookBlockText))),
                .form(
                    .method(.post), .action(BookingPaths.block(resource.id) + "#block"), .novalidate(),
                    FormParts.csrf(model.csrf),
                    FormParts.input(
                        .init(
                            name: "day", label: t(.bookFormDay), hint: t(.bookFormDayHint), value: model.block.day,
                            width: "input-medium"),
                        errors: model.failedBookingID == nil ? model.errors : FormErrors(), t),
                    FormParts.input(
                        .init(
                            name: "start", label: t(.bookFormStart), hint: t(.bookFormTimeHint),
                            value: model.block.start,
                            width: "input-small"),
                        errors: model.failedBookingID == nil ? model.errors : FormErrors(), t),
                    FormParts.input(
                        .init(
                            name: "end", label: t(.bookFormEnd), hint: t(.bookFormEndHint), value: model.block.end,
                            width: "input-small"),
                        errors: model.failedBookingID == nil ? model.errors : FormErrors(), t),
                    FormParts.input(
                        .init(name: "reason", label: t(.bookBlockReason), value: model.block.purpose),
                        errors: model.failedBookingID == nil ? model.errors : FormErrors(), t),
                    FormParts.submit(t(.bookBlockSubmit), style: "button-secondary"))
            ), section: .book, hasErrors: !model.errors.isEmpty)
    }

    private static func decisionForms(
        _ booking: Booking, errors: FormErrors, csrf: String, now: Date, _ t: Localizer
    ) -> Node {
        guard booking.status.holdsTime, booking.end > now else { return .empty }
        let reasonID = "reason-\(booking.id)"
        return .div(
            .class("button-group"),
            .if(
                booking.status == .requested,
                .form(
                    .method(.post), .action(BookingPaths.decision(booking.id)), FormParts.csrf(csrf),
                    FormParts.hidden("decision", BookingDecision.confirm.rawValue),
                    FormParts.submit(t(.bookConfirm)))),
            .form(
                .method(.post),
                .action(
                    booking.status == .requested ? BookingPaths.decision(booking.id) : BookingPaths.cancel(booking.id)),
                .novalidate(), FormParts.csrf(csrf),
                .if(booking.status == .requested, FormParts.hidden("decision", BookingDecision.deny.rawValue)),
                FormParts.input(
                    .init(
                        name: "reason", id: reasonID,
                        label: booking.status == .requested ? t(.bookDenyReason) : t(.bookCancelReason),
                        hint: booking.status == .blocked ? nil : t(.bookReasonHint), width: "input-medium"),
                    errors: errors, t),
                FormParts.submit(
                    booking.status == .requested
                        ? t(.bookDeny) : booking.status == .blocked ? t(.bookRemoveBlock) : t(.bookCancel),
                    style: "button-secondary"))
        )
    }
}
