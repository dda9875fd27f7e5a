import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

/// Against a real SMTP server: `scripts/test` starts `e2e/smtp_relay.py` (aiosmtpd, STARTTLS and implicit
/// TLS with a throw-away certificate, AUTH) and names its folder in `HUBBEN_TEST_SMTP_RELAY`. Without it (a
/// plain `swift test`) these tests are skipped.
@Suite(
    "Mail through a real SMTP relay",
    .enabled(if: SMTPRelay.folder != nil, "scripts/test starts the relay (HUBBEN_TEST_SMTP_RELAY)"))
struct SMTPDeliveryTests {
    @Test(
        "STARTTLS and AUTH: the message arrives with its headers, both parts, the Swedish subject and one-click unsubscribe"
    )
    func startTLS() async throws {
        let relay = try SMTPRelay()
        try await withTestApp { app in
            app.hubben.mail = MailService(
                from: .init(name: "Hubben Malmö", email: "hubben@stad.example"),
                mailer: SMTPMailer(settings: try relay.settings(.startTLS), group: app.eventLoopGroup))
            let author = try await app.makeAccount("Åsa Författare", "asa.\(relay.unique)@example.se")
            let stranger = try await app.makeAccount("Sten Främling", "sten@example.se")
            let idea = try await app.makeIdea("Cykelbana till skolan", authorID: author)
            try await NotificationActions(context: try await app.actionContext(for: author)).setPreferences([
                .ideaComment: .immediately
            ])
            _ = try await IdeaActions(context: try await app.actionContext(for: stranger)).comment(
                ideaID: idea, parentID: nil,
                body: ".En rad som börjar med en punkt\n.\nOch en rad med bara en punkt ovanför.")
            try await app.runBackgroundWork(logger: app.logger)

            let received = try #require(try relay.messages(to: "asa.\(relay.unique)@example.se").first)
            #expect(received.tls && received.authenticated)
            #expect(received.mailFrom == "hubben@stad.example")
            #expect(received.header("Subject") == "Sten Främling kommenterade ”Cykelbana till skolan”")
            #expect(received.header("From") == "=?utf-8?B?SHViYmVuIE1hbG3Dtg==?= <hubben@stad.example>")
            #expect(received.header("Message-ID")?.hasPrefix("<mail-") == true)
            #expect(received.header("Date")?.hasSuffix("+0100") == true)
            #expect(received.raw.contains("Content-Type: multipart/alternative"))
            #expect(received.raw.contains("Content-Type: text/plain; charset=utf-8"))
            #expect(received.raw.contains("Content-Type: text/html; charset=utf-8"))
            #expect(received.header("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click")
            let text = received.decodedParts.first ?? ""
            #expect(text.contains("Hej Åsa Författare!"))
            // Dot-stuffing undone by the server: the lines arrive as written.
            #expect(text.contains("\n.En rad som börjar med en punkt\n.\nOch en rad"))
            #expect(received.decodedParts.last?.contains("<html lang=\"sv\">") == true)
            // Every line under 78 characters but the unsubscribe link's, which cannot be broken (RFC 5322's
            // limit is 998).
            let lines = received.raw.components(separatedBy: "\r\n")
            #expect(lines.filter { $0.utf8.count > 78 }.allSatisfy { $0.hasPrefix(" <http") && $0.utf8.count < 998 })
            #expect(try await MailMessageRecord.query(on: app.db).filter(\.$status == "sent").count() == 1)

            // The one-click link: a GET only asks, a POST without cookies or token unsubscribes.
            let link = try #require(received.header("List-Unsubscribe"))
            let path = try #require(URL(string: String(link.dropFirst().dropLast()))?.path)
            _ = try await app.testing().sendRequest(.GET, path)
            let preferences = NotificationStore(database: app.db)
            #expect(try await preferences.preferences(accountID: author)[.ideaComment] == .immediately)
            let posted = try await app.testing().sendRequest(
                .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
            #expect(posted.status == .ok)
            #expect(try await preferences.preferences(accountID: author)[.ideaComment] == .never)
        }
    }

    @Test("Implicit TLS (smtps): a password reset arrives")
    func implicitTLS() async throws {
        let relay = try SMTPRelay()
        try await withTestApp { app in
            app.hubben.mail = MailService(
                from: .init(name: "Hubben", email: "hubben@stad.example"),
                mailer: SMTPMailer(settings: try relay.settings(.implicitTLS), group: app.eventLoopGroup))
            let address = "reset.\(relay.unique)@example.se"
            _ = try await app.makeAccount("Rut Återställare", address)
            _ = try await TestBrowser(app).post("/forgot-password", ["email": address], tokenPage: "/forgot-password")
            try await app.runBackgroundWork(logger: app.logger)
            let received = try #require(try relay.messages(to: address).first)
            #expect(received.tls)
            #expect(received.header("Subject") == "Välj ett nytt lösenord till Hubben")
            #expect(received.header("List-Unsubscribe") == nil)
            #expect(received.decodedParts.first?.contains("/reset-password?token=") == true)
        }
    }

    @Test("421 then 250: delivered once, on the second attempt; 550: given up with the reason; a wrong password too")
    func refusals() async throws {
        let relay = try SMTPRelay()
        try await withTestApp { app in
            let clock = TestClock(Date(timeIntervalSince1970: 1_900_000_000))
            app.hubben.clock = clock
            let mailer = SMTPMailer(settings: try relay.settings(.startTLS), group: app.eventLoopGroup)
            let outbox = MailOutbox(database: app.db)
            let later = "tempfail-\(relay.unique)@example.se"
            let never = "reject-\(relay.unique)@example.se"
            for address in [later, never] {
                try await outbox.enqueue(
                    .transactional(
                        accountID: nil, to: .init(email: address), language: .sv, subject: "Prov", body: "Hej"),
                    delivers: true, now: clock.now())
            }
            let sender = MailSender(database: app.db, mailer: mailer, from: app.hubben.mail.from, logger: app.logger)
            #expect(try await sender.deliverDue(now: clock.now()) == .init(sent: 0, failed: 2))
            clock.advance(by: 61)
            #expect(try await sender.deliverDue(now: clock.now()) == .init(sent: 1, failed: 0))
            clock.advance(by: 3600)
            #expect(try await sender.deliverDue(now: clock.now()) == .init(sent: 0, failed: 0))
            #expect(try relay.messages(to: later).count == 1)
            #expect(try relay.messages(to: never).isEmpty)
            let stored = try await MailMessageRecord.query(on: app.db).sort(\.$id).all()
            #expect(stored.map(\.status) == ["sent", "failed"])
            #expect(stored[1].lastError?.contains("550") == true)

            var wrongPassword = try relay.settings(.startTLS)
            wrongPassword.password = "fel"
            try await outbox.enqueue(
                .transactional(
                    accountID: nil, to: .init(email: "x.\(relay.unique)@example.se"), language: .sv, subject: "Prov",
                    body: "Hej"), delivers: true, now: clock.now())
            let refused = MailSender(
                database: app.db, mailer: SMTPMailer(settings: wrongPassword, group: app.eventLoopGroup),
                from: app.hubben.mail.from, logger: app.logger)
            #expect(try await refused.deliverDue(now: clock.now()) == .init(sent: 0, failed: 1))
            let last = try #require(try await MailMessageRecord.query(on: app.db).sort(\.$id, .descending).first())
            #expect(last.status == "failed")
            #expect(last.lastError?.contains("535") == true)
            #expect(last.lastError?.contains("fel") == false)
        }
    }

    @Test("A relay whose certificate is not trusted gets nothing: the attempt fails and is tried again later")
    func untrustedCertificate() async throws {
        let relay = try SMTPRelay()
        try await withTestApp { app in
            var settings = try relay.settings(.startTLS)
            settings.caFile = nil
            let outbox = MailOutbox(database: app.db)
            let address = "untrusted.\(relay.unique)@example.se"
            try await outbox.enqueue(
                .transactional(accountID: nil, to: .init(email: address), language: .sv, subject: "Prov", body: "Hej"),
                delivers: true, now: Date())
            let sender = MailSender(
                database: app.db, mailer: SMTPMailer(settings: settings, group: app.eventLoopGroup),
                from: app.hubben.mail.from, logger: app.logger)
            #expect(try await sender.deliverDue(now: Date()) == .init(sent: 0, failed: 1))
            let stored = try #require(try await MailMessageRecord.query(on: app.db).first())
            #expect(stored.status == "queued")
            #expect(stored.attempts == 1)
            #expect(try relay.messages(to: address).isEmpty)
        }
    }
}

/// The relay `scripts/test` started, and what it received.
struct SMTPRelay {
    static var folder: String? {
        ProcessInfo.processInfo.environment["HUBBEN_TEST_SMTP_RELAY"].flatMap { $0.isEmpty ? nil : $0 }
    }
    static let user = "hubben"
    static let password = "hemligt lösen"

    let folder: String
    let startTLSPort: Int
    let implicitTLSPort: Int
    /// Tests run at once against one relay: each names its recipients with this.
    let unique = UUID().uuidString.prefix(8).lowercased()

    init() throws {
        folder = try #require(Self.folder)
        let ports = try String(contentsOfFile: folder + "/ports", encoding: .utf8).split(separator: " ")
            .compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(ports.count == 2)
        startTLSPort = ports[0]
        implicitTLSPort = ports[1]
    }

    func settings(_ security: SMTPSettings.Security) throws -> SMTPSettings {
        let scheme = security == .startTLS ? "smtp" : "smtps"
        let port = security == .startTLS ? startTLSPort : implicitTLSPort
        let password = try #require(Self.password.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        return try #require(
            SMTPSettings(url: "\(scheme)://\(Self.user):\(password)@localhost:\(port)", caFile: folder + "/cert.pem"))
    }

    struct Received {
        let raw: String
        let mailFrom: String
        let tls: Bool
        let authenticated: Bool

        /// A header's value, unfolded, encoded-words decoded.
        func header(_ name: String) -> String? {
            let head = raw.components(separatedBy: "\r\n\r\n").first ?? ""
            let unfolded = head.replacingOccurrences(of: "\r\n ", with: " ")
            guard let line = unfolded.components(separatedBy: "\r\n").first(where: { $0.hasPrefix(name + ": ") })
            else { return nil }
            let value = String(line.dropFirst(name.count + 2))
            return name == "From" ? value : Self.decodeWords(value)
        }

        static func decodeWords(_ value: String) -> String {
            let words = value.split(separator: " ")
            guard words.allSatisfy({ $0.hasPrefix("=?utf-8?B?") }) else { return value }
            return words.map { word in
                let base64 = String(word.dropFirst("=?utf-8?B?".count).dropLast(2))
                return Data(base64Encoded: base64).flatMap { String(data: $0, encoding: .utf8) } ?? ""
            }.joined()
        }

        /// The parts' bodies, quoted-printable decoded, with LF line ends.
        var decodedParts: [String] {
            raw.components(separatedBy: "Content-Transfer-Encoding: quoted-printable\r\n\r\n").dropFirst().map {
                part in
                let body = part.components(separatedBy: "\r\n--").first ?? ""
                var bytes: [UInt8] = []
                let joined = body.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(
                    of: "\r\n", with: "\n")
                let utf8 = Array(joined.utf8)
                var position = 0
                while position < utf8.count {
                    if utf8[position] == UInt8(ascii: "="), position + 2 < utf8.count,
                        let byte = UInt8(
                            String(decoding: utf8[(position + 1)...(position + 2)], as: UTF8.self), radix: 16)
                    {
                        bytes.append(byte)
                        position += 3
                    } else {
                        bytes.append(utf8[position])
                        position += 1
                    }
                }
                return String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    func messages(to recipient: String) throws -> [Received] {
        let spool = folder + "/spool"
        let names = try FileManager.default.contentsOfDirectory(atPath: spool).filter { $0.hasSuffix(".json") }.sorted()
        return try names.compactMap { name in
            let meta = try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: spool + "/" + name)))
            guard let meta = meta as? [String: Any], let recipients = meta["rcpt_tos"] as? [String],
                recipients.contains(recipient)
            else { return nil }
            let raw = try String(
                contentsOfFile: spool + "/" + name.replacingOccurrences(of: ".json", with: ".eml"), encoding: .utf8)
            return Received(
                raw: raw, mailFrom: meta["mail_from"] as? String ?? "", tls: meta["tls"] as? Bool ?? false,
                authenticated: meta["authenticated"] as? Bool ?? false)
        }
    }
}
