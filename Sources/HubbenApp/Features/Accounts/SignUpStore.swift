import Fluent
import Foundation
import HubbenCore
import Vapor

/// Self-service sign-up in two steps, so that it answers the same whether or not an address has an account:
/// `receive` checks the input and keeps it as a request that lives for a day (or, when the address already has
/// an account, names its owner so that they can be told); `confirm` creates the account when the link mailed
/// to the address is followed and the password chosen at sign-up is given again. Asking for the password means
/// a link mailed because someone else signed up with your address cannot make you the owner of an account
/// whose password they know.
struct SignUpStore {
    let database: any Database
    let hasher: any PasswordHasher
    static let lifetime: TimeInterval = 24 * 3600

    enum Received: Equatable {
        /// A new address: the token of the link to mail to it.
        case confirmationNeeded(token: String, name: String, email: EmailAddress, language: Language)
        /// The address has an account; nothing was stored.
        case addressTaken(owner: Account)
    }

    enum Confirmation: Equatable {
        case created(AccountStore.Created)
        /// Not the password chosen at sign-up; the link's address, to show again.
        case wrongPassword(email: String)
        /// Unknown, used or expired.
        case invalidLink
        /// The address got its account meanwhile (another link, another sign-up).
        case addressTaken
    }

    private var accounts: AccountStore { AccountStore(database: database, hasher: hasher) }

    /// Throws `AccountError` for every problem with the name, e-mail and password.
    func receive(
        name rawName: String, email rawEmail: String, password: String, language: Language,
        now: Date
    ) async throws -> Received {
        let (name, email) = try AccountStore.checked(name: rawName, email: rawEmail, password: password)
        // Hashed either way, so that a taken address takes as long as a free one.
        let hash = try await accounts.hashed(password)
        if let owner = try await accounts.account(email: email.value) { return .addressTaken(owner: owner) }
        try await SignUpRequestRecord.query(on: database).filter(\.$expiresAt <= now).delete()
        let token = SecretToken.generate()
        try await SignUpRequestRecord(
            tokenHash: SecretToken.hash(token), email: email, name: name, passwordHash: hash,
            language: language, createdAt: now,
            expiresAt: now.addingTimeInterval(Self.lifetime)
        ).create(on: database)
        return .confirmationNeeded(token: token, name: name, email: email, language: language)
    }

    /// Creates the account from a pending request (`pending(token:now:)`) if `password` is the one chosen.
    func confirm(_ request: SignUpRequestRecord, password: String) async throws -> Confirmation {
        guard await accounts.verified(password, request.passwordHash) else {
            return .wrongPassword(email: request.email)
        }
        guard let email = EmailAddress(request.email) else { return .invalidLink }
        let requests = SignUpRequestRecord.query(on: database).filter(\.$email == email.value)
        do {
            let created = try await accounts.insert(
                name: request.name, email: email, passwordHash: request.passwordHash,
                language: Language(rawValue: request.language) ?? .sv)
            // Every other link for the address ends with it.
            try await requests.delete()
            return .created(created)
        } catch AccountError.emailTaken {
            try await requests.delete()
            return .addressTaken
        }
    }

    /// The sign-up a link stands for, if the link is known and not expired.
    func pending(token: String, now: Date) async throws -> SignUpRequestRecord? {
        guard !token.isEmpty,
            let record = try await SignUpRequestRecord.query(on: database)
                .filter(\.$tokenHash == SecretToken.hash(token)).first(),
            record.expiresAt > now
        else { return nil }
        return record
    }
}
