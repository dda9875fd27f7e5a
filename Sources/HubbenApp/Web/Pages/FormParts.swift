import Foundation
import HubbenCore

/// Problems found in a submitted form: the field's name (also its element id) and the message for it.
struct FormErrors: Equatable {
    private(set) var items: [(field: String, message: String)] = []

    var isEmpty: Bool { items.isEmpty }
    var count: Int { items.count }

    subscript(field: String) -> String? { items.first { $0.field == field }?.message }

    mutating func add(_ field: String, _ message: String) {
        guard self[field] == nil else { return }
        items.append((field, message))
    }

    static func == (lhs: FormErrors, rhs: FormErrors) -> Bool {
        lhs.items.map(\.field) == rhs.items.map(\.field) && lhs.items.map(\.message) == rhs.items.map(\.message)
    }
}

/// Form components in the GOV.UK pattern: label above, hint under it, the error at the field and again in
/// a summary at the top that links to each field.
enum FormParts {
    /// An error message at a field or a form, announced with its "Fel:" prefix; `focusable` for one the error
    /// summary links to that is not a field itself.
    static func errorMessage(id: String, _ message: String, focusable: Bool = false, _ t: Localizer) -> Node {
        .p(
            .id(id), .class("form-error"), .if(focusable, .attribute(named: "tabindex", value: "-1")),
            .span(.class("visually-hidden"), .text(t(.formErrorPrefix) + " ")), .text(message))
    }

    static func errorSummary(_ errors: FormErrors, _ t: Localizer) -> Node {
        .if(
            !errors.isEmpty,
            .div(
                .class("error-summary"),
                .attribute(named: "role", value: "alert"),
                .attribute(named: "aria-labelledby", value: "error-summary-title"),
                .attribute(named: "tabindex", value: "-1"),
                .h2(
                    .id("error-summary-title"),
                    .text(errors.count == 1 ? t(.formOneError) : t(.formErrors(count: "\(errors.count)")))),
                .ul(
                    .forEach(errors.items) { item in
                        .li(.a(.href("#\(item.field)"), .text(item.message)))
                    })
            ))
    }

    struct Field {
        var name: String
        /// The element id when several fields share a name on one page; the name otherwise.
        var id: String? = nil
        var label: String
        var hint: String?
        var value: String = ""
        var type: ControlType = .text
        var autocomplete: String?
        var width: String = "input-wide"
        /// The keyboard a phone shows (`numeric` for a whole number typed into a text field, which keeps
        /// whatever was typed when the form comes back, unlike `type=number`).
        var inputMode: String? = nil
    }

    /// A text field. Its error is looked up by its element id, which is also what the error summary links to.
    static func input(_ field: Field, errors: FormErrors, _ t: Localizer) -> Node {
        let id = field.id ?? field.name
        let error = errors[id]
        let describedBy = [field.hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }]
            .compactMap { $0 }.joined(separator: " ")
        return .div(
            .class(error == nil ? "form-group" : "form-group form-group-error"),
            .label(.for(id), .class("form-label"), .text(field.label)),
            .unwrap(field.hint) { .p(.id("\(id)-hint"), .class("form-hint"), .text($0)) },
            .unwrap(error) { errorMessage(id: "\(id)-error", $0, t) },
            .selfClosedElement(
                named: "input", attributes: inputAttributes(field, describedBy: describedBy, invalid: error != nil))
        )
    }

    private static func inputAttributes(_ field: Field, describedBy: String, invalid: Bool) -> [Node] {
        var attributes: [Node] = [
            .id(field.id ?? field.name), .name(field.name), .type(field.type), .class("form-input \(field.width)"),
            .value(field.value),
        ]
        if let autocomplete = field.autocomplete {
            attributes.append(.attribute(named: "autocomplete", value: autocomplete))
        }
        if let inputMode = field.inputMode { attributes.append(.attribute(named: "inputmode", value: inputMode)) }
        if !describedBy.isEmpty { attributes.append(.attribute(named: "aria-describedby", value: describedBy)) }
        if invalid { attributes.append(.attribute(named: "aria-invalid", value: "true")) }
        return attributes
    }

    static func textarea(
        name: String, id: String? = nil, label: String, hint: String?, value: String, errors: FormErrors,
        _ t: Localizer
    ) -> Node {
        let id = id ?? name
        let error = errors[id]
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(
            separator: " ")
        return .div(
            .class(error == nil ? "form-group" : "form-group form-group-error"),
            .label(.for(id), .class("form-label"), .text(label)),
            .unwrap(hint) { .p(.id("\(id)-hint"), .class("form-hint"), .text($0)) },
            .unwrap(error) { errorMessage(id: "\(id)-error", $0, t) },
            .textarea(
                .id(id), .attribute(named: "name", value: name), .class("form-input input-wide"), .rows(6),
                .if(!describedBy.isEmpty, .attribute(named: "aria-describedby", value: describedBy)),
                .if(error != nil, .attribute(named: "aria-invalid", value: "true")),
                .text(value)
            )
        )
    }

    static func csrf(_ token: String) -> Node {
        .input(.type(.hidden), .name(CSRF.fieldName), .value(token))
    }

    static func hidden(_ name: String, _ value: String) -> Node {
        .input(.type(.hidden), .name(name), .value(value))
    }

    /// The field for scripts only (`ScriptGuard`): a person never sees it, and a form with it filled in is not
    /// kept.
    static func honeypot(label: String) -> Node {
        .div(
            .class("honeypot"), .attribute(named: "aria-hidden", value: "true"),
            .label(.for(ScriptGuard.honeypotField), .text(label)),
            .input(
                .type(.text), .id(ScriptGuard.honeypotField), .name(ScriptGuard.honeypotField), .value(""),
                .attribute(named: "tabindex", value: "-1"), .attribute(named: "autocomplete", value: "off")))
    }

    /// When the form was first shown (`ScriptGuard.started`).
    static func started(_ moment: Date) -> Node {
        hidden(ScriptGuard.startedField, "\(Int(moment.timeIntervalSince1970))")
    }

    static func submit(_ label: String, style: String = "button-primary") -> Node {
        .button(.type(.submit), .class("button \(style)"), .text(label))
    }

    /// A labelled `<select>` with its error at the field, like `input`.
    static func select(
        name: String, label: String, options: [(value: String, label: String)], selected: String = "",
        errors: FormErrors = FormErrors(), _ t: Localizer
    ) -> Node {
        let error = errors[name]
        return .div(
            .class(error == nil ? "form-group" : "form-group form-group-error"),
            .label(.for(name), .class("form-label"), .text(label)),
            .unwrap(error) {
                .p(
                    .id("\(name)-error"), .class("form-error"),
                    .span(.class("visually-hidden"), .text(t(.formErrorPrefix) + " ")), .text($0))
            },
            .select(
                .id(name), .attribute(named: "name", value: name), .class("form-input"),
                .if(error != nil, .attribute(named: "aria-describedby", value: "\(name)-error")),
                .forEach(options) { option in
                    PageParts.option(value: option.value, label: option.label, selected: option.value == selected)
                })
        )
    }

    /// A group of checkboxes sending `name[]`, with its legend, hint and error like the other fields.
    static func checkboxes(
        name: String, legend: String, hint: String?, options: [(id: Int, label: String)], selected: Set<Int>,
        errors: FormErrors, _ t: Localizer
    ) -> Node {
        checkboxes(
            name: name, legend: legend, hint: hint, options: options.map { ("\($0.id)", $0.label) },
            selected: Set(selected.map { "\($0)" }), errors: errors, t)
    }

    /// The same with text values.
    static func checkboxes(
        name: String, legend: String, hint: String?, options: [(value: String, label: String)], selected: Set<String>,
        errors: FormErrors, _ t: Localizer
    ) -> Node {
        let error = errors[name]
        return .div(
            .class(error == nil ? "form-group" : "form-group form-group-error"),
            .fieldset(
                .id(name),
                .if(error != nil, .attribute(named: "aria-describedby", value: "\(name)-error")),
                .element(named: "legend", nodes: [Node.class("form-label"), .text(legend)]),
                .unwrap(hint) { .p(.class("form-hint"), .text($0)) },
                .unwrap(error) {
                    .p(
                        .id("\(name)-error"), .class("form-error"),
                        .span(.class("visually-hidden"), .text(t(.formErrorPrefix) + " ")), .text($0))
                },

                Node.forEach(options) { option in
                    let id = "\(name)-\(option.value)"
                    return .div(
                        .class("checkbox"),
                        .input(
                            .type(.checkbox), .id(id), .name("\(name)[]"), .value(option.value),
                            .checked(selected.contains(option.value))),
                        .label(.for(id), .text(option.label)))
                }
            )
        )
    }

    /// The person's name and e-mail, as sign-up and "Mina uppgifter" ask for them.
    static func nameAndEmail(name: String, email: String, errors: FormErrors, _ t: Localizer) -> Node {
        .group(
            input(
                .init(name: "name", label: t(.fieldName), hint: t(.fieldNameHint), value: name, autocomplete: "name"),
                errors: errors, t),
            input(
                .init(
                    name: "email", label: t(.fieldEmail), hint: t(.fieldEmailHint), value: email, type: .email,
                    autocomplete: "email"),
                errors: errors, t)
        )
    }

    static func languageSelect(name: String, selected: Language, _ t: Localizer) -> Node {
        select(
            name: name, label: t(.accountLanguage), options: [("sv", "Svenska"), ("en", "English")],
            selected: selected.rawValue, t)
    }

    /// A notification banner after an action ("Dina uppgifter är sparade").
    static func notice(_ text: String?) -> Node {
        .unwrap(text) { text in
            .div(
                .class("banner banner-success"), .attribute(named: "role", value: "status"),
                .attribute(named: "tabindex", value: "-1"), .p(.text(text)))
        }
    }
}
