import HubbenCore

enum PartnerTexts {
    /// "7,5 h" / "7.5 h": minutes as hours with at most two decimals.
    static func hours(_ minutes: Int, _ language: Language) -> String {
        let hundredths = Int((Double(minutes) / 60 * 100).rounded())
        let whole = NumberFormat.integer(hundredths / 100, language: language)
        let rest = hundredths % 100
        let decimal = language == .sv ? "," : "."
        let fraction = rest == 0 ? "" : decimal + (rest % 10 == 0 ? "\(rest / 10)" : rest < 10 ? "0\(rest)" : "\(rest)")
        return whole + fraction + "\u{00A0}h"
    }

    /// A whole percentage, "–" when nothing was agreed.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return "\(Int((Double(part) / Double(whole) * 100).rounded()))\u{00A0}%"
    }

    static func status(_ status: AgreementStatus) -> LocalizedText {
        switch status {
        case .draft: .partnerStatusDraft
        case .active: .partnerStatusActive
        case .ended: .partnerStatusEnded
        }
    }

    static func profileErrors(_ problems: FieldProblems<PartnerProfileDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in PartnerProfileDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.contactRole, .invalid): t(.partnerErrorContactRole)
                case (.focusAreas, _): t(.partnerFocusAreasHint)
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                default: t(.partnerDescriptionHint)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }

    static func agreementErrors(_ problems: FieldProblems<AgreementDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in AgreementDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.startsOn, _): t(.partnerErrorStartsOn)
                case (.endsOn, _): t(.partnerErrorEndsOn)
                case (.status, _): t(.partnerErrorStatus)
                case (.cashPerYear, _): t(.partnerErrorCashPerYear)
                case (.hoursPerYear, _): t(.partnerErrorHoursPerYear)
                case (.focusAreas, _): t(.partnerFocusAreasHint)
                case (.note, _): t(.fieldTooLong(limit: NumberFormat.integer(4000, language: t.language)))
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }

    static func contributionErrors(
        _ problems: FieldProblems<ContributionDraft.Field>, kind: ContributionKind?, _ t: Localizer
    )
        -> FormErrors
    {
        var errors = FormErrors()
        for field in ContributionDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.organization, .notAllowed): t(.partnerErrorNotYourPartner)
                case (.organization, _): t(.partnerErrorPartner)
                case (.kind, _): t(.partnerErrorKind)
                case (.amount, _): kind == .cash ? t(.partnerErrorCash) : t(.partnerErrorHours)
                case (.day, _): t(.partnerErrorDay)
                case (.what, .missing): t(.partnerErrorWhat)
                case (.what, _): t(.fieldTooLong(limit: "500"))
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}

extension LocalizedText {
    static let partnersTitle = LocalizedText(sv: "Partner", en: "Partners")
    static let partnersLead = LocalizedText(
        sv:
            "Hubben bygger på öppen innovation. Våra partner medfinansierar, bidrar med personal och kompetens och driver egna innovationsprojekt här.",
        en:
            "The hub is built on open innovation. Our partners co-finance it, contribute staff and expertise and run their own innovation projects here."
    )
    static let partnersEmpty = LocalizedText(sv: "Hubben har inga partner än.", en: "The hub has no partners yet.")
    static let partnersBecomeHeading = LocalizedText(
        sv: "Vill ni bli partner?", en: "Would you like to become a partner?")
    static let partnersBecome = LocalizedText(
        sv:
            "Företag, universitet och föreningar som vill utveckla staden tillsammans med oss är välkomna. Hör av er till hubbens team.",
        en:
            "Companies, universities and associations that want to develop the city together with us are welcome. Get in touch with the hub's team."
    )
    static let partnerFocusAreas = LocalizedText(sv: "Fokusområden", en: "Focus areas")
    static let partnerFocusAreasHint = LocalizedText(
        sv: "Ett område per rad, högst 20 och högst 80 tecken vardera.",
        en: "One area per line, at most 20 of them and 80 characters each.")
    static let partnerContactRole = LocalizedText(sv: "Kontakt", en: "Contact")
    static let partnerContactRoleHint = LocalizedText(
        sv: "En roll, till exempel Innovationsansvarig – aldrig en persons e-postadress.",
        en: "A role, for example Head of innovation – never a person's e-mail address.")
    static func partnerContactThrough(role: String) -> LocalizedText {
        LocalizedText(sv: "\(role), via hubbens team", en: "\(role), through the hub's team")
    }
    static let partnerActions = LocalizedText(sv: "Partnerns verktyg", en: "The partner's tools")
    static let partnerEditProfile = LocalizedText(sv: "Ändra profilen", en: "Change the profile")
    static func partnerEditProfileOf(_ name: String) -> LocalizedText {
        LocalizedText(sv: "Ändra profilen för \(name)", en: "Change the profile of \(name)")
    }
    static let partnerDescription = LocalizedText(sv: "Vilka ni är", en: "Who you are")
    static let partnerDescriptionHint = LocalizedText(
        sv: "Några meningar om organisationen och vad ni gör i hubben. Högst 4 000 tecken.",
        en: "A few sentences on the organisation and what you do at the hub. At most 4,000 characters.")
    static let partnerSaveProfile = LocalizedText(sv: "Spara profilen", en: "Save the profile")
    static let partnerProfileSaved = LocalizedText(sv: "Profilen är sparad.", en: "The profile is saved.")
    static let partnerErrorContactRole = LocalizedText(
        sv: "Skriv en roll, inte en e-postadress.", en: "Write a role, not an e-mail address.")
    static let partnerContributedHeading = LocalizedText(sv: "Bidrag till hubben", en: "Contribution to the hub")
    static func partnerTotals(cash: String, hours: String) -> LocalizedText {
        LocalizedText(sv: "\(cash) och \(hours) personal", en: "\(cash) and \(hours) of staff time")
    }
    static func partnerContributedSummary(totals: String, projects: String) -> LocalizedText {
        LocalizedText(
            sv: "Hittills \(totals). Projekt i hubben: \(projects).",
            en: "So far \(totals). Projects at the hub: \(projects).")
    }
    static let partnerProjectsHeading = LocalizedText(sv: "Projekt i hubben", en: "Projects at the hub")
    static let partnerNoProjects = LocalizedText(sv: "Inga publika projekt än.", en: "No public projects yet.")
    static let partnerStage = LocalizedText(sv: "Läge", en: "Stage")
    static let partnerRelation = LocalizedText(sv: "Roll", en: "Role")
    static let partnerOwned = LocalizedText(sv: "Äger projektet", en: "Owns the project")
    static let partnerPartnered = LocalizedText(sv: "Partner eller bidrag", en: "Partner or contributor")
    static let partnerCash = LocalizedText(sv: "Medfinansiering", en: "Co-financing")
    static let partnerHours = LocalizedText(sv: "Personaltid", en: "Staff time")
    static let partnerResultsHeading = LocalizedText(sv: "Resultat", en: "Results")
    static let partnerNoResults = LocalizedText(sv: "Inga publicerade resultat än.", en: "No published results yet.")
    static let partnerEventsHeading = LocalizedText(sv: "Evenemang", en: "Events")
    static let partnerNoEvents = LocalizedText(
        sv: "Partnerns projekt har inte visats på något evenemang än.",
        en: "The partner's projects have not been shown at an event yet.")
    static let partnerAgreements = LocalizedText(sv: "Avtal", en: "Agreements")
    static func partnerAgreementsOf(_ name: String) -> LocalizedText {
        LocalizedText(sv: "Avtal med \(name)", en: "Agreements with \(name)")
    }
    static let partnerNoAgreements = LocalizedText(sv: "Inga avtal än.", en: "No agreements yet.")
    static func partnerAgreementNamed(period: String) -> LocalizedText {
        LocalizedText(sv: "Avtal \(period)", en: "Agreement \(period)")
    }
    static func partnerAgreementWith(partner: String, period: String) -> LocalizedText {
        LocalizedText(sv: "Avtal med \(partner), \(period)", en: "Agreement with \(partner), \(period)")
    }
    static func partnerOfAgreed(contributed: String, agreed: String, percent: String) -> LocalizedText {
        LocalizedText(
            sv: "\(contributed) av avtalade \(agreed) (\(percent))",
            en: "\(contributed) of the agreed \(agreed) (\(percent))")
    }
    static let partnerStatus = LocalizedText(sv: "Läge", en: "Status")
    static let partnerStatusDraft = LocalizedText(sv: "Utkast", en: "Draft")
    static let partnerStatusActive = LocalizedText(sv: "Gäller", en: "Active")
    static let partnerStatusEnded = LocalizedText(sv: "Avslutat", en: "Ended")
    static let partnerAgreementNew = LocalizedText(sv: "Nytt avtal", en: "New agreement")
    static let partnerAgreementCreate = LocalizedText(sv: "Spara avtalet", en: "Save the agreement")
    static let partnerAgreementEdit = LocalizedText(sv: "Ändra avtalet", en: "Change the agreement")
    static let partnerAgreementSave = LocalizedText(sv: "Spara ändringarna", en: "Save the changes")
    static let partnerAgreementSaved = LocalizedText(sv: "Avtalet är sparat.", en: "The agreement is saved.")
    static let partnerAgreementProgress = LocalizedText(
        sv: "Bidraget mot avtalet", en: "Contributed against the agreement")
    static let partnerPartnerships = LocalizedText(
        sv: "Partnerskap beslutade under avtalet", en: "Partnerships decided under the agreement")
    static let partnerNoPartnerships = LocalizedText(
        sv: "Inget projekt har gått till partnerskap med partnern under perioden.",
        en: "No project went on to a partnership with the partner in the period.")
    static let partnerContributionsInPeriod = LocalizedText(
        sv: "Bidrag under avtalsperioden", en: "Contributions in the agreement's period")
    static let partnerStartsOn = LocalizedText(sv: "Gäller från", en: "Valid from")
    static let partnerEndsOn = LocalizedText(sv: "Gäller till och med", en: "Valid until and including")
    static let partnerCashPerYear = LocalizedText(sv: "Medfinansiering per år (kr)", en: "Co-financing per year (SEK)")
    static let partnerHoursPerYear = LocalizedText(sv: "Personaltid per år (timmar)", en: "Staff time per year (hours)")
    static let partnerWholeKronor = LocalizedText(
        sv: "Hela kronor, 0 om avtalet inte har medfinansiering.",
        en: "Whole kronor, 0 if the agreement has no co-financing.")
    static let partnerWholeHours = LocalizedText(
        sv: "Hela timmar, 0 om avtalet inte lånar ut personal.", en: "Whole hours, 0 if the agreement lends no staff.")
    static let partnerNote = LocalizedText(sv: "Anteckning", en: "Note")
    static let partnerNoteHint = LocalizedText(
        sv: "Syns för hubbens team och partnerns personal. Högst 4 000 tecken.",
        en: "Seen by the hub's team and the partner's staff. At most 4,000 characters.")
    static let partnerErrorStartsOn = LocalizedText(
        sv: "Skriv första dagen som ett datum, till exempel 2027-01-01.",
        en: "Write the first day as a date, for example 2027-01-01.")
    static let partnerErrorEndsOn = LocalizedText(
        sv: "Skriv sista dagen som ett datum, samma som eller efter första dagen och högst tio år senare.",
        en: "Write the last day as a date, on or after the first day and at most ten years later.")
    static let partnerErrorStatus = LocalizedText(sv: "Välj avtalets läge.", en: "Choose the agreement's status.")
    static let partnerErrorCashPerYear = LocalizedText(
        sv: "Skriv medfinansieringen i hela kronor, från 0 till 1 000 000 000.",
        en: "Write the co-financing in whole kronor, from 0 to 1,000,000,000.")
    static let partnerErrorHoursPerYear = LocalizedText(
        sv: "Skriv personaltiden i hela timmar, från 0 till 200 000.",
        en: "Write the staff time in whole hours, from 0 to 200,000.")
    static let partnerLatestContributions = LocalizedText(sv: "Senaste bidragen", en: "Latest contributions")
    static let partnerContributionRows = LocalizedText(sv: "Bidragen", en: "The contributions")
    static let partnerNoContributions = LocalizedText(sv: "Inga bidrag än.", en: "No contributions yet.")
    static let partnerPartner = LocalizedText(sv: "Partner", en: "Partner")
    static let partnerWho = LocalizedText(sv: "Vem", en: "Who")
    static let partnerWhoGone = LocalizedText(sv: "(konto borttaget)", en: "(account deleted)")
    static let partnerWhat = LocalizedText(sv: "Vad", en: "What")
    static let partnerWhatHint = LocalizedText(
        sv: "Vad tiden eller pengarna gick till. Krävs för timmar, högst 500 tecken.",
        en: "What the time or the money went to. Required for hours, at most 500 characters.")
    static let partnerKindCash = LocalizedText(sv: "Pengar (kr)", en: "Money (SEK)")
    static let partnerKindHours = LocalizedText(sv: "Timmar", en: "Hours")
    static let partnerAmountHint = LocalizedText(
        sv: "Timmar med högst två decimaler (7,5), eller hela kronor.",
        en: "Hours with at most two decimals (7.5), or whole kronor.")
    static let partnerRemove = LocalizedText(sv: "Ta bort", en: "Remove")
    static let partnerRemoveColumn = LocalizedText(sv: "Ändra", en: "Change")
    static func partnerRemoveNamed(day: String, partner: String) -> LocalizedText {
        LocalizedText(
            sv: "Ta bort bidraget \(day) från \(partner)", en: "Remove the contribution of \(day) from \(partner)")
    }
    static let partnerProjectTotals = LocalizedText(sv: "Partnernas bidrag", en: "The partners' contributions")
    static let partnerContributionsLink = LocalizedText(
        sv: "Alla bidrag till projektet", en: "All contributions to the project")
    static func partnerContributionsTo(_ project: String) -> LocalizedText {
        LocalizedText(sv: "Bidrag till \(project)", en: "Contributions to \(project)")
    }
    static let partnerLogTitle = LocalizedText(sv: "Logga ett bidrag", en: "Log a contribution")
    static let partnerLogSubmit = LocalizedText(sv: "Spara bidraget", en: "Save the contribution")
    static let partnerLogged = LocalizedText(sv: "Bidraget är sparat.", en: "The contribution is saved.")
    static let partnerRemoved = LocalizedText(sv: "Bidraget är borttaget.", en: "The contribution is removed.")
    static let partnerErrorNotYourPartner = LocalizedText(
        sv: "Du kan bara logga bidrag för din egen organisation.",
        en: "You can only log contributions for your own organisation.")
    static let partnerErrorPartner = LocalizedText(sv: "Välj en partner.", en: "Choose a partner.")
    static let partnerErrorKind = LocalizedText(sv: "Välj timmar eller pengar.", en: "Choose hours or money.")
    static let partnerErrorHours = LocalizedText(
        sv: "Skriv timmarna som ett tal större än 0 och högst 1 000, med högst två decimaler (7,5).",
        en: "Write the hours as a number above 0 and at most 1,000, with at most two decimals (7.5).")
    static let partnerErrorCash = LocalizedText(
        sv: "Skriv beloppet i hela kronor, från 1 till 100 000 000.",
        en: "Write the amount in whole kronor, from 1 to 100,000,000.")
    static let partnerErrorDay = LocalizedText(
        sv: "Skriv dagen som ett datum, till exempel 2027-03-08, i dag eller tidigare.",
        en: "Write the day as a date, for example 2027-03-08, today or earlier.")
    static let partnerErrorWhat = LocalizedText(
        sv: "Skriv vad timmarna gick till.", en: "Write what the hours went to.")
}
