import Fluent
import Foundation
import HubbenCore
import Vapor

/// A few hundred realistic Swedish ideas for the demo: thirty themes of city life, each raised in several
/// districts, with challenges, supports, comments, triage decisions and scores. Deterministic: the same run
/// gives the same content.
enum DemoIdeas {
    struct Seed {
        let title: String
        let summary: String
        let need: String
        let theme: String
    }

    static let districts = [
        "Centrum", "Norr", "Söder", "Väster", "Öster", "Hamnen", "Dalhem", "Stattena", "Gantofta", "Råå",
    ]

    static let seeds: [Seed] = [
        Seed(
            title: "Lånecyklar vid stationen",
            summary: "Cyklar att låna med appen eller busskortet, vid stationen och hållplatserna.",
            need: "Pendlare som har en bit kvar till jobbet efter bussen eller tåget.", theme: "miljo"),
        Seed(
            title: "Säkra cykelbanor till skolorna",
            summary: "Sammanhängande och belysta cykelbanor längs skolvägarna, skilda från biltrafiken.",
            need: "Barn som vill cykla till skolan men vars föräldrar inte vågar låta dem.", theme: "miljo"),
        Seed(
            title: "Läxhjälp på biblioteket",
            summary: "Studenter och pensionärer hjälper elever med läxorna på biblioteket två kvällar i veckan.",
            need: "Elever som inte kan få hjälp hemma, ofta i familjer som är nya i Sverige.", theme: "integration"),
        Seed(
            title: "Språkcafé med grannarna",
            summary: "Ett öppet språkcafé där nyanlända och grannar träffas och pratar svenska över en fika.",
            need: "Nyanlända som vill öva svenska i vardagen, inte bara i klassrummet.", theme: "integration"),
        Seed(
            title: "Boka stadens lokaler på nätet",
            summary: "Se när skolornas och fritidsgårdarnas lokaler är lediga och boka dem direkt.",
            need: "Föreningar som letar lokal till kvällar och helger.", theme: "digitalisering"),
        Seed(
            title: "Digital anmälan till förskolan",
            summary: "Ansök om förskoleplats, se kön och byt förskola helt digitalt.",
            need: "Föräldrar som i dag fyller i pappersblanketter och ringer för att få besked.",
            theme: "digitalisering"),
        Seed(
            title: "Starta företag – en väg in",
            summary: "En kontakt på staden som hjälper dig med alla tillstånd när du startar företag.",
            need: "Nya företagare som skickas mellan förvaltningar för tillstånd.", theme: "foretagsamhet"),
        Seed(
            title: "Tomma lokaler till popup-butiker",
            summary: "Låt unga företagare prova sin affärsidé i tomma butikslokaler under några månader.",
            need: "Unga med en affärsidé som inte har råd med en egen lokal.", theme: "foretagsamhet"),
        Seed(
            title: "Grönare skolgårdar",
            summary: "Plantera träd, buskar och odlingslådor på skolgårdarna tillsammans med eleverna.",
            need: "Skolgårdar som är heta asfaltsytor utan skugga på sommaren.", theme: "miljo"),
        Seed(
            title: "Fler parkbänkar och skugga",
            summary: "Bänkar med jämna mellanrum och träd som ger skugga längs promenadstråken.",
            need: "Äldre som inte orkar gå långt utan att vila.", theme: "miljo"),
        Seed(
            title: "Matsvinn från skolköken till föreningar",
            summary: "Överbliven mat från skolköken går till föreningar som lagar middag för fler.",
            need: "Mat som slängs samtidigt som familjer har svårt att få ihop till middag.", theme: "miljo"),
        Seed(
            title: "Virtuella studiebesök på arbetsplatser",
            summary: "Filmer och direktsändningar där elever får se hur en arbetsdag ser ut på olika jobb.",
            need: "Elever som ska välja gymnasium utan att känna någon som har jobbet.", theme: "digitalisering"),
        Seed(
            title: "Mobil medborgarkontor i stadsdelarna",
            summary: "En buss med stadens service som besöker stadsdelarna på fasta tider.",
            need: "Invånare som har långt till stadshuset eller svårt att använda e-tjänster.", theme: "integration"),
        Seed(
            title: "Kompetensväxel mellan grannar",
            summary: "Byt tjänster med varandra: jag hjälper dig med datorn, du lagar min cykel.",
            need: "Grannar som har kunskaper att dela men ingen plats att mötas.", theme: "foretagsamhet"),
        Seed(
            title: "Hackathon om stadens öppna data",
            summary: "En helg där utvecklare och invånare bygger tjänster med stadens öppna data.",
            need: "Data som staden har men som ingen använder.", theme: "digitalisering"),
        Seed(
            title: "Laddplatser i bostadsområdena", summary: "Laddstolpar på allmänna parkeringar nära flerfamiljshus.",
            need: "Boende i hyresrätt som vill byta till elbil men inte kan ladda hemma.", theme: "miljo"),
        Seed(
            title: "Trygg belysning i parkerna",
            summary: "Bättre belysning längs gångvägar genom parker och grönområden.",
            need: "Personer som undviker parkerna när det är mörkt för att de känner sig otrygga.", theme: "miljo"),
        Seed(
            title: "Praktikplatser hos stadens partner",
            summary: "En gemensam sida där företag och staden lägger ut praktikplatser för nyanlända.",
            need: "Nyanlända med utbildning som saknar svensk arbetslivserfarenhet.", theme: "integration"),
        Seed(
            title: "Sms-påminnelse om tömning",
            summary: "Få ett sms dagen innan sopor och matavfall hämtas, och om hämtningen flyttas.",
            need: "Hushåll som missar hämtningen och får fulla kärl.", theme: "digitalisering"),
        Seed(
            title: "Återbruk av möbler mellan förvaltningar",
            summary: "En intern marknadsplats där förvaltningar ger bort möbler och utrustning till varandra.",
            need: "Fungerande möbler som slängs samtidigt som andra köper nytt.", theme: "miljo"),
        Seed(
            title: "Sommarjobb för unga i föreningslivet",
            summary: "Föreningar får stöd för att anställa unga under sommaren.",
            need: "Unga som inte får sommarjobb och föreningar som behöver hjälp.", theme: "foretagsamhet"),
        Seed(
            title: "Digital felanmälan med karta",
            summary: "Peka på kartan, ta en bild och anmäl trasiga lampor, klotter eller hål i vägen.",
            need: "Invånare som inte vet vart de ska vända sig när något är trasigt.", theme: "digitalisering"),
        Seed(
            title: "Mötesplats för äldre och unga",
            summary: "Regelbundna träffar där unga lär äldre om mobilen och äldre berättar om staden förr.",
            need: "Äldre som känner sig ensamma och unga som saknar sammanhang.", theme: "integration"),
        Seed(
            title: "Solceller på stadens tak", summary: "Solceller på skolor, idrottshallar och förvaltningsbyggnader.",
            need: "Höga elkostnader och stadens klimatmål.", theme: "miljo"),
        Seed(
            title: "Företagslots för nyanlända entreprenörer",
            summary: "En lots som på flera språk förklarar regler, skatter och bank för den som vill starta företag.",
            need: "Nyanlända med företagarerfarenhet som inte hittar rätt i svenska regler.", theme: "foretagsamhet"),
        Seed(
            title: "Öppna skolgårdar på helgerna",
            summary: "Håll skolgårdarna öppna och städade på helger som lekplats för hela stadsdelen.",
            need: "Familjer utan trädgård och långt till närmaste lekplats.", theme: "integration"),
        Seed(
            title: "Realtidsinformation om lediga parkeringsplatser",
            summary: "Se i appen var det finns lediga platser, så slipper du cirkulera i centrum.",
            need: "Bilister som letar parkering och skapar köer och utsläpp.", theme: "digitalisering"),
        Seed(
            title: "Odlingslotter på outnyttjad mark",
            summary: "Lotter för stadsodling på tomter som står tomma i väntan på byggande.",
            need: "Boende i lägenhet som vill odla.", theme: "miljo"),
        Seed(
            title: "Innovationstävling för gymnasieelever",
            summary: "Eleverna löser en verklig utmaning från en förvaltning och vinner praktik i hubben.",
            need: "Unga som vill påverka staden och förvaltningar som behöver nya perspektiv.", theme: "foretagsamhet"),
        Seed(
            title: "Tolk på distans i vården",
            summary: "Bokningsbar videotolk vid besök i hemtjänsten och på vårdcentralen.",
            need: "Personer som inte talar svenska och väntar länge på tolk.", theme: "integration"),
    ]

    static let challenges: [(title: String, description: String, organization: String, theme: String, daysOpen: Int)] =
        [
            (
                "Hur får fler barn cykla till skolan?",
                "Färre barn cyklar till skolan än för tio år sedan. Vi vill ha idéer som gör skolvägen trygg och cyklingen rolig.",
                "Stadsbyggnadsförvaltningen", "miljo", 90
            ),
            (
                "Hur når vi invånare som inte använder e-tjänster?",
                "En del invånare använder aldrig våra e-tjänster. Hur ger vi dem lika god service?",
                "Stadsledningsförvaltningen", "digitalisering", 60
            ),
            (
                "Hur blir biblioteket en mötesplats för alla?",
                "Biblioteket vill vara hela stadens vardagsrum. Vilka idéer får fler att komma dit och mötas?",
                "Kulturförvaltningen", "integration", 120
            ),
            (
                "Hur kortar vi vägen till första jobbet?",
                "Idéer som hjälper unga och nyanlända till sitt första jobb. Utmaningen stängde i våras.",
                "Arbetsmarknadsförvaltningen", "foretagsamhet", -30
            ),
        ]

    static let residents = [
        "Amira Hassan", "Björn Lund", "Cecilia Holm", "David Ek", "Elin Sjöberg", "Farid Rahimi", "Greta Nyström",
        "Hugo Berg", "Ida Wallin", "Jonas Åberg", "Karin Mattsson", "Leo Persson", "Maja Lindgren", "Nils Holmberg",
        "Olivia Strand", "Petra Axelsson", "Rasmus Öberg", "Sara Lind", "Tove Engström", "Ulf Sandberg",
        "Vera Blom", "William Hedlund", "Yasmin Kaya", "Zara Nilsson", "Åsa Forsberg", "Östen Borg",
    ]

    static let comments = [
        "Bra idé! Det här skulle hjälpa många i vårt område.",
        "Har ni pratat med dem som bor här om hur det skulle fungera?",
        "Jag kan hjälpa till att testa om det blir ett projekt.", "Finns det något liknande i någon annan kommun?",
        "Viktigt att det fungerar för den som inte har smartphone.", "Vi i föreningen vill gärna vara med.",
        "Hur mycket skulle det kosta, ungefär?", "Äntligen! Det här har vi väntat på.",
    ]

    /// Adds the demo ideas unless ideas exist already.
    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        guard try await IdeaStore(database: db).list(.init(per: 1)).total == 0 else {
            progress("ideas: already there")
            return
        }
        var random = SeededRandom(seed: 2026)
        let now = app.hubben.clock.now()
        let themes = try await IdeaStore(database: db).themes()
        func themeID(_ slug: String) -> Int { themes.first { $0.slug == slug }?.id ?? themes[0].id }

        // Residents who write, support and comment. They sign in with the demo password too.
        let accounts = AccountStore(database: db, hasher: app.password)
        let hash = try await accounts.hashed(DemoContent.password)
        var people = Array(demoAccounts.values).sorted()
        for (index, name) in residents.enumerated() {
            let email = "invanare\(index + 1)@demo.hubben.example"
            if let existing = try await accounts.account(email: email) {
                people.append(existing.id)
                continue
            }
            guard let address = EmailAddress(email) else { continue }
            people.append(try await accounts.insert(name: name, email: address, passwordHash: hash, language: .sv).id)
        }

        let organizations = OrganizationStore(database: db)
        let challengeStore = ChallengeStore(database: db)
        var challengeIDs: [String: Int] = [:]
        for challenge in challenges {
            guard let organization = try await organizations.organization(named: challenge.organization) else {
                continue
            }
            let staff = demoAccounts["staff"] ?? people[0]
            let id = try await challengeStore.create(
                .init(
                    title: challenge.title, description: challenge.description, organizationID: organization.id,
                    reformGroupID: nil,
                    themeIDs: [themeID(challenge.theme)],
                    openUntil: now.addingTimeInterval(Double(challenge.daysOpen) * 86_400)),
                authorID: staff, now: now.addingTimeInterval(-120 * 86_400)
            )
            challengeIDs[challenge.theme] = challengeIDs[challenge.theme] ?? id
        }
        progress("challenges: \(challenges.count)")

        let ideas = IdeaStore(database: db)
        let triage = TriageStore(database: db)
        let discussion = CommentStore(database: db)
        let coach = demoAccounts["coach"] ?? people[0]
        var created: [Int] = []
        for (districtIndex, district) in districts.enumerated() {
            for (seedIndex, seed) in seeds.enumerated() {
                let title = districtIndex == 0 ? seed.title : "\(seed.title) i \(district)"
                let summary =
                    districtIndex == 0 ? seed.summary : "\(seed.summary) Först i \(district), sedan i fler stadsdelar."
                let age = Double(random.next(upTo: 400)) * 86_400 + Double(random.next(upTo: 86_400))
                let author = people[random.next(upTo: people.count)]
                let challenge = districtIndex < 3 && seedIndex % 4 == 0 ? challengeIDs[seed.theme] : nil
                var themeIDs = [themeID(seed.theme)]
                if seedIndex % 5 == 0 { themeIDs.append(themeID("digitalisering")) }
                let draft = IdeaDraft(
                    title: String(title.prefix(IdeaDraft.titleLimit)), summary: summary, need: seed.need,
                    themeIDs: themeIDs, challengeID: challenge)
                let id = try await ideas.create(draft, authorID: author, now: now.addingTimeInterval(-age))
                created.append(id)

                for supporter in people.shuffled(using: &random).prefix(random.next(upTo: min(people.count, 25))) {
                    _ = try await ideas.support(ideaID: id, accountID: supporter, now: now.addingTimeInterval(-age / 2))
                }
                for index in 0..<random.next(upTo: 4) {
                    let commentID = try await discussion.add(
                        ideaID: id, authorID: people[random.next(upTo: people.count)], parentID: nil,
                        body: comments[random.next(upTo: comments.count)], now: now.addingTimeInterval(-age / 3))
                    if index == 0, random.next(upTo: 3) == 0 {
                        _ = try await discussion.add(
                            ideaID: id, authorID: author, parentID: commentID,
                            body: "Tack! Bra fråga – vi tar med det.", now: now.addingTimeInterval(-age / 4))
                    }
                }
            }
            progress("ideas: \(created.count)")
        }

        // Triage: the older ideas have been reviewed; the newest wait in the queue.
        for (index, id) in created.enumerated() where index % 2 == 0 {
            try await triage.change(ideaID: id, StatusChange(to: .underReview), by: coach, now: now)
            switch index % 12 {
            case 0:
                try await triage.change(
                    ideaID: id,
                    StatusChange(
                        to: .accepted,
                        reason: "Stort behov och en tydlig väg till en första test. Blir ett projekt i hubben."),
                    by: coach, now: now)
            case 4:
                try await triage.change(
                    ideaID: id,
                    StatusChange(to: .parked, reason: "Bra idé, men vi väntar på att cykelplanen beslutas i vår."),
                    by: coach, now: now)
            case 8:
                try await triage.change(
                    ideaID: id,
                    StatusChange(
                        to: .declined,
                        reason: "Finns redan som tjänst hos regionen – vi har lagt en länk i kommentarerna."),
                    by: coach, now: now)
            case 10:
                try await triage.change(
                    ideaID: id,
                    StatusChange(
                        to: .merged, reason: "Samma idé som en tidigare – stöden är flyttade dit.",
                        mergedInto: created[index - 10]), by: coach, now: now)
            default:
                break
            }
            for criterion in ScoreCriterion.allCases where index % 6 == 0 {
                try await triage.score(
                    ideaID: id, coachID: coach, criterion: criterion, score: 2 + random.next(upTo: 4), comment: "",
                    now: now)
            }
        }
        progress("triage: reviewed \(created.count / 2) ideas")
    }
}

/// A small deterministic generator (SplitMix64), so that demo content is the same on every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(upTo bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next() % UInt64(bound))
    }
}
