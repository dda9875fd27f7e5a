/// The Snowball Swedish stemmer (the current published algorithm, with its `-et` and `-öst` rules), written
/// from the algorithm's description and checked against its reference list of 30,738 words.
///
/// It expects one lower-case word. R1 is the part after the first non-vowel that follows a vowel, but
/// starting at the fourth letter at the earliest; every suffix removed must lie in R1.
public enum SwedishStemmer {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "å", "ö"]
    /// Letters after which a final `s` is removed.
    private static let sEndings: Set<Character> = [
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "o", "p", "r", "t", "v", "y",
    ]
    /// Letters after which `öst` becomes `ös` (löst, röst, …).
    private static let ostEndings: Set<Character> = ["i", "k", "l", "n", "p", "r", "t", "u", "v"]

    private static let mainSuffixes: [[Character]] = [
        "a", "arna", "erna", "heterna", "orna", "ad", "e", "ade", "ande", "arne", "are", "aste", "en", "anden",
        "aren", "heten", "ern", "ar", "er", "heter", "or", "as", "arnas", "ernas", "ornas", "es", "ades", "andes",
        "ens", "arens", "hetens", "erns", "at", "andet", "het", "ast",
    ].map(Array.init)
    private static let etSuffix = Array("et")
    private static let etsSuffix = Array("ets")
    private static let sSuffix = Array("s")
    private static let stepOneSuffixes = mainSuffixes + [etSuffix, etsSuffix, sSuffix]

    /// Word endings before `-et` that keep it: alfabet, frihet, komet, the `-itet` words (identitet, …).
    private static let etKeepers: [[Character]] = [
        "fab", "h", "pak", "rak", "stak", "kom", "iet", "cit", "dit", "alit", "ilit", "mit", "nit", "pit",
        "rit", "sit", "tit", "uit", "ivit", "kvit", "xit",
    ].map(Array.init)

    private static let consonantPairs: [[Character]] = ["dd", "gd", "nn", "dt", "gt", "kt", "tt"].map(Array.init)
    private static let otherSuffixes: [[Character]] = ["lig", "ig", "els", "öst", "fullt"].map(Array.init)

    public static func stem(_ word: String) -> String {
        var letters = Array(word)
        let r1 = regionOne(letters)
        stepOne(&letters, r1: r1)
        stepTwo(&letters, r1: r1)
        stepThree(&letters, r1: r1)
        return String(letters)
    }

    static func regionOne(_ letters: [Character]) -> Int {
        guard letters.count >= 3 else { return letters.count }
        var index = 0
        while index < letters.count, !vowels.contains(letters[index]) { index += 1 }
        while index < letters.count, vowels.contains(letters[index]) { index += 1 }
        guard index < letters.count else { return letters.count }
        return max(index + 1, 3)
    }

    /// The longest of `suffixes` that ends the word and lies in R1.
    private static func longestSuffix(_ letters: [Character], in suffixes: [[Character]], r1: Int) -> [Character]? {
        suffixes
            .filter { letters.count - $0.count >= r1 && letters.ends(with: $0) }
            .max { $0.count < $1.count }
    }

    private static func stepOne(_ letters: inout [Character], r1: Int) {
        guard let suffix = longestSuffix(letters, in: stepOneSuffixes, r1: r1) else { return }
        switch suffix {
        case sSuffix:
            if letters.count >= 2, sEndings.contains(letters[letters.count - 2]) { letters.removeLast() }
        case etSuffix, etsSuffix:
            if removesEt(before: letters.dropLast(suffix.count)) {
                letters.removeLast(suffix.count)
            } else if suffix == etsSuffix {
                letters.removeLast()  // `-ets` that keeps its `-et` still loses the genitive `s` (t is an s-ending)
            }
        default:
            letters.removeLast(suffix.count)
        }
    }

    /// `-et` goes after a vowel and a consonant (blad-et, allvar-et), unless the ending is one that keeps it.
    private static func removesEt(before stem: ArraySlice<Character>) -> Bool {
        guard stem.count >= 2, let last = stem.last, !vowels.contains(last), vowels.contains(stem[stem.endIndex - 2])
        else {
            return false
        }
        return !etKeepers.contains { stem.ends(with: $0) }
    }

    private static func stepTwo(_ letters: inout [Character], r1: Int) {
        if longestSuffix(letters, in: consonantPairs, r1: r1) != nil { letters.removeLast() }
    }

    private static func stepThree(_ letters: inout [Character], r1: Int) {
        guard let suffix = longestSuffix(letters, in: otherSuffixes, r1: r1) else { return }
        switch suffix {
        case Array("öst"):
            if letters.count >= 4, ostEndings.contains(letters[letters.count - 4]) { letters.removeLast() }
        case Array("fullt"):
            letters.removeLast()
        default:
            letters.removeLast(suffix.count)
        }
    }
}

extension Collection where Element: Equatable {
    func ends<Suffix: Collection>(with suffix: Suffix) -> Bool where Suffix.Element == Element {
        count >= suffix.count && zip(reversed(), suffix.reversed()).allSatisfy { $0 == $1 }
    }
}
