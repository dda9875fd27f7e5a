/// The password rules (OWASP ASVS V2.1): long enough, not a well-known password, and nothing else —
/// no composition rules. Any character counts, spaces and Unicode included.
public enum PasswordPolicy {
    public static let minimumLength = 12
    /// Bcrypt reads at most 72 bytes; a longer password would be silently truncated, so it is refused.
    public static let maximumBytes = 72

    public enum Problem: Equatable, Sendable {
        case tooShort(minimum: Int)
        case tooLong(maximumBytes: Int)
        case tooCommon
    }

    public static func check(_ password: String, commonPasswords: Set<String> = CommonPasswords.list) -> Problem? {
        if password.count < minimumLength { return .tooShort(minimum: minimumLength) }
        if password.utf8.count > maximumBytes { return .tooLong(maximumBytes: maximumBytes) }
        if commonPasswords.contains(password.lowercased()) { return .tooCommon }
        return nil
    }
}
