import HubbenCore
import Vapor
import Fluent

/// Sign-up as the web form and the API share it. `receive` answers the same whether or not the address has an
/// account: a new address gets a confirmation link, the owner of a taken one a note saying so (with links to
/// sign in and to choose a new password). The mail goes out at once whatever the person's choices; in
/// development the confirmation link is also logged so that it can be followed, never in production.
struct SignUps {
    let request: Request

    private var store: SignUpStore { SignUpStore(database: request.db, hasher: request.password) }

    /// Throws `AccountError` for every problem with the input, `RateLimitedError` when the address has signed up
    /// too often.
    func receive(name: String, email: String, password: String, language: Language) async throws {
        let throttle = Throttle(request: request)
        try await throttle.beforeRegistration()
        let received = try await store.receive(
            name: name, email: email, password: password, language: language,
            now: request.now)
        try await throttle.registered()
        let base = request.application.hubben.absoluteBaseURL(request.application)
        let outbox = MailOutbox(database: request.db)
        let delivers = request.application.hubben.mail.delivers
        switch received {
        case .confirmationNeeded(let token, let name, let email, let language):
            guard try await throttle.mayMailSignUp(to: email.value) else { return }
            let link = "\(base)/sign-up/confirm?token=\(token)"
            let t = Localizer(language)
            try await outbox.enqueue(
                .transactional(
                    accountID: nil, to: .init(name: name, email: email.value), language: language,
                    subject: t(.signUpMailSubject), body: t(.signUpMailBody(name: name, link: link))),
                delivers: delivers, now: request.now)
            if request.application.environment == .development {
                request.logger.notice("sign-up confirmation link (development only): \(link)")
            }
        case .addressTaken(let owner):
            guard try await throttle.mayMailSignUp(to: owner.email) else { return }
            let t = Localizer(owner.language)
            try await outbox.enqueue(
                .transactional(
                    accountID: owner.id, to: .init(name: owner.name, email: owner.email), language: owner.language,
                    subject: t(.signUpTakenMailSubject),
                    body: t(
                        .signUpTakenMailBody(
                            name: owner.name, signIn: "\(base)/sign-in", forgot: "\(base)/forgot-password"))),
                delivers: delivers, now: request.now)
        }
    }

    /// The address a confirmation link is for, if it is still valid.
    func pendingEmail(token: String) async throws -> String? {
        try await store.pending(token: token, now: request.now)?.email
    }

    /// Creates the account when the link is valid and the password is the one chosen at sign-up.
    func confirm(token: String, password: String) async throws -> SignUpStore.Confirmation {
        guard let pending = try await store.pending(token: token, now: request.now) else { return .invalidLink }
        let throttle = Throttle(request: request)
        let attempt = try await throttle.beforeSignUpConfirmation(email: pending.email)
        let confirmation = try await store.confirm(pending, password: password)
        if case .wrongPassword = confirmation {} else { try await throttle.confirmedPassword(attempt) }
        if case .created(let created) = confirmation {
            request.logger.info("account created", metadata: ["account_id": .stringConvertible(created.id)])
        }
        return confirmation
    }
}
