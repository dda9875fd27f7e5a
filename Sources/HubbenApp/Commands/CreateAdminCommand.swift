import Fluent
import HubbenCore
import Vapor

/// `hubben create-admin --email E --name N`, password on standard input (one line), so that it never shows
/// in the process list or the shell history.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The administrator's e-mail address.")
        var email: String?
        @Option(name: "name", help: "The administrator's name as shown to others.")
        var name: String?
        init() {}
    }

    var help: String { "Creates an administrator account; reads the password from standard input." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let email = signature.email, let name = signature.name else {
            throw CommandError(
                description: "create-admin needs --email and --name; the password is read from standard input")
        }
        if isatty(STDIN_FILENO) == 1 {
            context.console.print("Password (at least \(PasswordPolicy.minimumLength) characters), then Enter:")
        }
        guard let password = readLine(strippingNewline: true), !password.isEmpty else {
            throw CommandError(description: "no password on standard input")
        }
        let app = context.application
        try await app.autoMigrate()
        let store = AccountStore(database: app.db, hasher: app.password)
        do {
            let created = try await store.create(name: name, email: email, password: password, roles: [.admin])
            context.console.info("Created administrator #\(created.id) (\(created.name)).")
        } catch let error as AccountError {
            throw CommandError(description: Self.describe(error))
        }
    }

    static func describe(_ error: AccountError) -> String {
        switch error {
        case .several(let problems): problems.map(describe).joined(separator: "; ")
        case .invalidEmail: "the e-mail address is not valid"
        case .emailTaken: "an account with that e-mail address already exists"
        case .nameRequired: "the name must be 1 to 100 characters"
        case .weakPassword(.tooShort(let minimum)): "the password must be at least \(minimum) characters"
        case .weakPassword(.tooLong(let maximum)): "the password must be at most \(maximum) bytes"
        case .weakPassword(.tooCommon): "the password is one of the most common passwords; choose another"
        case .wrongPassword, .notFound: "the account could not be created"
        }
    }
}
