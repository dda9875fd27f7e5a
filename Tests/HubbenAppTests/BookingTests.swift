import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

/// Moments by their clock in Stockholm, for the app tests.
func moment(_ day: String, _ time: String) -> Date {
    guard let day = Day(iso: day), let minute = ClockTime.minutes(time) else { return .distantPast }
    return day.at(minute: minute)
}

/// A library room (instant), a school hall (needs approval) and their owner, on a clock set to Monday
/// 22 March 2027, 09.00 — the week before the change to summer time.
struct BookingFixture {
    let app: Application
    let clock: TestClock
    let owner: Int
    let library: Int
    let room: Int
    let hall: Int

    static let rules = BookingRules(
        openingHours: OpeningHours(
            weekly: Dictionary(
                uniqueKeysWithValues: Weekday.allCases.map { ($0, DailyHours(opens: 8 * 60, closes: 22 * 60)) }),
            exceptions: [Day(iso: "2027-04-08")!: nil]),
        slotMinutes: 30, minimumMinutes: 60, maximumMinutes: 240, minimumNoticeMinutes: 60, maximumDaysAhead: 90,
        bufferBeforeMinutes: 15, bufferAfterMinutes: 30, maximumActivePerPerson: nil,
        cancellationCutoffMinutes: 24 * 60,
        audience: .signedIn, needsApproval: false)

    static func make(_ app: Application) async throws -> BookingFixture {
        let clock = TestClock(moment("2027-03-22", "09:00"))
        app.hubben.clock = clock
        let library = try #require(
            try await OrganizationStore(database: app.db).create(
                name: "Stadsbiblioteket", kind: .department, description: ""))
        let owner = try await app.makeAccount("Olle Ägare", "olle@stad.example", roles: [.staff])
        try await AccountStore(database: app.db, hasher: app.password).addMembership(
            accountID: owner, organizationID: library.id, role: .member)
        let store = ResourceStore(database: app.db)
        func draft(_ name: String, _ kind: ResourceKind, approval: Bool) -> ResourceDraft {
            var rules = Self.rules
            rules.needsApproval = approval
            return ResourceDraft(
                organizationID: library.id, kind: kind, name: name, description: "Ljust rum med whiteboard.",
                address: "Bibliotekstorget 1", district: "Centrum", capacity: 30, accessibility: "Hiss och hörslinga",
                equipment: ["Projektor"], images: [], rules: rules)
        }
        return BookingFixture(
            app: app, clock: clock, owner: owner, library: library.id,
            room: try await store.create(draft("Studierum 2", .room, approval: false), now: clock.now()),
            hall: try await store.create(draft("Aulan", .hall, approval: true), now: clock.now()))
    }

    /// An API token made at the fixture's clock (one made at today's date would have run out by then).
    func token(_ accountID: Int) async throws -> String {
        try await APITokenStore(database: app.db).create(accountID: accountID, now: clock.now()).token
    }

    func actions(_ accountID: Int) async throws -> BookingActions {
        BookingActions(context: try await app.actionContext(for: accountID), baseURL: "http://hubben.test")
    }

    func draft(
        _ resource: Int, _ day: String, _ from: String, _ to: String, people: Int = 10, until: String? = nil
    ) -> BookingDraft {
        BookingDraft(
            resourceID: resource, start: moment(day, from), end: moment(day, to), purpose: "Läxhjälp", people: people,
            repeatWeeklyUntil: until.flatMap { Day(iso: $0) })
    }

    /// Bookings and blocks holding time on `resource` (requested ones do not).
    func holding(_ resource: Int) async throws -> [(Date, Date)] {
        try await app.db.sql.raw(
            """
            SELECT starts_at, ends_at FROM bookings WHERE resource_id = \(bind: resource)
                AND status IN ('confirmed', 'blocked') ORDER BY starts_at
            """
        ).all().map {
            (try $0.decode(column: "starts_at", as: Date.self), try $0.decode(column: "ends_at", as: Date.self))
        }
    }
}

@Suite("Bookings: no double booking, rules, series, decisions, pages")
struct BookingTests: APITestSuite {
    @Test("50 people asking for the same slot at once: exactly one 201, 49 × 409 booking_conflict")
    func sameSlotAtOnce() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            var tokens: [String] = []
            for index in 0..<50 {
                let id = try await app.makeAccount("Person \(index)", "p\(index)@example.se")
                tokens.append(try await hub.token(id))
            }
            let room = hub.room
            let statuses = try await withThrowingTaskGroup(of: (UInt, String).self) { group in
                for token in tokens {
                    group.addTask {
                        let body: [String: Any] = [
                            "resourceId": room, "start": "2027-03-25T17:00:00Z", "end": "2027-03-25T19:00:00Z",
                            "purpose": "Läxhjälp", "people": 10,
                        ]
                        let response = try await send(app, .POST, "/api/v1/bookings", token: token, body: body)
                        return (response.status.code, response.text)
                    }
                }
                var all: [(UInt, String)] = []
                for try await result in group { all.append(result) }
                return all
            }
            #expect(statuses.filter { $0.0 == 201 }.count == 1)
            #expect(statuses.filter { $0.0 == 409 }.count == 49)
            let conflict = try #require(statuses.first { $0.0 == 409 })
            #expect(conflict.1.contains("\"code\":\"booking_conflict\""))
            #expect(conflict.1.contains("\"conflict\""))
            #expect(try await hub.holding(hub.room).count == 1)
        }
    }

    @Test("Overlapping but not identical times, and a buffer collision, are refused with the colliding time")
    func overlapsAndBuffers() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let adam = try await app.makeAccount("Adam", "adam@example.se")
            guard
                case .booked(let first, _, _) = try await hub.actions(eva).request(
                    hub.draft(hub.room, "2027-03-25", "18:00", "20:00"))
            else { Issue.record("the first booking was refused"); return }
            #expect(first.status == .confirmed)
            // 19.00–21.00 overlaps; 20.00–21.00 touches the end but the 30-minute buffer after it holds 20.00–20.30,
            // and the new booking's own 15 minutes before reach back to 19.45.
            for (from, to) in [("19:00", "21:00"), ("17:00", "18:30"), ("20:00", "21:00"), ("16:30", "18:00")] {
                let outcome = try await hub.actions(adam).request(hub.draft(hub.room, "2027-03-25", from, to))
                guard case .conflict(let busy) = outcome else {
                    Issue.record("\(from)–\(to) was not refused as a conflict: \(outcome)")
                    continue
                }
                #expect(busy.start == first.start && busy.end == first.end)
            }
            // 21.00–22.00: 20.00 + 30 min buffer = 20.30 < 21.00 − 15 min. Free.
            guard
                case .booked = try await hub.actions(adam).request(hub.draft(hub.room, "2027-03-25", "21:00", "22:00"))
            else { Issue.record("21.00–22.00 should be free"); return }
            #expect(try await hub.holding(hub.room).count == 2)
        }
    }

    @Test("The database itself refuses two overlapping holding bookings (PostgreSQL's exclusion constraint)")
    func databaseRefusesOverlap() async throws {
        guard TestDatabase.usesPostgres else { return }
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let store = BookingStore(database: app.db)
            let time = DateInterval(start: moment("2027-03-25", "18:00"), end: moment("2027-03-25", "20:00"))
            let booking = BookingStore.NewBooking(
                resourceID: hub.room, bookerID: hub.owner, seriesID: nil, time: time, held: time, purpose: "a",
                people: 1, status: .confirmed)
            _ = try await store.insert(booking, now: Date())
            await #expect(throws: (any Error).self) { _ = try await store.insert(booking, now: Date()) }
        }
    }

    @Test("Two owners confirming two overlapping requests at once: one confirmed, one 409")
    func concurrentApprovals() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let adam = try await app.makeAccount("Adam", "adam@example.se")
            var ids: [Int] = []
            for (person, from, to) in [(eva, "18:00", "20:00"), (adam, "19:00", "21:00")] {
                guard
                    case .booked(let booking, _, _) = try await hub.actions(person).request(
                        hub.draft(hub.hall, "2027-03-25", from, to))
                else { Issue.record("request refused"); return }
                #expect(booking.status == .requested)
                ids.append(booking.id)
            }
            let ownerToken = try await hub.token(hub.owner)
            let codes = try await withThrowingTaskGroup(of: UInt.self) { group in
                for id in ids {
                    group.addTask {
                        try await send(
                            app, .POST, "/api/v1/bookings/\(id)/decision", token: ownerToken,
                            body: ["decision": "confirm"]
                        ).status.code
                    }
                }
                var all: [UInt] = []
                for try await code in group { all.append(code) }
                return all.sorted()
            }
            #expect(codes == [200, 409])
            #expect(try await hub.holding(hub.hall).count == 1)
            // The one confirmed is mailed; nobody else is.
            let mails = try await MailMessageRecord.query(on: app.db).all().map(\.recipient)
            #expect(mails.filter { $0 == "eva@example.se" || $0 == "adam@example.se" }.count == 1)
        }
    }

    @Test("A weekly series books what it can and lists the rest with the rule or the collision")
    func weeklySeries() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let adam = try await app.makeAccount("Adam", "adam@example.se")
            // Adam has Thursday 1 April; the 8th is closed; summer time starts on the 28th of March.
            guard
                case .booked = try await hub.actions(adam).request(hub.draft(hub.room, "2027-04-01", "18:30", "19:30"))
            else { Issue.record("Adam's booking was refused"); return }
            let outcome = try await hub.actions(eva).request(
                hub.draft(hub.room, "2027-03-25", "18:00", "20:00", until: "2027-04-22"))
            guard case .booked(_, let all, let refused) = outcome else {
                Issue.record("the series was refused: \(outcome)")
                return
            }
            #expect(all.map { Day($0.start).iso } == ["2027-03-25", "2027-04-15", "2027-04-22"])
            // 18.00–20.00 in Stockholm on both sides of the change to summer time.
            #expect(all.allSatisfy { Day($0.start).minute(of: $0.start) == 18 * 60 })
            #expect(Set(all.compactMap(\.seriesID)).count == 1)
            #expect(refused.count == 2)
            let reasons = refused.sorted { $0.time.start < $1.time.start }.map(\.refusal)
            guard case .conflict = reasons[0] else { Issue.record("1 April is not a collision"); return }
            #expect(reasons[1] == .rule(.closed(try #require(Day(iso: "2027-04-08")))))
            // The series is cancelled as one.
            let cancelled = try await hub.actions(eva).cancelSeries(of: all[0].id)
            #expect(cancelled.count == 3)
            #expect(try await hub.holding(hub.room).count == 1)
        }
    }

    @Test("Cancelling: the booker until the cut-off, the owner with a reason the booker is mailed")
    func cancelling() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            guard
                case .booked(let booking, _, _) = try await hub.actions(eva).request(
                    hub.draft(hub.room, "2027-03-25", "18:00", "20:00"))
            else { Issue.record("refused"); return }
            // Thursday 12.00: less than 24 hours before.
            hub.clock.set(moment("2027-03-25", "12:00"))
            guard case .ruleBroken(.tooSoon(let cutoff)) = try await hub.actions(eva).cancel(booking.id, reason: nil)
            else {
                Issue.record("the cut-off did not hold")
                return
            }
            #expect(cutoff == 24 * 60)
            guard case .invalid = try await hub.actions(hub.owner).cancel(booking.id, reason: " ") else {
                Issue.record("the owner cancelled without a reason")
                return
            }
            guard
                case .changed(let cancelled) = try await hub.actions(hub.owner).cancel(
                    booking.id, reason: "Vattenläcka i rummet")
            else { Issue.record("the owner could not cancel"); return }
            #expect(cancelled.status == .cancelled && cancelled.reason == "Vattenläcka i rummet")
            let mail = try #require(try await app.lastMail(to: "eva@example.se"))
            #expect(mail.textBody.contains("Vattenläcka i rummet"))
            // Somebody else cannot see or cancel it.
            let adam = try await app.makeAccount("Adam", "adam@example.se")
            await #expect(throws: ActionRefusal.notFound) {
                _ = try await hub.actions(adam).cancel(booking.id, reason: nil)
            }
        }
    }

    @Test(
        "The booking form: refusals at the field naming the rule, everything typed kept; booking and the owner's page")
    func bookingPages() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            _ = try await app.makeAccount("Eva Bokare", "eva@example.se")
            let anonymous = try await TestBrowser(app).get("/book/resources/\(hub.room)?week=2027-03-22")
            #expect(anonymous.status == .ok)
            #expect(anonymous.text.contains("Logga in för att boka"))
            #expect(anonymous.text.contains("Studierum 2"))

            let eva = TestBrowser(app)
            try await eva.signIn("eva@example.se", "ett långt lösenord")
            let page = "/book/resources/\(hub.room)"
            // 150 days ahead breaks "at most 90 days ahead"; what was typed comes back.
            let tooFar = try await eva.post(
                page,
                ["day": "2027-08-19", "start": "18:00", "end": "20:00", "people": "12", "purpose": "Schack <klubb>"],
                tokenPage: page)
            #expect(tooFar.status == .unprocessableEntity)
            #expect(tooFar.text.contains("Lokalen kan bokas högst 90 dagar i förväg"))
            #expect(tooFar.text.contains("Schack &lt;klubb&gt;"))
            #expect(tooFar.text.contains("value=\"2027-08-19\""))
            let unreadable = try await eva.post(
                page, ["day": "igår", "start": "25:00", "end": "20:00", "people": "många", "purpose": ""],
                tokenPage: page)
            #expect(unreadable.status == .unprocessableEntity)
            #expect(unreadable.text.contains("id=\"day-error\""))
            #expect(unreadable.text.contains("id=\"start-error\""))
            #expect(unreadable.text.contains("id=\"people-error\""))

            let booked = try await eva.post(
                page,
                ["day": "2027-03-25", "start": "18:00", "end": "20:00", "people": "12", "purpose": "Schackklubb"],
                tokenPage: page)
            #expect(booked.status == .ok)
            #expect(booked.text.contains("Bokat"))
            let collision = try await eva.post(
                page, ["day": "2027-03-25", "start": "19:00", "end": "21:00", "people": "12", "purpose": "Mer schack"],
                tokenPage: page)
            #expect(collision.text.contains("Tiden krockar med en annan bokning torsdag 25 mars 2027 18.00–20.00"))

            // The week shows the time as taken, without the name.
            let week = try await TestBrowser(app).get("/book/resources/\(hub.room)?week=2027-03-22").text
            #expect(week.contains("18.00–20.00 Bokad"))
            #expect(!week.contains("Eva Bokare"))
            #expect(!week.contains("Schackklubb"))
            let mine = try await eva.get("/book/mine").text
            #expect(mine.contains("Schackklubb"))

            // Only the owner sees who booked, and the view is logged.
            #expect(try await eva.get("/book/resources/\(hub.room)/bookings").status == .forbidden)
            let owner = TestBrowser(app)
            try await owner.signIn("olle@stad.example", "ett långt lösenord")
            let manage = try await owner.get("/book/resources/\(hub.room)/bookings")
            #expect(manage.status == .ok)
            #expect(manage.text.contains("Eva Bokare &lt;eva@example.se&gt;"))
            let logged = try await app.db.sql.raw(
                "SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'bookings.viewed_bookers'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(logged == 1)
        }
    }

    @Test("An owner answers a request on the web; the booker sees it confirmed and is mailed")
    func ownerApproves() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let evaID = try await app.makeAccount("Eva", "eva@example.se")
            guard
                case .booked(let request, _, _) = try await hub.actions(evaID).request(
                    hub.draft(hub.hall, "2027-03-26", "18:00", "20:00"))
            else { Issue.record("refused"); return }
            let owner = TestBrowser(app)
            try await owner.signIn("olle@stad.example", "ett långt lösenord")
            let manage = "/book/resources/\(hub.hall)/bookings"
            let noReason = try await owner.post(
                "/book/bookings/\(request.id)/decision", ["decision": "deny", "reason": ""], tokenPage: manage)
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("Skriv ett skäl"))
            let confirmed = try await owner.post(
                "/book/bookings/\(request.id)/decision", ["decision": "confirm"], tokenPage: manage)
            #expect(confirmed.status == .seeOther)
            let eva = TestBrowser(app)
            try await eva.signIn("eva@example.se", "ett långt lösenord")
            #expect(try await eva.get("/book/mine").text.contains("Bekräftad"))
            let mail = try #require(try await app.lastMail(to: "eva@example.se"))
            #expect(mail.subject.contains("bekräftad"))
        }
    }

    @Test("Finding a resource free on Thursday 18–20 for 30 people")
    func freeTimeFilter() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            guard case .booked = try await hub.actions(eva).request(hub.draft(hub.room, "2027-03-25", "18:00", "20:00"))
            else { Issue.record("refused"); return }
            let list = try await TestBrowser(app).get("/book?day=2027-03-25&from=18:00&to=20:00&capacity=30").text
            #expect(list.contains("Aulan"))
            #expect(!list.contains("Studierum 2"))
            let api = try await send(
                app, .GET, "/api/v1/resources?free_from=2027-03-25T17:00:00Z&free_to=2027-03-25T19:00:00Z&capacity=30")
            #expect(api.status == .ok)
            #expect(api.text.contains("Aulan") && !api.text.contains("Studierum 2"))
            // A block of a month (longer than any booking) takes the hall out of the free list too.
            guard
                case .changed = try await hub.actions(hub.owner).block(
                    resourceID: hub.hall, start: moment("2027-03-10", "00:00"), end: moment("2027-04-10", "00:00"),
                    reason: "Renovering")
            else { Issue.record("not blocked"); return }
            hub.clock.advance(by: 601)  // past the list's shared read (the block was not made on the web)
            let blocked = try await TestBrowser(app).get("/book?day=2027-03-25&from=18:00&to=20:00&capacity=30").text
            #expect(!blocked.contains("Aulan"))
            let broken = try await TestBrowser(app).get("/book?day=2027-99-99&from=x&to=20:00&capacity=-4")
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.text.contains("id=\"capacity-error\""))
        }
    }

    @Test("The resource list in pages (web and API), and a change made elsewhere seen on the next read")
    func resourcePagesAndCatalogue() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let store = ResourceStore(database: app.db)
            guard let template = try await store.resource(id: hub.room) else { Issue.record("no room"); return }
            for number in 1...21 {
                _ = try await store.create(
                    ResourceDraft(
                        organizationID: hub.library, kind: .room, name: "Grupprum \(number)",
                        description: "Rum", address: "Gatan 1", district: number.isMultiple(of: 2) ? "Norr" : "Söder",
                        capacity: 4 + number, accessibility: "", equipment: [], images: [], rules: template.rules),
                    now: hub.clock.now())
            }
            let first = try await TestBrowser(app).get("/book")
            #expect(first.text.contains("23 lokaler och resurser"))
            #expect(first.text.contains("class=\"pagination\""))
            #expect(first.text.contains("href=\"/book?page=2\""))
            let second = try await TestBrowser(app).get("/book?kind=room&page=2")
            #expect(second.status == .ok)
            #expect(second.text.components(separatedBy: "class=\"idea-card\"").count - 1 == 2)
            let past = try await TestBrowser(app).get("/book?page=99999999999999999999")
            #expect(past.status == .ok)

            let api = try await send(app, .GET, "/api/v1/resources?district=Norr&per=4&page=2")
            #expect(api.status == .ok)
            #expect(
                api.text.contains("\"total\":10") && api.text.contains("\"page\":2") && api.text.contains("\"per\":4"))
            #expect(try await send(app, .GET, "/api/v1/resources?per=101").status == .badRequest)
            #expect(try await send(app, .GET, "/api/v1/resources?page=0").status == .badRequest)

            // Another instance renames the room: once the shared read of the version has run out (2 s when
            // serving, 600 s in tests), the next read here sees it; then a change to its hours.
            var renamed = ResourceDraft(
                organizationID: hub.library, kind: .room, name: "Studierum Två", description: template.description,
                address: template.address, district: template.district, capacity: template.capacity,
                accessibility: template.accessibility, equipment: template.equipment, images: [], rules: template.rules)
            try await store.update(hub.room, renamed, now: hub.clock.now())
            hub.clock.advance(by: 601)
            #expect(try await TestBrowser(app).get("/book/resources/\(hub.room)").text.contains("Studierum Två"))
            renamed.rules.openingHours.weekly[.thursday] = nil
            try await store.update(hub.room, renamed, now: hub.clock.now())
            hub.clock.advance(by: 601)
            let thursday = try await TestBrowser(app).get("/book?day=2027-03-25&from=18:00&to=20:00").text
            #expect(!thursday.contains("Studierum Två") && thursday.contains("Aulan"))
        }
    }

    @Test("The calendars: a resource's busy times without names, my bookings behind a revocable secret")
    func calendars() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let evaID = try await app.makeAccount("Eva", "eva@example.se")
            guard
                case .booked(let booking, _, _) = try await hub.actions(evaID).request(
                    hub.draft(hub.room, "2027-03-25", "18:00", "20:00"))
            else { Issue.record("refused"); return }
            let busy = try await send(app, .GET, "/api/v1/resources/\(hub.room)/calendar.ics")
            #expect(busy.status == .ok)
            #expect(busy.text.contains("BEGIN:VCALENDAR\r\n"))
            #expect(busy.text.contains("DTSTART;TZID=Europe/Stockholm:20270325T180000"))
            #expect(!busy.text.contains("Läxhjälp"))
            let actions = try await hub.actions(evaID)
            let token = try await actions.renewFeed()
            let mine = try await send(app, .GET, "/api/v1/me/bookings.ics?token=\(token)")
            #expect(mine.status == .ok)
            #expect(mine.text.contains("UID:booking-\(booking.id)@hubben"))
            try await actions.revokeFeed()
            #expect(try await send(app, .GET, "/api/v1/me/bookings.ics?token=\(token)").status == .notFound)
        }
    }

    @Test("My bookings are in my data export, and deleting my account gives future times back")
    func personalData() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            let evaID = try await app.makeAccount("Eva", "eva@example.se")
            guard
                case .booked(let booking, _, _) = try await hub.actions(evaID).request(
                    hub.draft(hub.room, "2027-03-25", "18:00", "20:00"))
            else { Issue.record("refused"); return }
            let token = try await hub.token(evaID)
            let export = try await send(app, .GET, "/api/v1/me/export", token: token)
            #expect(export.status == .ok)
            #expect(export.text.contains("\"bookings\""))
            #expect(export.text.contains("Läxhjälp"))
            let delete = try await send(
                app, .DELETE, "/api/v1/me", token: token, body: ["password": "ett långt lösenord"])
            #expect(delete.status == .noContent)
            let after = try #require(try await BookingStore(database: app.db).booking(id: booking.id))
            #expect(after.status == .cancelled && after.bookerID == nil && after.purpose.isEmpty)
        }
    }

    @Test(
        "The owner's resource form: unreadable and out-of-range values at their fields, everything kept; saved and changed"
    )
    func resourceForm() async throws {
        try await withTestApp { app in
            let hub = try await BookingFixture.make(app)
            _ = try await app.makeAccount("Rut", "rut@example.se")
            let resident = TestBrowser(app)
            try await resident.signIn("rut@example.se", "ett långt lösenord")
            #expect(try await resident.get("/book/resources/new").status == .forbidden)

            let owner = TestBrowser(app)
            try await owner.signIn("olle@stad.example", "ett långt lösenord")
            let form = try await owner.get("/book/resources/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("value=\"08.00\""))
            var fields: [String: String] = [
                "organization": "\(hub.library)", "kind": "hall", "name": "Hörsalen <b>", "address": "Torget 1",
                "district": "Centrum", "capacity": "många", "opens_monday": "8", "closes_monday": "22.00",
                "exceptions": "2027-04-01\nigår 10-12", "slot_minutes": "30", "minimum_minutes": "45",
                "maximum_minutes": "240", "minimum_notice_hours": "2", "maximum_days_ahead": "60",
                "buffer_before_minutes": "0", "buffer_after_minutes": "15", "cancellation_cutoff_hours": "24",
                "audience": "signed_in", "images": "https://bilder.example/a.jpg",
                "description": String(repeating: "å", count: 4_001),
            ]
            let refused = try await owner.post("/book/resources", fields, tokenPage: "/book/resources/new")
            #expect(refused.status == .unprocessableEntity)
            for id in ["capacity", "opening_hours", "exceptions", "minimum_minutes", "images", "description"] {
                #expect(refused.text.contains("id=\"\(id)-error\""), "no error at \(id)")
            }
            #expect(refused.text.contains("Skriv ett heltal"))
            #expect(refused.text.contains("Hörsalen &lt;b&gt;"))
            #expect(refused.text.contains(String(repeating: "å", count: 4_001)))
            #expect(try await ResourceStore(database: app.db).list(.init()).count == 2)

            fields["capacity"] = "90"
            fields["opens_monday"] = "08.00"
            fields["exceptions"] = "2027-04-01\n2027-04-05 10.00–14.00"
            fields["minimum_minutes"] = "60"
            fields["images"] = "https://bilder.example/a.jpg | Salen med scenen"
            fields["description"] = String(repeating: "å", count: 4_000)
            fields["needs_approval"] = "1"
            let saved = try await owner.post("/book/resources", fields, tokenPage: "/book/resources/new")
            #expect(saved.status == .seeOther)
            let created = try #require(
                try await ResourceStore(database: app.db).list(.init()).first { $0.name == "Hörsalen <b>" })
            #expect(created.capacity == 90 && created.rules.needsApproval)
            #expect(created.rules.openingHours.weekly == [.monday: DailyHours(opens: 480, closes: 1320)])
            #expect(created.rules.openingHours.exceptions.count == 2)
            #expect(created.rules.minimumNoticeMinutes == 120 && created.rules.cancellationCutoffMinutes == 24 * 60)

            // Changing it keeps what the form showed.
            let edit = try await owner.get("/book/resources/\(created.id)/edit")
            #expect(edit.text.contains("2027-04-05 10.00–14.00"))
            fields["capacity"] = "80"
            fields["minimum_notice_hours"] = "1,5"
            fields["cancellation_cutoff_hours"] = "0.75"
            let changed = try await owner.post(
                "/book/resources/\(created.id)/edit", fields, tokenPage: "/book/resources/\(created.id)/edit")
            #expect(changed.status == .seeOther)
            let afterChange = try #require(try await ResourceStore(database: app.db).resource(id: created.id))
            #expect(afterChange.capacity == 80)
            #expect(afterChange.rules.minimumNoticeMinutes == 90 && afterChange.rules.cancellationCutoffMinutes == 45)
            let shownAgain = try await owner.get("/book/resources/\(created.id)/edit")
            #expect(shownAgain.text.contains("value=\"1,5\"") && shownAgain.text.contains("value=\"0,75\""))

            // Staff of another organisation may not change it.
            let other = try await app.makeAccount("Stina", "stina@stad.example", roles: [.staff])
            _ = other
            let stranger = TestBrowser(app)
            try await stranger.signIn("stina@stad.example", "ett långt lösenord")
            #expect(try await stranger.get("/book/resources/\(created.id)/edit").status == .forbidden)
        }
    }

    @Test("Hours in the resource form: decimals with comma or point, and what the form shows reads back exactly")
    func formHours() {
        var problems = FieldProblems<ResourceDraft.Field>()
        for (typed, minutes) in [("2", 120), ("1,5", 90), ("0.75", 45), (" 1 , 25", 75), (",5", 30), ("-1", -60)] {
            #expect(FormInput.hoursAsMinutes(typed, .minimumNoticeMinutes, into: &problems) == minutes, "\(typed)")
        }
        #expect(problems[.minimumNoticeMinutes] == nil)
        #expect(
            FormInput.hoursAsMinutes("99999999999999999999999", .minimumNoticeMinutes, into: &problems) == 60_000_000)
        for typed in ["1,5,5", "två", "1.5.5", ",", "1e3", "١"] {
            var refused = FieldProblems<ResourceDraft.Field>()
            #expect(FormInput.hoursAsMinutes(typed, .minimumNoticeMinutes, into: &refused) == nil, "\(typed)")
            #expect(refused[.minimumNoticeMinutes] == .unreadable, "\(typed)")
        }
        for minutes in -120...3_000 {
            for language in [Language.sv, .en] {
                let shown = ResourceForm.hours(minutes, language)
                #expect(FormInput.hoursAsMinutes(shown, .minimumNoticeMinutes, into: &problems) == minutes, "\(shown)")
            }
        }
    }
}
