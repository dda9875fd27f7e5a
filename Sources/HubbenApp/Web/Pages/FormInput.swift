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

    /// Hours as typed ("2", "1,5", "0.75") in whole minutes, rounded to the nearest; a value past any rule
    /// (more than a million hours) stays invalid without overflowing.
    static func hoursAsMinutes<Field>(_ text: String, _ field: Field, into problems: inout FieldProblems<Field>)
        -> Int?
    {
        var digits = text.filter { !$0.isWhitespace }
        guard !digits.isEmpty else { return nil }
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        let parts = digits.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ".", omittingEmptySubsequences: false)
        }
        let whole = parts.first ?? ""
        let fraction = parts.count > 1 ? parts[1].prefix(4) : ""
        guard parts.count <= 2, !(whole.isEmpty && fraction.isEmpty),
            (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber })
        else {
            problems[field] = .unreadable
            return nil
        }
        let hours = whole.count > 7 ? 1_000_000 : min(Int(whole) ?? 0, 1_000_000)
        let scale = [1, 10, 100, 1_000, 10_000][fraction.count]
        let minutes = hours * 60 + ((Int(fraction) ?? 0) * 60 + scale / 2) / scale
        return negative ? -minutes : minutes
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
