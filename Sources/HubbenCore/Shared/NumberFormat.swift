/// Numbers as people read them: "1 234 567" in Swedish (a no-break space between groups), "1,234,567" in English.
public enum NumberFormat {
    public static func integer(_ value: Int, language: Language) -> String {
        let separator = language == .sv ? "\u{00A0}" : ","
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: separator)
    }
}
