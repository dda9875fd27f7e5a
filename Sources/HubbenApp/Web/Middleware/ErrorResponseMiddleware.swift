import HubbenCore
import OpenAPIRuntime
import Vapor

/// The API's one error shape: `{"error":{"code":"…","message":"…"}}`.
struct APIErrorBody: Content, Equatable {
    struct Detail: Content, Equatable {
        let code: String
        let message: String
        var fields: [String: String]? = nil
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
        let error = (thrown as? ServerError)?.underlyingError ?? thrown
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
            request.logger.error("request failed", metadata: [
                "status": .stringConvertible(status.code),
                "error": .string(String(reflecting: error)),
            ])
        }
        let t = request.t
        if request.url.path == "/api" || request.url.path.hasPrefix("/api/") {
            let body: APIErrorBody
            if let apiError = error as? APIError {
                body = APIErrorBody(error: .init(code: apiError.code, message: apiError.message,
                                                 fields: apiError.fields.isEmpty ? nil : apiError.fields))
            } else {
                let (code, message) = Self.apiError(for: status, t)
                body = APIErrorBody(error: .init(code: code, message: message))
            }
            headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
            let data = (try? JSONEncoder().encode(body)) ?? Data()
            return Response(status: status, headers: headers, body: .init(data: data))
        }
        let page = InformationPages.error(status: Int(status.code), requestID: request.requestID, t)
        return HTMLResponse.make(page, for: request, status: status, headers: headers)
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
        case 503: ("unavailable", t(.apiUnavailable))
        case 500...: ("internal_error", t(.apiInternal))
        default: ("error", t(.apiGeneric))
        }
    }
}
