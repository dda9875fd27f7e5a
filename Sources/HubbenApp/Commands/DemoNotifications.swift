import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's notifications and mail: the demo resident follows a few ideas and a project, the coach and
/// others comment, decide and write in the journal, through the same actions as the site, so that the
/// resident finds notifications under the bell, one mail sent at once, a daily digest already gone out and
/// news waiting for the next; the demo administrator sees all of it at /admin/mail. Once per database.
enum DemoNotifications {
    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        guard let resident = demoAccounts["resident"], let coach = demoAccounts["coach"],
            let staff = demoAccounts["staff"]
        else { return }
        let db = app.db
        guard try await NotificationRecord.query(on: db).filter(\.$recipientID == resident).count() == 0 else {
            return
        }
        let now = app.hubben.clock.now()
        func context(_ accountID: Int) async throws -> ActionContext {
            try await app.demoContext(accountID, now: now)
        }
        let followed = try await db.sql.raw(
            """
            SELECT id FROM ideas WHERE status IN ('submitted', 'under_review') ORDER BY support_count DESC, id LIMIT 3
            """
        ).all().map { try $0.decode(column: "id", as: Int.self) }
        let project = try await db.sql.raw(
            "SELECT id FROM projects WHERE visibility = 'public' ORDER BY id LIMIT 1"
        ).first()?.decode(column: "id", as: Int.self)
        guard followed.count == 3, let project else { return }

        let residentIdeas = IdeaActions(context: try await context(resident))
        for idea in followed { try await residentIdeas.follow(ideaID: idea) }
        let residentNotifications = NotificationActions(context: try await context(resident))
        try await residentNotifications.followProject(project, following: true)
        try await residentNotifications.setPreferences([.projectUpdate: .immediately])

        let coachIdeas = IdeaActions(context: try await context(coach))
        let staffIdeas = IdeaActions(context: try await context(staff))
        _ = try await coachIdeas.comment(
            ideaID: followed[0], parentID: nil,
            body: "Vi tar upp idén på nästa behovsmöte i hubben. Vet någon hur det ser ut i andra stadsdelar?")
        _ = try await staffIdeas.comment(
            ideaID: followed[0], parentID: nil,
            body: "Stadsbyggnadsförvaltningen har mätningar från i höstas som vi kan dela.")
        _ = try await coachIdeas.comment(
            ideaID: followed[1], parentID: nil, body: "Spännande! Vi skulle vilja prova det här i en liten skala först."
        )
        _ = try await ProjectActions(context: try await context(coach)).addJournalEntry(
            projectID: project,
            JournalDraft(
                kind: .partialResult, title: "Första testveckan är klar",
                body:
                    "Tolv invånare testade prototypen. De flesta hittade rätt direkt; två av tre ville kunna boka i mobilen.",
                visibility: .public))
        let mail = try await app.notificationMail(on: db)
        while try await NotificationFanOut(database: db, mail: mail).run(now: now) > 0 {}
        // Today's news as a digest already sent, as it would have gone out at seven this morning…
        try await Digests(database: db, mail: mail, hasher: app.password).run(now: now, dueNow: true)
        // …and news since then, waiting for tomorrow's.
        _ = try await coachIdeas.changeStatus(ideaID: followed[2], StatusChange(to: .underReview))
        _ = try await staffIdeas.comment(
            ideaID: followed[2], parentID: nil, body: "Det här skulle hjälpa oss på bygglovsenheten också.")
        while try await NotificationFanOut(database: db, mail: mail).run(now: now) > 0 {}
        let count = try await NotificationRecord.query(on: db).count()
        progress("notifications: \(count), mail: \(try await MailMessageRecord.query(on: db).count())")
    }
}
