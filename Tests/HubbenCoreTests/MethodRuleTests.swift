import Foundation
import HubbenCore
import Testing

@Suite("Method toolbox rules")
struct MethodRuleTests {
    @Test("Slugs: lower-case letters, digits and _, starting with a letter; other and new are taken")
    func slugs() {
        for good in ["ab", "fake_door", "ab_test_2", String(repeating: "a", count: 60)] {
            #expect(MethodDraft.isSlug(good))
        }
        for bad in [
            "", "a", "other", "new", "2ab", "_ab", "Fake", "fake-door", "fake door", "fåke",
            String(repeating: "a", count: 61),
            "a/../b", "a%20b",
        ] {
            #expect(!MethodDraft.isSlug(bad), "\(bad)")
        }
        #expect(ExperimentMethod(rawValue: "other")?.isOther == true)
        #expect(ExperimentMethod(rawValue: "<script>") == nil)
    }

    @Test("The use of a method is counted from groups by phase and result")
    func use() {
        let use = MethodUse([
            .init(phase: .pretotype, result: .supported, experiments: 3, participants: 90),
            .init(phase: .prototype, result: .supported, experiments: 1, participants: 10),
            .init(phase: .prototype, result: .refuted, experiments: 2, participants: 0),
            .init(phase: .prototype, result: nil, experiments: 4, participants: 7),
            .init(phase: .proofOfConcept, result: .inconclusive, experiments: 0, participants: 5),
        ])
        #expect(use.experiments == 10 && use.concluded == 6 && use.running == 4)
        #expect(use.byPhase == [.pretotype: 3, .prototype: 7])
        #expect(use.participants == 107)
        #expect(use.percent(.supported) == 67 && use.percent(.refuted) == 33 && use.percent(.inconclusive) == 0)
        #expect(MethodUse().percent(.supported) == nil)
    }

    @Test("Free-text methods map to the toolbox by slug, name or common spelling; anything else is not guessed")
    func freeText() {
        let cases: [(String, String?)] = [
            ("interviews", "interviews"), ("  Intervjuer ", "interviews"), ("WIZARD OF OZ", "wizard_of_oz"),
            ("A/B-test", "ab_test"), ("Falsk dörr", "fake_door"), ("Fake door", "fake_door"),
            ("kundresa", "journey_mapping"), ("Enkät", "survey"), ("Kaffe med invånare", nil), ("", nil),
            ("workshop", nil),
        ]
        for (text, slug) in cases { #expect(MethodCatalog.method(forFreeText: text)?.rawValue == slug, "\(text)") }
    }

    @Test("The toolbox a hub starts with: 15 or more complete methods in both languages, each slug once")
    func catalogue() {
        #expect(MethodCatalog.initial.count >= 15)
        #expect(Set(MethodCatalog.initial.map(\.slug)).count == MethodCatalog.initial.count)
        for method in MethodCatalog.initial {
            #expect(method.problems.isEmpty, "\(method.slug)")
            #expect(!method.swedish.stepList.isEmpty && !method.english.stepList.isEmpty)
            #expect(!method.swedish.example.isEmpty && !method.english.pitfalls.isEmpty)
        }
        var draft = MethodCatalog.initial[0]
        draft.phases = []
        draft.english.summary = String(repeating: "x", count: 1_001)
        #expect(draft.problems == [.phases: .missing, .summaryEn: .tooLong(limit: 1_000)])
    }
}
