import Fluent
import Foundation
import HubbenCore
import Vapor

/// What anyone may read about a resource's time (open and taken, never by whom), and the calendars.
struct BookingReads {
    let database: any Database

    struct Availability: Sendable {
        var open: [DateInterval]
        var busy: [BusyTime]
    }

    func availability(of resource: Resource, from: Date, to: Date) async throws -> Availability {
        let open = resource.rules.openingHours.periods(from: Day(from), through: Day(to)).compactMap {
            $0.intersection(with: DateInterval(start: from, end: to))
        }.filter { $0.duration > 0 }
        let busy = try await BookingStore(database: database).busy(resourceID: resource.id, from: from, to: to)
        return Availability(open: open, busy: busy)
    }

    /// The resource's busy times from 30 days back to a year ahead: when, and nothing about who or why.
    func busyCalendar(resourceID: Int, now: Date, _ t: Localizer) async throws -> ICalendar? {
        guard let resource = try await ResourceStore(database: database).resource(id: resourceID) else { return nil }
        let busy = try await BookingStore(database: database).busy(
            resourceID: resourceID, from: now.addingTimeInterval(-30 * 86_400), to: now.addingTimeInterval(366 * 86_400)
        )
        let events = busy.enumerated().map { index, time in
            ICalendar.Event(
                uid: "busy-\(resourceID)-\(Int(time.start.timeIntervalSince1970))-\(index)@hubben",
                start: time.start, end: time.end,
                summary: time.status == .requested ? t(.bookingCalendarRequested) : t(.bookingCalendarBusy),
                location: resource.address, isTentative: time.status == .requested, stamp: now)
        }
        return ICalendar(name: resource.name, events: events)
    }

    /// A person's bookings, with their purpose and status: behind the feed's secret only.
    func personalCalendar(of account: Account, baseURL: String, now: Date) async throws -> ICalendar {
        let t = Localizer(account.language)
        let bookings = try await BookingStore(database: database).bookings(of: account.id)
            .filter { $0.status != .blocked && $0.end > now.addingTimeInterval(-90 * 86_400) }
        return ICalendar(
            name: t(.bookingCalendarMine), events: bookings.map { Self.event($0, baseURL: baseURL, now: now) })
    }

    static func event(_ booking: Booking, baseURL: String, now: Date) -> ICalendar.Event {
        ICalendar.Event(
            uid: "booking-\(booking.id)@hubben", start: booking.start, end: booking.end,
            summary: booking.resourceName, description: booking.purpose, url: baseURL + BookingPaths.mine(),
            isTentative: booking.status == .requested,
            isCancelled: booking.status == .cancelled || booking.status == .denied, stamp: now)
    }
}

extension LocalizedText {
    static let bookingCalendarBusy = LocalizedText(sv: "Bokad", en: "Booked")
    static let bookingCalendarRequested = LocalizedText(
        sv: "Förfrågan (inte bekräftad)", en: "Requested (not confirmed)")
    static let bookingCalendarMine = LocalizedText(sv: "Mina bokningar i Hubben", en: "My bookings in Hubben")
}

extension ResourceStore.Filter {
    /// Resources on one page of the list, and the most the API gives at once.
    static let perPage = 20
    static let maximumPerPage = 100

    /// Everything the list depends on, for `SharedReads`.
    var sharedKey: String {
        let time = free.map { "\(Int($0.start.timeIntervalSince1970))-\(Int($0.end.timeIntervalSince1970))" } ?? "-"
        return "\(kind?.rawValue ?? "-") \(capacity ?? 0) \(time) \(district ?? "")"
    }
}

extension Request {
    /// A resource as everyone sees it (its rules included), from the catalogue; a booking reads it fresh.
    func shownResource(_ id: Int) async throws -> Resource? {
        try await resourceCatalogue().byID[id]
    }

    /// One page of the resources matching `filter` (free time included), and how many match in all; the
    /// matching is shared for a moment by everyone asking the same.
    func shownResources(_ filter: ResourceStore.Filter, _ paging: Paging) async throws -> (
        resources: [Resource], total: Int
    ) {
        let catalogue = try await resourceCatalogue()
        let matching =
            filter == ResourceStore.Filter()
            ? catalogue.resources
            : try await sharedRead("resources \(filter.sharedKey)") {
                try await ResourceStore(database: self.db).matching(filter, in: catalogue.resources)
            }
        let start = min(paging.offset, matching.count)
        return (Array(matching[start..<min(matching.count, start + paging.per)]), matching.count)
    }

    func shownDistricts() async throws -> [String] {
        try await resourceCatalogue().districts
    }

    /// When `resource` is open and taken between `from` and `to` (never by whom), shared for a moment.
    func shownAvailability(of resource: Resource, from: Date, to: Date) async throws -> BookingReads.Availability {
        try await sharedRead(
            "resource.availability \(resource.id) \(Int(from.timeIntervalSince1970)) \(Int(to.timeIntervalSince1970))"
        ) {
            try await BookingReads(database: self.db).availability(of: resource, from: from, to: to)
        }
    }
}
