import Crypto
import Foundation
import HubbenCore

/// How a notification reads, on the page and in a mail: a headline and the lines under it.
enum NotificationWording {
    static func headline(_ told: Told, _ t: Localizer) -> String {
        let actor = told.actorName.isEmpty ? t(.toldSomeone) : told.actorName
        switch told.kind {
        case .ideaStatus:
            let status = IdeaStatus(rawValue: lines(told)[0]).map { t(IdeaPages.status($0)) } ?? lines(told)[0]
            return t(.toldStatus(title: told.title, status: status))
        case .ideaComment: return t(.toldComment(actor: actor, title: told.title, count: told.count))
        case .commentReply: return t(.toldReply(actor: actor, title: told.title, count: told.count))
        case .projectUpdate: return t(.toldProjectUpdate(title: told.title, count: told.count))
        case .projectStarted: return t(.toldProjectStarted(title: told.title, idea: told.detail))
        case .eventReminder:
            let when = (try? Date(told.detail, strategy: .iso8601)).map {
                DateFormat.dateTime($0, language: t.language)
            }
            return t(.toldEventReminder(title: told.title, when: when ?? ""))
        case .staffingAssigned: return t(.toldStaffingAssigned(title: told.title, count: told.count))
        }
    }

    /// What the notification says besides its headline: the reason, the comment, the journal entry.
    static func details(_ told: Told, _ t: Localizer) -> [String] {
        let parts = lines(told)
        switch told.kind {
        case .ideaStatus:
            return parts.count > 1 && !parts[1].isEmpty ? [t(.toldReason(parts[1...].joined(separator: "\n")))] : []
        case .ideaComment, .commentReply:
            return told.count > 1 || told.detail.isEmpty ? [] : [told.detail]
        case .projectUpdate:
            guard told.count == 1 else { return [] }
            if parts.first == "gate", parts.count >= 3 {
                let decision = GateDecisionKind(rawValue: parts[1]).map { t(ProjectPages.decision($0)) } ?? parts[1]
                let phase = ProjectPhase(rawValue: parts[2]).map { t(ProjectPages.phase($0)) } ?? parts[2]
                return [t(.toldGate(decision: decision, phase: phase))]
            }
            return parts.first == "journal" ? [parts.dropFirst().joined(separator: "\n")] : []
        case .staffingAssigned:
            // competency, skill, percent, first day, last day; the latest assignment when several are gathered.
            guard parts.count == 5, let percent = Int(parts[2]), let from = Day(iso: parts[3]),
                let through = Day(iso: parts[4]), let period = Period(from: from, through: through),
                let competency = Competency.stored(parts[0], skill: parts[1])
            else { return [] }
            return [
                t(
                    .toldStaffing(
                        competency: PoolTexts.competency(competency, t), percent: percent,
                        weeks: PoolTexts.weeks(period, t)))
            ]
        case .projectStarted, .eventReminder:
            return []
        }
    }

    private static func lines(_ told: Told) -> [String] {
        let parts = told.detail.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return parts.isEmpty ? [""] : parts
    }
}

/// Composes the notification and digest mails, each in the person's language, with a link to the thing, to
/// the preferences and a one-click unsubscribe link (RFC 8058).
struct NotificationMail: Sendable {
    /// Where links point (`AppServices.absoluteBaseURL`).
    let baseURL: String
    /// Whether mail goes to a relay (otherwise it is kept for `/admin/mail`).
    let delivers: Bool
    let unsubscribe: UnsubscribeLinks

    func immediate(_ told: Told, to person: NotificationPeople.Person) -> OutgoingMail {
        let t = Localizer(person.language)
        let headline = NotificationWording.headline(told, t)
        let link = baseURL + told.topic.path
        let details = NotificationWording.details(told, t)
        let unsubscribeURL = baseURL + unsubscribe.path(accountID: person.id, scope: .kind(told.kind))
        let text =
            ([t(.mailGreeting(name: person.name)), "", headline] + details.map { "\n\($0)" } + [
                "", "\(t(.mailOpen)): \(link)",
            ] + footerText(t, unsubscribeURL)).joined(separator: "\n")
        let html = MailHTML.document(
            language: person.language, title: headline,
            body: [
                .p(.text(t(.mailGreeting(name: person.name)))),
                .h1(.text(headline)),
                .forEach(details) { .p(.text($0)) },
                .p(.a(.href(link), .text(t(.mailOpen)))),
                footerHTML(t, unsubscribeURL),
            ])
        return OutgoingMail(
            accountID: person.id, to: .init(name: person.name, email: person.email), category: .notification,
            subject: headline, text: text, html: html, unsubscribeURL: unsubscribeURL)
    }

    /// One digest: the things in order of their newest news, each with its notifications newest first and the
    /// text of new comments. Nil when there is nothing to say.
    func digest(_ items: [DigestItem], delivery: MailDelivery, to person: NotificationPeople.Person) -> OutgoingMail? {
        guard !items.isEmpty else { return nil }
        let t = Localizer(person.language)
        let subject = t(.mailDigestSubject(delivery, count: items.count))
        let groups = Digest.grouped(items)
        let unsubscribeURL = baseURL + unsubscribe.path(accountID: person.id, scope: .digest(delivery))
        var text = [t(.mailGreeting(name: person.name)), ""]
        for group in groups {
            text.append("== \(group.title) ==")
            for item in group.items {
                text.append("* \(item.summary) (\(DateFormat.dateTime(item.at, language: person.language)))")
                text += item.quotes.map { "  > " + $0.replacingOccurrences(of: "\n", with: "\n  > ") }
            }
            text.append("\(t(.mailOpen)): \(baseURL + group.topic.path)")
            text.append("")
        }
        text += footerText(t, unsubscribeURL)
        let html = MailHTML.document(
            language: person.language, title: subject,
            body: [
                .p(.text(t(.mailGreeting(name: person.name)))),
                .h1(.text(subject)),
                .forEach(groups) { group in
                    .section(
                        .h2(.a(.href(baseURL + group.topic.path), .text(group.title))),
                        .ul(
                            .forEach(group.items) { item in
                                .li(
                                    .p(
                                        .text(item.summary), .text(" "),
                                        .small(.text(DateFormat.dateTime(item.at, language: person.language)))),
                                    .forEach(item.quotes) { .blockquote(.text($0)) })
                            }))
                },
                footerHTML(t, unsubscribeURL),
            ])
        return OutgoingMail(
            accountID: person.id, to: .init(name: person.name, email: person.email), category: .digest,
            subject: subject, text: text.joined(separator: "\n"), html: html, unsubscribeURL: unsubscribeURL)
    }

    private func footerText(_ t: Localizer, _ unsubscribeURL: String) -> [String] {
        [
            "", "--", t(.mailWhy),
            "\(t(.mailPreferences)): \(baseURL)\(AccountPaths.account())#notification-preferences",
            "\(t(.mailUnsubscribe)): \(unsubscribeURL)",
        ]
    }

    private func footerHTML(_ t: Localizer, _ unsubscribeURL: String) -> Node {
        .footer(
            .hr(),
            .p(.small(.text(t(.mailWhy)))),
            .p(
                .small(
                    .a(
                        .href("\(baseURL)\(AccountPaths.account())#notification-preferences"),
                        .text(t(.mailPreferences))),
                    .text(" · "), .a(.href(unsubscribeURL), .text(t(.mailUnsubscribe))))))
    }
}

/// A mail's HTML part: a small document of its own, escaped by construction like every page.
enum MailHTML {
    static func document(language: Language, title: String, body: [Node]) -> String {
        Node.group(
            .raw("<!DOCTYPE html>"),
            .element(
                named: "html",
                nodes: [
                    .attribute(named: "lang", value: language.rawValue),
                    .head(.meta(.charset(.utf8)), .element(named: "title", nodes: [.text(title)])),
                    .body(.group(body)),
                ])
        ).render(capacity: 4 * 1024)
    }
}

/// One-click unsubscribe links (RFC 8058): `/unsubscribe/TOKEN`, where the token names the account by its
/// number and the kind (or the digest) it stops, signed with the key in `signing_keys`, so that nobody can
/// make one for someone else, and nothing personal is in it.
struct UnsubscribeLinks: Sendable {
    enum Scope: Equatable, Sendable {
        case kind(NotificationKind)
        case digest(MailDelivery)

        var token: String {
            switch self {
            case .kind(let kind): kind.rawValue
            case .digest(let delivery): "digest_\(delivery.rawValue)"
            }
        }

        init?(token: String) {
            if let kind = NotificationKind(rawValue: token) {
                self = .kind(kind)
            } else if token.hasPrefix("digest_"), let delivery = MailDelivery(rawValue: String(token.dropFirst(7))),
                delivery == .daily || delivery == .weekly
            {
                self = .digest(delivery)
            } else {
                return nil
            }
        }
    }

    let key: SymmetricKey

    init(secret: String) { key = SymmetricKey(data: Data(secret.utf8)) }

    func path(accountID: Int, scope: Scope) -> String {
        NotificationPaths.unsubscribePrefix + token(accountID: accountID, scope: scope)
    }

    func token(accountID: Int, scope: Scope) -> String {
        let payload = "\(accountID).\(scope.token)"
        return payload + "." + signature(payload)
    }

    /// The account and scope a token names, if its signature is right.
    func verify(_ token: String) -> (accountID: Int, scope: Scope)? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0].count <= 18, let accountID = Int(parts[0]), accountID > 0,
            let scope = Scope(token: parts[1])
        else { return nil }
        let expected = signature("\(parts[0]).\(parts[1])")
        guard expected.utf8.count == parts[2].utf8.count,
            zip(expected.utf8, parts[2].utf8).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0
        else { return nil }
        return (accountID, scope)
    }

    private func signature(_ payload: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("unsubscribe:\(payload)".utf8), using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
