import HubbenCore

enum SpaceTexts {
    /// "vecka 10–18 (2027-03-08 – 2027-05-09)".
    static func weeks(_ first: Day, _ last: Day, _ language: Language) -> String {
        let from = BookingPages.weekNumber(first.monday)
        let to = BookingPages.weekNumber(last.monday)
        let span = from == to ? "\(from)" : "\(from)–\(to)"
        let word = language == .sv ? "vecka" : "week"
        return
            "\(word) \(span) (\(first.monday.formatted(language)) – \(last.monday.adding(days: 6).formatted(language)))"
    }

    static func spaceErrors(_ problems: FieldProblems<SpaceDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in SpaceDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch field {
                case .kind: t(.spaceErrorKind)
                case .name: t(.spaceErrorSpaceName)
                case .capacity: t(.spaceErrorCapacity)
                case .equipment: t(.fieldTooLong(limit: "200"))
                }
            _ = problem
            errors.add(field.rawValue, message)
        }
        return errors
    }

    static func roundErrors(_ problems: FieldProblems<SpaceRoundDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in SpaceRoundDraft.Field.allCases where problems[field] != nil {
            errors.add(
                field == .name ? "round_name" : field.rawValue,
                field == .name ? t(.spaceErrorSpaceName) : t(.spaceErrorRoundDates))
        }
        return errors
    }

    static func kind(_ kind: SpaceKind) -> LocalizedText {
        switch kind {
        case .projectRoom: .spaceKindProjectRoom
        case .workshopArea: .spaceKindWorkshopArea
        case .demoStage: .spaceKindDemoStage
        case .desks: .spaceKindDesks
        }
    }

    static func state(_ state: SpaceRoundState) -> LocalizedText {
        switch state {
        case .upcoming: .spaceRoundUpcoming
        case .open: .spaceRoundOpen
        case .allocating: .spaceRoundAllocating
        case .decided: .spaceRoundDecided
        }
    }

    static func status(_ status: SpaceApplicationStatus) -> LocalizedText {
        switch status {
        case .pending: .spaceStatusPending
        case .approved: .spaceStatusApproved
        case .declined: .spaceStatusDeclined
        case .withdrawn: .spaceStatusWithdrawn
        }
    }

    static func formErrors(_ problems: FieldProblems<SpaceApplicationDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in SpaceApplicationDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.round, _): t(.spaceErrorRoundClosed)
                case (.project, _): t(.spaceErrorProject)
                case (.firstWeek, _), (.lastWeek, _): t(.spaceErrorWeek)
                case (.teamSize, _): t(.spaceErrorTeam)
                case (.needs, _): t(.spaceNeedsHint)
                case (.wishedSpace, _): t(.spaceErrorSpace)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}

extension LocalizedText {
    static let spacesTitle = LocalizedText(sv: "Projektytor i hubben", en: "Project spaces in the hub")
    static let spacesLead = LocalizedText(
        sv:
            "Förvaltningar och partner får en projektyta i hubben för en period. Ansök i en öppen omgång; coacherna placerar ansökningarna och alla ser vem som är var.",
        en:
            "Departments and partners get a project space in the hub for a period. Apply in an open round; the coaches place the applications and everyone sees who is where."
    )
    static let spacesSpaces = LocalizedText(sv: "Ytorna", en: "The spaces")
    static let spacesRounds = LocalizedText(sv: "Ansökningsomgångar", en: "Application rounds")
    static let spacesNoRounds = LocalizedText(sv: "Ingen omgång än.", en: "No round yet.")
    static let spaceKindProjectRoom = LocalizedText(sv: "Projektrum", en: "Project room")
    static let spaceKindWorkshopArea = LocalizedText(sv: "Workshopyta", en: "Workshop area")
    static let spaceKindDemoStage = LocalizedText(sv: "Demoscen", en: "Demo stage")
    static let spaceKindDesks = LocalizedText(sv: "Arbetsplatser", en: "Desks")
    static let spaceName = LocalizedText(sv: "Yta", en: "Space")
    static let spaceKindLabel = LocalizedText(sv: "Slag", en: "Kind")
    static let spaceCapacity = LocalizedText(sv: "Platser", en: "Places")
    static let spaceEquipment = LocalizedText(sv: "Utrustning", en: "Equipment")
    static let spaceUtilisation = LocalizedText(sv: "Beläggning", en: "Utilisation")
    static let spaceRoundUpcoming = LocalizedText(sv: "Kommande", en: "Upcoming")
    static let spaceRoundOpen = LocalizedText(sv: "Öppen för ansökningar", en: "Open for applications")
    static let spaceRoundAllocating = LocalizedText(sv: "Placeras", en: "Being placed")
    static let spaceRoundDecided = LocalizedText(sv: "Beslutad", en: "Decided")
    static func spaceRoundDates(opens: String, closes: String, weeks: String) -> LocalizedText {
        LocalizedText(
            sv: "Ansök \(opens) – \(closes). Perioden: \(weeks).",
            en: "Apply \(opens) – \(closes). The period: \(weeks).")
    }
    static func spaceTimelineTitle(round: String) -> LocalizedText {
        LocalizedText(sv: "Vem är var: \(round)", en: "Who is where: \(round)")
    }
    static let spaceWeek = LocalizedText(sv: "v.", en: "w.")
    static let spaceFree = LocalizedText(sv: "ledig", en: "free")
    static let spaceApplications = LocalizedText(sv: "Ansökningar", en: "Applications")
    static let spaceMyApplications = LocalizedText(sv: "Era ansökningar", en: "Your applications")
    static let spaceNoApplications = LocalizedText(sv: "Inga ansökningar.", en: "No applications.")
    static let spaceProject = LocalizedText(sv: "Projekt", en: "Project")
    static let spaceWeeks = LocalizedText(sv: "Veckor", en: "Weeks")
    static let spaceTeam = LocalizedText(sv: "Antal i teamet", en: "Team size")
    static let spaceNeeds = LocalizedText(sv: "Behov", en: "Needs")
    static let spaceWish = LocalizedText(sv: "Önskad yta", en: "Wished space")
    static let spaceStatus = LocalizedText(sv: "Läge", en: "Status")
    static let spaceProposed = LocalizedText(sv: "Förslag", en: "Proposed")
    static let spaceStatusPending = LocalizedText(sv: "Väntar", en: "Pending")
    static let spaceStatusApproved = LocalizedText(sv: "Placerad", en: "Placed")
    static let spaceStatusDeclined = LocalizedText(sv: "Avslagen", en: "Declined")
    static let spaceStatusWithdrawn = LocalizedText(sv: "Återtagen", en: "Withdrawn")
    static let spaceWithdraw = LocalizedText(sv: "Ta tillbaka ansökan", en: "Withdraw the application")
    static let spaceWithdrawn = LocalizedText(
        sv: "Ansökan är tillbakatagen. En beviljad plats är ledig igen för de veckorna.",
        en: "The application is withdrawn. A place it was given is free again for those weeks.")
    static func spaceProposalSummary(placed: String, of: String, wishes: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Förslaget placerar \(placed) av \(of) väntande ansökningar utan överlapp, \(wishes) i den önskade ytan.",
            en:
                "The proposal places \(placed) of \(of) pending applications without overlap, \(wishes) in the space wished for."
        )
    }
    static let spaceProposalNotExact = LocalizedText(
        sv: "Omgången är för stor för att pröva alla placeringar; förslaget är det bästa som hittades.",
        en: "The round is too big to try every placement; the proposal is the best one found.")
    static let spaceNoPlace = LocalizedText(sv: "ingen plats", en: "no place")
    static let spaceApprove = LocalizedText(sv: "Placera", en: "Place")
    static let spaceApproveIn = LocalizedText(sv: "Placera i", en: "Place in")
    static let spaceDecline = LocalizedText(sv: "Avslå", en: "Decline")
    static let spaceDeclineReason = LocalizedText(sv: "Skäl för avslag", en: "Reason for declining")
    static let spaceApplyTitle = LocalizedText(sv: "Ansök om en projektyta", en: "Apply for a project space")
    static let spaceApplySubmit = LocalizedText(sv: "Skicka ansökan", en: "Send the application")
    static let spaceApplyNoProject = LocalizedText(
        sv: "Du kan ansöka för ett projekt som du är med i. Be projektets coach om hjälp.",
        en: "You can apply for a project you are part of. Ask the project's coach for help.")
    static let spaceApplyClosed = LocalizedText(
        sv: "Omgången tar inte emot ansökningar nu.", en: "The round does not take applications now.")
    static let spaceFirstWeek = LocalizedText(sv: "Första veckan", en: "First week")
    static let spaceLastWeek = LocalizedText(sv: "Sista veckan", en: "Last week")
    static let spaceWeekHint = LocalizedText(
        sv: "En dag i veckan, till exempel 2027-03-08; hela veckan räknas.",
        en: "A day in the week, for example 2027-03-08; the whole week counts.")
    static let spaceNeedsHint = LocalizedText(
        sv: "Vad ni behöver: utrustning, tider, annat. Högst 2 000 tecken.",
        en: "What you need: equipment, times, other. At most 2,000 characters.")
    static let spaceNoWish = LocalizedText(sv: "Ingen särskild", en: "None in particular")
    static let spaceApplied = LocalizedText(
        sv: "Ansökan är skickad. Du får ett mejl när coacherna har beslutat.",
        en: "The application is sent. You are mailed when the coaches have decided.")
    static let spaceDecided = LocalizedText(
        sv: "Beslutet är sparat och den som ansökte har fått ett mejl.",
        en: "The decision is saved and the applicant has been mailed.")
    static func spaceConflict(project: String, weeks: String) -> LocalizedText {
        LocalizedText(
            sv: "Ytan är redan placerad åt \(project) \(weeks)",
            en: "The space is already placed for \(project) \(weeks)")
    }
    static let spaceNewTitle = LocalizedText(sv: "Lägg till en yta", en: "Add a space")
    static let spaceNewSubmit = LocalizedText(sv: "Lägg till ytan", en: "Add the space")
    static let spaceRoundNewTitle = LocalizedText(sv: "Ny ansökningsomgång", en: "New application round")
    static let spaceRoundNewSubmit = LocalizedText(sv: "Skapa omgången", en: "Create the round")
    static let spaceEditTitle = LocalizedText(sv: "Ändra ytan", en: "Change the space")
    static let spaceEditSubmit = LocalizedText(sv: "Spara ytan", en: "Save the space")
    static let spaceRoundEditTitle = LocalizedText(sv: "Ändra omgången", en: "Change the round")
    static let spaceRoundEditSubmit = LocalizedText(sv: "Spara omgången", en: "Save the round")
    static let spaceChange = LocalizedText(sv: "Ändra", en: "Change")
    static func spaceChangeNamed(_ name: String) -> LocalizedText {
        LocalizedText(sv: "Ändra \(name)", en: "Change \(name)")
    }
    static func spaceErrorPlacedTeam(_ size: String) -> LocalizedText {
        LocalizedText(
            sv: "Ett team på \(size) personer har en placering här som inte är över: ytan måste rymma minst så många.",
            en:
                "A team of \(size) people is placed here and its weeks are not over: the space must take at least as many."
        )
    }
    static func spaceErrorApplicationsOutside(_ count: String) -> LocalizedText {
        LocalizedText(
            sv:
                "\(count) ansökningar gäller veckor utanför den nya perioden. Avslå dem eller låt dem dra tillbaka först.",
            en: "\(count) applications are for weeks outside the new period. Decline them or have them withdrawn first."
        )
    }
    static let spaceRoundName = LocalizedText(sv: "Namn, till exempel Våren 2027", en: "Name, for example Spring 2027")
    static let spaceRoundOpensOn = LocalizedText(sv: "Ansökan öppnar", en: "Applications open")
    static let spaceRoundClosesOn = LocalizedText(sv: "Sista ansökningsdag", en: "Last day to apply")
    static let spaceErrorRoundDates = LocalizedText(
        sv: "Skriv en dag; ansökan stänger innan perioden börjar och perioden är högst två år",
        en: "Enter a day; applications close before the period starts and the period is at most two years")
    static let spaceErrorSpaceName = LocalizedText(
        sv: "Skriv ett namn, högst 120 tecken", en: "Enter a name, at most 120 characters")
    static let spaceErrorKind = LocalizedText(sv: "Välj ett slag", en: "Choose a kind")
    static let spaceErrorCapacity = LocalizedText(
        sv: "Skriv antalet platser, 1–1 000", en: "Enter the number of places, 1–1,000")
    static let spaceErrorPlace = LocalizedText(
        sv: "Välj en yta med plats för hela teamet", en: "Choose a space with room for the whole team")
    static let spaceErrorRoundClosed = LocalizedText(
        sv: "Omgången tar inte emot ansökningar nu", en: "The round does not take applications now")
    static let spaceErrorProject = LocalizedText(
        sv: "Välj ett projekt som du är med i", en: "Choose a project you are part of")
    static let spaceErrorWeek = LocalizedText(
        sv: "Skriv en dag inom omgångens period, den sista inte före den första",
        en: "Enter a day within the round's period, the last not before the first")
    static let spaceErrorTeam = LocalizedText(sv: "Skriv hur många ni är, 1–500", en: "Enter how many you are, 1–500")
    static let spaceErrorSpace = LocalizedText(sv: "Välj en av ytorna", en: "Choose one of the spaces")
    static func spaceMailApprovedSubject(project: String) -> LocalizedText {
        LocalizedText(sv: "\(project) har fått en projektyta", en: "\(project) has a project space")
    }
    static func spaceMailApproved(name: String, project: String, space: String, weeks: String, link: String)
        -> LocalizedText
    {
        LocalizedText(
            sv: "Hej \(name)!\n\n\(project) är placerat i \(space) \(weeks).\n\nOmgången: \(link)",
            en: "Hello \(name),\n\n\(project) is placed in \(space) \(weeks).\n\nThe round: \(link)")
    }
    static func spaceMailDeclinedSubject(project: String) -> LocalizedText {
        LocalizedText(sv: "Ansökan om projektyta för \(project)", en: "The application for a space for \(project)")
    }
    static func spaceMailDeclined(name: String, project: String, weeks: String, reason: String, link: String)
        -> LocalizedText
    {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nAnsökan om en projektyta för \(project) \(weeks) fick nej.\n\nSkäl: \(reason)\n\nOmgången: \(link)",
            en:
                "Hello \(name),\n\nThe application for a space for \(project) \(weeks) was declined.\n\nReason: \(reason)\n\nThe round: \(link)"
        )
    }
}
