public import Foundation
public import HubbenCore

/// Every environment variable Hubben reads, read in one place. See the README's configuration table.
public struct AppConfig: Sendable {
    public enum Database: Sendable, Equatable {
        /// An embedded SQLite file (the default: one machine).
        case sqlite(path: String)
        /// A PostgreSQL server, given as a `postgres://user:password@host:port/database` URL.
        case postgres(url: String)
    }

    public enum LogFormat: String, Sendable {
        /// Human-readable lines, one per event (Vapor's console format).
        case text
        /// One JSON object per line, for log collectors.
        case json
    }

    public var database: Database
    /// The address people reach the site at, e.g. `https://hubben.example.se`. Decides `Secure` cookies and HSTS.
    public var publicURL: URL?
    public var logFormat: LogFormat
    /// Whether `serve` brings the database schema up to date before it listens (on by default).
    public var migrateOnServe: Bool
    /// Whether anonymous visitors' public pages are kept in memory for up to two seconds (on by default).
    public var pageCache: Bool
    /// Whether the parts of pages that are the same for everyone who may see them (a board's columns, lists,
    /// comments) are computed once and reused for up to two seconds, signed in or not (on by default).
    public var sharedReads: Bool = true
    /// The oldest a cached page or shared read may be, in seconds (tests lengthen it to see the caches
    /// deterministically).
    public var pageCacheMaximumAge: TimeInterval = 2
    /// Load balancers and proxies whose `X-Forwarded-For` / `Forwarded` headers say who the client is.
    public var trustedProxies: [IPNetwork] = []
    /// The mail relay (`HUBBEN_SMTP_URL`, `HUBBEN_SMTP_CA_FILE`); without one, mail is kept in the database
    /// and shown at `/admin/mail`.
    var smtp: SMTPSettings?
    /// Who mail is from (`HUBBEN_MAIL_FROM`); by default `Hubben <no-reply@…>` at the public URL's host.
    var mailFrom: MailMessage.Address?

    public init(
        database: Database, publicURL: URL? = nil, logFormat: LogFormat = .text, migrateOnServe: Bool = true,
        pageCache: Bool = true
    ) {
        self.database = database
        self.publicURL = publicURL
        self.logFormat = logFormat
        self.migrateOnServe = migrateOnServe
        self.pageCache = pageCache
    }

    public static let defaultSQLitePath = "data/hubben.sqlite"

    public var isHTTPS: Bool { publicURL?.scheme == "https" }

    /// Reads the configuration from environment variables; throws a `ConfigError` naming the variable at fault.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> AppConfig
    {
        let database: Database
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard let components = URLComponents(string: url),
                ["postgres", "postgresql"].contains(components.scheme ?? ""),
                let host = components.host, !host.isEmpty,
                components.user != nil,
                components.path.count > 1
            else {
                throw ConfigError.invalidDatabaseURL
            }
            database = .postgres(url: url)
        } else {
            let path = environment["HUBBEN_SQLITE_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultSQLitePath
            database = .sqlite(path: path)
        }

        var publicURL: URL?
        if let raw = environment["HUBBEN_PUBLIC_URL"], !raw.isEmpty {
            guard let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ConfigError.invalidPublicURL(raw)
            }
            publicURL = url
        }

        let logFormat: LogFormat
        switch environment["HUBBEN_LOG_FORMAT"] ?? "" {
        case "", "text": logFormat = .text
        case "json": logFormat = .json
        case let other: throw ConfigError.invalidLogFormat(other)
        }

        let migrateOnServe = try flag("HUBBEN_AUTO_MIGRATE", environment)
        let pageCache = try flag("HUBBEN_PAGE_CACHE", environment)
        var config = AppConfig(
            database: database, publicURL: publicURL, logFormat: logFormat, migrateOnServe: migrateOnServe,
            pageCache: pageCache)
        config.sharedReads = try flag("HUBBEN_SHARED_READS", environment)
        config.trustedProxies = try (environment["HUBBEN_TRUSTED_PROXIES"] ?? "")
            .split(whereSeparator: { $0 == "," || $0 == " " })
            .map { entry in
                guard let network = IPNetwork(String(entry)) else {
                    throw ConfigError.invalidTrustedProxy(String(entry))
                }
                return network
            }
        if let url = environment["HUBBEN_SMTP_URL"], !url.isEmpty {
            var caFile: String?
            if let path = environment["HUBBEN_SMTP_CA_FILE"], !path.isEmpty {
                guard FileManager.default.isReadableFile(atPath: path) else {
                    throw ConfigError.unreadableSMTPCAFile(path)
                }
                caFile = path
            }
            guard let smtp = SMTPSettings(url: url, caFile: caFile) else { throw ConfigError.invalidSMTPURL }
            config.smtp = smtp
        }
        if let from = environment["HUBBEN_MAIL_FROM"], !from.isEmpty {
            guard let address = MailMessage.Address(parsing: from) else { throw ConfigError.invalidMailFrom(from) }
            config.mailFrom = address
        }
        return config
    }

    /// A true/false setting that is true when unset.
    private static func flag(_ name: String, _ environment: [String: String]) throws -> Bool {
        switch (environment[name] ?? "").lowercased() {
        case "", "1", "true", "yes": true
        case "0", "false", "no": false
        case let other: throw ConfigError.invalidFlag(name: name, value: other)
        }
    }
}

/// A configuration problem that stops the server before it starts. Its description is the one line printed.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    case invalidDatabaseURL
    case invalidPublicURL(String)
    case invalidLogFormat(String)
    case invalidFlag(name: String, value: String)
    case invalidTrustedProxy(String)
    case sqliteFolderNotWritable(path: String, reason: String)
    case portInUse(host: String, port: Int)
    case missingResource(String)
    case invalidSMTPURL
    case unreadableSMTPCAFile(String)
    case invalidMailFrom(String)

    public var description: String {
        switch self {
        case .invalidDatabaseURL:
            // The URL itself may carry a password: never print it.
            "DATABASE_URL is not a valid PostgreSQL URL; expected postgres://USER:PASSWORD@HOST:PORT/DATABASE"
        case .invalidPublicURL(let value):
            "HUBBEN_PUBLIC_URL '\(value)' is not an http(s) URL such as https://hubben.example.se"
        case .invalidLogFormat(let value):
            "HUBBEN_LOG_FORMAT '\(value)' is not one of: text, json"
        case .invalidFlag(let name, let value):
            "\(name) '\(value)' is not one of: true, false"
        case .invalidTrustedProxy(let value):
            "HUBBEN_TRUSTED_PROXIES: '\(value)' is not an IP address or network such as 10.0.0.0/8 or 2001:db8::/32"
        case .sqliteFolderNotWritable(let path, let reason):
            "cannot use the SQLite database at \(path): \(reason) (set HUBBEN_SQLITE_PATH to a writable place)"
        case .invalidSMTPURL:
            // The URL may carry the relay's password: never print it.
            "HUBBEN_SMTP_URL is not an SMTP URL; expected smtp://USER:PASSWORD@HOST:587 (STARTTLS) or smtps://USER:PASSWORD@HOST:465"
        case .unreadableSMTPCAFile(let path):
            "HUBBEN_SMTP_CA_FILE '\(path)' is not a readable file of PEM certificates"
        case .invalidMailFrom(let value):
            "HUBBEN_MAIL_FROM '\(value)' is not an address such as hubben@stad.se or Hubben <hubben@stad.se>"
        case .missingResource(let name):
            "the build is incomplete: the resource \(name) is missing"
        case .portInUse(let host, let port):
            "port \(port) on \(host) is already in use (choose another with --port)"
        }
    }
}
