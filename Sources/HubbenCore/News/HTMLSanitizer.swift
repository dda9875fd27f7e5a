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

    public static func sanitize(_ html: String) -> String {
        let input = Array(html.unicodeScalars)
        var output = String.UnicodeScalarView()
        var open: [String] = []
        var index = 0

        func append(_ text: String) { output.append(contentsOf: text.unicodeScalars) }
        func starts(with prefix: String, at position: Int) -> Bool {
            let scalars = Array(prefix.unicodeScalars)
            guard position + scalars.count <= input.count else { return false }
            for (offset, scalar) in scalars.enumerated()
            where lowered(input[position + offset]) != scalar {
                return false
            }
            return true
        }
        /// The index just past the next `terminator` from `position`, or the end.
        func skip(past terminator: String, from position: Int) -> Int {
            var position = position
            let length = terminator.unicodeScalars.count
            while position < input.count {
                if starts(with: terminator, at: position) { return position + length }
                position += 1
            }
            return input.count
        }

        while index < input.count {
            let scalar = input[index]
            guard scalar == "<" else {
                appendText(scalar, at: index, in: input, to: &output)
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
        return String(output)
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
    private static func parseTag(_ input: [Unicode.Scalar], nameStart: Int) -> Tag? {
        var index = nameStart
        var name = String.UnicodeScalarView()
        while index < input.count, !isSpace(input[index]), input[index] != "/", input[index] != ">" {
            name.append(lowered(input[index]))
            index += 1
        }
        var attributes: [(String, String)] = []
        while index < input.count {
            let scalar = input[index]
            if scalar == ">" { return Tag(name: String(name), attributes: attributes, end: index + 1) }
            if isSpace(scalar) || scalar == "/" {
                index += 1
                continue
            }
            var attribute = String.UnicodeScalarView()
            while index < input.count, !isSpace(input[index]), input[index] != "/", input[index] != ">",
                input[index] != "=" || attribute.isEmpty
            {
                attribute.append(lowered(input[index]))
                index += 1
            }
            while index < input.count, isSpace(input[index]) { index += 1 }
            var value = String.UnicodeScalarView()
            if index < input.count, input[index] == "=" {
                index += 1
                while index < input.count, isSpace(input[index]) { index += 1 }
                if index < input.count, input[index] == "\"" || input[index] == "'" {
                    let quote = input[index]
                    index += 1
                    while index < input.count, input[index] != quote {
                        value.append(input[index])
                        index += 1
                    }
                    guard index < input.count else { return nil }
                    index += 1
                } else {
                    while index < input.count, !isSpace(input[index]), input[index] != ">" {
                        value.append(input[index])
                        index += 1
                    }
                }
            }
            attributes.append((String(attribute), decodeEntities(String(value))))
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

    private static func appendText(
        _ scalar: Unicode.Scalar, at index: Int, in input: [Unicode.Scalar], to output: inout String.UnicodeScalarView
    ) {
        switch scalar {
        case ">": output.append(contentsOf: "&gt;".unicodeScalars)
        case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
        case "'": output.append(contentsOf: "&#39;".unicodeScalars)
        case "\0": break
        case "&":
            // An entity the renderer already wrote stays one; any other ampersand is escaped.
            if entityLength(input, at: index) != nil {
                output.append(scalar)
            } else {
                output.append(contentsOf: "&amp;".unicodeScalars)
            }
        default: output.append(scalar)
        }
    }

    /// The length of the character reference at `index` (`&amp;`, `&#39;`, `&#x27;`), if one is there.
    private static func entityLength(_ input: [Unicode.Scalar], at index: Int) -> Int? {
        var position = index + 1
        guard position < input.count else { return nil }
        var length = 0
        if input[position] == "#" {
            position += 1
            let hex = position < input.count && (input[position] == "x" || input[position] == "X")
            if hex { position += 1 }
            while position < input.count, length < 8,
                hex ? input[position].properties.isASCIIHexDigit : ("0"..."9").contains(input[position])
            {
                position += 1
                length += 1
            }
        } else {
            while position < input.count, length < 32,
                isASCIILetter(input[position]) || ("0"..."9").contains(input[position])
            {
                position += 1
                length += 1
            }
        }
        guard length > 0, position < input.count, input[position] == ";" else { return nil }
        return position + 1 - index
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":", "tab": "\t",
        "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "period": ".", "comma": ",", "semi": ";",
    ]

    /// An attribute value as the browser reads it: character references decoded.
    static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        let input = Array(value.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < input.count {
            guard input[index] == "&", let length = entityLength(input, at: index) else {
                output.append(input[index])
                index += 1
                continue
            }
            let body = String(String.UnicodeScalarView(input[(index + 1)..<(index + length - 1)]))
            var decoded: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = namedEntities[body.lowercased()]
            }
            if let decoded {
                output.append(contentsOf: decoded.unicodeScalars)
            } else {
                output.append(contentsOf: input[index..<(index + length)])
            }
            index += length
        }
        return String(output)
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

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
