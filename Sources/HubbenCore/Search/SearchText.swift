import Foundation

/// Turns Swedish text into the stemmed terms that are indexed and searched. Å, ä and ö are letters of their
/// own in Swedish and stay; other marks are folded (é → e, ü → u), so "café" and "cafe" meet.
public enum SearchText {
    /// The stemmed terms of a text, in order (repeats kept: they count for relevance and similarity).
    public static func terms(_ text: String) -> [String] {
        words(text).map(SwedishStemmer.stem)
    }

    /// Lower-cased words of letters and digits.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(contentsOf: fold(character))
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.filter { $0.count <= 60 }
    }

    private static let swedishLetters: Set<Character> = ["å", "ä", "ö"]

    private static func fold(_ character: Character) -> String {
        if swedishLetters.contains(character) || character.isASCII { return String(character) }
        let folded = String(character).folding(options: [.diacriticInsensitive], locale: nil)
        return folded
    }

    /// Swedish function words (the Snowball project's stop list, abridged), as stems. They carry no topic, so
    /// similarity leaves them out; search keeps them (a quoted title should still be found).
    public static let stopStems: Set<String> = Set(
        """
        och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin         nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig         kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli         blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka         ditt vem vilket sitt sådana vart dina vars vårt våra ert era vilkas
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { SwedishStemmer.stem(String($0)) })

    /// A search as typed: every word must match its stem; the last one also as a prefix, so that a word
    /// still being typed — or the first part of a compound ("cykel" in "cykelbanor") — finds.
    public struct Query: Equatable, Sendable {
        public var terms: [String]
        public var prefix: String?

        public var isEmpty: Bool { terms.isEmpty && prefix == nil }
    }

    public static func query(_ text: String, maximumTerms: Int = 8) -> Query {
        let stems = Array(terms(text).prefix(maximumTerms))
        guard let last = stems.last else { return Query(terms: [], prefix: nil) }
        return Query(terms: Array(stems.dropLast()), prefix: last)
    }
}
