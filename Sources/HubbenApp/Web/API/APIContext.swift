import Foundation
import HubbenCore
import Vapor
import Fluent

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

    /// The largest body an API call may send: the same as a web form's.
    static let maximumBodySize = 1 << 20

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            // Read the body here, bounded (413 beyond it), instead of letting the generated code stream any size.
            try await request.collectBody(max: Self.maximumBodySize)
            if request.headers.contentType == .json, let body = request.body.data,
                let field = Self.fieldWithControlCharacters(in: body)
            {
                var errors = FormErrors()
                errors.add(field, request.t(.errorControlCharacters))
                throw APIError.validation(errors, request.t)
            }
        }
        if let token = request.headers.bearerAuthorization?.token, !token.isEmpty,
            let account = try await AccountStore(database: request.db, hasher: request.password)
                .account(apiTokenHash: SecretToken.hash(token), now: request.now)
        {
            request.account = account
            request.storage[TokenKey.self] = token
        }
        return try await APIContext.$request.withValue(request) {
            try await next.respond(to: request)
        }
    }

    static func token(of request: Request) -> String? { request.storage[TokenKey.self] }

    /// The first field (as a dotted path) of a JSON body whose text holds a forbidden control character.
    static func fieldWithControlCharacters(in body: ByteBuffer) -> String? {
        guard
            let value = try? JSONSerialization.jsonObject(
                with: Data(body.readableBytesView), options: [.fragmentsAllowed])
        else {
            return nil
        }
        func search(_ value: Any, _ path: String) -> String? {
            switch value {
            case let text as String:
                return TextRules.hasForbiddenControlCharacters(text) ? (path.isEmpty ? "body" : path) : nil
            case let object as [String: Any]:
                for (key, nested) in object.sorted(by: { $0.key < $1.key }) {
                    let nestedPath = path.isEmpty ? key : "\(path).\(key)"
                    if TextRules.hasForbiddenControlCharacters(key) { return nestedPath }
                    if let found = search(nested, nestedPath) { return found }
                }
                return nil
            case let array as [Any]:
                for (index, nested) in array.enumerated() {
                    if let found = search(nested, "\(path)[\(index)]") { return found }
                }
                return nil
            default:
                return nil
            }
        }
        return search(value, "")
    }
}

/// An API error in the one shape: a status, a stable code, a message in the request's language and, for
/// validation, the problem with each field.
struct APIError: AbortError {
    let status: HTTPResponseStatus
    let code: String
    let message: String
    var fields: [String: String] = [:]
    var headers: HTTPHeaders = [:]
    var rule: String? = nil
    var conflict: APIErrorBody.TimeRange? = nil
    var reason: String { code }

    static func unauthorized(_ t: Localizer) -> APIError {
        APIError(
            status: .unauthorized, code: "unauthorized", message: t(.apiUnauthorized),
            headers: ["WWW-Authenticate": "Bearer"])
    }

    static func validation(_ errors: FormErrors, _ t: Localizer) -> APIError {
        APIError(
            status: .unprocessableEntity, code: "validation_failed", message: t(.apiValidation), fields: fields(errors))
    }

    /// Each field's first problem, as the error shape's `fields`, under the name `naming` gives the form field.
    static func fields(_ errors: FormErrors, naming: (String) -> String = { $0 }) -> [String: String] {
        Dictionary(errors.items.map { (naming($0.field), $0.message) }, uniquingKeysWith: { first, _ in first })
    }
}

extension APIError {
    /// A query parameter with a value the spec does not allow: 400 `bad_request`, naming each parameter.
    static func badParameters(_ errors: FormErrors, _ t: Localizer) -> APIError {
        APIError(status: .badRequest, code: "bad_request", message: t(.apiBadRequest), fields: fields(errors))
    }

    /// Refuses a query parameter longer than the spec's `maxLength`, naming it.
    static func checkLength(_ value: String?, _ name: String, maximum: Int, _ t: Localizer) throws {
        guard let value, value.count > maximum else { return }
        var errors = FormErrors()
        errors.add(name, t(.errorTooLong(maximum: "\(maximum)")))
        throw badParameters(errors, t)
    }

    /// Refuses a `page` or `per` outside the spec's bounds, naming the parameter.
    static func checkPaging(page: Int?, per: Int?, maximumPer: Int, _ t: Localizer) throws {
        var errors = FormErrors()
        if let page, !(1...Paging.maximumPage).contains(page) {
            errors.add("page", t(.errorIntegerRange(min: "1", max: "\(Paging.maximumPage)")))
        }
        if let per, !(1...maximumPer).contains(per) {
            errors.add("per", t(.errorIntegerRange(min: "1", max: "\(maximumPer)")))
        }
        if !errors.isEmpty { throw badParameters(errors, t) }
    }
}
