import Fluent
import HubbenCore
import Vapor

enum OrganizationError: Error, Equatable {
    case nameRequired
    case nameTaken
}

/// What administrators change, for the admin pages and the API alike; each change is audit-logged in its
/// transaction.
struct AdminActions {
    let context: ActionContext

    /// Replaces an account's platform roles (every account stays a resident). The person's sessions end so
    /// that the new rights apply at once (a new session id on a change of privilege); yours stay.
    func setRoles(accountID: Int, _ roles: Set<PlatformRole>) async throws {
        let admin = try context.require(AdminAction.manageRoles)
        let hasher = context.hasher
        let now = context.now
        do {
            try await context.database.writeTransaction { db in
                let accounts = AccountStore(database: db, hasher: hasher)
                let before = try await accounts.roles(accountID: accountID)
                try await accounts.setRoles(accountID: accountID, roles)
                let after = PlatformRole.kept(roles)
                guard before != after else { return }
                if accountID != admin.id { try await SessionStore(database: db).deleteAll(accountID: accountID) }
                let change = [before, after].map { $0.sorted().map(\.rawValue).joined(separator: ",") }
                try await AuditLog(database: db).record(
                    actorID: admin.id, action: "roles.changed", targetType: "account", targetID: accountID,
                    details: change.joined(separator: " → "), now: now)
            }
        } catch AccountError.notFound {
            throw ActionRefusal.notFound
        }
    }

    /// Throws `OrganizationError` for a missing, too long or taken name.
    func createOrganization(name rawName: String, kind: OrganizationKind, description rawDescription: String)
        async throws -> Organization
    {
        let admin = try context.require(AdminAction.manageOrganizations)
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        let description = rawDescription.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200 else { throw OrganizationError.nameRequired }
        guard try await OrganizationStore(database: context.database).organization(named: name) == nil else {
            throw OrganizationError.nameTaken
        }
        let now = context.now
        do {
            return try await context.database.writeTransaction { db in
                guard
                    let created = try await OrganizationStore(database: db)
                        .create(name: name, kind: kind, description: description)
                else { throw OrganizationError.nameTaken }
                try await AuditLog(database: db).record(
                    actorID: admin.id, action: "organization.created", targetType: "organization",
                    targetID: created.id, details: kind.rawValue, now: now)
                return created
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw OrganizationError.nameTaken
        }
    }
}
