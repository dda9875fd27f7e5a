import Foundation

/// The languages Hubben speaks. Swedish first; English complete.
public enum Language: String, CaseIterable, Sendable, Codable {
    case sv
    case en

    public static let `default`: Language = .sv

    /// Picks the language for a request: an explicit choice (the language cookie) wins, then the supported
    /// language with the highest q-value in `Accept-Language` (RFC 9110 §12.5.4; first wins a tie), then Swedish.
    public static func negotiate(choice: String?, acceptLanguage: String?) -> Language {
        if let choice, let chosen = Language(rawValue: choice.lowercased()) {
            return chosen
        }
        var best: (language: Language, quality: Double)?
        for item in (acceptLanguage ?? "").split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let tag = parts.first, let primary = tag.split(separator: "-").first else { continue }
            // Norwegian and Danish readers understand Swedish better than English.
            let language: Language? =
                switch primary {
                case "sv", "no", "nb", "nn", "da": .sv
                case "en": .en
                default: nil
                }
            // A malformed q-value counts as 0: the range is ignored rather than guessed.
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.map { Double($0.dropFirst(2)) ?? 0 } ?? 1
            guard let language, quality > 0 else { continue }
            if quality > (best?.quality ?? 0) {
                best = (language, quality)
            }
        }
        return best?.language ?? .default
    }
}
