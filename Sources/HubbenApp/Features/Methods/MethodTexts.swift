import HubbenCore

enum MethodTexts {
    /// Each text field in the order pages and forms show it, with its label and the column suffix-free name.
    static let textFields: [(key: String, label: LocalizedText, multiline: Bool)] = [
        ("name", .methodName, false), ("summary", .methodSummary, true), ("when_to_use", .methodWhenToUse, true),
        ("steps", .methodSteps, true), ("time_needed", .methodTimeNeeded, false),
        ("people_needed", .methodPeopleNeeded, false), ("materials", .methodMaterials, true),
        ("pitfalls", .methodPitfalls, true), ("example", .methodExample, true),
    ]

    static func errors(_ problems: FieldProblems<MethodDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in MethodDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.slug, .closed): t(.methodErrorSlugTaken)
                case (.slug, _): t(.methodErrorSlug)
                case (.phases, _): t(.methodErrorPhases)
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                default: t(.fieldMissing(field: t(label(field))))
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }

    /// A text field's label with its language ("Namn (svenska)").
    static func label(_ field: MethodDraft.Field) -> LocalizedText {
        let key = field.rawValue
        guard let text = textFields.first(where: { key == $0.key + "_sv" || key == $0.key + "_en" }) else {
            return field == .slug ? .methodSlug : .methodPhases
        }
        let english = key.hasSuffix("_en")
        return LocalizedText(
            sv: text.label.sv + (english ? " (engelska)" : " (svenska)"),
            en: text.label.en + (english ? " (English)" : " (Swedish)"))
    }
}

extension LocalizedText {
    static let methodsTitle = LocalizedText(sv: "Metodbanken", en: "Method toolbox")
    static let methodsLead = LocalizedText(
        sv:
            "Metoderna hubben prövar idéer med – från behovsinsikt till proof of concept – och vad hubbens egna experiment med varje metod har lärt oss.",
        en:
            "The methods the hub tests ideas with – from need insight to proof of concept – and what the hub's own experiments with each method have taught us."
    )
    static let methodsPhaseFilter = LocalizedText(sv: "Visa metoder för fasen", en: "Show methods for the phase")
    static let methodsAllPhases = LocalizedText(sv: "Alla faser", en: "All phases")
    static let methodsFilter = LocalizedText(sv: "Visa", en: "Show")
    static let methodsNone = LocalizedText(
        sv: "Inga metoder för den fasen ännu.", en: "No methods for that phase yet.")
    static func methodsUsed(_ count: Int, _ language: Language) -> LocalizedText {
        let number = NumberFormat.integer(count, language: language)
        return LocalizedText(
            sv: "Använd i \(number) experiment",
            en: count == 1 ? "Used in 1 experiment" : "Used in \(number) experiments")
    }
    static let methodsNew = LocalizedText(sv: "Ny metod", en: "New method")
    static let methodEdit = LocalizedText(sv: "Ändra metoden", en: "Edit the method")
    static let methodSave = LocalizedText(sv: "Spara metoden", en: "Save the method")
    static let methodSaved = LocalizedText(sv: "Metoden är sparad.", en: "The method is saved.")
    static let methodSlug = LocalizedText(sv: "Kortnamn i adressen", en: "Short name in the address")
    static let methodSlugHint = LocalizedText(
        sv: "Små bokstäver a–z, siffror och _ (till exempel fake_door). Går inte att ändra senare.",
        en: "Lower-case letters a–z, digits and _ (for example fake_door). Cannot be changed later.")
    static let methodPhases = LocalizedText(sv: "Faser där metoden passar", en: "Phases the method suits")
    static let methodSwedish = LocalizedText(sv: "På svenska", en: "In Swedish")
    static let methodEnglish = LocalizedText(sv: "På engelska", en: "In English")
    static let methodName = LocalizedText(sv: "Namn", en: "Name")
    static let methodSummary = LocalizedText(sv: "Vad det är", en: "What it is")
    static let methodWhenToUse = LocalizedText(sv: "När den passar", en: "When to use it")
    static let methodSteps = LocalizedText(sv: "Så gör ni", en: "How")
    static let methodStepsHint = LocalizedText(sv: "Ett steg per rad.", en: "One step per line.")
    static let methodTimeNeeded = LocalizedText(sv: "Tid som behövs", en: "Time needed")
    static let methodPeopleNeeded = LocalizedText(sv: "Personer som behövs", en: "People needed")
    static let methodMaterials = LocalizedText(sv: "Det här behöver ni", en: "What you need")
    static let methodPitfalls = LocalizedText(sv: "Fallgropar", en: "Pitfalls")
    static let methodExample = LocalizedText(sv: "Exempel från hubben", en: "An example from the hub")
    static let methodErrorSlug = LocalizedText(
        sv:
            "Skriv ett kortnamn med små bokstäver a–z, siffror och _, 2–60 tecken, som börjar med en bokstav (inte ”other”)",
        en:
            "Write a short name of lower-case letters a–z, digits and _, 2–60 characters, starting with a letter (not “other”)"
    )
    static let methodErrorSlugTaken = LocalizedText(
        sv: "Det kortnamnet används redan av en annan metod", en: "Another method already uses that short name")
    static let methodErrorPhases = LocalizedText(sv: "Välj minst en fas", en: "Choose at least one phase")
    static let methodUseHeading = LocalizedText(sv: "Så har hubben använt metoden", en: "How the hub has used it")
    static func methodUseSummary(experiments: String, participants: String) -> LocalizedText {
        LocalizedText(
            sv:
                "\(experiments) experiment med sammanlagt \(participants) deltagande användare (även interna projekt; bara antalen).",
            en:
                "\(experiments) experiments with \(participants) participating users in all (internal projects too; only the counts)."
        )
    }
    static let methodUseNone = LocalizedText(
        sv: "Inget experiment har använt metoden ännu.", en: "No experiment has used the method yet.")
    static let methodUseByPhase = LocalizedText(sv: "Experiment per fas", en: "Experiments by phase")
    static let methodUseResults = LocalizedText(sv: "Vad experimenten visade", en: "What the experiments showed")
    static let methodUsePhase = LocalizedText(sv: "Fas", en: "Phase")
    static let methodUseResult = LocalizedText(sv: "Resultat", en: "Result")
    static let methodUseCount = LocalizedText(sv: "Experiment", en: "Experiments")
    static let methodUseShare = LocalizedText(sv: "Andel av avslutade", en: "Share of concluded")
    static let methodUseRunning = LocalizedText(sv: "Pågår (inget resultat än)", en: "Running (no result yet)")
    static let methodExperimentsHeading = LocalizedText(
        sv: "Offentliga experiment med metoden", en: "Public experiments with the method")
    static func methodExperimentsShown(shown: String, total: String) -> LocalizedText {
        LocalizedText(
            sv: "Visar \(shown) av \(total), de med resultat först.",
            en: "Showing \(shown) of \(total), those with a result first.")
    }
    static let methodExperimentsNone = LocalizedText(
        sv: "Inga offentliga projekt har använt metoden ännu.", en: "No public project has used the method yet.")
    static let methodLearning = LocalizedText(sv: "Lärdom", en: "Learning")
    static let methodHypothesis = LocalizedText(sv: "Hypotes", en: "Hypothesis")
}
