import Foundation
import HubbenCore
import Testing

@Suite("E-mail as RFC 5322 and MIME want it")
struct MailMessageTests {
    static let date = Date(timeIntervalSince1970: 1_796_212_800)  // 2026-12-02 12:00 UTC

    static func message(subject: String = "Ny kommentar på ”Cykelbana”", name: String = "Åsa Öberg") -> MailMessage {
        MailMessage(
            from: .init(name: "Hubben", email: "no-reply@hubben.example"),
            to: .init(name: name, email: "asa@example.se"),
            subject: subject,
            text: "Hej Åsa!\n\n.en rad som börjar med punkt\n" + String(repeating: "lång ", count: 40),
            html: "<p>Hej Åsa!</p>",
            headers: [("List-Unsubscribe", "<https://hubben.example/unsubscribe/1.x.y>")])
    }

    static func rendered(_ message: MailMessage) throws -> String {
        try message.rendered(date: date, messageID: "mail-1@hubben.example", boundary: "b1")
    }

    @Test("Headers: Date in Stockholm, Message-ID, MIME, encoded Swedish names and subjects, all lines short")
    func headers() throws {
        let text = try Self.rendered(Self.message())
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.contains("Date: Wed, 02 Dec 2026 13:00:00 +0100"))
        #expect(lines.contains("Message-ID: <mail-1@hubben.example>"))
        #expect(lines.contains("MIME-Version: 1.0"))
        #expect(lines.contains { $0.hasPrefix("To: =?utf-8?B?") && $0.hasSuffix("<asa@example.se>") })
        #expect(lines.contains { $0.hasPrefix("Subject: =?utf-8?B?") })
        #expect(text.contains("Content-Type: multipart/alternative; boundary=\"b1\""))
        #expect(text.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(text.contains("Content-Type: text/html; charset=utf-8"))
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(text.utf8.allSatisfy { $0 < 0x80 })
        // No bare line feeds: every line ends CRLF.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("A long Swedish subject becomes several encoded-words, each whole characters, that decode back")
    func longSubject() throws {
        let subject = String(repeating: "Återkoppling på idén om ökad trygghet i Östra Sorgenfri – ", count: 3)
        let text = try Self.rendered(Self.message(subject: subject))
        let headerLines = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
        let start = try #require(headerLines.firstIndex { $0.hasPrefix("Subject: ") })
        var words: [String] = []
        for line in headerLines[start...] {
            guard line == headerLines[start] || line.hasPrefix(" ") else { break }
            words += line.split(separator: " ").filter { $0.hasPrefix("=?utf-8?B?") }.map(String.init)
        }
        #expect(words.count > 2)
        let decoded = try words.map { word -> String in
            let base64 = word.dropFirst("=?utf-8?B?".count).dropLast(2)
            let data = try #require(Data(base64Encoded: String(base64)))
            return try #require(String(data: data, encoding: .utf8))
        }.joined()
        #expect(decoded == subject)
        #expect(words.allSatisfy { $0.count <= 75 })
    }

    @Test("Quoted-printable: å ä ö encoded, lines at most 76 with soft breaks, trailing spaces encoded")
    func quotedPrintable() throws {
        let text = try Self.rendered(Self.message())
        #expect(text.contains("Hej =C3=85sa!"))
        let body = text.components(separatedBy: "\r\n")
        #expect(body.allSatisfy { $0.count <= 76 || $0.hasPrefix("Subject") })
        #expect(body.contains { $0.hasSuffix("=") })
    }

    @Test("Nothing a person typed can add a header")
    func headerInjection() throws {
        let evil = Self.message(subject: "Hej\r\nBcc: victim@example.se", name: "Eve\r\nBcc: x@example.se")
        let text = try Self.rendered(evil)
        let lines = text.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("Bcc:") })
        var badHeader = Self.message()
        badHeader.headers = [("X-Test", "a\r\nBcc: victim@example.se")]
        #expect(throws: MailMessage.Problem.self) { try Self.rendered(badHeader) }
        var badAddress = Self.message()
        badAddress.to.email = "asa@example.se>\r\nRCPT TO:<victim@example.se"
        #expect(throws: MailMessage.Problem.self) { try Self.rendered(badAddress) }
    }

    @Test(
        "Addresses: usable ones, and the From setting's forms",
        arguments: [
            ("hubben@stad.se", "", "hubben@stad.se"),
            ("Hubben <hubben@stad.se>", "Hubben", "hubben@stad.se"),
            ("\"Hubben, Stad\" <hubben@stad.se>", "Hubben, Stad", "hubben@stad.se"),
            ("  Innovationshubben   <hub@stad.se> ", "Innovationshubben", "hub@stad.se"),
        ])
    func parseAddress(text: String, name: String, email: String) throws {
        let address = try #require(MailMessage.Address(parsing: text))
        #expect(address.name == name && address.email == email)
    }

    @Test("Unusable addresses are refused", arguments: ["", "hubben", "@stad.se", "a@", "a b@stad.se", "a@b\nc"])
    func unusable(text: String) {
        #expect(MailMessage.Address(parsing: text) == nil)
    }
}
