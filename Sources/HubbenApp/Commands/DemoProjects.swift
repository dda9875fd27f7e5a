import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// Demo projects in every phase and every outcome, each taken there through the real gate rules: an
/// experiment in each phase, journal entries, and a gate decision with its rationale at every step.
enum DemoProjects {
    enum Step {
        case next
        case pivot(ProjectPhase)
        case skip(ProjectPhase)
        case route(ProjectOutcome, OutcomeDetails)
        case stop(lessons: String)
    }

    struct Seed {
        let title: String
        let idea: String?
        let what: String
        let why: String
        let how: String
        let organizations: [String]
        let theme: String
        let visibility: ProjectVisibility
        let budget: Int
        /// Who has the problem, what it is, what the project tries, what was learnt, where it was tried.
        let who: String
        let problem: String
        let solution: String
        let insight: String
        let place: String
        let goal: (what: String, forWhom: String, measure: String, baseline: String, target: String)
        let steps: [Step]
        let lessons: String
    }

    static let seeds: [Seed] = [
        Seed(
            title: "Lånecyklar vid stationen", idea: "Lånecyklar vid stationen",
            what: "Lånecyklar vid stationen och de största hållplatserna, som låses upp med busskortet eller appen.",
            why:
                "Många pendlare har de sista två kilometrarna kvar när bussen eller tåget är framme, och tar bilen hela vägen i stället.",
            how:
                "Vi har intervjuat pendlare, testat intresset med en låtsasknapp i reseappen och kört en pilot med 40 cyklar i sex månader.",
            organizations: ["Stadsbyggnadsförvaltningen", "Sundkraft Energi AB"], theme: "miljo", visibility: .public,
            budget: 1_200_000,
            who: "pendlare med en bit kvar till jobbet", problem: "de sista kilometrarna från stationen",
            solution: "lånecyklar som låses upp med busskortet",
            insight: "pendlarna cyklar hellre än går om cykeln står vid perrongen",
            place: "Centralstationen och Knutpunkten",
            goal: (
                "Fler pendlar utan bil till jobbet", "Pendlare som reser till och från stationen",
                "Andel resor med cykel eller kollektivtrafik i resvaneundersökningen", "31 %", "40 % år 2028"
            ),
            steps: [
                .next, .next, .next, .next,
                .route(
                    .partnership,
                    OutcomeDetails(
                        partnerOrganizationID: nil,
                        contributions:
                            "Sundkraft Energi AB äger och laddar cyklarna och driver appen; staden upplåter platserna och kopplar busskortet."
                    )),
            ],
            lessons:
                "Cyklarna måste stå där resan slutar, inte runt hörnet. Att låsa upp med busskortet var viktigare än appen för de flesta."
        ),
        Seed(
            title: "Digital felanmälan med karta", idea: nil,
            what:
                "En e-tjänst där du pekar på kartan, tar en bild och anmäler trasiga lampor, klotter eller hål i vägen.",
            why: "I dag ringer invånare växeln eller skriver till fel förvaltning, och samma fel anmäls många gånger.",
            how:
                "Observation i kundtjänst, pappersprototyp på biblioteket och en klickbar prototyp som testades av 14 invånare.",
            organizations: ["Stadsbyggnadsförvaltningen", "Stadsledningsförvaltningen"], theme: "digitalisering",
            visibility: .public, budget: 450_000,
            who: "invånare som ser något trasigt", problem: "att veta vart man ska vända sig",
            solution: "en karta där man pekar ut felet",
            insight: "invånarna vill se att felet redan är anmält och när det åtgärdas", place: "Söder",
            goal: (
                "Färre dubbla felanmälningar", "Invånare och driftpersonal", "Andel ärenden som är dubbletter", "35 %",
                "Under 10 %"
            ),
            steps: [
                .next, .next,
                .route(
                    .procurement,
                    OutcomeDetails(
                        marketDialogue: .held,
                        requirementsSummary:
                            "Kartbaserad anmälan med bild, visning av redan anmälda fel, status till den som anmält, öppet API mot ärendesystemet, WCAG 2.1 AA."
                    )),
            ],
            lessons:
                "Det finns färdiga tjänster på marknaden som klarar det vi behöver; vårt värde är kraven från testerna, inte egen kod."
        ),
        Seed(
            title: "Mobilt medborgarkontor i stadsdelarna", idea: "Mobil medborgarkontor i stadsdelarna",
            what:
                "En buss med stadens service som besöker stadsdelarna på fasta tider, med personal som hjälper till med e-tjänster.",
            why: "Invånare som har långt till stadshuset eller svårt med e-tjänster får sämre service än andra.",
            how:
                "Intervjuer i tre stadsdelar, en tillfällig disk på torget och en pilot med bussen varannan vecka under en termin.",
            organizations: ["Stadsledningsförvaltningen", "Arbetsmarknadsförvaltningen"], theme: "integration",
            visibility: .public, budget: 800_000,
            who: "invånare som inte använder e-tjänster", problem: "att få hjälp med ärenden nära hemmet",
            solution: "ett kontor på hjul",
            insight: "det är hjälpen med e-legitimationen som avgör, inte själva ärendet",
            place: "Dalhem, Gantofta och Råå",
            goal: (
                "Fler får hjälp nära hemmet", "Invånare i stadsdelar utan servicekontor",
                "Antal besök per turtillfälle", "0", "25"
            ),
            steps: [
                .next, .next, .next, .next,
                .route(
                    .inHouse,
                    OutcomeDetails(
                        takenOverBy:
                            "Stadsledningsförvaltningen, kontaktcenter – tar över bussen i ordinarie drift från 2027.")),
            ],
            lessons: "Fasta tider och samma personal bygger förtroende. Tolk på plats behövs varannan gång."),
        Seed(
            title: "Sms-påminnelse om tömning", idea: "Sms-påminnelse om tömning i Norr",
            what: "Ett sms dagen innan sopor och matavfall hämtas, och när hämtningen flyttas.",
            why: "Hushåll som missar hämtningen får fulla kärl i två veckor.",
            how: "Intervjuer med hushåll och en låtsasknapp på stadens webb där man kunde anmäla sig till påminnelser.",
            organizations: ["Miljöförvaltningen"], theme: "digitalisering", visibility: .public, budget: 150_000,
            who: "hushåll i villa och radhus", problem: "att komma ihåg tömningsdagen", solution: "en sms-påminnelse",
            insight: "de flesta har redan en påminnelse i kalendern från renhållningsbolaget", place: "Norr",
            goal: (
                "Färre missade hämtningar", "Hushåll i villa och radhus", "Antal missade hämtningar per månad", "410",
                "200"
            ),
            steps: [
                .next,
                .stop(
                    lessons:
                        "Bara 2 % anmälde sig. Renhållningsbolagets app gör redan detta; vi länkar dit i stället och lägger inte pengar på en egen tjänst."
                ),
            ],
            lessons: ""),
        Seed(
            title: "Solceller på stadens tak", idea: "Solceller på stadens tak",
            what: "Solceller på skolor och idrottshallar, med en skärm i entrén som visar hur mycket el taket ger.",
            why: "Höga elkostnader och stadens klimatmål; eleverna vill se vad staden gör.",
            how: "Vi mäter i verklig drift på två skolor och jämför med skolor utan solceller.",
            organizations: ["Fastighetsförvaltningen", "Sundkraft Energi AB"], theme: "miljo", visibility: .public,
            budget: 2_500_000,
            who: "fastighetsförvaltningen och eleverna", problem: "höga elkostnader och osynligt klimatarbete",
            solution: "solceller med en skärm i entrén",
            insight: "taken på skolorna från 1970-talet klarar lasten utan förstärkning",
            place: "Stattenaskolan och Hamnskolan",
            goal: (
                "Lägre elkostnad för skolorna", "Fastighetsförvaltningen", "Köpt el per år, kWh", "410 000 kWh",
                "300 000 kWh"
            ),
            steps: [.next, .next, .next], lessons: ""),
        Seed(
            title: "Läxhjälp på biblioteket", idea: "Läxhjälp på biblioteket",
            what: "Studenter och pensionärer hjälper elever med läxorna på biblioteket två kvällar i veckan.",
            why: "Elever som inte kan få hjälp hemma halkar efter, ofta i familjer som är nya i Sverige.",
            how:
                "Först testade vi drop-in, sedan bokade tider – bokningen fungerade bättre och vi gick tillbaka och gjorde om prototypen.",
            organizations: ["Kulturförvaltningen", "Skol- och fritidsförvaltningen"], theme: "integration",
            visibility: .public, budget: 300_000,
            who: "elever i årskurs 6–9", problem: "att få hjälp med läxorna", solution: "läxhjälp med bokade tider",
            insight: "eleverna kommer när de har en bokad tid och vet vem som hjälper dem", place: "Stadsbiblioteket",
            goal: (
                "Fler elever klarar matematiken", "Elever i årskurs 6–9 i Söder",
                "Andel med godkänt i matematik i årskurs 9", "72 %", "80 %"
            ),
            steps: [.next, .next, .pivot(.pretotype), .next], lessons: ""),
        Seed(
            title: "Boka stadens lokaler på nätet", idea: nil,
            what: "Se när skolornas och fritidsgårdarnas lokaler är lediga och boka dem direkt.",
            why: "Föreningar letar lokaler via mejl och telefon, och lokaler står tomma på kvällarna.",
            how: "Proof of concept med tio lokaler och tjugo föreningar; nu väntar beslut om hur tjänsten ska drivas.",
            organizations: ["Fastighetsförvaltningen", "Kustdata Konsult AB"], theme: "digitalisering",
            visibility: .public, budget: 600_000,
            who: "föreningar som behöver lokal", problem: "att hitta en ledig lokal",
            solution: "en bokningskalender för stadens lokaler",
            insight: "föreningarna bokar oftare när nyckelfrågan är löst i samma tjänst",
            place: "tio skolor och fritidsgårdar",
            goal: (
                "Bättre nyttjade lokaler", "Föreningar och fastighetsförvaltningen",
                "Bokade timmar per lokal och vecka", "6", "15"
            ),
            steps: [.next, .next, .next, .next], lessons: ""),
        Seed(
            title: "Tolk på distans i hemtjänsten", idea: nil,
            what: "Bokningsbar videotolk vid besök i hemtjänsten.",
            why: "Personer som inte talar svenska väntar länge på tolk, och besöken blir kortare än de borde.",
            how: "Vi har just börjat: intervjuer med omsorgspersonal och brukare.",
            organizations: ["Vård- och omsorgsförvaltningen"], theme: "integration", visibility: .internal,
            budget: 200_000,
            who: "brukare i hemtjänsten som inte talar svenska", problem: "att förstå och bli förstådda vid besöken",
            solution: "videotolk",
            insight: "", place: "hemtjänsten i Öster",
            goal: ("Kortare väntan på tolk", "Brukare i hemtjänsten", "Dagar från behov till tolkat besök", "9", "1"),
            steps: [], lessons: ""),
        Seed(
            title: "Företagslots för nyanlända entreprenörer", idea: "Företagslots för nyanlända entreprenörer",
            what: "En lots som på flera språk förklarar regler, skatter och bank för den som vill starta företag.",
            why: "Nyanlända med företagarerfarenhet hittar inte rätt bland svenska regler och ger upp.",
            how:
                "Intervjuer med tolv nyanlända företagare; nu testar vi med en låtsasbokning på arabiska, dari och somaliska.",
            organizations: ["Arbetsmarknadsförvaltningen", "Öresundslabbet ekonomisk förening"], theme: "foretagsamhet",
            visibility: .public, budget: 350_000,
            who: "nyanlända som vill starta företag", problem: "att förstå regler och bank",
            solution: "en lots på flera språk",
            insight: "banken och F-skatten är de största hindren, inte affärsidén",
            place: "Arbetsmarknadsförvaltningens lokaler",
            goal: (
                "Fler nya företag startade av nyanlända", "Nyanlända med företagarerfarenhet",
                "Registrerade företag per år", "14", "40"
            ),
            steps: [.next], lessons: ""),
        Seed(
            title: "Återbruk av möbler mellan förvaltningar", idea: "Återbruk av möbler mellan förvaltningar",
            what: "En intern marknadsplats där förvaltningar ger bort möbler och utrustning till varandra.",
            why: "Fungerande möbler slängs samtidigt som andra förvaltningar köper nytt.",
            how:
                "Intervjuerna visade så tydligt behovet att vi hoppade över pretotypen och byggde en enkel prototyp direkt.",
            organizations: ["Fastighetsförvaltningen", "Miljöförvaltningen"], theme: "miljo", visibility: .public,
            budget: 250_000,
            who: "förvaltningarnas inköpare", problem: "att veta vad som finns att ta över",
            solution: "en intern marknadsplats",
            insight: "alla förvaltningar vi talade med hade möbler i förråd och köpte samtidigt nytt",
            place: "Stadshuset",
            goal: (
                "Mindre nyköp av möbler", "Förvaltningarna", "Kronor för nya möbler per år", "3,1 miljoner",
                "2 miljoner"
            ),
            steps: [.skip(.prototype)], lessons: ""),
        Seed(
            title: "Trygg belysning i parkerna", idea: nil,
            what:
                "Bättre belysning längs gångvägar genom parker och grönområden, där invånarna säger att de känner sig otrygga.",
            why: "Många undviker parkerna när det är mörkt.",
            how: "Trygghetsvandringar med boende och en kartläggning av var belysningen saknas.",
            organizations: ["Stadsbyggnadsförvaltningen"], theme: "miljo", visibility: .public, budget: 500_000,
            who: "invånare som går genom parkerna", problem: "otrygghet när det är mörkt",
            solution: "belysning där den behövs mest",
            insight: "", place: "Slottshagen och Ramlösa park",
            goal: (
                "Fler känner sig trygga i parkerna", "Invånare som går genom parkerna",
                "Andel som känner sig trygga i trygghetsmätningen", "54 %", "70 %"
            ),
            steps: [], lessons: ""),
        Seed(
            title: "Matsvinn från skolköken till föreningar", idea: "Matsvinn från skolköken till föreningar",
            what: "Överbliven mat från skolköken går till föreningar som lagar middag för fler.",
            why: "Mat slängs samtidigt som familjer har svårt att få ihop till middag.",
            how: "Pilot med två skolkök och en förening; livsmedelsreglerna gjorde transporterna för dyra.",
            organizations: ["Skol- och fritidsförvaltningen", "Miljöförvaltningen"], theme: "miljo",
            visibility: .public, budget: 180_000,
            who: "föreningar som lagar middag", problem: "att få tag på mat", solution: "överbliven mat från skolköken",
            insight: "maten räcker, men kylkedjan under transporten kostar mer än maten är värd",
            place: "Västra skolan",
            goal: ("Mindre matsvinn i skolköken", "Skolköken", "Kilo mat som slängs per vecka", "120 kg", "60 kg"),
            steps: [
                .next, .next,
                .stop(
                    lessons:
                        "Kylkedjan gör transporterna för dyra. Skolköken minskar i stället svinnet genom att planera portionerna bättre – den lärdomen sprids till alla kök."
                ),
            ],
            lessons: ""),
    ]

    /// Adds the demo projects unless projects exist already.
    static func load(into db: any Database, demoAccounts: [String: Int], now: Date, progress: (String) -> Void)
        async throws
    {
        let store = ProjectStore(database: db)
        guard try await store.count() == 0 else {
            progress("projects: already there")
            return
        }
        let organizations = try await OrganizationStore(database: db).all()
        let themes = try await IdeaStore(database: db).themes()
        guard let coach = demoAccounts["coach"], let staff = demoAccounts["staff"] else { return }
        let coachActor = Actor(accountID: coach, roles: [.resident, .coach])
        for (index, seed) in seeds.enumerated() {
            let stepCount = seed.steps.count
            let started = now.addingTimeInterval(-Double(stepCount * 45 + 20 + index) * 86_400)
            var ideaID: Int?
            if let title = seed.idea {
                ideaID = try await store.acceptedIdeaWithoutProject(titled: title)
            }
            let organizationIDs = seed.organizations.compactMap { name in organizations.first { $0.name == name }?.id }
            let draft = ProjectDraft(
                title: seed.title, what: seed.what, why: seed.why, how: seed.how, organizationIDs: organizationIDs,
                themeIDs: themes.filter { $0.slug == seed.theme }.map(\.id), visibility: seed.visibility,
                leadID: staff, coachID: coach, estimatedBudget: seed.budget)
            let id = try await store.create(draft, ideaID: ideaID, createdBy: coach, now: started)
            try await store.setMember(
                projectID: id, accountID: demoAccounts["partner"], role: .businessDeveloper, roleText: "")
            let goal = seed.goal
            let goalID = try await store.addGoal(
                projectID: id,
                EffectGoalDraft(
                    what: goal.what, forWhom: goal.forWhom, measure: goal.measure,
                    baseline: goal.baseline, target: goal.target), now: started)
            _ = try await store.addFund(
                projectID: id,
                FundDraft(
                    kind: .granted, amount: seed.budget, date: Day(started),
                    source: "Innovationsfonden 2026", comment: "Första beslutet i hubbens styrgrupp"))

            var phase = ProjectPhase.needInsight
            var moment = started
            for (stepIndex, step) in seed.steps.enumerated() {
                moment = started.addingTimeInterval(Double(stepIndex + 1) * 45 * 86_400)
                let refuted: Bool = if case .stop = step { true } else { false }
                let experimentID = try await store.addExperiment(
                    projectID: id, experiment(seed, phase: phase, refuted: refuted, endingAt: moment, now: now),
                    currentPhase: phase, now: moment)
                _ = try await store.addJournalEntry(
                    projectID: id, journal(seed, phase: phase), phase: phase, authorID: staff,
                    now: moment.addingTimeInterval(-3 * 86_400))
                _ = try await store.addFund(
                    projectID: id,
                    FundDraft(
                        kind: .spent, amount: seed.budget / (stepCount + 3), date: Day(moment),
                        comment: "Workshoppar, material och testpersonernas ersättning"))
                let partner = organizations.first { $0.kind == .partner && seed.organizations.contains($0.name) }?.id
                let decision = gate(seed, step: step, phase: phase, evidence: [experimentID], partner: partner)
                _ = try await store.decide(projectID: id, decision, actor: coachActor, relation: .coach, now: moment)
                phase = decision.toPhase ?? phase
            }
            // Something under way in the current phase of active projects, and an internal note the public never sees.
            if seed.steps.allSatisfy({ if case .route = $0 { false } else if case .stop = $0 { false } else { true } })
            {
                _ = try await store.addExperiment(
                    projectID: id, experiment(seed, phase: phase, refuted: false, endingAt: nil, now: now),
                    currentPhase: phase, now: now.addingTimeInterval(-86_400))
            } else {
                try await store.markGoalReached(
                    projectID: id, goalID: goalID,
                    GoalReachedDraft(date: Day(moment), comment: "Mätningen efter piloten visar att målet är nått."))
            }
            _ = try await store.addJournalEntry(
                projectID: id,
                JournalDraft(
                    kind: .note, title: "Budgetavstämning med förvaltningsledningen",
                    body: "Internt: genomgång av förbrukade medel och bemanning inför nästa fas.",
                    visibility: .internal),
                phase: phase, authorID: coach, now: now.addingTimeInterval(-2 * 86_400))
        }
        progress("projects: \(seeds.count), in every phase and every outcome")
    }

    private static func experiment(_ seed: Seed, phase: ProjectPhase, refuted: Bool, endingAt end: Date?, now: Date)
        -> ExperimentDraft
    {
        let start = (end ?? now).addingTimeInterval(-30 * 86_400)
        let (method, hypothesis, criterion, participants): (ExperimentMethod, String, String, Int) =
            switch phase {
            case .needInsight:
                (
                    .interviews, "Vi tror att \(seed.who) har svårt med \(seed.problem).",
                    "Minst 7 av 10 intervjuade beskriver problemet utan att vi tar upp det.", 12
                )
            case .pretotype:
                (
                    .fakeDoor, "Vi tror att \(seed.who) vill använda \(seed.solution) om den finns.",
                    "Minst 15 % av besökarna klickar på knappen under två veckor.", 340
                )
            case .prototype:
                (
                    .clickablePrototype, "Vi tror att \(seed.who) klarar sig på egen hand med \(seed.solution).",
                    "8 av 10 testpersoner klarar uppgiften utan hjälp.", 10
                )
            case .proofOfConcept:
                (
                    .pilot, "Vi tror att \(seed.solution) fungerar i verklig drift i \(seed.place).",
                    "Tjänsten används varje vecka i tre månader utan extra bemanning.", 120
                )
            case .decision:
                (
                    .observation, "Vi tror att driften av \(seed.solution) kan bäras av ordinarie verksamhet.",
                    "Förvaltningen kan bemanna driften inom befintlig budget.", 6
                )
            }
        // The demo's experiments use the whole toolbox, each phase its own methods.
        let methods: [String] =
            switch phase {
            case .needInsight:
                ["interviews", "observation", "service_safari", "journey_mapping", "diary_study", "data_analysis"]
            case .pretotype: ["fake_door", "concierge", "wizard_of_oz", "paper_prototype", "co_creation"]
            case .prototype: ["clickable_prototype", "usability_test", "paper_prototype", "ab_test"]
            case .proofOfConcept: ["pilot", "ab_test", "survey", "data_analysis"]
            case .decision: ["observation", "survey"]
            }
        let variant = seed.who.unicodeScalars.reduce(0) { ($0 + Int($1.value)) % 1_000 } % (methods.count + 1)
        let chosen = variant < methods.count ? ExperimentMethod(rawValue: methods[variant]) ?? method : method
        let learning =
            refuted
            ? "Hypotesen höll inte: intresset var för litet för att gå vidare."
            : (seed.insight.isEmpty ? "" : "Stödd: \(seed.insight).")
        return ExperimentDraft(
            phase: phase, hypothesis: hypothesis, method: chosen, successCriterion: criterion,
            participants: participants,
            result: end == nil || learning.isEmpty ? nil : (refuted ? .refuted : .supported),
            learning: end == nil ? "" : learning,
            startedOn: Day(start), endedOn: end.map(Day.init))
    }

    private static func journal(_ seed: Seed, phase: ProjectPhase) -> JournalDraft {
        switch phase {
        case .needInsight:
            JournalDraft(
                kind: .partialResult, title: "Vad intervjuerna visade",
                body: "Vi har pratat med \(seed.who) i \(seed.place). Det som kom upp oftast var \(seed.problem).",
                visibility: .public)
        case .pretotype:
            JournalDraft(
                kind: .result, title: "Resultat av låtsasknappen",
                body: "Under två veckor mätte vi hur många som ville använda \(seed.solution).", visibility: .public)
        case .prototype:
            JournalDraft(
                kind: .demo, title: "Demo av prototypen",
                body:
                    "På hubbens demodag visade teamet prototypen för invånare och förvaltningar. Inspelningen finns på länken.",
                link: "https://example.org/demodag", visibility: .public)
        case .proofOfConcept:
            JournalDraft(
                kind: .partialResult, title: "Tre månader i verklig drift",
                body: "Piloten i \(seed.place) är halvvägs. Användningen ökar varje vecka.", visibility: .public)
        case .decision:
            JournalDraft(
                kind: .decision, title: "Underlag till beslut",
                body: "Teamet har sammanställt lärdomarna och kostnaderna inför beslutet om hur arbetet ska gå vidare.",
                visibility: .public)
        }
    }

    private static func gate(_ seed: Seed, step: Step, phase: ProjectPhase, evidence: [Int], partner: Int?)
        -> GateDecisionDraft
    {
        switch step {
        case .next:
            return GateDecisionDraft(
                kind: .continue, toPhase: phase.next,
                rationale: "Experimentet i fasen stödde hypotesen: \(seed.insight). Vi går vidare.",
                evidence: evidence)
        case .pivot(let back):
            return GateDecisionDraft(
                kind: .pivot, toPhase: back,
                rationale:
                    "Prototypen visade att vi byggt för fel arbetssätt. Vi går tillbaka och testar ett enklare upplägg först.",
                evidence: evidence)
        case .skip(let ahead):
            return GateDecisionDraft(
                kind: .skip, toPhase: ahead,
                rationale:
                    "Behovet är så väl belagt att en pretotyp inte skulle lära oss något nytt. Vi bygger en enkel prototyp direkt.",
                evidence: evidence)
        case .route(let outcome, var details):
            if outcome == .partnership { details.partnerOrganizationID = partner }
            return GateDecisionDraft(
                kind: .route, outcome: outcome, rationale: "Det vi har lärt oss visar vägen vidare: \(seed.insight).",
                lessonsLearned: seed.lessons, evidence: evidence, details: details)
        case .stop(let lessons):
            return GateDecisionDraft(
                kind: .stop,
                rationale: "Experimentet motbevisade hypotesen. Vi stoppar hellre nu än lägger mer pengar.",
                lessonsLearned: lessons, evidence: evidence)
        }
    }
}
