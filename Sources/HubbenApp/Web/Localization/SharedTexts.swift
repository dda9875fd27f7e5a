/// Texts more than one feature shows (forms, errors, phases, outcomes, themes, roles, paging).
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static let siteName = LocalizedText(sv: "Hubben", en: "Hubben")
    static let navIdeas = LocalizedText(sv: "Idéer", en: "Ideas")
    static func phaseStep(number: String, total: String) -> LocalizedText {
        LocalizedText(sv: "Steg \(number) av \(total)", en: "Step \(number) of \(total)")
    }
    static let phaseNeedInsight = LocalizedText(sv: "Behovsinsikt", en: "Need insight")
    static let phaseNeedInsightText = LocalizedText(
        sv: "Vi tar reda på vem som har problemet och vad de behöver, genom att prata med och iaktta användarna.",
        en: "We find out who has the problem and what they need, by talking to and observing the users.")
    static let phasePretotype = LocalizedText(sv: "Pretotyp", en: "Pretotype")
    static let phasePretotypeText = LocalizedText(
        sv:
            "Vi testar om idén alls är värd att bygga – billigt och snabbt, till exempel med en skiss eller en låtsasknapp.",
        en:
            "We test whether the idea is worth building at all – cheaply and quickly, for example with a sketch or a fake button."
    )
    static let phasePrototype = LocalizedText(sv: "Prototyp", en: "Prototype")
    static let phasePrototypeText = LocalizedText(
        sv: "Vi bygger en första version som användarna kan pröva och tycka till om.",
        en: "We build a first version that users can try and comment on.")
    static let phaseProofOfConcept = LocalizedText(sv: "Proof of concept", en: "Proof of concept")
    static let phaseProofOfConceptText = LocalizedText(
        sv: "Vi visar att lösningen fungerar på riktigt, i liten skala och i verklig miljö.",
        en: "We show that the solution works for real, on a small scale and in a real setting.")
    static let phaseDecision = LocalizedText(sv: "Beslut", en: "Decision")
    static let phaseDecisionText = LocalizedText(
        sv: "Vi bestämmer öppet vad som händer sedan och varför.", en: "We decide openly what happens next, and why.")
    static let outcomeInHouse = LocalizedText(sv: "Egenutveckling", en: "In-house development")
    static let outcomeInHouseText = LocalizedText(
        sv: "En förvaltning eller systemägare i staden tar över och utvecklar vidare.",
        en: "A department or system owner in the city takes over and develops it further.")
    static let outcomePartnership = LocalizedText(sv: "Partnerskap", en: "Partnership")
    static let outcomePartnershipText = LocalizedText(
        sv: "Staden och en extern partner driver lösningen vidare med ett gemensamt mål.",
        en: "The city and an external partner take the solution forward with a shared goal.")
    static let outcomeProcurement = LocalizedText(sv: "Upphandling", en: "Procurement")
    static let outcomeProcurementText = LocalizedText(
        sv: "Det vi har lärt oss blir krav i en vanlig offentlig upphandling.",
        en: "What we learnt becomes the requirements of an ordinary public procurement.")
    static let outcomeStopped = LocalizedText(sv: "Avslutat", en: "Stopped")
    static let outcomeStoppedText = LocalizedText(
        sv: "Vi stoppar arbetet, men lärdomarna finns kvar och är öppna för alla.",
        en: "We stop the work, but the lessons learnt remain, open to everyone.")
    static let themeIntegration = LocalizedText(sv: "Integration", en: "Integration")
    static let themeEntrepreneurship = LocalizedText(sv: "Företagsamhet", en: "Entrepreneurship")
    static let themeEnvironment = LocalizedText(sv: "Miljö", en: "Environment")
    static let themeDigitalisation = LocalizedText(sv: "Digitalisering", en: "Digitalisation")
    static let errorGenericText = LocalizedText(
        sv: "Vi kunde inte göra det du bad om.", en: "We could not do what you asked.")
    static let errorBackHome = LocalizedText(sv: "Till startsidan", en: "Go to the home page")
    static let apiNotFound = LocalizedText(
        sv: "Det finns ingen resurs på den här adressen.", en: "There is no resource at this address.")
    static let apiMethodNotAllowed = LocalizedText(
        sv: "Metoden stöds inte på den här adressen.", en: "This method is not supported at this address.")
    static let apiBadRequest = LocalizedText(
        sv: "Förfrågan kunde inte tolkas.", en: "The request could not be understood.")
    static let apiPayloadTooLarge = LocalizedText(sv: "Förfrågan är för stor.", en: "The request is too large.")
    static let apiInternal = LocalizedText(
        sv: "Ett fel uppstod hos oss. Försök igen om en stund.",
        en: "Something went wrong on our side. Please try again in a moment.")
    static let apiUnavailable = LocalizedText(
        sv: "Tjänsten är inte tillgänglig just nu.", en: "The service is unavailable at the moment.")
    static let apiGeneric = LocalizedText(
        sv: "Förfrågan kunde inte genomföras.", en: "The request could not be completed.")
    static let signInTitle = LocalizedText(sv: "Logga in", en: "Sign in")
    static let signInFailed = LocalizedText(
        sv: "E-postadressen eller lösenordet stämmer inte", en: "The e-mail address or the password is not right")
    static let fieldName = LocalizedText(sv: "Namn", en: "Name")
    static let fieldNameHint = LocalizedText(
        sv: "Visas tillsammans med det du skriver.", en: "Shown with what you write.")
    static let fieldEmail = LocalizedText(sv: "E-postadress", en: "E-mail address")
    static let fieldEmailHint = LocalizedText(sv: "Visas aldrig för andra.", en: "Never shown to others.")
    static let formOneError = LocalizedText(sv: "Det finns ett fel", en: "There is a problem")
    static func formErrors(count: String) -> LocalizedText {
        LocalizedText(sv: "Det finns \(count) fel", en: "There are \(count) problems")
    }
    static let formErrorPrefix = LocalizedText(sv: "Fel:", en: "Error:")
    static let accountLanguage = LocalizedText(sv: "Språk", en: "Language")
    static let accountSave = LocalizedText(sv: "Spara", en: "Save")
    static let accountSaved = LocalizedText(sv: "Dina uppgifter är sparade.", en: "Your details have been saved.")
    static let deletedUser = LocalizedText(sv: "Borttagen användare", en: "Deleted user")
    static let roleResident = LocalizedText(sv: "Invånare", en: "Resident")
    static let roleStaff = LocalizedText(sv: "Medarbetare i staden", en: "City employee")
    static let roleCoach = LocalizedText(sv: "Hubbens team", en: "Hub team")
    static let rolePartner = LocalizedText(sv: "Partner", en: "Partner")
    static let roleAdmin = LocalizedText(sv: "Administratör", en: "Administrator")
    static let membershipLead = LocalizedText(sv: "ansvarig", en: "lead")
    static let membershipMember = LocalizedText(sv: "medlem", en: "member")
    static let kindDepartment = LocalizedText(sv: "Förvaltning", en: "Department")
    static let kindPartner = LocalizedText(sv: "Partnerföretag", en: "Partner company")
    static let kindAssociation = LocalizedText(sv: "Förening", en: "Association")
    static let kindUniversity = LocalizedText(sv: "Lärosäte", en: "University")
    static let kindOther = LocalizedText(sv: "Annan", en: "Other")
    static let adminTitle = LocalizedText(sv: "Administration", en: "Administration")
    static let errorPasswordWrong = LocalizedText(sv: "Lösenordet stämmer inte", en: "The password is not right")
    static let errorOrganizationTaken = LocalizedText(
        sv: "Det finns redan en organisation med det namnet", en: "There is already an organisation with that name")
    static let errorOrganizationName = LocalizedText(
        sv: "Skriv organisationens namn", en: "Enter the organisation's name")
    static let errorForbiddenText = LocalizedText(
        sv:
            "Du får inte göra det här. Om du skickade ett formulär kan sidan ha varit för gammal – ladda om den och försök igen.",
        en: "You may not do this. If you sent a form, the page may have been too old – reload it and try again.")
    static let apiUnauthorized = LocalizedText(
        sv: "Inloggning krävs: skicka en giltig token i Authorization-huvudet.",
        en: "Authentication required: send a valid token in the Authorization header.")
    static let apiForbidden = LocalizedText(
        sv: "Du har inte behörighet att göra det här.", en: "You do not have permission to do this.")
    static let apiValidation = LocalizedText(sv: "Uppgifterna är inte giltiga.", en: "The data is not valid.")
    static let apiRateLimited = LocalizedText(
        sv: "För många försök. Vänta och försök igen.", en: "Too many attempts. Wait and try again.")
    static let triageQueueTitle = LocalizedText(sv: "Att bedöma", en: "To review")
    static let filterSearch = LocalizedText(sv: "Sök", en: "Search")
    static let filterTheme = LocalizedText(sv: "Tema", en: "Theme")
    static let filterAllThemes = LocalizedText(sv: "Alla teman", en: "All themes")
    static let filterAllStatuses = LocalizedText(sv: "Alla", en: "All")
    static func ideaCount(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) idéer", en: "\(count) ideas")
    }
    static let filterNoMatch = LocalizedText(
        sv: "Inga idéer matchar. Pröva ett annat ord eller färre filter.",
        en: "No ideas match. Try another word or fewer filters.")
    static let fieldTitle = LocalizedText(sv: "Rubrik", en: "Title")
    static let fieldTitleHint = LocalizedText(sv: "Högst 140 tecken.", en: "At most 140 characters.")
    static let fieldThemes = LocalizedText(sv: "Teman", en: "Themes")
    static let fieldTitleMissing = LocalizedText(sv: "Skriv en rubrik", en: "Enter a title")
    static let fieldThemesMissing = LocalizedText(sv: "Välj minst ett tema", en: "Choose at least one theme")
    static func fieldTooLong(limit: String) -> LocalizedText {
        LocalizedText(sv: "Högst \(limit) tecken", en: "At most \(limit) characters")
    }
    static let lessonsLearned = LocalizedText(sv: "Lärdomar", en: "Lessons learned")
    static func errorIntegerRange(min: String, max: String) -> LocalizedText {
        LocalizedText(sv: "Ange ett heltal från \(min) till \(max)", en: "Enter a whole number from \(min) to \(max)")
    }
    static let errorControlCharacters = LocalizedText(
        sv: "Texten innehåller osynliga styrtecken. Ta bort dem och försök igen.",
        en: "The text contains invisible control characters. Remove them and try again.")
    static let apiFieldRequired = LocalizedText(sv: "Fältet krävs", en: "This field is required")
    static let apiFieldType = LocalizedText(
        sv: "Värdet har fel typ eller är inte ett av de tillåtna",
        en: "The value has the wrong type or is not one of those allowed")
    static let apiUnsupportedMediaType = LocalizedText(
        sv: "Innehållet måste skickas som application/json.", en: "The body must be sent as application/json.")
    static func errorTooLong(maximum: String) -> LocalizedText {
        LocalizedText(sv: "Högst \(maximum) tecken", en: "At most \(maximum) characters")
    }
}
