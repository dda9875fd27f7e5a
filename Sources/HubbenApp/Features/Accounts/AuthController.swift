import HubbenCore
import Vapor
import Fluent

/// Sign-up, sign-in, sign-out and password reset for the web.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AccountPaths.signUp, use: signUpForm)
        routes.post(AccountPaths.signUp, use: signUp)
        routes.get(AccountPaths.signUpSent, use: signUpSent)
        routes.get(AccountPaths.signUpConfirm, use: confirmForm)
        routes.post(AccountPaths.signUpConfirm, use: confirm)
        routes.get(AccountPaths.signIn, use: signInForm)
        routes.post(AccountPaths.signIn, use: signIn)
        routes.post(AccountPaths.signOut, use: signOut)
        routes.get(AccountPaths.forgotPassword, use: forgotForm)
        routes.post(AccountPaths.forgotPassword, use: forgot)
        routes.get(AccountPaths.resetPassword, use: resetForm)
        routes.post(AccountPaths.resetPassword, use: reset)
    }

    // MARK: Sign-up

    func signUpForm(req: Request) -> Response {
        if req.account != nil { return req.redirect(to: AccountPaths.account()) }
        let form = AuthPages.SignUpForm(language: req.language)
        return HTMLResponse.make(
            AuthPages.signUp(form, errors: FormErrors(), csrf: CSRF.token(for: req), req.t), for: req)
    }

    struct SignUpInput: Content {
        var name: String?
        var email: String?
        var password: String?
        var language: String?
    }

    func signUp(req: Request) async throws -> Response {
        let input = try req.content.decode(SignUpInput.self)
        let language = input.language.flatMap(Language.init(rawValue:)) ?? req.language
        let form = AuthPages.SignUpForm(name: input.name ?? "", email: input.email ?? "", language: language)
        do {
            try await SignUps(request: req).receive(
                name: form.name, email: form.email, password: input.password ?? "",
                language: language)
        } catch let error as AccountError {
            let errors = AccountErrorMessages.formErrors(error, req.t, emailField: "email", passwordField: "password")
            return HTMLResponse.make(
                AuthPages.signUp(form, errors: errors, csrf: CSRF.token(for: req), req.t), for: req,
                status: .unprocessableEntity)
        }
        // The same answer whether or not the address has an account.
        return req.redirect(to: AccountPaths.signUpSent(), redirectType: .normal)
    }

    func signUpSent(req: Request) -> Response {
        HTMLResponse.make(AuthPages.signUpSent(req.t), for: req)
    }

    func confirmForm(req: Request) async throws -> Response {
        let token = req.query[String.self, at: "token"] ?? ""
        guard let email = try await SignUps(request: req).pendingEmail(token: token) else {
            return HTMLResponse.make(AuthPages.signUpInvalid(req.t), for: req, status: .notFound)
        }
        return HTMLResponse.make(
            AuthPages.confirmSignUp(
                token: token, email: email, errors: FormErrors(),
                csrf: CSRF.token(for: req), req.t), for: req)
    }

    struct ConfirmInput: Content {
        var token: String?
        var password: String?
    }

    func confirm(req: Request) async throws -> Response {
        let input = try req.content.decode(ConfirmInput.self)
        let token = input.token ?? ""
        let signUps = SignUps(request: req)
        switch try await signUps.confirm(token: token, password: input.password ?? "") {
        case .created(let created):
            return try await startSession(for: created.id, req: req, redirectTo: AccountPaths.account() + "?welcome=1")
        case .wrongPassword(let email):
            var errors = FormErrors()
            errors.add("password", req.t(.signUpConfirmWrongPassword))
            return HTMLResponse.make(
                AuthPages.confirmSignUp(
                    token: token, email: email, errors: errors,
                    csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity)
        case .invalidLink:
            return HTMLResponse.make(AuthPages.signUpInvalid(req.t), for: req, status: .notFound)
        case .addressTaken:
            var errors = FormErrors()
            errors.add("email", req.t(.signUpAlreadyConfirmed))
            return HTMLResponse.make(
                AuthPages.signIn(email: "", next: "/", errors: errors, csrf: CSRF.token(for: req), req.t),
                for: req, status: .conflict)
        }
    }

    // MARK: Sign-in and out

    func signInForm(req: Request) -> Response {
        if req.account != nil { return req.redirect(to: AccountPaths.account()) }
        let next = LanguageController.safeReturnPath(req.query[String.self, at: "next"])
        return HTMLResponse.make(
            AuthPages.signIn(email: "", next: next, errors: FormErrors(), csrf: CSRF.token(for: req), req.t), for: req)
    }

    struct SignInInput: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    func signIn(req: Request) async throws -> Response {
        let input = try req.content.decode(SignInInput.self)
        let email = (input.email ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let next = LanguageController.safeReturnPath(input.next)
        let throttle = Throttle(request: req)
        let attempt = try await throttle.beforeSignIn(email: email)
        guard
            let account = try await AccountStore(database: req.db, hasher: req.password)
                .authenticate(email: email, password: input.password ?? "")
        else {
            throttle.failedSignIn(email: email)
            var errors = FormErrors()
            // The same answer whether or not the e-mail exists.
            errors.add("email", req.t(.signInFailed))
            return HTMLResponse.make(
                AuthPages.signIn(email: email, next: next, errors: errors, csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity)
        }
        try await throttle.succeededSignIn(email: email, attempt)
        return try await startSession(
            for: account.id, req: req, redirectTo: next == "/" ? AccountPaths.account() : next)
    }

    /// A new session id at every sign-in (no fixation); any session the browser had before ends.
    private func startSession(for accountID: Int, req: Request, redirectTo path: String) async throws -> Response {
        let sessions = SessionStore(database: req.db)
        if let old = req.requestCookies[SessionMiddleware.cookieName]?.string, !old.isEmpty {
            try await sessions.delete(token: old)
        }
        let (token, _) = try await sessions.create(accountID: accountID, now: req.now)
        let response = req.redirect(to: path, redirectType: .normal)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie(
            token, secure: req.application.hubben.config.isHTTPS)
        return response
    }

    func signOut(req: Request) async throws -> Response {
        if let token = req.requestCookies[SessionMiddleware.cookieName]?.string, !token.isEmpty {
            try await SessionStore(database: req.db).delete(token: token)
        }
        let response = req.redirect(to: InformationPaths.home(), redirectType: .normal)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.expired
        return response
    }

    // MARK: Password reset

    func forgotForm(req: Request) -> Response {
        HTMLResponse.make(
            AuthPages.forgotPassword(email: "", sent: false, errors: FormErrors(), csrf: CSRF.token(for: req), req.t),
            for: req)
    }

    struct ForgotInput: Content { var email: String? }

    func forgot(req: Request) async throws -> Response {
        let email = (try req.content.decode(ForgotInput.self).email ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard EmailAddress(email) != nil else {
            var errors = FormErrors()
            errors.add("email", req.t(.errorEmailInvalid))
            return HTMLResponse.make(
                AuthPages.forgotPassword(email: email, sent: false, errors: errors, csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity)
        }
        try await Throttle(request: req).passwordResetRequested(email: email)
        try await PasswordResets(request: req).start(email: email)
        // The same page whether or not an account has that address.
        return HTMLResponse.make(
            AuthPages.forgotPassword(email: "", sent: true, errors: FormErrors(), csrf: CSRF.token(for: req), req.t),
            for: req)
    }

    func resetForm(req: Request) async throws -> Response {
        let token = req.query[String.self, at: "token"] ?? ""
        guard try await PasswordResetStore(database: req.db).accountID(for: token, now: req.now) != nil else {
            return HTMLResponse.make(AuthPages.resetInvalid(req.t), for: req, status: .notFound)
        }
        return HTMLResponse.make(
            AuthPages.resetPassword(token: token, errors: FormErrors(), csrf: CSRF.token(for: req), req.t), for: req)
    }

    struct ResetInput: Content {
        var token: String?
        var password: String?
    }

    func reset(req: Request) async throws -> Response {
        let input = try req.content.decode(ResetInput.self)
        let token = input.token ?? ""
        let resets = PasswordResetStore(database: req.db)
        guard let accountID = try await resets.accountID(for: token, now: req.now) else {
            return HTMLResponse.make(AuthPages.resetInvalid(req.t), for: req, status: .notFound)
        }
        do {
            try await AccountStore(database: req.db, hasher: req.password).setPassword(
                id: accountID, input.password ?? "")
        } catch let error as AccountError {
            let errors = AccountErrorMessages.formErrors(error, req.t, emailField: "email", passwordField: "password")
            return HTMLResponse.make(
                AuthPages.resetPassword(token: token, errors: errors, csrf: CSRF.token(for: req), req.t),
                for: req, status: .unprocessableEntity)
        }
        try await resets.markUsed(token: token, now: req.now)
        // A new password ends every other way in: sessions and API tokens.
        try await SessionStore(database: req.db).deleteAll(accountID: accountID)
        try await APITokenStore(database: req.db).revokeAll(accountID: accountID)
        return try await startSession(for: accountID, req: req, redirectTo: AccountPaths.account() + "?password=1")
    }
}

/// 429 with `Retry-After`.
struct RateLimitedError: AbortError {
    let retryAfter: Int
    var status: HTTPResponseStatus { .tooManyRequests }
    var headers: HTTPHeaders { ["Retry-After": "\(retryAfter)"] }
    var reason: String { "rate limited" }
}

/// Account errors as messages at the form's fields.
enum AccountErrorMessages {
    static func formErrors(
        _ error: AccountError, _ t: Localizer, emailField: String, passwordField: String,
        currentPasswordField: String = "current_password"
    ) -> FormErrors {
        var errors = FormErrors()
        switch error {
        case .several(let problems):
            for problem in problems {
                for item in formErrors(
                    problem, t, emailField: emailField, passwordField: passwordField,
                    currentPasswordField: currentPasswordField
                ).items {
                    errors.add(item.field, item.message)
                }
            }
        case .nameRequired: errors.add("name", t(.errorNameRequired))
        case .invalidEmail: errors.add(emailField, t(.errorEmailInvalid))
        case .emailTaken: errors.add(emailField, t(.errorEmailTaken))
        case .weakPassword(.tooShort(let minimum)):
            errors.add(passwordField, t(.errorPasswordShort(minimum: "\(minimum)")))
        case .weakPassword(.tooLong): errors.add(passwordField, t(.errorPasswordLong))
        case .weakPassword(.tooCommon): errors.add(passwordField, t(.errorPasswordCommon))
        case .wrongPassword: errors.add(currentPasswordField, t(.errorPasswordWrong))
        case .notFound: errors.add(emailField, t(.errorGenericText))
        }
        return errors
    }
}
