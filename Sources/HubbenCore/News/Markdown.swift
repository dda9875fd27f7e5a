/// The Markdown the hub team writes news in, as HTML, in time proportional to the text: paragraphs, headings
/// (`#`–`######`, `#` becoming `h2`), `>` quotes, `-`/`*`/`+` and `1.` lists, fenced code, `---` rules, and
/// inline `**strong**`, `*emphasis*`/`_emphasis_`, `` `code` `` and `[links](https://…)`. Raw HTML is not
/// passed through: it is shown as text. (Ink was tried first: a run of a few thousand `[` made it take minutes
/// and a longer one overflowed the stack.) The result still goes through `HTMLSanitizer`.
public enum Markdown {
    /// How far an inline mark looks for its closing mark: keeps a text full of unmatched marks linear.
    static let reach = 400

    public static func html(_ text: String) -> String {
        let lines = text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var html = ""
        var paragraph: [String] = []
        var index = 0

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            html += "<p>" + inline(paragraph.joined(separator: "\n")) + "</p>\n"
            paragraph = []
        }

        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                flushParagraph()
                index += 1
            } else if trimmed.hasPrefix("```") {
                flushParagraph()
                var code: [String] = []
                index += 1
                while index < lines.count, !lines[index].trimmingSpaces().hasPrefix("```") {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                html += "<pre><code>" + escape(code.joined(separator: "\n")) + "</code></pre>\n"
            } else if let (level, title) = heading(trimmed) {
                flushParagraph()
                html += "<h\(level)>" + inline(title) + "</h\(level)>\n"
                index += 1
            } else if isRule(trimmed) {
                flushParagraph()
                html += "<hr>\n"
                index += 1
            } else if trimmed.hasPrefix(">") {
                flushParagraph()
                var quoted: [String] = []
                while index < lines.count, lines[index].trimmingSpaces().hasPrefix(">") {
                    quoted.append(String(lines[index].trimmingSpaces().dropFirst()).trimmingSpaces())
                    index += 1
                }
                let paragraphs = quoted.split(whereSeparator: \.isEmpty).map { $0.joined(separator: "\n") }
                html += "<blockquote>" + paragraphs.map { "<p>" + inline($0) + "</p>" }.joined() + "</blockquote>\n"
            } else if let (ordered, _) = listItem(trimmed) {
                flushParagraph()
                var items: [String] = []
                while index < lines.count, let (sameKind, item) = listItem(lines[index].trimmingSpaces()),
                    sameKind == ordered
                {
                    items.append(item)
                    index += 1
                    // A line that starts with spaces continues the item.
                    while index < lines.count, lines[index].hasPrefix("  "), !lines[index].trimmingSpaces().isEmpty,
                        listItem(lines[index].trimmingSpaces()) == nil
                    {
                        items[items.count - 1] += "\n" + lines[index].trimmingSpaces()
                        index += 1
                    }
                }
                let tag = ordered ? "ol" : "ul"
                html += "<\(tag)>" + items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(tag)>\n"
            } else {
                paragraph.append(trimmed)
                index += 1
            }
        }
        flushParagraph()
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    private static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        return (max(2, hashes), String(rest).trimmingSpaces())
    }

    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `- item`, `* item`, `+ item` (unordered) or `12. item` (ordered).
    private static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2)))
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return (true, String(rest.dropFirst(2)))
    }

    // MARK: Inline

    static func inline(_ text: String) -> String {
        let characters = Array(text)
        var html = ""
        var index = 0
        // For each mark, where it next occurs from each position: built once, backwards, so that finding a
        // closing mark costs the same whatever the text holds.
        var nextOccurrence: [String: [Int]] = [:]
        func next(_ mark: [Character]) -> [Int] {
            let key = String(mark)
            if let known = nextOccurrence[key] { return known }
            var table = Array(repeating: Int.max, count: characters.count + 1)
            var position = characters.count - mark.count
            while position >= 0 {
                var matches = true
                for (offset, expected) in mark.enumerated() where characters[position + offset] != expected {
                    matches = false
                    break
                }
                table[position] = matches ? position : table[position + 1]
                position -= 1
            }
            nextOccurrence[key] = table
            return table
        }
        /// The index of `mark` after `start` within reach, if there is one.
        func find(_ mark: [Character], from start: Int) -> Int? {
            guard start < characters.count else { return nil }
            let found = next(mark)[start]
            return found != Int.max && found - start <= reach ? found : nil
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < characters.count && "\\`*_[]()#+-.!>".contains(characters[index + 1]):
                html += escape(String(characters[index + 1]))
                index += 2
            case "`":
                if let close = find(["`"], from: index + 1), close > index + 1 {
                    html += "<code>" + escape(String(characters[(index + 1)..<close])) + "</code>"
                    index = close + 1
                } else {
                    html += "`"
                    index += 1
                }
            case "*", "_":
                let double = index + 1 < characters.count && characters[index + 1] == character
                let mark: [Character] = double ? [character, character] : [character]
                if let close = find(mark, from: index + mark.count), close > index + mark.count,
                    !characters[index + mark.count].isWhitespace, !characters[close - 1].isWhitespace
                {
                    let tag = double ? "strong" : "em"
                    html += "<\(tag)>" + inline(String(characters[(index + mark.count)..<close])) + "</\(tag)>"
                    index = close + mark.count
                } else {
                    html += String(mark)
                    index += mark.count
                }
            case "[":
                if let middle = find(["]", "("], from: index + 1), let close = find([")"], from: middle + 2),
                    !characters[(index + 1)..<middle].contains("[")
                {
                    let label = String(characters[(index + 1)..<middle])
                    let target = String(characters[(middle + 2)..<close]).trimmingSpaces()
                    html += "<a href=\"" + escape(target) + "\">" + inline(label) + "</a>"
                    index = close + 1
                } else {
                    html += "["
                    index += 1
                }
            case "\n":
                html += "\n"
                index += 1
            default:
                html += escape(String(character))
                index += 1
            }
        }
        return html
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension String {
    fileprivate func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars where scalar != "\r" { result.unicodeScalars.append(scalar) }
        return result
    }

    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
