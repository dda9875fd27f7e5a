/// The attributes pages use. Values are escaped when written; `class` may be given several times per element.
extension Node {
    static func `class`(_ names: String) -> Node { .attribute(named: "class", value: names) }
    static func id(_ id: String) -> Node { .attribute(named: "id", value: id) }
    static func href(_ url: String) -> Node { .attribute(named: "href", value: url) }
    static func src(_ url: String) -> Node { .attribute(named: "src", value: url) }
    static func name(_ name: String) -> Node { .attribute(named: "name", value: name) }
    static func value(_ value: String) -> Node { .attribute(named: "value", value: value) }
    static func `for`(_ id: String) -> Node { .attribute(named: "for", value: id) }
    static func action(_ url: String) -> Node { .attribute(named: "action", value: url) }
    static func content(_ content: String) -> Node { .attribute(named: "content", value: content) }
    static func role(_ role: String) -> Node { .attribute(named: "role", value: role) }
    static func ariaLabel(_ label: String) -> Node { .attribute(named: "aria-label", value: label) }
    static func width(_ pixels: Int) -> Node { .attribute(named: "width", value: String(pixels)) }
    static func height(_ pixels: Int) -> Node { .attribute(named: "height", value: String(pixels)) }
    static func rows(_ rows: Int) -> Node { .attribute(named: "rows", value: String(rows)) }
    static func type(_ type: ControlType) -> Node { .attribute(named: "type", value: type.rawValue) }
    static func type(_ mediaType: String) -> Node { .attribute(named: "type", value: mediaType) }
    static func method(_ method: FormMethod) -> Node { .attribute(named: "method", value: method.rawValue) }
    static func rel(_ relationship: LinkRelationship) -> Node { .attribute(named: "rel", value: relationship.rawValue) }
    static func charset(_ charset: Charset) -> Node { .attribute(named: "charset", value: charset.rawValue) }
    /// `alt=""`: the image only decorates text that says the same.
    static var decorative: Node { .attribute(named: "alt", value: "") }
    static func novalidate() -> Node { .flag("novalidate") }
    static func checked(_ isChecked: Bool) -> Node { isChecked ? .flag("checked") : .empty }
    static func readonly(_ isReadonly: Bool) -> Node { isReadonly ? .flag("readonly") : .empty }
}

/// `type` of an `<input>` or a `<button>`.
enum ControlType: String, Sendable {
    case text, email, password, hidden, number, date, url, search, tel, checkbox, radio, submit, button
}

enum FormMethod: String, Sendable { case get, post }

enum LinkRelationship: String, Sendable { case stylesheet, icon, alternate }

enum Charset: String, Sendable { case utf8 = "utf-8" }
