import Fluent
import HubbenCore
import Vapor

enum AccountError: Error, Equatable {
    case invalidEmail
    case emailTaken
    case nameRequired
    case weakPassword(PasswordPolicy.Problem)
}

/// Accounts, their platform roles and their organisation memberships.
struct AccountStore {
    let database: any Database
    let hasher: any PasswordHasher

    struct Created: Equatable {
        let id: Int
        let name: String
        let roles: Set<PlatformRole>
    }

    /// Creates an account after checking the name, e-mail and password rules. Every account is a resident;
    /// `roles` adds more. The unique index on `email` is the final word when two requests race.
    func create(
        name rawName: String, email rawEmail: String, password: String,
        roles: Set<PlatformRole> = [], language: Language = .sv
    ) async throws -> Created {
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw AccountError.nameRequired }
        guard let email = EmailAddress(rawEmail) else { throw AccountError.invalidEmail }
        if let problem = PasswordPolicy.check(password) { throw AccountError.weakPassword(problem) }
        if try await AccountRecord.query(on: database).filter(\.$email == email.value).count() > 0 {
            throw AccountError.emailTaken
        }
        let hash = try hasher.hash(password)
        let allRoles = roles.union([.resident])
        do {
            return try await database.transaction { db in
                let record = AccountRecord(name: name, email: email, passwordHash: hash, language: language)
                try await record.create(on: db)
                let id = try record.requireID()
                for role in allRoles.sorted() {
                    try await AccountRoleRecord(accountID: id, role: role).create(on: db)
                }
                return Created(id: id, name: name, roles: allRoles)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AccountError.emailTaken
        }
    }

    func exists(email rawEmail: String) async throws -> Bool {
        guard let email = EmailAddress(rawEmail) else { return false }
        return try await AccountRecord.query(on: database).filter(\.$email == email.value).count() > 0
    }

    func addMembership(accountID: Int, organizationID: Int, role: MembershipRole) async throws {
        try await MembershipRecord(accountID: accountID, organizationID: organizationID, role: role).create(on: database)
    }

    func roles(accountID: Int) async throws -> Set<PlatformRole> {
        let rows = try await AccountRoleRecord.query(on: database).filter(\.$accountID == accountID).all()
        return Set(rows.compactMap { PlatformRole(rawValue: $0.role) })
    }

    func verifyPassword(email rawEmail: String, password: String) async throws -> Bool {
        guard let email = EmailAddress(rawEmail),
              let record = try await AccountRecord.query(on: database).filter(\.$email == email.value).first()
        else { return false }
        return try hasher.verify(password, created: record.passwordHash)
    }
}
