import Foundation
import HubbenCore

/// The insights' tables: each defined once — its columns, what it counts — and the same for the public page,
/// the hub team's page, the downloads, the API and the home page.
enum InsightTable: String, CaseIterable, Sendable {
    case funnel
    case phaseDurations = "phase_durations"
    case outcomes
    case ideasByTheme = "ideas_by_theme"
    case ideasBySource = "ideas_by_source"
    case projectsByDepartment = "projects_by_department"
    case projectsByPartner = "projects_by_partner"
    case partnerContributions = "partner_contributions"
    case spaceUtilisation = "space_utilisation"
    case roomBookings = "room_bookings"
    case eventAttendance = "event_attendance"

    /// Partners' contributions against their agreements are the partners' and the hub team's
    /// (the agreements are); every other table is public.
    var isHubTeamOnly: Bool { self == .partnerContributions }

    static func visible(toHubTeam hubTeam: Bool) -> [InsightTable] {
        allCases.filter { hubTeam || !$0.isHubTeamOnly }
    }
}

/// A value in an insight table's cell.
enum InsightValue: Sendable, Equatable {
    case text(String)
    case count(Int)
    /// A share in per cent, one decimal; nil when there is nothing to divide by.
    case percent(Double?)
    /// Days, one decimal; nil when nothing was measured.
    case days(Double?)
    case kronor(Int)
    /// Hours, kept as minutes.
    case minutes(Int)

    /// The number a chart draws (nil for text and for nothing measured).
    var number: Double? {
        switch self {
        case .text: nil
        case .count(let value): Double(value)
        case .percent(let value), .days(let value): value
        case .kronor(let value): Double(value)
        case .minutes(let value): Double(value) / 60
        }
    }
}

struct InsightColumn: Sendable {
    enum Kind: String, Sendable { case text, integer, percent, days, kronor, hours }

    /// The field's name in CSV, JSON and the data dictionary.
    var key: String
    var kind: Kind
    var label: LocalizedText

    /// Whether the page shows the column in `language`: a name in the other language, and the codes and
    /// numbers that are there for the downloads (`theme`, `organization_id` …), are not shown.
    func isShown(in language: Language) -> Bool {
        if key.hasSuffix("_sv") { return language == .sv }
        if key.hasSuffix("_en") { return language == .en }
        return !key.hasSuffix("_id") && !["theme", "source", "kind"].contains(key)
    }
}

/// One computed table: its rows over the period, and which columns its chart draws.
struct InsightResult: Sendable {
    var table: InsightTable
    var period: InsightPeriod
    var columns: [InsightColumn]
    var rows: [[InsightValue]]
    /// The column whose text names each bar, and the columns drawn as bars.
    var chartLabel = 0
    var chartValues: [Int] = [1]
}

/// A period of whole days, both included; a year back from today unless chosen.
struct InsightPeriod: Sendable, Equatable {
    var from: Day
    var to: Day

    /// At most ten years, and never ending before it starts.
    static let longest = 3_653

    static func lastYear(until today: Day) -> InsightPeriod {
        InsightPeriod(from: today.adding(days: -364), to: today)
    }

    /// The period as typed (`from`, `to`, ISO days); nil and the fields' problems when it cannot be one.
    static func parse(from: String?, to: String?, today: Day) -> (InsightPeriod?, [String]) {
        var problems: [String] = []
        let end = to.flatMap { $0.isEmpty ? nil : $0 }.map { Day($0) } ?? .some(today)
        let start = from.flatMap { $0.isEmpty ? nil : $0 }.map { Day($0) } ?? end.map { $0.adding(days: -364) }
        if end == nil { problems.append("to") }
        if start == nil { problems.append("from") }
        guard let start, let end else { return (nil, problems) }
        guard start <= end, start.adding(days: longest) >= end else { return (nil, ["from"]) }
        return (InsightPeriod(from: start, to: end), [])
    }

    var startMoment: Date { from.start }
    /// The moment just after the last day.
    var endMoment: Date { to.adding(days: 1).start }
    var days: Int { max(1, from.days(to: to) + 1) }
}
