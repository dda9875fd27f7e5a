/// An allow-list HTML sanitiser for what the Markdown renderer made of a news post (Markdown passes raw HTML
/// through): only the tags below survive, each with only its listed attributes; a link's `href` only with
/// `http`, `https` or `mailto` or without a scheme; scripts, styles, SVG, frames and forms go with everything
/// inside them; comments and declarations go; every other tag goes but its text stays, escaped. The output's
/// elements are balanced. `h1` becomes `h2`, since the page has its own `h1`.
public enum HTMLSanitizer {
    private static let allowed: [String: Set<String>] = [
        "p": [], "br": [], "hr": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [], "strong": [], "em": [],
        "b": [], "i": [], "code": [], "pre": [], "blockquote": [], "ul": [], "ol": ["start"], "li": [],
        "a": ["href", "title"], "table": [], "thead": [], "tbody": [], "tr": [], "th": ["scope"], "td": [],
        "del": [], "s": [], "sup": [], "sub": [],
    ]
    private static let void: Set<String> = ["br", "hr"]
    /// Elements whose content is not text to keep: dropped with all of it.
    private static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "svg", "math", "template", "noscript", "textarea", "title",
        "xmp", "noembed", "noframes", "plaintext", "select", "head", "frameset", "canvas", "audio", "video",
    ]
    private static let linkSchemes: Set<String> = ["http", "https", "mailto"]

    /// Works on the UTF-8 bytes: every byte the rules look at is ASCII, and a multi-byte character's bytes are
    /// never ASCII, so characters pass through whole; a scalar at a time was half the time of the news feed.
    public static func sanitize(_ html: String) -> String {
        let input = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 8)
        var open: [String] = []
        var index = 0

        func append(_ text: String) { output.append(contentsOf: text.utf8) }
        func starts(with prefix: String, at position: Int) -> Bool {
            var position = position
            for byte in prefix.utf8 {
                guard position < input.count, lowered(input[position]) == byte else { return false }
                position += 1
            }
            return true
        }
        /// The index just past the next `terminator` from `position`, or the end.
        func skip(past terminator: String, from position: Int) -> Int {
            var position = position
            let length = terminator.utf8.count
            while position < input.count {
                if starts(with: terminator, at: position) { return position + length }
                position += 1
            }
            return input.count
        }

        while index < input.count {
            let byte = input[index]
            guard byte == UInt8(ascii: "<") else {
                appendText(byte, at: index, in: input, to: &output)
                index += 1
                continue
            }
            if starts(with: "<!--", at: index) {
                index = skip(past: "-->", from: index + 4)
                continue
            }
            if starts(with: "<!", at: index) || starts(with: "<?", at: index) {
                index = skip(past: ">", from: index + 2)
                continue
            }
            let closing = starts(with: "</", at: index)
            let nameStart = index + (closing ? 2 : 1)
            guard nameStart < input.count, isASCIILetter(input[nameStart]) else {
                append("&lt;")
                index += 1
                continue
            }
            guard let tag = parseTag(input, nameStart: nameStart) else {
                // A tag that never ends: the rest is not text anyone meant to show.
                break
            }
            index = tag.end
            let name = tag.name == "h1" ? "h2" : tag.name
            if closing {
                if let position = open.lastIndex(of: name) {
                    for element in open[position...].reversed() { append("</\(element)>") }
                    open.removeSubrange(position...)
                }
                continue
            }
            if droppedWithContent.contains(name) {
                index = skip(past: ">", from: skip(past: "</\(tag.name)", from: index))
                continue
            }
            guard let permitted = allowed[name] else { continue }
            append("<\(name)")
            for (attribute, value) in tag.attributes where permitted.contains(attribute) {
                guard let kept = keptValue(attribute, value, of: name) else { continue }
                append(" \(attribute)=\"\(escapeAttribute(kept))\"")
            }
            append(">")
            if !void.contains(name) { open.append(name) }
        }
        for element in open.reversed() { append("</\(element)>") }
        return String(decoding: output, as: UTF8.self)
    }

    // MARK: Tags

    private struct Tag {
        var name: String
        var attributes: [(String, String)]
        /// The index just past the tag's `>`.
        var end: Int
    }

    /// The tag whose name starts at `nameStart`, with its attributes, raw values decoded; nil when no `>`
    /// ends it.
    private static func parseTag(_ input: [UInt8], nameStart: Int) -> Tag? {
        var index = nameStart
        var name: [UInt8] = []
        while index < input.count, !isSpace(input[index]), input[index] != slash, input[index] != greaterThan {
            name.append(lowered(input[index]))
            index += 1
        }
        var attributes: [(String, String)] = []
        while index < input.count {
            let byte = input[index]
            if byte == greaterThan {
                return Tag(name: String(decoding: name, as: UTF8.self), attributes: attributes, end: index + 1)
            }
            if isSpace(byte) || byte == slash {
                index += 1
                continue
            }
            var attribute: [UInt8] = []
            while index < input.count, !isSpace(input[index]), input[index] != slash, input[index] != greaterThan,
                input[index] != equals || attribute.isEmpty
            {
                attribute.append(lowered(input[index]))
                index += 1
            }
            while index < input.count, isSpace(input[index]) { index += 1 }
            var valueStart = index
            var valueEnd = index
            if index < input.count, input[index] == equals {
                index += 1
                while index < input.count, isSpace(input[index]) { index += 1 }
                if index < input.count, input[index] == UInt8(ascii: "\"") || input[index] == UInt8(ascii: "'") {
                    let quote = input[index]
                    index += 1
                    valueStart = index
                    while index < input.count, input[index] != quote { index += 1 }
                    guard index < input.count else { return nil }
                    valueEnd = index
                    index += 1
                } else {
                    valueStart = index
                    while index < input.count, !isSpace(input[index]), input[index] != greaterThan { index += 1 }
                    valueEnd = index
                }
            }
            let value = String(decoding: input[valueStart..<valueEnd], as: UTF8.self)
            attributes.append((String(decoding: attribute, as: UTF8.self), decodeEntities(value)))
        }
        return nil
    }

    /// The value an allowed attribute keeps, or nil to drop it.
    private static func keptValue(_ attribute: String, _ value: String, of element: String) -> String? {
        switch attribute {
        case "href": return safeLink(value)
        case "start":
            return !value.isEmpty && value.count <= 9 && value.allSatisfy(\.isASCII) && Int(value) != nil ? value : nil
        case "scope": return ["row", "col"].contains(value.lowercased()) ? value.lowercased() : nil
        default: return value
        }
    }

    /// The link as the browser will read it (tabs and line breaks removed, leading controls and spaces
    /// trimmed), when its scheme is allowed or it has none.
    static func safeLink(_ value: String) -> String? {
        var scalars = value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" && $0 != "\0" }
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        let link = String(String.UnicodeScalarView(scalars))
        guard !link.isEmpty else { return nil }
        if let colon = link.firstIndex(of: ":") {
            let beforeColon = link[..<colon]
            if !beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
                return linkSchemes.contains(beforeColon.lowercased()) ? link : nil
            }
        }
        return link
    }

    // MARK: Text

    private static func appendText(_ byte: UInt8, at index: Int, in input: [UInt8], to output: inout [UInt8]) {
        switch byte {
        case greaterThan: output.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
        case 0: break
        case UInt8(ascii: "&"):
            // An entity the renderer already wrote stays one; any other ampersand is escaped.
            if entityLength(input, at: index) != nil {
                output.append(byte)
            } else {
                output.append(contentsOf: "&amp;".utf8)
            }
        default: output.append(byte)
        }
    }

    /// The length of the character reference at `index` (`&amp;`, `&#39;`, `&#x27;`), if one is there.
    private static func entityLength(_ input: [UInt8], at index: Int) -> Int? {
        var position = index + 1
        guard position < input.count else { return nil }
        var length = 0
        if input[position] == UInt8(ascii: "#") {
            position += 1
            let hex =
                position < input.count && (input[position] == UInt8(ascii: "x") || input[position] == UInt8(ascii: "X"))
            if hex { position += 1 }
            while position < input.count, length < 8, hex ? isHexDigit(input[position]) : isDigit(input[position]) {
                position += 1
                length += 1
            }
        } else {
            while position < input.count, length < 32, isASCIILetter(input[position]) || isDigit(input[position]) {
                position += 1
                length += 1
            }
        }
        guard length > 0, position < input.count, input[position] == UInt8(ascii: ";") else { return nil }
        return position + 1 - index
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":", "tab": "\t",
        "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "period": ".", "comma": ",", "semi": ";",
    ]

    /// An attribute value as the browser reads it: character references decoded.
    static func decodeEntities(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        let input = Array(value.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            guard input[index] == UInt8(ascii: "&"), let length = entityLength(input, at: index) else {
                output.append(input[index])
                index += 1
                continue
            }
            let body = String(decoding: input[(index + 1)..<(index + length - 1)], as: UTF8.self)
            var decoded: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = namedEntities[body.lowercased()]
            }
            if let decoded {
                output.append(contentsOf: decoded.utf8)
            } else {
                output.append(contentsOf: input[index..<(index + length)])
            }
            index += length
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func escapeAttribute(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static let slash = UInt8(ascii: "/")
    private static let greaterThan = UInt8(ascii: ">")
    private static let equals = UInt8(ascii: "=")

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == 0x0C
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
