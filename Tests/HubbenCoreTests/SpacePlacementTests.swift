import Foundation
import HubbenCore
import Testing

@Suite("Hub spaces: round states and the proposed placement")
struct SpacePlacementTests {
    @Test("A round's state comes from its dates")
    func roundStates() throws {
        let round = SpaceRound(
            id: 1, name: "Våren 2027", opensAt: at("2026-11-01", "00:00"), closesAt: at("2026-12-01", "00:00"),
            firstWeek: try #require(Day(iso: "2027-01-06")), lastWeek: try #require(Day(iso: "2027-06-14")))
        #expect(round.firstWeek == Day(iso: "2027-01-04"))
        #expect(round.weekCount == 24)
        #expect(round.state(at: at("2026-10-31", "23:59")) == .upcoming)
        #expect(round.state(at: at("2026-11-15", "12:00")) == .open)
        #expect(round.state(at: at("2026-12-01", "00:00")) == .allocating)
        #expect(round.state(at: at("2027-01-04", "00:00")) == .decided)
    }

    /// The best (placed, wishes met) there is, by trying every space (or none) for every application.
    static func exhaustive(_ asks: [SpaceAsk], _ spaces: [SpaceSlot]) -> (Int, Int) {
        var best = (0, 0)
        var held = spaces.map(\.taken)
        func go(_ index: Int, _ placed: Int, _ wishes: Int) {
            if index == asks.count {
                if (placed, wishes) > best { best = (placed, wishes) }
                return
            }
            go(index + 1, placed, wishes)
            for space in spaces.indices
            where spaces[space].capacity >= asks[index].teamSize
                && !held[space].contains(where: { $0.overlaps(asks[index].weeks) })
            {
                held[space].append(asks[index].weeks)
                go(index + 1, placed + 1, wishes + (asks[index].wishedSpaceID == spaces[space].spaceID ? 1 : 0))
                held[space].removeLast()
            }
        }
        go(0, 0, 0)
        return best
    }

    /// A proposal is valid when each placed application fits its space and no two in one space share a week.
    static func isValid(_ proposal: SpacePlacement.Proposal, _ asks: [SpaceAsk], _ spaces: [SpaceSlot]) -> Bool {
        let byID = Dictionary(uniqueKeysWithValues: asks.map { ($0.applicationID, $0) })
        for space in spaces {
            var weeks = space.taken
            for (application, spaceID) in proposal.placements where spaceID == space.spaceID {
                guard let ask = byID[application], ask.teamSize <= space.capacity,
                    !weeks.contains(where: { $0.overlaps(ask.weeks) })
                else { return false }
                weeks.append(ask.weeks)
            }
        }
        let wishes = proposal.placements.filter { byID[$0.key]?.wishedSpaceID == $0.value }.count
        return wishes == proposal.wishesMet
    }

    @Test("A crafted round where placing greedily by first week loses one")
    func crafted() {
        // One room: a long application from week 0 to 9 would block two short ones (0–3 and 5–9).
        let asks = [
            SpaceAsk(applicationID: 1, weeks: WeekSpan(first: 0, last: 9), teamSize: 4, wishedSpaceID: nil),
            SpaceAsk(applicationID: 2, weeks: WeekSpan(first: 0, last: 3), teamSize: 4, wishedSpaceID: nil),
            SpaceAsk(applicationID: 3, weeks: WeekSpan(first: 5, last: 9), teamSize: 4, wishedSpaceID: nil),
            // Too big for the room, fits the hall; wants the room.
            SpaceAsk(applicationID: 4, weeks: WeekSpan(first: 2, last: 4), teamSize: 12, wishedSpaceID: 10),
        ]
        let spaces = [SpaceSlot(spaceID: 10, capacity: 6), SpaceSlot(spaceID: 20, capacity: 20)]
        let proposal = SpacePlacement.propose(asks, in: spaces)
        // The room takes the two short ones, the hall the big team; the long one has no place left.
        #expect(proposal.placements == [2: 10, 3: 10, 4: 20])
        #expect(proposal.isExact)
        #expect(Self.isValid(proposal, asks, spaces))
    }

    @Test("Weeks a space already holds are not given again")
    func alreadyTaken() {
        let asks = [SpaceAsk(applicationID: 1, weeks: WeekSpan(first: 3, last: 5), teamSize: 2, wishedSpaceID: 10)]
        let spaces = [
            SpaceSlot(spaceID: 10, capacity: 6, taken: [WeekSpan(first: 5, last: 8)]),
            SpaceSlot(spaceID: 20, capacity: 6),
        ]
        #expect(SpacePlacement.propose(asks, in: spaces).placements == [1: 20])
    }

    @Test("Random small rounds: the proposal is as good as exhaustive search", arguments: 0..<60)
    func againstExhaustiveSearch(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) + 1)
        let spaceCount = Int.random(in: 1...3, using: &random)
        let spaces = (0..<spaceCount).map { index in
            SpaceSlot(
                spaceID: 10 + index, capacity: [4, 6, 6, 12].randomElement(using: &random) ?? 6,
                taken: Bool.random(using: &random)
                    ? [
                        WeekSpan(
                            first: Int.random(in: 0...8, using: &random), last: Int.random(in: 8...11, using: &random))
                    ]
                    : [])
        }
        let asks = (0..<Int.random(in: 1...7, using: &random)).map { index in
            let first = Int.random(in: 0...10, using: &random)
            return SpaceAsk(
                applicationID: index + 1,
                weeks: WeekSpan(first: first, last: Int.random(in: first...11, using: &random)),
                teamSize: Int.random(in: 1...10, using: &random),
                wishedSpaceID: Bool.random(using: &random) ? 10 + Int.random(in: 0..<spaceCount, using: &random) : nil)
        }
        let proposal = SpacePlacement.propose(asks, in: spaces)
        let best = Self.exhaustive(asks, spaces)
        #expect(Self.isValid(proposal, asks, spaces))
        #expect((proposal.placements.count, proposal.wishesMet) == best)
        #expect(proposal.isExact)
    }

    @Test("A round too big to search to the end still gets a valid placement")
    func bigRound() {
        var random = SeededRandom(seed: 99)
        let spaces = (0..<8).map { SpaceSlot(spaceID: $0, capacity: [4, 8, 12, 20][$0 % 4]) }
        let asks = (0..<120).map { index in
            let first = Int.random(in: 0...20, using: &random)
            return SpaceAsk(
                applicationID: index,
                weeks: WeekSpan(first: first, last: min(25, first + Int.random(in: 0...6, using: &random))),
                teamSize: Int.random(in: 1...16, using: &random), wishedSpaceID: Int.random(in: 0..<8, using: &random))
        }
        let proposal = SpacePlacement.propose(asks, in: spaces, searchLimit: 20_000)
        #expect(Self.isValid(proposal, asks, spaces))
        #expect(proposal.placements.count >= 30)
    }
}

/// A small deterministic generator (SplitMix64), so that each random round is the same every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
