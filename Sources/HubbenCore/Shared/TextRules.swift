/// Rules every piece of text a person sends must follow, whatever the field.
public enum TextRules {
    /// Control characters other than tab, line feed and carriage return. A NUL in particular is dangerous:
    /// Bcrypt stops reading at it and SQLite stores text only up to it, so `abc\0xyz` would silently be `abc`.
    public static func hasForbiddenControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x00...0x1F, 0x7F: true
            default: false
            }
        }
    }
}
