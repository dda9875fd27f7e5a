import Fluent
import Foundation
import HubbenCore
import Vapor

/// How this instance sends mail: from whom, and through which relay (none: messages are kept in the database
/// and `/admin/mail` shows them).
struct MailService: Sendable {
    var from: MailMessage.Address
    var mailer: (any Mailer)?

    var delivers: Bool { mailer != nil }

    /// `Hubben <no-reply@host>` for the public URL's host, when `HUBBEN_MAIL_FROM` is not set.
    static func defaultSender(publicURL: URL?) -> MailMessage.Address {
        MailMessage.Address(name: "Hubben", email: "no-reply@\(publicURL?.host ?? "hubben.localhost")")
    }
}

extension Application {
    /// The notification mails' composer, with the stored signing key.
    func notificationMail(on database: any Database) async throws -> NotificationMail {
        NotificationMail(
            baseURL: hubben.absoluteBaseURL(self), delivers: hubben.mail.delivers,
            unsubscribe: try await UnsubscribeLinks.stored(in: database))
    }

    /// One round of the background work: tells new activity, queues due digests, hands due mail to the relay.
    /// Every instance runs it; the claims inside make each piece happen once.
    /// Whether it found anything to do (the worker goes on at once when it did).
    @discardableResult
    func runBackgroundWork(logger: Logger) async throws -> Bool {
        let now = hubben.clock.now()
        let mail = try await notificationMail(on: db)
        let told = try await NotificationFanOut(database: db, mail: mail, logger: logger).run(now: now)
        let digests = try await Digests(database: db, mail: mail, hasher: password).run(now: now)
        let settled = try await EventHousekeeping(
            database: db, baseURL: hubben.absoluteBaseURL(self), delivers: hubben.mail.delivers
        ).run(now: now)
        let erasedLeads = try await LeadHousekeeping(database: db).run(now: now)
        var handed = MailSender.Round()
        if let mailer = hubben.mail.mailer {
            handed = try await MailSender(database: db, mailer: mailer, from: hubben.mail.from, logger: logger)
                .deliverDue(now: hubben.clock.now())
        }
        return told > 0 || digests > 0 || settled > 0 || erasedLeads > 0 || handed != MailSender.Round()
    }
}

/// Hands due messages to the relay, each once: claims a batch, sends each message, records what happened.
struct MailSender {
    let database: any Database
    let mailer: any Mailer
    let from: MailMessage.Address
    let logger: Logger
    var batch = 50

    struct Round: Equatable {
        var sent = 0
        var failed = 0
    }

    @discardableResult
    func deliverDue(now: Date) async throws -> Round {
        let outbox = MailOutbox(database: database)
        let token = SecretToken.generate()
        let claimed = try await outbox.claimDue(token: token, limit: batch, now: now)
        // A few conversations with the relay at once: each one is mostly waiting (TLS, the relay's answers).
        return try await withThrowingTaskGroup(of: Bool.self) { group in
            var round = Round()
            func record(_ sent: Bool) {
                if sent { round.sent += 1 } else { round.failed += 1 }
            }
            var inFlight = 0
            for stored in claimed {
                if inFlight >= Self.parallel, let sent = try await group.next() {
                    record(sent)
                    inFlight -= 1
                }
                group.addTask { try await deliver(stored, token: token, now: now, outbox: outbox) }
                inFlight += 1
            }
            for try await sent in group { record(sent) }
            return round
        }
    }

    /// At most this many messages in flight.
    static let parallel = 4

    private func deliver(_ stored: StoredMail, token: String, now: Date, outbox: MailOutbox) async throws -> Bool {
        do {
            let data = try stored.rendered(from: from, at: now)
            try await mailer.deliver(data, from: from.email, to: stored.mail.to.email)
            try await outbox.markSent(stored.id, token: token, now: now)
            return true
        } catch {
            let failure = (error as? MailDeliveryError) ?? .permanent("the message cannot be written: \(error)")
            try await outbox.markFailed(stored, error: failure, token: token, now: now)
            // The message's number and the relay's answer; never the address.
            logger.warning(
                "mail not delivered",
                metadata: ["mail_id": .stringConvertible(stored.id), "reason": .string(failure.reason)])
            return false
        }
    }
}

/// Runs `Application.runBackgroundWork` every few seconds while the server runs.
struct BackgroundWork: LifecycleHandler {
    let interval: Duration

    private actor Running {
        var task: Task<Void, Never>?
        func start(_ task: Task<Void, Never>) { self.task = task }
        func stop() -> Task<Void, Never>? {
            defer { task = nil }
            task?.cancel()
            return task
        }
    }

    private let running = Running()

    func didBootAsync(_ application: Application) async throws {
        let interval = interval
        let logger = Logger(label: "hubben.background")
        let task = Task {
            // The first round waits one interval: `hubben demo` migrates its database after booting.
            var busy = false
            while !Task.isCancelled {
                // After a round that found work, the next starts at once: a queue drains at the relay's pace.
                if !busy { try? await Task.sleep(for: interval) }
                // Stopped while asleep: the databases are about to close, so no round may start now.
                if Task.isCancelled { break }
                do {
                    busy = try await application.runBackgroundWork(logger: logger)
                } catch {
                    busy = false
                    logger.error("background work failed", metadata: ["error": .string(String(describing: error))])
                }
            }
        }
        await running.start(task)
    }

    /// Waits for a round under way to finish: the databases shut down after this handler.
    func shutdownAsync(_ application: Application) async {
        await running.stop()?.value
    }
}
