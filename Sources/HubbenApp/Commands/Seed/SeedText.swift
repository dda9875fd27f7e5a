import Foundation

/// Swedish text of realistic length for `hubben seed`, assembled from the demo's city topics, districts and
/// everyday sentences. Deterministic for a given generator.
enum SeedText {
    static let firstNames = [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Mohammed", "Fatima", "Ali", "Elin",
        "Oskar", "Maja", "Hugo", "Ida", "Nils", "Leila", "Omar", "Greta", "Björn", "Astrid", "Ahmed", "Zeynep",
        "Sofia", "Liam", "Alva", "Noah", "Ebba", "Amira", "Yusuf", "Tove", "Viktor", "Hanna", "Emil", "Linnea",
    ]
    static let lastNames = [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson",
        "Hassan", "Ali", "Mohammadi", "Lindberg", "Holm", "Berg", "Ek", "Sjöberg", "Nyström", "Wallin", "Åberg",
        "Öberg",
        "Lund", "Strand", "Axelsson", "Kaya", "Yilmaz", "Forsberg", "Blom", "Hedlund",
    ]

    static let openings = [
        "I vår stadsdel märker vi varje dag att", "Många av oss som bor här har länge tyckt att",
        "Som förälder ser jag att",
        "Vi i föreningen har diskuterat hur", "På mitt jobb i staden ser jag ofta att",
        "Efter ett möte med grannarna kom vi fram till att",
        "Som pensionär upplever jag att", "Eleverna på skolan berättar att",
        "Jag har bott i staden i tjugo år och ser att",
    ]
    static let problems = [
        "det är svårt att hitta information om vad som gäller", "det tar för lång tid att få svar från kommunen",
        "de som inte har en smartphone hamnar utanför", "det saknas mötesplatser där olika generationer träffas",
        "cykelvägarna tar slut där de behövs som mest", "det är mörkt och otryggt på kvällarna",
        "lokaler står tomma medan föreningar letar plats",
        "mat och möbler slängs fast de skulle kunna användas", "unga har svårt att få sitt första jobb",
        "nyanlända vet inte vart de ska vända sig",
        "bussarna går för sällan på helgerna", "det är krångligt att boka tid och ändra bokningar",
    ]
    static let proposals = [
        "Förslaget är att staden testar en enkel lösning i liten skala först och bjuder in dem som berörs.",
        "Jag tror att det går att lösa med en tydlig e-tjänst som också fungerar på papper och i telefon.",
        "Ett första steg kan vara att fråga invånarna direkt, till exempel på biblioteket eller torget.",
        "Andra kommuner har prövat liknande idéer med gott resultat, så vi behöver inte börja från noll.",
        "Det skulle inte kosta mycket men göra stor skillnad för många i vardagen.",
        "Föreningslivet och näringslivet vill gärna vara med och bidra med tid och kunskap.",
        "Det viktigaste är att lösningen fungerar för alla, också för den som inte talar svenska.",
    ]
    static let effects = [
        "Det skulle ge fler en chans att delta.", "Det sparar tid både för invånarna och för stadens medarbetare.",
        "Det minskar utsläppen och gör staden trevligare att bo i.", "Det gör att fler känner sig trygga.",
        "Det stärker sammanhållningen i stadsdelen.",
    ]
    /// Appears in about one idea in a thousand: the benchmark's rare search word.
    static let rareWord = "kolonilottsföreningen"

    static func name(_ random: inout SeededRandom) -> String {
        "\(firstNames[random.next(upTo: firstNames.count)]) \(lastNames[random.next(upTo: lastNames.count)])"
    }

    static func pick<T>(_ list: [T], _ random: inout SeededRandom) -> T { list[random.next(upTo: list.count)] }

    struct IdeaText {
        var title: String
        var summary: String
        var need: String
        var theme: String
    }

    static func idea(_ number: Int, _ random: inout SeededRandom) -> IdeaText {
        let seed = DemoIdeas.seeds[random.next(upTo: DemoIdeas.seeds.count)]
        let district = pick(DemoIdeas.districts, &random)
        var summary = [
            seed.summary, "\(pick(openings, &random)) \(pick(problems, &random)).", pick(proposals, &random),
            pick(proposals, &random), pick(effects, &random),
        ].joined(separator: " ")
        if number % 997 == 0 { summary += " Vi har pratat med \(rareWord) om saken." }
        let need = [
            seed.need, "\(pick(openings, &random)) \(pick(problems, &random)).", "Det gäller särskilt i \(district).",
            pick(effects, &random),
        ].joined(separator: " ")
        return IdeaText(
            title: String("\(seed.title) i \(district)".prefix(140)), summary: summary, need: need, theme: seed.theme)
    }

    static let comments =
        DemoIdeas.comments + [
            "Jag håller med, det här behövs verkligen i vår del av staden.",
            "Hur skulle det fungera för dem som jobbar kväll?",
            "Vi testade något liknande i föreningen förra året, hör gärna av er.", "Bra att någon tar upp det här!",
            "Tänk på tillgängligheten – alla kan inte läsa små bokstäver på en skärm.",
        ]
}
