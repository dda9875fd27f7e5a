/// The challenge feature's texts.
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static let challengesSearch = LocalizedText(sv: "Sök bland utmaningarna", en: "Search the challenges")
    static let challengesTitle = LocalizedText(sv: "Utmaningar", en: "Challenges")
    static let challengesLead = LocalizedText(
        sv:
            "Förvaltningar, reformgrupper och hubben ställer frågor som de vill ha idéer på. Svara med en idé före sista dagen.",
        en:
            "Departments, reform groups and the hub pose questions they want ideas for. Answer with an idea before the last day."
    )
    static let challengesEmpty = LocalizedText(sv: "Det finns inga utmaningar än.", en: "There are no challenges yet.")
    static let challengeNew = LocalizedText(sv: "Ställ en utmaning", en: "Pose a challenge")
    static let challengeOpen = LocalizedText(sv: "Öppen", en: "Open")
    static let challengeClosed = LocalizedText(sv: "Stängd", en: "Closed")
    static func challengePosedBy(name: String) -> LocalizedText {
        LocalizedText(sv: "Från \(name)", en: "From \(name)")
    }
    static func challengeOpenUntil(date: String) -> LocalizedText {
        LocalizedText(sv: "Öppen till \(date)", en: "Open until \(date)")
    }
    static let challengeAnswer = LocalizedText(sv: "Svara med en idé", en: "Answer with an idea")
    static let challengeClosedText = LocalizedText(
        sv: "Utmaningen är stängd och tar inte emot fler idéer.",
        en: "The challenge has closed and takes no more ideas.")
    static let challengeIdeas = LocalizedText(sv: "Idéer som svarar på utmaningen", en: "Ideas answering the challenge")
    static let challengeNoIdeas = LocalizedText(
        sv: "Inga idéer än – bli den första!", en: "No ideas yet – be the first!")
    static let challengeDescription = LocalizedText(sv: "Beskrivning", en: "Description")
    static let challengeDescriptionHint = LocalizedText(
        sv: "Vad vill ni ha idéer om, och varför?", en: "What do you want ideas about, and why?")
    static let challengePosedByLabel = LocalizedText(sv: "Vem ställer utmaningen?", en: "Who poses the challenge?")
    static let challengeChoose = LocalizedText(
        sv: "Välj förvaltning eller reformgrupp", en: "Choose a department or reform group")
    static let challengeOpenUntilLabel = LocalizedText(sv: "Öppen till och med", en: "Open until")
    static let challengeOpenUntilHint = LocalizedText(sv: "Till exempel 2027-03-31.", en: "For example 2027-03-31.")
    static let challengeCreate = LocalizedText(sv: "Publicera utmaningen", en: "Publish the challenge")
    static let challengeErrorDescription = LocalizedText(sv: "Beskriv utmaningen", en: "Describe the challenge")
    static let challengeErrorPosedBy = LocalizedText(
        sv: "Välj vem som ställer utmaningen", en: "Choose who poses the challenge")
    static let challengeErrorDate = LocalizedText(
        sv: "Skriv ett datum som 2027-03-31", en: "Enter a date such as 2027-03-31")
    static let challengeErrorDatePast = LocalizedText(
        sv: "Datumet måste vara i framtiden", en: "The date must be in the future")
    static let challengeErrorPosedByNotAllowed = LocalizedText(
        sv:
            "Välj en organisation du själv tillhör (bara hubbens coacher ställer utmaningar för andra organisationer och reformgrupper)",
        en:
            "Choose an organisation you belong to (only the hub's coaches pose challenges for other organisations and reform groups)"
    )
}
