import HubbenCore

/// The booking pages' texts, in both languages.
extension LocalizedText {
    static let bookTitle = LocalizedText(sv: "Boka lokaler och utrustning", en: "Book rooms and equipment")
    static let bookSpacesLink = LocalizedText(
        sv: "Projektytor i hubben: ansök om en yta för ert projekt och se vem som är var",
        en: "Project spaces in the hub: apply for a space for your project and see who is where")
    static let bookMine = LocalizedText(sv: "Mina bokningar", en: "My bookings")
    static let bookFilterLabel = LocalizedText(sv: "Hitta en ledig lokal", en: "Find a free resource")
    static let bookAllKinds = LocalizedText(sv: "Alla slag", en: "All kinds")
    static let bookAllDistricts = LocalizedText(sv: "Alla stadsdelar", en: "All districts")
    static let bookFilterPeople = LocalizedText(sv: "Antal personer", en: "Number of people")
    static let bookFilterDay = LocalizedText(sv: "Ledig dag", en: "Free on")
    static let bookFilterDayHint = LocalizedText(
        sv: "Med dag, från och till visas bara det som är öppet och ledigt hela tiden",
        en: "With a day, from and to, only what is open and free for all of that time is shown")
    static let bookFilterFrom = LocalizedText(sv: "Från", en: "From")
    static let bookFilterTo = LocalizedText(sv: "Till", en: "To")
    static let bookFilterSubmit = LocalizedText(sv: "Sök", en: "Search")
    static func bookResultCount(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) lokaler och resurser", en: "\(count) resources")
    }
    static let bookNone = LocalizedText(
        sv: "Inga lokaler eller resurser matchar filtret.", en: "No resources match the filter.")
    static let bookNoneFree = LocalizedText(
        sv: "Ingen lokal som matchar är öppen och ledig hela den tiden. Pröva en annan tid eller färre personer.",
        en: "No matching resource is open and free for all of that time. Try another time or fewer people.")

    static let resourceKindLabel = LocalizedText(sv: "Slag", en: "Kind")
    static let resourceKindRoom = LocalizedText(sv: "Rum", en: "Room")
    static let resourceKindHall = LocalizedText(sv: "Sal eller hall", en: "Hall")
    static let resourceKindPremises = LocalizedText(sv: "Lokal", en: "Premises")
    static let resourceKindOutdoorArea = LocalizedText(sv: "Utomhusyta", en: "Outdoor area")
    static let resourceKindEquipment = LocalizedText(sv: "Utrustning", en: "Equipment")
    static let resourceKindVehicle = LocalizedText(sv: "Fordon", en: "Vehicle")
    static let resourceDistrictLabel = LocalizedText(sv: "Stadsdel", en: "District")
    static let resourceAddressLabel = LocalizedText(sv: "Adress", en: "Address")
    static let resourceCapacityLabel = LocalizedText(sv: "Rymmer", en: "Takes")
    static func resourceCapacity(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) personer", en: "\(count) people")
    }
    static let resourceAccessibilityLabel = LocalizedText(sv: "Tillgänglighet", en: "Accessibility")
    static let resourceEquipmentLabel = LocalizedText(sv: "Utrustning", en: "Equipment")
    static func resourceImageLink(alt: String) -> LocalizedText {
        LocalizedText(sv: "Bild: \(alt)", en: "Picture: \(alt)")
    }
    static let resourceNeedsApproval = LocalizedText(sv: "Kräver godkännande", en: "Needs approval")
    static let resourceRulesTitle = LocalizedText(sv: "Så bokar du", en: "How booking works")
    static func resourceRuleGrid(minutes: String) -> LocalizedText {
        LocalizedText(
            sv: "Bokningar börjar och slutar på jämna \(minutes) minuter",
            en: "Bookings start and end on the \(minutes)-minute grid")
    }
    static func resourceRuleLength(shortest: String, longest: String) -> LocalizedText {
        LocalizedText(
            sv: "En bokning är minst \(shortest) och högst \(longest)",
            en: "A booking is at least \(shortest) and at most \(longest)")
    }
    static func resourceRuleBuffers(before: String, after: String) -> LocalizedText {
        LocalizedText(
            sv: "Lokalen hålls \(before) före och \(after) efter varje bokning (iordningställande, städning)",
            en: "The resource is kept \(before) before and \(after) after each booking (set-up, cleaning)")
    }
    static func resourceRuleBufferBefore(length: String) -> LocalizedText {
        LocalizedText(
            sv: "Lokalen hålls \(length) före varje bokning (iordningställande)",
            en: "The resource is kept \(length) before each booking (set-up)")
    }
    static func resourceRuleBufferAfter(length: String) -> LocalizedText {
        LocalizedText(
            sv: "Lokalen hålls \(length) efter varje bokning (städning, återlämning)",
            en: "The resource is kept \(length) after each booking (cleaning, return)")
    }
    static let resourceRuleCancelAnytime = LocalizedText(
        sv: "Du kan avboka när som helst före start", en: "You can cancel at any time before the start")
    static let resourceRuleEveryone = LocalizedText(
        sv: "Alla som är inloggade kan boka", en: "Everyone who is signed in can book")
    static let resourceRuleApproval = LocalizedText(
        sv: "Ägaren svarar på varje förfrågan; du får ett mejl när den är bekräftad eller avslagen",
        en: "The owner answers each request; you are mailed when it is confirmed or declined")
    static let resourceRuleInstant = LocalizedText(
        sv: "Bokningen bekräftas direkt", en: "The booking is confirmed at once")
    static let resourceHoursTitle = LocalizedText(sv: "Öppettider", en: "Opening hours")
    static let resourceExceptionsTitle = LocalizedText(sv: "Avvikande dagar", en: "Days that differ")
    static let resourceClosed = LocalizedText(sv: "stängt", en: "closed")

    static let bookManage = LocalizedText(sv: "Hantera bokningar", en: "Manage bookings")
    static func bookWeekTitle(week: String) -> LocalizedText {
        LocalizedText(sv: "Ledigt och bokat vecka \(week)", en: "Free and taken, week \(week)")
    }
    static func bookWeekCaption(name: String, week: String) -> LocalizedText {
        LocalizedText(sv: "\(name), vecka \(week)", en: "\(name), week \(week)")
    }
    static let bookWeekNavigation = LocalizedText(sv: "Veckor", en: "Weeks")
    static let bookPreviousWeek = LocalizedText(sv: "Föregående vecka", en: "Previous week")
    static let bookNextWeek = LocalizedText(sv: "Nästa vecka", en: "Next week")
    static let bookDay = LocalizedText(sv: "Dag", en: "Day")
    static let bookOpen = LocalizedText(sv: "Öppet", en: "Open")
    static let bookTaken = LocalizedText(sv: "Bokat", en: "Taken")
    static let bookAllFree = LocalizedText(sv: "Allt ledigt", en: "All free")
    static let bookCalendarLink = LocalizedText(
        sv: "Prenumerera på lokalens bokade tider (iCalendar)",
        en: "Subscribe to the resource's taken times (iCalendar)")
    static let bookFormTitle = LocalizedText(sv: "Boka", en: "Book")
    static let bookSignIn = LocalizedText(sv: "Logga in för att boka", en: "Sign in to book")
    static let bookFormDay = LocalizedText(sv: "Dag", en: "Day")
    static let bookFormDayHint = LocalizedText(sv: "Till exempel 2027-03-25", en: "For example 2027-03-25")
    static let bookFormStart = LocalizedText(sv: "Starttid", en: "Start")
    static let bookFormEnd = LocalizedText(sv: "Sluttid", en: "End")
    static let bookFormTimeHint = LocalizedText(sv: "Till exempel 18.00", en: "For example 18:00")
    static let bookFormEndHint = LocalizedText(
        sv: "En sluttid före starttiden är nästa dag", en: "An end before the start is on the next day")
    static let bookFormPeople = LocalizedText(sv: "Antal personer", en: "Number of people")
    static let bookFormPurpose = LocalizedText(sv: "Vad ska ni göra?", en: "What will you do?")
    static let bookFormPurposeHint = LocalizedText(
        sv: "Bara ägaren ser det. Högst 500 tecken.", en: "Only the owner sees it. At most 500 characters.")
    static let bookFormRepeat = LocalizedText(
        sv: "Varje vecka till och med (valfritt)", en: "Every week until (optional)")
    static let bookFormRepeatHint = LocalizedText(
        sv:
            "Sista dagen, till exempel 2027-06-10. Samma tid varje vecka. Tillfällen som inte går att boka listas med skälet, resten bokas.",
        en:
            "The same time every week. Occurrences that cannot be booked are listed with the reason, the rest are booked."
    )
    static let bookFormSubmit = LocalizedText(sv: "Boka", en: "Book")
    static let bookFormRequest = LocalizedText(sv: "Skicka förfrågan", en: "Send request")

    static let bookBookedTitle = LocalizedText(sv: "Bokat", en: "Booked")
    static let bookRequestedTitle = LocalizedText(sv: "Förfrågan skickad", en: "Request sent")
    static func bookBookedText(resource: String) -> LocalizedText {
        LocalizedText(sv: "Din bokning av \(resource) är bekräftad.", en: "Your booking of \(resource) is confirmed.")
    }
    static func bookRequestedText(resource: String) -> LocalizedText {
        LocalizedText(
            sv: "Ägaren av \(resource) svarar på din förfrågan. Du får ett mejl när den är bekräftad eller avslagen.",
            en: "The owner of \(resource) will answer your request. You are mailed when it is confirmed or declined.")
    }
    static func bookBookedTimes(count: String) -> LocalizedText {
        LocalizedText(sv: "Bokade tider (\(count))", en: "Booked times (\(count))")
    }
    static let bookAddToCalendar = LocalizedText(sv: "Lägg till i kalendern", en: "Add to calendar")

    static let bookFindMore = LocalizedText(sv: "Hitta en lokal att boka", en: "Find a resource to book")
    static let bookUpcoming = LocalizedText(sv: "Kommande", en: "Upcoming")
    static let bookNoUpcoming = LocalizedText(sv: "Inga kommande bokningar.", en: "No upcoming bookings.")
    static func bookPast(count: String) -> LocalizedText {
        LocalizedText(sv: "Tidigare bokningar (\(count))", en: "Earlier bookings (\(count))")
    }
    static func bookPeopleAndPurpose(people: String, purpose: String) -> LocalizedText {
        LocalizedText(sv: "\(people) personer: \(purpose)", en: "\(people) people: \(purpose)")
    }
    static func bookReason(reason: String) -> LocalizedText {
        LocalizedText(sv: "Skäl: \(reason)", en: "Reason: \(reason)")
    }
    static let bookCancel = LocalizedText(sv: "Avboka", en: "Cancel")
    static func bookCancelLabel(what: String) -> LocalizedText {
        LocalizedText(sv: "Avboka \(what)", en: "Cancel \(what)")
    }
    static let bookCancelSeries = LocalizedText(sv: "Avboka hela serien", en: "Cancel the whole series")
    static let bookingStatusRequested = LocalizedText(sv: "Väntar på svar", en: "Awaiting answer")
    static let bookingStatusConfirmed = LocalizedText(sv: "Bekräftad", en: "Confirmed")
    static let bookingStatusDenied = LocalizedText(sv: "Avslagen", en: "Declined")
    static let bookingStatusCancelled = LocalizedText(sv: "Avbokad", en: "Cancelled")
    static let bookingStatusBlocked = LocalizedText(sv: "Spärrad", en: "Blocked")
    static let bookNoticeCancelled = LocalizedText(sv: "Bokningen är avbokad.", en: "The booking is cancelled.")
    static let bookNoticeDecided = LocalizedText(
        sv: "Svaret är skickat till den som bokade.", en: "The answer has been sent to the booker.")
    static let bookNoticeBlocked = LocalizedText(sv: "Tiden är spärrad.", en: "The time is blocked.")
    static let bookNoticeFeedRevoked = LocalizedText(
        sv: "Kalenderlänken är avstängd.", en: "The calendar link has been turned off.")

    static let bookFeedTitle = LocalizedText(sv: "Dina bokningar i din kalender", en: "Your bookings in your calendar")
    static let bookFeedText = LocalizedText(
        sv:
            "En hemlig länk som din kalender kan prenumerera på. Den som har länken ser dina bokningar, så dela den inte.",
        en: "A secret link your calendar can subscribe to. Anyone with the link sees your bookings, so do not share it."
    )
    static let bookFeedNew = LocalizedText(
        sv: "Din nya kalenderlänk (visas bara nu; en tidigare länk slutar fungera):",
        en: "Your new calendar link (shown only now; an earlier link stops working):")
    static let bookFeedOn = LocalizedText(sv: "Du har en kalenderlänk.", en: "You have a calendar link.")
    static let bookFeedCreate = LocalizedText(sv: "Skapa kalenderlänk", en: "Create a calendar link")
    static let bookFeedRenew = LocalizedText(sv: "Skapa en ny länk", en: "Create a new link")
    static let bookFeedRevoke = LocalizedText(sv: "Stäng av länken", en: "Turn the link off")

    static func bookManageTitle(name: String) -> LocalizedText {
        LocalizedText(sv: "Bokningar av \(name)", en: "Bookings of \(name)")
    }
    static let bookManageLogged = LocalizedText(
        sv: "Vem som bokat är personuppgifter: varje visning av sidan loggas.",
        en: "Who booked is personal data: every view of this page is logged.")
    static let bookBookedBy = LocalizedText(sv: "Bokad av", en: "Booked by")
    static let bookBookerGone = LocalizedText(sv: "kontot är borttaget", en: "the account has been deleted")
    static let bookConfirm = LocalizedText(sv: "Bekräfta", en: "Confirm")
    static let bookDeny = LocalizedText(sv: "Avslå", en: "Decline")
    static let bookDenyReason = LocalizedText(sv: "Skäl för avslag", en: "Reason for declining")
    static let bookCancelReason = LocalizedText(sv: "Skäl för avbokning", en: "Reason for cancelling")
    static let bookReasonHint = LocalizedText(
        sv: "Den som bokade ser skälet och får det i ett mejl", en: "The booker sees the reason and gets it by mail")
    static let bookRemoveBlock = LocalizedText(sv: "Ta bort spärren", en: "Remove the block")
    static let bookBlockTitle = LocalizedText(sv: "Spärra tid", en: "Block time")
    static let bookBlockText = LocalizedText(
        sv: "För underhåll eller egen användning. Ingen kan boka tiden.",
        en: "For maintenance or your own use. Nobody can book the time.")
    static let bookBlockReason = LocalizedText(sv: "Skäl", en: "Reason")
    static let bookBlockSubmit = LocalizedText(sv: "Spärra", en: "Block")
}

/// The owner's resource form.
extension LocalizedText {
    static let resourceAdd = LocalizedText(sv: "Lägg till en lokal eller resurs", en: "Add a resource")
    static let resourceNew = LocalizedText(sv: "Ny lokal eller resurs", en: "New resource")
    static let resourceEdit = LocalizedText(sv: "Ändra lokalen och reglerna", en: "Change the resource and its rules")
    static let resourceEditLink = LocalizedText(sv: "Ändra lokalen", en: "Change the resource")
    static let resourceSaved = LocalizedText(sv: "Lokalen är sparad.", en: "The resource is saved.")
    static let resourceOrganizationLabel = LocalizedText(sv: "Ägs av", en: "Owned by")
    static let resourceNameLabel = LocalizedText(sv: "Namn", en: "Name")
    static let resourceNameHint = LocalizedText(sv: "Högst 120 tecken.", en: "At most 120 characters.")
    static let resourceDescriptionLabel = LocalizedText(sv: "Beskrivning", en: "Description")
    static let resourceLongTextHint = LocalizedText(sv: "Högst 4 000 tecken.", en: "At most 4,000 characters.")
    static let resourceCapacityHint = LocalizedText(
        sv: "Antal personer, 1–100 000.", en: "Number of people, 1–100,000.")
    static let resourceEquipmentHint = LocalizedText(
        sv: "En sak per rad, högst 30 rader.", en: "One thing per line, at most 30 lines.")
    static let resourceImagesLabel = LocalizedText(sv: "Bilder", en: "Pictures")
    static let resourceImagesHint = LocalizedText(
        sv: "En bild per rad: https-adressen, ett lodstreck och vad bilden visar (alt-text). Högst 10.",
        en: "One picture per line: the https address, a vertical bar and what it shows (alt text). At most 10.")
    static let resourceHoursHint = LocalizedText(
        sv: "Till exempel 08.00 och 22.00. Tomt är stängt. En stängningstid före öppningstiden är efter midnatt.",
        en: "For example 08:00 and 22:00. Empty is closed. A closing time before the opening is after midnight.")
    static func resourceOpens(day: String) -> LocalizedText {
        LocalizedText(sv: "Öppnar \(day)", en: "Opens \(day)")
    }
    static func resourceCloses(day: String) -> LocalizedText {
        LocalizedText(sv: "Stänger \(day)", en: "Closes \(day)")
    }
    static let resourceExceptionsHint = LocalizedText(
        sv: "En dag per rad: 2027-04-02 för stängt, 2027-04-05 10.00–14.00 för andra tider.",
        en: "One day per line: 2027-04-02 for closed, 2027-04-05 10:00–14:00 for other hours.")
    static let resourceSlotLabel = LocalizedText(sv: "Bokningar börjar var", en: "Bookings start every")
    static func resourceMinutes(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) minuter", en: "\(count) minutes")
    }
    static let resourceMinimumLabel = LocalizedText(sv: "Kortaste bokning (minuter)", en: "Shortest booking (minutes)")
    static let resourceMaximumLabel = LocalizedText(sv: "Längsta bokning (minuter)", en: "Longest booking (minutes)")
    static let resourceNoticeLabel = LocalizedText(
        sv: "Bokas minst så här många timmar i förväg", en: "Booked at least this many hours ahead")
    static let resourceDaysAheadLabel = LocalizedText(
        sv: "Bokas högst så här många dagar i förväg", en: "Booked at most this many days ahead")
    static let resourceBufferBeforeLabel = LocalizedText(
        sv: "Tid före varje bokning (minuter)", en: "Time before each booking (minutes)")
    static let resourceBufferAfterLabel = LocalizedText(
        sv: "Tid efter varje bokning (minuter)", en: "Time after each booking (minutes)")
    static let resourcePerPersonLabel = LocalizedText(
        sv: "Högst så här många aktiva bokningar per person", en: "At most this many active bookings per person")
    static let resourceCutoffLabel = LocalizedText(
        sv: "Avbokning senast så här många timmar före start",
        en: "Cancellation at most this many hours before the start")
    static let resourceOptionalHint = LocalizedText(sv: "Tomt: ingen sådan regel.", en: "Empty: no such rule.")
    static let resourcePartHoursHint = LocalizedText(
        sv: "Hela eller delar av timmar, till exempel 1,5.", en: "Whole or part hours, for example 1.5.")
    static let resourceOptionalHoursHint = LocalizedText(
        sv: "Hela eller delar av timmar, till exempel 1,5. Tomt: ingen sådan regel.",
        en: "Whole or part hours, for example 1.5. Empty: no such rule.")
    static let resourceAudienceLabel = LocalizedText(sv: "Vem kan boka", en: "Who can book")
    static let resourceApprovalLabel = LocalizedText(
        sv: "Varje bokning behöver godkännas", en: "Each booking needs approval")
    static let resourceChoose = LocalizedText(sv: "Välj", en: "Choose")
    static let resourceSave = LocalizedText(sv: "Spara", en: "Save")
    static let resourceErrorNumber = LocalizedText(sv: "Skriv ett heltal", en: "Enter a whole number")
}
