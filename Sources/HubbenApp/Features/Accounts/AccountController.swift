import HubbenCore
import Vapor
import Fluent

/// "Mina uppgifter": see and edit your details, change your password, download your data, delete your account.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AccountPaths.account, use: show)
        routes.post(AccountPaths.account, use: updateProfile)
        routes.post(AccountPaths.password, use: changePassword)
        routes.get(AccountPaths.export, use: export)
        routes.get(AccountPaths.delete, use: confirmDelete)
        routes.post(AccountPaths.delete, use: delete)
    }

    func show(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        try req.authorize(AccountAction.view(ownerID: account.id))
        let notice: String? =
            if Self.query(req, has: "welcome") {
                req.t(.accountWelcome)
            } else if Self.query(req, has: "saved") {
                req.t(.accountSaved)
            } else if Self.query(req, has: "password") {
                req.t(.accountPasswordChanged)
            } else {
                nil
            }
        return try await page(req, account, notice: notice)
    }

    /// Whether the URL's query names `field`; decoding a query is not free, and most visits have none.
    private static func query(_ req: Request, has field: String) -> Bool {
        !(req.url.query?.isEmpty ?? true) && req.query[String.self, at: field] != nil
    }

    private func page(
        _ req: Request, _ account: Account, profile: AccountPages.ProfileForm? = nil, notice: String? = nil,
        profileErrors: FormErrors = FormErrors(), passwordErrors: FormErrors = FormErrors()
    ) async throws -> Response {
        let memberships = try await AccountStore(database: req.db, hasher: req.password).memberships(
            accountID: account.id)
        let form =
            profile ?? AccountPages.ProfileForm(name: account.name, email: account.email, language: account.language)
        let hasErrors = !profileErrors.isEmpty || !passwordErrors.isEmpty
        let csrf = CSRF.token(for: req)
        let preferences = NotificationPages.preferencesForm(
            try await NotificationActions(context: req.actionContext).preferences(),
            kinds: NotificationKind.receivable(by: req.actor),
            saved: Self.query(req, has: "preferences"), csrf: csrf, req.t)
        return HTMLResponse.make(
            AccountPages.account(
                account, profile: form, memberships: memberships, notice: notice, profileErrors: profileErrors,
                passwordErrors: passwordErrors, csrf: csrf, notificationPreferences: preferences, req.t),
            for: req, status: hasErrors ? .unprocessableEntity : .ok
        )
    }

    struct ProfileInput: Content {
        var name: String?
        var email: String?
        var language: String?
    }

    func updateProfile(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        try req.authorize(AccountAction.edit(ownerID: account.id))
        let input = try req.content.decode(ProfileInput.self)
        let language = input.language.flatMap(Language.init(rawValue:)) ?? account.language
        let form = AccountPages.ProfileForm(name: input.name ?? "", email: input.email ?? "", language: language)
        do {
            try await AccountStore(database: req.db, hasher: req.password)
                .updateProfile(id: account.id, name: form.name, email: form.email, language: language)
        } catch let error as AccountError {
            let errors = AccountErrorMessages.formErrors(error, req.t, emailField: "email", passwordField: "password")
            return try await page(req, account, profile: form, profileErrors: errors)
        }
        // The page comes back in the language just chosen.
        let response = req.redirect(to: AccountPaths.account() + "?saved=1", redirectType: .normal)
        response.cookies[LanguageController.cookieName] = LanguageController.cookie(
            language, secure: req.application.hubben.config.isHTTPS)
        return response
    }

    struct PasswordInput: Content {
        var current_password: String?
        var new_password: String?
    }

    func changePassword(req: Request) async throws -> Response {
        let account = try req.requireAccount()
        try req.authorize(AccountAction.edit(ownerID: account.id))
        let input = try req.content.decode(PasswordInput.self)
        let throttle = Throttle(request: req)
        let attempt = try await throttle.beforePasswordConfirmation(accountID: account.id)
        do {
            try await AccountStore(database: req.db, hasher: req.password)
                .changePassword(id: account.id, current: input.current_password ?? "", new: input.new_password ?? "")
        } catch let error as AccountError {
            if error != .wrongPassword { try await throttle.confirmedPassword(attempt) }
            let errors = AccountErrorMessages.formErrors(
                error, req.t, emailField: "email", passwordField: "new_password")
            return try await page(req, account, passwordErrors: errors)
        }
        try await throttle.confirmedPassword(attempt)
        // Other browsers signed in as this person are signed out, and API tokens stop working; this browser
        // gets a fresh session.
        try await SessionStore(database: req.db).deleteAll(accountID: account.id)
        try await APITokenStore(database: req.db).revokeAll(accountID: account.id)
        let (token, _) = try await SessionStore(database: req.db).create(accountID: account.id, now: req.now)
        let response = req.redirect(to: AccountPaths.account() + "?password=1", redirectType: .normal)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.cookie(
            token, secure: req.application.hubben.config.isHTTPS)
        return response
    }

    func export(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let export = try await AccountActions(context: req.actionContext).export()
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"hubben-mina-uppgifter.json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: try export.json()))
    }

    func confirmDelete(req: Request) throws -> Response {
        let account = try req.requireAccount()
        try req.authorize(AccountAction.delete(ownerID: account.id))
        return HTMLResponse.make(
            AccountPages.confirmDelete(errors: FormErrors(), csrf: CSRF.token(for: req), req.t), for: req)
    }

    struct DeleteInput: Content { var password: String? }

    func delete(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let password = try req.content.decode(DeleteInput.self).password ?? ""
        guard case .deleted = try await AccountActions(context: req.actionContext).deleteOwnAccount(password: password)
        else {
            var errors = FormErrors()
            errors.add("password", req.t(.errorPasswordWrong))
            return HTMLResponse.make(
                AccountPages.confirmDelete(errors: errors, csrf: CSRF.token(for: req), req.t), for: req,
                status: .unprocessableEntity)
        }
        req.account = nil
        req.browserSession = nil
        let response = HTMLResponse.make(AccountPages.deleted(req.t), for: req)
        response.cookies[SessionMiddleware.cookieName] = SessionMiddleware.expired
        return response
    }
}
