import RoutingKit

/// Events on the web, for their routes and for every link to them.
enum EventPaths {
    static let list = RoutePath("events")
    /// The person's registrations, and their calendar link.
    static let mine = RoutePath("events", "mine")
    static let mineCalendar = RoutePath("events", "mine", "calendar")
    static let new = RoutePath("events", "new")
    static let show = RoutePath("events", ":id")
    static let edit = RoutePath("events", ":id", "edit")
    /// A signed-in person's registration (POST registers).
    static let registration = RoutePath("events", ":id", "registration")
    static let cancellation = RoutePath("events", ":id", "registration", "cancellation")
    /// A guest's registration with a name and an address.
    static let guests = RoutePath("events", ":id", "guests")
    /// The person's check-in code, printable.
    static let ticket = RoutePath("events", ":id", "ticket")
    static let attendees = RoutePath("events", ":id", "attendees")
    static let checkIns = RoutePath("events", ":id", "check-ins")
    static let confirm = RoutePath("events", "confirmations", ":token")
    /// A demo day's agenda, for its organisers: add a slot (POST), remove one, link a slot's result.
    static let agenda = RoutePath("events", ":id", "agenda")
    static let slotRemoval = RoutePath("events", ":id", "agenda", ":slot", "removal")
    static let slotResult = RoutePath("events", ":id", "agenda", ":slot", "result")

    /// The link a guest confirms their address with.
    static func confirmation(_ token: String) -> String { "/events/confirmations/" + token }

    /// The calendar feeds (served by the API).
    static let feed = "/api/v1/events.ics"
    static func feed(of id: Int) -> String { "/api/v1/events/\(id).ics" }
    /// The person's events, opened by their calendar secret (the one their bookings' feed takes too).
    static let personalFeed = "/api/v1/me/events.ics"
}
