import HubbenCore
import Testing

@Suite("Language negotiation")
struct LanguageTests {
    @Test(
        "Cookie choice, then Accept-Language by q-value, then Swedish",
        arguments: [
            (nil, nil, Language.sv),
            (nil, "", .sv),
            (nil, "en", .en),
            (nil, "en-US,en;q=0.9", .en),
            (nil, "sv-SE,sv;q=0.9,en;q=0.8", .sv),
            (nil, "de-DE,de;q=0.9,en;q=0.5", .en),
            (nil, "fr, de", .sv),
            (nil, "en;q=0.3, sv;q=0.8", .sv),
            (nil, "sv;q=0, en;q=0.1", .en),
            (nil, "nb-NO", .sv),
            (nil, "EN-gb", .en),
            (nil, "en;q=abc", .sv),
            (nil, ";;,,", .sv),
            ("en", "sv", .en),
            ("EN", nil, .en),
            ("sv", "en", .sv),
            ("xx", "en", .en),
        ] as [(String?, String?, Language)])
    func negotiate(choice: String?, acceptLanguage: String?, expected: Language) {
        #expect(Language.negotiate(choice: choice, acceptLanguage: acceptLanguage) == expected)
    }
}

@Suite("Number format")
struct NumberFormatTests {
    @Test(
        "Swedish groups with a no-break space, English with a comma",
        arguments: [
            (0, Language.sv, "0"),
            (999, .sv, "999"),
            (1_000, .sv, "1\u{00A0}000"),
            (1_234_567, .sv, "1\u{00A0}234\u{00A0}567"),
            (1_234_567, .en, "1,234,567"),
            (-25_000, .sv, "−25\u{00A0}000"),
        ])
    func integer(value: Int, language: Language, expected: String) {
        #expect(NumberFormat.integer(value, language: language) == expected)
    }
}
