public import Foundation

/// An e-mail as RFC 5322 and MIME (RFC 2045–2047) want it: a plain-text and an HTML part as
/// multipart/alternative, quoted-printable bodies, headers folded under 78 characters, encoded-words for
/// names and subjects with Swedish characters. Nothing a person typed can add a header: every header value is
/// checked for line breaks and every non-ASCII or special character is encoded.
public struct MailMessage: Sendable, Equatable {
    public struct Address: Sendable, Equatable {
        public var name: String
        public var email: String

        public init(name: String = "", email: String) {
            self.name = name
            self.email = email
        }

        /// `hubben@stad.se` or `Hubben <hubben@stad.se>`; nil when the address is not usable.
        public init?(parsing text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.contains(where: \.isNewline) else { return nil }
            if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
                let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
                var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
                if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                    name = String(name.dropFirst().dropLast())
                }
                guard MailMessage.isUsable(email) else { return nil }
                self.init(name: name, email: email)
            } else {
                guard MailMessage.isUsable(trimmed) else { return nil }
                self.init(email: trimmed)
            }
        }
    }

    public var from: Address
    public var to: Address
    public var subject: String
    public var text: String
    public var html: String
    /// Extra headers in order (`List-Unsubscribe` …); their values must be ASCII without line breaks.
    public var headers: [(name: String, value: String)]

    public init(
        from: Address, to: Address, subject: String, text: String, html: String,
        headers: [(name: String, value: String)] = []
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.headers = headers
    }

    public static func == (lhs: MailMessage, rhs: MailMessage) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to && lhs.subject == rhs.subject && lhs.text == rhs.text
            && lhs.html == rhs.html && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    public enum Problem: Error, Equatable {
        /// An address that is not `local@domain` in printable ASCII without spaces, brackets or line breaks.
        case unusableAddress(String)
        /// A header name that is not a token, or a value with a line break or a non-ASCII character.
        case unusableHeader(String)
    }

    /// The message as sent (CRLF line ends; the SMTP client adds dot-stuffing). `messageID` and `boundary`
    /// are given so that the same message renders the same bytes; `date` is written in Europe/Stockholm.
    public func rendered(date: Date, messageID: String, boundary: String) throws -> String {
        for address in [from, to] where !Self.isUsable(address.email) {
            throw Problem.unusableAddress(address.email)
        }
        var lines: [String] = []
        func header(_ name: String, _ value: String) { lines.append(Self.fold("\(name): \(value)")) }
        header("Date", Self.date(date))
        header("From", Self.mailbox(from))
        header("To", Self.mailbox(to))
        header("Message-ID", "<\(messageID)>")
        lines.append(Self.encodedHeader("Subject", subject))
        header("MIME-Version", "1.0")
        for (name, value) in headers {
            guard Self.isToken(name), value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
                throw Problem.unusableHeader(name)
            }
            header(name, value)
        }
        header("Content-Type", "multipart/alternative; boundary=\"\(boundary)\"")
        lines.append("")
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            lines.append("--\(boundary)")
            lines.append("Content-Type: \(type); charset=utf-8")
            lines.append("Content-Transfer-Encoding: quoted-printable")
            lines.append("")
            lines.append(Self.quotedPrintable(body))
        }
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: Addresses

    /// `local@domain` in printable ASCII, without what would break out of `<…>` or a command line.
    public static func isUsable(_ email: String) -> Bool {
        let bytes = Array(email.utf8)
        guard bytes.count <= 254, let at = bytes.lastIndex(of: UInt8(ascii: "@")), at > 0, at < bytes.count - 1
        else { return false }
        return bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && !"<>()[]\\,;:\"".utf8.contains($0) }
    }

    static func mailbox(_ address: Address) -> String {
        let name = address.name.filter { !$0.isNewline }
        guard !name.isEmpty else { return "<\(address.email)>" }
        return "\(phrase(name)) <\(address.email)>"
    }

    /// A display name: as it is when it is plain ASCII words, quoted when it has specials, encoded otherwise.
    static func phrase(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let atext = text.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || " !#$%&'*+-/=?^_`{|}~".unicodeScalars.contains($0)
            }
            if atext { return text }
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        }
        return encodedWords(text, room: 75).joined(separator: " ")
    }

    // MARK: Headers

    /// `Name: value`, the value as encoded-words when it is not plain ASCII, folded under 78 characters.
    static func encodedHeader(_ name: String, _ value: String) -> String {
        let clean = value.map { $0.isNewline ? " " : String($0) }.joined()
        if clean.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return fold("\(name): \(clean)") }
        let words = encodedWords(clean, room: 75 - name.count - 2)
        return "\(name): " + words.joined(separator: "\r\n ")
    }

    /// RFC 2047 `=?utf-8?B?…?=` words of at most 75 characters (the first at most `room`), each holding
    /// whole characters, so that no word splits a UTF-8 sequence.
    static func encodedWords(_ text: String, room: Int) -> [String] {
        let overhead = "=?utf-8?B??=".count
        var words: [String] = []
        var chunk: [UInt8] = []
        var limit = max(room, overhead + 8)
        for character in text {
            let bytes = Array(String(character).utf8)
            let encodedLength = ((chunk.count + bytes.count + 2) / 3) * 4
            if !chunk.isEmpty && overhead + encodedLength > limit {
                words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
                limit = 75
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words
    }

    /// Folds an ASCII header line at spaces so that each line stays under 78 characters where it can.
    static func fold(_ line: String) -> String {
        guard line.count > 78 else { return line }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + 1 + word.count > 78 {
                lines.append(current)
                current = " " + word
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") }
    }

    /// RFC 5322 §3.3: "Wed, 02 Dec 2026 22:05:00 +0100", in Europe/Stockholm.
    static func date(_ date: Date) -> String {
        let parts = DateFormat.calendar.dateComponents(
            [.weekday, .year, .month, .day, .hour, .minute, .second], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        let offset = DateFormat.timeZone.secondsFromGMT(for: date) / 60
        let zone = (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + two(abs(offset) % 60)
        let weekday = days[((parts.weekday ?? 1) - 1 + 7) % 7]
        let month = months[((parts.month ?? 1) - 1 + 12) % 12]
        return "\(weekday), \(two(parts.day)) \(month) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) \(zone)"
    }

    // MARK: Bodies

    /// Quoted-printable (RFC 2045 §6.7): lines of at most 76 characters with soft breaks, `=` and every byte
    /// outside printable ASCII encoded, spaces before a line end encoded, line ends as CRLF.
    static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var output: [String] = []
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let literal =
                    (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                    || ((byte == 0x20 || byte == 0x09) && !isLast)
                let piece = literal ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if current.count + piece.count > 75 {
                    output.append(current + "=")
                    current = ""
                }
                current += piece
            }
            output.append(current)
        }
        return output.joined(separator: "\r\n")
    }
}
