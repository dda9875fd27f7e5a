import Fluent
import HubbenCore
import Vapor

/// What a use case needs to run, the same for the web, the API and the CLI: never a `Vapor.Request`. Each
/// feature's actions type (`IdeaActions` …) takes one and is the only way into its stores for writing.
struct ActionContext: Sendable {
    let database: any Database
    /// Who acts: their account (nil when anonymous or the system) and roles.
    let account: Account?
    let now: Date
    /// Bcrypt, off the event loops (`AccountStore`).
    let hasher: any PasswordHasher
    let throttle: Throttle
    let services: AppServices
    let logger: Logger
    /// What this reads must be fresh (`Request.readsFresh`): shared reads are computed anew for it.
    var readsFresh = false
    /// Where long reads behind shared pages read (`Request.longReadsDB`), asked for only when one is made;
    /// nil: `database`.
    var longReads: (@Sendable () -> any Database)? = nil

    /// The connection for a long read that holds up nobody's short ones (`DatabaseID.longReads`); never for a
    /// write.
    var longReadsDatabase: any Database { longReads?() ?? database }

    var actor: Actor { account?.actor ?? .anonymous }

    /// Runs `change` in one write transaction and records `activity` (computed from its result) in the same
    /// one: the entry commits with the change or not at all.
    func recording<T: Sendable>(
        _ change: @escaping @Sendable (any Database) async throws -> T,
        activity: @escaping @Sendable (T) -> Activity?
    ) async throws -> T {
        try await database.writeTransaction { db in
            let result = try await change(db)
            if let entry = activity(result) { try await ActivityLog(database: db).record(entry) }
            return result
        }
    }
}

extension ActionContext {
    /// A read that is the same for everyone `key` covers, shared for a moment (`SharedReads`). Only for what
    /// is shown: a decision (may this person change it?) reads the database as it is now.
    func sharedRead<T: Sendable>(_ key: String, _ compute: @escaping @Sendable () async throws -> T) async throws -> T {
        try await services.sharedReads.read(key, now: now, fresh: readsFresh, compute)
    }
}

/// What an action refuses outright, the same for every adapter: 401 (the web sends the person to sign in
/// instead), 403, 404.
enum ActionRefusal: AbortError, Equatable {
    case notSignedIn
    case notAllowed
    case notFound

    var status: HTTPResponseStatus {
        switch self {
        case .notSignedIn: .unauthorized
        case .notAllowed: .forbidden
        case .notFound: .notFound
        }
    }

    var headers: HTTPHeaders { self == .notSignedIn ? ["WWW-Authenticate": "Bearer"] : [:] }
    var reason: String { "\(status.code)" }
}

extension ActionContext {
    /// The acting account, if the policy allows it `action`.
    func require(_ action: some PolicyAction) throws -> Account {
        guard let account else { throw ActionRefusal.notSignedIn }
        guard Authorization.allows(actor, action) else { throw ActionRefusal.notAllowed }
        return account
    }
}

extension Request {
    /// The action context of this request: its database, account, clock, throttle and services.
    var actionContext: ActionContext {
        ActionContext(
            database: db, account: account, now: now, hasher: password, throttle: Throttle(request: self),
            services: application.hubben, logger: logger, readsFresh: readsFresh,
            longReads: { [self] in longReadsDB })
    }
}
