import HubbenCore

/// A piece of an HTML page: an element, an attribute of the element it sits in, text, or several of these.
///
/// Pages are built from nodes (`.div(.class("card"), .h2(.text(idea.title)))`) and written in one pass into
/// one string (`render()`). Text and attribute values are escaped as they are written, so nothing a person
/// typed can become markup or leave an attribute: there is no unescaped way in except `.raw`, which takes
/// markup the program wrote itself. See docs/PERFORMANCE.md for why this replaced Plot.
struct Node: Sendable {
    fileprivate enum Kind: Sendable {
        /// An element with its attributes and content, in the order given (attributes are written first).
        case element(name: String, children: [Node])
        /// An element without content or end tag (`<input>`, `<img>`): its children are its attributes.
        case void(name: String, attributes: [Node])
        /// `name="value"`; the value is escaped when written. `class` values of one element are joined.
        case attribute(name: String, value: String)
        /// An attribute whose presence is its value (`checked`, `novalidate`).
        case flag(name: String)
        /// Text, escaped when written.
        case text(String)
        /// Markup written by the program, as is.
        case raw(String)
        case group([Node])
        case empty
    }

    fileprivate let kind: Kind

    fileprivate init(_ kind: Kind) { self.kind = kind }

    /// The HTML of this node.
    func render(capacity: Int = 16 * 1024) -> String {
        var writer = HTMLWriter(capacity: capacity)
        writer.write(self)
        return writer.html
    }
}

// MARK: - Building blocks

extension Node {
    static var empty: Node { Node(.empty) }

    /// Text, escaped for HTML (`&`, `<`, `>`).
    static func text(_ text: String) -> Node { Node(.text(text)) }

    /// Markup the program wrote itself (never anything a request can influence).
    static func raw(_ html: String) -> Node { Node(.raw(html)) }

    /// HTML someone wrote (a news post's rendered Markdown), through the allow-list sanitiser on its way in.
    static func sanitized(_ html: String) -> Node { Node(.raw(HTMLSanitizer.sanitize(html))) }

    static func group(_ nodes: Node...) -> Node { Node(.group(nodes)) }
    static func group(_ nodes: [Node]) -> Node { Node(.group(nodes)) }

    static func element(named name: String, nodes: [Node]) -> Node { Node(.element(name: name, children: nodes)) }
    static func selfClosedElement(named name: String, attributes: [Node]) -> Node {
        Node(.void(name: name, attributes: attributes))
    }

    /// An attribute; the value is escaped when written.
    static func attribute(named name: String, value: String) -> Node { Node(.attribute(name: name, value: value)) }
    /// A boolean attribute (`<input checked>`).
    static func flag(_ name: String) -> Node { Node(.flag(name: name)) }

    static func `if`(_ condition: Bool, _ node: Node, else otherwise: Node = .empty) -> Node {
        condition ? node : otherwise
    }

    static func unwrap<T>(_ optional: T?, _ transform: (T) -> Node, else otherwise: Node = .empty) -> Node {
        optional.map(transform) ?? otherwise
    }

    static func forEach<S: Sequence>(_ sequence: S, _ transform: (S.Element) -> Node) -> Node {
        Node(.group(sequence.map(transform)))
    }
}

// MARK: - Writing

/// Writes nodes into one string. Escaping works on UTF-8 bytes and copies runs without special characters
/// whole; text with nothing to escape is appended as it is.
struct HTMLWriter {
    private(set) var html = ""

    init(capacity: Int) { html.reserveCapacity(capacity) }

    /// `text` escaped for HTML text (`&`, `<`, `>`), with `quotes` also for an attribute value or XML.
    static func escaped(_ text: String, quotes: Bool = false) -> String {
        var writer = HTMLWriter(capacity: 0)
        writer.append(escaping: text, quotes: quotes)
        return writer.html
    }

    mutating func write(_ node: Node) {
        switch node.kind {
        case .element(let name, let children):
            html.append("<")
            html.append(name)
            writeAttributes(children)
            html.append(">")
            writeContent(children)
            html.append("</")
            html.append(name)
            html.append(">")
        case .void(let name, let attributes):
            html.append("<")
            html.append(name)
            writeAttributes(attributes)
            html.append(">")
        case .text(let text):
            append(escaping: text, quotes: false)
        case .raw(let markup):
            html.append(markup)
        case .group(let nodes):
            for child in nodes { write(child) }
        case .attribute, .flag, .empty:
            // An attribute outside an element has nothing to belong to.
            break
        }
    }

    private mutating func writeContent(_ children: [Node]) {
        for child in children {
            switch child.kind {
            case .attribute, .flag: continue
            default: write(child)
            }
        }
    }

    /// Writes the attributes among `children` (also inside groups) in their order; every `class` value of the
    /// element is written together where the first one stands.
    private mutating func writeAttributes(_ children: [Node]) {
        var classesWritten = false
        writeAttributes(children, of: children, classesWritten: &classesWritten)
    }

    private mutating func writeAttributes(_ nodes: [Node], of children: [Node], classesWritten: inout Bool) {
        for node in nodes {
            switch node.kind {
            case .attribute(let name, let value):
                if name == "class" {
                    guard !classesWritten, !value.isEmpty else { continue }
                    classesWritten = true
                    html.append(" class=\"")
                    var first = true
                    writeClasses(children, first: &first)
                    html.append("\"")
                    continue
                }
                html.append(" ")
                html.append(name)
                html.append("=\"")
                append(escaping: value, quotes: true)
                html.append("\"")
            case .flag(let name):
                html.append(" ")
                html.append(name)
            case .group(let group):
                writeAttributes(group, of: children, classesWritten: &classesWritten)
            default:
                continue
            }
        }
    }

    private mutating func writeClasses(_ children: [Node], first: inout Bool) {
        for child in children {
            switch child.kind {
            case .attribute(let name, let value) where name == "class" && !value.isEmpty:
                if !first { html.append(" ") }
                first = false
                append(escaping: value, quotes: true)
            case .group(let nodes):
                writeClasses(nodes, first: &first)
            default:
                continue
            }
        }
    }

    /// Appends `text` with `&`, `<`, `>` (and with `quotes` also `"` and `'`) replaced by references.
    mutating func append(escaping text: String, quotes: Bool) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let replacement: String? =
                switch utf8[index] {
                case UInt8(ascii: "&"): "&amp;"
                case UInt8(ascii: "<"): "&lt;"
                case UInt8(ascii: ">"): "&gt;"
                case UInt8(ascii: "\"") where quotes: "&quot;"
                case UInt8(ascii: "'") where quotes: "&#39;"
                default: nil
                }
            if let replacement {
                // The special characters are ASCII, so both ends of the run are character boundaries.
                html.append(contentsOf: Substring(utf8[runStart..<index]))
                html.append(replacement)
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if runStart == utf8.startIndex {
            html.append(text)
        } else {
            html.append(contentsOf: Substring(utf8[runStart..<utf8.endIndex]))
        }
    }
}
