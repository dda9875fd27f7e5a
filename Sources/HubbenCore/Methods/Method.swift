import Foundation

/// The method an experiment was run with: the slug of a method in the toolbox (`MethodDraft`), or `other`
/// with the experiment's own words for it.
public struct ExperimentMethod: RawRepresentable, Hashable, Sendable, Codable {
    public let rawValue: String

    /// Nil for anything that cannot be a method's slug.
    public init?(rawValue: String) {
        guard MethodDraft.isSlug(rawValue) || rawValue == Self.otherSlug else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    public var isOther: Bool { rawValue == Self.otherSlug }

    static let otherSlug = "other"
    /// A method the toolbox does not have; the experiment says which in its own words.
    public static let other = ExperimentMethod(known: otherSlug)
    public static let interviews = ExperimentMethod(known: "interviews")
    public static let observation = ExperimentMethod(known: "observation")
    public static let survey = ExperimentMethod(known: "survey")
    public static let fakeDoor = ExperimentMethod(known: "fake_door")
    public static let paperPrototype = ExperimentMethod(known: "paper_prototype")
    public static let clickablePrototype = ExperimentMethod(known: "clickable_prototype")
    public static let wizardOfOz = ExperimentMethod(known: "wizard_of_oz")
    public static let pilot = ExperimentMethod(known: "pilot")
}

/// One language's text of a method in the toolbox.
public struct MethodText: Equatable, Sendable {
    public var name: String
    /// What it is, in a few sentences.
    public var summary: String
    public var whenToUse: String
    /// How: one step per line.
    public var steps: String
    public var timeNeeded: String
    public var peopleNeeded: String
    /// What you need.
    public var materials: String
    public var pitfalls: String
    /// An example from the hub's own work.
    public var example: String

    public init(
        name: String, summary: String, whenToUse: String = "", steps: String = "", timeNeeded: String = "",
        peopleNeeded: String = "", materials: String = "", pitfalls: String = "", example: String = ""
    ) {
        self.name = name.trimmed
        self.summary = summary.trimmed
        self.whenToUse = whenToUse.trimmed
        self.steps = steps.trimmed
        self.timeNeeded = timeNeeded.trimmed
        self.peopleNeeded = peopleNeeded.trimmed
        self.materials = materials.trimmed
        self.pitfalls = pitfalls.trimmed
        self.example = example.trimmed
    }

    /// The steps as a list, blank lines left out.
    public var stepList: [String] {
        steps.split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }
    }
}

/// A method in the toolbox (*metodbanken*): what it is, when in the method to use it, how, what it takes and
/// what goes wrong, in Swedish and English. Coaches write and edit them.
public struct MethodDraft: Equatable, Sendable {
    public var slug: String
    public var phases: Set<ProjectPhase>
    public var swedish: MethodText
    public var english: MethodText

    public static let nameLimit = 100
    public static let summaryLimit = 1_000
    public static let textLimit = 4_000

    public enum Field: String, DraftField {
        case slug, phases
        case nameSv = "name_sv", nameEn = "name_en"
        case summarySv = "summary_sv", summaryEn = "summary_en"
        case whenToUseSv = "when_to_use_sv", whenToUseEn = "when_to_use_en"
        case stepsSv = "steps_sv", stepsEn = "steps_en"
        case timeNeededSv = "time_needed_sv", timeNeededEn = "time_needed_en"
        case peopleNeededSv = "people_needed_sv", peopleNeededEn = "people_needed_en"
        case materialsSv = "materials_sv", materialsEn = "materials_en"
        case pitfallsSv = "pitfalls_sv", pitfallsEn = "pitfalls_en"
        case exampleSv = "example_sv", exampleEn = "example_en"
    }

    public init(slug: String, phases: Set<ProjectPhase>, swedish: MethodText, english: MethodText) {
        self.slug = slug.trimmed
        self.phases = phases
        self.swedish = swedish
        self.english = english
    }

    public func text(_ language: Language) -> MethodText {
        switch language {
        case .sv: swedish
        case .en: english
        }
    }

    /// Lower-case letters, digits and `_`, 2–60 characters, starting with a letter; `other` is taken by the
    /// experiments whose method the toolbox does not have, and `new` by the form for a new method.
    public static func isSlug(_ text: String) -> Bool {
        guard (2...60).contains(text.utf8.count), text != ExperimentMethod.otherSlug, text != "new",
            let first = text.utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
        else { return false }
        return text.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "_")
        }
    }

    public var problems: FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if slug.isEmpty {
            problems[.slug] = .missing
        } else if !Self.isSlug(slug) {
            problems[.slug] = .invalid
        }
        if phases.isEmpty { problems[.phases] = .missing }
        check(
            swedish, into: &problems, name: .nameSv, summary: .summarySv,
            rest: [.whenToUseSv, .stepsSv, .timeNeededSv, .peopleNeededSv, .materialsSv, .pitfallsSv, .exampleSv])
        check(
            english, into: &problems, name: .nameEn, summary: .summaryEn,
            rest: [.whenToUseEn, .stepsEn, .timeNeededEn, .peopleNeededEn, .materialsEn, .pitfallsEn, .exampleEn])
        return problems
    }

    private func check(
        _ text: MethodText, into problems: inout FieldProblems<Field>, name: Field, summary: Field, rest: [Field]
    ) {
        FieldCheck.required(text.name, name, limit: Self.nameLimit, into: &problems)
        FieldCheck.required(text.summary, summary, limit: Self.summaryLimit, into: &problems)
        let others = [
            text.whenToUse, text.steps, text.timeNeeded, text.peopleNeeded, text.materials, text.pitfalls, text.example,
        ]
        for (value, field) in zip(others, rest) {
            FieldCheck.optional(value, field, limit: Self.textLimit, into: &problems)
        }
    }
}

/// How the hub has used one method: how many experiments, in which phases, what came of them and how many
/// people took part. Built from counts grouped by phase and result, so that the database does the counting.
public struct MethodUse: Equatable, Sendable {
    public var experiments = 0
    public var byPhase: [ProjectPhase: Int] = [:]
    public var byResult: [ExperimentResult: Int] = [:]
    /// Experiments that have not reported a result yet.
    public var running = 0
    public var participants = 0

    public struct Group: Sendable {
        public var phase: ProjectPhase
        public var result: ExperimentResult?
        public var experiments: Int
        public var participants: Int

        public init(phase: ProjectPhase, result: ExperimentResult?, experiments: Int, participants: Int) {
            self.phase = phase
            self.result = result
            self.experiments = experiments
            self.participants = participants
        }
    }

    public init() {}

    public init(_ groups: [Group]) {
        for group in groups where group.experiments > 0 {
            experiments += group.experiments
            participants += max(0, group.participants)
            byPhase[group.phase, default: 0] += group.experiments
            if let result = group.result {
                byResult[result, default: 0] += group.experiments
            } else {
                running += group.experiments
            }
        }
    }

    /// Experiments with a result.
    public var concluded: Int { experiments - running }

    /// The share of the concluded experiments with this result, in whole percent; nil before any has one.
    public func percent(_ result: ExperimentResult) -> Int? {
        guard concluded > 0 else { return nil }
        return Int((Double(byResult[result] ?? 0) * 100 / Double(concluded)).rounded())
    }
}

/// Who may change the toolbox.
public enum MethodAction: Equatable, Sendable {
    case edit
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: MethodAction) -> Bool {
        switch action {
        case .edit: actor.isSignedIn && actor.has(.coach)
        }
    }
}

extension MethodAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
