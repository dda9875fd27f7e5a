import Foundation
import HubbenCore
import NIOCore
import NIOPosix
import NIOSSL

/// Hands rendered messages to a mail server. `SMTPMailer` speaks SMTP to the city's relay; without one the
/// messages stay in the database, where `/admin/mail` shows them (`MailSettings.smtp == nil`).
protocol Mailer: Sendable {
    /// Delivers `data` (a rendered RFC 5322 message with CRLF line ends) from `sender` to `recipient`.
    /// Throws `MailDeliveryError`.
    func deliver(_ data: String, from sender: String, to recipient: String) async throws
}

/// Why a message was not delivered: `transient` (4xx, the connection, TLS, a timeout) is tried again later,
/// `permanent` (5xx) is given up at once. The text is the server's reply or the error, never a password.
enum MailDeliveryError: Error, Equatable {
    case transient(String)
    case permanent(String)

    var reason: String {
        switch self {
        case .transient(let reason), .permanent(let reason): reason
        }
    }
}

/// The relay, from `HUBBEN_SMTP_URL`: `smtp://user:password@host:587` (STARTTLS, required) or
/// `smtps://user:password@host:465` (TLS from the first byte). User and password are optional (a relay that
/// trusts the network); both are percent-decoded.
struct SMTPSettings: Sendable, Equatable {
    enum Security: Sendable, Equatable {
        case startTLS
        case implicitTLS
    }

    var host: String
    var port: Int
    var security: Security
    var username: String?
    var password: String?
    /// PEM certificates to trust besides the system's (`HUBBEN_SMTP_CA_FILE`): a city's own CA.
    var caFile: String?

    /// Nil when `url` is not a usable SMTP URL.
    init?(url: String, caFile: String? = nil) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty,
            components.path.isEmpty || components.path == "/", components.query == nil
        else { return nil }
        switch scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .implicitTLS
        default: return nil
        }
        let port = components.port ?? (security == .implicitTLS ? 465 : 587)
        guard (1...65_535).contains(port) else { return nil }
        self.host = host
        self.port = port
        username = components.user?.removingPercentEncoding
        password = components.password?.removingPercentEncoding
        guard (username == nil) == (password == nil) else { return nil }
        self.caFile = caFile
    }
}

/// An SMTP client (RFC 5321) on SwiftNIO: one connection per message, STARTTLS (required) or implicit TLS
/// with the certificate always verified, AUTH PLAIN or LOGIN, dot-stuffing, and a time limit on the whole
/// conversation.
struct SMTPMailer: Mailer {
    let settings: SMTPSettings
    let group: any EventLoopGroup
    /// The name this side gives in EHLO.
    var clientName = "hubben.localhost"
    var timeLimit: Duration = .seconds(60)

    func deliver(_ data: String, from sender: String, to recipient: String) async throws {
        guard MailMessage.isUsable(sender), MailMessage.isUsable(recipient) else {
            throw MailDeliveryError.permanent("unusable address")
        }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await converse(data, from: sender, to: recipient) }
                group.addTask {
                    try await Task.sleep(for: timeLimit)
                    throw MailDeliveryError.transient("no answer within \(timeLimit)")
                }
                try await group.next()
                group.cancelAll()
            }
        } catch let error as MailDeliveryError {
            throw error
        } catch {
            // The connection, TLS (a certificate that does not verify) or the name lookup: try again later.
            throw MailDeliveryError.transient(String(describing: error))
        }
    }

    private func tlsHandler() throws -> NIOSSLClientHandler {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .fullVerification
        configuration.minimumTLSVersion = .tlsv12
        if let caFile = settings.caFile { configuration.additionalTrustRoots = [.file(caFile)] }
        return try NIOSSLClientHandler(
            context: try NIOSSLContext(configuration: configuration), serverHostname: settings.host)
    }

    private func converse(_ data: String, from sender: String, to recipient: String) async throws {
        let implicitTLS = settings.security == .implicitTLS
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(10))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS { try channel.pipeline.syncOperations.addHandler(try tlsHandler()) }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(replies: SMTPReplyReader(inbound.makeAsyncIterator()), outbound: outbound)
            try await session.awaitReply(220)
            var capabilities = try await session.hello(clientName)
            if settings.security == .startTLS {
                guard capabilities.contains("STARTTLS") else {
                    throw MailDeliveryError.transient("the server does not offer STARTTLS")
                }
                try await session.command("STARTTLS", expect: [220])
                // Anything the server sent after its 220 came before the encryption: an injection attempt.
                guard !session.replies.hasBuffered else {
                    throw MailDeliveryError.transient("data after the STARTTLS reply")
                }
                try await channel.channel.pipeline.addHandler(try tlsHandler(), position: .first).get()
                capabilities = try await session.hello(clientName)
            }
            if let username = settings.username, let password = settings.password {
                try await session.authenticate(username, password, offered: capabilities)
            }
            try await session.command("MAIL FROM:<\(sender)>", expect: [250])
            try await session.command("RCPT TO:<\(recipient)>", expect: [250, 251])
            try await session.command("DATA", expect: [354])
            try await session.send(SMTPSession.dotStuffed(data) + ".\r\n")
            try await session.awaitReply(250)
            try? await session.command("QUIT", expect: [221])
        }
    }
}

/// One SMTP conversation: commands and their replies.
struct SMTPSession {
    var replies: SMTPReplyReader
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    mutating func send(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
    }

    /// Sends `line`; a reply outside `expect` is a failure, transient for 4xx and permanent otherwise.
    @discardableResult
    mutating func command(_ line: String, expect: Set<Int>, shown: String? = nil) async throws -> SMTPReply {
        try await send(line + "\r\n")
        return try await awaitReply(expect, after: shown ?? line)
    }

    @discardableResult
    mutating func awaitReply(_ codes: Set<Int>, after: String = "the greeting") async throws -> SMTPReply {
        let reply = try await replies.next()
        guard codes.contains(reply.code) else {
            let reason = "\(after.split(separator: " ").first ?? ""): \(reply.code) \(reply.text)"
            throw (400..<500).contains(reply.code)
                ? MailDeliveryError.transient(reason) : MailDeliveryError.permanent(reason)
        }
        return reply
    }

    mutating func awaitReply(_ code: Int) async throws { try await awaitReply([code]) }

    /// EHLO; the extension keywords the server offers (`STARTTLS`, `AUTH PLAIN LOGIN` → `AUTH`, …) with
    /// their parameters.
    mutating func hello(_ name: String) async throws -> Set<String> {
        let reply = try await command("EHLO \(name)", expect: [250])
        return Set(
            reply.lines.dropFirst().map { $0.uppercased() }.flatMap { line -> [String] in
                let words = line.split(separator: " ").map(String.init)
                guard let keyword = words.first else { return [] }
                return [keyword] + words.dropFirst().map { "\(keyword) \($0)" }
            })
    }

    mutating func authenticate(_ username: String, _ password: String, offered: Set<String>) async throws {
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        if offered.contains("AUTH PLAIN") {
            try await command(
                "AUTH PLAIN " + base64("\0\(username)\0\(password)"), expect: [235], shown: "AUTH PLAIN")
        } else if offered.contains("AUTH LOGIN") {
            try await command("AUTH LOGIN", expect: [334])
            try await command(base64(username), expect: [334], shown: "AUTH LOGIN")
            try await command(base64(password), expect: [235], shown: "AUTH LOGIN")
        } else {
            throw MailDeliveryError.permanent("the server offers neither AUTH PLAIN nor AUTH LOGIN")
        }
    }

    /// RFC 5321 §4.5.2: a line that starts with a dot gets another; the text ends with CRLF.
    static func dotStuffed(_ data: String) -> String {
        var lines = data.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n") + "\r\n"
    }
}

struct SMTPReply: Sendable {
    let code: Int
    /// Each line's text after the code.
    let lines: [String]
    var text: String { lines.joined(separator: " ") }
}

/// Reads replies line by line (`250-first`, …, `250 last`) from the connection.
struct SMTPReplyReader {
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private var buffer = ByteBuffer()
    /// A reply line longer than this is not SMTP.
    static let maximumLine = 4_096

    init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) { self.iterator = iterator }

    var hasBuffered: Bool { buffer.readableBytes > 0 }

    mutating func next() async throws -> SMTPReply {
        var code: Int?
        var lines: [String] = []
        while true {
            let line = try await self.line()
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, let lineCode = Int(String(decoding: bytes[0..<3], as: UTF8.self)),
                (200...599).contains(lineCode) || (lineCode >= 100 && lineCode < 600),
                code == nil || code == lineCode,
                bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-")
            else { throw MailDeliveryError.transient("not an SMTP reply") }
            code = lineCode
            lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") { return SMTPReply(code: lineCode, lines: lines) }
            guard lines.count < 100 else { throw MailDeliveryError.transient("a reply of more than 100 lines") }
        }
    }

    private mutating func line() async throws -> String {
        while true {
            if let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
                let length = end - buffer.readerIndex
                guard var line = buffer.readString(length: length) else { break }
                buffer.moveReaderIndex(forwardBy: 1)
                if line.hasSuffix("\r") { line.removeLast() }
                return line
            }
            guard buffer.readableBytes <= Self.maximumLine else { break }
            guard var chunk = try await iterator.next() else {
                throw MailDeliveryError.transient("the server closed the connection")
            }
            buffer.writeBuffer(&chunk)
        }
        throw MailDeliveryError.transient("not an SMTP reply")
    }
}
