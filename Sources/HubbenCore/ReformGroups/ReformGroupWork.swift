public import Foundation

public enum MemberPosition: String, CaseIterable, Sendable, Codable {
    case chair
    case secretary
    case member
}

/// Where a member comes from.
public enum MemberSector: String, CaseIterable, Sendable, Codable {
    case business
    case publicSector = "public_sector"
    case city
}

/// A member of a reform group, with or without an account. The name and organisation are shown publicly only
/// with the member's consent (`shownPublicly`); an ended membership keeps its dates.
public struct ReformGroupMember: Identifiable, Equatable, Sendable {
    public var id: Int
    public var groupID: Int
    public var accountID: Int?
    public var name: String
    public var organization: String
    public var sector: MemberSector
    public var position: MemberPosition
    public var shownPublicly: Bool
    public var startsOn: Day
    public var endsOn: Day?

    public init(
        id: Int, groupID: Int, accountID: Int?, name: String, organization: String, sector: MemberSector,
        position: MemberPosition, shownPublicly: Bool, startsOn: Day, endsOn: Day?
    ) {
        self.id = id
        self.groupID = groupID
        self.accountID = accountID
        self.name = name
        self.organization = organization
        self.sector = sector
        self.position = position
        self.shownPublicly = shownPublicly
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// A member on `day`: started, and not ended before it.
    public func isActive(on day: Day) -> Bool { startsOn <= day && (endsOn.map { day <= $0 } ?? true) }
}

public struct ReformGroupMemberDraft: Equatable, Sendable {
    public var accountID: Int?
    public var name: String
    public var organization: String
    public var sector: MemberSector?
    public var position: MemberPosition?
    public var shownPublicly: Bool
    public var startsOn: Day?

    public enum Field: String, DraftField {
        case account, name, organization, sector, position
        case startsOn = "starts_on"
    }

    public init(
        accountID: Int?, name: String, organization: String, sector: MemberSector?, position: MemberPosition?,
        shownPublicly: Bool, startsOn: Day?
    ) {
        self.accountID = accountID
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.organization = organization.trimmingCharacters(in: .whitespacesAndNewlines)
        self.sector = sector
        self.position = position
        self.shownPublicly = shownPublicly
        self.startsOn = startsOn
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        FieldCheck.required(name, .name, limit: 120, into: &problems)
        FieldCheck.optional(organization, .organization, limit: 200, into: &problems)
        if sector == nil { problems[.sector] = .missing }
        if position == nil { problems[.position] = .missing }
        if startsOn == nil { problems[.startsOn] = .missing }
        return problems
    }
}

public enum MeetingVisibility: String, CaseIterable, Sendable, Codable {
    case `public`
    case `internal`
}

public struct ReformGroupMeeting: Identifiable, Equatable, Sendable {
    public var id: Int
    public var groupID: Int
    public var heldOn: Day
    public var title: String
    public var agenda: String
    public var minutes: String
    public var visibility: MeetingVisibility

    public init(
        id: Int, groupID: Int, heldOn: Day, title: String, agenda: String, minutes: String,
        visibility: MeetingVisibility
    ) {
        self.id = id
        self.groupID = groupID
        self.heldOn = heldOn
        self.title = title
        self.agenda = agenda
        self.minutes = minutes
        self.visibility = visibility
    }
}

public struct ReformGroupMeetingDraft: Equatable, Sendable {
    public var heldOn: Day?
    public var title: String
    public var agenda: String
    public var minutes: String
    public var visibility: MeetingVisibility?

    public enum Field: String, DraftField {
        case heldOn = "held_on"
        case title, agenda, minutes, visibility
    }

    public init(heldOn: Day?, title: String, agenda: String, minutes: String, visibility: MeetingVisibility?) {
        self.heldOn = heldOn
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.agenda = agenda.trimmingCharacters(in: .whitespacesAndNewlines)
        self.minutes = minutes.trimmingCharacters(in: .whitespacesAndNewlines)
        self.visibility = visibility
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if heldOn == nil { problems[.heldOn] = .missing }
        FieldCheck.required(title, .title, limit: 200, into: &problems)
        FieldCheck.optional(agenda, .agenda, limit: 4000, into: &problems)
        FieldCheck.optional(minutes, .minutes, limit: 20_000, into: &problems)
        if visibility == nil { problems[.visibility] = .missing }
        return problems
    }
}

/// A citizen dialogue (*invånarmöte*): where and when, how many came, and what was heard.
public struct CitizenDialogue: Identifiable, Equatable, Sendable {
    public var id: Int
    public var groupID: Int
    public var heldOn: Day
    public var place: String
    public var participants: Int
    public var heard: String

    public init(id: Int, groupID: Int, heldOn: Day, place: String, participants: Int, heard: String) {
        self.id = id
        self.groupID = groupID
        self.heldOn = heldOn
        self.place = place
        self.participants = participants
        self.heard = heard
    }
}

public struct CitizenDialogueDraft: Equatable, Sendable {
    public var heldOn: Day?
    public var place: String
    public var participants: Int?
    public var heard: String

    public enum Field: String, DraftField {
        case heldOn = "held_on"
        case place, participants, heard
    }

    public init(heldOn: Day?, place: String, participants: Int?, heard: String) {
        self.heldOn = heldOn
        self.place = place.trimmingCharacters(in: .whitespacesAndNewlines)
        self.participants = participants
        self.heard = heard.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func problems() -> FieldProblems<Field> {
        var problems: FieldProblems<Field> = [:]
        if heldOn == nil { problems[.heldOn] = .missing }
        FieldCheck.required(place, .place, limit: 200, into: &problems)
        if let participants {
            if !(0...100_000).contains(participants) { problems[.participants] = .invalid }
        } else {
            problems[.participants] = .missing
        }
        FieldCheck.required(heard, .heard, limit: 20_000, into: &problems)
        return problems
    }
}

/// What people may do with a reform group. `member`: an active member (with an account); `officer`: its active
/// chair or secretary.
public enum ReformGroupAction: Equatable, Sendable {
    /// Members, the period: the hub team.
    case manage
    /// Recording meetings and citizen dialogues.
    case record(officer: Bool)
    /// Internal meetings.
    case seeInternal(member: Bool)
    /// Submitting ideas and posing challenges on the group's behalf.
    case actFor(member: Bool)
}

extension Authorization {
    public static func allows(_ actor: Actor, _ action: ReformGroupAction) -> Bool {
        guard actor.isSignedIn else { return false }
        switch action {
        case .manage: return actor.has(.coach)
        case .record(let officer): return officer || actor.has(.coach)
        case .seeInternal(let member): return member || actor.has(.coach)
        case .actFor(let member): return member
        }
    }
}

extension ReformGroupAction: PolicyAction {
    public func isAllowed(for actor: Actor) -> Bool { Authorization.allows(actor, self) }
}
