import HubbenCore
import Testing

@Suite("Account rules")
struct AccountRuleTests {
    @Test(
        "E-mail addresses are trimmed, lower-cased and checked leniently",
        arguments: [
            ("anna@example.se", "anna@example.se"),
            ("  Anna.Svensson@Example.SE \n", "anna.svensson@example.se"),
            ("åsa@exempel.se", "åsa@exempel.se"),
        ])
    func validEmail(raw: String, canonical: String) {
        #expect(EmailAddress(raw)?.value == canonical)
    }

    @Test(
        "Not e-mail addresses",
        arguments: [
            "", "anna", "anna@", "@example.se", "anna@example", "anna@@example.se", "an na@example.se",
            "anna@.example.se", "anna@example.se.",
        ])
    func invalidEmail(raw: String) {
        #expect(EmailAddress(raw) == nil)
    }

    @Test(
        "Passwords: at least 12 characters, at most 72 bytes, not a common one; no composition rules",
        arguments: [
            ("korthet", PasswordPolicy.Problem.tooShort(minimum: 12)),
            ("elva tecken", .tooShort(minimum: 12)),
            ("password1234", .tooCommon),
            ("LÖSENORD1234", .tooCommon),
            (String(repeating: "å", count: 40), .tooLong(maximumBytes: 72)),
        ])
    func refused(password: String, problem: PasswordPolicy.Problem) {
        #expect(PasswordPolicy.check(password) == problem)
    }

    @Test(
        "Accepted passwords",
        arguments: [
            "tolv tecken!", "korrekt häst batteri häftapparat", "aaaaaaaaaaab", "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
        ])
    func accepted(password: String) {
        #expect(PasswordPolicy.check(password) == nil)
    }

    @Test("Every common password in the list is long enough to need the list")
    func commonListIsUseful() {
        #expect(CommonPasswords.list.allSatisfy { $0.count >= PasswordPolicy.minimumLength && $0 == $0.lowercased() })
    }

    @Test("Roles are ordered from resident to admin")
    func roleOrder() {
        #expect(PlatformRole.allCases.sorted() == [.resident, .staff, .coach, .partner, .admin])
    }
}
