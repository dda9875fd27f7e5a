import HubbenCore

/// The notifications' texts: the bell, the list, the preferences, the mails and the unsubscribe page.
extension LocalizedText {
    static let notificationsTitle = LocalizedText(sv: "Aviseringar", en: "Notifications")
    static func notificationsBell(unread: Int) -> LocalizedText {
        LocalizedText(
            sv: unread == 0 ? "Aviseringar" : "Aviseringar, \(unread) olästa",
            en: unread == 0 ? "Notifications" : "Notifications, \(unread) unread")
    }
    static let notificationsLead = LocalizedText(
        sv: "Det som hänt med idéer och projekt du följer, nyast först.",
        en: "What happened to the ideas and projects you follow, newest first.")
    static let notificationsEmpty = LocalizedText(
        sv: "Inga aviseringar än. Följ en idé eller ett projekt för att få veta vad som händer.",
        en: "No notifications yet. Follow an idea or a project to hear what happens.")
    static let notificationsMarkAllRead = LocalizedText(sv: "Markera alla som lästa", en: "Mark all as read")
    static let notificationsUnread = LocalizedText(sv: "Oläst", en: "Unread")
    static let notificationsPreferencesLink = LocalizedText(
        sv: "Välj vad du får e-post om", en: "Choose what you get e-mail about")

    static let projectFollow = LocalizedText(sv: "Följ projektet", en: "Follow the project")
    static let projectUnfollow = LocalizedText(sv: "Sluta följa", en: "Stop following")
    static let projectYouFollow = LocalizedText(
        sv: "Du följer projektet och får veta när det händer något.",
        en: "You follow the project and hear when something happens.")

    // MARK: What happened

    static func toldStatus(title: String, status: String) -> LocalizedText {
        LocalizedText(sv: "Idén ”\(title)” har fått status: \(status)", en: "The idea “\(title)” is now: \(status)")
    }
    static func toldReason(_ reason: String) -> LocalizedText {
        LocalizedText(sv: "Motivering: \(reason)", en: "Reason: \(reason)")
    }
    static func toldComment(actor: String, title: String, count: Int) -> LocalizedText {
        count > 1
            ? LocalizedText(sv: "\(count) nya kommentarer på ”\(title)”", en: "\(count) new comments on “\(title)”")
            : LocalizedText(sv: "\(actor) kommenterade ”\(title)”", en: "\(actor) commented on “\(title)”")
    }
    static func toldReply(actor: String, title: String, count: Int) -> LocalizedText {
        count > 1
            ? LocalizedText(
                sv: "\(count) nya svar på din kommentar om ”\(title)”",
                en: "\(count) new replies to your comment on “\(title)”")
            : LocalizedText(
                sv: "\(actor) svarade på din kommentar om ”\(title)”",
                en: "\(actor) replied to your comment on “\(title)”")
    }
    static func toldProjectUpdate(title: String, count: Int) -> LocalizedText {
        count > 1
            ? LocalizedText(
                sv: "\(count) nyheter i projektet ”\(title)”", en: "\(count) updates in the project “\(title)”")
            : LocalizedText(sv: "Nytt i projektet ”\(title)”", en: "New in the project “\(title)”")
    }
    static func toldGate(decision: String, phase: String) -> LocalizedText {
        LocalizedText(sv: "Grindbeslut: \(decision) – \(phase)", en: "Gate decision: \(decision) – \(phase)")
    }
    static func toldEventReminder(title: String, when: String) -> LocalizedText {
        LocalizedText(sv: "Snart dags: \(title), \(when)", en: "Coming up: \(title), \(when)")
    }
    static func toldStaffingAssigned(title: String, count: Int) -> LocalizedText {
        count > 1
            ? LocalizedText(
                sv: "Du har bemannats i projektet ”\(title)” (\(count) uppdrag)",
                en: "You have been staffed on the project “\(title)” (\(count) assignments)")
            : LocalizedText(
                sv: "Du har bemannats i projektet ”\(title)”", en: "You have been staffed on the project “\(title)”")
    }
    static func toldStaffing(competency: String, percent: Int, weeks: String) -> LocalizedText {
        LocalizedText(sv: "Som \(competency), \(percent) % \(weeks)", en: "As \(competency), \(percent) % \(weeks)")
    }
    static func toldProjectStarted(title: String, idea: String) -> LocalizedText {
        LocalizedText(
            sv: "Ett projekt har startat från idén ”\(idea)”: ”\(title)”",
            en: "A project has started from the idea “\(idea)”: “\(title)”")
    }
    static let toldSomeone = LocalizedText(sv: "Någon", en: "Someone")

    // MARK: Preferences

    static let preferencesTitle = LocalizedText(sv: "E-post om det som händer", en: "E-mail about what happens")
    static let preferencesLead = LocalizedText(
        sv:
            "Allt syns under Aviseringar. Välj för varje slag om du också vill ha e-post direkt, i en daglig eller veckovis sammanfattning, eller inte alls. E-post om ditt konto (till exempel nytt lösenord) skickas alltid.",
        en:
            "Everything shows under Notifications. For each kind, choose whether you also want e-mail at once, in a daily or weekly digest, or not at all. E-mail about your account (such as a new password) is always sent."
    )
    static let preferencesSave = LocalizedText(sv: "Spara valen", en: "Save the choices")
    static let preferencesSaved = LocalizedText(sv: "Dina val är sparade.", en: "Your choices are saved.")
    static let preferencesInvalid = LocalizedText(
        sv: "Välj ett av alternativen för varje slag.", en: "Choose one of the options for each kind.")
    static func preferenceKind(_ kind: NotificationKind) -> LocalizedText {
        switch kind {
        case .ideaStatus:
            LocalizedText(
                sv: "Ny status på idéer jag lämnat eller följer", en: "New status on ideas I submitted or follow")
        case .ideaComment:
            LocalizedText(
                sv: "Kommentarer på idéer jag lämnat eller följer", en: "Comments on ideas I submitted or follow")
        case .commentReply: LocalizedText(sv: "Svar på mina kommentarer", en: "Replies to my comments")
        case .projectUpdate:
            LocalizedText(sv: "Nyheter i projekt jag följer", en: "Updates in projects I follow")
        case .projectStarted:
            LocalizedText(sv: "Projekt som startar från mina idéer", en: "Projects started from my ideas")
        case .eventReminder:
            LocalizedText(
                sv: "Påminnelse två dagar före evenemang jag anmält mig till",
                en: "A reminder two days before events I registered for")
        case .staffingAssigned:
            LocalizedText(
                sv: "När jag bemannas i ett projekt från kompetenspoolen",
                en: "When I am staffed on a project from the competence pool")
        }
    }
    static func delivery(_ delivery: MailDelivery) -> LocalizedText {
        switch delivery {
        case .immediately: LocalizedText(sv: "Direkt", en: "At once")
        case .daily: LocalizedText(sv: "Daglig sammanfattning", en: "Daily digest")
        case .weekly: LocalizedText(sv: "Veckosammanfattning", en: "Weekly digest")
        case .never: LocalizedText(sv: "Ingen e-post", en: "No e-mail")
        }
    }

    // MARK: Mails

    static func mailDigestSubject(_ delivery: MailDelivery, count: Int) -> LocalizedText {
        let news = LocalizedText(
            sv: count == 1 ? "1 nyhet" : "\(count) nyheter", en: count == 1 ? "1 update" : "\(count) updates")
        return delivery == .weekly
            ? LocalizedText(sv: "Veckan i Hubben: \(news.sv)", en: "Your week in Hubben: \(news.en)")
            : LocalizedText(sv: "Dagen i Hubben: \(news.sv)", en: "Your day in Hubben: \(news.en)")
    }
    static func mailGreeting(name: String) -> LocalizedText { LocalizedText(sv: "Hej \(name)!", en: "Hello \(name),") }
    static let mailOpen = LocalizedText(sv: "Öppna i Hubben", en: "Open in Hubben")
    static let mailWhy = LocalizedText(
        sv: "Du får det här för att du följer det i Hubben.", en: "You get this because you follow it in Hubben.")
    static let mailPreferences = LocalizedText(sv: "Välj vad du får e-post om", en: "Choose what you get e-mail about")
    static let mailUnsubscribe = LocalizedText(sv: "Sluta få det här", en: "Stop getting this")

    // MARK: Unsubscribe

    static let unsubscribeTitle = LocalizedText(sv: "Sluta få e-post", en: "Stop e-mail")
    static func unsubscribeQuestion(_ what: String) -> LocalizedText {
        LocalizedText(sv: "Vill du sluta få e-post om: \(what)?", en: "Do you want to stop e-mail about: \(what)?")
    }
    static let unsubscribeDigestDaily = LocalizedText(sv: "den dagliga sammanfattningen", en: "the daily digest")
    static let unsubscribeDigestWeekly = LocalizedText(sv: "veckosammanfattningen", en: "the weekly digest")
    static let unsubscribeButton = LocalizedText(sv: "Ja, sluta skicka", en: "Yes, stop sending")
    static let unsubscribeDone = LocalizedText(
        sv: "Klart. Du får ingen mer e-post om det här. Aviseringarna i Hubben finns kvar.",
        en: "Done. You will get no more e-mail about this. The notifications in Hubben stay.")
    static let unsubscribeInvalid = LocalizedText(
        sv: "Länken känns inte igen. Den kan ha skrivits av fel; välj dina e-postval under Mina uppgifter.",
        en: "The link is not recognised. It may have been copied wrongly; choose your e-mail settings under My details."
    )

    // MARK: Mail admin

    static let mailAdminTitle = LocalizedText(sv: "E-post", en: "Mail")
    static let mailAdminLead = LocalizedText(
        sv:
            "Allt Hubben skickar, nyast först. Utan e-postserver (HUBBEN_SMTP_URL) sparas meddelandena här i stället, så som mottagaren skulle få dem.",
        en:
            "Everything Hubben sends, newest first. Without a mail server (HUBBEN_SMTP_URL) the messages are kept here instead, as the recipient would get them."
    )
    static let mailAdminEmpty = LocalizedText(sv: "Inga meddelanden.", en: "No messages.")
    static let mailAdminFilter = LocalizedText(sv: "Visa", en: "Show")
    static let mailAdminAll = LocalizedText(sv: "Alla", en: "All")
    static let mailAdminRecipient = LocalizedText(sv: "Till", en: "To")
    static let mailAdminSubject = LocalizedText(sv: "Ämne", en: "Subject")
    static let mailAdminState = LocalizedText(sv: "Läge", en: "State")
    static let mailAdminCreated = LocalizedText(sv: "Skapat", en: "Created")
    static let mailAdminAttempts = LocalizedText(sv: "Försök", en: "Attempts")
    static let mailAdminError = LocalizedText(sv: "Senaste felet", en: "Last error")
    static let mailAdminSource = LocalizedText(sv: "Hela meddelandet", en: "The whole message")
    static let mailAdminText = LocalizedText(sv: "Textdelen", en: "The text part")
    static let mailAdminHTML = LocalizedText(sv: "HTML-delen", en: "The HTML part")
    static func mailStatus(_ status: MailStatus) -> LocalizedText {
        switch status {
        case .queued: LocalizedText(sv: "I kö", en: "Queued")
        case .sent: LocalizedText(sv: "Skickat", en: "Sent")
        case .failed: LocalizedText(sv: "Misslyckat", en: "Failed")
        case .kept: LocalizedText(sv: "Sparat (ingen e-postserver)", en: "Kept (no mail server)")
        }
    }
}
