import Foundation
import HubbenCore
import Testing

@Suite("Events: places, the waiting list, windows, guests and who may do what")
struct EventRuleTests {
    static func event(capacity: Int?, opens: Date? = nil, closes: Date? = nil, waitlistClosed: Bool = false) -> Event {
        Event(
            id: 1, kind: .workshop, title: "Workshop", description: "Om tjänstedesign.",
            startsAt: at("2027-03-09", "18:00"), endsAt: at("2027-03-09", "20:00"), place: .address("Hubben"),
            capacity: capacity, registrationOpensAt: opens, registrationClosesAt: closes, visibility: .public,
            languages: [.sv], waitlistClosed: waitlistClosed)
    }

    @Test(
        "Where a new registration goes",
        arguments: [
            // (capacity, held, waiting list closed) → placement
            (Int?.none, Set<Int>(), false, EventRules.Placement.seat(nil)),
            (3, [], false, .seat(1)),
            (3, [1, 3], false, .seat(2)),
            (3, [1, 2, 3], false, .waitlist),
            (3, [1, 2, 3], true, .full),
            (1, [], true, .seat(1)),
        ] as [(Int?, Set<Int>, Bool, EventRules.Placement)])
    func placement(capacity: Int?, held: Set<Int>, closed: Bool, expected: EventRules.Placement) {
        #expect(EventRules.placement(capacity: capacity, heldSeats: held, waitlistClosed: closed) == expected)
    }

    @Test("Places freed go to the first waiting, lowest place first; without a limit everyone moves up")
    func promotions() {
        let moved = EventRules.promotions(capacity: 5, heldSeats: [1, 3, 5], waiting: [40, 41, 42])
        #expect(moved.map(\.registrationID) == [40, 41])
        #expect(moved.map(\.seat) == [2, 4])
        #expect(EventRules.promotions(capacity: 2, heldSeats: [1, 2], waiting: [7]).isEmpty)
        #expect(EventRules.promotions(capacity: nil, heldSeats: [], waiting: [7, 8]).map(\.registrationID) == [7, 8])
        #expect(EventRules.promotions(capacity: 0, heldSeats: [], waiting: [7]).isEmpty)
    }

    @Test("A smaller capacity keeps everyone holding a place, renumbered into it; below them it is refused")
    func reseat() throws {
        let moves = try #require(EventRules.reseat(capacity: 3, heldSeats: [1, 4, 6]))
        #expect(moves.map(\.from) == [4, 6] && moves.map(\.to) == [2, 3])
        #expect(EventRules.reseat(capacity: 2, heldSeats: [1, 4, 6]) == nil)
        #expect(EventRules.reseat(capacity: 10, heldSeats: [1, 4, 6])?.isEmpty == true)
    }

    @Test("The registration window: not yet open, open, closed, started")
    func window() {
        let event = Self.event(
            capacity: 10, opens: at("2027-02-01", "00:00"), closes: at("2027-03-08", "00:00"))
        #expect(event.registration(at: at("2027-01-31", "23:59")) == .notYetOpen)
        #expect(event.registration(at: at("2027-02-01", "00:00")) == .open)
        #expect(event.registration(at: at("2027-03-08", "00:00")) == .closed)
        #expect(event.registration(at: at("2027-03-09", "18:00")) == .started)
        #expect(Self.event(capacity: nil).registration(at: at("2027-03-09", "17:59")) == .open)
    }

    @Test("A guest's hold: 48 hours, and never past the start")
    func guestHold() {
        let event = Self.event(capacity: 5)
        #expect(event.guestHold(from: at("2027-03-01", "12:00")) == at("2027-03-03", "12:00"))
        #expect(event.guestHold(from: at("2027-03-08", "12:00")) == at("2027-03-09", "18:00"))
        #expect(event.guestDataErasedAt == at("2027-04-08", "20:00"))
    }

    @Test("Check-in codes: eight characters that cannot be misread, read back as typed")
    func codes() {
        var generator = SystemRandomNumberGenerator()
        let code = EventRules.newCode(using: &generator)
        #expect(code.count == 8 && code.allSatisfy { EventRules.codeAlphabet.contains($0) })
        #expect(!EventRules.codeAlphabet.contains("0") && !EventRules.codeAlphabet.contains("O"))
        #expect(EventRules.normalisedCode(" ab2c-d3ef ") == "AB2CD3EF")
        #expect(EventRules.normalisedCode(String(repeating: "x", count: 500)).count == 40)
    }

    @Test("Who may see, register and organise")
    func policy() {
        let resident = Actor(accountID: 1, roles: [.resident])
        let staff = Actor(accountID: 2, roles: [.resident, .staff])
        let admin = Actor(accountID: 3, roles: [.resident, .admin])
        let partner = Actor(accountID: 4, roles: [.resident, .partner])
        #expect(Authorization.allows(.anonymous, EventAction.see(.public)))
        #expect(!Authorization.allows(.anonymous, EventAction.see(.internal)))
        #expect(!Authorization.allows(resident, EventAction.see(.internal)))
        #expect(!Authorization.allows(partner, EventAction.register(.internal)))
        #expect(Authorization.allows(staff, EventAction.register(.internal)))
        #expect(Authorization.allows(.anonymous, EventAction.registerAsGuest(.public)))
        #expect(!Authorization.allows(.anonymous, EventAction.registerAsGuest(.internal)))
        #expect(!Authorization.allows(resident, EventAction.registerAsGuest(.public)))
        #expect(!Authorization.allows(.anonymous, EventAction.register(.public)))
        #expect(Authorization.allows(resident, EventAction.register(.public)))
        #expect(!Authorization.allows(resident, EventAction.organise))
        #expect(Authorization.allows(staff, EventAction.organise) && Authorization.allows(admin, EventAction.organise))
    }

    @Test("The draft: times, the place, the limits")
    func draft() {
        func draft(
            starts: Date? = at("2027-03-09", "18:00"), ends: Date? = at("2027-03-09", "20:00"),
            place: String = "address",
            address: String = "Hubben", link: String = "", capacity: Int? = 10, opens: Date? = nil, closes: Date? = nil,
            languages: [Language] = [.sv], retention: Int? = 30
        ) -> FieldProblems<EventDraft.Field> {
            EventDraft(
                kind: .workshop, title: "Titel", description: "Text", startsAt: starts, endsAt: ends, placeKind: place,
                address: address, onlineLink: link, capacity: capacity, registrationOpensAt: opens,
                registrationClosesAt: closes, visibility: .public, languages: languages, waitlistClosed: false,
                themeIDs: [], guestRetentionDays: retention
            ).problems(knownThemes: [])
        }
        #expect(draft().isEmpty)
        #expect(draft(ends: at("2027-03-09", "18:00"))[.endsAt] == .invalid)
        #expect(draft(ends: at("2027-03-24", "18:00"))[.endsAt] == .invalid)
        #expect(draft(starts: nil)[.startsAt] == .missing)
        #expect(draft(address: "")[.address] == .missing)
        #expect(draft(place: "online", link: "javascript:alert(1)")[.onlineLink] == .invalid)
        #expect(draft(place: "online", link: "https://meet.example.se/a").isEmpty)
        #expect(draft(place: "moon")[.placeKind] == .missing)
        #expect(draft(capacity: 0)[.capacity] == .invalid)
        #expect(draft(capacity: 100_001)[.capacity] == .invalid)
        #expect(draft(capacity: nil).isEmpty)
        #expect(draft(opens: at("2027-03-10", "00:00"))[.registrationOpensAt] == .invalid)
        #expect(draft(closes: at("2027-03-09", "19:00"))[.registrationClosesAt] == .invalid)
        #expect(
            draft(opens: at("2027-03-05", "00:00"), closes: at("2027-03-04", "00:00"))[.registrationClosesAt]
                == .invalid)
        #expect(draft(languages: [])[.languages] == .missing)
        #expect(draft(retention: 366)[.guestRetentionDays] == .invalid)
        #expect(draft(starts: at("1999-12-31", "12:00"))[.startsAt] == .invalid)
        #expect(GuestRegistrationDraft(name: "Gun", email: "Gun@Example.SE").email == "gun@example.se")
        #expect(GuestRegistrationDraft(name: "", email: "gun@example.se").problems()[.name] == .missing)
        #expect(GuestRegistrationDraft(name: "Gun", email: "gun@exa<mple.se").problems()[.email] == .invalid)
    }
}
