import Foundation
@testable import HubbenApp
import HubbenCore
import Testing

/// Every text has both languages and its values as parameters by construction (`LocalizedText`), so what is left
/// to check is what the compiler cannot see: an empty text, or a `{placeholder}` written in the old style that
/// would reach the page as it stands.
@Suite("Texts")
struct CatalogueTests {
    /// The Swift files that declare texts, read from the source tree.
    static func textFiles() throws -> [(name: String, source: String)] {
        let sources = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Sources/HubbenApp")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix("Texts.swift") } ?? []
        return try files.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test("Every feature's texts are found, none is empty and none has an unfilled placeholder")
    func textsAreComplete() throws {
        let files = try Self.textFiles()
        #expect(files.count >= 8)
        let empty = try NSRegularExpression(pattern: "(sv|en): \"\"")
        let placeholder = try NSRegularExpression(pattern: "\\{[a-z]+\\}")
        var declared = 0
        for (name, source) in files {
            let range = NSRange(source.startIndex..., in: source)
            declared += source.components(separatedBy: "LocalizedText(").count - 1
            #expect(empty.firstMatch(in: source, range: range) == nil, "\(name) has an empty text")
            #expect(placeholder.firstMatch(in: source, range: range) == nil, "\(name) has a {placeholder}")
        }
        #expect(declared > 500)
    }

    @Test("Values are filled in")
    func fillsIn() {
        #expect(Localizer(.sv)(.phaseStep(number: "2", total: "5")) == "Steg 2 av 5")
        #expect(Localizer(.en)(.phaseStep(number: "2", total: "5")) == "Step 2 of 5")
    }
}
