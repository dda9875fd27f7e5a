import Fluent
import Foundation
import HubbenCore
import SQLKit

/// Leads: registered interest, its confirmation and withdrawal, the hub team's work on it, and erasing what is
/// due.
struct LeadStore {
    let database: any Database

    private var sql: any SQLDatabase { get throws { try database.sql } }

    func insert(
        _ draft: InterestDraft, language: Language, confirmTokenHash: String, withdrawTokenHash: String, now: Date
    ) async throws -> Int {
        let row = try await sql.raw(
            """
            INSERT INTO leads (name, email, organization, interests, project_id, challenge_id, message, district,
                age_band, language, consent_version, consented_at, confirm_token_hash, confirm_until,
                withdraw_token_hash, status, retain_until, created_at, updated_at)
            VALUES (\(bind: draft.name), \(bind: draft.email), \(bind: draft.organization),
                \(bind: draft.interests.map(\.rawValue).joined(separator: ",")), \(bind: draft.projectID),
                \(bind: draft.challengeID), \(bind: draft.message), \(bind: draft.district),
                \(bind: draft.ageBand?.rawValue), \(bind: language.rawValue),
                \(bind: draft.consentVersion ?? InterestConsent.version), \(bind: now), \(bind: confirmTokenHash),
                \(bind: now.addingTimeInterval(InterestConsent.confirmationWindow)), \(bind: withdrawTokenHash),
                \(bind: LeadStatus.new.rawValue),
                \(bind: now.addingTimeInterval(Double(InterestConsent.retentionDays) * 86_400)), \(bind: now),
                \(bind: now)) RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        return id
    }

    /// Confirms the lead whose link this is, if it is still within its window; its id, or nil.
    func confirm(tokenHash: String, now: Date) async throws -> Int? {
        let row = try await sql.raw(
            """
            UPDATE leads SET confirmed_at = \(bind: now), confirm_token_hash = NULL, confirm_until = NULL,
                updated_at = \(bind: now)
            WHERE confirm_token_hash = \(bind: tokenHash) AND confirm_until > \(bind: now) RETURNING id
            """
        ).first()
        return try row?.decode(column: "id", as: Int.self)
    }

    /// The lead a confirmation link is for, while it may still be confirmed.
    func pendingConfirmation(tokenHash: String, now: Date) async throws -> Lead? {
        try await leads(
            where: "l.confirm_token_hash = \(bind: tokenHash) AND l.confirm_until > \(bind: now)" as SQLQueryString,
            limit: 1
        ).first
    }

    func withdrawable(tokenHash: String) async throws -> Lead? {
        try await leads(where: "l.withdraw_token_hash = \(bind: tokenHash)" as SQLQueryString, limit: 1).first
    }

    /// Erases the lead whose withdrawal link this is; whether there was one.
    func withdraw(tokenHash: String) async throws -> Bool {
        try await sql.raw("DELETE FROM leads WHERE withdraw_token_hash = \(bind: tokenHash) RETURNING id").all()
            .isEmpty == false
    }

    /// Whether a lead with this address is waiting for its confirmation (a second registration is not made).
    func unconfirmed(email: String, now: Date) async throws -> Bool {
        try await sql.raw(
            """
            SELECT 1 AS found FROM leads
            WHERE email = \(bind: email) AND confirmed_at IS NULL AND confirm_until > \(bind: now) LIMIT 1
            """
        ).first() != nil
    }

    struct Filter: Sendable {
        var status: LeadStatus?
        var interest: InterestKind?
        var page = 1
        var per = 50
    }

    /// Confirmed leads, the newest first.
    func list(_ filter: Filter) async throws -> (leads: [Lead], total: Int) {
        var conditions: [SQLQueryString] = ["l.confirmed_at IS NOT NULL"]
        if let status = filter.status { conditions.append("l.status = \(bind: status.rawValue)") }
        if let interest = filter.interest {
            conditions.append("(',' || l.interests || ',') LIKE \(bind: "%," + interest.rawValue + ",%")")
        }
        let condition = conditions.joined(separator: " AND ")
        let total =
            try await sql.raw("SELECT COUNT(*) AS n FROM leads l WHERE \(condition)").first()?.decode(
                column: "n", as: Int.self) ?? 0
        let leads = try await leads(where: condition, limit: filter.per, offset: (filter.page - 1) * filter.per)
        return (leads, total)
    }

    func lead(id: Int) async throws -> Lead? {
        try await leads(where: "l.id = \(bind: id)" as SQLQueryString, limit: 1).first
    }

    private func leads(where condition: SQLQueryString, limit: Int, offset: Int = 0) async throws -> [Lead] {
        try await sql.raw(
            """
            SELECT l.* FROM leads l WHERE \(condition)
            ORDER BY l.created_at DESC, l.id DESC LIMIT \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))
            """
        ).all().map(Self.lead)
    }

    private static func lead(_ row: any SQLRow) throws -> Lead {
        Lead(
            id: try row.decode(column: "id", as: Int.self), name: try row.decode(column: "name", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            organization: try row.decode(column: "organization", as: String.self),
            interests: try row.decode(column: "interests", as: String.self).split(separator: ",").compactMap {
                InterestKind(rawValue: String($0))
            },
            projectID: try row.decode(column: "project_id", as: Int?.self),
            challengeID: try row.decode(column: "challenge_id", as: Int?.self),
            message: try row.decode(column: "message", as: String.self),
            district: try row.decode(column: "district", as: String.self),
            ageBand: try row.decode(column: "age_band", as: String?.self).flatMap(AgeBand.init(rawValue:)),
            consentVersion: try row.decode(column: "consent_version", as: String.self),
            consentedAt: try row.decode(column: "consented_at", as: Date.self),
            confirmedAt: try row.decode(column: "confirmed_at", as: Date?.self),
            status: LeadStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .new,
            outcome: try row.decode(column: "outcome", as: String?.self).flatMap(LeadOutcome.init(rawValue:)),
            assigneeID: try row.decode(column: "assignee_id", as: Int?.self),
            retainUntil: try row.decode(column: "retain_until", as: Date.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }

    // MARK: The hub team's work

    func update(_ id: Int, status: LeadStatus, outcome: LeadOutcome?, assigneeID: Int?, now: Date) async throws {
        try await sql.raw(
            """
            UPDATE leads SET status = \(bind: status.rawValue), outcome = \(bind: outcome?.rawValue),
                assignee_id = \(bind: assigneeID), updated_at = \(bind: now)
            WHERE id = \(bind: id)
            """
        ).run()
    }

    func addNote(_ id: Int, authorID: Int, body: String, now: Date) async throws {
        try await sql.raw(
            """
            INSERT INTO lead_notes (lead_id, author_id, body, created_at)
            VALUES (\(bind: id), \(bind: authorID), \(bind: body), \(bind: now))
            """
        ).run()
    }

    struct Note: Sendable, Equatable {
        var author: String?
        var body: String
        var at: Date
    }

    func notes(of id: Int) async throws -> [Note] {
        try await sql.raw(
            """
            SELECT a.name AS author, n.body, n.created_at FROM lead_notes n LEFT JOIN accounts a ON a.id = n.author_id
            WHERE n.lead_id = \(bind: id) ORDER BY n.created_at, n.id
            """
        ).all().map {
            Note(
                author: try $0.decode(column: "author", as: String?.self),
                body: try $0.decode(column: "body", as: String.self),
                at: try $0.decode(column: "created_at", as: Date.self))
        }
    }

    /// The hub team, who a lead can be given to.
    func hubTeam() async throws -> [(id: Int, name: String)] {
        try await sql.raw(
            """
            SELECT DISTINCT a.id, a.name FROM accounts a JOIN account_roles r ON r.account_id = a.id
            WHERE r.role IN ('coach', 'admin') AND a.deleted_at IS NULL ORDER BY a.name, a.id
            """
        ).all().map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "name", as: String.self)) }
    }

    // MARK: Retention

    /// Due for erasure: unconfirmed past their window, or any past its retention.
    private static func due(_ now: Date) -> SQLQueryString {
        "(confirmed_at IS NULL AND confirm_until <= \(bind: now)) OR retain_until <= \(bind: now)"
    }

    func hasDue(now: Date) async throws -> Bool {
        try await sql.raw("SELECT 1 AS found FROM leads WHERE \(Self.due(now)) LIMIT 1").first() != nil
    }

    /// Erases what is due; how many.
    func eraseDue(now: Date) async throws -> Int {
        try await sql.raw("DELETE FROM leads WHERE \(Self.due(now)) RETURNING id").all().count
    }
}

/// A job that must run on one instance at a time, whichever instance's background work gets to it first.
struct ScheduledJobs {
    let database: any Database

    /// Claims the job until `until`, if nobody holds it now; inside a transaction, PostgreSQL's row lock makes
    /// a second instance wait for the first to commit, and then find the job held. The claim is not given back:
    /// it is also how often the job runs.
    func claim(_ name: String, now: Date, until: Date) async throws -> Bool {
        let sql = try database.sql
        try await sql.raw(
            """
            INSERT INTO scheduled_jobs (name, claimed_until) VALUES (\(bind: name), \(bind: now))
            ON CONFLICT (name) DO NOTHING
            """
        ).run()
        return try await sql.raw(
            """
            UPDATE scheduled_jobs SET claimed_until = \(bind: until), last_run_at = \(bind: now)
            WHERE name = \(bind: name) AND claimed_until <= \(bind: now) RETURNING name
            """
        ).first() != nil
    }

}
