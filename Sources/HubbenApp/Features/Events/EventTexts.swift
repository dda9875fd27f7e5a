import Foundation
import HubbenCore

enum EventTexts {
    /// "9 mars 2027 18.00–20.00", or both ends in full when the event runs over days (Europe/Stockholm).
    static func when(_ event: Event, _ language: Language) -> String {
        let first = Day(event.startsAt)
        let last = Day(event.endsAt.addingTimeInterval(-1))
        let start = ClockTime.text(of: event.startsAt, language: language)
        let end = ClockTime.text(of: event.endsAt, language: language)
        if first == last { return "\(first.formatted(language)) \(start)–\(end)" }
        return "\(first.formatted(language)) \(start) – \(Day(event.endsAt).formatted(language)) \(end)"
    }

    static func kind(_ kind: EventKind) -> LocalizedText {
        switch kind {
        case .competenceDay: .eventKindCompetenceDay
        case .workshop: .eventKindWorkshop
        case .demoDay: .eventKindDemoDay
        case .hackathon: .eventKindHackathon
        case .fair: .eventKindFair
        case .mobileVisit: .eventKindMobileVisit
        case .workplaceVisit: .eventKindWorkplaceVisit
        }
    }

    static func status(_ status: EventRegistrationStatus) -> LocalizedText {
        switch status {
        case .registered: .eventStatusRegistered
        case .waitlisted: .eventStatusWaitlisted
        case .pendingConfirmation: .eventStatusPending
        case .cancelled: .eventStatusCancelled
        case .expired: .eventStatusExpired
        }
    }

    static func window(_ window: EventRegistrationWindow) -> LocalizedText {
        switch window {
        case .notYetOpen: .eventWindowNotYetOpen
        case .open: .eventWindowOpen
        case .closed: .eventWindowClosed
        case .started: .eventWindowStarted
        }
    }

    static func language(_ language: Language) -> LocalizedText {
        switch language {
        case .sv: .eventLanguageSwedish
        case .en: .eventLanguageEnglish
        }
    }

    /// The messages at the fields, under the names `naming` gives (the web form's by default: the start is
    /// typed as a day and a time, the end's message goes to its time).
    static func formErrors(
        _ problems: FieldProblems<EventDraft.Field>, _ t: Localizer,
        naming: (EventDraft.Field) -> String = {
            $0 == .startsAt ? "starts_on" : $0 == .endsAt ? "end_time" : $0.rawValue
        }
    ) -> FormErrors {
        var errors = FormErrors()
        for field in EventDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                if case .tooLong(let limit) = problem {
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                } else {
                    switch field {
                    case .kind: t(.eventErrorKind)
                    case .title: t(.eventErrorTitle)
                    case .description: t(.eventErrorDescription)
                    case .startsAt: t(.eventErrorStartsAt)
                    case .endsAt: t(.eventErrorEndsAt)
                    case .placeKind: t(.eventErrorPlaceKind)
                    case .address: t(.eventErrorAddress)
                    case .resource: t(.eventErrorResource)
                    case .onlineLink, .recordingLink: t(.eventErrorLink)
                    case .capacity: t(.eventErrorCapacity)
                    case .registrationOpensAt, .registrationClosesAt: t(.eventErrorRegistrationDates)
                    case .visibility: t(.eventErrorVisibility)
                    case .languages: t(.eventErrorLanguages)
                    case .themes: t(.eventErrorThemes)
                    case .guestRetentionDays: t(.eventErrorRetention)
                    case .district, .tour, .services, .employer, .occupations, .targetGroup: t(.eventErrorTitle)
                    }
                }
            errors.add(naming(field), message)
        }
        return errors
    }

    /// Why the event's city resource could not be booked, in the words bookings use.
    static func placeRefusal(_ reservation: BookingActions.Reserved, _ t: Localizer) -> String {
        switch reservation {
        case .conflict(let busy): BookingTexts.conflict(busy, t)
        case .ruleBroken(let violations): violations.map { BookingTexts.message($0, t) }.joined(separator: " ")
        case .noSuchResource, .reserved: t(.eventErrorResource)
        }
    }

    static func slotErrors(_ problems: FieldProblems<AgendaSlotDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        if problems[.startsAt] != nil { errors.add("slot_time", t(.eventErrorSlotTime)) }
        if problems[.project] != nil { errors.add("slot_project", t(.eventErrorSlotProject)) }
        if problems[.title] != nil { errors.add("slot_title", t(.eventErrorSlotTitle)) }
        return errors
    }

    static func guestErrors(_ problems: FieldProblems<GuestRegistrationDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        if problems[.name] != nil { errors.add("name", t(.eventErrorGuestName)) }
        if problems[.email] != nil { errors.add("email", t(.errorEmailInvalid)) }
        return errors
    }
}

extension LocalizedText {
    static let eventsTitle = LocalizedText(sv: "Evenemang", en: "Events")
    static let eventsLeadText = LocalizedText(
        sv:
            "Kompetensdagar, workshoppar, demodagar, hackathons, mässor, den mobila enhetens besök i stadsdelarna och virtuella arbetsplatsbesök. Anmäl dig – med konto i ett steg, eller som gäst med namn och e-post.",
        en:
            "Competence days, workshops, demo days, hackathons, fairs, the mobile unit's visits to the districts and virtual workplace visits. Register – in one step with an account, or as a guest with a name and an e-mail address."
    )
    static let eventsUpcoming = LocalizedText(sv: "Kommande", en: "Upcoming")
    static let eventsPast = LocalizedText(sv: "Tidigare evenemang", en: "Past events")
    static let eventsNone = LocalizedText(sv: "Inga evenemang som matchar.", en: "No events match.")
    static let eventsFilter = LocalizedText(sv: "Filtrera", en: "Filter")
    static let eventsAllKinds = LocalizedText(sv: "Alla slag", en: "All kinds")
    static let eventsAllThemes = LocalizedText(sv: "Alla teman", en: "All themes")
    static let eventsMonth = LocalizedText(sv: "Månad (ÅÅÅÅ-MM)", en: "Month (YYYY-MM)")
    static let eventsShowPast = LocalizedText(sv: "Visa tidigare evenemang", en: "Show past events")
    static let eventsShowUpcoming = LocalizedText(sv: "Visa kommande evenemang", en: "Show upcoming events")
    static let eventAddToCalendar = LocalizedText(sv: "Lägg till i kalendern (.ics)", en: "Add to the calendar (.ics)")
    static let eventsMine = LocalizedText(sv: "Mina evenemang", en: "My events")
    static let eventsMineLead = LocalizedText(
        sv: "Evenemangen du anmält dig till, med incheckningskoden och din plats i kön.",
        en: "The events you registered for, with the check-in code and your place in the waiting list.")
    static let eventsMineNone = LocalizedText(sv: "Du har inga anmälningar.", en: "You have no registrations.")
    static let eventsMineFeed = LocalizedText(sv: "Din kalenderlänk", en: "Your calendar link")
    static let eventsMineFeedText = LocalizedText(
        sv:
            "Prenumerera på dina evenemang i din kalender. Länken är hemlig och gäller också dina bokningar; en ny länk ersätter den gamla.",
        en:
            "Subscribe to your events in your calendar. The link is secret and also opens your bookings; a new link replaces the old one."
    )
    static let eventsMineFeedNew = LocalizedText(sv: "Skapa en ny kalenderlänk", en: "Make a new calendar link")
    static let eventsMineFeedShown = LocalizedText(
        sv: "Din nya länk (visas bara nu):", en: "Your new link (shown only now):")
    static let eventsNew = LocalizedText(sv: "Nytt evenemang", en: "New event")
    static let eventsCalendar = LocalizedText(
        sv: "Prenumerera på kalendern (iCalendar)", en: "Subscribe to the calendar (iCalendar)")
    static let eventKindLabel = LocalizedText(sv: "Slag", en: "Kind")
    static let eventKindCompetenceDay = LocalizedText(sv: "Kompetensdag", en: "Competence day")
    static let eventKindWorkshop = LocalizedText(sv: "Workshop", en: "Workshop")
    static let eventKindDemoDay = LocalizedText(sv: "Demodag", en: "Demo day")
    static let eventKindHackathon = LocalizedText(sv: "Hackathon", en: "Hackathon")
    static let eventKindFair = LocalizedText(sv: "Mässa", en: "Fair")
    static let eventKindMobileVisit = LocalizedText(sv: "Mobila enhetens besök", en: "Mobile unit visit")
    static let eventKindWorkplaceVisit = LocalizedText(sv: "Virtuellt arbetsplatsbesök", en: "Virtual workplace visit")
    static let eventWhen = LocalizedText(sv: "När", en: "When")
    static let eventWhere = LocalizedText(sv: "Var", en: "Where")
    static let eventOnline = LocalizedText(sv: "Digitalt", en: "Online")
    static let eventOnlineLinkHidden = LocalizedText(
        sv: "Länken visas för dem som är anmälda.", en: "The link is shown to those registered.")
    static let eventPlaces = LocalizedText(sv: "Platser", en: "Places")
    static let eventUnlimited = LocalizedText(sv: "Obegränsat", en: "Unlimited")
    static func eventPlacesTaken(_ taken: String, of capacity: String) -> LocalizedText {
        LocalizedText(sv: "\(taken) av \(capacity) platser tagna", en: "\(taken) of \(capacity) places taken")
    }
    static func eventWaitingCount(_ count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) i kö", en: "\(count) waiting")
    }
    static let eventLanguages = LocalizedText(sv: "Språk", en: "Languages")
    static let eventLanguageSwedish = LocalizedText(sv: "svenska", en: "Swedish")
    static let eventLanguageEnglish = LocalizedText(sv: "engelska", en: "English")
    static let eventInternal = LocalizedText(sv: "Internt (stadens medarbetare)", en: "Internal (city staff)")
    static let eventPublic = LocalizedText(sv: "Öppet för alla", en: "Open to everyone")
    static let eventDistrict = LocalizedText(sv: "Stadsdel", en: "District")
    static let eventTour = LocalizedText(sv: "Turné", en: "Tour")
    static let eventTourHint = LocalizedText(
        sv: "Den mobila enhetens stopp på en turné får samma namn och visas tillsammans.",
        en: "The mobile unit's stops on one tour share its name and are shown together.")
    static func eventTourStops(_ tour: String) -> LocalizedText {
        LocalizedText(sv: "Alla stopp på turnén \(tour)", en: "Every stop of the tour \(tour)")
    }
    static let eventServices = LocalizedText(sv: "Tjänster på plats", en: "Services on site")
    static let eventEmployer = LocalizedText(sv: "Arbetsgivare", en: "Employer")
    static let eventOccupations = LocalizedText(sv: "Yrken som visas", en: "Occupations shown")
    static let eventTargetGroup = LocalizedText(sv: "Målgrupp", en: "Target group")
    static let eventRecording = LocalizedText(sv: "Inspelning", en: "Recording")
    static let eventRegistration = LocalizedText(sv: "Anmälan", en: "Registration")
    static let eventWindowNotYetOpen = LocalizedText(
        sv: "Anmälan har inte öppnat än.", en: "Registration has not opened yet.")
    static let eventWindowOpen = LocalizedText(sv: "Anmälan är öppen.", en: "Registration is open.")
    static let eventWindowClosed = LocalizedText(sv: "Anmälan har stängt.", en: "Registration has closed.")
    static let eventWindowStarted = LocalizedText(sv: "Evenemanget har börjat.", en: "The event has started.")
    static let eventRegister = LocalizedText(sv: "Anmäl mig", en: "Register me")
    static let eventJoinWaitlist = LocalizedText(sv: "Ställ mig i kö", en: "Join the waiting list")
    static let eventFullClosed = LocalizedText(
        sv: "Alla platser är tagna och kön är stängd.", en: "Every place is taken and the waiting list is closed.")
    static let eventCancel = LocalizedText(sv: "Avanmäl mig", en: "Cancel my registration")
    static let eventStatusRegistered = LocalizedText(sv: "Anmäld", en: "Registered")
    static let eventStatusWaitlisted = LocalizedText(sv: "I kö", en: "Waiting list")
    static let eventStatusPending = LocalizedText(sv: "Väntar på bekräftelse", en: "Awaiting confirmation")
    static let eventStatusCancelled = LocalizedText(sv: "Avanmäld", en: "Cancelled")
    static let eventStatusExpired = LocalizedText(sv: "Ej bekräftad i tid", en: "Not confirmed in time")
    static let eventYouAreRegistered = LocalizedText(sv: "Du är anmäld.", en: "You are registered.")
    static func eventYouAreWaiting(_ position: String) -> LocalizedText {
        LocalizedText(
            sv: "Du står i kö, plats \(position). Du får ett mejl om du får en plats.",
            en: "You are on the waiting list, number \(position). You get an e-mail if a place comes free.")
    }
    static let eventYourCode = LocalizedText(sv: "Din incheckningskod", en: "Your check-in code")
    static let eventPrintTicket = LocalizedText(sv: "Skriv ut biljetten", en: "Print the ticket")
    static let eventCancelled = LocalizedText(sv: "Din anmälan är avbokad.", en: "Your registration is cancelled.")
    static let eventNotRegistered = LocalizedText(sv: "Du var inte anmäld.", en: "You were not registered.")
    static let eventSignInToRegister = LocalizedText(sv: "Logga in för att anmäla dig", en: "Sign in to register")
    static let eventGuestTitle = LocalizedText(sv: "Anmäl dig som gäst", en: "Register as a guest")
    static let eventGuestIntro = LocalizedText(
        sv:
            "Vi mejlar en länk som du bekräftar inom 48 timmar; till dess hålls din plats. Namn och e-post används bara för evenemanget, visas aldrig för andra än arrangörerna och raderas när tiden nedan har gått.",
        en:
            "We e-mail a link to confirm within 48 hours; your place is held until then. Your name and e-mail are used for the event only, shown to nobody but the organisers, and erased once the time below has passed."
    )
    static func eventGuestRetention(_ days: String) -> LocalizedText {
        LocalizedText(
            sv: "Gästers uppgifter raderas \(days) dagar efter evenemanget.",
            en: "Guests' details are erased \(days) days after the event.")
    }
    static let eventGuestName = LocalizedText(sv: "Namn", en: "Name")
    static let eventGuestEmail = LocalizedText(sv: "E-postadress", en: "E-mail address")
    static let eventGuestSubmit = LocalizedText(sv: "Skicka anmälan", en: "Send registration")
    static let eventGuestMailed = LocalizedText(
        sv: "Tack! Vi har mejlat en länk till adressen du angav. Bekräfta inom 48 timmar.",
        en: "Thank you! We have e-mailed a link to the address you gave. Confirm within 48 hours.")
    static let eventConfirmTitle = LocalizedText(sv: "Bekräfta din anmälan", en: "Confirm your registration")
    static let eventConfirmSubmit = LocalizedText(sv: "Bekräfta", en: "Confirm")
    static let eventConfirmInvalid = LocalizedText(
        sv: "Länken gäller inte längre: den är redan använd eller tiden att bekräfta har gått ut.",
        en: "The link is no longer valid: it has been used, or the time to confirm has run out.")
    static let eventConfirmed = LocalizedText(
        sv: "Tack, din anmälan är bekräftad.", en: "Thank you, your registration is confirmed.")
    static let eventEdit = LocalizedText(sv: "Ändra evenemanget", en: "Change the event")
    static let eventSave = LocalizedText(sv: "Spara", en: "Save")
    static let eventCreate = LocalizedText(sv: "Skapa evenemanget", en: "Create the event")
    static let eventTitleLabel = LocalizedText(sv: "Rubrik", en: "Title")
    static let eventDescriptionLabel = LocalizedText(sv: "Beskrivning", en: "Description")
    static let eventStartsOn = LocalizedText(sv: "Börjar dag", en: "Starts on")
    static let eventStartTime = LocalizedText(sv: "Börjar klockan", en: "Starts at")
    static let eventEndsOn = LocalizedText(sv: "Slutar dag", en: "Ends on")
    static let eventEndsOnHint = LocalizedText(sv: "Tomt: samma dag. ÅÅÅÅ-MM-DD", en: "Empty: the same day. YYYY-MM-DD")
    static let eventEndTime = LocalizedText(sv: "Slutar klockan", en: "Ends at")
    static let eventTimeHint = LocalizedText(sv: "TT:MM, svensk tid", en: "HH:MM, Swedish time")
    static let eventPlaceKind = LocalizedText(sv: "Plats", en: "Place")
    static let eventPlaceAddress = LocalizedText(sv: "En adress", en: "An address")
    static let eventPlaceOnline = LocalizedText(sv: "Digitalt (länk)", en: "Online (link)")
    static let eventAddress = LocalizedText(sv: "Adress", en: "Address")
    static let eventPlaceResource = LocalizedText(
        sv: "En av stadens lokaler (bokas med evenemanget)", en: "One of the city's premises (booked with the event)")
    static let eventResource = LocalizedText(sv: "Lokal", en: "Premises")
    static let eventResourceHint = LocalizedText(
        sv: "Bokas för evenemangets tid enligt lokalens regler; ändras tiden bokas den om.",
        en: "Booked for the event's time under the premises' rules; a new time books it anew.")
    static let eventErrorResource = LocalizedText(sv: "Välj en lokal.", en: "Choose the premises.")
    static func eventPlaceBooking(_ status: String) -> LocalizedText {
        LocalizedText(sv: "Lokalbokningen:\(status)", en: "The premises' booking:\(status)")
    }
    static let eventOnlineLink = LocalizedText(sv: "Länk till mötet", en: "Link to the meeting")
    static let eventCapacityHint = LocalizedText(sv: "Tomt: obegränsat", en: "Empty: unlimited")
    static let eventOpensOn = LocalizedText(sv: "Anmälan öppnar", en: "Registration opens")
    static let eventClosesOn = LocalizedText(sv: "Anmälan stänger", en: "Registration closes")
    static let eventDayHint = LocalizedText(
        sv: "ÅÅÅÅ-MM-DD, tomt: öppnar nu / stänger när evenemanget börjar",
        en: "YYYY-MM-DD, empty: opens now / closes when the event starts")
    static let eventVisibilityLabel = LocalizedText(sv: "Vem ser evenemanget", en: "Who sees the event")
    static let eventWaitlistClosedLabel = LocalizedText(
        sv: "Stäng kön (ingen mer när platserna är slut)", en: "Close the waiting list (nobody more once full)")
    static let eventThemes = LocalizedText(sv: "Teman", en: "Themes")
    static let eventKindDetails = LocalizedText(
        sv: "För mobila besök och arbetsplatsbesök", en: "For mobile and workplace visits")
    static let eventRetentionLabel = LocalizedText(
        sv: "Dagar som gästers uppgifter sparas efter evenemanget", en: "Days guests' details are kept after the event")
    static let eventAgenda = LocalizedText(sv: "Program", en: "Agenda")
    static let eventAgendaEdit = LocalizedText(sv: "Ändra programmet", en: "Change the agenda")
    static let eventAgendaEmpty = LocalizedText(sv: "Inga programpunkter än.", en: "No slots yet.")
    static let eventAgendaAdd = LocalizedText(sv: "Lägg till en programpunkt", en: "Add a slot")
    static let eventSlotTime = LocalizedText(sv: "Klockan", en: "Time")
    static let eventSlotProject = LocalizedText(sv: "Projekt som visar", en: "Presenting project")
    static let eventSlotTitle = LocalizedText(sv: "Vad som visas", en: "What is shown")
    static let eventSlotResult = LocalizedText(sv: "Resultat", en: "Result")
    static let eventSlotNoResult = LocalizedText(sv: "Inget valt", en: "None chosen")
    static let eventSlotSaveResult = LocalizedText(sv: "Spara resultatet", en: "Save the result")
    static let eventSlotRemove = LocalizedText(sv: "Ta bort", en: "Remove")
    static let eventSlotResultHint = LocalizedText(
        sv: "Efter dagen: välj projektets journalanteckning med det som visades.",
        en: "After the day: choose the project's journal entry with what was shown.")
    static let eventErrorSlotTime = LocalizedText(
        sv: "Ange en tid (TT:MM) inom evenemangets tid.", en: "Give a time (HH:MM) within the event's time.")
    static let eventErrorSlotProject = LocalizedText(sv: "Välj ett publikt projekt.", en: "Choose a public project.")
    static let eventErrorSlotTitle = LocalizedText(
        sv: "Skriv vad som visas (högst 200 tecken).", en: "Write what is shown (at most 200 characters).")
    static let eventErrorSlotResult = LocalizedText(
        sv: "Välj en av projektets publika journalanteckningar.",
        en: "Choose one of the project's public journal entries.")
    static let eventAttendees = LocalizedText(sv: "Deltagare", en: "Attendees")
    static let eventAttendeesLogged = LocalizedText(
        sv: "Listan innehåller personuppgifter; varje visning loggas.",
        en: "The list holds personal data; every view is logged.")
    static let eventAttendeeName = LocalizedText(sv: "Namn", en: "Name")
    static let eventAttendeeEmail = LocalizedText(sv: "E-post", en: "E-mail")
    static let eventAttendeeStatus = LocalizedText(sv: "Läge", en: "Status")
    static let eventAttendeeGuest = LocalizedText(sv: "gäst", en: "guest")
    static let eventCheckedIn = LocalizedText(sv: "Incheckad", en: "Checked in")
    static let eventCheckIn = LocalizedText(sv: "Checka in", en: "Check in")
    static let eventCheckInCode = LocalizedText(sv: "Kod", en: "Code")
    static func eventCheckInCount(_ checked: String, of registered: String) -> LocalizedText {
        LocalizedText(sv: "\(checked) av \(registered) incheckade", en: "\(checked) of \(registered) checked in")
    }
    static func eventCheckedInName(_ name: String) -> LocalizedText {
        LocalizedText(sv: "\(name) är incheckad.", en: "\(name) is checked in.")
    }
    static func eventCheckedInBefore(_ name: String) -> LocalizedText {
        LocalizedText(sv: "\(name) var redan incheckad.", en: "\(name) was already checked in.")
    }
    static let eventUnknownCode = LocalizedText(
        sv: "Ingen anmälan med plats har den koden.", en: "No registration with a place has that code.")
    static let eventTicketTitle = LocalizedText(sv: "Biljett", en: "Ticket")
    static let eventTicketNone = LocalizedText(
        sv: "Du har ingen anmälan till evenemanget.", en: "You have no registration for the event.")
    static let eventErrorKind = LocalizedText(sv: "Välj slag av evenemang.", en: "Choose the kind of event.")
    static let eventErrorTitle = LocalizedText(sv: "Skriv en rubrik.", en: "Write a title.")
    static let eventErrorDescription = LocalizedText(sv: "Beskriv evenemanget.", en: "Describe the event.")
    static let eventErrorStartsAt = LocalizedText(
        sv: "Ange dag (ÅÅÅÅ-MM-DD) och klockslag (TT:MM) då evenemanget börjar.",
        en: "Give the day (YYYY-MM-DD) and time (HH:MM) the event starts.")
    static let eventErrorEndsAt = LocalizedText(
        sv: "Slutet ska ligga efter början, högst 14 dagar senare (dag ÅÅÅÅ-MM-DD, klockslag TT:MM).",
        en: "The end must come after the start, at most 14 days later (day YYYY-MM-DD, time HH:MM).")
    static let eventErrorPlaceKind = LocalizedText(
        sv: "Välj var evenemanget hålls.", en: "Choose where the event is held.")
    static let eventErrorAddress = LocalizedText(sv: "Skriv adressen.", en: "Write the address.")
    static let eventErrorLink = LocalizedText(
        sv: "Skriv en fullständig länk som börjar med https://.", en: "Write a full link starting with https://.")
    static let eventErrorCapacity = LocalizedText(
        sv: "Antal platser: ett heltal från 1 till 100 000, eller tomt för obegränsat.",
        en: "Places: a whole number from 1 to 100,000, or empty for unlimited.")
    static func eventErrorCapacityBelow(_ count: String) -> LocalizedText {
        LocalizedText(
            sv: "\(count) personer har redan plats; antalet platser kan inte bli färre.",
            en: "\(count) people already have a place; there cannot be fewer places.")
    }
    static let eventErrorRegistrationDates = LocalizedText(
        sv: "Anmälan ska öppna före den stänger och stänga senast när evenemanget börjar (ÅÅÅÅ-MM-DD).",
        en: "Registration must open before it closes and close by the time the event starts (YYYY-MM-DD).")
    static let eventErrorVisibility = LocalizedText(
        sv: "Välj vem som ser evenemanget.", en: "Choose who sees the event.")
    static let eventErrorLanguages = LocalizedText(sv: "Välj minst ett språk.", en: "Choose at least one language.")
    static let eventErrorThemes = LocalizedText(sv: "Välj bland temana.", en: "Choose among the themes.")
    static let eventErrorRetention = LocalizedText(
        sv: "Ett heltal dagar från 0 till 365.", en: "A whole number of days from 0 to 365.")
    static let eventErrorGuestName = LocalizedText(
        sv: "Skriv ditt namn (högst 120 tecken).", en: "Write your name (at most 120 characters).")

    // MARK: Mail

    static func eventMailFooter(code: String, link: String) -> LocalizedText {
        LocalizedText(
            sv: "Din incheckningskod: \(code)\nEvenemanget: \(link)",
            en: "Your check-in code: \(code)\nThe event: \(link)")
    }
    static func eventMailPromotedSubject(event: String) -> LocalizedText {
        LocalizedText(sv: "Du har fått en plats: \(event)", en: "You have a place: \(event)")
    }
    static func eventMailPromoted(name: String, event: String, when: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name),\n\nen plats blev ledig och är nu din: \(event), \(when). Kan du inte komma, avanmäl dig så att nästa i kön får platsen.",
            en:
                "Hello \(name),\n\na place came free and is now yours: \(event), \(when). If you cannot come, cancel so that the next in line gets the place."
        )
    }
    static func eventMailConfirmSubject(event: String) -> LocalizedText {
        LocalizedText(sv: "Bekräfta din anmälan: \(event)", en: "Confirm your registration: \(event)")
    }
    static func eventMailConfirm(name: String, event: String, link: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name),\n\nbekräfta din anmälan till \(event) inom 48 timmar:\n\n\(link)\n\nBad du inte om detta kan du bortse från mejlet; ingenting sparas om du inte bekräftar.",
            en:
                "Hello \(name),\n\nconfirm your registration for \(event) within 48 hours:\n\n\(link)\n\nIf you did not ask for this, ignore this e-mail; nothing is kept unless you confirm."
        )
    }
    static func eventMailAlreadySubject(event: String) -> LocalizedText {
        LocalizedText(sv: "Du är redan anmäld: \(event)", en: "You are already registered: \(event)")
    }
    static func eventMailAlready(name: String, event: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name),\n\nnågon försökte anmäla den här adressen till \(event) igen. Du är redan anmäld; du behöver inte göra något.",
            en:
                "Hello \(name),\n\nsomeone tried to register this address for \(event) again. You are already registered; there is nothing to do."
        )
    }
    static func eventMailConfirmedSubject(event: String) -> LocalizedText {
        LocalizedText(sv: "Anmälan bekräftad: \(event)", en: "Registration confirmed: \(event)")
    }
    static func eventMailConfirmed(name: String, event: String, when: String) -> LocalizedText {
        LocalizedText(
            sv: "Hej \(name),\n\ndu är anmäld till \(event), \(when). Visa koden nedan vid incheckningen.",
            en: "Hello \(name),\n\nyou are registered for \(event), \(when). Show the code below when you check in.")
    }
    static func eventMailWaiting(name: String, event: String) -> LocalizedText {
        LocalizedText(
            sv: "Hej \(name),\n\ndu står i kö till \(event). Du får ett mejl om en plats blir ledig.",
            en: "Hello \(name),\n\nyou are on the waiting list for \(event). You get an e-mail if a place comes free.")
    }
}
