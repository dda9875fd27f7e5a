import Foundation
import HubbenCore
import Vapor

/// The fields of a submitted browser form (`application/x-www-form-urlencoded`), in order, as sent.
struct SubmittedForm {
    var fields: [(name: String, value: String)]

    /// The form in a request whose body has been collected; nil for anything else.
    init?(_ request: Request) {
        guard request.headers.contentType == .urlEncodedForm, let body = request.body.data else { return nil }
        let text = String(decoding: body.readableBytesView, as: UTF8.self)
        fields = text.split(separator: "&", omittingEmptySubsequences: true).prefix(1_000).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring?) -> String {
                guard let part else { return "" }
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts.first), decode(parts.count > 1 ? parts[1] : nil))
        }
    }

    /// What a person typed, to give back when the form could not be handled: no tokens, no passwords.
    var typedText: [(name: String, value: String)] {
        fields.filter { field in
            field.name != CSRF.fieldName && !field.name.contains("password")
                && !field.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }
}

/// Refuses, for every browser form and every field at once, text with control characters other than tab
/// and line breaks (`TextRules`). The refusal page gives back everything that was typed.
struct FormInputMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method), !request.url.path.hasPrefix("/api/"),
            let form = SubmittedForm(request),
            form.fields.contains(where: {
                TextRules.hasForbiddenControlCharacters($0.value) || TextRules.hasForbiddenControlCharacters($0.name)
            })
        {
            throw Abort(.badRequest, reason: "control characters in a form field")
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// A field of the submitted form as typed, cut at `limit` characters (more than any field's own limit, so
    /// that the form's rule names the problem); empty when the field is missing.
    func formText(_ name: String, limit: Int = 5_000) -> String {
        String(((try? content.get(String.self, at: name)) ?? "").prefix(limit))
    }
}
