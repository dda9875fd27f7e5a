import Fluent
import HubbenCore
import OpenAPIRuntime
import Vapor
import HTTPTypes

/// The API's one error shape: `{"error":{"code":"…","message":"…"}}`.
struct APIErrorBody: Content, Equatable {
    struct Detail: Content, Equatable {
        let code: String
        let message: String
        var fields: [String: String]? = nil
        /// For `booking_rule`, the rule that refused it.
        var rule: String? = nil
        /// For `booking_conflict`, the time it collides with.
        var conflict: TimeRange? = nil
    }
    struct TimeRange: Content, Equatable {
        let start: Date
        let end: Date
    }
    let error: Detail
}

/// Turns every error into an answer in the request's language: an HTML page for people, the JSON error
/// shape under `/api/`. Internal details are logged (with the request id), never shown.
struct ErrorResponseMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return response(for: error, to: request)
        }
    }

    func response(for thrown: any Error, to request: Request) -> Response {
        // The OpenAPI runtime wraps what a handler throws; answer for the error itself.
        var error = (thrown as? ServerError)?.underlyingError ?? thrown
        // (Vapor makes `DecodingError` an `AbortError` of its own, a 400 that names nothing.)
        if let serverError = thrown as? ServerError, error is DecodingError || !(error is any AbortError) {
            // The generated code refused the request before a handler ran (a body that is not the JSON the
            // contract describes, a parameter of the wrong type, another content type): the client's fault.
            error = APIRequestProblem.error(serverError, request, request.t)
        }
        error = Self.clientFault(error) ?? error
        let isAPI = request.url.path == "/api" || request.url.path.hasPrefix("/api/")
        if !isAPI, case ActionRefusal.notSignedIn = error {
            // A page asks for an account: sign in, then come back.
            return request.redirect(to: request.signInPath, redirectType: .normal)
        }
        let status: HTTPResponseStatus
        var headers = HTTPHeaders()
        if let abort = error as? any AbortError {
            status = abort.status
            headers = abort.headers
        } else {
            status = .internalServerError
        }
        if (300..<400).contains(status.code) {
            return Response(status: status, headers: headers)
        }
        if status.code >= 500 {
            request.logger.error(
                "request failed",
                metadata: [
                    "status": .stringConvertible(status.code),
                    "error": .string(String(reflecting: error)),
                ])
        }
        let t = request.t
        if isAPI {
            let body: APIErrorBody
            if let apiError = error as? APIError {
                body = APIErrorBody(
                    error: .init(
                        code: apiError.code, message: apiError.message,
                        fields: apiError.fields.isEmpty ? nil : apiError.fields, rule: apiError.rule,
                        conflict: apiError.conflict))
            } else {
                let (code, message) = Self.apiError(for: status, t)
                body = APIErrorBody(error: .init(code: code, message: message))
            }
            headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            let data = (try? encoder.encode(body)) ?? Data()
            return Response(status: status, headers: headers, body: .init(data: data))
        }
        let kept = request.method == .POST ? SubmittedForm(request)?.typedText ?? [] : []
        let page = InformationPages.error(status: Int(status.code), requestID: request.requestID, kept: kept, t)
        return HTMLResponse.make(page, for: request, status: status, headers: headers)
    }

    /// Errors from stores that reach this far although the request, not the server, is at fault: something
    /// that does not exist (404), or a reference the database refused (422). Logged as notices, not errors.
    static func clientFault(_ error: any Error) -> (any AbortError)? {
        switch error {
        case AccountError.notFound, IdeaError.notFound, ProjectError.notFound: return Abort(.notFound)
        case let database as any DatabaseError where database.isConstraintFailure: return Abort(.unprocessableEntity)
        default: return nil
        }
    }

    static func apiError(for status: HTTPResponseStatus, _ t: Localizer) -> (code: String, message: String) {
        switch status.code {
        case 400: ("bad_request", t(.apiBadRequest))
        case 401: ("unauthorized", t(.apiUnauthorized))
        case 403: ("forbidden", t(.apiForbidden))
        case 422: ("validation_failed", t(.apiValidation))
        case 429: ("rate_limited", t(.apiRateLimited))
        case 404: ("not_found", t(.apiNotFound))
        case 405: ("method_not_allowed", t(.apiMethodNotAllowed))
        case 413: ("payload_too_large", t(.apiPayloadTooLarge))
        case 415: ("unsupported_media_type", t(.apiUnsupportedMediaType))
        case 503: ("unavailable", t(.apiUnavailable))
        case 500...: ("internal_error", t(.apiInternal))
        default: ("error", t(.apiGeneric))
        }
    }
}

/// What the generated API code found wrong with a request, as an `APIError` naming the field where known.
enum APIRequestProblem {
    static func error(_ serverError: ServerError, _ request: Request, _ t: Localizer) -> any Error {
        var status = Int(serverError.httpStatus.code)
        // No handler ran (there is no operation input): whatever failed was reading the request, such as a
        // query like `?challenge` without a value, which the runtime reports as an error of its own.
        if status >= 500, serverError.operationInput == nil { status = 400 }
        guard (400..<500).contains(status) else { return serverError.underlyingError }
        if let decoding = serverError.underlyingError as? DecodingError {
            // A JSON body that does not match the contract is a validation failure naming the field; without a
            // body, what failed to decode was a path or query parameter.
            let hasBody = (request.body.data?.readableBytes ?? 0) > 0
            return hasBody ? validation(decoding, t) : parameterProblem(decoding, t)
        }
        let (code, message) = ErrorResponseMiddleware.apiError(for: HTTPResponseStatus(statusCode: status), t)
        return APIError(status: HTTPResponseStatus(statusCode: status), code: code, message: message)
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce("") { path, key in
            if let index = key.intValue { return "\(path)[\(index)]" }
            return path.isEmpty ? key.stringValue : "\(path).\(key.stringValue)"
        }
    }

    private static func parameterProblem(_ error: DecodingError, _ t: Localizer) -> APIError {
        var errors = FormErrors()
        switch error {
        case .keyNotFound(let key, let context): errors.add(path(context.codingPath + [key]), t(.apiFieldRequired))
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context):
            let field = path(context.codingPath)
            if !field.isEmpty { errors.add(field, t(.apiFieldType)) }
        @unknown default: break
        }
        return APIError.badParameters(errors, t)
    }

    private static func validation(_ error: DecodingError, _ t: Localizer) -> APIError {
        var errors = FormErrors()
        switch error {
        case .keyNotFound(let key, let context):
            errors.add(path(context.codingPath + [key]), t(.apiFieldRequired))
        case .valueNotFound(_, let context):
            errors.add(path(context.codingPath), t(.apiFieldRequired))
        case .typeMismatch(_, let context):
            errors.add(path(context.codingPath), t(.apiFieldType))
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            guard !field.isEmpty else {
                return APIError(status: .badRequest, code: "bad_request", message: t(.apiBadRequest))
            }
            errors.add(field, t(.apiFieldType))
        @unknown default:
            return APIError(status: .badRequest, code: "bad_request", message: t(.apiBadRequest))
        }
        return APIError.validation(errors, t)
    }
}
