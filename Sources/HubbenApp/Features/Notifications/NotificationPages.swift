import Foundation
import HubbenCore

/// The notification list, the e-mail choices (a part of "Mina uppgifter"), the unsubscribe page and the
/// administrators' mail pages.
enum NotificationPages {
    static func list(_ notifications: [ShownNotification], csrf: String, _ t: Localizer) -> Page {
        let unread = notifications.filter { !$0.isRead }.count
        return Page(
            title: t(.notificationsTitle),
            main: .group(
                .div(
                    .class("page-heading"),
                    .h1(.text(t(.notificationsTitle))),
                    .if(
                        unread > 0,
                        .form(
                            .method(.post), .action(NotificationPaths.markRead()), .class("inline-form"),
                            FormParts.csrf(csrf),
                            FormParts.submit(t(.notificationsMarkAllRead), style: "button-secondary")))),
                PageParts.lead(t(.notificationsLead)),
                .p(
                    .a(
                        .href(AccountPaths.account() + "#notification-preferences"),
                        .text(t(.notificationsPreferencesLink)))),
                notifications.isEmpty
                    ? .p(.class("empty-state"), .text(t(.notificationsEmpty)))
                    : .ul(
                        .class("notification-list"),
                        .forEach(notifications) { notification in
                            item(notification, t)
                        })
            ),
            section: nil)
    }

    private static func item(_ notification: ShownNotification, _ t: Localizer) -> Node {
        let told = notification.told
        return .li(
            .class(notification.isRead ? "notification" : "notification notification-unread"),
            .p(
                .class("notification-headline"),
                .if(
                    !notification.isRead,
                    .span(.class("tag tag-unread"), .text(t(.notificationsUnread)), .text(" "))),
                .a(.href(NotificationPaths.open(notification.id)), .text(NotificationWording.headline(told, t)))),
            .forEach(NotificationWording.details(told, t)) { .p(.class("notification-detail"), .text($0)) },
            .p(
                .class("notification-time"),
                .time(
                    .attribute(named: "datetime", value: DateFormat.iso8601(told.at)),
                    .text(DateFormat.dateTime(told.at, language: t.language))))
        )
    }

    /// The e-mail choices on "Mina uppgifter".
    static func preferencesForm(
        _ preferences: [NotificationKind: MailDelivery], kinds: [NotificationKind], saved: Bool, csrf: String,
        _ t: Localizer
    )
        -> Node
    {
        .section(
            .id("notification-preferences"), .class("account-section"),
            .h2(.text(t(.preferencesTitle))),
            FormParts.notice(saved ? t(.preferencesSaved) : nil),
            .p(.text(t(.preferencesLead))),
            .form(
                .method(.post), .action(NotificationPaths.preferences()),
                FormParts.csrf(csrf),
                .forEach(kinds) { kind in
                    FormParts.select(
                        name: kind.rawValue, label: t(.preferenceKind(kind)),
                        options: MailDelivery.allCases.map { ($0.rawValue, t(.delivery($0))) },
                        selected: (preferences[kind] ?? MailDelivery.default(for: kind)).rawValue, t)
                },
                FormParts.submit(t(.preferencesSave))))
    }

    static func unsubscribe(token: String, scope: UnsubscribeLinks.Scope?, done: Bool, _ t: Localizer) -> Page {
        let what: String? = scope.map {
            switch $0 {
            case .kind(let kind): t(.preferenceKind(kind))
            case .digest(let delivery): t(delivery == .weekly ? .unsubscribeDigestWeekly : .unsubscribeDigestDaily)
            }
        }
        return Page(
            title: t(.unsubscribeTitle),
            main: .group(
                .h1(.text(t(.unsubscribeTitle))),
                .unwrap(
                    what,
                    { what in
                        done
                            ? FormParts.notice(t(.unsubscribeDone))
                            : .form(
                                .method(.post), .action(NotificationPaths.unsubscribePrefix + token),
                                .p(.text(t(.unsubscribeQuestion(what)))),
                                FormParts.submit(t(.unsubscribeButton)))
                    }, else: .p(.text(t(.unsubscribeInvalid))))
            ))
    }

    // MARK: Mail

    static func mailList(_ messages: [StoredMail], counts: [MailStatus: Int], status: MailStatus?, _ t: Localizer)
        -> Page
    {
        Page(
            title: t(.mailAdminTitle),
            main: .group(
                .h1(.text(t(.mailAdminTitle))),
                PageParts.lead(t(.mailAdminLead)),
                .nav(
                    .ariaLabel(t(.mailAdminFilter)),
                    .ul(
                        .class("filter-links"),
                        .li(
                            .a(
                                .href(NotificationPaths.mail()),
                                .if(status == nil, .attribute(named: "aria-current", value: "page")),
                                .text(t(.mailAdminAll)))),
                        .forEach(MailStatus.allCases) { option in
                            .li(
                                .a(
                                    .href(
                                        HTMLAttribute.pathWithQuery(
                                            NotificationPaths.mail(), ["status": option.rawValue])),
                                    .if(status == option, .attribute(named: "aria-current", value: "page")),
                                    .text("\(t(.mailStatus(option))) (\(counts[option] ?? 0))")))
                        })),
                messages.isEmpty
                    ? .p(.class("empty-state"), .text(t(.mailAdminEmpty)))
                    : PageParts.table(
                        id: "mail-table", caption: t(.mailAdminTitle),
                        columns: [
                            .init(t(.mailAdminSubject)), .init(t(.mailAdminRecipient)), .init(t(.mailAdminState)),
                            .init(t(.mailAdminCreated)), .init(t(.mailAdminAttempts), numeric: true),
                        ],
                        rows: .tbody(
                            .forEach(messages) { message in
                                .tr(
                                    .td(
                                        .a(
                                            .href(NotificationPaths.mailMessage(message.id)),
                                            .text(message.mail.subject))),
                                    .td(.text(message.mail.to.email)),
                                    .td(.text(t(.mailStatus(message.status)))),
                                    .td(.text(DateFormat.dateTime(message.createdAt, language: t.language))),
                                    .td(.class("number"), .text("\(message.attempts)")))
                            }))
            ))
    }

    static func mailMessage(_ message: StoredMail, source: String, _ t: Localizer) -> Page {
        Page(
            title: message.mail.subject,
            main: .group(
                .p(.a(.href(NotificationPaths.mail()), .text(t(.mailAdminTitle)))),
                .h1(.text(message.mail.subject)),
                .dl(
                    .class("facts"),
                    .dt(.text(t(.mailAdminRecipient))), .dd(.text(message.mail.to.email)),
                    .dt(.text(t(.mailAdminState))), .dd(.text(t(.mailStatus(message.status)))),
                    .dt(.text(t(.mailAdminAttempts))), .dd(.text("\(message.attempts)")),
                    .unwrap(message.lastError) { error in
                        .group(.dt(.text(t(.mailAdminError))), .dd(.text(error)))
                    }),
                .h2(.text(t(.mailAdminText))),
                .pre(.class("mail-source"), .attribute(named: "tabindex", value: "0"), .text(message.mail.text)),
                .h2(.text(t(.mailAdminHTML))),
                .element(
                    named: "iframe",
                    nodes: [
                        .attribute(named: "sandbox", value: ""), .attribute(named: "title", value: t(.mailAdminHTML)),
                        .attribute(named: "srcdoc", value: message.mail.html), .class("mail-preview"),
                    ]),
                .h2(.text(t(.mailAdminSource))),
                .pre(.class("mail-source"), .attribute(named: "tabindex", value: "0"), .text(source))
            ))
    }
}
