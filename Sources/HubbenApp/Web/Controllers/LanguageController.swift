import HubbenCore
import Vapor

/// The language switch: a plain link (works without JavaScript and from the keyboard) that remembers the
/// choice in a cookie and returns to the page the visitor came from. It sets a preference, nothing more.
struct LanguageController: RouteCollection {
    static let cookieName = "hubben_lang"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("language", ":code", use: choose)
    }

    func choose(req: Request) throws -> Response {
        guard let code = req.parameters.get("code"), let language = Language(rawValue: code) else {
            throw Abort(.notFound)
        }
        let response = req.redirect(to: Self.safeReturnPath(req.query[String.self, at: "next"]), redirectType: .normal)
        response.cookies[Self.cookieName] = Self.cookie(language, secure: req.application.hubben.config.isHTTPS)
        return response
    }

    static func cookie(_ language: Language, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/", isSecure: secure,
            isHTTPOnly: true, sameSite: .lax)
    }

    /// Only a path on this site: no scheme, no host, no `//` or `/\` tricks, no control characters.
    static func safeReturnPath(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
            next.count <= 2000,
            !next.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return "/" }
        return next
    }
}
