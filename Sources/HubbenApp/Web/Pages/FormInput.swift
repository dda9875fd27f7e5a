import Foundation
import HubbenCore

/// Reading numbers and days from form fields: empty is nil, anything else unreadable is a problem at the field.
enum FormInput {
    static func int<Field>(_ text: String, _ field: Field, into problems: inout FieldProblems<Field>) -> Int? {
        let digits = text.filter { !$0.isWhitespace }
        guard !digits.isEmpty else { return nil }
        guard let value = Int(digits) else {
            problems[field] = .unreadable
            return nil
        }
        return value
    }

    static func day<Field>(_ text: String, _ field: Field, into problems: inout FieldProblems<Field>) -> Day? {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let day = Day(text) else {
            problems[field] = .unreadable
            return nil
        }
        return day
    }
}
