import Fluent
import HubbenCore
import Vapor

/// What a person does with their own account, for the account page and the API alike.
struct AccountActions {
    let context: ActionContext

    /// Everything stored about the person, for "download my data".
    func export() async throws -> AccountExport {
        guard let ownerID = context.account?.id else { throw ActionRefusal.notSignedIn }
        let account = try context.require(AccountAction.view(ownerID: ownerID))
        guard
            let export = try await AccountExport.make(
                accountID: account.id, database: context.database, hasher: context.hasher, now: context.now)
        else { throw ActionRefusal.notFound }
        return export
    }

    enum DeleteOutcome: Sendable {
        case deleted
        case wrongPassword
    }

    /// Deletes the account after the password is given again (counted like a sign-in): name, e-mail and
    /// password go, what the person wrote for others stays under "Borttagen användare" (`AccountStore.delete`).
    func deleteOwnAccount(password: String) async throws -> DeleteOutcome {
        guard let ownerID = context.account?.id else { throw ActionRefusal.notSignedIn }
        let account = try context.require(AccountAction.delete(ownerID: ownerID))
        let accounts = AccountStore(database: context.database, hasher: context.hasher)
        let attempt = try await context.throttle.beforePasswordConfirmation(accountID: account.id)
        guard try await accounts.authenticate(email: account.email, password: password) != nil else {
            return .wrongPassword
        }
        try await context.throttle.confirmedPassword(attempt)
        let now = context.now
        let hasher = context.hasher
        try await context.database.writeTransaction { db in
            try await AccountStore(database: db, hasher: hasher).delete(id: account.id, now: now)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "account.deleted", targetType: "account", targetID: account.id, now: now)
        }
        context.logger.info("account deleted", metadata: ["account_id": .stringConvertible(account.id)])
        return .deleted
    }
}
