import Foundation
import HubbenCore

/// The owner's form for a resource and its rules: what it shows, and how what was typed becomes a
/// `ResourceDraft` (with what cannot be read at all reported at its field, and every character kept).
enum ResourceForm {
    /// Every field as typed, by its name.
    struct Values {
        var text: [String: String] = [:]

        subscript(_ name: String) -> String { text[name] ?? "" }
    }

    static let weekdayFields: [(Weekday, String)] = [
        (.monday, "monday"), (.tuesday, "tuesday"), (.wednesday, "wednesday"), (.thursday, "thursday"),
        (.friday, "friday"), (.saturday, "saturday"), (.sunday, "sunday"),
    ]

    static var fieldNames: [String] {
        [
            "organization", "kind", "name", "description", "address", "district", "capacity", "accessibility",
            "equipment", "images", "exceptions", "slot_minutes", "minimum_minutes", "maximum_minutes",
            "minimum_notice_hours", "maximum_days_ahead", "buffer_before_minutes", "buffer_after_minutes",
            "maximum_active_per_person", "cancellation_cutoff_hours", "audience", "needs_approval",
        ] + weekdayFields.flatMap { ["opens_\($0.1)", "closes_\($0.1)"] }
    }

    /// A new resource's starting values: open weekdays 08.00–22.00, the common rules.
    static func defaults(organizationID: Int?) -> Values {
        var values = Values()
        values.text["organization"] = organizationID.map(String.init) ?? ""
        for (weekday, name) in weekdayFields where weekday.rawValue <= 5 {
            values.text["opens_\(name)"] = "08.00"
            values.text["closes_\(name)"] = "22.00"
        }
        for (name, value) in [
            ("slot_minutes", "30"), ("minimum_minutes", "60"), ("maximum_minutes", "240"),
            ("minimum_notice_hours", "2"), ("maximum_days_ahead", "60"), ("buffer_before_minutes", "0"),
            ("buffer_after_minutes", "15"), ("cancellation_cutoff_hours", "24"), ("audience", "signed_in"),
        ] {
            values.text[name] = value
        }
        return values
    }

    /// A resource as the form shows it for changing.
    static func values(of resource: Resource, language: Language) -> Values {
        var values = Values()
        let rules = resource.rules
        values.text = [
            "organization": String(resource.organizationID), "kind": resource.kind.rawValue, "name": resource.name,
            "description": resource.description, "address": resource.address, "district": resource.district,
            "capacity": String(resource.capacity), "accessibility": resource.accessibility,
            "equipment": resource.equipment.joined(separator: "\n"),
            "images": resource.images.map { "\($0.url) | \($0.alt)" }.joined(separator: "\n"),
            "exceptions": rules.openingHours.exceptions.sorted { $0.key < $1.key }.map { day, hours in
                hours.map { "\(day.iso) \(clock($0.opens))–\(clock($0.closes == 0 ? 1440 : $0.closes))" } ?? day.iso
            }.joined(separator: "\n"),
            "slot_minutes": String(rules.slotMinutes), "minimum_minutes": String(rules.minimumMinutes),
            "maximum_minutes": String(rules.maximumMinutes),
            "minimum_notice_hours": hours(rules.minimumNoticeMinutes, language),
            "maximum_days_ahead": String(rules.maximumDaysAhead),
            "buffer_before_minutes": String(rules.bufferBeforeMinutes),
            "buffer_after_minutes": String(rules.bufferAfterMinutes),
            "maximum_active_per_person": rules.maximumActivePerPerson.map(String.init) ?? "",
            "cancellation_cutoff_hours": rules.cancellationCutoffMinutes.map { hours($0, language) } ?? "",
            "audience": rules.audience.rawValue, "needs_approval": rules.needsApproval ? "1" : "",
        ]
        for (weekday, name) in weekdayFields {
            guard let open = rules.openingHours.weekly[weekday] else { continue }
            values.text["opens_\(name)"] = clock(open.opens)
            values.text["closes_\(name)"] = clock(open.closes == 0 ? 1440 : open.closes)
        }
        return values
    }

    private static func clock(_ minutes: Int) -> String { ClockTime.text(minutes, language: .sv) }

    /// Minutes as hours for the form: whole hours as they are, others as a decimal ("1,5"; 45 minutes are
    /// "0,75") precise enough that reading it back gives the same minutes — saving the form unchanged never
    /// changes a rule set in minutes through the API.
    static func hours(_ minutes: Int, _ language: Language) -> String {
        guard minutes % 60 != 0 else { return String(minutes / 60) }
        let sign = minutes < 0 ? "-" : ""
        let magnitude = minutes.magnitude
        // Four decimals: the nearest 1/10,000 hour is 0.36 s from the exact value, so rounding back to whole
        // minutes is exact.
        let tenThousandths = (magnitude % 60 * 10_000 + 30) / 60
        var fraction = String(tenThousandths)
        fraction = String(repeating: "0", count: max(0, 4 - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(sign)\(magnitude / 60)\(language == .sv ? "," : ".")\(fraction)"
    }

    /// What was typed as a draft, and the fields that could not be read at all.
    static func draft(_ values: Values) -> (ResourceDraft, FieldProblems<ResourceDraft.Field>) {
        var problems = FieldProblems<ResourceDraft.Field>()
        func number(_ name: String, _ field: ResourceDraft.Field) -> Int? {
            FormInput.int(values[name], field, into: &problems)
        }
        var weekly: [Weekday: DailyHours] = [:]
        for (weekday, name) in weekdayFields {
            let opens = values["opens_\(name)"].trimmingCharacters(in: .whitespaces)
            let closes = values["closes_\(name)"].trimmingCharacters(in: .whitespaces)
            if opens.isEmpty && closes.isEmpty { continue }
            guard let from = ClockTime.minutes(opens), let to = ClockTime.minutes(closes), from < 1440 else {
                problems[.openingHours] = .unreadable
                continue
            }
            weekly[weekday] = DailyHours(opens: from, closes: to == 1440 ? 0 : to)
        }
        var exceptions: [Day: DailyHours?] = [:]
        for line in lines(values["exceptions"]).prefix(400) {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard let day = parts.first.flatMap({ Day(iso: $0) }) else {
                problems[.exceptions] = .unreadable
                continue
            }
            guard parts.count > 1 else {
                exceptions[day] = .some(nil)
                continue
            }
            let times = parts[1].split(whereSeparator: { $0 == "–" || $0 == "-" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard times.count == 2, let from = ClockTime.minutes(times[0]), let to = ClockTime.minutes(times[1]),
                from < 1440
            else {
                problems[.exceptions] = .unreadable
                continue
            }
            exceptions[day] = .some(DailyHours(opens: from, closes: to == 1440 ? 0 : to))
        }
        var images: [ResourceImage] = []
        for line in lines(values["images"]) {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            images.append(ResourceImage(url: parts[0], alt: parts.count > 1 ? parts[1] : ""))
        }
        let noticeMinutes = FormInput.hoursAsMinutes(
            values["minimum_notice_hours"], .minimumNoticeMinutes, into: &problems)
        let cutoffMinutes = FormInput.hoursAsMinutes(
            values["cancellation_cutoff_hours"], .cancellationCutoffMinutes, into: &problems)
        let rules = BookingRules(
            openingHours: OpeningHours(weekly: weekly, exceptions: exceptions),
            slotMinutes: number("slot_minutes", .slotMinutes) ?? 0,
            minimumMinutes: number("minimum_minutes", .minimumMinutes) ?? 0,
            maximumMinutes: number("maximum_minutes", .maximumMinutes) ?? 0,
            minimumNoticeMinutes: noticeMinutes ?? 0,
            maximumDaysAhead: number("maximum_days_ahead", .maximumDaysAhead) ?? 0,
            bufferBeforeMinutes: number("buffer_before_minutes", .bufferBeforeMinutes) ?? 0,
            bufferAfterMinutes: number("buffer_after_minutes", .bufferAfterMinutes) ?? 0,
            maximumActivePerPerson: number("maximum_active_per_person", .maximumActivePerPerson),
            cancellationCutoffMinutes: cutoffMinutes,
            audience: BookingAudience(rawValue: values["audience"]) ?? .signedIn,
            needsApproval: !values["needs_approval"].isEmpty)
        let draft = ResourceDraft(
            organizationID: Int(values["organization"]), kind: ResourceKind(rawValue: values["kind"]),
            name: values["name"], description: values["description"], address: values["address"],
            district: values["district"], capacity: number("capacity", .capacity),
            accessibility: values["accessibility"],
            equipment: lines(values["equipment"]), images: images, rules: rules)
        return (draft, problems)
    }

    private static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: The page

    struct Model {
        var resourceID: Int?
        var values: Values
        var organizations: [(id: Int, name: String)]
        var errors: FormErrors
        var csrf: String
    }

    static func page(_ model: Model, _ t: Localizer) -> Page {
        let values = model.values
        let errors = model.errors
        let title = model.resourceID == nil ? t(.resourceNew) : t(.resourceEdit)
        func field(_ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, width: String = "input-wide")
            -> Node
        {
            FormParts.input(
                .init(name: name, label: t(label), hint: hint.map { t($0) }, value: values[name], width: width),
                errors: errors, t)
        }
        func number(_ name: String, _ label: LocalizedText, hint: LocalizedText? = nil, decimal: Bool = false)
            -> Node
        {
            FormParts.input(
                .init(
                    name: name, label: t(label), hint: hint.map { t($0) }, value: values[name],
                    width: "input-small", inputMode: decimal ? "decimal" : "numeric"), errors: errors, t)
        }
        let hoursError = errors[ResourceDraft.Field.openingHours.rawValue]
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(errors, t),
                .p(.a(.href(BookingPaths.list()), .text("‹ " + t(.bookTitle)))),
                .h1(.text(title)),
                .form(
                    .method(.post),
                    .action(model.resourceID.map { BookingPaths.edit($0) } ?? BookingPaths.resources()),
                    .novalidate(), FormParts.csrf(model.csrf),
                    FormParts.select(
                        name: "organization", label: t(.resourceOrganizationLabel),
                        options: [("", t(.resourceChoose))] + model.organizations.map { (String($0.id), $0.name) },
                        selected: values["organization"], errors: errors, t),
                    FormParts.select(
                        name: "kind", label: t(.resourceKindLabel),
                        options: [("", t(.resourceChoose))]
                            + ResourceKind.allCases.map { ($0.rawValue, t(BookingPages.kindText($0))) },
                        selected: values["kind"], errors: errors, t),
                    field("name", .resourceNameLabel, hint: .resourceNameHint),
                    FormParts.textarea(
                        name: "description", label: t(.resourceDescriptionLabel), hint: t(.resourceLongTextHint),
                        value: values["description"], errors: errors, t),
                    field("address", .resourceAddressLabel),
                    field("district", .resourceDistrictLabel, width: "input-medium"),
                    number("capacity", .resourceCapacityLabel, hint: .resourceCapacityHint),
                    FormParts.textarea(
                        name: "accessibility", label: t(.resourceAccessibilityLabel), hint: t(.resourceLongTextHint),
                        value: values["accessibility"], errors: errors, t),
                    FormParts.textarea(
                        name: "equipment", label: t(.resourceEquipmentLabel), hint: t(.resourceEquipmentHint),
                        value: values["equipment"], errors: errors, t),
                    FormParts.textarea(
                        name: "images", label: t(.resourceImagesLabel), hint: t(.resourceImagesHint),
                        value: values["images"], errors: errors, t),
                    .fieldset(
                        .id(ResourceDraft.Field.openingHours.rawValue), .class("form-section"),
                        .if(hoursError != nil, .attribute(named: "aria-describedby", value: "opening_hours-error")),
                        .legend(.class("form-label"), .text(t(.resourceHoursTitle))),
                        .p(.class("form-hint"), .text(t(.resourceHoursHint))),
                        .unwrap(hoursError) { FormParts.errorMessage(id: "opening_hours-error", $0, t) },
                        .forEach(weekdayFields) { weekday, name in
                            let day = BookingTexts.weekdayName(weekday, t.language)
                            return .div(
                                .class("button-group"),
                                FormParts.input(
                                    .init(
                                        name: "opens_\(name)", label: t(.resourceOpens(day: day)),
                                        value: values["opens_\(name)"], width: "input-small"), errors: FormErrors(), t),
                                FormParts.input(
                                    .init(
                                        name: "closes_\(name)", label: t(.resourceCloses(day: day)),
                                        value: values["closes_\(name)"], width: "input-small"), errors: FormErrors(), t)
                            )
                        }),
                    FormParts.textarea(
                        name: "exceptions", label: t(.resourceExceptionsTitle), hint: t(.resourceExceptionsHint),
                        value: values["exceptions"], errors: errors, t),
                    .h2(.text(t(.resourceRulesTitle))),
                    FormParts.select(
                        name: "slot_minutes", label: t(.resourceSlotLabel),
                        options: BookingRules.slotChoices.map { (String($0), t(.resourceMinutes(count: "\($0)"))) },
                        selected: values["slot_minutes"], errors: errors, t),
                    number("minimum_minutes", .resourceMinimumLabel),
                    number("maximum_minutes", .resourceMaximumLabel),
                    number("minimum_notice_hours", .resourceNoticeLabel, hint: .resourcePartHoursHint, decimal: true),
                    number("maximum_days_ahead", .resourceDaysAheadLabel),
                    number("buffer_before_minutes", .resourceBufferBeforeLabel),
                    number("buffer_after_minutes", .resourceBufferAfterLabel),
                    number("maximum_active_per_person", .resourcePerPersonLabel, hint: .resourceOptionalHint),
                    number(
                        "cancellation_cutoff_hours", .resourceCutoffLabel, hint: .resourceOptionalHoursHint,
                        decimal: true),
                    FormParts.select(
                        name: "audience", label: t(.resourceAudienceLabel),
                        options: [
                            (BookingAudience.signedIn.rawValue, t(.resourceRuleEveryone)),
                            (BookingAudience.cityStaff.rawValue, t(.bookingRuleCityStaff)),
                            (BookingAudience.associations.rawValue, t(.bookingRuleAssociations)),
                        ], selected: values["audience"], errors: errors, t),
                    .div(
                        .class("checkbox"),
                        .input(
                            .type(.checkbox), .id("needs_approval"), .name("needs_approval"), .value("1"),
                            .checked(!values["needs_approval"].isEmpty)),
                        .label(.for("needs_approval"), .text(t(.resourceApprovalLabel)))),
                    FormParts.submit(t(.resourceSave))
                )
            ), section: .book, hasErrors: !errors.isEmpty)
    }

    /// The problems in the owner's words, at their fields (the form's names for the two in hours).
    static func errors(_ problems: FieldProblems<ResourceDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for item in BookingTexts.resourceErrors(problems, t).items {
            let field =
                switch item.field {
                case ResourceDraft.Field.minimumNoticeMinutes.rawValue: "minimum_notice_hours"
                case ResourceDraft.Field.cancellationCutoffMinutes.rawValue: "cancellation_cutoff_hours"
                default: item.field
                }
            let message =
                problems.first(where: { $0.key.rawValue == item.field })?.value == .unreadable
                    && item.field != ResourceDraft.Field.openingHours.rawValue
                    && item.field != ResourceDraft.Field.exceptions.rawValue
                ? t(.resourceErrorNumber) : item.message
            errors.add(field, message)
        }
        return errors
    }
}
