import SQLKit
import Vapor

/// Accounts: signing up and in, the account page, the export and deleting one's account.
enum AccountsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: AuthController())
        try routes.register(collection: AccountController())
    }

    /// The profile and the sign-in machinery are in `AccountExport`'s own fields; all of it ends with the account.
    static let personalData = PersonalDataPart(
        otherClaims: [
            "account_roles.account_id", "memberships.account_id", "sessions.account_id", "api_tokens.account_id",
            "password_resets.account_id", "mail_messages.account_id",
        ],
        erase: { id, sql in
            for table in [
                "account_roles", "memberships", "sessions", "api_tokens", "password_resets", "mail_messages",
            ] {
                try await sql.raw("DELETE FROM \(ident: table) WHERE account_id = \(bind: id)").run()
            }
        }
    )
}
