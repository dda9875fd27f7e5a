import HubbenCore
import Vapor
import Fluent

/// Starts a password reset: a single-use link goes out by mail at once. In development the link is also
/// logged so that it can be followed; never in production.
struct PasswordResets {
    let request: Request

    func start(email: String) async throws {
        let accounts = AccountStore(database: request.db, hasher: request.password)
        guard let account = try await accounts.account(email: email) else { return }
        let token = try await PasswordResetStore(database: request.db).create(accountID: account.id, now: request.now)
        let base = request.application.hubben.absoluteBaseURL(request.application)
        let link = "\(base)/reset-password?token=\(token)"
        let t = Localizer(account.language)
        try await MailOutbox(database: request.db).enqueue(
            .transactional(
                accountID: account.id, to: .init(name: account.name, email: account.email),
                language: account.language, subject: t(.resetMailSubject),
                body: t(.resetMailBody(name: account.name, link: link))),
            delivers: request.application.hubben.mail.delivers, now: request.now)
        if request.application.environment == .development {
            request.logger.notice("password reset link (development only): \(link)")
        }
    }
}
