import Foundation
import HubbenCore

/// Every UI string has a key here and a text in each language's catalogue (`Catalogue+sv.swift`,
/// `Catalogue+en.swift`). A test fails when a key is missing from either.
enum MessageKey: String, CaseIterable, Sendable {
    case siteName = "site.name"
    case siteTagline = "site.tagline"
    case skipToContent = "layout.skip"
    case navLabel = "nav.label"
    case navHome = "nav.home"
    case navIdeas = "nav.ideas"
    case navProjects = "nav.projects"
    case navEvents = "nav.events"
    case navBook = "nav.book"
    case navPartners = "nav.partners"
    case navAbout = "nav.about"
    case languageLabel = "language.label"
    case footerAbout = "footer.about"
    case footerContactHeading = "footer.contact.heading"
    case footerContact = "footer.contact"
    case footerLinksHeading = "footer.links.heading"
    case footerAccessibility = "footer.accessibility"
    case footerPrivacy = "footer.privacy"
    case footerOpenData = "footer.openData"

    case homeTitle = "home.title"
    case homeLead = "home.lead"
    case homeReadMore = "home.readMore"
    case homeStepsHeading = "home.steps.heading"
    case homeOutcomes = "home.outcomes"
    case homeNumbersHeading = "home.numbers.heading"
    case homeDepartments = "home.departments"
    case homePartners = "home.partners"
    case homeReformGroups = "home.reformGroups"
    case homePartnersHeading = "home.partners.heading"
    case homePartnersEmpty = "home.partners.empty"
    case homeReformGroupsHeading = "home.reformGroups.heading"
    case homeReformGroupsLead = "home.reformGroups.lead"
    case homeReformGroupsEmpty = "home.reformGroups.empty"

    case phaseStep = "phase.step"
    case phaseNeedInsight = "phase.need_insight"
    case phaseNeedInsightText = "phase.need_insight.text"
    case phasePretotype = "phase.pretotype"
    case phasePretotypeText = "phase.pretotype.text"
    case phasePrototype = "phase.prototype"
    case phasePrototypeText = "phase.prototype.text"
    case phaseProofOfConcept = "phase.proof_of_concept"
    case phaseProofOfConceptText = "phase.proof_of_concept.text"
    case phaseDecision = "phase.decision"
    case phaseDecisionText = "phase.decision.text"
    case outcomeInHouse = "outcome.in_house"
    case outcomeInHouseText = "outcome.in_house.text"
    case outcomePartnership = "outcome.partnership"
    case outcomePartnershipText = "outcome.partnership.text"
    case outcomeProcurement = "outcome.procurement"
    case outcomeProcurementText = "outcome.procurement.text"
    case outcomeStopped = "outcome.stopped"
    case outcomeStoppedText = "outcome.stopped.text"

    case themeIntegration = "theme.integration"
    case themeEntrepreneurship = "theme.entrepreneurship"
    case themeEnvironment = "theme.environment"
    case themeDigitalisation = "theme.digitalisation"

    case aboutTitle = "about.title"
    case aboutLead = "about.lead"
    case aboutWhyHeading = "about.why.heading"
    case aboutWhy = "about.why"
    case aboutMethodHeading = "about.method.heading"
    case aboutMethod = "about.method"
    case aboutOutcomesHeading = "about.outcomes.heading"
    case aboutOutcomes = "about.outcomes"
    case aboutWhoHeading = "about.who.heading"
    case aboutWhoResidents = "about.who.residents"
    case aboutWhoDepartments = "about.who.departments"
    case aboutWhoReformGroups = "about.who.reformGroups"
    case aboutWhoPartners = "about.who.partners"
    case aboutWhoTeam = "about.who.team"
    case aboutTakePartHeading = "about.takePart.heading"
    case aboutTakePartIdea = "about.takePart.idea"
    case aboutTakePartSupport = "about.takePart.support"
    case aboutTakePartEvents = "about.takePart.events"
    case aboutTakePartBook = "about.takePart.book"
    case aboutTakePartInterest = "about.takePart.interest"
    case aboutOpennessHeading = "about.openness.heading"
    case aboutOpenness = "about.openness"

    case sectionNotOpenHeading = "section.notOpen.heading"
    case sectionNotOpen = "section.notOpen"
    case ideasLead = "ideas.lead"
    case ideasText = "ideas.text"
    case projectsLead = "projects.lead"
    case projectsText = "projects.text"
    case eventsLead = "events.lead"
    case eventsText = "events.text"
    case bookLead = "book.lead"
    case bookText = "book.text"

    case partnersTitle = "partners.title"
    case partnersLead = "partners.lead"
    case partnersEmpty = "partners.empty"
    case partnersBecomeHeading = "partners.become.heading"
    case partnersBecome = "partners.become"

    case accessibilityTitle = "accessibility.title"
    case accessibilityText = "accessibility.text"
    case accessibilityStatusHeading = "accessibility.status.heading"
    case accessibilityStatus = "accessibility.status"
    case accessibilityReportHeading = "accessibility.report.heading"
    case accessibilityReport = "accessibility.report"
    case accessibilityDigg = "accessibility.digg"

    case privacyTitle = "privacy.title"
    case privacyText = "privacy.text"
    case privacyWhatHeading = "privacy.what.heading"
    case privacyWhat = "privacy.what"
    case privacyRightsHeading = "privacy.rights.heading"
    case privacyRights = "privacy.rights"

    case errorNotFoundTitle = "error.notFound.title"
    case errorNotFoundText = "error.notFound.text"
    case errorServerTitle = "error.server.title"
    case errorServerText = "error.server.text"
    case errorGenericTitle = "error.generic.title"
    case errorGenericText = "error.generic.text"
    case errorBackHome = "error.backHome"
    case errorReference = "error.reference"

    case apiNotFound = "api.notFound"
    case apiMethodNotAllowed = "api.methodNotAllowed"
    case apiBadRequest = "api.badRequest"
    case apiPayloadTooLarge = "api.payloadTooLarge"
    case apiInternal = "api.internal"
    case apiUnavailable = "api.unavailable"
    case apiGeneric = "api.generic"
}

enum Catalogue {
    static func table(for language: Language) -> [MessageKey: String] {
        switch language {
        case .sv: sv
        case .en: en
        }
    }
}

/// The texts of one language, with `{name}` placeholders filled in.
struct Localizer: Sendable {
    let language: Language
    private let table: [MessageKey: String]

    init(_ language: Language) {
        self.language = language
        self.table = Catalogue.table(for: language)
    }

    func callAsFunction(_ key: MessageKey, _ values: [String: String] = [:]) -> String {
        var text = table[key] ?? key.rawValue
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
