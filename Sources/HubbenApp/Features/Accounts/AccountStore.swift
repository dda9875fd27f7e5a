import Fluent
import SQLKit
import Foundation
import HubbenCore
import Vapor

indirect enum AccountError: Error, Equatable {
    /// Several problems at once, so that a form can show all of them.
    case several([AccountError])
    case invalidEmail
    case emailTaken
    case nameRequired
    case weakPassword(PasswordPolicy.Problem)
    case wrongPassword
    case notFound
}

/// Accounts, their platform roles and their organisation memberships.
struct AccountStore {
    let database: any Database
    let hasher: any PasswordHasher

    /// The name shown for what a deleted account wrote.
    static let deletedName = ""

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
        let (name, email) = try Self.checked(name: rawName, email: rawEmail, password: password)
        // Hash first either way, so that a taken address does not answer 30 times faster than a free one.
        let hash = try await hashed(password)
        if try await exists(email: email.value) { throw AccountError.emailTaken }
        return try await insert(name: name, email: email, passwordHash: hash, roles: roles, language: language)
    }

    /// The name and e-mail an account would get, or every problem with the name, e-mail and password.
    static func checked(name rawName: String, email rawEmail: String, password: String) throws -> (String, EmailAddress)
    {
        var problems: [AccountError] = []
        let name = try? Self.validName(rawName)
        if name == nil { problems.append(.nameRequired) }
        let email = EmailAddress(rawEmail)
        if email == nil { problems.append(.invalidEmail) }
        if let problem = PasswordPolicy.check(password) { problems.append(.weakPassword(problem)) }
        guard let name, let email, problems.isEmpty else {
            throw problems.count == 1 ? problems[0] : AccountError.several(problems)
        }
        return (name, email)
    }

    /// Inserts a checked account with its roles (every account is a resident). The unique index on `email`
    /// answers `emailTaken` when two requests race.
    func insert(
        name: String, email: EmailAddress, passwordHash: String, roles: Set<PlatformRole> = [],
        language: Language
    ) async throws -> Created {
        let allRoles = PlatformRole.kept(roles)
        do {
            return try await database.writeTransaction { db in
                let record = AccountRecord(name: name, email: email, passwordHash: passwordHash, language: language)
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

    static func validName(_ raw: String) throws -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 100 else { throw AccountError.nameRequired }
        return name
    }

    func exists(email rawEmail: String) async throws -> Bool {
        guard let email = EmailAddress(rawEmail) else { return false }
        return try await AccountRecord.query(on: database).filter(\.$email == email.value).count() > 0
    }

    func account(id: Int) async throws -> Account? {
        guard let record = try await AccountRecord.find(id, on: database), record.deletedAt == nil else { return nil }
        return try await domain(record)
    }

    /// The account an API token (by its hash) belongs to, if the token is valid: one query for the token and
    /// its account, one for the roles. An expired token is removed.
    func account(apiTokenHash hash: String, now: Date) async throws -> Account? {
        guard let sql = database as? any SQLDatabase,
            let row = try await sql.raw(
                """
                SELECT t.id AS token_id, t.expires_at, a.id, a.name, a.email, a.language, a.created_at
                FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = \(bind: hash) AND a.deleted_at IS NULL
                """
            ).first()
        else { return nil }
        guard try row.decode(column: "expires_at", as: Date.self) > now else {
            try await sql.raw(
                "DELETE FROM api_tokens WHERE id = \(bind: try row.decode(column: "token_id", as: Int.self))"
            ).run()
            return nil
        }
        let id = try row.decode(column: "id", as: Int.self)
        return Account(
            id: id, name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            language: Language(rawValue: try row.decode(column: "language", as: String.self)) ?? .sv,
            roles: try await roles(accountID: id), createdAt: try row.decode(column: "created_at", as: Date?.self))
    }

    func account(email rawEmail: String) async throws -> Account? {
        guard let email = EmailAddress(rawEmail),
            let record = try await AccountRecord.query(on: database).filter(\.$email == email.value).first(),
            record.deletedAt == nil
        else { return nil }
        return try await domain(record)
    }

    /// The account for an e-mail and password, or nil. Costs one Bcrypt run whether or not the e-mail
    /// exists (hashing costs what verifying does at the same cost), so the answer takes about the same time.
    func authenticate(email rawEmail: String, password: String) async throws -> Account? {
        let record = try await EmailAddress(rawEmail).asyncFlatMap { email in
            try await AccountRecord.query(on: database).filter(\.$email == email.value).filter(\.$deletedAt == nil)
                .first()
        }
        guard let record else {
            _ = try? await hashed(password)
            return nil
        }
        guard await verified(password, record.passwordHash) else { return nil }
        return try await domain(record)
    }

    func updateProfile(id: Int, name rawName: String, email rawEmail: String, language: Language) async throws {
        let name = try? Self.validName(rawName)
        let email = EmailAddress(rawEmail)
        guard let name, let email else {
            let problems: [AccountError] = (name == nil ? [.nameRequired] : []) + (email == nil ? [.invalidEmail] : [])
            throw problems.count == 1 ? problems[0] : AccountError.several(problems)
        }
        guard let record = try await AccountRecord.find(id, on: database), record.deletedAt == nil else {
            throw AccountError.notFound
        }
        if email.value != record.email, try await exists(email: email.value) { throw AccountError.emailTaken }
        record.name = name
        record.email = email.value
        record.language = language.rawValue
        do {
            try await record.update(on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AccountError.emailTaken
        }
    }

    func changePassword(id: Int, current: String, new: String) async throws {
        guard let record = try await AccountRecord.find(id, on: database), record.deletedAt == nil else {
            throw AccountError.notFound
        }
        guard await verified(current, record.passwordHash) else { throw AccountError.wrongPassword }
        try await setPassword(record, new)
    }

    func setPassword(id: Int, _ new: String) async throws {
        guard let record = try await AccountRecord.find(id, on: database), record.deletedAt == nil else {
            throw AccountError.notFound
        }
        try await setPassword(record, new)
    }

    private func setPassword(_ record: AccountRecord, _ new: String) async throws {
        if let problem = PasswordPolicy.check(new) { throw AccountError.weakPassword(problem) }
        record.passwordHash = try await hashed(new)
        try await record.update(on: database)
    }

    /// Erases the person: name, e-mail and password go, and each feature erases its part (`Feature.personalData`:
    /// roles, memberships, sessions, tokens, queued messages, follows, team places); the row stays so that what they wrote for others still points at "a deleted user".
    func delete(id: Int, now: Date) async throws {
        try await database.writeTransaction { db in
            guard let record = try await AccountRecord.find(id, on: db), record.deletedAt == nil else {
                throw AccountError.notFound
            }
            // The parts first: some find the person's data by their address (registered interest).
            let sql = try db.sql
            for part in Features.personalData { try await part.erase(id, sql) }
            record.name = Self.deletedName
            record.email = "deleted-\(id)@deleted.invalid"
            record.passwordHash = ""
            record.deletedAt = now
            try await record.update(on: db)
        }
    }

    func roles(accountID: Int) async throws -> Set<PlatformRole> {
        let rows = try await AccountRoleRecord.query(on: database).filter(\.$accountID == accountID).all()
        return Set(rows.compactMap { PlatformRole(rawValue: $0.role) })
    }

    /// Replaces an account's platform roles. `resident` always stays.
    func setRoles(accountID: Int, _ roles: Set<PlatformRole>) async throws {
        guard try await account(id: accountID) != nil else { throw AccountError.notFound }
        let wanted = PlatformRole.kept(roles)
        try await database.writeTransaction { db in
            try await AccountRoleRecord.query(on: db).filter(\.$accountID == accountID).delete()
            for role in wanted.sorted() {
                try await AccountRoleRecord(accountID: accountID, role: role).create(on: db)
            }
        }
    }

    func addMembership(accountID: Int, organizationID: Int, role: MembershipRole) async throws {
        let existing = try await MembershipRecord.query(on: database)
            .filter(\.$accountID == accountID).filter(\.$organizationID == organizationID).first()
        if let existing {
            existing.role = role.rawValue
            try await existing.update(on: database)
        } else {
            try await MembershipRecord(accountID: accountID, organizationID: organizationID, role: role).create(
                on: database)
        }
    }

    func removeMembership(accountID: Int, organizationID: Int) async throws {
        try await MembershipRecord.query(on: database)
            .filter(\.$accountID == accountID).filter(\.$organizationID == organizationID).delete()
    }

    struct Membership: Equatable, Codable {
        let organizationID: Int
        let organizationName: String
        let role: String
    }

    func memberships(accountID: Int) async throws -> [Membership] {
        let rows = try await database.sql.raw(
            """
            SELECT m.organization_id, o.name, m.role FROM memberships m
            JOIN organizations o ON o.id = m.organization_id WHERE m.account_id = \(bind: accountID)
            """
        ).all()
        return try rows.map {
            Membership(
                organizationID: try $0.decode(column: "organization_id", as: Int.self),
                organizationName: try $0.decode(column: "name", as: String.self),
                role: try $0.decode(column: "role", as: String.self))
        }
        .sorted { $0.organizationName < $1.organizationName }
    }

    /// Every live account with its roles and memberships, for the admin page: three queries, whatever the count.
    func all() async throws -> [(account: Account, memberships: [Membership])] {
        let records = try await AccountRecord.query(on: database).filter(\.$deletedAt == nil).sort(\.$name).all()
        let ids = records.compactMap(\.id)
        let roleRows = try await AccountRoleRecord.query(on: database).filter(\.$accountID ~~ ids).all()
        let rolesByAccount = Dictionary(grouping: roleRows, by: \.accountID)
        let membershipRows = try await MembershipRecord.query(on: database).filter(\.$accountID ~~ ids).all()
        let organizations = try await OrganizationRecord.query(on: database).all()
        let names = Dictionary(uniqueKeysWithValues: organizations.compactMap { org in org.id.map { ($0, org.name) } })
        let membershipsByAccount = Dictionary(grouping: membershipRows, by: \.accountID)
        return records.compactMap { record in
            guard let id = record.id else { return nil }
            let roles = Set((rolesByAccount[id] ?? []).compactMap { PlatformRole(rawValue: $0.role) })
            let account = Account(
                id: id, name: record.name, email: record.email,
                language: Language(rawValue: record.language) ?? .sv, roles: roles, createdAt: record.createdAt)
            let memberships = (membershipsByAccount[id] ?? []).map {
                Membership(
                    organizationID: $0.organizationID, organizationName: names[$0.organizationID] ?? "", role: $0.role)
            }
            return (account, memberships)
        }
    }

    func verifyPassword(email rawEmail: String, password: String) async throws -> Bool {
        try await authenticate(email: rawEmail, password: password) != nil
    }

    /// Bcrypt takes tens of milliseconds at cost 12: it runs on the thread pool, never on an event loop,
    /// so that a burst of sign-ins cannot stall every other request.
    func hashed(_ password: String) async throws -> String {
        let hasher = self.hasher
        return try await NIOThreadPool.singleton.runIfActive { try hasher.hash(password) }
    }

    func verified(_ password: String, _ hash: String) async -> Bool {
        let hasher = self.hasher
        return (try? await NIOThreadPool.singleton.runIfActive { try hasher.verify(password, created: hash) }) == true
    }

    private func domain(_ record: AccountRecord) async throws -> Account {
        let id = try record.requireID()
        return Account(
            id: id, name: record.name, email: record.email, language: Language(rawValue: record.language) ?? .sv,
            roles: try await roles(accountID: id), createdAt: record.createdAt)
    }
}

extension Optional {
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }

    func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
