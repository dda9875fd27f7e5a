import HubbenCore

enum InterestTexts {
    static func kind(_ kind: InterestKind) -> LocalizedText {
        switch kind {
        case .workAtHub: .interestKindWorkAtHub
        case .workThroughSupplier: .interestKindSupplier
        case .becomePartner: .interestKindPartner
        case .testUser: .interestKindTestUser
        case .followWork: .interestKindFollow
        }
    }

    static func ageBand(_ band: AgeBand) -> LocalizedText {
        switch band {
        case .under18: LocalizedText(sv: "Under 18 år", en: "Under 18")
        case .from18To29: LocalizedText(sv: "18–29 år", en: "18–29")
        case .from30To49: LocalizedText(sv: "30–49 år", en: "30–49")
        case .from50To64: LocalizedText(sv: "50–64 år", en: "50–64")
        case .over65: LocalizedText(sv: "65 år eller äldre", en: "65 or older")
        }
    }

    static func status(_ status: LeadStatus) -> LocalizedText {
        switch status {
        case .new: LocalizedText(sv: "Ny", en: "New")
        case .contacted: LocalizedText(sv: "Kontaktad", en: "Contacted")
        case .inDialogue: LocalizedText(sv: "I dialog", en: "In dialogue")
        case .closed: LocalizedText(sv: "Avslutad", en: "Closed")
        }
    }

    static func outcome(_ outcome: LeadOutcome) -> LocalizedText {
        switch outcome {
        case .hired: LocalizedText(sv: "Anställd", en: "Hired")
        case .supplierContact: LocalizedText(sv: "Kontakt via leverantör", en: "Supplier contact")
        case .partnerAgreement: LocalizedText(sv: "Partneravtal", en: "Partner agreement")
        case .testUser: LocalizedText(sv: "Testanvändare", en: "Test user")
        case .notNow: LocalizedText(sv: "Inte nu", en: "Not now")
        }
    }

    /// "Avslutad: Partneravtal".
    static func statusText(_ lead: Lead, _ t: Localizer) -> String {
        t(status(lead.status)) + (lead.outcome.map { ": " + t(outcome($0)) } ?? "")
    }

    static func errors(_ problems: FieldProblems<InterestDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in InterestDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.name, _): t(.interestErrorName)
                case (.email, _): t(.interestErrorEmail)
                case (.interests, _): t(.interestErrorWhat)
                case (.consent, .invalid): t(.interestErrorConsentChanged)
                case (.consent, _): t(.interestErrorConsent)
                case (.project, _), (.challenge, _): t(.interestErrorAbout)
                case (.ageBand, _): t(.interestErrorAgeBand)
                default: t(.fieldTooLong(limit: "2 000"))
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }

    static func leadErrors(_ problems: FieldProblems<LeadChange.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in LeadChange.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.outcome, .missing): t(.leadErrorOutcomeMissing)
                case (.outcome, _): t(.leadErrorOutcomeOnlyClosed)
                case (.assignee, _): t(.leadErrorAssignee)
                case (.note, _): t(.fieldTooLong(limit: NumberFormat.integer(4000, language: t.language)))
                case (.status, _): t(.leadErrorStatus)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}

extension LocalizedText {
    static let interestTitle = LocalizedText(sv: "Anmäl intresse", en: "Register interest")
    static let interestLead = LocalizedText(
        sv:
            "Vill du arbeta i hubben, bidra via en leverantör, bli partner, testa tjänster i våra projekt eller följa arbetet? Berätta, så hör hubbens team av sig.",
        en:
            "Would you like to work at the hub, contribute through a supplier, become a partner, test services in our projects or follow the work? Tell us, and the hub's team will get in touch."
    )
    static let interestOrganization = LocalizedText(sv: "Organisation", en: "Organisation")
    static let interestOptional = LocalizedText(sv: "Frivilligt.", en: "Optional.")
    static let interestWhat = LocalizedText(sv: "Vad är du intresserad av?", en: "What are you interested in?")
    static let interestWhatHint = LocalizedText(sv: "Välj ett eller flera.", en: "Choose one or more.")
    static let interestKindWorkAtHub = LocalizedText(sv: "Att arbeta i hubben", en: "Working at the hub")
    static let interestKindSupplier = LocalizedText(
        sv: "Att arbeta i hubben via en leverantör", en: "Working at the hub through a supplier")
    static let interestKindPartner = LocalizedText(sv: "Att bli partner", en: "Becoming a partner")
    static let interestKindTestUser = LocalizedText(
        sv: "Att vara testanvändare i projekt", en: "Taking part as a test user in projects")
    static let interestKindFollow = LocalizedText(sv: "Att följa arbetet", en: "Following the work")
    static func interestAboutProject(_ title: String) -> LocalizedText {
        LocalizedText(sv: "Gäller projektet: \(title)", en: "About the project: \(title)")
    }
    static func interestAboutChallenge(_ title: String) -> LocalizedText {
        LocalizedText(sv: "Gäller utmaningen: \(title)", en: "About the challenge: \(title)")
    }
    static let interestMessage = LocalizedText(sv: "Meddelande", en: "Message")
    static let interestMessageHint = LocalizedText(
        sv: "Frivilligt. Berätta gärna vad du kan eller vill. Högst 2 000 tecken.",
        en: "Optional. Tell us what you can do or would like to. At most 2,000 characters.")
    static let interestTestUserDetails = LocalizedText(
        sv: "För testanvändare: stadsdel och ålder (frivilligt)", en: "For test users: district and age (optional)")
    static let interestDistrict = LocalizedText(sv: "Stadsdel", en: "District")
    static let interestAgeBand = LocalizedText(sv: "Ålder", en: "Age")
    static let interestAgeBandNone = LocalizedText(sv: "Vill inte ange", en: "Prefer not to say")
    static let interestHoneypot = LocalizedText(sv: "Lämna det här fältet tomt", en: "Leave this field empty")
    static let interestConsentHeading = LocalizedText(sv: "Dina uppgifter", en: "Your details")
    static let interestConsentText = LocalizedText(
        sv:
            "Vi använder ditt namn, din e-postadress och det du skriver här bara för att hubbens team ska kunna kontakta dig om det du är intresserad av – och, om du vill vara testanvändare, för att bjuda in dig till tester utan att projekten ser din adress. Uppgifterna syns bara för hubbens team. Vi sparar dem i två år från i dag; bekräftar du inte din adress inom 48 timmar raderas de direkt. Du kan när som helst ta tillbaka ditt samtycke via länken i varje mejl från oss, och då raderas allt.",
        en:
            "We use your name, your e-mail address and what you write here only so that the hub's team can contact you about what you are interested in – and, if you want to be a test user, to invite you to tests without the projects seeing your address. Only the hub's team sees them. We keep them for two years from today; if you do not confirm your address within 48 hours they are erased at once. You can withdraw your consent at any time through the link in every mail from us, and then everything is erased."
    )
    static let interestConsentLabel = LocalizedText(
        sv: "Jag samtycker till att mina uppgifter används så här.", en: "I consent to my details being used like this."
    )
    static let interestSubmit = LocalizedText(sv: "Skicka intresseanmälan", en: "Send")
    static let interestTooFast = LocalizedText(
        sv: "Formuläret skickades snabbare än någon hinner fylla i det. Kontrollera uppgifterna och skicka igen.",
        en: "The form was sent faster than anyone can fill it in. Check the details and send again.")
    static let interestSentTitle = LocalizedText(sv: "Kolla din e-post", en: "Check your e-mail")
    static let interestSent = LocalizedText(
        sv:
            "Tack! Vi har skickat en länk till adressen du angav. Följ den inom 48 timmar för att bekräfta din intresseanmälan – annars raderas den.",
        en:
            "Thank you! We have sent a link to the address you gave. Follow it within 48 hours to confirm your interest – otherwise it is erased."
    )
    static let interestConfirmTitle = LocalizedText(sv: "Bekräfta din intresseanmälan", en: "Confirm your interest")
    static let interestConfirmSubmit = LocalizedText(sv: "Bekräfta", en: "Confirm")
    static let interestLinkInvalid = LocalizedText(
        sv: "Länken gäller inte längre: den är redan använd, för gammal eller uppgifterna är raderade.",
        en: "The link is no longer valid: it has been used, is too old, or the details have been erased.")
    static let interestConfirmedTitle = LocalizedText(sv: "Tack, det är bekräftat", en: "Thank you, it is confirmed")
    static let interestConfirmed = LocalizedText(
        sv: "Hubbens team har fått din intresseanmälan och hör av sig.",
        en: "The hub's team has your interest and will get in touch.")
    static let interestWithdrawTitle = LocalizedText(sv: "Ta tillbaka ditt samtycke", en: "Withdraw your consent")
    static let interestWithdrawExplained = LocalizedText(
        sv: "Din intresseanmälan och allt hubbens team har antecknat om den raderas direkt.",
        en: "Your interest and everything the hub's team has noted about it are erased at once.")
    static let interestWithdrawSubmit = LocalizedText(sv: "Radera mina uppgifter", en: "Erase my details")
    static let interestWithdrawnTitle = LocalizedText(sv: "Dina uppgifter är raderade", en: "Your details are erased")
    static let interestWithdrawn = LocalizedText(
        sv: "Vi har raderat din intresseanmälan. Du är välkommen tillbaka när du vill.",
        en: "We have erased your interest. You are welcome back whenever you like.")
    static let interestMailConfirmSubject = LocalizedText(
        sv: "Bekräfta din intresseanmälan till hubben", en: "Confirm your interest in the hub")
    static func interestMailConfirm(name: String, link: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nTack för din intresseanmälan till innovationshubben. Bekräfta din adress inom 48 timmar genom att öppna länken och trycka på knappen:\n\n\(link)\n\nBekräftar du inte raderas uppgifterna.",
            en:
                "Hello \(name),\n\nThank you for your interest in the innovation hub. Confirm your address within 48 hours by opening the link and pressing the button:\n\n\(link)\n\nIf you do not confirm, the details are erased."
        )
    }
    static func interestMailWithdraw(link: String) -> LocalizedText {
        LocalizedText(
            sv: "Vill du inte längre att vi sparar dina uppgifter? Ta tillbaka ditt samtycke här: \(link)",
            en: "No longer want us to keep your details? Withdraw your consent here: \(link)")
    }
    static let interestErrorName = LocalizedText(sv: "Skriv ditt namn.", en: "Write your name.")
    static let interestErrorEmail = LocalizedText(
        sv: "Skriv en e-postadress som namn@exempel.se.", en: "Write an e-mail address like name@example.com.")
    static let interestErrorWhat = LocalizedText(
        sv: "Välj minst ett av alternativen.", en: "Choose at least one of the options.")
    static let interestErrorConsent = LocalizedText(
        sv: "Kryssa i att du samtycker – annars kan vi inte spara din anmälan.",
        en: "Tick that you consent – otherwise we cannot keep your interest.")
    static let interestErrorConsentChanged = LocalizedText(
        sv: "Texten om dina uppgifter har ändrats. Läs den igen och kryssa i att du samtycker.",
        en: "The text about your details has changed. Read it again and tick that you consent.")
    static let interestErrorAbout = LocalizedText(
        sv: "Det projektet eller den utmaningen finns inte.", en: "That project or challenge does not exist.")
    static let interestErrorAgeBand = LocalizedText(sv: "Välj en ålder i listan.", en: "Choose an age from the list.")
    static let leadsTitle = LocalizedText(sv: "Intresseanmälningar", en: "Registered interest")
    static let leadsLead = LocalizedText(
        sv:
            "Bekräftade intresseanmälningar, nyast först. Namn och adress står på varje anmälans sida, och varje visning loggas.",
        en:
            "Confirmed registrations of interest, newest first. Names and addresses are on each one's page, and every view is logged."
    )
    static let leadsEmpty = LocalizedText(sv: "Inga intresseanmälningar.", en: "No registered interest.")
    static func leadsCount(_ count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) anmälningar", en: "\(count) registrations")
    }
    static let leadsNext = LocalizedText(sv: "Nästa sida", en: "Next page")
    static let leadAll = LocalizedText(sv: "Alla", en: "All")
    static let leadFilter = LocalizedText(sv: "Filtrera", en: "Filter")
    static let leadNumber = LocalizedText(sv: "Anmälan", en: "Registration")
    static func leadNamed(_ number: String) -> LocalizedText {
        LocalizedText(sv: "Intresseanmälan \(number)", en: "Registration of interest \(number)")
    }
    static let leadRegistered = LocalizedText(sv: "Anmäld", en: "Registered")
    static let leadStatus = LocalizedText(sv: "Läge", en: "Status")
    static let leadOutcome = LocalizedText(sv: "Utfall (när den avslutas)", en: "Outcome (when closed)")
    static let leadNoOutcome = LocalizedText(sv: "Inget utfall", en: "No outcome")
    static let leadAssignee = LocalizedText(sv: "Ansvarig", en: "Assignee")
    static let leadNobody = LocalizedText(sv: "Ingen", en: "Nobody")
    static let leadProject = LocalizedText(sv: "Projekt", en: "Project")
    static let leadChallenge = LocalizedText(sv: "Utmaning", en: "Challenge")
    static let leadConsent = LocalizedText(sv: "Samtycke", en: "Consent")
    static func leadConsentGiven(version: String, at: String) -> LocalizedText {
        LocalizedText(sv: "Version \(version), \(at)", en: "Version \(version), \(at)")
    }
    static let leadKeptUntil = LocalizedText(sv: "Sparas till", en: "Kept until")
    static let leadViewLogged = LocalizedText(
        sv: "Att du ser den här sidan är loggat (vem och när).", en: "That you see this page is logged (who and when).")
    static let leadNotes = LocalizedText(sv: "Anteckningar", en: "Notes")
    static let leadNoNotes = LocalizedText(sv: "Inga anteckningar än.", en: "No notes yet.")
    static let leadChange = LocalizedText(sv: "Arbeta med anmälan", en: "Work on the registration")
    static let leadNote = LocalizedText(sv: "Ny anteckning", en: "New note")
    static let leadNoteHint = LocalizedText(
        sv: "Frivilligt. Syns bara för hubbens team. Högst 4 000 tecken.",
        en: "Optional. Seen by the hub's team only. At most 4,000 characters.")
    static let leadSave = LocalizedText(sv: "Spara", en: "Save")
    static let leadSaved = LocalizedText(sv: "Ändringen är sparad.", en: "The change is saved.")
    static let leadErrorOutcomeMissing = LocalizedText(
        sv: "Välj ett utfall när anmälan avslutas.", en: "Choose an outcome when the registration is closed.")
    static let leadErrorOutcomeOnlyClosed = LocalizedText(
        sv: "Ett utfall hör till en avslutad anmälan: välj Avslutad eller inget utfall.",
        en: "An outcome belongs to a closed registration: choose Closed or no outcome.")
    static let leadErrorAssignee = LocalizedText(
        sv: "Välj någon i hubbens team.", en: "Choose someone in the hub's team.")
    static let leadErrorStatus = LocalizedText(sv: "Välj ett läge i listan.", en: "Choose a status from the list.")
    static let leadMailAssignedSubject = LocalizedText(
        sv: "En intresseanmälan är din", en: "A registration of interest is yours")
    static func leadMailAssigned(name: String, by: String, link: String) -> LocalizedText {
        LocalizedText(
            sv: "Hej \(name)!\n\n\(by) har gett dig en intresseanmälan att arbeta med:\n\n\(link)",
            en: "Hello \(name),\n\n\(by) has given you a registration of interest to work on:\n\n\(link)")
    }
    static let testUsersTitle = LocalizedText(
        sv: "Testanvändare till experimentet", en: "Test users for the experiment")
    static let testUsersLead = LocalizedText(
        sv:
            "Hubbens testanvändare har samtyckt till att bli inbjudna till tester. Du ser hur många som passar, inte vilka de är; de som tackar ja räknas som deltagare i experimentet.",
        en:
            "The hub's test users have consented to being invited to tests. You see how many fit, not who they are; those who say yes count as the experiment's participants."
    )
    static let testUsersInviteLink = LocalizedText(sv: "Bjud in testanvändare", en: "Invite test users")
    static let testUsersCount = LocalizedText(sv: "Räkna", en: "Count")
    static func testUsersMatching(matching: String, invited: String) -> LocalizedText {
        LocalizedText(
            sv: "\(matching) testanvändare passar, varav \(invited) redan är inbjudna till experimentet.",
            en: "\(matching) test users fit, of whom \(invited) are already invited to the experiment.")
    }
    static func testUsersAnswers(invited: String, accepted: String, declined: String) -> LocalizedText {
        LocalizedText(
            sv: "Inbjudna hittills: \(invited). Ja: \(accepted). Nej: \(declined).",
            en: "Invited so far: \(invited). Yes: \(accepted). No: \(declined).")
    }
    static let testUsersInviteHeading = LocalizedText(sv: "Bjud in", en: "Invite")
    static let testUsersHowMany = LocalizedText(sv: "Hur många", en: "How many")
    static let testUsersHowManyHint = LocalizedText(
        sv: "1–100. De som anmälde sig först bjuds in först; ingen bjuds in två gånger till samma experiment.",
        en: "1–100. Those who registered first are invited first; nobody is invited twice to one experiment.")
    static let testUsersInvite = LocalizedText(sv: "Skicka inbjudningar", en: "Send the invitations")
    static func testUsersInvited(_ count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) inbjudningar är skickade.", en: "\(count) invitations are sent.")
    }
    static let testUsersErrorCount = LocalizedText(
        sv: "Skriv hur många, ett heltal från 1 till 100.", en: "Write how many, a whole number from 1 to 100.")
    static let testUsersInvitationTitle = LocalizedText(sv: "Vill du testa?", en: "Would you like to test?")
    static func testUsersInvitationText(_ project: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Projektet \(project) i innovationshubben söker testanvändare. Svarar du ja hör projektet av sig med tid och plats.",
            en:
                "The project \(project) at the innovation hub is looking for test users. If you say yes, the project gets in touch with a time and a place."
        )
    }
    static let testUsersYes = LocalizedText(sv: "Ja, jag är med", en: "Yes, count me in")
    static let testUsersNo = LocalizedText(sv: "Nej tack", en: "No, thank you")
    static let testUsersAccepted = LocalizedText(sv: "Tack! Du är med.", en: "Thank you! You are in.")
    static let testUsersDeclined = LocalizedText(sv: "Tack för svaret.", en: "Thank you for answering.")
    static let testUsersAnsweredYes = LocalizedText(sv: "Du har tackat ja.", en: "You have said yes.")
    static let testUsersAnsweredNo = LocalizedText(sv: "Du har tackat nej.", en: "You have said no.")
    static func testUserMailSubject(_ project: String) -> LocalizedText {
        LocalizedText(sv: "Vill du testa \(project)?", en: "Would you like to test \(project)?")
    }
    static func testUserMail(name: String, project: String, link: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nProjektet \(project) i innovationshubben söker testanvändare, och du har anmält intresse för att testa. Svara ja eller nej här – där kan du också ta tillbaka ditt samtycke:\n\n\(link)",
            en:
                "Hello \(name),\n\nThe project \(project) at the innovation hub is looking for test users, and you registered interest in testing. Answer yes or no here – you can also withdraw your consent there:\n\n\(link)"
        )
    }
}
