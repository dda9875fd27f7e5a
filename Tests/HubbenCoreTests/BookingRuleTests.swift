import Foundation
import HubbenCore
import Testing

/// Moments by their clock in Stockholm: `at("2027-03-25", "18:00")`.
func at(_ day: String, _ time: String) -> Date {
    guard let day = Day(iso: day), let minute = ClockTime.minutes(time) else { return .distantPast }
    return day.at(minute: minute)
}

@Suite("Days and clock times in Stockholm")
struct DayTests {
    @Test("Summer time: the last Sunday of March has 23 hours, the last of October 25")
    func summerTime() throws {
        let spring = try #require(Day(iso: "2027-03-28"))
        #expect(spring.weekday == .sunday)
        #expect(spring.adding(days: 1).start.timeIntervalSince(spring.start) == 23 * 3600)
        let autumn = try #require(Day(iso: "2027-10-31"))
        #expect(autumn.adding(days: 1).start.timeIntervalSince(autumn.start) == 25 * 3600)
        // 18.00 is 17.00 UTC in March before the change and 16.00 after it.
        #expect(DateFormat.iso8601(at("2027-03-27", "18:00")) == "2027-03-27T17:00:00Z")
        #expect(DateFormat.iso8601(at("2027-03-28", "18:00")) == "2027-03-28T16:00:00Z")
        #expect(spring.minute(of: at("2027-03-28", "18:00")) == 18 * 60)
        #expect(spring.minute(of: at("2027-03-29", "01:00")) == 25 * 60)
    }

    @Test("Counting days by arithmetic agrees with Foundation's calendar, 1900 to 2300 and at the edges")
    func dayArithmetic() throws {
        let calendar = DateFormat.calendar
        var day = try #require(Day(iso: "1900-01-01"))
        var noon = day.noon
        var offset = 0
        while day.year < 2300 {
            let expected = calendar.date(byAdding: .day, value: offset % 977 - 488, to: noon).map(Day.init)
            #expect(day.adding(days: offset % 977 - 488) == expected, "\(day) + \(offset % 977 - 488)")
            let foundationWeekday = (calendar.component(.weekday, from: noon) + 5) % 7 + 1
            #expect(day.weekday.rawValue == foundationWeekday, "\(day)")
            let next = day.adding(days: 37)
            #expect(day.days(to: next) == 37 && next.days(to: day) == -37)
            #expect(next == Day(try #require(calendar.date(byAdding: .day, value: 37, to: noon))))
            day = next
            noon = day.noon
            offset += 1
        }
        let last = try #require(Day(iso: "9999-12-31"))
        #expect(last.adding(days: 1) == Day(try #require(calendar.date(byAdding: .day, value: 1, to: last.noon))))
        // Far past the arithmetic's years, the calendar answers (no trap).
        #expect(last.adding(days: 5_000_000).year > 9999)
        _ = last.adding(days: -5_000_000)
        #expect(try #require(Day(iso: "2027-03-01")).adding(days: -1).iso == "2027-02-28")
        #expect(try #require(Day(iso: "2028-03-01")).adding(days: -1).iso == "2028-02-29")
        #expect(try #require(Day(iso: "2000-03-01")).adding(days: -1).iso == "2000-02-29")
        #expect(try #require(Day(iso: "2100-03-01")).adding(days: -1).iso == "2100-02-28")
    }

    @Test(
        "Days a form gives, and what is no day",
        arguments: [
            ("2027-02-28", true), ("2027-02-29", false), ("2028-02-29", true), ("2027-13-01", false),
            ("2027-1-01", false), ("", false), ("99999-01-01", false), ("2027-01-01x", false), ("-001-01-01", false),
            ("2100-02-29", false), ("2000-02-29", true), ("2027-04-31", false), ("2027-00-10", false),
            ("2027-01-00", false), ("20a7-01-01", false), ("2027/01/01", false), ("2027-01-1a", false),
            ("1899-12-31", false), ("+027-01-01", false), ("2027-٠١-01", false),
        ])
    func isoDays(text: String, valid: Bool) {
        #expect((Day(iso: text) != nil) == valid)
        if valid { #expect(Day(iso: text)?.iso == text) }
    }

    @Test("Which days exist agrees with Foundation's calendar, 1900 to 2400, and spaces around a day are allowed")
    func dayValidity() {
        let calendar = DateFormat.calendar
        for year in 1900...2400 {
            for month in 1...12 {
                for day in 28...31 {
                    let noon = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))
                    let exists = noon.map { calendar.component(.day, from: $0) == day } ?? false
                    #expect((Day(year: year, month: month, day: day) != nil) == exists, "\(year)-\(month)-\(day)")
                }
            }
        }
        #expect(Day(iso: " 2027-03-01 ")?.iso == "2027-03-01")
    }

    @Test(
        "Clock times",
        arguments: [("18:00", 1080), ("8.30", 510), ("24:00", 1440), ("24:01", nil), ("7", nil), ("", nil)])
    func clockTimes(text: String, minutes: Int?) {
        #expect(ClockTime.minutes(text) == minutes)
    }

    @Test("Weeks start on Monday")
    func mondays() throws {
        #expect(try #require(Day(iso: "2027-03-28")).monday == Day(iso: "2027-03-22"))
        #expect(try #require(Day(iso: "2027-03-22")).monday == Day(iso: "2027-03-22"))
    }
}

@Suite("Booking rules: every rule as a table")
struct BookingRuleTests {
    // Thursday 25 March 2027, 12.00; the change to summer time is on Sunday the 28th.
    static let now = at("2027-03-25", "12:00")
    static let weekdays = OpeningHours(
        weekly: [
            .monday: DailyHours(opens: 8 * 60, closes: 22 * 60), .tuesday: DailyHours(opens: 8 * 60, closes: 22 * 60),
            .wednesday: DailyHours(opens: 8 * 60, closes: 22 * 60),
            .thursday: DailyHours(opens: 8 * 60, closes: 22 * 60),
            // Friday and Saturday evenings run past midnight.
            .friday: DailyHours(opens: 18 * 60, closes: 2 * 60), .saturday: DailyHours(opens: 18 * 60, closes: 2 * 60),
        ],
        exceptions: [
            Day(iso: "2027-04-01")!: nil, Day(iso: "2027-04-05")!: DailyHours(opens: 10 * 60, closes: 14 * 60),
        ])
    static let rules = BookingRules(
        openingHours: weekdays, slotMinutes: 30, minimumMinutes: 60, maximumMinutes: 240, minimumNoticeMinutes: 120,
        maximumDaysAhead: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 30, maximumActivePerPerson: 2,
        cancellationCutoffMinutes: 24 * 60, audience: .signedIn, needsApproval: false)
    static let anyone = Booker(isSignedIn: true, isCityStaff: false, isInAssociation: false, activeBookings: 0)

    static func check(
        _ day: String, _ from: String, _ to: String, toDay: String? = nil, people: Int = 10,
        rules: BookingRules = rules, booker: Booker = anyone
    ) -> [BookingRuleViolation] {
        rules.violations(
            start: at(day, from), end: at(toDay ?? day, to), people: people, capacity: 30, booker: booker, now: now)
    }

    @Test("A free Thursday evening within the hours breaks nothing")
    func fits() {
        #expect(Self.check("2027-03-25", "18:00", "20:00").isEmpty)
        #expect(Self.check("2027-03-25", "20:00", "22:00").isEmpty)
    }

    @Test(
        "Opening hours, across midnight and the change to summer time",
        arguments: [
            // Friday 18–01 runs past midnight into Saturday: fine.
            ("2027-03-26", "22:00", "2027-03-27", "01:00", [String]()),
            // Saturday 23.00 to Sunday 02.00 — the night the clocks go forward; the hall closes at 02.00.
            ("2027-03-27", "23:00", "2027-03-28", "01:30", []),
            // 02.30 does not exist that night: it is 03.30, after closing.
            ("2027-03-27", "23:30", "2027-03-28", "02:30", ["opening_hours"]),
            // Thursday after 22.00.
            ("2027-03-25", "21:00", nil, "23:00", ["opening_hours"]),
            // Sunday is closed; so is the 1st of April (an exception), and the 5th has 10–14 only.
            ("2027-03-28", "18:00", nil, "20:00", ["opening_hours"]),
            ("2027-04-01", "18:00", nil, "20:00", ["opening_hours"]),
            ("2027-04-05", "10:00", nil, "12:00", []),
            ("2027-04-05", "13:00", nil, "15:00", ["opening_hours"]),
        ] as [(String, String, String?, String, [String])])
    func openingHours(day: String, from: String, toDay: String?, to: String, rules expected: [String]) {
        let broken = Self.check(day, from, to, toDay: toDay).map(\.rule)
        #expect(broken == expected, "\(day) \(from)–\(to)")
    }

    @Test("A start after midnight in Friday's late hours names Friday's hours")
    func lateHoursNamed() throws {
        let broken = Self.check("2027-03-27", "01:30", "03:00")
        let friday = try #require(Day(iso: "2027-03-26"))
        #expect(broken.contains(.outsideOpeningHours(friday, DailyHours(opens: 18 * 60, closes: 2 * 60))))
        #expect(Self.check("2027-03-28", "10:00", "12:00") == [.closed(Day(iso: "2027-03-28")!)])
    }

    @Test(
        "Grid, length, notice and how far ahead",
        arguments: [
            ("2027-03-25", "18:15", "20:00", ["slot_grid"]),
            ("2027-03-25", "18:00", "18:30", ["minimum_length"]),
            ("2027-03-29", "08:00", "13:00", ["maximum_length"]),
            // Two hours' notice: 13.00 today is too soon, 14.00 is not.
            ("2027-03-25", "13:00", "14:00", ["minimum_notice"]),
            ("2027-03-25", "14:00", "15:00", []),
            ("2027-03-25", "10:00", "11:00", ["not_in_the_past"]),
            // 60 days ahead: 24 May is the last day.
            ("2027-05-24", "18:00", "20:00", []),
            ("2027-05-25", "18:00", "20:00", ["maximum_days_ahead"]),
            ("2027-03-25", "20:00", "18:00", ["end_after_start"]),
        ])
    func timeRules(day: String, from: String, to: String, expected: [String]) {
        #expect(Self.check(day, from, to).map(\.rule) == expected, "\(day) \(from)–\(to)")
    }

    @Test("Who may book, how many at once, how many people")
    func whoAndHowMany() {
        let staff = Booker(isSignedIn: true, isCityStaff: true, isInAssociation: false, activeBookings: 0)
        let member = Booker(isSignedIn: true, isCityStaff: false, isInAssociation: true, activeBookings: 0)
        var forStaff = Self.rules
        forStaff.audience = .cityStaff
        var forAssociations = Self.rules
        forAssociations.audience = .associations
        #expect(Self.check("2027-03-25", "18:00", "20:00", rules: forStaff).map(\.rule) == ["who_may_book"])
        #expect(Self.check("2027-03-25", "18:00", "20:00", rules: forStaff, booker: staff).isEmpty)
        #expect(Self.check("2027-03-25", "18:00", "20:00", rules: forAssociations).map(\.rule) == ["who_may_book"])
        #expect(Self.check("2027-03-25", "18:00", "20:00", rules: forAssociations, booker: member).isEmpty)
        #expect(Self.check("2027-03-25", "18:00", "20:00", rules: forAssociations, booker: staff).isEmpty)
        let busy = Booker(isSignedIn: true, isCityStaff: false, isInAssociation: false, activeBookings: 2)
        #expect(Self.check("2027-03-25", "18:00", "20:00", booker: busy) == [.tooManyActive(maximum: 2)])
        #expect(Self.check("2027-03-25", "18:00", "20:00", people: 31) == [.tooManyPeople(capacity: 30)])
        #expect(Self.check("2027-03-25", "18:00", "20:00", people: 0) == [.noPeople])
    }

    @Test("Buffers widen the time a booking holds")
    func buffers() {
        let held = Self.rules.heldTime(start: at("2027-03-25", "18:00"), end: at("2027-03-25", "20:00"))
        #expect(held.start == at("2027-03-25", "17:45"))
        #expect(held.end == at("2027-03-25", "20:30"))
    }

    @Test(
        "Cancelling: until the cut-off, or until the end without one",
        arguments: [
            (Optional(24 * 60), "2027-03-26", "12:00", true), (24 * 60, "2027-03-26", "12:01", false),
            (nil, "2027-03-27", "19:59", true), (nil, "2027-03-27", "20:00", false),
        ] as [(Int?, String, String, Bool)])
    func cancelling(cutoff: Int?, day: String, time: String, allowed: Bool) {
        var rules = Self.rules
        rules.cancellationCutoffMinutes = cutoff
        let mayCancel = rules.bookerMayCancel(
            start: at("2027-03-27", "12:00"), end: at("2027-03-27", "20:00"), now: at(day, time))
        #expect(mayCancel == allowed)
    }

    @Test("The owner's rules themselves: what the form refuses")
    func ruleProblems() {
        var rules = Self.rules
        #expect(rules.problems().isEmpty)
        rules.slotMinutes = 7
        rules.maximumMinutes = 10
        rules.maximumDaysAhead = 0
        rules.openingHours.weekly[.sunday] = DailyHours(opens: 600, closes: 600)
        let problems = rules.problems()
        #expect(
            Set(problems.keys) == [.slotMinutes, .minimumMinutes, .maximumMinutes, .maximumDaysAhead, .openingHours])
    }
}

@Suite("Weekly series")
struct WeeklySeriesTests {
    @Test("Every Tuesday 18–20 until a day keeps the clock across the change to summer time")
    func acrossSummerTime() throws {
        let draft = BookingDraft(
            resourceID: 1, start: at("2027-03-16", "18:00"), end: at("2027-03-16", "20:00"), purpose: "Kör",
            people: 12, repeatWeeklyUntil: Day(iso: "2027-04-06"))
        let times = draft.occurrences()
        #expect(
            times.map { DateFormat.iso8601($0.start) } == [
                "2027-03-16T17:00:00Z", "2027-03-23T17:00:00Z", "2027-03-30T16:00:00Z", "2027-04-06T16:00:00Z",
            ])
        #expect(times.allSatisfy { $0.duration == 7200 })
        #expect(draft.problems().isEmpty)
    }

    @Test("A series over two years, or ending before it starts, is refused at its field")
    func limits() {
        let long = BookingDraft(
            resourceID: 1, start: at("2027-03-16", "18:00"), end: at("2027-03-16", "20:00"), purpose: "Kör",
            people: 12, repeatWeeklyUntil: Day(iso: "2030-01-01"))
        #expect(long.problems()[.repeatWeeklyUntil] == .tooLong(limit: 104))
        #expect(long.occurrences().count == 105)
        let backwards = BookingDraft(
            resourceID: 1, start: at("2027-03-16", "18:00"), end: at("2027-03-16", "20:00"), purpose: "Kör",
            people: 12, repeatWeeklyUntil: Day(iso: "2027-03-01"))
        #expect(backwards.problems()[.repeatWeeklyUntil] == .invalid)
        let nowhere = BookingDraft(
            resourceID: nil, start: Date(timeIntervalSince1970: -1e12), end: nil, purpose: "", people: nil)
        #expect(Set(nowhere.problems().keys) == [.resource, .start, .end, .purpose, .people])
    }
}
