import HubbenCore
import Vapor

extension Request {
    private struct LanguageKey: StorageKey { typealias Value = Language }

    /// The language of this request: the visitor's choice (cookie), else `Accept-Language`, else Swedish.
    /// Set once by `LanguageMiddleware`; computed here too so it is right even before that middleware ran.
    var language: Language {
        get { storage[LanguageKey.self] ?? negotiatedLanguage }
        set { storage[LanguageKey.self] = newValue }
    }

    /// What the request itself asks for: the language cookie, else `Accept-Language`, else Swedish.
    fileprivate var negotiatedLanguage: Language {
        Language.negotiate(
            choice: requestCookies[LanguageController.cookieName]?.string,
            acceptLanguage: headers.first(name: .acceptLanguage)
        )
    }

    var t: Localizer { Localizer(language) }
}

struct LanguageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        request.language = request.negotiatedLanguage
        let response = try await next.respond(to: request)
        // Pages differ by language: shared caches must keep them apart.
        response.headers.add(name: .vary, value: "Accept-Language, Cookie")
        return response
    }
}
