import Foundation

/// The toolbox a new hub starts with: the methods the accelerator works with, from need insight to proof of
/// concept. Coaches edit them and add more; the migration that creates the toolbox writes these once.
public enum MethodCatalog {
    /// The method an experiment's free-text method most likely means: a slug, a Swedish or English name or a
    /// common way of writing one (any case, any spacing, with or without hyphens), or nil for anything else.
    public static func method(forFreeText text: String) -> ExperimentMethod? {
        let key = normalized(text)
        guard !key.isEmpty else { return nil }
        for method in initial {
            let names = [method.slug, method.swedish.name, method.english.name] + (aliases[method.slug] ?? [])
            if names.contains(where: { normalized($0) == key }) { return ExperimentMethod(rawValue: method.slug) }
        }
        return nil
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().folding(options: [.diacriticInsensitive], locale: Locale(identifier: "sv_SE"))
            .filter { $0.isLetter || $0.isNumber }
    }

    /// Other ways people write the methods' names.
    private static let aliases: [String: [String]] = [
        "interviews": ["intervju", "interview", "djupintervjuer", "användarintervjuer", "user interviews"],
        "observation": ["observationer", "observations", "skuggning", "shadowing"],
        "survey": ["enkät", "enkäter", "enkätundersökning", "questionnaire"],
        "fake_door": ["falsk dörr", "fake door test", "landningssida", "landing page"],
        "paper_prototype": ["pappersprototyper", "paper prototyping", "skiss", "skisser"],
        "clickable_prototype": ["klickbar prototyp", "klickprototyp", "clickable mockup", "figmaprototyp"],
        "wizard_of_oz": ["trollkarlen från oz", "woz"],
        "pilot": ["pilotprojekt", "pilottest", "piloting", "pilotering"],
        "service_safari": ["tjänstesafari", "safari"],
        "ab_test": ["ab test", "a/b-test", "a/b test", "split test", "abtest"],
        "concierge": ["concierge test", "conciergetest", "manuell tjänst"],
        "journey_mapping": ["kundresa", "kundresor", "användarresa", "customer journey", "journey map"],
        "usability_test": ["användbarhetstest", "användartest", "usability testing", "user test"],
        "co_creation": ["samskapande", "samskapande workshop", "co-creation workshop"],
        "diary_study": ["dagboksstudie", "dagbok", "diary"],
        "data_analysis": ["dataanalys", "analys av data", "analytics"],
    ]

    private static func method(
        _ slug: String, _ phases: Set<ProjectPhase>, sv: MethodText, en: MethodText
    ) -> MethodDraft {
        MethodDraft(slug: slug, phases: phases, swedish: sv, english: en)
    }

    public static let initial: [MethodDraft] = [
        method(
            "interviews", [.needInsight, .pretotype],
            sv: MethodText(
                name: "Intervjuer",
                summary: "Samtal på djupet med de människor behovet gäller, om vad de gör, varför och vad som skaver.",
                whenToUse: "Tidigt, när vi ännu inte vet vilket problem som är värt att lösa.",
                steps:
                    "Bestäm vad ni vill förstå\nRekrytera 5–8 personer ur målgruppen\nStäll öppna frågor om senaste gången det hände\nAnteckna ordagrant, tolka efteråt\nSammanställ mönster tillsammans",
                timeNeeded: "1–2 veckor", peopleNeeded: "En som intervjuar, en som antecknar",
                materials: "Intervjuguide, samtycke, anteckningsmall",
                pitfalls: "Ledande frågor. Att fråga vad folk skulle vilja i stället för vad de gör.",
                example: "Förskolans hämtning: åtta föräldrar berättade att köerna uppstod vid grinden, inte i hallen."),
            en: MethodText(
                name: "Interviews",
                summary:
                    "In-depth conversations with the people the need concerns: what they do, why, and what chafes.",
                whenToUse: "Early, while we do not yet know which problem is worth solving.",
                steps:
                    "Decide what you want to understand\nRecruit 5–8 people from the target group\nAsk open questions about the last time it happened\nTake verbatim notes, interpret afterwards\nFind the patterns together",
                timeNeeded: "1–2 weeks", peopleNeeded: "One interviewer, one note-taker",
                materials: "Interview guide, consent, note template",
                pitfalls: "Leading questions. Asking what people would like instead of what they do.",
                example: "Pre-school pick-up: eight parents told us the queues formed at the gate, not in the hall.")),
        method(
            "observation", [.needInsight],
            sv: MethodText(
                name: "Observation",
                summary: "Att se hur något faktiskt går till där det händer, i stället för att fråga om det.",
                whenToUse: "När det folk säger och det de gör kan skilja sig åt.",
                steps:
                    "Välj plats och tid\nBe om lov och berätta varför ni är där\nAnteckna vad som händer, inte vad ni tror\nFotografera miljön, aldrig människor utan samtycke\nJämför med intervjuerna",
                timeNeeded: "Några dagar", peopleNeeded: "1–2 observatörer",
                materials: "Observationsmall, kamera",
                pitfalls: "Att observera för kort tid eller bara en tid på dygnet.",
                example: "Vid återvinningsstationen såg vi att de flesta inte läste skyltarna alls."),
            en: MethodText(
                name: "Observation",
                summary: "Seeing how something actually happens where it happens, instead of asking about it.",
                whenToUse: "When what people say and what they do may differ.",
                steps:
                    "Choose place and time\nAsk permission and say why you are there\nNote what happens, not what you think\nPhotograph the setting, never people without consent\nCompare with the interviews",
                timeNeeded: "A few days", peopleNeeded: "1–2 observers",
                materials: "Observation template, camera",
                pitfalls: "Observing too briefly or only at one time of day.",
                example: "At the recycling station we saw that most people did not read the signs at all.")),
        method(
            "survey", [.needInsight, .proofOfConcept],
            sv: MethodText(
                name: "Enkät",
                summary: "Korta frågor till många, för att se hur vanligt något är.",
                whenToUse: "När intervjuerna gett en hypotes som behöver prövas i större skala.",
                steps:
                    "Formulera hypotesen\nSkriv högst tio frågor\nTesta enkäten på två personer\nSkicka ut och påminn en gång\nRedovisa svarsfrekvensen med resultatet",
                timeNeeded: "2–3 veckor", peopleNeeded: "En ansvarig", materials: "Enkätverktyg, utskicksadresser",
                pitfalls: "För många frågor. Att dra slutsatser av ett fåtal svar.",
                example: "Enkäten om kvällsöppet bibliotek fick 1 400 svar på två veckor."),
            en: MethodText(
                name: "Survey",
                summary: "Short questions to many people, to see how common something is.",
                whenToUse: "When the interviews gave a hypothesis that needs testing at scale.",
                steps:
                    "Formulate the hypothesis\nWrite ten questions at most\nTry the survey on two people\nSend it out and remind once\nReport the response rate with the result",
                timeNeeded: "2–3 weeks", peopleNeeded: "One owner", materials: "Survey tool, addresses",
                pitfalls: "Too many questions. Drawing conclusions from a handful of answers.",
                example: "The survey on evening library hours got 1,400 answers in two weeks.")),
        method(
            "fake_door", [.pretotype],
            sv: MethodText(
                name: "Falsk dörr",
                summary:
                    "En knapp, länk eller sida för en tjänst som ännu inte finns, för att mäta hur många som vill ha den.",
                whenToUse: "Före prototypen, när frågan är om någon alls vill använda tjänsten.",
                steps:
                    "Bestäm vad som räknas som intresse\nLägg ut dörren där målgruppen redan finns\nBerätta ärligt för den som klickar att tjänsten inte finns än\nRäkna klick mot visningar\nAvsluta inom utsatt tid",
                timeNeeded: "1–2 veckor", peopleNeeded: "En webbredaktör",
                materials: "En sida eller knapp, besöksstatistik",
                pitfalls: "Att lura användare. Att inte bestämma framgångskriteriet i förväg.",
                example: "\"Boka laddplats\" på parkeringssidan klickades av 9 % av besökarna."),
            en: MethodText(
                name: "Fake door",
                summary: "A button, link or page for a service that does not exist yet, to measure how many want it.",
                whenToUse: "Before the prototype, when the question is whether anyone wants the service at all.",
                steps:
                    "Decide what counts as interest\nPut the door where the target group already is\nTell anyone who clicks, honestly, that the service does not exist yet\nCount clicks against views\nEnd it on the set day",
                timeNeeded: "1–2 weeks", peopleNeeded: "A web editor",
                materials: "A page or button, visitor statistics",
                pitfalls: "Deceiving users. Not deciding the success criterion in advance.",
                example: "\"Book a charging spot\" on the parking page was clicked by 9 % of visitors.")),
        method(
            "paper_prototype", [.pretotype, .prototype],
            sv: MethodText(
                name: "Pappersprototyp",
                summary: "Skisser på papper som användaren får peka och \"klicka\" i, medan någon byter blad.",
                whenToUse: "När flödet ska prövas innan en rad kod skrivs.",
                steps:
                    "Skissa varje skärm på ett eget blad\nGe användaren en uppgift\nByt blad när hen pekar\nNotera var hen tvekar\nRita om och testa igen samma dag",
                timeNeeded: "1–3 dagar", peopleNeeded: "En testledare, en som byter blad",
                materials: "Papper, pennor, post-it", pitfalls: "Att förklara för mycket under testet.",
                example: "Felanmälan för gatubelysning fick tre steg färre efter två omgångar på papper."),
            en: MethodText(
                name: "Paper prototype",
                summary: "Sketches on paper that the user points and \"clicks\" at while someone swaps the sheets.",
                whenToUse: "When the flow should be tested before a line of code is written.",
                steps:
                    "Sketch each screen on its own sheet\nGive the user a task\nSwap sheets when they point\nNote where they hesitate\nRedraw and test again the same day",
                timeNeeded: "1–3 days", peopleNeeded: "A facilitator, a sheet swapper",
                materials: "Paper, pens, sticky notes", pitfalls: "Explaining too much during the test.",
                example: "Reporting a broken street light lost three steps after two rounds on paper.")),
        method(
            "clickable_prototype", [.prototype],
            sv: MethodText(
                name: "Klickbar prototyp",
                summary: "En prototyp i ett designverktyg som ser ut och beter sig som tjänsten, utan riktig data.",
                whenToUse: "När flödet är rimligt och detaljerna ska prövas.",
                steps:
                    "Bygg bara de skärmar testet behöver\nSkriv uppgifterna\nTesta med fem personer\nMät hur många som klarar uppgiften\nPrioritera ändringarna",
                timeNeeded: "1–2 veckor", peopleNeeded: "En tjänstedesigner, en testledare",
                materials: "Designverktyg, testpersoner", pitfalls: "Att bygga för mycket innan första testet.",
                example: "Prototypen för ansökan om bygglov klarades av fyra av fem utan hjälp."),
            en: MethodText(
                name: "Clickable prototype",
                summary: "A prototype in a design tool that looks and behaves like the service, without real data.",
                whenToUse: "When the flow is sound and the details need testing.",
                steps:
                    "Build only the screens the test needs\nWrite the tasks\nTest with five people\nMeasure how many complete the task\nPrioritise the changes",
                timeNeeded: "1–2 weeks", peopleNeeded: "A service designer, a facilitator",
                materials: "Design tool, test participants", pitfalls: "Building too much before the first test.",
                example: "Four of five completed the building permit prototype without help.")),
        method(
            "wizard_of_oz", [.pretotype, .prototype],
            sv: MethodText(
                name: "Wizard of Oz",
                summary: "Tjänsten ser automatisk ut för användaren, men en människa gör jobbet bakom kulisserna.",
                whenToUse: "När det är dyrt att bygga tekniken och vi först vill veta om tjänsten gör nytta.",
                steps:
                    "Bestäm vad användaren ska se\nBemanna \"maskinen\" under testtiden\nLogga varje ärende\nMät svarstid och nöjdhet\nBerätta efteråt hur det gick till",
                timeNeeded: "2–4 veckor", peopleNeeded: "1–2 som spelar tjänsten",
                materials: "Ett gränssnitt, ett schema för bemanningen",
                pitfalls: "Att bemanningen inte räcker när intresset blir stort.",
                example: "\"Chattboten\" för bostadsanpassning besvarades av två handläggare i tre veckor."),
            en: MethodText(
                name: "Wizard of Oz",
                summary: "The service looks automatic to the user, but a person does the work behind the curtain.",
                whenToUse:
                    "When the technology is costly to build and we first want to know whether the service helps.",
                steps:
                    "Decide what the user should see\nStaff the \"machine\" during the test\nLog every request\nMeasure response time and satisfaction\nTell participants afterwards how it worked",
                timeNeeded: "2–4 weeks", peopleNeeded: "1–2 people playing the service",
                materials: "An interface, a staffing schedule", pitfalls: "Not enough staff when interest is high.",
                example: "The housing adaptation \"chatbot\" was answered by two case officers for three weeks.")),
        method(
            "pilot", [.proofOfConcept],
            sv: MethodText(
                name: "Pilot",
                summary: "Tjänsten i verklig drift, i liten skala och under begränsad tid, med tydliga mätpunkter.",
                whenToUse: "I proof of concept, när effekten ska visas innan beslut om införande.",
                steps:
                    "Sätt effektmål och mätmetod\nVälj en avgränsad grupp eller plats\nDriv tjänsten som på riktigt\nMät löpande\nUtvärdera mot målen inför grindbeslutet",
                timeNeeded: "1–6 månader", peopleNeeded: "Projektgruppen och verksamheten",
                materials: "En fungerande tjänst, en uppföljningsplan",
                pitfalls: "Att piloten aldrig avslutas. Att mäta bara det som är lätt att mäta.",
                example: "Sensorpiloten i Drottninghög minskade onödiga tömningar med 30 %."),
            en: MethodText(
                name: "Pilot",
                summary: "The service in real operation, at a small scale and for a limited time, with clear measures.",
                whenToUse: "In proof of concept, when the effect must be shown before a decision to roll out.",
                steps:
                    "Set effect goals and how to measure them\nChoose a limited group or place\nRun the service for real\nMeasure continuously\nEvaluate against the goals before the gate decision",
                timeNeeded: "1–6 months", peopleNeeded: "The project team and the department",
                materials: "A working service, a follow-up plan",
                pitfalls: "A pilot that never ends. Measuring only what is easy to measure.",
                example: "The sensor pilot in Drottninghög cut needless emptying by 30 %.")),
        method(
            "service_safari", [.needInsight],
            sv: MethodText(
                name: "Servicesafari",
                summary: "Teamet använder själva tjänsten, eller liknande tjänster, som en vanlig användare.",
                whenToUse: "I behovsinsikt, för att känna på tjänsten innan intervjuerna.",
                steps:
                    "Välj tjänster att pröva\nGör ärendet från början till slut\nDokumentera med bild och anteckning\nJämför upplevelserna",
                timeNeeded: "1–3 dagar", peopleNeeded: "Hela teamet", materials: "Kamera, anteckningsbok",
                pitfalls: "Att tro att den egna upplevelsen gäller alla.",
                example: "Teamet ansökte om parkeringstillstånd själva och fastnade på samma ställe som invånarna."),
            en: MethodText(
                name: "Service safari",
                summary: "The team uses the service, or similar services, themselves as an ordinary user would.",
                whenToUse: "In need insight, to get a feel for the service before the interviews.",
                steps:
                    "Choose services to try\nDo the errand from start to finish\nDocument with photos and notes\nCompare experiences",
                timeNeeded: "1–3 days", peopleNeeded: "The whole team", materials: "Camera, notebook",
                pitfalls: "Believing your own experience holds for everyone.",
                example: "The team applied for a parking permit themselves and got stuck where residents do.")),
        method(
            "ab_test", [.prototype, .proofOfConcept],
            sv: MethodText(
                name: "A/B-test",
                summary: "Två versioner visas för var sin slumpad grupp; den som når målet bäst vinner.",
                whenToUse: "När tjänsten har tillräckligt många användare för att skillnaden ska synas.",
                steps:
                    "Välj ett mått\nGör två versioner som skiljer sig i en sak\nFördela användarna slumpvis\nLåt testet gå tills urvalet räcker\nBehåll vinnaren",
                timeNeeded: "2–6 veckor", peopleNeeded: "En utvecklare, en analytiker",
                materials: "Verktyg för slumpfördelning och mätning",
                pitfalls: "Att avbryta för tidigt. Att ändra flera saker samtidigt.",
                example: "Ett kortare formulär för felanmälan gav 18 % fler fullföljda anmälningar."),
            en: MethodText(
                name: "A/B test",
                summary: "Two versions shown to two random groups; whichever reaches the goal best wins.",
                whenToUse: "When the service has enough users for a difference to show.",
                steps:
                    "Choose a measure\nMake two versions that differ in one thing\nAssign users at random\nRun until the sample is large enough\nKeep the winner",
                timeNeeded: "2–6 weeks", peopleNeeded: "A developer, an analyst",
                materials: "Tools for random assignment and measurement",
                pitfalls: "Stopping too early. Changing several things at once.",
                example: "A shorter fault report form gave 18 % more completed reports.")),
        method(
            "concierge", [.pretotype],
            sv: MethodText(
                name: "Concierge",
                summary: "Tjänsten görs helt för hand för några få användare, öppet och personligt.",
                whenToUse: "När vi vill lära oss exakt vad användarna behöver innan något automatiseras.",
                steps:
                    "Välj en handfull användare\nGör tjänsten manuellt tillsammans med dem\nNotera varje steg och fråga\nSkriv ned vad som borde automatiseras",
                timeNeeded: "1–4 veckor", peopleNeeded: "1–2 i teamet", materials: "Telefon, e-post, en checklista",
                pitfalls: "Att skala upp innan lärdomarna är nedskrivna.",
                example: "Tio nyanlända familjer fick hjälp med förskoleplats av en handläggare per telefon."),
            en: MethodText(
                name: "Concierge",
                summary: "The service done entirely by hand for a few users, openly and personally.",
                whenToUse: "When we want to learn exactly what users need before anything is automated.",
                steps:
                    "Choose a handful of users\nDo the service manually with them\nNote every step and question\nWrite down what should be automated",
                timeNeeded: "1–4 weeks", peopleNeeded: "1–2 on the team", materials: "Phone, e-mail, a checklist",
                pitfalls: "Scaling up before the lessons are written down.",
                example: "Ten newly arrived families were helped to a pre-school place by one case officer by phone.")),
        method(
            "journey_mapping", [.needInsight, .prototype],
            sv: MethodText(
                name: "Kundresa",
                summary: "En karta över varje steg en person tar genom ett ärende, med känslor och kontaktytor.",
                whenToUse: "När ett ärende går genom flera förvaltningar eller kanaler.",
                steps:
                    "Samla intervjuer och observationer\nLista stegen i ordning\nMarkera kontaktytor och känslor\nHitta de värsta glappen\nVälj var ni ska börja",
                timeNeeded: "1–2 workshops", peopleNeeded: "Teamet och verksamheten",
                materials: "Stor vägg eller digital tavla, post-it",
                pitfalls: "En karta byggd på antaganden i stället för data.",
                example: "Kundresan för att starta restaurang visade sju kontakter med fyra förvaltningar."),
            en: MethodText(
                name: "Journey mapping",
                summary: "A map of every step a person takes through an errand, with feelings and touchpoints.",
                whenToUse: "When an errand runs through several departments or channels.",
                steps:
                    "Gather interviews and observations\nList the steps in order\nMark touchpoints and feelings\nFind the worst gaps\nChoose where to start",
                timeNeeded: "1–2 workshops", peopleNeeded: "The team and the department",
                materials: "A large wall or digital board, sticky notes",
                pitfalls: "A map built on assumptions instead of data.",
                example: "The journey of opening a restaurant showed seven contacts with four departments.")),
        method(
            "usability_test", [.prototype, .proofOfConcept],
            sv: MethodText(
                name: "Användartest",
                summary: "Personer ur målgruppen löser uppgifter i tjänsten medan vi observerar var det tar stopp.",
                whenToUse: "När det finns något att klicka på, från prototyp till drift.",
                steps:
                    "Skriv realistiska uppgifter\nRekrytera fem personer, även med funktionsnedsättning\nBe dem tänka högt\nNotera problem och allvarlighet\nÅtgärda och testa igen",
                timeNeeded: "1 vecka", peopleNeeded: "En testledare, en antecknare",
                materials: "Prototyp eller tjänst, testmiljö, samtycke",
                pitfalls: "Att hjälpa till. Att bara testa med kollegor.",
                example: "Testet med skärmläsare hittade tre hinder i e-tjänsten för färdtjänst."),
            en: MethodText(
                name: "Usability test",
                summary: "People from the target group do tasks in the service while we watch where they get stuck.",
                whenToUse: "Whenever there is something to click, from prototype to production.",
                steps:
                    "Write realistic tasks\nRecruit five people, including people with disabilities\nAsk them to think aloud\nNote problems and severity\nFix and test again",
                timeNeeded: "1 week", peopleNeeded: "A facilitator, a note-taker",
                materials: "Prototype or service, test setup, consent",
                pitfalls: "Helping. Testing only with colleagues.",
                example: "The screen reader test found three barriers in the mobility service e-form.")),
        method(
            "co_creation", [.needInsight, .pretotype],
            sv: MethodText(
                name: "Samskapande workshop",
                summary: "Användare, medarbetare och partner tar fram idéer och lösningar tillsammans.",
                whenToUse: "När behovet är förstått och lösningen ska formas med dem som berörs.",
                steps:
                    "Bjud in en blandad grupp\nBörja i behovet, inte i lösningen\nSkissa många idéer snabbt\nVälj tillsammans\nGör en pretotyp av den bästa",
                timeNeeded: "Halv till hel dag", peopleNeeded: "En facilitator, 6–15 deltagare",
                materials: "Lokal, material för skisser, fika",
                pitfalls: "Att bara bjuda in de som brukar komma.",
                example: "Unga i Dalhem skissade fritidsgårdens bokningstjänst på en eftermiddag."),
            en: MethodText(
                name: "Co-creation workshop",
                summary: "Users, staff and partners come up with ideas and solutions together.",
                whenToUse: "When the need is understood and the solution should be shaped with those it affects.",
                steps:
                    "Invite a mixed group\nStart from the need, not the solution\nSketch many ideas quickly\nChoose together\nPretotype the best one",
                timeNeeded: "Half to a full day", peopleNeeded: "A facilitator, 6–15 participants",
                materials: "A room, sketching material, coffee",
                pitfalls: "Inviting only those who usually come.",
                example: "Young people in Dalhem sketched the youth centre's booking service in one afternoon.")),
        method(
            "diary_study", [.needInsight],
            sv: MethodText(
                name: "Dagboksstudie",
                summary: "Deltagare skriver eller fotograferar sin vardag med tjänsten under några veckor.",
                whenToUse: "När behovet uppstår över tid och inte syns vid ett enda tillfälle.",
                steps:
                    "Bestäm vad som ska dokumenteras\nGe enkla instruktioner och en kanal\nPåminn varsamt\nIntervjua deltagarna efteråt",
                timeNeeded: "2–4 veckor", peopleNeeded: "En ansvarig, 8–12 deltagare",
                materials: "En app eller ett häfte, ersättning till deltagarna",
                pitfalls: "Att deltagarna tröttnar efter första veckan.",
                example: "Hemtjänstens brukare dokumenterade besöken i tre veckor."),
            en: MethodText(
                name: "Diary study",
                summary: "Participants write or photograph their everyday life with the service for a few weeks.",
                whenToUse: "When the need arises over time and does not show on a single occasion.",
                steps:
                    "Decide what should be documented\nGive simple instructions and a channel\nRemind gently\nInterview participants afterwards",
                timeNeeded: "2–4 weeks", peopleNeeded: "One owner, 8–12 participants",
                materials: "An app or a booklet, compensation for participants",
                pitfalls: "Participants tiring after the first week.",
                example: "Home care clients documented the visits for three weeks.")),
        method(
            "data_analysis", [.needInsight, .proofOfConcept],
            sv: MethodText(
                name: "Dataanalys",
                summary: "Befintliga data (ärenden, besök, sensorer) analyseras för att se mönster och mäta effekt.",
                whenToUse: "När data redan finns, för att rikta insikten eller följa upp en pilot.",
                steps:
                    "Formulera frågan\nHämta data med stöd av dataskyddsombudet\nRensa och beskriv\nJämför före och efter\nRedovisa osäkerheten",
                timeNeeded: "1–3 veckor", peopleNeeded: "En analytiker", materials: "Data, analysverktyg",
                pitfalls: "Att analysera personuppgifter utan rättslig grund. Att förväxla samband med orsak.",
                example: "Felanmälningarna visade att hälften gällde samma tio gatlyktor."),
            en: MethodText(
                name: "Data analysis",
                summary: "Existing data (cases, visits, sensors) analysed to see patterns and measure effect.",
                whenToUse: "When data already exists, to focus the insight or follow up a pilot.",
                steps:
                    "Formulate the question\nFetch the data with the data protection officer's support\nClean and describe\nCompare before and after\nReport the uncertainty",
                timeNeeded: "1–3 weeks", peopleNeeded: "An analyst", materials: "Data, analysis tools",
                pitfalls: "Analysing personal data without a legal basis. Mistaking correlation for cause.",
                example: "The fault reports showed that half concerned the same ten street lights.")),
    ]
}
