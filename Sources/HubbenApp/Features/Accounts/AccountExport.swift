import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// Everything stored about one person, for "download my data" (GDPR art. 15 and 20). Each feature adds
/// its part here.
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
    /// What the person wrote and did, by feature (`ExportSection.all`).
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
        let messages = try await OutboxMessageRecord.query(on: database).filter(\.$accountID == accountID).all()
        let audit = try await AuditEntryRecord.query(on: database)
            .filter(\.$targetType == "account").filter(\.$targetID == .some(accountID)).all()
        var contributions: [String: [[String: ExportValue]]] = [:]
        if let sql = database as? any SQLDatabase {
            for section in ExportSection.all {
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

// MARK: What the person wrote and did

/// One value of an exported row: the export shows what is stored, in the types it is stored as.
enum ExportValue: Codable, Equatable {
    case text(String)
    case number(Int)
    case time(Date)
    case none

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .time(let date): try container.encode(date)
        case .none: try container.encodeNil()
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .none
        } else if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }
}

/// The rows of one table (or join) that belong to a person, with their columns named and typed.
struct ExportSection: Sendable {
    enum Kind: Sendable { case text, number, time }
    let name: String
    /// The `table.column` pairs that refer to the person and that this section exports.
    let claims: [String]
    let columns: [(name: String, kind: Kind)]
    let query: @Sendable (Int) -> SQLQueryString

    func rows(accountID: Int, on sql: any SQLDatabase) async throws -> [[String: ExportValue]] {
        try await sql.raw(query(accountID)).all().map { row in
            var values: [String: ExportValue] = [:]
            for (column, kind) in columns {
                switch kind {
                case .text:
                    values[column] =
                        (try row.decodeNil(column: column))
                        ? ExportValue.none : .text(try row.decode(column: column, as: String.self))
                case .number:
                    values[column] =
                        (try row.decodeNil(column: column))
                        ? ExportValue.none : .number(try row.decode(column: column, as: Int.self))
                case .time:
                    values[column] =
                        (try row.decodeNil(column: column))
                        ? ExportValue.none : .time(try row.decode(column: column, as: Date.self))
                }
            }
            return values
        }
    }

    /// Every feature's part of the export. A new table that holds a person's data adds its section here.
    static let all: [ExportSection] = [
        ExportSection(
            name: "ideas", claims: ["ideas.author_id"],
            columns: [
                ("id", .number), ("title", .text), ("summary", .text), ("need", .text), ("status", .text),
                ("challenge_id", .number), ("created_at", .time), ("updated_at", .time),
            ]
        ) { id in
            "SELECT id, title, summary, need, status, challenge_id, created_at, updated_at FROM ideas WHERE author_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "ideaVersions", claims: [],
            columns: [
                ("idea_id", .number), ("version", .number), ("title", .text), ("summary", .text),
                ("need", .text), ("created_at", .time),
            ]
        ) { id in
            """
            SELECT v.idea_id AS idea_id, v.version AS version, v.title AS title, v.summary AS summary, v.need AS need, v.created_at AS created_at
            FROM idea_versions v JOIN ideas i ON i.id = v.idea_id WHERE i.author_id = \(bind: id) ORDER BY v.idea_id, v.version
            """
        },
        ExportSection(
            name: "comments", claims: ["comments.author_id"],
            columns: [
                ("id", .number), ("idea_id", .number), ("parent_id", .number), ("body", .text),
                ("created_at", .time), ("hidden_at", .time), ("hidden_reason", .text),
            ]
        ) { id in
            "SELECT id, idea_id, parent_id, body, created_at, hidden_at, hidden_reason FROM comments WHERE author_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "supports", claims: ["supports.account_id"], columns: [("idea_id", .number), ("created_at", .time)]
        ) { id in
            "SELECT idea_id, created_at FROM supports WHERE account_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "follows", claims: ["follows.account_id"], columns: [("idea_id", .number), ("created_at", .time)]
        ) { id in
            "SELECT idea_id, created_at FROM follows WHERE account_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "commentReports", claims: ["comment_reports.reporter_id"],
            columns: [("comment_id", .number), ("created_at", .time)]
        ) { id in
            "SELECT comment_id, created_at FROM comment_reports WHERE reporter_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "ideaScoresGiven", claims: ["idea_scores.coach_id"],
            columns: [
                ("idea_id", .number), ("criterion", .text), ("score", .number), ("comment", .text),
                ("created_at", .time),
            ]
        ) { id in
            "SELECT idea_id, criterion, score, comment, created_at FROM idea_scores WHERE coach_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "ideaStatusDecisions", claims: ["idea_status_changes.actor_id"],
            columns: [
                ("idea_id", .number), ("from_status", .text), ("to_status", .text),
                ("reason", .text), ("created_at", .time),
            ]
        ) { id in
            "SELECT idea_id, from_status, to_status, reason, created_at FROM idea_status_changes WHERE actor_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "challenges", claims: ["challenges.author_id"],
            columns: [
                ("id", .number), ("title", .text), ("description", .text), ("organization_id", .number),
                ("open_until", .time), ("created_at", .time),
            ]
        ) { id in
            "SELECT id, title, description, organization_id, open_until, created_at FROM challenges WHERE author_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "projectTeams", claims: ["project_members.account_id"],
            columns: [("project_id", .number), ("project_title", .text), ("role", .text), ("role_text", .text)]
        ) { id in
            """
            SELECT m.project_id AS project_id, p.title AS project_title, m.role AS role, m.role_text AS role_text
            FROM project_members m JOIN projects p ON p.id = m.project_id WHERE m.account_id = \(bind: id) ORDER BY m.id
            """
        },
        ExportSection(
            name: "projectsLedCoachedOrStarted",
            claims: ["projects.lead_id", "projects.coach_id", "projects.created_by"],
            columns: [
                ("project_id", .number), ("project_title", .text), ("lead", .number),
                ("coach", .number), ("started", .number),
            ]
        ) { id in
            """
            SELECT id AS project_id, title AS project_title,
                   CASE WHEN lead_id = \(bind: id) THEN 1 ELSE 0 END AS lead, CASE WHEN coach_id = \(bind: id) THEN 1 ELSE 0 END AS coach,
                   CASE WHEN created_by = \(bind: id) THEN 1 ELSE 0 END AS started
            FROM projects WHERE lead_id = \(bind: id) OR coach_id = \(bind: id) OR created_by = \(bind: id) ORDER BY id
            """
        },
        ExportSection(
            name: "journalEntries", claims: ["journal_entries.author_id"],
            columns: [
                ("id", .number), ("project_id", .number), ("phase", .text), ("kind", .text), ("title", .text),
                ("body", .text), ("link", .text), ("visibility", .text), ("created_at", .time),
            ]
        ) { id in
            "SELECT id, project_id, phase, kind, title, body, link, visibility, created_at FROM journal_entries WHERE author_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "gateDecisions", claims: ["gate_decisions.decided_by"],
            columns: [
                ("id", .number), ("project_id", .number), ("decision", .text), ("from_phase", .text),
                ("to_phase", .text), ("outcome", .text), ("rationale", .text), ("lessons_learned", .text),
                ("decided_at", .time),
            ]
        ) { id in
            """
            SELECT id, project_id, decision, from_phase, to_phase, outcome, rationale, lessons_learned, decided_at
            FROM gate_decisions WHERE decided_by = \(bind: id) ORDER BY id
            """
        },
        ExportSection(
            name: "commentsYouHid", claims: ["comments.hidden_by_id"],
            columns: [("comment_id", .number), ("hidden_at", .time), ("hidden_reason", .text)]
        ) { id in
            "SELECT id AS comment_id, hidden_at, hidden_reason FROM comments WHERE hidden_by_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "activityByYou", claims: ["activities.actor_id"],
            columns: [("kind", .text), ("subject_type", .text), ("subject_id", .number), ("occurred_at", .time)]
        ) { id in
            "SELECT kind, subject_type, subject_id, occurred_at FROM activities WHERE actor_id = \(bind: id) ORDER BY id"
        },
        ExportSection(
            name: "auditActionsByYou", claims: ["audit_entries.actor_id"],
            columns: [("action", .text), ("target_type", .text), ("target_id", .number), ("created_at", .time)]
        ) { id in
            "SELECT action, target_type, target_id, created_at FROM audit_entries WHERE actor_id = \(bind: id) ORDER BY id"
        },
    ]

    /// What `AccountExport` itself exports outside the sections (the profile and the sign-in machinery).
    static let accountClaims = [
        "account_roles.account_id", "memberships.account_id", "sessions.account_id", "api_tokens.account_id",
        "password_resets.account_id", "outbox_messages.account_id",
    ]
}
