import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The notifications' use cases, the same for the web and the API.
struct NotificationActions {
    let context: ActionContext

    private var store: NotificationStore { NotificationStore(database: context.database) }

    private func signedIn() throws -> Account {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        return account
    }

    func list(unreadOnly: Bool = false) async throws -> [ShownNotification] {
        try await store.latest(for: try signedIn(), unreadOnly: unreadOnly)
    }

    /// The unread count for the bell, shared for a moment per person (fresh after their own change).
    func unreadCount() async throws -> Int {
        let account = try signedIn()
        return try await context.sharedRead("notifications.unread \(account.id)") {
            try await store.unreadCount(accountID: account.id)
        }
    }

    @discardableResult
    func markRead(ids: [Int]?) async throws -> Int {
        try await store.markRead(accountID: try signedIn().id, ids: ids, now: context.now)
    }

    /// Marks one notification read and answers where it leads; nil when it is not the person's.
    func open(_ id: Int) async throws -> NotificationTopic? {
        let account = try signedIn()
        guard let topic = try await store.topic(of: id, accountID: account.id) else { return nil }
        try await store.markRead(accountID: account.id, ids: [id], now: context.now)
        return topic
    }

    func preferences() async throws -> [NotificationKind: MailDelivery] {
        try await store.preferences(accountID: try signedIn().id)
    }

    func setPreferences(_ choices: [NotificationKind: MailDelivery]) async throws {
        try await store.setPreferences(accountID: try signedIn().id, choices)
    }

    // MARK: Following projects

    /// Follows a project the person may see (404 otherwise, so that an internal project's existence does not
    /// leak).
    func followProject(_ projectID: Int, following: Bool) async throws {
        let account = try signedIn()
        _ = try await ProjectActions(context: context).visible(projectID)
        if following {
            try await store.follow(projectID: projectID, accountID: account.id, now: context.now)
        } else {
            try await store.unfollow(projectID: projectID, accountID: account.id)
        }
    }

    func followsProject(_ projectID: Int) async throws -> Bool {
        guard let account = context.account else { return false }
        return try await store.follows(projectID: projectID, accountID: account.id)
    }

    // MARK: Unsubscribing

    /// What a one-click unsubscribe token stops, if it is genuine.
    func unsubscribeScope(_ token: String) async throws -> (accountID: Int, scope: UnsubscribeLinks.Scope)? {
        try await UnsubscribeLinks.stored(in: context.database).verify(token)
    }

    /// Stops the mail the token names: one kind, or every kind that goes to that digest. Needs no session:
    /// the token is the secret. False when the token is not genuine.
    func unsubscribe(_ token: String) async throws -> Bool {
        guard let (accountID, scope) = try await unsubscribeScope(token) else { return false }
        let current = try await store.preferences(accountID: accountID)
        var choices: [NotificationKind: MailDelivery] = [:]
        switch scope {
        case .kind(let kind): choices[kind] = .never
        case .digest(let delivery):
            for (kind, chosen) in current where chosen == delivery { choices[kind] = .never }
        }
        try await store.setPreferences(accountID: accountID, choices)
        context.logger.info("unsubscribed", metadata: ["account_id": .stringConvertible(accountID)])
        return true
    }
}

extension UnsubscribeLinks {
    /// The links signed with the key the migration stored (`signing_keys`), the same on every instance.
    static func stored(in database: any Database) async throws -> UnsubscribeLinks {
        let secret = try await database.sql.raw("SELECT secret FROM signing_keys WHERE name = 'unsubscribe'").first()?
            .decode(column: "secret", as: String.self)
        guard let secret, !secret.isEmpty else { throw MissingSigningKey() }
        return UnsubscribeLinks(secret: secret)
    }

    struct MissingSigningKey: Error, CustomStringConvertible {
        var description: String { "the unsubscribe signing key is missing: run the migrations" }
    }
}
