import Foundation
import HTTPTypes
import HubbenCore
import OpenAPIRuntime
import OpenAPIVapor
import Vapor
import Fluent

/// The JSON API at `/api/v1`, implementing the protocol generated from `openapi.yaml`. Errors are thrown
/// (`APIError`, `Abort`) and rendered in the one error shape by `ErrorResponseMiddleware`.
struct APIHandler: APIProtocol {
    let app: Application

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        let healthy = await DatabaseHealth.isReachable(app.db, logger: app.logger)
        if healthy {
            return .ok(.init(body: .json(.init(status: .ok, database: .ok))))
        }
        return .serviceUnavailable(.init(body: .json(.init(status: .unavailable, database: .unavailable))))
    }

    // MARK: Accounts and tokens

    func createAccount(_ input: Operations.CreateAccount.Input) async throws -> Operations.CreateAccount.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let language = body.locale.flatMap { Language(rawValue: $0.rawValue) } ?? req.language
        do {
            try await SignUps(request: req).receive(
                name: body.name, email: body.email, password: body.password,
                language: language)
        } catch let error as AccountError {
            throw APIError.validation(
                AccountErrorMessages.formErrors(error, req.t, emailField: "email", passwordField: "password"), req.t)
        }
        // The same answer whether or not the address has an account.
        return .accepted(.init(body: .json(.init(status: .confirmationSent))))
    }

    func createToken(_ input: Operations.CreateToken.Input) async throws -> Operations.CreateToken.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let throttle = Throttle(request: req)
        let attempt = try await throttle.beforeSignIn(email: body.email)
        guard
            let account = try await AccountStore(database: req.db, hasher: req.password)
                .authenticate(email: body.email, password: body.password)
        else {
            throttle.failedSignIn(email: body.email)
            throw APIError(status: .unauthorized, code: "invalid_credentials", message: req.t(.signInFailed))
        }
        try await throttle.succeededSignIn(email: body.email, attempt)
        let (token, expiresAt) = try await APITokenStore(database: req.db).create(accountID: account.id, now: req.now)
        return .ok(.init(body: .json(.init(token: token, expiresAt: expiresAt))))
    }

    func revokeToken(_ input: Operations.RevokeToken.Input) async throws -> Operations.RevokeToken.Output {
        let req = try APIContext.current()
        guard req.account != nil, let token = APIRequestMiddleware.token(of: req) else {
            throw APIError.unauthorized(req.t)
        }
        try await APITokenStore(database: req.db).revoke(token: token)
        return .noContent(.init())
    }

    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        let req = try APIContext.current()
        guard let account = req.account else { throw APIError.unauthorized(req.t) }
        try req.authorize(AccountAction.view(ownerID: account.id))
        let memberships = try await AccountStore(database: req.db, hasher: req.password).memberships(
            accountID: account.id)
        return .ok(
            .init(
                body: .json(
                    .init(
                        id: account.id, name: account.name, email: account.email,
                        language: account.language == .en ? .en : .sv,
                        roles: Self.roles(account.roles),
                        memberships: memberships.map {
                            .init(
                                organizationId: $0.organizationID, organizationName: $0.organizationName,
                                role: MembershipRole(rawValue: $0.role) == .lead ? .lead : .member)
                        }
                    ))))
    }

    func exportMe(_ input: Operations.ExportMe.Input) async throws -> Operations.ExportMe.Output {
        let req = try APIContext.current()
        let export = try await AccountActions(context: req.actionContext).export()
        let container = try JSONDecoder().decode(
            Operations.ExportMe.Output.Ok.Body.JsonPayload.self, from: try export.json())
        return .ok(.init(body: .json(container)))
    }

    func deleteMe(_ input: Operations.DeleteMe.Input) async throws -> Operations.DeleteMe.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        switch try await AccountActions(context: req.actionContext).deleteOwnAccount(password: body.password) {
        case .deleted:
            return .noContent(.init())
        case .wrongPassword:
            var errors = FormErrors()
            errors.add("password", req.t(.errorPasswordWrong))
            throw APIError.validation(errors, req.t)
        }
    }

    func setAccountRoles(_ input: Operations.SetAccountRoles.Input) async throws -> Operations.SetAccountRoles.Output {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        let roles = Set(body.roles.compactMap { PlatformRole(rawValue: $0.rawValue) })
        try await AdminActions(context: req.actionContext).setRoles(accountID: input.path.id, roles)
        return .ok(.init(body: .json(.init(id: input.path.id, roles: Self.roles(PlatformRole.kept(roles))))))
    }

    // MARK: Organisations

    func listOrganizations(_ input: Operations.ListOrganizations.Input) async throws
        -> Operations.ListOrganizations.Output
    {
        let req = try APIContext.current()
        try req.authorize(AdminAction.listOrganizations)
        let organizations = try await OrganizationStore(database: req.db).all()
        return .ok(.init(body: .json(organizations.map(Self.organization))))
    }

    func createOrganization(_ input: Operations.CreateOrganization.Input) async throws
        -> Operations.CreateOrganization.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body, let kind = OrganizationKind(rawValue: body.kind.rawValue) else {
            throw Abort(.unsupportedMediaType)
        }
        do {
            let created = try await AdminActions(context: req.actionContext).createOrganization(
                name: body.name, kind: kind, description: body.description ?? "")
            return .created(.init(body: .json(Self.organization(created))))
        } catch let error as OrganizationError {
            var errors = FormErrors()
            errors.add("name", req.t(error == .nameTaken ? .errorOrganizationTaken : .errorOrganizationName))
            throw APIError.validation(errors, req.t)
        }
    }

    private static func roles(_ roles: Set<PlatformRole>) -> [Components.Schemas.Role] {
        roles.sorted().compactMap { Components.Schemas.Role(rawValue: $0.rawValue) }
    }

    private static func organization(_ organization: Organization) -> Components.Schemas.Organization {
        .init(
            id: organization.id, name: organization.name,
            kind: Components.Schemas.OrganizationKind(rawValue: organization.kind.rawValue) ?? .other,
            description: organization.description)
    }
}

enum APIRoutes {
    static func register(on app: Application) throws {
        // The spec's server URL (`/api/v1`) prefixes every generated route.
        let transport = EmptyBodyIsNoBody(
            wrapped: VaporTransport(routesBuilder: app.grouped(APIRequestMiddleware())))
        // Compact JSON (the runtime's default pretty-prints: more bytes and encoding time for no program that
        // reads it); keys stay sorted, so that the same data is the same bytes.
        try APIHandler(app: app).registerHandlers(
            on: transport, serverURL: Servers.Server1.url(),
            configuration: Configuration(
                dateTranscoder: APIDateTranscoder(), jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
        app.get("api", "v1", "openapi.yaml") { req -> Response in
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "application/yaml; charset=utf-8")
            headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
            return Response(status: .ok, headers: headers, body: .init(buffer: req.application.hubben.openAPIDocument))
        }
    }
}

/// Moments in the API as RFC 3339 in UTC, whole seconds ("2026-12-02T07:49:54Z"): written by
/// `DateFormat.iso8601`, read by the runtime's own ISO 8601 transcoder as before. The runtime's writer formats
/// through one `ISO8601DateFormatter` behind a lock: an event list's eighty moments had every thread queueing in
/// ICU (14 % of the time of `/api/v1/events`, docs/PERFORMANCE.md).
struct APIDateTranscoder: DateTranscoder {
    private let reader = ISO8601DateTranscoder.iso8601

    func encode(_ date: Date) throws -> String { DateFormat.iso8601(date) }

    func decode(_ dateString: String) throws -> Date { try reader.decode(dateString) }
}

/// Hands the generated code no body where the request sent none. Vapor's transport always passes one, and an
/// operation whose body is optional (registering for an event while signed in) would otherwise try to read
/// an empty JSON document and refuse the request; one whose body is required still says it is missing.
struct EmptyBodyIsNoBody: ServerTransport {
    let wrapped: VaporTransport

    func register(
        _ handler:
            @Sendable @escaping (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (
                HTTPResponse, HTTPBody?
            ),
        method: HTTPRequest.Method, path: String
    ) throws {
        try wrapped.register(
            { request, body, metadata in
                try await handler(request, Self.sent(body, with: request) ? body : nil, metadata)
            }, method: method, path: path)
    }

    /// Whether the request carries a body: a known length above zero, or one streamed in chunks.
    static func sent(_ body: HTTPBody?, with request: HTTPRequest) -> Bool {
        guard let body else { return false }
        if case .known(let length) = body.length { return length > 0 }
        let fields = request.headerFields
        if fields[.transferEncoding] != nil { return true }
        return (fields[.contentLength].flatMap { Int($0) } ?? 0) > 0
    }
}
