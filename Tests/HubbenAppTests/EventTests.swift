import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

/// A hub team member, a coach and residents, on a clock set to Monday 1 February 2027 at 09.00; events on
/// 9 March 2027 18.00–20.00.
struct EventFixture {
    let app: Application
    let clock: TestClock
    let organiser: Int
    let coach: Int
    let residents: [Int]

    static func make(_ app: Application, residents count: Int = 3) async throws -> EventFixture {
        let clock = TestClock(try #require(Day(iso: "2027-02-01")).at(minute: 9 * 60))
        app.hubben.clock = clock
        var residents: [Int] = []
        for index in 0..<count {
            residents.append(try await app.makeAccount("Invånare \(index)", "person\(index)@example.se"))
        }
        return EventFixture(
            app: app, clock: clock,
            organiser: try await app.makeAccount("Olle Arrangör", "olle@example.se", roles: [.staff]),
            coach: try await app.makeAccount("Sara Coach", "sara@example.se", roles: [.coach]), residents: residents)
    }

    var eventDay: Day { Day(year: 2027, month: 3, day: 9) ?? Day(clock.now()) }

    func draft(
        title: String = "AI i välfärden", capacity: Int? = 5, visibility: EventVisibility = .public,
        place: EventPlace = .address("Hubben, Storgatan 1"), waitlistClosed: Bool = false
    ) -> EventDraft {
        let (kind, address, link): (String, String, String) =
            switch place {
            case .address(let address): ("address", address, "")
            case .online(let link): ("online", "", link)
            case .resource: ("resource", "", "")
            }
        var resourceID: Int?
        if case .resource(let id, _) = place { resourceID = id }
        return EventDraft(
            kind: .competenceDay, title: title, description: "En dag om AI.", startsAt: eventDay.at(minute: 18 * 60),
            endsAt: eventDay.at(minute: 20 * 60), placeKind: kind, address: address, onlineLink: link,
            capacity: capacity, registrationOpensAt: nil, registrationClosesAt: nil, visibility: visibility,
            languages: [.sv], waitlistClosed: waitlistClosed, themeIDs: [], resourceID: resourceID)
    }

    func actions(_ accountID: Int?) async throws -> EventActions {
        EventActions(context: try await app.actionContext(for: accountID), baseURL: "http://hubben.test")
    }

    func event(_ draft: EventDraft) async throws -> Event {
        guard case .saved(let event) = try await actions(organiser).create(draft) else {
            throw Abort(.unprocessableEntity, reason: "the event was refused")
        }
        return event
    }

    func token(_ accountID: Int) async throws -> String {
        try await APITokenStore(database: app.db).create(accountID: accountID, now: clock.now()).token
    }

    /// Registrations of the event by status, in arrival order.
    func registrations(_ eventID: Int) async throws -> [(accountID: Int?, status: String, seat: Int?)] {
        try await app.db.sql.raw(
            "SELECT account_id, status, seat FROM event_registrations WHERE event_id = \(bind: eventID) ORDER BY id"
        ).all().map {
            (
                try $0.decode(column: "account_id", as: Int?.self), try $0.decode(column: "status", as: String.self),
                try $0.decode(column: "seat", as: Int?.self)
            )
        }
    }

    func mails(subjectContaining text: String) async throws -> [MailMessageRecord] {
        try await MailMessageRecord.query(on: app.db).all().filter { $0.subject.contains(text) }
    }
}

@Suite("Events: capacity, the waiting list, guests, check-in, organisers")
struct EventTests: APITestSuite {
    @Test("Capacity 5 and 8 registrations at once: 5 registered, 3 waiting in arrival order, no place twice")
    func concurrentRegistrations() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 8)
            let event = try await hub.event(hub.draft(capacity: 5))
            var tokens: [String] = []
            for resident in hub.residents { tokens.append(try await hub.token(resident)) }
            let answers = try await withThrowingTaskGroup(of: (UInt, String).self) { group in
                for token in tokens {
                    group.addTask {
                        let response = try await send(
                            app, .POST, "/api/v1/events/\(event.id)/registrations", token: token)
                        return (response.status.code, response.text)
                    }
                }
                var all: [(UInt, String)] = []
                for try await answer in group { all.append(answer) }
                return all
            }
            #expect(answers.allSatisfy { $0.0 == 201 }, "\(answers)")
            #expect(answers.filter { $0.1.contains("\"registered\"") }.count == 5)
            #expect(answers.filter { $0.1.contains("\"waitlisted\"") }.count == 3)
            let rows = try await hub.registrations(event.id)
            #expect(rows.filter { $0.status == "registered" }.compactMap(\.seat).sorted() == [1, 2, 3, 4, 5])
            let waiting = rows.filter { $0.status == "waitlisted" }
            #expect(waiting.count == 3 && waiting.allSatisfy { $0.seat == nil })
            // The positions the waiting were told are 1, 2, 3 in the order they arrived.
            let positions = answers.compactMap { answer -> Int? in
                guard let range = answer.1.range(of: "\"position\":") else { return nil }
                return Int(answer.1[range.upperBound...].prefix { $0.isNumber })
            }
            #expect(positions.sorted() == [1, 2, 3])
            let second = try await send(app, .POST, "/api/v1/events/\(event.id)/registrations", token: tokens[0])
            #expect(second.status == .conflict)
            #expect(try error(second).code == "already_registered")
        }
    }

    @Test("Two cancellations at once: exactly the first two waiting move up, each mailed once")
    func concurrentCancellations() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 6)
            let event = try await hub.event(hub.draft(capacity: 3))
            for resident in hub.residents { _ = try await hub.actions(resident).register(event.id) }
            let first = try await hub.token(hub.residents[0])
            let second = try await hub.token(hub.residents[1])
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for token in [first, second] {
                    group.addTask {
                        try await send(app, .DELETE, "/api/v1/events/\(event.id)/registrations/me", token: token)
                            .status.code
                    }
                }
                var all: [UInt] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses == [200, 200])
            let rows = try await hub.registrations(event.id)
            let status = Dictionary(rows.compactMap { row in row.accountID.map { ($0, row.status) } }) { a, _ in a }
            #expect(status[hub.residents[3]] == "registered" && status[hub.residents[4]] == "registered")
            #expect(status[hub.residents[5]] == "waitlisted")
            #expect(rows.compactMap(\.seat).sorted() == [1, 2, 3])
            let promoted = try await hub.mails(subjectContaining: "Du har fått en plats")
            #expect(promoted.map(\.recipient).sorted() == ["person3@example.se", "person4@example.se"])
        }
    }

    @Test("The waiting list closed: a full event takes nobody more; a new capacity must hold everyone")
    func waitlistClosedAndCapacity() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 4)
            let event = try await hub.event(hub.draft(capacity: 2, waitlistClosed: true))
            for resident in hub.residents.prefix(2) { _ = try await hub.actions(resident).register(event.id) }
            guard case .full = try await hub.actions(hub.residents[2]).register(event.id) else {
                Issue.record("a full event with a closed waiting list took someone")
                return
            }
            var smaller = hub.draft(capacity: 1, waitlistClosed: false)
            smaller.title = event.title
            guard case .capacityBelowRegistered(2) = try await hub.actions(hub.organiser).change(event.id, smaller)
            else {
                Issue.record("a capacity below those registered was taken")
                return
            }
            // The waiting list opened: the next two wait; one place more moves the first of them up.
            guard case .saved = try await hub.actions(hub.organiser).change(event.id, hub.draft(capacity: 2)) else {
                Issue.record("refused")
                return
            }
            for resident in hub.residents.suffix(2) { _ = try await hub.actions(resident).register(event.id) }
            #expect(
                try await hub.registrations(event.id).map(\.status) == [
                    "registered", "registered", "waitlisted", "waitlisted",
                ])
            guard case .saved = try await hub.actions(hub.organiser).change(event.id, hub.draft(capacity: 3)) else {
                Issue.record("refused")
                return
            }
            #expect(
                try await hub.registrations(event.id).map(\.status) == [
                    "registered", "registered", "registered", "waitlisted",
                ])
            #expect(
                try await hub.mails(subjectContaining: "Du har fått en plats").map(\.recipient) == [
                    "person2@example.se"
                ])
        }
    }

    @Test("A guest holds a place for 48 hours; confirming registers, letting it lapse moves the next up")
    func guests() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 1)
            let event = try await hub.event(hub.draft(capacity: 1))
            let anonymous = try await hub.actions(nil)
            guard
                case .mailed = try await anonymous.registerGuest(
                    event.id, GuestRegistrationDraft(name: "Gun Gäst", email: "Gun@Example.se"), language: .sv)
            else {
                Issue.record("the guest was refused")
                return
            }
            guard case .waitlisted(_, let position) = try await hub.actions(hub.residents[0]).register(event.id) else {
                Issue.record("the held place was given twice")
                return
            }
            #expect(position == 1)
            // The same address again: the same answer, and a mail saying so, not a second hold.
            _ = try await anonymous.registerGuest(
                event.id, GuestRegistrationDraft(name: "Gun Gäst", email: "gun@example.se"), language: .sv)
            #expect(try await hub.registrations(event.id).count == 2)
            #expect(try await hub.mails(subjectContaining: "Du är redan anmäld").count == 1)
            // Not confirmed within 48 hours: the place goes to the first waiting, who is mailed.
            hub.clock.advance(by: 49 * 3600)
            try await EventHousekeeping(database: app.db, baseURL: "http://hubben.test", delivers: false)
                .run(now: hub.clock.now())
            let rows = try await hub.registrations(event.id)
            #expect(rows.map(\.status) == ["expired", "registered"])
            #expect(try await hub.mails(subjectContaining: "Du har fått en plats").count == 1)
            // The expired guest's name and address are gone.
            let guest = try await app.db.sql.raw(
                "SELECT guest_name, guest_email FROM event_registrations WHERE account_id IS NULL"
            ).first()
            #expect(try guest?.decode(column: "guest_email", as: String?.self) == nil)
        }
    }

    @Test("A guest confirms through the mailed link; the link works once; the page's GET changes nothing")
    func guestConfirmation() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 0)
            let event = try await hub.event(hub.draft(capacity: 10))
            let browser = TestBrowser(app)
            let page = try await browser.get("/events/\(event.id)")
            #expect(page.status == .ok && page.text.contains("Anmäl dig som gäst"))
            let invalid = try await browser.post(
                "/events/\(event.id)/guests", ["name": "", "email": "inte en adress"], tokenPage: "/events/\(event.id)")
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("inte en adress"))
            let sent = try await browser.post(
                "/events/\(event.id)/guests", ["name": "Gun Gäst", "email": "gun@example.se"],
                tokenPage: "/events/\(event.id)")
            #expect(sent.status == .seeOther)
            let mail = try #require(try await app.lastMail(to: "gun@example.se"))
            let link = try #require(
                mail.textBody.split(whereSeparator: \.isWhitespace).first { $0.contains("/events/confirmations/") })
            let path = String(link[try #require(link.range(of: "/events/confirmations/")).lowerBound...])
            let shown = try await browser.get(path)
            #expect(shown.status == .ok && shown.text.contains(event.title))
            #expect(try await hub.registrations(event.id).map(\.status) == ["pending_confirmation"])
            let confirmed = try await browser.post(path, [:], tokenPage: path)
            #expect(confirmed.status == .ok)
            #expect(try await hub.registrations(event.id).map(\.status) == ["registered"])
            let code = try #require(try await EventStore(database: app.db).attendees(eventID: event.id).first)
                .registration.code
            #expect(confirmed.text.contains(code))
            #expect(try await app.lastMail(to: "gun@example.se")?.textBody.contains(code) == true)
            #expect(try await browser.post(path, [:], tokenPage: "/events/\(event.id)").status == .notFound)
        }
    }

    @Test("Check-in by code twice counts once; only organisers; the attendee list is logged")
    func checkIn() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 1)
            let event = try await hub.event(hub.draft(capacity: 5))
            guard case .registered(let registration) = try await hub.actions(hub.residents[0]).register(event.id)
            else {
                Issue.record("refused")
                return
            }
            let organiser = try await hub.token(hub.organiser)
            let first = try await send(
                app, .POST, "/api/v1/events/\(event.id)/check-ins", token: organiser,
                body: ["code": registration.code.lowercased()])
            #expect(first.status == .ok && first.text.contains("\"firstTime\":true"))
            let second = try await send(
                app, .POST, "/api/v1/events/\(event.id)/check-ins", token: organiser, body: ["code": registration.code])
            #expect(second.status == .ok && second.text.contains("\"firstTime\":false"))
            let unknown = try await send(
                app, .POST, "/api/v1/events/\(event.id)/check-ins", token: organiser, body: ["code": "XXXXXXXX"])
            #expect(unknown.status == .notFound)
            #expect(try error(unknown).code == "unknown_code")
            let resident = try await hub.token(hub.residents[0])
            let refused = try await send(
                app, .POST, "/api/v1/events/\(event.id)/check-ins", token: resident, body: ["code": registration.code])
            #expect(refused.status == .forbidden)
            let checked = try await app.db.sql.raw("SELECT checked_in_at FROM event_registrations").first()
            #expect(try checked?.decode(column: "checked_in_at", as: Date?.self) != nil)
            let browser = try await TestBrowser.signedIn(app, "Stina Staff", "stina@example.se", roles: [.staff])
            let list = try await browser.get("/events/\(event.id)/attendees")
            #expect(list.status == .ok && list.text.contains("person0@example.se"))
            let logged = try await AuditLog(database: app.db).latest()
            #expect(logged.contains { $0.action == "event.attendees.view" && $0.targetID == event.id })
            let stranger = try await TestBrowser.signedIn(app, "Rut", "rut@example.se")
            #expect(try await stranger.get("/events/\(event.id)/attendees").status == .forbidden)
        }
    }

    @Test("An internal event: hidden from residents and guests (404), open to staff")
    func internalEvents() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 1)
            let event = try await hub.event(hub.draft(title: "Intern workshop", visibility: .internal))
            #expect(try await send(app, .GET, "/api/v1/events/\(event.id)").status == .notFound)
            let resident = try await hub.token(hub.residents[0])
            #expect(try await send(app, .GET, "/api/v1/events/\(event.id)", token: resident).status == .notFound)
            #expect(
                try await send(app, .POST, "/api/v1/events/\(event.id)/registrations", token: resident).status
                    == .notFound)
            let guest = try await send(
                app, .POST, "/api/v1/events/\(event.id)/registrations", body: ["name": "G", "email": "g@example.se"])
            #expect(guest.status == .notFound)
            let list = try await send(app, .GET, "/api/v1/events")
            #expect(!list.text.contains("Intern workshop"))
            let staff = try await hub.token(hub.organiser)
            #expect(try await send(app, .GET, "/api/v1/events", token: staff).text.contains("Intern workshop"))
            #expect(
                try await send(app, .POST, "/api/v1/events/\(event.id)/registrations", token: staff).status == .created)
        }
    }

    @Test("The online link only for those registered; the API's fields and validation; the calendars")
    func apiAndCalendars() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 1)
            let event = try await hub.event(hub.draft(place: .online(link: "https://meet.example.se/hemlig")))
            #expect(!(try await send(app, .GET, "/api/v1/events/\(event.id)").text.contains("hemlig")))
            let resident = try await hub.token(hub.residents[0])
            _ = try await send(app, .POST, "/api/v1/events/\(event.id)/registrations", token: resident)
            let mine = try await send(app, .GET, "/api/v1/events/\(event.id)", token: resident)
            #expect(mine.text.contains("hemlig") && mine.text.contains("\"myRegistration\""))
            let staff = try await hub.token(hub.organiser)
            let refused = try await send(
                app, .POST, "/api/v1/events", token: staff,
                body: [
                    "kind": "workshop", "title": "", "description": "x", "startsAt": "2027-03-10T17:00:00Z",
                    "endsAt": "2027-03-10T16:00:00Z", "place": ["kind": "address"], "visibility": "public",
                    "languages": ["sv"],
                ])
            #expect(refused.status == .unprocessableEntity)
            let fields = try error(refused).fields ?? [:]
            #expect(fields["title"] != nil && fields["endsAt"] != nil && fields["place"] != nil)
            let created = try await send(
                app, .POST, "/api/v1/events", token: staff,
                body: [
                    "kind": "workshop", "title": "Tjänstedesign", "description": "x",
                    "startsAt": "2027-03-10T16:00:00Z", "endsAt": "2027-03-10T18:00:00Z",
                    "place": ["kind": "address", "address": "Hubben"], "visibility": "public",
                    "languages": ["sv", "en"], "capacity": 20, "themes": ["miljo"],
                ])
            #expect(created.status == .created)
            let id = try #require(try object(created)["id"] as? Int)
            let patched = try await send(
                app, .PATCH, "/api/v1/events/\(id)", token: staff, body: ["unlimited": true, "title": "Ny rubrik"])
            #expect(
                patched.status == .ok && !patched.text.contains("\"capacity\"") && patched.text.contains("Ny rubrik"))
            #expect(
                try await send(app, .PATCH, "/api/v1/events/\(id)", token: resident, body: ["title": "x"]).status
                    == .forbidden)
            let feed = try await send(app, .GET, "/api/v1/events.ics")
            #expect(feed.status == .ok && feed.text.contains("BEGIN:VCALENDAR") && feed.text.contains("Ny rubrik"))
            let one = try await send(app, .GET, "/api/v1/events/\(event.id).ics")
            #expect(one.status == .ok && one.text.contains("UID:event-\(event.id)@hubben"))
            let listed = try await send(app, .GET, "/api/v1/events?kind=workshop&theme=miljo")
            #expect(try object(listed)["total"] as? Int == 1)
            #expect(try await send(app, .GET, "/api/v1/events?theme=finns-inte").text.contains("\"total\":0"))
        }
    }

    @Test("The organisers' form keeps what was typed and puts each message at its field")
    func organiserForm() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 0)
            _ = hub
            let browser = try await TestBrowser.signedIn(app, "Stina Staff", "stina@example.se", roles: [.staff])
            let long = String(repeating: "å", count: 10_001)
            let refused = try await browser.post(
                "/events/new",
                [
                    "kind": "workshop", "title": "Rubrik <b>", "description": long, "starts_on": "2027-03-10",
                    "start_time": "25:00", "end_time": "18:00", "place_kind": "online", "online_link": "javascript:x",
                    "capacity": "-3", "visibility": "public", "languages[]": "1",
                ], tokenPage: "/events/new")
            #expect(refused.status == .unprocessableEntity)
            for expected in [
                "Rubrik &lt;b&gt;", "javascript:x", "value=\"-3\"", "Högst 10", "starts_on-error",
                "href=\"#starts_on\"",
                "value=\"1\" checked",
            ] {
                #expect(refused.text.contains(expected), "\(expected)")
            }
            let created = try await browser.post(
                "/events/new",
                [
                    "kind": "mobile_visit", "title": "Mobila enheten i Drottninghög", "description": "Vi kommer.",
                    "starts_on": "2027-03-10", "start_time": "10:00", "end_time": "14.30", "place_kind": "address",
                    "address": "Drottninghögs torg", "capacity": "", "visibility": "public", "languages[]": "0",
                    "district": "Drottninghög", "guest_retention_days": "30",
                ], tokenPage: "/events/new")
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let page = try await browser.get(location)
            #expect(page.text.contains("Drottninghög") && page.text.contains("14.30"))
            let resident = try await TestBrowser.signedIn(app, "Rut", "rut@example.se")
            #expect(try await resident.get("/events/new").status == .forbidden)
        }
    }

    @Test("Registering and cancelling on the event page, the ticket, and the person's data")
    func pagesAndPersonalData() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 0)
            let event = try await hub.event(hub.draft(capacity: 1))
            let first = try await TestBrowser.signedIn(app, "Rut Först", "rut@example.se")
            let registered = try await first.post(
                "/events/\(event.id)/registration", [:], tokenPage: "/events/\(event.id)")
            #expect(registered.status == .seeOther)
            let page = try await first.get("/events/\(event.id)")
            #expect(page.text.contains("Du är anmäld") && page.text.contains("check-in-code"))
            #expect(try await first.get("/events/\(event.id)/ticket").status == .ok)
            let second = try await TestBrowser.signedIn(app, "Per Sen", "per@example.se")
            _ = try await second.post("/events/\(event.id)/registration", [:], tokenPage: "/events/\(event.id)")
            #expect(try await second.get("/events/\(event.id)").text.contains("Du står i kö, plats 1"))
            let cancelled = try await first.post(
                "/events/\(event.id)/registration/cancellation", [:], tokenPage: "/events/\(event.id)")
            #expect(cancelled.status == .seeOther)
            #expect(try await second.get("/events/\(event.id)").text.contains("Du är anmäld"))
            let list = try await first.get("/events")
            #expect(list.status == .ok && list.text.contains(event.title))
            // "My events", and the person's calendar feed through its secret link.
            let mine = try await second.get("/events/mine")
            #expect(mine.status == .ok && mine.text.contains(event.title) && mine.text.contains("check-in-code"))
            let renewed = try await second.post("/events/mine/calendar", [:], tokenPage: "/events/mine")
            let feedPath = try #require(
                renewed.text.range(of: #"/api/v1/me/events\.ics\?token=[A-Za-z0-9_-]+"#, options: .regularExpression)
                    .map { String(renewed.text[$0]) })
            let feed = try await second.get(feedPath)
            #expect(feed.status == .ok && feed.text.contains("UID:event-\(event.id)@hubben"))
            #expect(try await TestBrowser(app).get("/api/v1/me/events.ics?token=fel").status == .notFound)
            // The registration is in "download my data".
            let perID = try #require(
                try await AccountRecord.query(on: app.db).filter(\.$email == "per@example.se").first()?.id)
            let export = try await AccountExport.make(
                accountID: perID, database: app.db, hasher: app.password, now: hub.clock.now())
            let json = String(decoding: try #require(export).json(), as: UTF8.self)
            #expect(json.contains("eventRegistrations") && json.contains("registered"))
        }
    }

    @Test("Those with no registration share one rendering of the event page, each with their own token")
    func sharedEventPage() async throws {
        try await withTestApp(sharedReads: true) { app in
            let hub = try await EventFixture.make(app, residents: 0)
            let event = try await hub.event(hub.draft(capacity: 5))
            let rut = try await TestBrowser.signedIn(app, "Rut Först", "rut@example.se")
            let per = try await TestBrowser.signedIn(app, "Per Sen", "per@example.se")
            for browser in [rut, per] { browser.cookies[WriteMiddleware.cookieName] = nil }
            let rutsPage = try await rut.get("/events/\(event.id)").text
            let persPage = try await per.get("/events/\(event.id)").text
            #expect(rutsPage.contains(EventPaths.registration(event.id)) && persPage.contains(event.title))
            let (rutsTokens, persTokens) = (TestBrowser.csrfTokens(in: rutsPage), TestBrowser.csrfTokens(in: persPage))
            #expect(rutsTokens.count == 1 && persTokens.count == 1 && rutsTokens != persTokens)
            #expect(!rutsPage.contains(MarkupWithToken.standIn))
            // A guest gets the guest form with a token of its own; a registration is Rut's own page at once.
            let guestPage = try await TestBrowser(app).get("/events/\(event.id)").text
            #expect(guestPage.contains("name=\"email\"") && !guestPage.contains(MarkupWithToken.standIn))
            _ = try await rut.post("/events/\(event.id)/registration", [:], tokenPage: "/events/\(event.id)")
            rut.cookies[WriteMiddleware.cookieName] = nil
            #expect(try await rut.get("/events/\(event.id)").text.contains("check-in-code"))
            let persNext = try await per.get("/events/\(event.id)").text
            #expect(!persNext.contains("check-in-code") && persNext.contains(EventPaths.registration(event.id)))
        }
    }
}

@Suite("Events: what the database itself refuses")
struct EventDatabaseRuleTests {
    @Test("One place per number, one active registration per person and per guest address")
    func constraints() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 2)
            let event = try await hub.event(hub.draft(capacity: 5))
            let store = EventStore(database: app.db)
            let now = hub.clock.now()
            _ = try await store.insert(
                .init(eventID: event.id, accountID: hub.residents[0], status: .registered, seat: 1), now: now)
            await #expect(throws: (any Error).self) {
                _ = try await store.insert(
                    .init(eventID: event.id, accountID: hub.residents[1], status: .registered, seat: 1), now: now)
            }
            await #expect(throws: (any Error).self) {
                _ = try await store.insert(
                    .init(eventID: event.id, accountID: hub.residents[0], status: .waitlisted), now: now)
            }
            _ = try await store.insert(
                .init(eventID: event.id, guestName: "Gun", guestEmail: "gun@example.se", status: .pendingConfirmation),
                now: now)
            await #expect(throws: (any Error).self) {
                _ = try await store.insert(
                    .init(eventID: event.id, guestName: "Gun", guestEmail: "gun@example.se", status: .waitlisted),
                    now: now)
            }
            // A cancelled registration no longer counts: the person may register again.
            let cancelled = try #require(try await store.active(eventID: event.id, accountID: hub.residents[0]))
            #expect(try await store.end(cancelled.id, as: .cancelled, now: now))
            _ = try await store.insert(
                .init(eventID: event.id, accountID: hub.residents[0], status: .registered, seat: 1), now: now)
        }
    }
}

@Suite("Events in the city's premises: booked under the resource's rules, never over another booking")
struct EventResourceTests: APITestSuite {
    @Test("An event in a city room cannot take a time already booked; moved, it books anew and gives the old time back")
    func eventInACityRoom() async throws {
        try await withTestApp { app in
            let rooms = try await BookingFixture.make(app)
            let resident = try await app.makeAccount("Rut Bokare", "rut@example.se")
            // Someone has the room on Thursday 25 March 17–19.
            guard
                case .booked = try await rooms.actions(resident).request(
                    rooms.draft(rooms.room, "2027-03-25", "17:00", "19:00"))
            else {
                Issue.record("the booking was refused")
                return
            }
            let organiser = rooms.owner
            let actions = EventActions(
                context: try await app.actionContext(for: organiser), baseURL: "http://hubben.test")
            func draft(_ day: String, _ from: String, _ to: String, capacity: Int? = 20) -> EventDraft {
                EventDraft(
                    kind: .workshop, title: "Workshop i studierummet", description: "Vi provar prototypen.",
                    startsAt: moment(day, from), endsAt: moment(day, to), placeKind: "resource", address: "",
                    onlineLink: "", capacity: capacity, registrationOpensAt: nil, registrationClosesAt: nil,
                    visibility: .public, languages: [.sv], waitlistClosed: false, themeIDs: [],
                    resourceID: rooms.room)
            }
            // Over the booking (buffers included): refused, nothing saved.
            guard case .placeRefused(.conflict) = try await actions.create(draft("2027-03-25", "18:00", "20:00")) else {
                Issue.record("the event took a booked time")
                return
            }
            #expect(try await EventStore(database: app.db).events(.init(), now: rooms.clock.now()).total == 0)
            // More people than the room takes: the resource's rule says so.
            guard
                case .placeRefused(.ruleBroken(let broken)) = try await actions.create(
                    draft("2027-03-26", "10:00", "12:00", capacity: 31))
            else {
                Issue.record("the room's capacity was ignored")
                return
            }
            #expect(broken.contains(.tooManyPeople(capacity: 30)))
            guard case .saved(let event) = try await actions.create(draft("2027-03-26", "10:00", "12:00")) else {
                Issue.record("a free time was refused")
                return
            }
            guard case .resource(rooms.room, let label) = event.place, label.contains("Studierum 2") else {
                Issue.record("the place is not the room: \(event.place)")
                return
            }
            let first = try #require(event.bookingID)
            // Moved half an hour later (overlapping its own old time): booked anew, the old booking given back.
            guard case .saved(let moved) = try await actions.change(event.id, draft("2027-03-26", "10:30", "12:30"))
            else {
                Issue.record("the event could not move within its own time")
                return
            }
            let second = try #require(moved.bookingID)
            #expect(second != first)
            let statuses = try await app.db.sql.raw(
                "SELECT id, status FROM bookings WHERE id IN (\(bind: first), \(bind: second)) ORDER BY id"
            ).all().map { try $0.decode(column: "status", as: String.self) }
            #expect(statuses == ["cancelled", "confirmed"])
            // Moved onto the taken Thursday: refused, and the event keeps its room and time.
            guard
                case .placeRefused(.conflict) = try await actions.change(
                    event.id, draft("2027-03-25", "17:00", "19:00"))
            else {
                Issue.record("the event moved onto a booked time")
                return
            }
            let kept = try #require(try await EventStore(database: app.db).event(id: event.id))
            #expect(kept.bookingID == second && kept.startsAt == moment("2027-03-26", "10:30"))
            #expect(try await EventStore(database: app.db).bookingStatus(second) == .confirmed)
            // Moved to an address: the room is given back.
            var elsewhere = draft("2027-03-26", "10:30", "12:30")
            elsewhere.placeKind = "address"
            elsewhere.address = "Stortorget"
            guard case .saved(let outside) = try await actions.change(event.id, elsewhere) else {
                Issue.record("refused")
                return
            }
            #expect(outside.bookingID == nil)
            #expect(try await EventStore(database: app.db).bookingStatus(second) == .cancelled)
            // Through the API: 409 booking_conflict, as for any booking.
            let token = try await rooms.token(organiser)
            let refused = try await send(
                app, .POST, "/api/v1/events", token: token,
                body: [
                    "kind": "workshop", "title": "Krock", "description": "x", "startsAt": "2027-03-25T16:00:00Z",
                    "endsAt": "2027-03-25T17:00:00Z", "place": ["kind": "resource", "resourceId": rooms.room],
                    "visibility": "public", "languages": ["sv"], "capacity": 10,
                ])
            #expect(refused.status == .conflict && refused.text.contains("\"code\":\"booking_conflict\""))
        }
    }
}

@Suite("A demo day's agenda: projects presenting, and their results after the day")
struct EventAgendaTests: APITestSuite {
    @Test("Slots within the day for public projects, a result from the project's public journal, shown to all")
    func agenda() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 0)
            let projects = try await ProjectFixture.make(app)
            let shown = try await projects.project("Digital bygglovsguide")
            let hidden = try await projects.project("Intern utredning", visibility: .internal)
            var draft = hub.draft(title: "Demodag: vårens projekt", capacity: 100)
            draft.kind = .demoDay
            let event = try await hub.event(draft)
            let actions = try await hub.actions(hub.organiser)
            let at = { (minute: Int) in hub.eventDay.at(minute: minute) }
            #expect(
                try await actions.addSlot(
                    event.id, AgendaSlotDraft(startsAt: at(18 * 60 + 10), projectID: shown, title: "Prototypen")
                ).isEmpty)
            let outside = try await actions.addSlot(
                event.id, AgendaSlotDraft(startsAt: at(21 * 60), projectID: hidden, title: ""))
            #expect(outside[.startsAt] == .invalid && outside[.project] == .invalid && outside[.title] == .missing)
            let slot = try #require(try await actions.agenda(event.id).first)
            let store = ProjectStore(database: app.db)
            let entry = try await store.addJournalEntry(
                projectID: shown,
                JournalDraft(
                    kind: .note, title: "Vad vi visade på demodagen", body: "Prototypen.", visibility: .public),
                phase: .needInsight, authorID: projects.coach, now: hub.clock.now())
            let secret = try await store.addJournalEntry(
                projectID: shown, JournalDraft(kind: .note, title: "Internt", body: "x", visibility: .internal),
                phase: .needInsight, authorID: projects.coach, now: hub.clock.now())
            #expect(try await actions.linkResult(event.id, slotID: slot.id, entryID: secret) == false)
            #expect(try await actions.linkResult(event.id, slotID: slot.id, entryID: entry))
            let page = try await TestBrowser(app).get("/events/\(event.id)")
            #expect(
                page.text.contains("Digital bygglovsguide") && page.text.contains("/projects/\(shown)#journal-\(entry)")
            )
            let api = try await send(app, .GET, "/api/v1/events/\(event.id)")
            #expect(api.text.contains("\"resultEntryId\":\(entry)"))
            let resident = try await hub.actions(projects.resident)
            await #expect(throws: ActionRefusal.notSignedIn) {
                _ = try await EventActions(context: try await app.actionContext(for: nil), baseURL: "").addSlot(
                    event.id, AgendaSlotDraft(startsAt: at(18 * 60 + 20), projectID: shown, title: "x"))
            }
            await #expect(throws: ActionRefusal.notAllowed) { try await resident.removeSlot(event.id, slotID: slot.id) }
            try await actions.removeSlot(event.id, slotID: slot.id)
            #expect(try await actions.agenda(event.id).isEmpty)
            let browser = try await TestBrowser.signedIn(app, "Stina Staff", "stina@example.se", roles: [.staff])
            let refused = try await browser.post(
                "/events/\(event.id)/agenda",
                ["slot_time": "25:61", "slot_project": "\(shown)", "slot_title": "Demo <b>"],
                tokenPage: "/events/\(event.id)/agenda")
            #expect(refused.status == .unprocessableEntity && refused.text.contains("Demo &lt;b&gt;"))
            let added = try await browser.post(
                "/events/\(event.id)/agenda",
                ["slot_time": "18.30", "slot_project": "\(shown)", "slot_title": "Piloten"],
                tokenPage: "/events/\(event.id)/agenda")
            #expect(added.status == .seeOther)
            #expect(try await actions.agenda(event.id).first?.startsAt == at(18 * 60 + 30))
        }
    }
}

@Suite("The mobile unit's tours: stops shown together, by date, with their districts")
struct EventTourTests {
    @Test("Each stop's page lists every stop of its tour the visitor may see")
    func tour() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 0)
            for (offset, district, visibility) in [
                (0, "Drottninghög", EventVisibility.public), (7, "Dalhem", .public), (14, "Närlunda", .internal),
            ] {
                var draft = hub.draft(title: "Mobila enheten i \(district)", capacity: nil, visibility: visibility)
                draft.kind = .mobileVisit
                draft.startsAt = hub.eventDay.adding(days: offset).at(minute: 14 * 60)
                draft.endsAt = hub.eventDay.adding(days: offset).at(minute: 18 * 60)
                draft.district = district
                draft.tour = "Våren 2027"
                _ = try await hub.event(draft)
            }
            let other = try await hub.event(hub.draft(title: "Inte på turnén"))
            let first = try #require(
                try await EventStore(database: app.db).tour("Våren 2027", includeInternal: true).first)
            let page = try await TestBrowser(app).get("/events/\(first.id)")
            #expect(page.text.contains("Alla stopp på turnén Våren 2027"))
            #expect(
                page.text.contains("Dalhem") && !page.text.contains("Närlunda") && !page.text.contains("Inte på turnén")
            )
            #expect(page.text.contains("aria-current=\"page\">Drottninghög"))
            let staff = try await TestBrowser.signedIn(app, "Stina Staff", "stina@example.se", roles: [.staff])
            #expect(try await staff.get("/events/\(first.id)").text.contains("Närlunda"))
            #expect(!(try await TestBrowser(app).get("/events/\(other.id)").text.contains("Alla stopp")))
        }
    }
}

@Suite("Reminders two days before an event, through the notification preferences")
struct EventReminderTests {
    @Test("Those holding a place are reminded once (mailed at once unless they chose otherwise); the waiting are not")
    func reminders() async throws {
        try await withTestApp { app in
            let hub = try await EventFixture.make(app, residents: 3)
            let event = try await hub.event(hub.draft(capacity: 2))
            for resident in hub.residents { _ = try await hub.actions(resident).register(event.id) }
            // The second person wants no e-mail about events.
            try await NotificationStore(database: app.db).setPreferences(
                accountID: hub.residents[1], [.eventReminder: .never])
            // Three days before: nothing yet.
            hub.clock.set(hub.eventDay.adding(days: -3).at(minute: 18 * 60))
            try await app.runBackgroundWork(logger: app.logger)
            try await app.runBackgroundWork(logger: app.logger)
            #expect(try await hub.mails(subjectContaining: "Snart dags").isEmpty)
            // Within 48 hours: once, however often the work runs.
            hub.clock.set(hub.eventDay.adding(days: -2).at(minute: 18 * 60 + 30))
            for _ in 0..<3 { try await app.runBackgroundWork(logger: app.logger) }
            let notified = try await app.db.sql.raw(
                "SELECT recipient_id FROM notifications WHERE kind = 'event_reminder' ORDER BY recipient_id"
            ).all().map { try $0.decode(column: "recipient_id", as: Int.self) }
            #expect(notified == [hub.residents[0], hub.residents[1]])
            let mails = try await hub.mails(subjectContaining: "Snart dags")
            #expect(mails.map(\.recipient) == ["person0@example.se"])
            #expect(mails.first?.textBody.contains("/events/\(event.id)") == true)
        }
    }
}
