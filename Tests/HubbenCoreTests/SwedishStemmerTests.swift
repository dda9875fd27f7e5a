import Foundation
import HubbenCore
import Testing

@Suite("Swedish stemmer")
struct SwedishStemmerTests {
    @Test("Every word of the Snowball reference list gives exactly its listed stem")
    func referenceList() throws {
        let folder = try #require(
            Bundle.module.url(forResource: "snowball-swedish", withExtension: nil, subdirectory: "Resources"))
        let words = try String(contentsOf: folder.appendingPathComponent("voc.txt"), encoding: .utf8).split(
            separator: "\n")
        let stems = try String(contentsOf: folder.appendingPathComponent("output.txt"), encoding: .utf8).split(
            separator: "\n")
        #expect(words.count == 30_738)
        #expect(words.count == stems.count)
        var wrong: [String] = []
        for (word, stem) in zip(words, stems) where SwedishStemmer.stem(String(word)) != String(stem) {
            wrong.append("\(word) → \(SwedishStemmer.stem(String(word))), expected \(stem)")
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong, first: \(wrong.prefix(10))")
    }

    @Test(
        "Word forms people search with meet at one stem",
        arguments: [
            ("parker", "parken"), ("skolor", "skola"), ("biblioteket", "bibliotek"), ("cykelbanor", "cykelbana"),
        ])
    func formsMeet(a: String, b: String) {
        #expect(SwedishStemmer.stem(a) == SwedishStemmer.stem(b))
    }
}
