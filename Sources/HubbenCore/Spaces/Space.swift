public import Foundation

/// What kind of place in the hub a space is.
public enum SpaceKind: String, CaseIterable, Sendable, Codable {
    case projectRoom = "project_room"
    case workshopArea = "workshop_area"
    case demoStage = "demo_stage"
    case desks
}

/// One of the hub's own spaces, allocated to projects for whole weeks.
public struct Space: Identifiable, Equatable, Sendable {
    public var id: Int
    public var kind: SpaceKind
    public var name: String
    public var capacity: Int
    public var equipment: [String]

    public init(id: Int, kind: SpaceKind, name: String, capacity: Int, equipment: [String]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.capacity = capacity
        self.equipment = equipment
    }
}

/// Where a round of applications for the hub's spaces is; always from its dates, never stored.
public enum SpaceRoundState: String, CaseIterable, Sendable, Codable {
    case upcoming
    case open
    /// Applications have closed; the coaches place them.
    case allocating
    /// The period it allocates has begun: what was placed is what holds.
    case decided
}

/// An application round ("Våren 2027"): when projects may apply, and the weeks it allocates.
public struct SpaceRound: Identifiable, Equatable, Sendable {
    public var id: Int
    public var name: String
    public var opensAt: Date
    public var closesAt: Date
    /// The first and last week it allocates, by their Mondays.
    public var firstWeek: Day
    public var lastWeek: Day

    public init(id: Int, name: String, opensAt: Date, closesAt: Date, firstWeek: Day, lastWeek: Day) {
        self.id = id
        self.name = name
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.firstWeek = firstWeek.monday
        self.lastWeek = lastWeek.monday
    }

    public func state(at now: Date) -> SpaceRoundState {
        if now < opensAt { return .upcoming }
        if now < closesAt { return .open }
        if now < firstWeek.start { return .allocating }
        return .decided
    }

    /// Weeks from the first (0) to the last.
    public var weekCount: Int { firstWeek.days(to: lastWeek) / 7 + 1 }
}

/// Weeks within a round, by the index of their Monday from the round's first (inclusive at both ends).
public struct WeekSpan: Hashable, Sendable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    public func overlaps(_ other: WeekSpan) -> Bool { first <= other.last && other.first <= last }

    public var weeks: Int { last - first + 1 }
}

/// Where a project's application stands.
public enum SpaceApplicationStatus: String, CaseIterable, Sendable, Codable {
    case pending
    case approved
    case declined
    case withdrawn
}

/// A project's application for a space in a round, as the placement sees it.
public struct SpaceAsk: Hashable, Sendable {
    public var applicationID: Int
    public var weeks: WeekSpan
    public var teamSize: Int
    public var wishedSpaceID: Int?

    public init(applicationID: Int, weeks: WeekSpan, teamSize: Int, wishedSpaceID: Int?) {
        self.applicationID = applicationID
        self.weeks = weeks
        self.teamSize = teamSize
        self.wishedSpaceID = wishedSpaceID
    }
}

/// A space with the weeks it already holds (approved placements), as the placement sees it.
public struct SpaceSlot: Hashable, Sendable {
    public var spaceID: Int
    public var capacity: Int
    public var taken: [WeekSpan]

    public init(spaceID: Int, capacity: Int, taken: [WeekSpan] = []) {
        self.spaceID = spaceID
        self.capacity = capacity
        self.taken = taken
    }
}

/// The proposed placement of a round: as many applications as possible, each in a space big enough for its
/// team and holding no other in any of its weeks; of the placements that place that many, one that gives the
/// most applicants the space they wished for. Exact by branch and bound (rounds are tens of applications);
/// a round too big to search to the end within `searchLimit` steps gets the best placement found by then,
/// which starts from a greedy one (earliest last week first, the tightest space that fits).
public enum SpacePlacement {
    public static let searchLimit = 200_000

    public struct Proposal: Equatable, Sendable {
        /// Application → space.
        public var placements: [Int: Int]
        public var wishesMet: Int
        /// Whether the search went to the end (the proposal is the best there is).
        public var isExact: Bool
    }

    public static func propose(_ asks: [SpaceAsk], in spaces: [SpaceSlot], searchLimit: Int = searchLimit) -> Proposal {
        let asks = asks.sorted {
            ($0.weeks.first, $0.weeks.last, $0.applicationID) < ($1.weeks.first, $1.weeks.last, $1.applicationID)
        }
        let spaces = spaces.sorted { ($0.capacity, $0.spaceID) < ($1.capacity, $1.spaceID) }
        var search = Search(asks: asks, spaces: spaces, limit: searchLimit)
        search.seedGreedily()
        search.explore(0, placed: 0, wishes: 0)
        var placements: [Int: Int] = [:]
        for (index, space) in search.best.enumerated() {
            if let space { placements[asks[index].applicationID] = spaces[space].spaceID }
        }
        return Proposal(placements: placements, wishesMet: search.bestWishes, isExact: search.steps < searchLimit)
    }

    private struct Search {
        let asks: [SpaceAsk]
        let spaces: [SpaceSlot]
        let limit: Int
        /// Spaces somebody wished for: never interchangeable with another of their size.
        let wished: Set<Int>
        var held: [[WeekSpan]]
        var current: [Int?]
        var best: [Int?]
        var bestPlaced = -1
        var bestWishes = -1
        var steps = 0

        init(asks: [SpaceAsk], spaces: [SpaceSlot], limit: Int) {
            self.asks = asks
            self.spaces = spaces
            self.limit = limit
            wished = Set(asks.compactMap(\.wishedSpaceID))
            held = spaces.map(\.taken)
            current = Array(repeating: nil, count: asks.count)
            best = current
        }

        func fits(_ ask: Int, _ space: Int) -> Bool {
            spaces[space].capacity >= asks[ask].teamSize && !held[space].contains { $0.overlaps(asks[ask].weeks) }
        }

        func isWished(_ ask: Int, _ space: Int) -> Bool { asks[ask].wishedSpaceID == spaces[space].spaceID }

        mutating func seedGreedily() {
            let order = asks.indices.sorted { (asks[$0].weeks.last, $0) < (asks[$1].weeks.last, $1) }
            var placed = 0, wishes = 0
            for ask in order {
                let candidates = spaces.indices.filter { fits(ask, $0) }
                guard let space = candidates.first(where: { isWished(ask, $0) }) ?? candidates.first else { continue }
                held[space].append(asks[ask].weeks)
                current[ask] = space
                placed += 1
                if isWished(ask, space) { wishes += 1 }
            }
            best = current
            bestPlaced = placed
            bestWishes = wishes
            held = spaces.map(\.taken)
            current = Array(repeating: nil, count: asks.count)
        }

        mutating func explore(_ index: Int, placed: Int, wishes: Int) {
            steps += 1
            if index == asks.count {
                if (placed, wishes) > (bestPlaced, bestWishes) {
                    best = current
                    bestPlaced = placed
                    bestWishes = wishes
                }
                return
            }
            let remaining = asks.count - index
            // Even placing every remaining one, each in its wished space, cannot beat the best.
            if (placed + remaining, wishes + remaining) <= (bestPlaced, bestWishes) || steps >= limit { return }
            var triedEmpty: Set<Int> = []
            let wishedFirst = spaces.indices.sorted {
                (isWished(index, $0) ? 0 : 1, $0) < (isWished(index, $1) ? 0 : 1, $1)
            }
            for space in wishedFirst where fits(index, space) {
                // Two spaces of one capacity that hold nothing yet are the same choice unless one is wished.
                if held[space].isEmpty, !wished.contains(spaces[space].spaceID) {
                    guard triedEmpty.insert(spaces[space].capacity).inserted else { continue }
                }
                held[space].append(asks[index].weeks)
                current[index] = space
                explore(index + 1, placed: placed + 1, wishes: wishes + (isWished(index, space) ? 1 : 0))
                current[index] = nil
                held[space].removeLast()
            }
            explore(index + 1, placed: placed, wishes: wishes)
        }
    }
}
