import HubbenCore

enum PoolTexts {
    static func role(_ role: CompetencyRole) -> LocalizedText {
        switch role {
        case .innovationCoach: LocalizedText(sv: "Innovationscoach", en: "Innovation coach")
        case .serviceDesigner: LocalizedText(sv: "Tjänstedesigner", en: "Service designer")
        case .requirementsSpecialist: LocalizedText(sv: "Kravställare", en: "Requirements specialist")
        case .businessDeveloper: LocalizedText(sv: "Verksamhetsutvecklare", en: "Business developer")
        case .itArchitect: LocalizedText(sv: "IT-arkitekt", en: "IT architect")
        case .programmer: LocalizedText(sv: "Programmerare", en: "Programmer")
        case .projectManager: LocalizedText(sv: "Projektledare", en: "Project manager")
        case .dataAnalyst: LocalizedText(sv: "Dataanalytiker", en: "Data analyst")
        }
    }

    static func competency(_ competency: Competency, _ t: Localizer) -> String {
        competency.role.map { t(role($0)) } ?? competency.skill
    }

    static func level(_ level: Int) -> LocalizedText {
        switch level {
        case 1: LocalizedText(sv: "1 – grundläggande", en: "1 – grounding")
        case 2: LocalizedText(sv: "2 – van", en: "2 – practised")
        case 3: LocalizedText(sv: "3 – avancerad", en: "3 – advanced")
        default: LocalizedText(sv: "4 – expert", en: "4 – expert")
        }
    }

    /// "v. 10–18", with the years when the period crosses one ("v. 50 2027 – v. 8 2028").
    static func weeks(_ period: Period, _ t: Localizer) -> String {
        let (from, through) = (period.from.isoWeek, period.through.isoWeek)
        let prefix = t(LocalizedText(sv: "v.", en: "w."))
        if from.year == through.year {
            return from.week == through.week ? "\(prefix) \(from.week)" : "\(prefix) \(from.week)–\(through.week)"
        }
        return "\(prefix) \(from.week) \(from.year) – \(prefix) \(through.week) \(through.year)"
    }

    static func week(_ monday: Day, _ t: Localizer) -> String {
        let week = monday.isoWeek
        return t(LocalizedText(sv: "v. \(week.week)", en: "w. \(week.week)"))
    }

    /// Why someone is suggested: "Programmerare nivå 3, 40 % ledig v. 10–18, redan i projektet".
    static func reason(_ suggestion: StaffingSuggestion, need: StaffingNeed, _ t: Localizer) -> String {
        var text = t(
            .poolReason(
                competency: competency(need.competency, t), level: "\(suggestion.candidate.level)",
                free: "\(suggestion.free)", weeks: weeks(need.period, t)))
        if !suggestion.meetsLevel { text += t(.poolReasonBelow) }
        if suggestion.candidate.inProject { text += t(.poolReasonInProject) }
        return text
    }

    static func needErrors(_ problems: FieldProblems<StaffingNeedDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in StaffingNeedDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.phase, _): t(.poolErrorPhase)
                case (.competency, _): t(.poolErrorCompetency)
                case (.level, _): t(.poolErrorLevel)
                case (.percent, _): t(.poolErrorPercent)
                case (.startsOn, .unreadable), (.endsOn, .unreadable): t(.dateInvalid)
                case (.startsOn, _): t(.poolErrorStartsOn)
                case (.endsOn, _): t(.poolErrorPeriod)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }

    static func assignmentErrors(_ problems: FieldProblems<PoolActions.AssignmentField>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in PoolActions.AssignmentField.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.accountID, .closed): t(.poolErrorAlreadyAssigned)
                case (.accountID, _): t(.poolErrorPerson)
                case (.needID, _): t(.poolErrorNeed)
                case (.competency, _): t(.poolErrorCompetency)
                case (.percent, _): t(.poolErrorPercent)
                case (.startsOn, _): t(.poolErrorStartsOn)
                case (.endsOn, _): t(.poolErrorPeriod)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }

    static func profileErrors(_ problems: [CompetenceProfileDraft.Problem], _ t: Localizer) -> [String] {
        problems.map { problem in
            switch problem {
            case .tooMany: t(.poolErrorTooMany)
            case .level: t(.poolErrorLevel)
            case .validity: t(.poolErrorValidity)
            case .duplicate: t(.poolErrorDuplicate)
            case .percent: t(.poolErrorAvailabilityPercent)
            }
        }
    }
}

extension LocalizedText {
    static let poolTitle = LocalizedText(sv: "Kompetenser", en: "Competencies")
    static let poolLead = LocalizedText(
        sv:
            "Hubbens kompetenspool: vem som kan vad, på vilken nivå och med hur mycket tid. Uppgifterna är interna – bara hubbens team, personen själv och samordnarna i personens organisation ser dem.",
        en:
            "The hub's competence pool: who knows what, at which level and with how much time. The data is internal – only the hub team, the person and their organisation's coordinators see it."
    )
    static let poolMine = LocalizedText(sv: "Mina kompetenser", en: "My competencies")
    static let poolMineLead = LocalizedText(
        sv:
            "Dina kompetenser och hur mycket av din tid du har för hubbens projekt. Bara du, hubbens team och samordnarna i din organisation ser dem.",
        en:
            "Your competencies and how much of your time you have for the hub's projects. Only you, the hub team and your organisation's coordinators see them."
    )
    static let poolLoad = LocalizedText(sv: "Beläggning", en: "Load")
    static let poolLoadLead = LocalizedText(
        sv: "Tilldelad tid per person och vecka, i procent av heltid. Veckor över 100 % är markerade.",
        en: "Assigned time per person and week, in percent of full time. Weeks over 100 % are marked.")
    static let poolCompetency = LocalizedText(sv: "Kompetens", en: "Competency")
    static let poolSkill = LocalizedText(sv: "Annan färdighet", en: "Other skill")
    static let poolSkillHint = LocalizedText(
        sv: "Om kompetensen inte är en av hubbens roller: skriv den med egna ord (högst 80 tecken).",
        en: "If the competency is not one of the hub's roles: write it in your own words (80 characters at most).")
    static let poolAnyCompetency = LocalizedText(sv: "Alla kompetenser", en: "All competencies")
    static let poolChooseSkill = LocalizedText(sv: "Annan färdighet (skriv nedan)", en: "Other skill (write below)")
    static let poolLevel = LocalizedText(sv: "Nivå", en: "Level")
    static let poolMinLevel = LocalizedText(sv: "Lägsta nivå", en: "Lowest level")
    static let poolAnyLevel = LocalizedText(sv: "Alla nivåer", en: "Any level")
    static let poolValidFrom = LocalizedText(sv: "Gäller från", en: "Valid from")
    static let poolValidUntil = LocalizedText(sv: "Gäller till och med", en: "Valid until")
    static let poolOptionalDate = LocalizedText(
        sv: "Valfritt. Skriv som 2027-03-15.", en: "Optional. Write as 2027-03-15.")
    static let poolFreeFrom = LocalizedText(sv: "Ledig från", en: "Free from")
    static let poolFreeTo = LocalizedText(sv: "Ledig till och med", en: "Free until")
    static let poolFilter = LocalizedText(sv: "Visa", en: "Show")
    static let poolOrganization = LocalizedText(sv: "Organisation", en: "Organisation")
    static let poolName = LocalizedText(sv: "Namn", en: "Name")
    static let poolFree = LocalizedText(sv: "Ledigt under perioden", en: "Free in the period")
    static func poolPeopleCount(_ count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) personer", en: "\(count) people")
    }
    static let poolNone = LocalizedText(sv: "Ingen matchar.", en: "Nobody matches.")
    static let poolCompetenciesHeading = LocalizedText(sv: "Kompetenser", en: "Competencies")
    static let poolAvailabilityHeading = LocalizedText(sv: "Tillgänglighet", en: "Availability")
    static let poolAvailabilityHint = LocalizedText(
        sv: "Hur stor del av heltid du har för hubbens projekt under en period.",
        en: "How much of full time you have for the hub's projects in a period.")
    static let poolAssignmentsHeading = LocalizedText(sv: "Uppdrag", en: "Assignments")
    static let poolWeeksHeading = LocalizedText(sv: "Veckor framåt", en: "The weeks ahead")
    static let poolNoCompetencies = LocalizedText(sv: "Inga kompetenser angivna.", en: "No competencies given.")
    static let poolNoAvailability = LocalizedText(sv: "Ingen tillgänglighet angiven.", en: "No availability given.")
    static let poolNoAssignments = LocalizedText(sv: "Inga uppdrag.", en: "No assignments.")
    static let poolPeriod = LocalizedText(sv: "Period", en: "Period")
    static let poolPercent = LocalizedText(sv: "Andel av heltid (%)", en: "Share of full time (%)")
    static let poolPercentHint = LocalizedText(sv: "Ett heltal 0–100.", en: "A whole number 0–100.")
    static let poolStartsOn = LocalizedText(sv: "Från", en: "From")
    static let poolEndsOn = LocalizedText(sv: "Till och med", en: "Until")
    static let poolWeek = LocalizedText(sv: "Vecka", en: "Week")
    static let poolAvailable = LocalizedText(sv: "Tillgänglig", en: "Available")
    static let poolAssigned = LocalizedText(sv: "Tilldelad", en: "Assigned")
    static let poolOver = LocalizedText(sv: "Över 100 %", en: "Over 100 %")
    static let poolOverHidden = LocalizedText(sv: " (över heltid)", en: " (over full time)")
    static let poolAddCompetency = LocalizedText(sv: "Lägg till kompetensen", en: "Add the competency")
    static let poolAddAvailability = LocalizedText(sv: "Lägg till perioden", en: "Add the period")
    static let poolRemove = LocalizedText(sv: "Ta bort", en: "Remove")
    static func poolRemoveNamed(_ name: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort \(name)", en: "Remove \(name)")
    }
    static let poolSaved = LocalizedText(sv: "Sparat.", en: "Saved.")
    static let poolProject = LocalizedText(sv: "Projekt", en: "Project")
    static let poolPerson = LocalizedText(sv: "Person", en: "Person")
    static let poolPartnerTime = LocalizedText(
        sv: "räknas som partnerns bidrag", en: "counts as the partner's contribution")
    static let poolEarlier = LocalizedText(sv: "Tidigare veckor", en: "Earlier weeks")
    static let poolLater = LocalizedText(sv: "Senare veckor", en: "Later weeks")
    static let poolLoadFrom = LocalizedText(sv: "Från veckan med dagen", en: "From the week of")
    static let poolLoadNone = LocalizedText(
        sv: "Ingen har tid angiven eller tilldelad de här veckorna.",
        en: "Nobody has time stated or assigned in these weeks.")
    static let poolPageOf = LocalizedText(sv: "Sida", en: "Page")
    static let poolNextPage = LocalizedText(sv: "Nästa sida", en: "Next page")
    static let poolPreviousPage = LocalizedText(sv: "Föregående sida", en: "Previous page")

    // Staffing
    static let staffingTitle = LocalizedText(sv: "Bemanning", en: "Staffing")
    static func staffingHeading(_ title: String) -> LocalizedText {
        LocalizedText(sv: "Bemanning: \(title)", en: "Staffing: \(title)")
    }
    static let staffingLead = LocalizedText(
        sv:
            "Projektets behov per fas, förslag rangordnade efter kompetens och nivå, ledig tid under perioden och om personen redan är i projektet.",
        en:
            "The project's needs per phase, suggestions ranked by competency and level, free time in the period and whether the person is already in the project."
    )
    static let staffingNewNeed = LocalizedText(sv: "Nytt behov", en: "New need")
    static let staffingAddNeed = LocalizedText(sv: "Lägg till behovet", en: "Add the need")
    static let staffingPhase = LocalizedText(sv: "Fas", en: "Phase")
    static let staffingNoNeeds = LocalizedText(sv: "Inga behov angivna ännu.", en: "No needs stated yet.")
    static func staffingNeed(competency: String, level: String, percent: String, weeks: String, phase: String)
        -> LocalizedText
    {
        LocalizedText(
            sv: "\(competency) nivå \(level), \(percent) % \(weeks) (\(phase))",
            en: "\(competency) level \(level), \(percent) % \(weeks) (\(phase))")
    }
    static let staffingSuggestions = LocalizedText(sv: "Förslag", en: "Suggestions")
    static let staffingNoSuggestions = LocalizedText(
        sv: "Ingen i poolen har kompetensen på nivån under perioden.",
        en: "Nobody in the pool has the competency at the level in the period.")
    static let staffingWhy = LocalizedText(sv: "Varför", en: "Why")
    static let staffingScore = LocalizedText(sv: "Poäng", en: "Score")
    static let staffingAssign = LocalizedText(sv: "Tilldela", en: "Assign")
    static func staffingAssignNamed(_ name: String) -> LocalizedText {
        LocalizedText(sv: "Tilldela \(name)", en: "Assign \(name)")
    }
    static let staffingAssigned = LocalizedText(sv: "Tilldelade", en: "Assigned")
    static let staffingNobodyAssigned = LocalizedText(sv: "Ingen tilldelad ännu.", en: "Nobody assigned yet.")
    static let staffingWarningsHeading = LocalizedText(sv: "Över 100 %", en: "Over 100 %")
    static func staffingWarning(name: String, weeks: String) -> LocalizedText {
        LocalizedText(
            sv: "\(name) är tilldelad mer än heltid: \(weeks).",
            en: "\(name) is assigned more than full time: \(weeks).")
    }
    static let staffingOtherAssignments = LocalizedText(
        sv: "Tilldelade utan behov", en: "Assigned without a need")
    static let staffingLink = LocalizedText(sv: "Bemanning", en: "Staffing")
    static func poolReason(competency: String, level: String, free: String, weeks: String) -> LocalizedText {
        LocalizedText(
            sv: "\(competency) nivå \(level), \(free) % ledig \(weeks)",
            en: "\(competency) level \(level), \(free) % free \(weeks)")
    }
    static let poolReasonBelow = LocalizedText(sv: " (en nivå under)", en: " (one level below)")
    static let poolReasonInProject = LocalizedText(sv: ", redan i projektet", en: ", already in the project")

    static let poolErrorPhase = LocalizedText(sv: "Välj en fas", en: "Choose a phase")
    static let poolErrorCompetency = LocalizedText(
        sv: "Välj en av hubbens roller eller skriv en annan färdighet (högst 80 tecken)",
        en: "Choose one of the hub's roles or write another skill (80 characters at most)")
    static let poolErrorLevel = LocalizedText(sv: "Välj en nivå 1–4", en: "Choose a level 1–4")
    static let poolErrorPercent = LocalizedText(
        sv: "Skriv andelen av heltid som ett heltal 1–100", en: "Write the share of full time as a whole number 1–100")
    static let poolErrorAvailabilityPercent = LocalizedText(
        sv: "Skriv andelen av heltid som ett heltal 0–100", en: "Write the share of full time as a whole number 0–100")
    static let poolErrorStartsOn = LocalizedText(
        sv: "Skriv när perioden börjar, som 2027-03-15", en: "Write when the period starts, as 2027-03-15")
    static let poolErrorPeriod = LocalizedText(
        sv: "Skriv när perioden slutar: samma dag som starten eller senare, högst tre år och mellan år 2000 och 2100",
        en: "Write when the period ends: the start day or later, three years at most and between 2000 and 2100")
    static let poolErrorValidity = LocalizedText(
        sv: "Slutdagen kan inte vara före startdagen", en: "The end day cannot be before the start day")
    static let poolErrorDuplicate = LocalizedText(
        sv: "Du har redan den kompetensen – ta bort den först för att ändra nivån",
        en: "You already have that competency – remove it first to change the level")
    static let poolErrorTooMany = LocalizedText(
        sv: "Högst 30 kompetenser och 60 perioder", en: "At most 30 competencies and 60 periods")
    static let poolErrorPerson = LocalizedText(
        sv: "Välj någon som arbetar i eller med hubben", en: "Choose someone who works at or with the hub")
    static let poolErrorAlreadyAssigned = LocalizedText(
        sv: "Personen är redan tilldelad det behovet", en: "The person is already assigned to that need")
    static let poolErrorNeed = LocalizedText(sv: "Behovet finns inte i projektet", en: "The need is not in the project")
}
