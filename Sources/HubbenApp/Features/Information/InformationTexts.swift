/// The information pages' texts: home, about, accessibility, privacy and the pages of the hub's other half.
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static let aboutTitle = LocalizedText(sv: "Om hubben", en: "About the hub")
    static let aboutLead = LocalizedText(
        sv:
            "Innovationshubben är en plats, ett team och ett arbetssätt. Här tar vi stadens idéer från idé till verklighet, tillsammans med invånare, förvaltningar och partner.",
        en:
            "The innovation hub is a place, a team and a way of working. We take the city's ideas from idea to reality here, together with residents, departments and partners."
    )
    static let aboutWhyHeading = LocalizedText(sv: "Varför det finns en hubb", en: "Why there is a hub")
    static let aboutWhy = LocalizedText(
        sv:
            "Det finns gott om idéer. Det svåra är att förverkliga dem. Ingen förvaltning kan bygga ett eget utvecklingsteam, men tillsammans kan staden ha innovationscoacher, tjänstedesigner, kravspecialister, verksamhetsutvecklare, IT-arkitekter och programmerare på ett ställe. Förvaltningar får låna en projektyta i hubben under en period och har då alla kompetenser nära till hands.",
        en:
            "Ideas are plentiful. Making them real is the hard part. No single department can build a development team of its own, but together the city can have innovation coaches, service designers, requirements specialists, business developers, IT architects and programmers in one place. Departments can borrow a project space in the hub for a period and have every competence close at hand."
    )
    static let aboutMethodHeading = LocalizedText(sv: "Så arbetar vi", en: "How we work")
    static let aboutMethod = LocalizedText(
        sv:
            "Den första idén är sällan den rätta. Därför arbetar vi i små, mätbara steg och involverar användarna hela vägen. Varje steg avslutas med en beslutspunkt där vi väljer att gå vidare, gå tillbaka, hoppa framåt eller stoppa – alltid med en motivering.",
        en:
            "The first idea is rarely the right one. So we work in small, measured steps and involve users all the way. Every step ends with a gate review where we choose to continue, go back, skip ahead or stop – always with a rationale."
    )
    static let aboutOutcomesHeading = LocalizedText(sv: "Vad ett projekt kan leda till", en: "Where a project can lead")
    static let aboutOutcomes = LocalizedText(
        sv: "När ett projekt är klart för beslut finns fyra vägar:",
        en: "When a project is ready for a decision there are four routes:")
    static let aboutWhoHeading = LocalizedText(sv: "Vilka som är med", en: "Who takes part")
    static let aboutWhoResidents = LocalizedText(
        sv: "Invånare följer arbetet, skickar in idéer, stödjer och kommenterar andras idéer och testar lösningar.",
        en: "Residents follow the work, submit ideas, support and comment on other people's ideas and test solutions.")
    static let aboutWhoDepartments = LocalizedText(
        sv: "Stadens förvaltningar ställer utmaningar, skickar in idéer och driver projekt i hubben.",
        en: "The city's departments pose challenges, submit ideas and run projects in the hub.")
    static let aboutWhoReformGroups = LocalizedText(
        sv:
            "Fyra reformgrupper med experter från näringslivet – integration, företagsamhet, miljö och digitalisering – omsätter probleminsikt och invånardialoger i idéer.",
        en:
            "Four reform groups of experts from business – integration, entrepreneurship, environment and digitalisation – turn problem insight and citizen dialogues into ideas."
    )
    static let aboutWhoPartners = LocalizedText(
        sv: "Partnerföretag medfinansierar, bidrar med personal och driver egna innovationsprojekt i hubben.",
        en: "Partner companies co-finance the hub, contribute staff and run their own innovation projects here.")
    static let aboutWhoTeam = LocalizedText(
        sv: "Hubbens team leder arbetet, coachar projekten och håller kompetensdagar, workshoppar och demodagar.",
        en: "The hub's team leads the work, coaches the projects and holds competence days, workshops and demo days.")
    static let aboutTakePartHeading = LocalizedText(sv: "Så kan du vara med", en: "How you can take part")
    static let aboutTakePartIdea = LocalizedText(
        sv: "Skicka in en idé om något som kan bli bättre i staden.",
        en: "Submit an idea about something that could be better in the city.")
    static let aboutTakePartSupport = LocalizedText(
        sv: "Stöd och kommentera andras idéer.", en: "Support and comment on other people's ideas.")
    static let aboutTakePartEvents = LocalizedText(
        sv: "Kom på en kompetensdag, en workshop eller en demodag.",
        en: "Come to a competence day, a workshop or a demo day.")
    static let aboutTakePartBook = LocalizedText(
        sv: "Boka en av stadens lokaler eller resurser när den är ledig.",
        en: "Book one of the city's premises or resources when it is free.")
    static let aboutTakePartInterest = LocalizedText(
        sv: "Anmäl intresse för att jobba med oss, bli partner eller testa nya lösningar.",
        en: "Register interest in working with us, becoming a partner or testing new solutions.")
    static let aboutOpennessHeading = LocalizedText(sv: "Öppet för alla", en: "Open to everyone")
    static let aboutOpenness = LocalizedText(
        sv:
            "Allt vi gör visas här: idéerna, projekten, var de står och vad vi har lärt oss. Även projekt som stoppas finns kvar, med sina lärdomar. Din e-postadress och dina kontaktuppgifter visas aldrig för andra.",
        en:
            "Everything we do is shown here: the ideas, the projects, where they stand and what we have learnt. Projects that stop stay here too, with their lessons. Your e-mail address and contact details are never shown to others."
    )
    static let bookLead = LocalizedText(
        sv: "Boka stadens lokaler, rum och utrustning när de inte används.",
        en: "Book the city's premises, rooms and equipment when they are not in use.")
    static let accessibilityTitle = LocalizedText(sv: "Tillgänglighetsredogörelse", en: "Accessibility statement")
    static let accessibilityText = LocalizedText(
        sv:
            "Staden står bakom Hubben och vill att så många som möjligt ska kunna använda webbplatsen. Här beskriver vi hur Hubben uppfyller lagen om tillgänglighet till digital offentlig service.",
        en:
            "The city runs Hubben and wants as many people as possible to be able to use it. This statement describes how Hubben meets the Swedish law on accessibility of digital public services."
    )
    static let accessibilityStatusHeading = LocalizedText(
        sv: "Hur tillgänglig är webbplatsen?", en: "How accessible is this site?")
    static let accessibilityStatus = LocalizedText(
        sv:
            "Hubben är byggd för att uppfylla WCAG 2.1 på nivå AA. Alla sidor fungerar med tangentbord och skärmläsare, utan JavaScript och på små skärmar. Varje sida testas automatiskt med verktyget axe innan den publiceras.",
        en:
            "Hubben is built to meet WCAG 2.1 at level AA. Every page works with a keyboard and a screen reader, without JavaScript and on small screens. Every page is tested automatically with the axe tool before it is published."
    )
    static let accessibilityReportHeading = LocalizedText(
        sv: "Om något inte fungerar", en: "If something does not work")
    static let accessibilityReport = LocalizedText(
        sv: "Om du stöter på något som inte fungerar för dig, kontakta hubbens team så rättar vi det.",
        en: "If you come across something that does not work for you, contact the hub's team and we will fix it.")
    static let accessibilityDigg = LocalizedText(
        sv:
            "Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Myndigheten för digital förvaltning (Digg), som är tillsynsmyndighet.",
        en:
            "If you are not satisfied with how we handle your feedback, you can contact the Agency for Digital Government (Digg), which supervises the law."
    )
    static let privacyTitle = LocalizedText(sv: "Personuppgifter", en: "Personal data")
    static let privacyText = LocalizedText(
        sv:
            "Staden är personuppgiftsansvarig för det som sparas i Hubben. Vi sparar bara det som behövs för att du ska kunna delta.",
        en:
            "The city is the controller of the personal data kept in Hubben. We keep only what is needed for you to take part."
    )
    static let privacyWhatHeading = LocalizedText(sv: "Vad vi sparar", en: "What we keep")
    static let privacyWhat = LocalizedText(
        sv:
            "Ditt namn visas tillsammans med det du skriver. Din e-postadress och dina kontaktuppgifter visas aldrig för andra och används bara för att kontakta dig om det du själv har valt. Loggar innehåller inga personuppgifter.",
        en:
            "Your name is shown with what you write. Your e-mail address and contact details are never shown to others and are only used to contact you about what you have chosen yourself. Logs contain no personal data."
    )
    static let privacyRightsHeading = LocalizedText(sv: "Dina rättigheter", en: "Your rights")
    static let privacyRights = LocalizedText(
        sv:
            "Du kan när som helst ladda ner allt som finns sparat om dig och ta bort ditt konto. Det du har skrivit till andra finns kvar, men visas då utan ditt namn.",
        en:
            "At any time you can download everything kept about you and delete your account. What you wrote for others stays, but is then shown without your name."
    )
    static let errorNotFoundTitle = LocalizedText(sv: "Sidan finns inte", en: "Page not found")
    static let errorNotFoundText = LocalizedText(
        sv: "Vi hittar inte sidan du söker. Kontrollera adressen, eller gå till startsidan.",
        en: "We cannot find the page you are looking for. Check the address, or go to the home page.")
    static let errorServerTitle = LocalizedText(sv: "Något gick fel", en: "Something went wrong")
    static let errorServerText = LocalizedText(
        sv:
            "Det är ett fel hos oss, inte hos dig. Försök igen om en stund. Inget av det du skickade har sparats till hälften.",
        en: "The fault is ours, not yours. Please try again in a moment. Nothing you sent was half-saved.")
    static let errorGenericTitle = LocalizedText(sv: "Det gick inte", en: "That did not work")
    static func errorReference(id: String) -> LocalizedText {
        LocalizedText(sv: "Felkod för hubbens team: \(id)", en: "Error reference for the hub's team: \(id)")
    }
    static let errorForbiddenTitle = LocalizedText(sv: "Du har inte behörighet", en: "You do not have permission")
    static let errorTooManyTitle = LocalizedText(sv: "För många försök", en: "Too many attempts")
    static let errorTooManyText = LocalizedText(
        sv: "Vänta en stund och försök sedan igen.", en: "Wait a while, then try again.")
    static let errorBadRequestText = LocalizedText(
        sv:
            "Formuläret kunde inte tas emot. Det kan innehålla osynliga styrtecken, som ofta följer med inklistrad text. Ta bort dem och försök igen.",
        en:
            "The form could not be accepted. It may contain invisible control characters, which often come along with pasted text. Remove them and try again."
    )
    static let errorKeptHeading = LocalizedText(sv: "Det du skrev", en: "What you wrote")
    static let errorKeptText = LocalizedText(
        sv: "Inget av det har sparats. Kopiera det du vill behålla innan du går tillbaka och försöker igen.",
        en: "None of it has been saved. Copy what you want to keep before you go back and try again.")

    static let homeTitle = LocalizedText(sv: "Från idé till verklighet", en: "From idea to reality")
    static let homeLead = LocalizedText(
        sv:
            "Innovationshubben är stadens accelerator. Här prövar vi idéer i små steg tillsammans med dem som ska använda lösningen – och visar öppet vad vi lär oss.",
        en:
            "The innovation hub is the city's accelerator. We try ideas out in small steps together with the people who will use the result – and show openly what we learn."
    )
    static let homeReadMore = LocalizedText(sv: "Läs hur hubben fungerar", en: "Read how the hub works")
    static let homeStepsHeading = LocalizedText(sv: "Så tar vi en idé vidare", en: "How we take an idea forward")
    static let homeOutcomes = LocalizedText(
        sv:
            "Efter beslutet blir det egenutveckling, partnerskap eller upphandling – eller så avslutar vi och behåller lärdomarna.",
        en:
            "After the decision comes in-house development, a partnership or a procurement – or we stop and keep what we learnt."
    )
    static let homeNumbersHeading = LocalizedText(sv: "Hubben i siffror", en: "The hub in numbers")
    static let homeDepartments = LocalizedText(sv: "förvaltningar", en: "departments")
    static let homePartners = LocalizedText(sv: "partner", en: "partners")
    static let homeReformGroups = LocalizedText(sv: "reformgrupper", en: "reform groups")
    static let homePartnersHeading = LocalizedText(sv: "Våra partner", en: "Our partners")
    static let homePartnersEmpty = LocalizedText(sv: "Hubben har inga partner än.", en: "The hub has no partners yet.")
    static let homeReformGroupsHeading = LocalizedText(sv: "Reformgrupperna", en: "The reform groups")
    static let homeReformGroupsLead = LocalizedText(
        sv: "Experter från näringslivet som under ett år gör problemen begripliga och föreslår idéer till hubben.",
        en: "Experts from business who spend a year making problems understood and proposing ideas to the hub.")
    static let homeReformGroupsEmpty = LocalizedText(
        sv: "Det finns inga reformgrupper än.", en: "There are no reform groups yet.")
    static let homeIdeas = LocalizedText(sv: "idéer", en: "ideas")
    static let homeLatestIdeas = LocalizedText(sv: "Senaste idéerna", en: "Latest ideas")
    static let homeAllIdeas = LocalizedText(sv: "Se alla idéer", en: "See all ideas")
    static let homeTakePart = LocalizedText(sv: "Var med", en: "Take part")
    static let homeSubmitIdea = LocalizedText(sv: "Lämna en idé", en: "Submit an idea")
    static let homeBookRoom = LocalizedText(sv: "Boka ett rum", en: "Book a room")
    static let homeBoardHeading = LocalizedText(sv: "Projekten just nu", en: "The projects now")
    static let homeResultsHeading = LocalizedText(sv: "Senaste resultaten", en: "Latest results")
    static let homeAllProjects = LocalizedText(sv: "Alla projekt", en: "All projects")
    static let homeEventsHeading = LocalizedText(sv: "Kommande evenemang", en: "Coming events")
    static let homeEventsEmpty = LocalizedText(
        sv: "Inga evenemang planerade just nu.", en: "No events planned just now.")
    static let homeAllEvents = LocalizedText(sv: "Alla evenemang", en: "All events")
    static let homeChallengesHeading = LocalizedText(sv: "Öppna utmaningar", en: "Open challenges")
    static let homeChallengesEmpty = LocalizedText(
        sv: "Inga öppna utmaningar just nu.", en: "No open challenges just now.")
    static let homeAllChallenges = LocalizedText(sv: "Alla utmaningar", en: "All challenges")
    static let homeAllNews = LocalizedText(sv: "Alla nyheter", en: "All news")
}
