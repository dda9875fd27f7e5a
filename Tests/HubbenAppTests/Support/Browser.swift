import Foundation
import Fluent
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

/// A browser-like client for app tests: keeps cookies between requests and reads CSRF tokens from pages.
final class TestBrowser {
    let app: Application
    var cookies: [String: String] = [:]
    var headers: HTTPHeaders = [:]

    init(_ app: Application) { self.app = app }

    var cookieHeader: String {
        cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    @discardableResult
    func get(_ path: String, extraHeaders: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var all = headers
        all.add(contentsOf: extraHeaders)
        if !cookies.isEmpty { all.replaceOrAdd(name: .cookie, value: cookieHeader) }
        let response = try await app.testing().sendRequest(.GET, path, headers: all)
        remember(response)
        return response
    }

    /// Posts a form. `csrf: nil` fetches the token from `tokenPage` first; pass "" to send none.
    @discardableResult
    func post(_ path: String, _ fields: [String: String], csrf: String? = nil, tokenPage: String = "/sign-in")
        async throws -> TestingHTTPResponse
    {
        var fields = fields
        if let csrf {
            if !csrf.isEmpty { fields[CSRF.fieldName] = csrf }
        } else {
            fields[CSRF.fieldName] = try await csrfToken(from: tokenPage)
        }
        var all = headers
        if !cookies.isEmpty { all.replaceOrAdd(name: .cookie, value: cookieHeader) }
        all.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        let body = fields.sorted { $0.key < $1.key }.map { key, value in
            "\(Self.encode(key))=\(Self.encode(value))"
        }.joined(separator: "&")
        let response = try await app.testing().sendRequest(.POST, path, headers: all, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Every distinct form token on a page: a page shared between people must still carry each one's own.
    static func csrfTokens(in html: String) -> Set<String> {
        let marker = "name=\"\(CSRF.fieldName)\" value=\""
        return Set(
            html.components(separatedBy: marker).dropFirst().compactMap { $0.split(separator: "\"").first }
                .map(String.init))
    }

    func csrfToken(from page: String) async throws -> String {
        let html = try await get(page).text
        let marker = "name=\"\(CSRF.fieldName)\" value=\""
        let start = try #require(html.range(of: marker)).upperBound
        let end = try #require(html[start...].firstIndex(of: "\""))
        return String(html[start..<end])
    }

    private func remember(_ response: TestingHTTPResponse) {
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";", maxSplits: 1).first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard let name = parts.first else { continue }
            let cookieValue = parts.count > 1 ? String(parts[1]) : ""
            if cookieValue.isEmpty || value.lowercased().contains("max-age=0") {
                cookies[String(name)] = nil
            } else {
                cookies[String(name)] = cookieValue
            }
        }
    }

    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A browser signed in as a new account (created directly through the store).
    static func signedIn(_ app: Application, _ name: String, _ email: String, roles: Set<PlatformRole> = [])
        async throws -> TestBrowser
    {
        _ = try await app.makeAccount(name, email, roles: roles)
        let browser = TestBrowser(app)
        try await browser.signIn(email, "ett långt lösenord")
        return browser
    }

    /// Signs in through the form; expects success.
    func signIn(_ email: String, _ password: String) async throws {
        let signedIn = cookies[SessionMiddleware.cookieName] != nil
        let response = try await post(
            "/sign-in", ["email": email, "password": password], tokenPage: signedIn ? "/account" : "/sign-in")
        #expect(response.status == .seeOther, "sign-in for \(email) failed: \(response.status)")
    }
}

extension Application {
    /// Creates an account directly through the store.
    @discardableResult
    func makeAccount(
        _ name: String, _ email: String, password: String = "ett långt lösenord", roles: Set<PlatformRole> = []
    ) async throws -> Int {
        try await AccountStore(database: db, hasher: self.password).create(
            name: name, email: email, password: password, roles: roles
        ).id
    }
}

extension Application {
    /// The newest outbox message to `recipient`, if any.
    func lastMail(to recipient: String) async throws -> MailMessageRecord? {
        try await MailMessageRecord.query(on: db).filter(\.$recipient == recipient).sort(\.$id, .descending).first()
    }

    /// The token of the newest sign-up confirmation link mailed to `recipient`.
    func signUpToken(mailedTo recipient: String) async throws -> String {
        let body = try #require(try await lastMail(to: recipient)?.textBody, "no mail to \(recipient)")
        let link = try #require(
            body.split(whereSeparator: \.isWhitespace).first { $0.contains("/sign-up/confirm?token=") },
            "no confirmation link in the mail to \(recipient)")
        return String(try #require(link.split(separator: "=").last))
    }
}

extension TestBrowser {
    /// Follows the newest confirmation link mailed to `recipient` and gives `password`, as the person would;
    /// the browser is then signed in.
    @discardableResult
    func confirmSignUp(mailedTo recipient: String, password: String) async throws -> TestingHTTPResponse {
        let token = try await app.signUpToken(mailedTo: recipient)
        let response = try await post(
            "/sign-up/confirm", ["token": token, "password": password],
            tokenPage: "/sign-up/confirm?token=\(token)")
        #expect(response.status == .seeOther, "confirming the sign-up of \(recipient) failed: \(response.status)")
        return response
    }
}
