import Fluent
import HubbenCore
import Vapor

/// Administration pages: grant and revoke roles and memberships, add organisations, read the audit log.
/// Every action is audit logged.
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AdminPaths.overview, use: overview)
        routes.post(AdminPaths.roles, use: setRoles)
        routes.post(AdminPaths.memberships, use: addMembership)
        routes.post(AdminPaths.removeMembership, use: removeMembership)
        routes.post(AdminPaths.organizations, use: createOrganization)
        routes.post(AdminPaths.themes, use: createTheme)
        routes.get(AdminPaths.audit, use: audit)
    }

    private func requireAdmin(_ req: Request, _ action: AdminAction = .viewAdminPages) throws -> Account {
        let account = try req.requireAccount()
        try req.authorize(action)
        return account
    }

    func overview(req: Request) async throws -> Response {
        let admin = try requireAdmin(req)
        // Viewing other people's contact details is logged (the page lists e-mail addresses).
        req.logger.notice("admin viewed the account list", metadata: ["account_id": .stringConvertible(admin.id)])
        return try await page(req, notice: Self.notice(req))
    }

    private static func notice(_ req: Request) -> String? {
        switch req.query[String.self, at: "done"] {
        case "roles": req.t(.adminRolesSaved)
        case "membership": req.t(.adminMembershipSaved)
        case "membership-removed": req.t(.adminMembershipRemoved)
        case "organization": req.t(.adminOrganizationSaved)
        case "theme": req.t(.adminThemeSaved)
        default: nil
        }
    }

    private func page(
        _ req: Request, notice: String? = nil, errors: FormErrors = FormErrors(),
        organizationForm: (name: String, description: String) = ("", ""),
        themeForm: (slug: String, nameSV: String, nameEN: String) = ("", "", "")
    ) async throws -> Response {
        let accounts = try await AccountStore(database: req.db, hasher: req.password).all()
        let organizations = try await OrganizationStore(database: req.db).all()
        return HTMLResponse.make(
            AdminPages.overview(
                accounts: accounts, organizations: organizations,
                themes: try await IdeaStore(database: req.db).themes(),
                notice: notice, errors: errors,
                organizationForm: organizationForm, themeForm: themeForm, csrf: CSRF.token(for: req), req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity
        )
    }

    struct RolesInput: Content { var roles: [String]? }

    func setRoles(req: Request) async throws -> Response {
        _ = try requireAdmin(req, .manageRoles)
        guard let id = req.parameters.get("id", as: Int.self) else { throw Abort(.notFound) }
        let raw = try req.content.decode(RolesInput.self).roles ?? []
        let roles = Set(raw.compactMap(PlatformRole.init(rawValue:)))
        guard roles.count == raw.count else { throw Abort(.badRequest) }
        try await AdminActions(context: req.actionContext).setRoles(accountID: id, roles)
        return req.redirect(to: AdminPaths.overview() + "?done=roles", redirectType: .normal)
    }

    struct MembershipInput: Content {
        var account_id: Int?
        var organization_id: Int?
        var role: String?
    }

    func addMembership(req: Request) async throws -> Response {
        let admin = try requireAdmin(req, .manageMemberships)
        let input = try req.content.decode(MembershipInput.self)
        guard let accountID = input.account_id, let organizationID = input.organization_id,
            let role = input.role.flatMap(MembershipRole.init(rawValue:)),
            try await OrganizationStore(database: req.db).organization(id: organizationID) != nil,
            try await AccountStore(database: req.db, hasher: req.password).account(id: accountID) != nil
        else { throw Abort(.badRequest) }
        try await AccountStore(database: req.db, hasher: req.password)
            .addMembership(accountID: accountID, organizationID: organizationID, role: role)
        try await AuditLog(database: req.db).record(
            actorID: admin.id, action: "membership.granted", targetType: "account",
            targetID: accountID, details: "organization \(organizationID) as \(role.rawValue)",
            now: req.now)
        return req.redirect(to: AdminPaths.overview() + "?done=membership", redirectType: .normal)
    }

    struct RemoveMembershipInput: Content {
        var account_id: Int?
        var organization_id: Int?
    }

    func removeMembership(req: Request) async throws -> Response {
        let admin = try requireAdmin(req, .manageMemberships)
        let input = try req.content.decode(RemoveMembershipInput.self)
        guard let accountID = input.account_id, let organizationID = input.organization_id else {
            throw Abort(.badRequest)
        }
        try await AccountStore(database: req.db, hasher: req.password).removeMembership(
            accountID: accountID, organizationID: organizationID)
        try await AuditLog(database: req.db).record(
            actorID: admin.id, action: "membership.revoked", targetType: "account",
            targetID: accountID, details: "organization \(organizationID)", now: req.now)
        return req.redirect(to: AdminPaths.overview() + "?done=membership-removed", redirectType: .normal)
    }

    struct OrganizationInput: Content {
        var org_name: String?
        var kind: String?
        var description: String?
    }

    func createOrganization(req: Request) async throws -> Response {
        _ = try requireAdmin(req, .manageOrganizations)
        let input = try req.content.decode(OrganizationInput.self)
        let name = (input.org_name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let description = (input.description ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let kind = input.kind.flatMap(OrganizationKind.init(rawValue:)) else { throw Abort(.badRequest) }
        do {
            _ = try await AdminActions(context: req.actionContext).createOrganization(
                name: name, kind: kind, description: description)
        } catch let error as OrganizationError {
            var errors = FormErrors()
            errors.add("org_name", req.t(error == .nameTaken ? .errorOrganizationTaken : .errorOrganizationName))
            return try await page(req, errors: errors, organizationForm: (name, description))
        }
        return req.redirect(to: AdminPaths.overview() + "?done=organization", redirectType: .normal)
    }

    struct ThemeInput: Content {
        var slug: String?
        var name_sv: String?
        var name_en: String?
    }

    func createTheme(req: Request) async throws -> Response {
        let admin = try requireAdmin(req, .manageThemes)
        let input = try req.content.decode(ThemeInput.self)
        do {
            let theme = try await IdeaStore(database: req.db).createTheme(
                slug: input.slug ?? "", nameSV: input.name_sv ?? "", nameEN: input.name_en ?? "")
            try await AuditLog(database: req.db).record(
                actorID: admin.id, action: "theme.created", targetType: "theme", targetID: theme.id,
                details: theme.slug, now: req.now)
        } catch is IdeaStore.ThemeError {
            var errors = FormErrors()
            errors.add("slug", req.t(.adminThemeError))
            return try await page(
                req, errors: errors, themeForm: (input.slug ?? "", input.name_sv ?? "", input.name_en ?? ""))
        }
        return req.redirect(to: AdminPaths.overview() + "?done=theme", redirectType: .normal)
    }

    func audit(req: Request) async throws -> Response {
        _ = try requireAdmin(req, .viewAuditLog)
        let entries = try await AuditLog(database: req.db).latest()
        return HTMLResponse.make(AdminPages.audit(entries, req.t), for: req)
    }
}
