import Foundation
import HubbenCore

/// The booking feature's texts, in both languages.
extension LocalizedText {
    static func bookingMailConfirmedSubject(resource: String) -> LocalizedText {
        LocalizedText(sv: "Din bokning av \(resource) är bekräftad", en: "Your booking of \(resource) is confirmed")
    }
    static func bookingMailConfirmed(name: String, resource: String, when: String, link: String) -> LocalizedText {
        LocalizedText(
            sv: "Hej \(name)!\n\nDin bokning av \(resource) \(when) är bekräftad.\n\nDina bokningar: \(link)",
            en: "Hello \(name),\n\nYour booking of \(resource) \(when) is confirmed.\n\nYour bookings: \(link)")
    }
    static func bookingMailDeniedSubject(resource: String) -> LocalizedText {
        LocalizedText(sv: "Din bokning av \(resource) fick nej", en: "Your booking of \(resource) was declined")
    }
    static func bookingMailDenied(name: String, resource: String, when: String, reason: String, link: String)
        -> LocalizedText
    {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nDin förfrågan om \(resource) \(when) fick nej.\n\nSkäl: \(reason)\n\nDina bokningar: \(link)",
            en:
                "Hello \(name),\n\nYour request for \(resource) \(when) was declined.\n\nReason: \(reason)\n\nYour bookings: \(link)"
        )
    }
    static func bookingMailCancelledSubject(resource: String) -> LocalizedText {
        LocalizedText(sv: "Din bokning av \(resource) är avbokad", en: "Your booking of \(resource) was cancelled")
    }
    static func bookingMailCancelled(name: String, resource: String, when: String, reason: String, link: String)
        -> LocalizedText
    {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nLokalens ägare har avbokat din bokning av \(resource) \(when).\n\nSkäl: \(reason)\n\nDina bokningar: \(link)",
            en:
                "Hello \(name),\n\nThe owner has cancelled your booking of \(resource) \(when).\n\nReason: \(reason)\n\nYour bookings: \(link)"
        )
    }
    static func bookingMailRequestSubject(resource: String) -> LocalizedText {
        LocalizedText(sv: "En bokning av \(resource) väntar på svar", en: "A booking of \(resource) awaits your answer")
    }
    static func bookingMailRequest(name: String, resource: String, link: String) -> LocalizedText {
        LocalizedText(
            sv: "Hej \(name)!\n\nNågon vill boka \(resource). Bekräfta eller avslå förfrågan här:\n\n\(link)",
            en: "Hello \(name),\n\nSomeone wants to book \(resource). Confirm or decline the request here:\n\n\(link)")
    }

    // Refusals: each names the rule.
    static let bookingRuleEndAfterStart = LocalizedText(
        sv: "Sluttiden måste vara efter starttiden", en: "The end must be after the start")
    static let bookingRulePast = LocalizedText(sv: "Tiden har redan varit", en: "That time has already passed")
    static func bookingRuleClosed(day: String) -> LocalizedText {
        LocalizedText(sv: "Lokalen är stängd \(day)", en: "The resource is closed on \(day)")
    }
    static func bookingRuleHours(day: String, hours: String) -> LocalizedText {
        LocalizedText(sv: "Lokalen är öppen \(hours) \(day)", en: "The resource is open \(hours) on \(day)")
    }
    static func bookingRuleGrid(minutes: String) -> LocalizedText {
        LocalizedText(
            sv: "Bokningar börjar och slutar på jämna \(minutes) minuter (till exempel 18.00 eller 18.30)",
            en: "Bookings start and end on the \(minutes)-minute grid (such as 18:00 or 18:30)")
    }
    static func bookingRuleShortest(length: String) -> LocalizedText {
        LocalizedText(sv: "Lokalen kan bokas minst \(length)", en: "The resource can be booked for at least \(length)")
    }
    static func bookingRuleLongest(length: String) -> LocalizedText {
        LocalizedText(sv: "Lokalen kan bokas högst \(length)", en: "The resource can be booked for at most \(length)")
    }
    static func bookingRuleNotice(length: String) -> LocalizedText {
        LocalizedText(
            sv: "Lokalen måste bokas minst \(length) i förväg",
            en: "The resource must be booked at least \(length) ahead")
    }
    static func bookingRuleDaysAhead(days: String) -> LocalizedText {
        LocalizedText(
            sv: "Lokalen kan bokas högst \(days) dagar i förväg",
            en: "The resource can be booked at most \(days) days ahead")
    }
    static func bookingRuleActive(count: String) -> LocalizedText {
        LocalizedText(
            sv: "Du kan ha högst \(count) aktiva bokningar av den här lokalen",
            en: "You can hold at most \(count) active bookings of this resource")
    }
    static let bookingRuleCityStaff = LocalizedText(
        sv: "Bara stadens medarbetare kan boka den här lokalen", en: "Only city staff can book this resource")
    static let bookingRuleAssociations = LocalizedText(
        sv: "Bara föreningar och stadens medarbetare kan boka den här lokalen",
        en: "Only associations and city staff can book this resource")
    static func bookingRuleCapacity(capacity: String) -> LocalizedText {
        LocalizedText(sv: "Lokalen tar högst \(capacity) personer", en: "The resource takes at most \(capacity) people")
    }
    static let bookingRulePeople = LocalizedText(sv: "Skriv hur många ni blir", en: "Enter how many you will be")
    static func bookingRuleCutoff(length: String) -> LocalizedText {
        LocalizedText(
            sv: "Bokningen kan avbokas senast \(length) före start",
            en: "The booking can be cancelled at most \(length) before it starts")
    }
    static func bookingConflict(time: String) -> LocalizedText {
        LocalizedText(
            sv: "Tiden krockar med en annan bokning \(time)", en: "The time collides with another booking \(time)")
    }
    static func bookingSeriesRefused(count: String) -> LocalizedText {
        LocalizedText(
            sv: "\(count) av tillfällena kunde inte bokas", en: "\(count) of the occurrences could not be booked")
    }
    static let bookingNotPossible = LocalizedText(
        sv: "Bokningen kan inte ändras längre (den är redan besvarad, avbokad eller över)",
        en: "The booking can no longer be changed (it has been answered, cancelled or is over)")

    // Field problems.
    static let bookingErrorResource = LocalizedText(sv: "Välj en lokal eller resurs", en: "Choose a resource")
    static let bookingErrorTime = LocalizedText(
        sv: "Skriv en tid som 2027-03-25 18.00", en: "Enter a time such as 2027-03-25 18:00")
    static let bookingErrorPurpose = LocalizedText(sv: "Skriv vad ni ska göra", en: "Say what you will do")
    static let bookingErrorReason = LocalizedText(sv: "Skriv ett skäl", en: "Give a reason")
    static let bookingErrorUntil = LocalizedText(
        sv: "Skriv en sista dag efter den första, högst två år fram",
        en: "Enter a last day after the first, at most two years on")
    static let resourceErrorName = LocalizedText(sv: "Skriv ett namn", en: "Enter a name")
    static let resourceErrorOrganization = LocalizedText(
        sv: "Välj en organisation du är medarbetare i", en: "Choose an organisation you are staff of")
    static let resourceErrorKind = LocalizedText(sv: "Välj ett slag", en: "Choose a kind")
    static let resourceErrorAddress = LocalizedText(sv: "Skriv adressen", en: "Enter the address")
    static let resourceErrorDistrict = LocalizedText(sv: "Skriv stadsdelen", en: "Enter the district")
    static let resourceErrorCapacity = LocalizedText(
        sv: "Skriv hur många personer som ryms, 1–100 000", en: "Enter how many people it takes, 1–100,000")
    static let resourceErrorImages = LocalizedText(
        sv: "Varje bild behöver en giltig https-adress och en alt-text (högst 10 bilder)",
        en: "Each image needs a valid https address and an alt text (at most 10 images)")
    static let resourceErrorHours = LocalizedText(
        sv: "Öppettider skrivs som 08.00–22.00, med olika öppnings- och stängningstid",
        en: "Opening hours are written as 08:00–22:00, with different opening and closing times")
    static let resourceErrorRule = LocalizedText(
        sv: "Värdet ligger utanför det som regeln tillåter", en: "The value is outside what the rule allows")
}

enum BookingTexts {
    /// "torsdag 25 mars 2027 18.00–20.00" (the end's day too when it is another).
    static func when(_ start: Date, _ end: Date, language: Language) -> String {
        let startDay = Day(start)
        let endDay = Day(end)
        let from = ClockTime.text(of: start, language: language)
        let to = ClockTime.text(of: end, language: language)
        if startDay == endDay || Day(end.addingTimeInterval(-1)) == startDay && startDay.minute(of: end) == 1440 {
            return "\(weekdayName(startDay.weekday, language)) \(startDay.formatted(language)) \(from)–\(to)"
        }
        return "\(weekdayName(startDay.weekday, language)) \(startDay.formatted(language)) \(from) – "
            + "\(weekdayName(endDay.weekday, language)) \(endDay.formatted(language)) \(to)"
    }

    static func weekdayName(_ weekday: Weekday, _ language: Language) -> String {
        let names =
            language == .sv
            ? ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return names[(weekday.rawValue - 1) % 7]
    }

    /// "2 timmar", "90 minuter", "3 dagar".
    static func length(_ minutes: Int, language: Language) -> String {
        let sv = language == .sv
        if minutes % 1440 == 0, minutes >= 1440 {
            let days = minutes / 1440
            return "\(days) " + (sv ? (days == 1 ? "dag" : "dagar") : (days == 1 ? "day" : "days"))
        }
        if minutes % 60 == 0, minutes >= 60 {
            let hours = minutes / 60
            return "\(hours) " + (sv ? (hours == 1 ? "timme" : "timmar") : (hours == 1 ? "hour" : "hours"))
        }
        return "\(minutes) " + (sv ? (minutes == 1 ? "minut" : "minuter") : (minutes == 1 ? "minute" : "minutes"))
    }

    /// The refusal in the person's words, naming the rule.
    static func message(_ violation: BookingRuleViolation, _ t: Localizer) -> String {
        let language = t.language
        return switch violation {
        case .endsBeforeStart: t(.bookingRuleEndAfterStart)
        case .startsInThePast: t(.bookingRulePast)
        case .closed(let day): t(.bookingRuleClosed(day: day.formatted(language)))
        case .outsideOpeningHours(let day, let hours):
            t(
                .bookingRuleHours(
                    day: "\(weekdayName(day.weekday, language)) \(day.formatted(language))",
                    hours: ClockTime.text(hours.opens, language: language) + "–"
                        + ClockTime.text(hours.closes == 0 ? 1440 : hours.closes, language: language)))
        case .offGrid(let slot): t(.bookingRuleGrid(minutes: "\(slot)"))
        case .tooShort(let minimum): t(.bookingRuleShortest(length: length(minimum, language: language)))
        case .tooLong(let maximum): t(.bookingRuleLongest(length: length(maximum, language: language)))
        case .tooSoon(let notice): t(.bookingRuleNotice(length: length(notice, language: language)))
        case .tooFarAhead(let days): t(.bookingRuleDaysAhead(days: NumberFormat.integer(days, language: language)))
        case .tooManyActive(let maximum): t(.bookingRuleActive(count: "\(maximum)"))
        case .notForYou(.associations): t(.bookingRuleAssociations)
        case .notForYou: t(.bookingRuleCityStaff)
        case .tooManyPeople(let capacity):
            t(.bookingRuleCapacity(capacity: NumberFormat.integer(capacity, language: language)))
        case .noPeople: t(.bookingRulePeople)
        }
    }

    /// Why one occurrence of a series was not booked.
    static func refusal(_ refusal: SeriesRefusal, _ t: Localizer) -> String {
        switch refusal {
        case .conflict(let busy): conflict(busy, t)
        case .rule(let violation): message(violation, t)
        }
    }

    static func conflict(_ busy: BusyTime, _ t: Localizer) -> String {
        t(.bookingConflict(time: when(busy.start, busy.end, language: t.language)))
    }

    static func formErrors(_ problems: FieldProblems<BookingDraft.Field>, _ t: Localizer, reasonField: Bool = false)
        -> FormErrors
    {
        var errors = FormErrors()
        for field in BookingDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (_, .tooLong(let limit)) where field != .repeatWeeklyUntil:
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.resource, _): t(.bookingErrorResource)
                case (.start, _), (.end, _): t(.bookingErrorTime)
                case (.purpose, _): reasonField ? t(.bookingErrorReason) : t(.bookingErrorPurpose)
                case (.people, _): t(.bookingRulePeople)
                case (.repeatWeeklyUntil, _): t(.bookingErrorUntil)
                }
            errors.add(reasonField && field == .purpose ? "reason" : field.rawValue, message)
        }
        return errors
    }

    static func resourceErrors(_ problems: FieldProblems<ResourceDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in ResourceDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.images, _): t(.resourceErrorImages)
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.organization, _): t(.resourceErrorOrganization)
                case (.kind, _): t(.resourceErrorKind)
                case (.name, _): t(.resourceErrorName)
                case (.address, _): t(.resourceErrorAddress)
                case (.district, _): t(.resourceErrorDistrict)
                case (.capacity, _): t(.resourceErrorCapacity)
                case (.openingHours, _), (.exceptions, _): t(.resourceErrorHours)
                default: t(.resourceErrorRule)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}
