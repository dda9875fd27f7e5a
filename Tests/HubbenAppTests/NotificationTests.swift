import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

@Suite("Notifications: from the activity record to the bell and the mail")
struct NotificationTests {
    /// An idea by a resident, followed by a follower; a coach; a stranger.
    struct Hub {
        let app: Application
        let author: Int
        let follower: Int
        let coach: Int
        let stranger: Int
        let idea: Int

        static func make(_ app: Application) async throws -> Hub {
            let author = try await app.makeAccount("Åsa Författare", "asa@example.se")
            let follower = try await app.makeAccount("Filip Följare", "filip@example.se")
            let coach = try await app.makeAccount("Cilla Coach", "cilla@example.se", roles: [.coach])
            let stranger = try await app.makeAccount("Sten Främling", "sten@example.se")
            let idea = try await app.makeIdea("Cykelbana till skolan", authorID: author)
            try await IdeaActions(context: try await app.actionContext(for: follower)).follow(ideaID: idea)
            return Hub(app: app, author: author, follower: follower, coach: coach, stranger: stranger, idea: idea)
        }

        func actions(_ accountID: Int) async throws -> IdeaActions {
            IdeaActions(context: try await app.actionContext(for: accountID))
        }

        @discardableResult
        func comment(by accountID: Int, _ body: String, replyTo parent: Int? = nil) async throws -> Int {
            guard
                case .added(let comment) = try await actions(accountID).comment(
                    ideaID: idea, parentID: parent, body: body)
            else {
                Issue.record("the comment was not added")
                return 0
            }
            return comment.id
        }

        /// What each person has been told, as (kind, count).
        func told() async throws -> [Int: [(NotificationKind, Int)]] {
            var result: [Int: [(NotificationKind, Int)]] = [:]
            for record in try await NotificationRecord.query(on: app.db).sort(\.$id).all() {
                result[record.recipientID, default: []].append(
                    (NotificationKind(rawValue: record.kind) ?? .ideaStatus, record.count))
            }
            return result
        }

        func tell() async throws { try await app.runBackgroundWork(logger: app.logger) }
    }

    static func stockholm(_ text: String) throws -> Date {
        let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        let components = DateComponents(
            year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4])
        return try #require(DateFormat.calendar.date(from: components))
    }

    static func kinds(_ told: [(NotificationKind, Int)]?) -> [NotificationKind] { (told ?? []).map(\.0) }

    @Test("A comment tells the author and the followers, never the one who wrote it; a reply tells the one replied to")
    func comments() async throws {
        try await withTestApp { app in
            let hub = try await Hub.make(app)
            let first = try await hub.comment(by: hub.stranger, "Bra idé, jag cyklar där varje dag.")
            try await hub.tell()
            var told = try await hub.told()
            #expect(Self.kinds(told[hub.author]) == [.ideaComment])
            #expect(Self.kinds(told[hub.follower]) == [.ideaComment])
            #expect(told[hub.stranger] == nil)
            #expect(told[hub.coach] == nil)

            try await NotificationRecord.query(on: app.db).delete()
            try await hub.comment(by: hub.author, "Tack! Vilken tid cyklar du?", replyTo: first)
            try await hub.tell()
            told = try await hub.told()
            #expect(Self.kinds(told[hub.stranger]) == [.commentReply])
            #expect(Self.kinds(told[hub.follower]) == [.ideaComment])
            #expect(told[hub.author] == nil)
            // Told once: a second round finds nothing new.
            try await hub.tell()
            #expect(try await NotificationRecord.query(on: app.db).count() == 2)
        }
    }

    @Test("Twelve comments within the hour are one notification: “12 nya kommentarer”")
    func consolidation() async throws {
        try await withTestApp { app in
            let hub = try await Hub.make(app)
            for number in 1...12 {
                let person = try await app.makeAccount("Person \(number)", "person\(number)@example.se")
                try await hub.comment(by: person, "Kommentar nummer \(number)")
                if number % 5 == 0 { try await hub.tell() }
            }
            try await hub.tell()
            let told = try await hub.told()
            #expect(told[hub.author]?.count == 1)
            #expect(told[hub.author]?.first?.1 == 12)
            let browser = TestBrowser(app)
            try await browser.signIn("asa@example.se", "ett långt lösenord")
            let page = try await browser.get("/notifications")
            #expect(page.text.contains("12 nya kommentarer på ”Cykelbana till skolan”"))
            #expect(page.text.contains("Aviseringar, 1 olästa"))
        }
    }

    @Test("A status change tells the author and the followers, with the coach's reason")
    func statusChange() async throws {
        try await withTestApp { app in
            let hub = try await Hub.make(app)
            let coach = try await hub.actions(hub.coach)
            _ = try await coach.changeStatus(ideaID: hub.idea, StatusChange(to: .underReview))
            _ = try await coach.changeStatus(
                ideaID: hub.idea, StatusChange(to: .declined, reason: "Finns redan i trafikplanen."))
            try await hub.tell()
            let told = try await hub.told()
            // Two changes within the hour are one notification, showing the latest.
            #expect(told[hub.author]?.map(\.1) == [2])
            #expect(Self.kinds(told[hub.follower]) == [.ideaStatus])
            #expect(told[hub.coach] == nil)
            let shown = try await NotificationActions(context: try await app.actionContext(for: hub.author)).list()
            let latest = try #require(shown.first)
            #expect(NotificationWording.headline(latest.told, Localizer(.sv)).contains("Avslagen"))
            #expect(
                NotificationWording.details(latest.told, Localizer(.sv)) == ["Motivering: Finns redan i trafikplanen."])
        }
    }

    @Test("A comment hidden before it is told tells nobody; a deleted account is told nothing")
    func hiddenAndDeleted() async throws {
        try await withTestApp { app in
            let hub = try await Hub.make(app)
            let comment = try await hub.comment(by: hub.stranger, "Köp billiga klockor här")
            _ = try await hub.actions(hub.coach).hide(commentID: comment, reason: "Reklam")
            try await hub.tell()
            #expect(try await NotificationRecord.query(on: app.db).count() == 0)

            _ = try await AccountActions(context: try await app.actionContext(for: hub.follower)).deleteOwnAccount(
                password: "ett långt lösenord")
            try await hub.comment(by: hub.stranger, "En riktig kommentar.")
            try await hub.tell()
            let told = try await hub.told()
            #expect(Self.kinds(told[hub.author]) == [.ideaComment])
            #expect(told[hub.follower] == nil)
        }
    }

    @Test("Project followers hear of public timeline entries; a follower who lost access sees nothing of it")
    func projects() async throws {
        try await withTestApp { app in
            let fixture = try await ProjectFixture.make(app)
            let project = try await fixture.project("Trygga stråk")
            let follower = try await app.makeAccount("Filip Följare", "filip@example.se")
            let followerActions = NotificationActions(context: try await app.actionContext(for: follower))
            try await followerActions.followProject(project, following: true)
            try await followerActions.followProject(project, following: true)
            let lead = ProjectActions(context: try await app.actionContext(for: fixture.lead))
            _ = try await lead.addJournalEntry(
                projectID: project,
                JournalDraft(
                    kind: .partialResult, title: "Första testet klart", body: "Det gick bra.", visibility: .public))
            _ = try await lead.addJournalEntry(
                projectID: project,
                JournalDraft(kind: .note, title: "Intern anteckning", body: "Bara för oss.", visibility: .internal))
            try await app.runBackgroundWork(logger: app.logger)
            let shown = try await followerActions.list()
            #expect(shown.count == 1)
            #expect(shown.first?.told.kind == .projectUpdate)
            #expect(shown.first.map { NotificationWording.details($0.told, Localizer(.sv)) } == ["Första testet klart"])
            #expect(try await NotificationRecord.query(on: app.db).filter(\.$recipientID == fixture.lead).count() == 0)

            // The project becomes internal: the notification is no longer shown to the follower.
            try await app.db.sql.raw("UPDATE projects SET visibility = 'internal' WHERE id = \(bind: project)").run()
            #expect(try await followerActions.list().isEmpty)
            // …and an internal project cannot be followed by someone outside it (404, not 403).
            await #expect(throws: ActionRefusal.notFound) {
                try await followerActions.followProject(project, following: true)
            }
        }
    }

    @Test("A project started from my idea tells me")
    func projectStarted() async throws {
        try await withTestApp { app in
            let fixture = try await ProjectFixture.make(app)
            let idea = try await fixture.acceptedIdea("Sittbänkar längs ån")
            let coach = ProjectActions(context: try await app.actionContext(for: fixture.coach))
            _ = try await coach.start(
                ProjectDraft(
                    title: "Bänkar vid ån", what: "Vi testar bänkar", organizationIDs: [fixture.department],
                    visibility: .public, leadID: fixture.lead, coachID: fixture.coach), fromIdea: idea)
            try await app.runBackgroundWork(logger: app.logger)
            let shown = try await NotificationActions(context: try await app.actionContext(for: fixture.resident))
                .list()
            let started = try #require(shown.first { $0.told.kind == .projectStarted })
            #expect(
                NotificationWording.headline(started.told, Localizer(.en))
                    == "A project has started from the idea “Sittbänkar längs ån”: “Bänkar vid ån”")
        }
    }

    @Test("Mail at once or in a digest, as each person chose; a digest with nothing new is not sent")
    func mailPreferences() async throws {
        try await withTestApp { app in
            let clock = TestClock(try NotificationTests.stockholm("2026-12-02 10:00"))
            app.hubben.clock = clock
            let hub = try await Hub.make(app)
            try await NotificationActions(context: try await app.actionContext(for: hub.author)).setPreferences([
                .ideaComment: .immediately
            ])
            try await hub.comment(by: hub.stranger, "Jag håller med, särskilt om korsningen.")
            try await hub.comment(by: hub.coach, "Vi tittar på den här.")
            try await hub.tell()

            // The author: one mail at once (the second comment joined the first notification).
            let immediate = try await MailMessageRecord.query(on: app.db).filter(\.$recipient == "asa@example.se").all()
            #expect(immediate.count == 1)
            let mail = try #require(immediate.first)
            #expect(mail.category == "notification")
            #expect(mail.status == "kept")
            #expect(mail.textBody.contains("Hej Åsa Författare!"))
            #expect(mail.textBody.contains("/ideas/\(hub.idea)"))
            #expect(mail.htmlBody.contains("<html lang=\"sv\">"))
            let unsubscribe = try #require(mail.unsubscribeURL)
            #expect(unsubscribe.contains("/unsubscribe/\(hub.author).idea_comment."))

            // The follower: nothing until 07.00 tomorrow, then one digest with both comments' text.
            #expect(try await app.lastMail(to: "filip@example.se") == nil)
            clock.set(try NotificationTests.stockholm("2026-12-03 07:00"))
            try await hub.tell()
            let digest = try #require(try await app.lastMail(to: "filip@example.se"))
            #expect(digest.category == "digest")
            #expect(digest.subject == "Dagen i Hubben: 1 nyhet")
            #expect(digest.textBody.contains("== Cykelbana till skolan =="))
            #expect(digest.textBody.contains("> Vi tittar på den här."))
            #expect(digest.textBody.contains("> Jag håller med, särskilt om korsningen."))
            #expect(digest.htmlBody.contains("<blockquote>Vi tittar på den här.</blockquote>"))
            try await hub.tell()
            #expect(
                try await MailMessageRecord.query(on: app.db).filter(\.$recipient == "filip@example.se").count() == 1)
        }
    }

    @Test("One-click unsubscribe: a GET only asks, a POST without cookies stops that kind, a forged token does nothing")
    func unsubscribe() async throws {
        try await withTestApp { app in
            let hub = try await Hub.make(app)
            let links = try await UnsubscribeLinks.stored(in: app.db)
            let path = links.path(accountID: hub.follower, scope: .kind(.ideaComment))
            let preferences = NotificationStore(database: app.db)

            let page = try await app.testing().sendRequest(.GET, path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Kommentarer på idéer jag lämnat eller följer"))
            #expect(try await preferences.preferences(accountID: hub.follower)[.ideaComment] == .daily)

            let posted = try await app.testing().sendRequest(
                .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
            #expect(posted.status == .ok)
            #expect(try await preferences.preferences(accountID: hub.follower)[.ideaComment] == .never)
            #expect(try await preferences.preferences(accountID: hub.follower)[.ideaStatus] == .daily)

            // Another person's number with this signature, another kind, or a changed signature: refused.
            let forged = [
                path.replacingOccurrences(of: "/unsubscribe/\(hub.follower).", with: "/unsubscribe/\(hub.author)."),
                path.replacingOccurrences(of: ".idea_comment.", with: ".idea_status."),
                String(path.dropLast()) + (path.hasSuffix("A") ? "B" : "A"),
                "/unsubscribe/x", "/unsubscribe/\(hub.author).idea_comment.",
            ]
            for forgery in forged {
                let response = try await app.testing().sendRequest(.POST, forgery)
                #expect(response.status == .notFound, "\(forgery)")
            }
            #expect(try await preferences.preferences(accountID: hub.author)[.ideaComment] == .daily)
            #expect(try await preferences.preferences(accountID: hub.author)[.ideaStatus] == .daily)

            // A digest's link stops every kind that goes to that digest.
            let digestPath = links.path(accountID: hub.author, scope: .digest(.daily))
            _ = try await app.testing().sendRequest(.POST, digestPath)
            // (Reminders are mailed at once, not in a digest: a digest's link leaves them as they are.)
            #expect(
                try await preferences.preferences(accountID: hub.author).allSatisfy {
                    $0.value == .never || MailDelivery.default(for: $0.key) == .immediately
                })
        }
    }

    @Test("The bell, the list, opening one, marking all read, the e-mail choices and following a project, on the web")
    func pages() async throws {
        try await withTestApp(sharedReads: false) { app in
            let hub = try await Hub.make(app)
            try await hub.comment(by: hub.stranger, "Första")
            let coach = try await hub.actions(hub.coach)
            _ = try await coach.changeStatus(ideaID: hub.idea, StatusChange(to: .underReview))
            try await hub.tell()

            let browser = TestBrowser(app)
            try await browser.signIn("filip@example.se", "ett långt lösenord")
            var home = try await browser.get("/")
            #expect(home.text.contains("aria-label=\"Aviseringar, 2 olästa\""))
            #expect(home.text.contains("<span class=\"bell-count\" aria-hidden=\"true\">2</span>"))
            let list = try await browser.get("/notifications")
            #expect(list.text.contains("Sten Främling kommenterade ”Cykelbana till skolan”"))
            let first = try #require(
                try await NotificationRecord.query(on: app.db).filter(\.$recipientID == hub.follower).first())
            let opened = try await browser.get("/notifications/\(try first.requireID())")
            #expect(opened.status == .seeOther)
            #expect(opened.headers.first(name: .location) == "/ideas/\(hub.idea)")
            home = try await browser.get("/")
            #expect(home.text.contains("Aviseringar, 1 olästa"))
            let marked = try await browser.post("/notifications/read", [:], tokenPage: "/notifications")
            #expect(marked.status == .seeOther)
            home = try await browser.get("/")
            #expect(home.text.contains("aria-label=\"Aviseringar\""))
            #expect(!home.text.contains("bell-count"))
            // Someone else's notification does not open.
            let other = try #require(
                try await NotificationRecord.query(on: app.db).filter(\.$recipientID == hub.author).first())
            #expect(try await browser.get("/notifications/\(try other.requireID())").status == .notFound)

            let saved = try await browser.post(
                "/account/notification-preferences", ["idea_comment": "weekly", "project_update": "never"],
                tokenPage: "/account")
            #expect(saved.status == .seeOther)
            let account = try await browser.get("/account?preferences=saved")
            #expect(account.text.contains("Dina val är sparade."))
            #expect(account.text.contains("<option value=\"weekly\" selected>Veckosammanfattning</option>"))
            let refused = try await browser.post(
                "/account/notification-preferences", ["idea_comment": "hourly"], tokenPage: "/account")
            #expect(refused.status == .unprocessableEntity)

            let fixture = try await ProjectFixture.make(app)
            let project = try await fixture.project("Trygga stråk")
            let projectPage = try await browser.get("/projects/\(project)")
            #expect(projectPage.text.contains("Följ projektet"))
            let followed = try await browser.post("/projects/\(project)/follow", [:], tokenPage: "/projects/\(project)")
            #expect(followed.status == .seeOther)
            #expect(try await browser.get("/projects/\(project)").text.contains("Du följer projektet"))
            _ = try await browser.post("/projects/\(project)/follow/stop", [:], tokenPage: "/projects/\(project)")
            #expect(try await browser.get("/projects/\(project)").text.contains("Följ projektet"))

            // Anonymous: the list needs signing in, and no follow button.
            #expect(try await app.testing().sendRequest(.GET, "/notifications").status == .seeOther)
            #expect(
                !(try await app.testing().sendRequest(.GET, "/projects/\(project)").text.contains("Följ projektet")))
        }
    }

    @Test("Admins see every mail at /admin/mail as it would arrive; nobody else does")
    func mailAdmin() async throws {
        try await withTestApp { app in
            let hub = try await Hub.make(app)
            try await NotificationActions(context: try await app.actionContext(for: hub.author)).setPreferences([
                .ideaComment: .immediately
            ])
            try await hub.comment(by: hub.stranger, "En kommentar med <script>alert(1)</script>")
            try await hub.tell()
            let admin = try await TestBrowser.signedIn(app, "Ada Admin", "ada@example.se", roles: [.admin])
            let list = try await admin.get("/admin/mail")
            #expect(list.status == .ok)
            #expect(list.text.contains("asa@example.se"))
            let id = try #require(try await app.lastMail(to: "asa@example.se")?.requireID())
            let message = try await admin.get("/admin/mail/\(id)")
            #expect(message.text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
            #expect(message.text.contains("Content-Type: multipart/alternative"))
            #expect(!message.text.contains("<script>alert(1)</script>"))
            let resident = try await TestBrowser.signedIn(app, "Rut Invånare", "rut@example.se")
            #expect(try await resident.get("/admin/mail").status == .forbidden)
            #expect(try await resident.get("/admin/mail/\(id)").status == .forbidden)
        }
    }

    @Test("Two instances on one database: every activity told once, every message handed over once")
    func exactlyOnce() async throws {
        try await withTestApp { first in
            try await withTestApp(database: first.hubben.config.database) { second in
                let hub = try await Hub.make(first)
                for number in 1...50 {
                    let person = try await first.makeAccount("Person \(number)", "person\(number)@example.se")
                    try await NotificationActions(context: try await first.actionContext(for: person)).setPreferences([
                        .ideaComment: .immediately
                    ])
                    try await IdeaActions(context: try await first.actionContext(for: person)).follow(ideaID: hub.idea)
                }
                try await hub.comment(by: hub.stranger, "En kommentar som 52 personer ska få veta om.")
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for app in [first, second, first, second] {
                        group.addTask {
                            try await NotificationFanOut(
                                database: app.db, mail: try await app.notificationMail(on: app.db)
                            ).run(now: Date())
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(try await NotificationRecord.query(on: first.db).count() == 52)
                // The 50 who chose mail at once: queued for a relay.
                try await first.db.sql.raw("UPDATE mail_messages SET status = 'queued'").run()
                #expect(try await MailMessageRecord.query(on: first.db).count() == 50)
                let relay = RecordingMailer()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for app in [first, second, first, second] {
                        group.addTask {
                            try await MailSender(
                                database: app.db, mailer: relay, from: app.hubben.mail.from, logger: app.logger,
                                batch: 7
                            )
                            .deliverDueUntilEmpty(now: Date())
                        }
                    }
                    try await group.waitForAll()
                }
                let delivered = await relay.recipients
                #expect(delivered.count == 50)
                #expect(Set(delivered).count == 50)
                #expect(try await MailMessageRecord.query(on: first.db).filter(\.$status == "sent").count() == 50)
            }
        }
    }

    @Test("E-mail choices changed at once from two instances: no error, one choice per kind, the last one kept")
    func concurrentPreferences() async throws {
        try await withTestApp { first in
            try await withTestApp(database: first.hubben.config.database) { second in
                let person = try await first.makeAccount("Pia Parallell", "pia@example.se")
                let choices: [MailDelivery] = [.immediately, .daily, .weekly, .never]
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for round in 0..<16 {
                        let app = round % 2 == 0 ? first : second
                        group.addTask {
                            try await NotificationActions(context: try await app.actionContext(for: person))
                                .setPreferences([
                                    .ideaComment: choices[round % choices.count], .ideaStatus: choices[(round + 1) % 4],
                                ])
                        }
                    }
                    try await group.waitForAll()
                }
                let rows = try await NotificationPreferenceRecord.query(on: first.db).filter(\.$accountID == person)
                    .all()
                #expect(rows.count == 2)
                #expect(Set(rows.map(\.kind)) == ["idea_comment", "idea_status"])
            }
        }
    }

    @Test("A refused message is tried again later, and given up after a permanent refusal, with the reason")
    func retries() async throws {
        try await withTestApp { app in
            let clock = TestClock(Date(timeIntervalSince1970: 1_900_000_000))
            app.hubben.clock = clock
            let outbox = MailOutbox(database: app.db)
            for address in ["later@example.se", "never@example.se"] {
                try await outbox.enqueue(
                    .transactional(
                        accountID: nil, to: .init(email: address), language: .sv, subject: "Test", body: "Hej"),
                    delivers: true, now: clock.now())
            }
            let relay = RecordingMailer(refusals: [
                "later@example.se": [.transient("421 try later")], "never@example.se": [.permanent("550 no such user")],
            ])
            let sender = MailSender(database: app.db, mailer: relay, from: app.hubben.mail.from, logger: app.logger)
            #expect(try await sender.deliverDue(now: clock.now()) == .init(sent: 0, failed: 2))
            // Not yet due again.
            #expect(try await sender.deliverDue(now: clock.now().addingTimeInterval(30)) == .init(sent: 0, failed: 0))
            #expect(try await sender.deliverDue(now: clock.now().addingTimeInterval(61)) == .init(sent: 1, failed: 0))
            let messages = try await MailMessageRecord.query(on: app.db).sort(\.$id).all()
            #expect(messages.map(\.status) == ["sent", "failed"])
            #expect(messages.map(\.attempts) == [2, 1])
            #expect(messages[1].lastError == "550 no such user")
            #expect(await relay.recipients == ["later@example.se"])
        }
    }
}

/// A relay that records what it was handed and refuses what it is told to, once per entry.
actor RecordingMailer: Mailer {
    private(set) var recipients: [String] = []
    private var refusals: [String: [MailDeliveryError]]

    init(refusals: [String: [MailDeliveryError]] = [:]) { self.refusals = refusals }

    func deliver(_ data: String, from sender: String, to recipient: String) async throws {
        if var waiting = refusals[recipient], !waiting.isEmpty {
            let refusal = waiting.removeFirst()
            refusals[recipient] = waiting
            throw refusal
        }
        recipients.append(recipient)
    }
}

extension MailSender {
    /// Rounds until a round finds nothing to send.
    func deliverDueUntilEmpty(now: Date) async throws {
        while try await deliverDue(now: now) != Round() {}
    }
}
