import Fluent
import Foundation
import HubbenCore

final class AccountRecord: Model, @unchecked Sendable {
    static let schema = "accounts"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    /// Canonical (lower-cased) form; unique. Never shown publicly.
    @Field(key: "email") var email: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "language") var language: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Set when the person deleted the account; name, e-mail and password are then gone.
    @OptionalField(key: "deleted_at") var deletedAt: Date?

    init() {}

    init(name: String, email: EmailAddress, passwordHash: String, language: Language) {
        self.name = name
        self.email = email.value
        self.passwordHash = passwordHash
        self.language = language.rawValue
    }
}

final class AccountRoleRecord: Model, @unchecked Sendable {
    static let schema = "account_roles"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "account_id") var accountID: Int
    @Field(key: "role") var role: String

    init() {}

    init(accountID: Int, role: PlatformRole) {
        self.accountID = accountID
        self.role = role.rawValue
    }
}

final class MembershipRecord: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "account_id") var accountID: Int
    @Field(key: "organization_id") var organizationID: Int
    /// `member` or `lead`.
    @Field(key: "role") var role: String

    init() {}

    init(accountID: Int, organizationID: Int, role: MembershipRole) {
        self.accountID = accountID
        self.organizationID = organizationID
        self.role = role.rawValue
    }
}
