import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// Everything stored about one person, for "download my data" (GDPR art. 15 and 20): the profile and the
/// sign-in machinery here, and what each feature declares as its `personalData`.
struct AccountExport: Codable, Equatable {
    struct Profile: Codable, Equatable {
        let id: Int
        let name: String
        let email: String
        let language: String
        let roles: [String]
        let createdAt: Date?
    }

    struct Session: Codable, Equatable {
        let createdAt: Date
        let lastSeenAt: Date
    }

    struct Token: Codable, Equatable {
        let createdAt: Date
        let expiresAt: Date
    }

    struct PasswordReset: Codable, Equatable {
        let createdAt: Date
        let expiresAt: Date
        let usedAt: Date?
    }

    struct Message: Codable, Equatable {
        let subject: String
        let createdAt: Date
        let sentAt: Date?
    }

    struct AuditAction: Codable, Equatable {
        let action: String
        let targetType: String
        let targetID: Int?
        let createdAt: Date
    }

    let exportedAt: Date
    let account: Profile
    let memberships: [AccountStore.Membership]
    let sessions: [Session]
    let apiTokens: [Token]
    let passwordResets: [PasswordReset]
    let messages: [Message]
    let auditEntriesAboutYou: [AuditAction]
    /// What the person wrote and did, by feature (each feature's `personalData`).
    let contributions: [String: [[String: ExportValue]]]
    /// What deleting the account keeps, and why.
    let erasure: [String]

    static func make(accountID: Int, database: any Database, hasher: any PasswordHasher, now: Date) async throws
        -> AccountExport?
    {
        let accounts = AccountStore(database: database, hasher: hasher)
        guard let account = try await accounts.account(id: accountID) else { return nil }
        let sessions = try await BrowserSessionRecord.query(on: database).filter(\.$accountID == accountID).all()
        let tokens = try await APITokenRecord.query(on: database).filter(\.$accountID == accountID).all()
        let resets = try await PasswordResetRecord.query(on: database).filter(\.$accountID == accountID).all()
        let messages = try await MailMessageRecord.query(on: database).filter(\.$accountID == accountID).sort(\.$id)
            .all()
        let audit = try await AuditEntryRecord.query(on: database)
            .filter(\.$targetType == "account").filter(\.$targetID == .some(accountID)).all()
        var contributions: [String: [[String: ExportValue]]] = [:]
        if let sql = database as? any SQLDatabase {
            for section in Features.personalData.flatMap(\.sections) {
                contributions[section.name] = try await section.rows(accountID: accountID, on: sql)
            }
        }
        let t = Localizer(account.language)
        return AccountExport(
            exportedAt: now,
            account: Profile(
                id: account.id, name: account.name, email: account.email, language: account.language.rawValue,
                roles: account.roles.sorted().map(\.rawValue), createdAt: account.createdAt),
            memberships: try await accounts.memberships(accountID: accountID),
            sessions: sessions.map { Session(createdAt: $0.createdAt, lastSeenAt: $0.lastSeenAt) },
            apiTokens: tokens.map { Token(createdAt: $0.createdAt, expiresAt: $0.expiresAt) },
            passwordResets: resets.map {
                PasswordReset(createdAt: $0.createdAt, expiresAt: $0.expiresAt, usedAt: $0.usedAt)
            },
            messages: messages.map { Message(subject: $0.subject, createdAt: $0.createdAt, sentAt: $0.sentAt) },
            auditEntriesAboutYou: audit.map {
                AuditAction(
                    action: $0.action, targetType: $0.targetType, targetID: $0.targetID, createdAt: $0.createdAt)
            },
            contributions: contributions,
            erasure: [
                t(.exportErasureDeleted), t(.exportErasureContributions), t(.exportErasureAudit),
                t(.exportErasureRateLimits),
            ]
        )
    }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }
}
