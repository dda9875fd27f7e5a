import Foundation
@testable import HubbenApp
import HubbenCore
import Testing

@Suite("Catalogues")
struct CatalogueTests {
    @Test("Every key has a text in every language, and no language has a key the other lacks")
    func complete() {
        let keys = Set(MessageKey.allCases)
        for language in Language.allCases {
            let table = Catalogue.table(for: language)
            #expect(
                Set(table.keys) == keys, "\(language): missing \(keys.subtracting(table.keys).map(\.rawValue).sorted())"
            )
            #expect(table.values.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        }
    }

    @Test("Placeholders are the same in both languages")
    func placeholders() throws {
        let pattern = try NSRegularExpression(pattern: "\\{[a-z]+\\}")
        func names(_ text: String) -> Set<String> {
            Set(
                pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                    Range($0.range, in: text).map { String(text[$0]) }
                })
        }
        for key in MessageKey.allCases {
            #expect(names(Catalogue.sv[key] ?? "") == names(Catalogue.en[key] ?? ""), "\(key.rawValue)")
        }
    }

    @Test("Placeholders are filled in")
    func fillsIn() {
        #expect(Localizer(.sv)(.phaseStep, ["number": "2", "total": "5"]) == "Steg 2 av 5")
        #expect(Localizer(.en)(.phaseStep, ["number": "2", "total": "5"]) == "Step 2 of 5")
    }
}
