import HubbenCore
import Vapor

/// The Vapor request behind the API call being handled. The generated handlers get only the typed input;
/// this task-local carries the request (database, language, the token's account) to them.
enum APIContext {
    @TaskLocal static var request: Request?

    static func current() throws -> Request {
        guard let request else { throw Abort(.internalServerError, reason: "API handler outside APIRequestMiddleware") }
        return request
    }
}

/// For `/api/`: authenticates `Authorization: Bearer <token>` (never cookies) and makes the request available
/// to the generated handlers.
struct APIRequestMiddleware: AsyncMiddleware {
    private struct TokenKey: StorageKey { typealias Value = String }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.headers.bearerAuthorization?.token, !token.isEmpty,
           let account = try await AccountStore(database: request.db, hasher: request.password)
               .account(apiTokenHash: SecretToken.hash(token), now: request.now) {
            request.account = account
            request.storage[TokenKey.self] = token
        }
        return try await APIContext.$request.withValue(request) {
            try await next.respond(to: request)
        }
    }

    static func token(of request: Request) -> String? { request.storage[TokenKey.self] }
}

/// An API error in the one shape: a status, a stable code, a message in the request's language and, for
/// validation, the problem with each field.
struct APIError: AbortError {
    let status: HTTPResponseStatus
    let code: String
    let message: String
    var fields: [String: String] = [:]
    var headers: HTTPHeaders = [:]
    var reason: String { code }

    static func unauthorized(_ t: Localizer) -> APIError {
        APIError(status: .unauthorized, code: "unauthorized", message: t(.apiUnauthorized),
                 headers: ["WWW-Authenticate": "Bearer"])
    }

    static func validation(_ errors: FormErrors, _ t: Localizer) -> APIError {
        APIError(status: .unprocessableEntity, code: "validation_failed", message: t(.apiValidation),
                 fields: Dictionary(errors.items.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first }))
    }
}
