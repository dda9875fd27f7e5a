/// The project feature's texts.
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static let projectsLead = LocalizedText(
        sv: "Här följer du projekten i hubben, steg för steg från behovsinsikt till beslut.",
        en: "Follow the hub's projects here, step by step from need insight to decision.")
    static let projectsText = LocalizedText(
        sv:
            "Varje projekt visar vad det ska förbättra, vilka som arbetar med det, vilka tester som gjorts och vad vi har lärt oss – även när ett projekt stoppas.",
        en:
            "Each project shows what it aims to improve, who works on it, which tests were run and what we learnt – also when a project stops."
    )
    static let paginationLabel = LocalizedText(sv: "Sidor", en: "Pages")
    static let paginationPrevious = LocalizedText(sv: "Föregående", en: "Previous")
    static let paginationNext = LocalizedText(sv: "Nästa", en: "Next")
    static func paginationPage(number: String) -> LocalizedText {
        LocalizedText(sv: "Sida \(number)", en: "Page \(number)")
    }
    static func paginationOf(page: String, count: String) -> LocalizedText {
        LocalizedText(sv: "Sida \(page) av \(count)", en: "Page \(page) of \(count)")
    }
    static let outcomeNoticeOnlyProcurement = LocalizedText(
        sv: "Bara projekt som gått till upphandling har en upphandlingsannons",
        en: "Only projects routed to procurement have a procurement notice")
    static let projectsTitle = LocalizedText(sv: "Följ arbetet", en: "Follow the work")
    static let projectsFeed = LocalizedText(
        sv: "Prenumerera på nyheterna i projekten (Atom-flöde)", en: "Subscribe to news from the projects (Atom feed)")
    static let projectsFeedTitle = LocalizedText(
        sv: "Innovationshubben – följ arbetet", en: "The innovation hub – follow the work")
    static let projectsFilter = LocalizedText(sv: "Filtrera projekten", en: "Filter the projects")
    static let projectsFilterButton = LocalizedText(sv: "Visa projekt", en: "Show projects")
    static func projectsCounts(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) projekt, per fas och utfall", en: "\(count) projects, by phase and outcome")
    }
    static let projectsColumnEmpty = LocalizedText(sv: "Inga projekt här just nu.", en: "No projects here right now.")
    static func projectsShowAll(count: String, name: String) -> LocalizedText {
        LocalizedText(sv: "Visa alla \(count) i \(name)", en: "Show all \(count) in \(name)")
    }
    static let projectsWholeBoard = LocalizedText(sv: "Hela tavlan", en: "The whole board")
    static let projectNew = LocalizedText(sv: "Starta ett projekt", en: "Start a project")
    static let projectCreate = LocalizedText(sv: "Starta projektet", en: "Start the project")
    static let projectCreated = LocalizedText(
        sv: "Projektet är startat i fasen behovsinsikt.", en: "The project has started in the need insight phase.")
    static let projectEdit = LocalizedText(sv: "Ändra projektet", en: "Edit the project")
    static let projectActions = LocalizedText(sv: "Arbeta med projektet", en: "Work on the project")
    static let projectInternal = LocalizedText(sv: "Internt", en: "Internal")
    static let projectOrganizationFilter = LocalizedText(sv: "Organisation", en: "Organisation")
    static let projectCoachFilter = LocalizedText(sv: "Innovationscoach", en: "Innovation coach")
    static func projectCoachIs(name: String) -> LocalizedText {
        LocalizedText(sv: "Coach: \(name)", en: "Coach: \(name)")
    }
    static func projectDaysInPhase(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) dagar i fasen", en: "\(count) days in this phase")
    }
    static func projectDaysInOutcome(count: String) -> LocalizedText {
        LocalizedText(sv: "Avgjort för \(count) dagar sedan", en: "Decided \(count) days ago")
    }
    static func projectStagePhase(name: String) -> LocalizedText {
        LocalizedText(sv: "Fas: \(name)", en: "Phase: \(name)")
    }
    static func projectStageOutcome(name: String) -> LocalizedText {
        LocalizedText(sv: "Utfall: \(name)", en: "Outcome: \(name)")
    }
    static func projectProgress(step: String, total: String, stage: String, percent: String) -> LocalizedText {
        LocalizedText(
            sv: "Steg \(step) av \(total) – \(stage) (\(percent) %)",
            en: "Step \(step) of \(total) – \(stage) (\(percent) %)")
    }
    static let projectInterest = LocalizedText(
        sv: "Vill du testa eller bidra till projektet? Anmäl intresse",
        en: "Would you like to test or contribute to the project? Register interest")
    static func projectKronor(amount: String) -> LocalizedText {
        LocalizedText(sv: "\(amount) kr", en: "SEK \(amount)")
    }
    static let projectFromIdea = LocalizedText(sv: "Projektet kommer från idén", en: "The project comes from the idea")
    static let projectFromIdeaHint = LocalizedText(
        sv: "Projektet startas från en antagen idé. Idén och projektet länkar till varandra.",
        en: "The project starts from an accepted idea. The idea and the project link to each other.")
    static let projectIdeaTaken = LocalizedText(
        sv: "Idén har redan ett projekt, eller är inte antagen. Projektet sparades inte.",
        en: "The idea already has a project, or is not accepted. The project was not saved.")
    static let projectTitleHint = LocalizedText(
        sv: "Kort och begripligt för alla, högst 140 tecken.",
        en: "Short and clear to everyone, at most 140 characters.")
    static let projectWhat = LocalizedText(sv: "Vad", en: "What")
    static let projectWhatHint = LocalizedText(sv: "Vad gör projektet?", en: "What does the project do?")
    static let projectWhy = LocalizedText(sv: "Varför", en: "Why")
    static let projectWhyHint = LocalizedText(
        sv: "Vilket behov finns, och hos vem?", en: "What need is there, and whose?")
    static let projectHow = LocalizedText(sv: "Hur", en: "How")
    static let projectHowHint = LocalizedText(
        sv: "Hur arbetar ni, och med vilka användare?", en: "How do you work, and with which users?")
    static let projectOrganizations = LocalizedText(sv: "Ägande organisationer", en: "Owning organisations")
    static let projectOrganizationsHint = LocalizedText(
        sv: "En eller flera förvaltningar eller partner.", en: "One or more departments or partners.")
    static let projectVisibility = LocalizedText(sv: "Synlighet", en: "Visibility")
    static let visibilityPublic = LocalizedText(sv: "Öppet för alla", en: "Public")
    static let visibilityInternal = LocalizedText(
        sv: "Internt (bara teamet och hubbens coacher)", en: "Internal (the team and the hub's coaches only)")
    static let projectLead = LocalizedText(sv: "Projektledare", en: "Project lead")
    static let projectCoach = LocalizedText(sv: "Innovationscoach", en: "Innovation coach")
    static let projectNobody = LocalizedText(sv: "Inte utsedd än", en: "Not appointed yet")
    static let projectTeam = LocalizedText(sv: "Team", en: "Team")
    static let projectTeamEdit = LocalizedText(sv: "Ändra teamet", en: "Edit the team")
    static let teamEmpty = LocalizedText(sv: "Inga fler i teamet än.", en: "No one else in the team yet.")
    static let teamAdd = LocalizedText(sv: "Lägg till i teamet", en: "Add to the team")
    static let teamAddHeading = LocalizedText(
        sv: "Lägg till en person eller ändra en roll", en: "Add a person or change a role")
    static let teamPerson = LocalizedText(sv: "Person", en: "Person")
    static let teamRole = LocalizedText(sv: "Roll", en: "Role")
    static let teamRoleText = LocalizedText(sv: "Annan roll", en: "Other role")
    static let teamRoleTextHint = LocalizedText(
        sv: "Fyll i när du valt ”Annan roll”.", en: "Fill in when you chose “Other role”.")
    static let teamRemove = LocalizedText(sv: "Ta bort", en: "Remove")
    static let memberInnovationCoach = LocalizedText(sv: "Innovationscoach", en: "Innovation coach")
    static let memberServiceDesigner = LocalizedText(sv: "Tjänstedesigner", en: "Service designer")
    static let memberRequirementsSpecialist = LocalizedText(sv: "Kravställare", en: "Requirements specialist")
    static let memberBusinessDeveloper = LocalizedText(sv: "Verksamhetsutvecklare", en: "Business developer")
    static let memberITArchitect = LocalizedText(sv: "IT-arkitekt", en: "IT architect")
    static let memberProgrammer = LocalizedText(sv: "Programmerare", en: "Programmer")
    static let memberOther = LocalizedText(sv: "Annan roll", en: "Other role")
    static let goalsHeading = LocalizedText(sv: "Effektmål", en: "Effect goals")
    static let goalsEmpty = LocalizedText(sv: "Inga effektmål än.", en: "No effect goals yet.")
    static let goalNew = LocalizedText(sv: "Nytt effektmål", en: "New effect goal")
    static let goalCreate = LocalizedText(sv: "Spara effektmålet", en: "Save the effect goal")
    static let goalWhat = LocalizedText(sv: "Vad ska bli bättre?", en: "What should get better?")
    static let goalWhatHint = LocalizedText(
        sv: "Till exempel ”Kortare väntetid för bygglov”.",
        en: "For example “Shorter waiting time for building permits”.")
    static let goalForWhom = LocalizedText(sv: "För vem", en: "For whom")
    static let goalMeasure = LocalizedText(sv: "Hur det mäts", en: "How it is measured")
    static let goalMeasureHint = LocalizedText(
        sv: "Mått och källa, till exempel ”median i dagar, ur ärendesystemet”.",
        en: "Measure and source, for example “median in days, from the case system”.")
    static let goalBaseline = LocalizedText(sv: "Utgångsläge", en: "Baseline")
    static let goalTarget = LocalizedText(sv: "Mål", en: "Target")
    static let goalMarkReached = LocalizedText(sv: "Markera som uppnått", en: "Mark as reached")
    static func goalReachedOn(date: String) -> LocalizedText {
        LocalizedText(sv: "Uppnått \(date)", en: "Reached \(date)")
    }
    static let goalReachedDate = LocalizedText(sv: "Datum då målet nåddes", en: "Date the goal was reached")
    static let goalReachedComment = LocalizedText(sv: "Kommentar", en: "Comment")
    static let goalReachedCommentHint = LocalizedText(
        sv: "Hur vet ni att målet är nått?", en: "How do you know the goal is reached?")
    static let moneyHeading = LocalizedText(sv: "Pengar", en: "Money")
    static let moneyBudget = LocalizedText(sv: "Uppskattad budget", en: "Estimated budget")
    static let moneyHint = LocalizedText(
        sv: "I hela kronor, till exempel 250000.", en: "In whole kronor, for example 250000.")
    static let moneyGranted = LocalizedText(sv: "Beviljat", en: "Granted")
    static let moneySpent = LocalizedText(sv: "Förbrukat", en: "Spent")
    static let moneyGrantedOne = LocalizedText(sv: "Beviljade medel", en: "Funds granted")
    static let moneySpentOne = LocalizedText(sv: "Förbrukade medel", en: "Funds spent")
    static let moneyTable = LocalizedText(sv: "Beviljade och förbrukade medel", en: "Funds granted and spent")
    static let moneyDate = LocalizedText(sv: "Datum", en: "Date")
    static let moneyKind = LocalizedText(sv: "Slag", en: "Kind")
    static let moneyAmount = LocalizedText(sv: "Belopp", en: "Amount")
    static let moneySource = LocalizedText(sv: "Källa", en: "Source")
    static let moneySourceHint = LocalizedText(
        sv: "Krävs för beviljade medel, till exempel ”Innovationsfonden 2027”.",
        en: "Required for funds granted, for example “Innovation fund 2027”.")
    static let moneyComment = LocalizedText(sv: "Kommentar", en: "Comment")
    static let fundNew = LocalizedText(sv: "Registrera pengar", en: "Record money")
    static let fundCreate = LocalizedText(sv: "Spara", en: "Save")
    static let experimentNew = LocalizedText(sv: "Nytt experiment", en: "New experiment")
    static let experimentCreate = LocalizedText(sv: "Spara experimentet", en: "Save the experiment")
    static let experimentEdit = LocalizedText(sv: "Ändra eller registrera resultat", en: "Edit or record the result")
    static func experimentNumber(number: String) -> LocalizedText {
        LocalizedText(sv: "Experiment \(number)", en: "Experiment \(number)")
    }
    static let experimentPhase = LocalizedText(sv: "Fas", en: "Phase")
    static let experimentHypothesis = LocalizedText(sv: "Hypotes", en: "Hypothesis")
    static let experimentHypothesisHint = LocalizedText(
        sv: "Vad tror ni, och om vem? ”Vi tror att …”", en: "What do you believe, and about whom? “We believe that …”")
    static let experimentMethod = LocalizedText(sv: "Metod", en: "Method")
    static let experimentCriterion = LocalizedText(sv: "Framgångskriterium", en: "Success criterion")
    static let experimentCriterionHint = LocalizedText(
        sv: "Vad måste hända för att hypotesen ska anses stödd?",
        en: "What must happen for the hypothesis to count as supported?")
    static let experimentParticipants = LocalizedText(sv: "Deltagare", en: "Participants")
    static let experimentParticipantsHint = LocalizedText(
        sv: "Hur många användare var med.", en: "How many users took part.")
    static func experimentParticipantsCount(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) deltagare", en: "\(count) participants")
    }
    static let experimentStarted = LocalizedText(sv: "Startdatum", en: "Start date")
    static let experimentEnded = LocalizedText(sv: "Slutdatum", en: "End date")
    static let experimentResult = LocalizedText(sv: "Resultat", en: "Result")
    static let experimentLearning = LocalizedText(sv: "Lärdom", en: "Learning")
    static let experimentLearningHint = LocalizedText(
        sv: "Krävs när ni anger ett resultat.", en: "Required when you give a result.")
    static let experimentErrorEnded = LocalizedText(
        sv: "Slutdatumet kan inte vara före startdatumet", en: "The end date cannot be before the start date")
    static let experimentErrorPhase = LocalizedText(
        sv: "Välj en fas som projektet har nått", en: "Choose a phase the project has reached")
    static let methodOther = LocalizedText(sv: "Annan metod", en: "Other method")
    static let experimentMethodOther = LocalizedText(sv: "Vilken annan metod", en: "Which other method")
    static let experimentMethodOtherHint = LocalizedText(
        sv: "Om metoden inte finns i metodbanken: skriv vilken ni använde.",
        en: "If the method is not in the toolbox: say which one you used.")
    static let experimentMethodHint = LocalizedText(
        sv: "Metoderna finns beskrivna i metodbanken.", en: "The methods are described in the method toolbox.")
    static let resultSupported = LocalizedText(sv: "Stödd", en: "Supported")
    static let resultRefuted = LocalizedText(sv: "Motbevisad", en: "Refuted")
    static let resultInconclusive = LocalizedText(sv: "Oklart", en: "Inconclusive")
    static let resultPending = LocalizedText(sv: "Pågår – inget resultat än", en: "Running – no result yet")
    static let journalNew = LocalizedText(sv: "Skriv i journalen", en: "Write in the journal")
    static let journalCreate = LocalizedText(sv: "Publicera", en: "Publish")
    static let journalKindLabel = LocalizedText(sv: "Slag", en: "Kind")
    static let journalBody = LocalizedText(sv: "Text", en: "Text")
    static let journalLink = LocalizedText(sv: "Länk", en: "Link")
    static let journalVisibility = LocalizedText(sv: "Vem får se inlägget", en: "Who may see the entry")
    static let journalPartialResult = LocalizedText(sv: "Delresultat", en: "Partial result")
    static let journalResult = LocalizedText(sv: "Resultat", en: "Result")
    static let journalDemo = LocalizedText(sv: "Demo", en: "Demo")
    static let journalDecision = LocalizedText(sv: "Beslut", en: "Decision")
    static let journalNote = LocalizedText(sv: "Anteckning", en: "Note")
    static let timelineHeading = LocalizedText(sv: "Tidslinje", en: "Timeline")
    static let timelineEmpty = LocalizedText(sv: "Inget på tidslinjen än.", en: "Nothing on the timeline yet.")
    static func timelineGate(decision: String) -> LocalizedText {
        LocalizedText(sv: "Gate-beslut: \(decision)", en: "Gate decision: \(decision)")
    }
    static func timelineGateMeta(date: String, name: String, from: String, to: String) -> LocalizedText {
        LocalizedText(
            sv: "\(date), av \(name). Från \(from) till \(to).", en: "\(date), by \(name). From \(from) to \(to).")
    }
    static func timelineExperiment(number: String, phase: String) -> LocalizedText {
        LocalizedText(sv: "Experiment \(number) i \(phase)", en: "Experiment \(number) in \(phase)")
    }
    static func timelineJournalMeta(date: String, name: String, phase: String) -> LocalizedText {
        LocalizedText(sv: "\(date), av \(name), i \(phase)", en: "\(date), by \(name), in \(phase)")
    }
    static let gateNew = LocalizedText(sv: "Gate-beslut", en: "Gate decision")
    static let gateCreate = LocalizedText(sv: "Spara beslutet", en: "Save the decision")
    static let gateSaved = LocalizedText(
        sv: "Gate-beslutet är sparat och syns på tidslinjen.",
        en: "The gate decision is saved and shown on the timeline.")
    static func gateLead(stage: String) -> LocalizedText {
        LocalizedText(
            sv: "Projektet är nu i \(stage). Vad visar det ni har lärt er?",
            en: "The project is now in \(stage). What does what you have learnt show?")
    }
    static let gateDecision = LocalizedText(sv: "Beslut", en: "Decision")
    static let gateContinue = LocalizedText(sv: "Fortsätt", en: "Continue")
    static let gatePivot = LocalizedText(sv: "Pivotera", en: "Pivot")
    static let gateSkip = LocalizedText(sv: "Hoppa framåt", en: "Skip ahead")
    static let gateStop = LocalizedText(sv: "Stoppa", en: "Stop")
    static let gateRoute = LocalizedText(sv: "Till ett utfall", en: "Route to an outcome")
    static let gateContinueHint = LocalizedText(sv: "vidare till nästa fas.", en: "on to the next phase.")
    static let gatePivotHint = LocalizedText(
        sv: "tillbaka till en tidigare fas; välj vilken.", en: "back to an earlier phase; choose which.")
    static let gateSkipHint = LocalizedText(
        sv: "förbi nästa fas när experimenten räcker; välj fas och experiment.",
        en: "past the next phase when the experiments allow; choose the phase and the experiments.")
    static let gateStopHint = LocalizedText(
        sv: "avsluta projektet; lärdomarna krävs och blir öppna.",
        en: "end the project; lessons learned are required and become public.")
    static let gateRouteHint = LocalizedText(
        sv: "egenutveckling, partnerskap eller upphandling; fyll i utfallets uppgifter och lärdomarna.",
        en: "in-house development, partnership or procurement; fill in the outcome's details and the lessons learned.")
    static let gateToPhase = LocalizedText(sv: "Till fas", en: "To phase")
    static let gateToPhaseNone = LocalizedText(sv: "Nästa fas (vid fortsätt)", en: "The next phase (when continuing)")
    static let gateRationale = LocalizedText(sv: "Motivering", en: "Rationale")
    static let gateRationaleHint = LocalizedText(
        sv: "Varför detta beslut? Motiveringen visas öppet på tidslinjen.",
        en: "Why this decision? The rationale is shown openly on the timeline.")
    static let gateEvidence = LocalizedText(sv: "Underlag:", en: "Evidence:")
    static let gateEvidenceHint = LocalizedText(
        sv: "De experiment beslutet vilar på.", en: "The experiments the decision rests on.")
    static let gateOutcomeLegend = LocalizedText(sv: "Utfall", en: "Outcome")
    static let gateOutcomeHint = LocalizedText(
        sv: "Bara när beslutet är ”Till ett utfall”.", en: "Only when the decision is “Route to an outcome”.")
    static let gateOutcome = LocalizedText(sv: "Vilket utfall", en: "Which outcome")
    static let gateErrorDecision = LocalizedText(sv: "Välj ett beslut", en: "Choose a decision")
    static let gateErrorNotAllowed = LocalizedText(
        sv:
            "Det beslutet går inte att fatta från projektets nuvarande fas, eller så har någon just fattat ett annat. Läs om sidan.",
        en:
            "That decision cannot be made from the project's current phase, or someone has just made another. Reload the page."
    )
    static let gateErrorToPhase = LocalizedText(
        sv: "Välj vilken fas projektet ska till", en: "Choose which phase the project goes to")
    static let gateErrorEvidence = LocalizedText(
        sv: "Välj de experiment i projektet som beslutet vilar på",
        en: "Choose the project's experiments the decision rests on")
    static let gateErrorOutcome = LocalizedText(
        sv: "Välj egenutveckling, partnerskap eller upphandling (för att stoppa, välj ”Stoppa”)",
        en: "Choose in-house development, partnership or procurement (to stop, choose “Stop”)")
    static let lessonsLearnedHint = LocalizedText(
        sv: "Krävs för att stoppa och för varje utfall. Vad vet ni nu som ni inte visste?",
        en: "Required to stop and for every outcome. What do you know now that you did not?")
    static let outcomeTakenOverBy = LocalizedText(sv: "Tas över av", en: "Taken over by")
    static let outcomeTakenOverByHint = LocalizedText(
        sv: "Vid egenutveckling: förvaltning eller systemägare.",
        en: "For in-house development: the department or system owner.")
    static let outcomePartner = LocalizedText(sv: "Partner", en: "Partner")
    static let outcomeContributions = LocalizedText(sv: "Vad var och en bidrar med", en: "What each side contributes")
    static let outcomeContributionsHint = LocalizedText(sv: "Vid partnerskap.", en: "For a partnership.")
    static let outcomeMarketDialogue = LocalizedText(sv: "Marknadsdialog", en: "Market dialogue")
    static let marketDialogueHeld = LocalizedText(sv: "Genomförd", en: "Held")
    static let marketDialoguePlanned = LocalizedText(sv: "Planerad", en: "Planned")
    static let outcomeRequirements = LocalizedText(
        sv: "Krav från projektets lärdomar", en: "Requirements from the project's learnings")
    static let outcomeRequirementsHint = LocalizedText(
        sv: "Vid upphandling: en sammanfattning av kraven.", en: "For procurement: a summary of the requirements.")
    static let outcomeNotice = LocalizedText(sv: "Upphandlingsannons", en: "Procurement notice")
    static let outcomeNoNotice = LocalizedText(
        sv: "Annonsen är inte publicerad än.", en: "The notice has not been published yet.")
    static let outcomeNoticeLabel = LocalizedText(
        sv: "Länk till upphandlingsannonsen", en: "Link to the procurement notice")
    static func fieldMissing(field: String) -> LocalizedText {
        LocalizedText(sv: "Fyll i ”\(field)”", en: "Fill in “\(field)”")
    }
    static func fieldInvalid(field: String) -> LocalizedText {
        LocalizedText(sv: "Välj ett av alternativen i ”\(field)”", en: "Choose one of the options in “\(field)”")
    }
    static let dateInvalid = LocalizedText(sv: "Ange ett datum som 2027-03-31", en: "Enter a date like 2027-03-31")
    static let dateHint = LocalizedText(sv: "Till exempel 2027-03-31.", en: "For example 2027-03-31.")
    static let numberInvalid = LocalizedText(
        sv: "Ange ett heltal, utan decimaler, som inte är negativt (belopp större än 0)",
        en: "Enter a whole number that is not negative (amounts above 0)")
    static let linkInvalid = LocalizedText(
        sv: "Ange en hel länk som börjar med https://", en: "Enter a full link starting with https://")
    static let linkHint = LocalizedText(
        sv: "En hel länk som börjar med https://", en: "A full link starting with https://")
    static func projectOnlyCoachChanges(field: String) -> LocalizedText {
        LocalizedText(
            sv: "Bara projektets coach och administratörer kan ändra \(field)",
            en: "Only the project's coach and administrators can change \(field)")
    }
    static func projectOnlyLeadChanges(field: String) -> LocalizedText {
        LocalizedText(
            sv: "Bara projektledaren, projektets coach och administratörer kan ändra \(field)",
            en: "Only the project lead, the project's coach and administrators can change \(field)")
    }
    static func fieldMissingOrTooLong(field: String, limit: String) -> LocalizedText {
        LocalizedText(
            sv: "Fyll i ”\(field)”, med högst \(limit) tecken", en: "Fill in “\(field)”, in at most \(limit) characters"
        )
    }
    static let projectFormChoose = LocalizedText(sv: "Välj …", en: "Choose …")
}
