/// What is wrong with one field of a draft, in the same words for every feature. Each draft has its own
/// `Field` enum (`IdeaDraft.Field`, `ProjectDraft.Field` …) and reports its problems keyed by it
/// (`FieldProblems<IdeaDraft.Field>`), so that a form can show all of them at once.
public enum FieldProblem: Equatable, Sendable {
    case missing
    case tooLong(limit: Int)
    /// Not a value the field accepts (an unknown theme or organisation, a date before the start, a bad link…).
    case invalid
    /// What was typed cannot be read as the field's kind at all (not a date, not a whole number).
    case unreadable
    /// Something that no longer takes it (a challenge that has closed, a day that has passed).
    case closed
    /// A value this person may not choose (an organisation they do not speak for).
    case notAllowed
}

/// The fields of one draft; the raw value is the field's name in forms and in the API.
public protocol DraftField: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

/// Every problem of one draft, by field.
public typealias FieldProblems<Field: DraftField> = [Field: FieldProblem]

/// A draft that was refused, with every problem it has: what a store throws when asked to save one.
public struct InvalidDraft<Field: DraftField>: Error, Equatable {
    public let problems: FieldProblems<Field>

    public init(_ problems: FieldProblems<Field>) {
        self.problems = problems
    }
}

/// The checks most text fields need.
public enum FieldCheck {
    public static func required<Field>(
        _ text: String, _ field: Field, limit: Int, into problems: inout FieldProblems<Field>
    ) {
        if text.isEmpty { problems[field] = .missing } else { optional(text, field, limit: limit, into: &problems) }
    }

    public static func optional<Field>(
        _ text: String, _ field: Field, limit: Int, into problems: inout FieldProblems<Field>
    ) {
        if text.count > limit { problems[field] = .tooLong(limit: limit) }
    }

    /// Chosen ids (themes, organisations): each must be one of `known`; with `required`, at least one.
    public static func choices<Field>(
        _ ids: [Int], _ field: Field, known: Set<Int>, required: Bool, into problems: inout FieldProblems<Field>
    ) {
        if ids.isEmpty {
            if required { problems[field] = .missing }
        } else if !Set(ids).isSubset(of: known) {
            problems[field] = .invalid
        }
    }

    /// An e-mail address that mail can be sent to.
    public static func email<Field>(_ text: String, _ field: Field, into problems: inout FieldProblems<Field>) {
        if text.isEmpty {
            problems[field] = .missing
        } else if EmailAddress(text) == nil || !MailMessage.isUsable(text) {
            problems[field] = .invalid
        }
    }

    public static func link<Field>(_ text: String, _ field: Field, into problems: inout FieldProblems<Field>) {
        if !text.isEmpty, !WebLink.isValid(text) { problems[field] = .invalid }
    }
}
