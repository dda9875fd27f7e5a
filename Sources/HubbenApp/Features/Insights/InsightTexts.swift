import HubbenCore

enum InsightTexts {
    static func title(_ table: InsightTable) -> LocalizedText {
        switch table {
        case .funnel: LocalizedText(sv: "Från idé till utfall", en: "From idea to outcome")
        case .phaseDurations: LocalizedText(sv: "Tid i varje fas", en: "Time in each phase")
        case .outcomes: LocalizedText(sv: "Utfall per väg", en: "Outcomes by route")
        case .ideasByTheme: LocalizedText(sv: "Idéer per tema", en: "Ideas by theme")
        case .ideasBySource: LocalizedText(sv: "Idéer per avsändare", en: "Ideas by source")
        case .projectsByDepartment: LocalizedText(sv: "Projekt per förvaltning", en: "Projects by department")
        case .projectsByPartner: LocalizedText(sv: "Projekt per partner", en: "Projects by partner")
        case .partnerContributions:
            LocalizedText(sv: "Partnernas bidrag mot avtal", en: "Partners' contributions against agreements")
        case .spaceUtilisation: LocalizedText(sv: "Projektytornas beläggning", en: "Project space utilisation")
        case .roomBookings:
            LocalizedText(sv: "Bokningar av lokaler och resurser", en: "Bookings of premises and resources")
        case .eventAttendance: LocalizedText(sv: "Deltagande i evenemang", en: "Event attendance")
        }
    }

    /// What the table counts: the one definition the page, the downloads and the home page share.
    static func definition(_ table: InsightTable) -> LocalizedText {
        switch table {
        case .funnel:
            LocalizedText(
                sv:
                    "Idéer som lämnades in under perioden (utom sammanslagna) och hur många av dem som antogs; projekt som startade under perioden och hur många av dem som nu är i eller har passerat varje fas, och som har ett beslutat utfall. Andelen räknas mot steget före.",
                en:
                    "Ideas submitted in the period (except merged ones) and how many of them were accepted; projects started in the period and how many of them are in or have passed each phase, and have a decided outcome. Each share is of the step before."
            )
        case .phaseDurations:
            LocalizedText(
                sv:
                    "Varje vistelse i en fas som avslutades av ett grindbeslut under perioden: dagar från att projektet kom in i fasen (start eller föregående beslut) till beslutet. Median och 80:e percentil (närmaste rang).",
                en:
                    "Each stay in a phase ended by a gate decision within the period: days from entering the phase (start or previous decision) to the decision. Median and 80th percentile (nearest rank)."
            )
        case .outcomes:
            LocalizedText(
                sv:
                    "Projekt vars utfall beslutades under perioden, per väg: egenutveckling, partnerskap, upphandling eller avslutat.",
                en:
                    "Projects whose outcome was decided in the period, by route: in-house, partnership, procurement or stopped."
            )
        case .ideasByTheme:
            LocalizedText(
                sv: "Idéer som lämnades in under perioden per tema (en idé med två teman räknas i båda).",
                en: "Ideas submitted in the period by theme (an idea with two themes counts in both).")
        case .ideasBySource:
            LocalizedText(
                sv:
                    "Idéer som lämnades in under perioden efter avsändare: en reformgrupp när gruppen lämnade den, annars stadens medarbetare (medarbetare, coacher, administratörer), en partners personal eller invånare. Stadsdel sparas inte för idéer och redovisas därför inte.",
                en:
                    "Ideas submitted in the period by source: a reform group when the group submitted it, otherwise city staff (staff, coaches, administrators), a partner's staff or residents. Districts are not kept for ideas and so are not shown."
            )
        case .projectsByDepartment:
            LocalizedText(
                sv: "Projekt som startade under perioden per förvaltning som deltar i dem.",
                en: "Projects started in the period by the departments taking part in them.")
        case .projectsByPartner:
            LocalizedText(
                sv:
                    "Projekt som startade under perioden per partner som deltar i dem eller är partner i ett beslutat partnerskap.",
                en:
                    "Projects started in the period by the partners taking part in them or partnering in a decided partnership."
            )
        case .partnerContributions:
            LocalizedText(
                sv:
                    "Pengar (kronor) och timmar som loggats med en dag inom perioden, mot vad gällande och avslutade avtal lovar för den del av deras period som ligger inom perioden (hela år räknas en gång, resten efter dagar av 365).",
                en:
                    "Money (kronor) and hours logged with a day within the period, against what active and ended agreements promise for the part of their period within it (whole years once each, the rest by days of 365)."
            )
        case .spaceUtilisation:
            LocalizedText(
                sv:
                    "Dagar under perioden som varje projektyta var tilldelad ett projekt (beviljade ansökningar), som andel av periodens dagar.",
                en:
                    "Days of the period each project space was given to a project (approved applications), as a share of the period's days."
            )
        case .roomBookings:
            LocalizedText(
                sv: "Bekräftade bokningar som börjar under perioden, per slag av resurs, med deras timmar.",
                en: "Confirmed bookings starting within the period, per kind of resource, with their hours.")
        case .eventAttendance:
            LocalizedText(
                sv:
                    "Evenemang som började under perioden, per slag: antal, anmälda med plats och incheckade vid dörren, och andelen anmälda som checkade in.",
                en:
                    "Events that started within the period, per kind: how many, registered with a place and checked in at the door, and the share of the registered who checked in."
            )
        }
    }

    static func source(_ source: String) -> LocalizedText {
        switch source {
        case "city_staff": LocalizedText(sv: "Stadens medarbetare", en: "City staff")
        case "partner": LocalizedText(sv: "Partner", en: "Partners")
        case "reform_group": LocalizedText(sv: "Reformgrupper", en: "Reform groups")
        default: LocalizedText(sv: "Invånare", en: "Residents")
        }
    }
}

extension LocalizedText {
    static let insightsTitle = LocalizedText(sv: "Insikter", en: "Insights")
    static let insightsHubTeamTitle = LocalizedText(sv: "Insikter för hubbens team", en: "Insights for the hub team")
    static let insightsLead = LocalizedText(
        sv: "Hur idéer blir verklighet i hubben, i siffror. Välj period; varje tabell finns också som CSV och JSON.",
        en:
            "How ideas become reality in the hub, in numbers. Choose a period; every table is also available as CSV and JSON."
    )
    static let insightsHubTeamLead = LocalizedText(
        sv:
            "Samma tal som den offentliga sidan, men med interna projekt och evenemang, och partnernas bidrag mot avtal.",
        en:
            "The same numbers as the public page, but with internal projects and events, and partners' contributions against agreements."
    )
    static let insightsFrom = LocalizedText(sv: "Från och med", en: "From")
    static let insightsTo = LocalizedText(sv: "Till och med", en: "Until")
    static let insightsDayHint = LocalizedText(sv: "ÅÅÅÅ-MM-DD", en: "YYYY-MM-DD")
    static let insightsShow = LocalizedText(sv: "Visa perioden", en: "Show the period")
    static let insightsErrorDay = LocalizedText(
        sv: "Ange en dag som ÅÅÅÅ-MM-DD, högst tio år före slutet",
        en: "Give a day as YYYY-MM-DD, at most ten years before the end")
    static func insightsPeriod(_ from: String, _ to: String) -> LocalizedText {
        LocalizedText(sv: "Period: \(from) – \(to)", en: "Period: \(from) – \(to)")
    }
    static let insightsDefinitions = LocalizedText(sv: "Så räknas talen", en: "How the numbers are counted")
    static let insightsContents = LocalizedText(sv: "Tabeller", en: "Tables")
    static let insightsDownload = LocalizedText(sv: "Ladda ned", en: "Download")
    static let insightsEmpty = LocalizedText(sv: "Inget att visa för perioden.", en: "Nothing to show for the period.")
    static func insightsChartAlt(_ title: String) -> LocalizedText {
        LocalizedText(
            sv: "Stapeldiagram: \(title). Talen finns i tabellen nedanför.",
            en: "Bar chart: \(title). The numbers are in the table below.")
    }
    static let insightsOpenData = LocalizedText(sv: "Öppna data", en: "Open data")
    static let insightsNotMeasured = LocalizedText(sv: "–", en: "–")

    static let insightStageIdeas = LocalizedText(sv: "Idéer inlämnade", en: "Ideas submitted")
    static let insightStageAccepted = LocalizedText(sv: "Idéer antagna", en: "Ideas accepted")
    static let insightStageProjects = LocalizedText(sv: "Projekt startade", en: "Projects started")
    static let insightStageDecided = LocalizedText(sv: "Utfall beslutat", en: "Outcome decided")

    static let insightColumnStage = LocalizedText(sv: "Steg", en: "Step (Swedish)")
    static let insightColumnStageEN = LocalizedText(sv: "Steg (engelska)", en: "Step")
    static let insightColumnCount = LocalizedText(sv: "Antal", en: "Number")
    static let insightColumnShareOfPrevious = LocalizedText(sv: "Andel av steget före", en: "Share of the step before")
    static let insightColumnPhase = LocalizedText(sv: "Fas", en: "Phase (Swedish)")
    static let insightColumnPhaseEN = LocalizedText(sv: "Fas (engelska)", en: "Phase")
    static let insightColumnStays = LocalizedText(sv: "Avslutade vistelser", en: "Stays ended")
    static let insightColumnMedian = LocalizedText(sv: "Median, dagar", en: "Median, days")
    static let insightColumnP80 = LocalizedText(sv: "80:e percentil, dagar", en: "80th percentile, days")
    static let insightColumnOutcome = LocalizedText(sv: "Utfall", en: "Outcome (Swedish)")
    static let insightColumnOutcomeEN = LocalizedText(sv: "Utfall (engelska)", en: "Outcome")
    static let insightColumnProjects = LocalizedText(sv: "Projekt", en: "Projects")
    static let insightColumnShare = LocalizedText(sv: "Andel", en: "Share")
    static let insightColumnThemeSlug = LocalizedText(sv: "Temats kod", en: "Theme code")
    static let insightColumnTheme = LocalizedText(sv: "Tema", en: "Theme (Swedish)")
    static let insightColumnThemeEN = LocalizedText(sv: "Tema (engelska)", en: "Theme")
    static let insightColumnIdeas = LocalizedText(sv: "Idéer", en: "Ideas")
    static let insightColumnSourceKey = LocalizedText(sv: "Avsändarens kod", en: "Source code")
    static let insightColumnSource = LocalizedText(sv: "Avsändare", en: "Source (Swedish)")
    static let insightColumnSourceEN = LocalizedText(sv: "Avsändare (engelska)", en: "Source")
    static let insightColumnOrganizationID = LocalizedText(sv: "Organisationens nummer", en: "Organisation number")
    static let insightColumnDepartment = LocalizedText(sv: "Förvaltning", en: "Department")
    static let insightColumnPartner = LocalizedText(sv: "Partner", en: "Partner")
    static let insightColumnCash = LocalizedText(sv: "Bidrag, kronor", en: "Contributed, kronor")
    static let insightColumnAgreedCash = LocalizedText(sv: "Avtalat, kronor", en: "Agreed, kronor")
    static let insightColumnHours = LocalizedText(sv: "Timmar", en: "Hours")
    static let insightColumnAgreedHours = LocalizedText(sv: "Avtalade timmar", en: "Agreed hours")
    static let insightColumnSpaceID = LocalizedText(sv: "Ytans nummer", en: "Space number")
    static let insightColumnSpace = LocalizedText(sv: "Projektyta", en: "Project space")
    static let insightColumnDaysUsed = LocalizedText(sv: "Dagar tilldelad", en: "Days given")
    static let insightColumnUtilisation = LocalizedText(sv: "Beläggning", en: "Utilisation")
    static let insightColumnKindKey = LocalizedText(sv: "Slagets kod", en: "Kind code")
    static let insightColumnResourceKind = LocalizedText(sv: "Slag av resurs", en: "Kind of resource (Swedish)")
    static let insightColumnResourceKindEN = LocalizedText(sv: "Slag av resurs (engelska)", en: "Kind of resource")
    static let insightColumnBookings = LocalizedText(sv: "Bokningar", en: "Bookings")
    static let insightColumnEventKind = LocalizedText(sv: "Slag av evenemang", en: "Kind of event (Swedish)")
    static let insightColumnEventKindEN = LocalizedText(sv: "Slag av evenemang (engelska)", en: "Kind of event")
    static let insightColumnEvents = LocalizedText(sv: "Evenemang", en: "Events")
    static let insightColumnRegistered = LocalizedText(sv: "Anmälda", en: "Registered")
    static let insightColumnCheckedIn = LocalizedText(sv: "Incheckade", en: "Checked in")
    static let insightColumnCheckedInShare = LocalizedText(sv: "Andel incheckade", en: "Share checked in")
}
