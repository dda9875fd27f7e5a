/// The idea feature's texts.
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static func ideaForGroup(_ group: String) -> LocalizedText {
        LocalizedText(sv: "Du skickar in idén för \(group).", en: "You submit the idea for \(group).")
    }
    static let ideasLead = LocalizedText(
        sv: "Här samlas idéer och utmaningar från invånare, stadens medarbetare, reformgrupper och partner.",
        en: "Ideas and challenges from residents, city staff, reform groups and partners are gathered here.")
    static let commentErrorReason = LocalizedText(
        sv: "Skriv varför kommentaren döljs", en: "Say why the comment is hidden")
    static let challengesMatching = LocalizedText(sv: "Utmaningar som matchar", en: "Matching challenges")
    static let ideaChallengeFilter = LocalizedText(sv: "Utmaning", en: "Challenge")
    static let ideaAllChallenges = LocalizedText(sv: "Alla", en: "All")
    static let challengesLink = LocalizedText(
        sv: "Se utmaningarna som väntar på idéer", en: "See the challenges waiting for ideas")
    static let ideaChallengeLabel = LocalizedText(
        sv: "Svarar idén på en utmaning? (valfritt)", en: "Does the idea answer a challenge? (optional)")
    static let ideaNoChallenge = LocalizedText(sv: "Ingen utmaning", en: "No challenge")
    static let similarCheck = LocalizedText(sv: "Sök liknande idéer", en: "Check for similar ideas")
    static let similarHeading = LocalizedText(
        sv: "Liknande idéer som redan finns", en: "Similar ideas that already exist")
    static let similarNone = LocalizedText(sv: "Vi hittade inga liknande idéer.", en: "We found no similar ideas.")
    static let ideaFollow = LocalizedText(sv: "Följ idén", en: "Follow this idea")
    static let ideaUnfollow = LocalizedText(sv: "Sluta följa", en: "Stop following")
    static let ideaYouFollow = LocalizedText(
        sv: "Du följer den här idén och får veta när något händer.",
        en: "You follow this idea and will hear when something happens.")
    static let commentsEmpty = LocalizedText(sv: "Inga kommentarer än.", en: "No comments yet.")
    static let commentHidden = LocalizedText(sv: "Dold av moderator", en: "Hidden by a moderator")
    static let commentReply = LocalizedText(sv: "Svara", en: "Reply")
    static let commentReplyLabel = LocalizedText(sv: "Ditt svar", en: "Your reply")
    static let commentReplyButton = LocalizedText(sv: "Skicka svaret", en: "Send the reply")
    static let commentReport = LocalizedText(sv: "Anmäl", en: "Report")
    static let commentHide = LocalizedText(sv: "Dölj kommentaren", en: "Hide the comment")
    static let commentHideReason = LocalizedText(
        sv: "Skäl (sparas i granskningsloggen)", en: "Reason (kept in the audit log)")
    static let commentSignIn = LocalizedText(sv: "Logga in för att kommentera", en: "Sign in to comment")
    static let commentNew = LocalizedText(sv: "Skriv en kommentar", en: "Write a comment")
    static let commentHint = LocalizedText(
        sv: "Ditt namn visas med kommentaren. Håll god ton.",
        en: "Your name is shown with the comment. Keep it friendly.")
    static let commentButton = LocalizedText(sv: "Skicka kommentaren", en: "Send the comment")
    static let commentAdded = LocalizedText(sv: "Din kommentar är publicerad.", en: "Your comment has been published.")
    static let commentReported = LocalizedText(
        sv: "Tack! En moderator tittar på kommentaren.", en: "Thank you! A moderator will look at the comment.")
    static let commentHiddenNotice = LocalizedText(sv: "Kommentaren är dold.", en: "The comment has been hidden.")
    static let commentErrorEmpty = LocalizedText(
        sv: "Skriv något innan du skickar", en: "Write something before you send")
    static let triageHeading = LocalizedText(
        sv: "Bedömning (syns bara för hubbens team)", en: "Assessment (visible to the hub team only)")
    static let triageFinal = LocalizedText(
        sv: "Idén har fått sitt slutliga besked.", en: "The idea has its final decision.")
    static let triageNewStatus = LocalizedText(sv: "Ny status", en: "New status")
    static let triageReason = LocalizedText(sv: "Motivering", en: "Rationale")
    static let triageReasonHint = LocalizedText(
        sv: "Visas för alla. Krävs när idén avslås.", en: "Shown to everyone. Required when declining.")
    static let triageMergeInto = LocalizedText(sv: "Slå ihop med idé nummer", en: "Merge into idea number")
    static let triageMergeHint = LocalizedText(
        sv: "Bara vid sammanslagning. Stöden flyttas dit.", en: "Only when merging. The supports move there.")
    static let triageSave = LocalizedText(sv: "Spara beslutet", en: "Save the decision")
    static let triageSaved = LocalizedText(sv: "Statusen är ändrad.", en: "The status has been changed.")
    static let triageErrorNotAllowed = LocalizedText(
        sv: "Idén kan inte gå till den statusen härifrån", en: "The idea cannot move to that status from here")
    static let triageErrorReason = LocalizedText(
        sv: "Skriv varför idén avslås – den som skickade in den ser motiveringen",
        en: "Say why the idea is declined – the submitter sees the rationale")
    static let triageErrorMerge = LocalizedText(
        sv: "Ange numret på en annan idé att slå ihop med", en: "Give the number of another idea to merge into")
    static let triageQueueLead = LocalizedText(
        sv: "Idéer som väntar på bedömning, äldst först.", en: "Ideas waiting for review, oldest first.")
    static let triageQueueEmpty = LocalizedText(
        sv: "Inga idéer väntar. Bra jobbat!", en: "No ideas are waiting. Well done!")
    static let triageSubmittedAt = LocalizedText(sv: "Inskickad", en: "Submitted")
    static let scoresHeading = LocalizedText(sv: "Poäng", en: "Scores")
    static let scoresEmpty = LocalizedText(sv: "Ingen har satt poäng än.", en: "Nobody has scored yet.")
    static let scoresCriterion = LocalizedText(sv: "Kriterium", en: "Criterion")
    static let scoresAverage = LocalizedText(sv: "Medel", en: "Average")
    static let scoresByCoach = LocalizedText(sv: "Per coach", en: "By coach")
    static let scoresScore = LocalizedText(sv: "Poäng (1–5)", en: "Score (1–5)")
    static let scoresComment = LocalizedText(sv: "Kommentar", en: "Comment")
    static let scoresSave = LocalizedText(sv: "Spara poängen", en: "Save the score")
    static let scoresSaved = LocalizedText(sv: "Poängen är sparad.", en: "The score has been saved.")
    static let criterionValue = LocalizedText(sv: "Värde för invånarna", en: "Value for residents")
    static let criterionFeasibility = LocalizedText(sv: "Genomförbarhet", en: "Feasibility")
    static let criterionNovelty = LocalizedText(sv: "Nyhet", en: "Novelty")
    static let criterionStrategicFit = LocalizedText(sv: "Strategisk passform", en: "Strategic fit")
    static let statusSubmitted = LocalizedText(sv: "Inskickad", en: "Submitted")
    static let statusUnderReview = LocalizedText(sv: "Granskas", en: "Under review")
    static let statusAccepted = LocalizedText(sv: "Antagen", en: "Accepted")
    static let statusParked = LocalizedText(sv: "Vilande", en: "Parked")
    static let statusDeclined = LocalizedText(sv: "Avslagen", en: "Declined")
    static let statusMerged = LocalizedText(sv: "Sammanslagen", en: "Merged")
    static let sortNewest = LocalizedText(sv: "Nyast först", en: "Newest first")
    static let sortMostSupported = LocalizedText(sv: "Mest stöd", en: "Most supported")
    static let sortMostDiscussed = LocalizedText(sv: "Mest diskuterade", en: "Most discussed")
    static let sortRecentlyActive = LocalizedText(sv: "Senast aktiva", en: "Recently active")
    static let sortRelevance = LocalizedText(sv: "Bäst träff", en: "Best match")
    static let ideaSubmitButton = LocalizedText(sv: "Skicka in en idé", en: "Submit an idea")
    static let ideaFilters = LocalizedText(sv: "Sök och filtrera idéer", en: "Search and filter ideas")
    static let ideaSearchHint = LocalizedText(
        sv: "Till exempel ”cykel” eller ”skolor”. Alla böjningsformer hittas.",
        en: "For example \"cykel\" or \"skolor\". Every inflected form is found.")
    static let ideaStatus = LocalizedText(sv: "Status", en: "Status")
    static let ideaSort = LocalizedText(sv: "Sortera", en: "Sort")
    static let ideaFilterButton = LocalizedText(sv: "Visa idéer", en: "Show ideas")
    static let ideaEmpty = LocalizedText(
        sv: "Inga idéer än – skicka in den första!", en: "No ideas yet – submit the first one!")
    static func ideaSupports(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) stöd", en: "\(count) supports")
    }
    static func ideaComments(count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) kommentarer", en: "\(count) comments")
    }
    static func ideaBy(name: String, date: String) -> LocalizedText {
        LocalizedText(sv: "Inskickad av \(name) den \(date)", en: "Submitted by \(name) on \(date)")
    }
    static let ideaSummary = LocalizedText(sv: "Sammanfattning", en: "Summary")
    static let ideaNeed = LocalizedText(
        sv: "Behovet – vilket problem, för vem?", en: "The need – what problem, for whom?")
    static let ideaSupportHeading = LocalizedText(sv: "Stöd idén", en: "Support the idea")
    static let ideaSupportButton = LocalizedText(sv: "Stöd idén", en: "Support this idea")
    static let ideaWithdrawSupport = LocalizedText(sv: "Ta tillbaka mitt stöd", en: "Withdraw my support")
    static let ideaYouSupport = LocalizedText(sv: "Du stödjer den här idén.", en: "You support this idea.")
    static let ideaSignInToSupport = LocalizedText(
        sv: "Logga in för att stödja idén", en: "Sign in to support this idea")
    static let ideaEdit = LocalizedText(sv: "Ändra idén", en: "Edit the idea")
    static let ideaHistory = LocalizedText(sv: "Så har idén gått vidare", en: "How the idea has moved")
    static let ideaSubmitted = LocalizedText(
        sv: "Din idé är inskickad! Hubbens coacher läser den och berättar här vad som händer.",
        en: "Your idea has been submitted! The hub's coaches will read it and tell you here what happens.")
    static let ideaNewTitle = LocalizedText(sv: "Skicka in en idé", en: "Submit an idea")
    static let ideaNewLead = LocalizedText(
        sv: "Beskriv din idé och vilket behov den möter. Idén blir synlig för alla när du skickar in den.",
        en: "Describe your idea and the need it meets. The idea is visible to everyone once you submit it.")
    static let ideaEditTitle = LocalizedText(sv: "Ändra idén", en: "Edit the idea")
    static let ideaSummaryHint = LocalizedText(
        sv: "Vad är idén? Högst 5 000 tecken.", en: "What is the idea? At most 5,000 characters.")
    static let ideaNeedHint = LocalizedText(
        sv: "Vilket problem löser den, och för vem? Högst 5 000 tecken.",
        en: "What problem does it solve, and for whom? At most 5,000 characters.")
    static let ideaThemesHint = LocalizedText(sv: "Välj ett eller flera.", en: "Choose one or more.")
    static let ideaErrorSummary = LocalizedText(
        sv: "Skriv en sammanfattning av idén", en: "Enter a summary of the idea")
    static let ideaErrorNeed = LocalizedText(
        sv: "Beskriv behovet – vilket problem, för vem", en: "Describe the need – what problem, for whom")
    static let ideaErrorChallenge = LocalizedText(
        sv: "Utmaningen finns inte eller är stängd", en: "The challenge does not exist or has closed")
    static let ideaProjectHeading = LocalizedText(sv: "Idén blev ett projekt", en: "The idea became a project")
    static let ideaStartProject = LocalizedText(sv: "Starta ett projekt från idén", en: "Start a project from the idea")
}
