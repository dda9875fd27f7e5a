import Fluent
import Foundation
import HubbenCore
import SQLKit

/// What a mail is: transactional mail (a password reset, later booking decisions) goes out at once whatever
/// the person chose; notifications and digests follow their preferences and carry an unsubscribe link.
enum MailCategory: String, Sendable, CaseIterable {
    case transactional
    case notification
    case digest
}

/// Where a message is: `queued` for the relay, `sent`, `failed` (given up, with the reason), or `kept` in the
/// database because no relay is configured (`/admin/mail` shows it as it would arrive).
enum MailStatus: String, Sendable, CaseIterable {
    case queued
    case sent
    case failed
    case kept
}

/// A message to send, before it has an id.
struct OutgoingMail: Sendable, Equatable {
    var accountID: Int?
    var to: MailMessage.Address
    var category: MailCategory
    var subject: String
    var text: String
    var html: String
    /// The one-click unsubscribe link (`List-Unsubscribe`), for notifications and digests.
    var unsubscribeURL: String?
}

extension OutgoingMail {
    /// A transactional mail: the text as written, and an HTML part with the same paragraphs, where a word that
    /// is a link becomes one.
    static func transactional(
        accountID: Int?, to: MailMessage.Address, language: Language, subject: String, body: String
    ) -> OutgoingMail {
        let paragraphs = body.components(separatedBy: "\n\n")
        let html = MailHTML.document(
            language: language, title: subject,
            body: paragraphs.map { paragraph in
                .p(
                    .forEach(Array(paragraph.split(separator: " ", omittingEmptySubsequences: false).enumerated())) {
                        index, word in
                        let text = (index > 0 ? " " : "")
                        return word.hasPrefix("https://") || word.hasPrefix("http://")
                            ? .group(.text(text), .a(.href(String(word)), .text(String(word))))
                            : .text(text + word)
                    })
            })
        return OutgoingMail(
            accountID: accountID, to: to, category: .transactional, subject: subject, text: body, html: html)
    }
}

final class MailMessageRecord: Model, @unchecked Sendable {
    static let schema = "mail_messages"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @OptionalField(key: "account_id") var accountID: Int?
    @Field(key: "recipient") var recipient: String
    @Field(key: "recipient_name") var recipientName: String
    @Field(key: "category") var category: String
    @Field(key: "subject") var subject: String
    @Field(key: "text_body") var textBody: String
    @Field(key: "html_body") var htmlBody: String
    @OptionalField(key: "unsubscribe_url") var unsubscribeURL: String?
    @Field(key: "status") var status: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "claim_token") var claimToken: String?
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    init(_ mail: OutgoingMail, status: MailStatus, now: Date) {
        accountID = mail.accountID
        recipient = mail.to.email
        recipientName = mail.to.name
        category = mail.category.rawValue
        subject = mail.subject
        textBody = mail.text
        htmlBody = mail.html
        unsubscribeURL = mail.unsubscribeURL
        self.status = status.rawValue
        attempts = 0
        nextAttemptAt = now
        createdAt = now
    }
}

/// A stored message as the admin page and the sender see it.
struct StoredMail: Sendable, Equatable {
    var id: Int
    var mail: OutgoingMail
    var status: MailStatus
    var attempts: Int
    var lastError: String?
    var createdAt: Date
    var sentAt: Date?

    init?(_ record: MailMessageRecord) {
        guard let id = record.id, let status = MailStatus(rawValue: record.status),
            let category = MailCategory(rawValue: record.category)
        else { return nil }
        self.id = id
        mail = OutgoingMail(
            accountID: record.accountID, to: .init(name: record.recipientName, email: record.recipient),
            category: category, subject: record.subject, text: record.textBody, html: record.htmlBody,
            unsubscribeURL: record.unsubscribeURL)
        self.status = status
        attempts = record.attempts
        lastError = record.lastError
        createdAt = record.createdAt
        sentAt = record.sentAt
    }

    /// The message exactly as the relay gets it (and as `/admin/mail` shows it). The Message-ID is the same
    /// for every attempt, so that a receiver can drop a copy after a lost acknowledgement.
    func rendered(from: MailMessage.Address, at date: Date) throws -> String {
        var headers: [(name: String, value: String)] = []
        if let url = mail.unsubscribeURL {
            headers = [("List-Unsubscribe", "<\(url)>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        }
        let domain = from.email.split(separator: "@").last.map(String.init) ?? "hubben.localhost"
        let message = MailMessage(
            from: from, to: mail.to, subject: mail.subject, text: mail.text,
            html: mail.html.isEmpty ? "" : mail.html, headers: headers)
        return try message.rendered(
            date: date, messageID: "mail-\(id)-\(Int(createdAt.timeIntervalSince1970))@\(domain)",
            boundary: "hubben-\(id)-alternative")
    }
}

/// The e-mail outbox. Messages are written with what caused them (in the same transaction), and every
/// instance's worker claims the due ones so that each is handed to the relay once: a claim marks a batch with
/// this worker's token and a lease, in one UPDATE that only takes rows nobody holds (on PostgreSQL with
/// `FOR UPDATE SKIP LOCKED`, so that racing workers take different rows instead of waiting for each other).
struct MailOutbox {
    let database: any Database

    /// How long a claim holds: a worker that dies mid-batch leaves its messages to the others after this.
    static let lease: TimeInterval = 300

    func enqueue(_ mail: OutgoingMail, delivers: Bool, now: Date) async throws {
        try await MailMessageRecord(mail, status: delivers ? .queued : .kept, now: now).create(on: database)
    }

    /// Claims up to `limit` due messages for `token`.
    func claimDue(token: String, limit: Int, now: Date) async throws -> [StoredMail] {
        try await database.writeTransaction { db in
            let sql = try db.sql
            let lock = sql.dialect.name == "sqlite" ? "" : "FOR UPDATE SKIP LOCKED"
            try await sql.raw(
                """
                UPDATE mail_messages SET claim_token = \(bind: token),
                    claimed_until = \(bind: now.addingTimeInterval(Self.lease))
                WHERE id IN (
                    SELECT id FROM mail_messages
                    WHERE status = 'queued' AND next_attempt_at <= \(bind: now)
                        AND (claimed_until IS NULL OR claimed_until < \(bind: now))
                    ORDER BY next_attempt_at, id LIMIT \(bind: limit) \(unsafeRaw: lock))
                AND status = 'queued' AND (claimed_until IS NULL OR claimed_until < \(bind: now))
                """
            ).run()
        }
        return try await MailMessageRecord.query(on: database).filter(\.$claimToken == token)
            .filter(\.$status == MailStatus.queued.rawValue).sort(\.$id).all().compactMap(StoredMail.init)
    }

    func markSent(_ id: Int, token: String, now: Date) async throws {
        try await database.writeTransaction { db in try await Self.markSent(id, token: token, now: now, on: db) }
    }

    private static func markSent(_ id: Int, token: String, now: Date, on database: any Database) async throws {
        try await database.sql.raw(
            """
            UPDATE mail_messages SET status = 'sent', sent_at = \(bind: now), attempts = attempts + 1,
                claim_token = NULL, claimed_until = NULL, last_error = NULL
            WHERE id = \(bind: id) AND claim_token = \(bind: token)
            """
        ).run()
    }

    /// Records a failed attempt: tried again after `MailRetry`'s delay, or given up when the failure is
    /// permanent or the attempts are spent.
    func markFailed(_ stored: StoredMail, error: MailDeliveryError, token: String, now: Date) async throws {
        try await database.writeTransaction { db in
            try await Self.markFailed(stored, error: error, token: token, now: now, on: db)
        }
    }

    private static func markFailed(
        _ stored: StoredMail, error: MailDeliveryError, token: String, now: Date, on database: any Database
    ) async throws {
        let attempt = stored.attempts + 1
        let retryDelay: TimeInterval? =
            if case .transient = error { MailRetry.delay(afterAttempt: attempt) } else { nil }
        let status: MailStatus = retryDelay == nil ? .failed : .queued
        let next = now.addingTimeInterval(retryDelay ?? 0)
        try await database.sql.raw(
            """
            UPDATE mail_messages SET status = \(bind: status.rawValue), attempts = \(bind: attempt),
                next_attempt_at = \(bind: next), claim_token = NULL, claimed_until = NULL,
                last_error = \(bind: String(error.reason.prefix(500)))
            WHERE id = \(bind: stored.id) AND claim_token = \(bind: token)
            """
        ).run()
    }

    // MARK: Reading

    func latest(status: MailStatus?, limit: Int) async throws -> [StoredMail] {
        var query = MailMessageRecord.query(on: database)
        if let status { query = query.filter(\.$status == status.rawValue) }
        return try await query.sort(\.$id, .descending).limit(limit).all().compactMap(StoredMail.init)
    }

    func counts() async throws -> [MailStatus: Int] {
        let rows = try await database.sql.raw("SELECT status, COUNT(*) AS n FROM mail_messages GROUP BY status")
            .all()
        var counts: [MailStatus: Int] = [:]
        for row in rows {
            if let status = MailStatus(rawValue: (try? row.decode(column: "status", as: String.self)) ?? "") {
                counts[status] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    func message(_ id: Int) async throws -> StoredMail? {
        try await MailMessageRecord.find(id, on: database).flatMap(StoredMail.init)
    }
}
