import Fluent
import Foundation
import HubbenCore
import Vapor

/// Reform groups: for the web, the API and the demo alike. Everyone follows a group's work — its purpose and
/// period, who is in it (by name only with their consent), its public meetings and citizen dialogues, and what
/// became of the ideas and challenges it produced. Members see internal meetings; the chair and the secretary
/// record meetings and dialogues; the hub team manages members and the period.
struct ReformGroupActions {
    let context: ActionContext

    private var store: ReformGroupStore { ReformGroupStore(database: context.database) }

    func list() async throws -> [ReformGroup] {
        let database = context.database
        return try await context.sharedRead("reform-groups.list") {
            try await OrganizationStore(database: database).reformGroups()
        }
    }

    struct GroupView: Sendable {
        var group: ReformGroup
        /// Everyone's view: members who consented are named, the others counted.
        var members: [ReformGroupMember]
        var meetings: [ReformGroupMeeting]
        var dialogues: [CitizenDialogue]
        var ideas: [ReformGroupStore.ProducedIdea]
        var challenges: [ReformGroupStore.PosedChallenge]
        /// The person's own relation to the group.
        var position: MemberPosition?
        var mayRecord: Bool
        var mayManage: Bool
    }

    /// The person's position in the group today, if they are an active member.
    func position(in groupID: Int) async throws -> MemberPosition? {
        try await store.activeMemberships(of: context.account?.id, on: Day(context.now))[groupID]
    }

    func view(_ id: Int) async throws -> GroupView {
        guard let group = try await store.group(id) else { throw ActionRefusal.notFound }
        let position = try await position(in: id)
        let mayManage = Authorization.allows(context.actor, ReformGroupAction.manage)
        let seeInternal = Authorization.allows(context.actor, ReformGroupAction.seeInternal(member: position != nil))
        return GroupView(
            group: group, members: try await store.members(of: id),
            meetings: try await store.meetings(of: id, includeInternal: seeInternal),
            dialogues: try await store.dialogues(of: id), ideas: try await store.ideas(of: id),
            challenges: try await store.challenges(of: id), position: position,
            mayRecord: Authorization.allows(
                context.actor, ReformGroupAction.record(officer: position == .chair || position == .secretary)),
            mayManage: mayManage)
    }

    enum Saved<Field: DraftField>: Sendable {
        case saved
        case invalid(FieldProblems<Field>)
    }

    private func recorder(_ groupID: Int) async throws -> Account {
        guard context.account != nil else { throw ActionRefusal.notSignedIn }
        guard try await store.group(groupID) != nil else { throw ActionRefusal.notFound }
        let position = try await position(in: groupID)
        return try context.require(ReformGroupAction.record(officer: position == .chair || position == .secretary))
    }

    func addMeeting(
        _ groupID: Int, _ draft: ReformGroupMeetingDraft, unreadable: FieldProblems<ReformGroupMeetingDraft.Field> = [:]
    ) async throws -> Saved<ReformGroupMeetingDraft.Field> {
        try await record(groupID, unreadable.merging(draft.problems()) { typed, _ in typed }) { store, account, now in
            try await store.addMeeting(groupID, draft, by: account, now: now)
        }
    }

    func addDialogue(
        _ groupID: Int, _ draft: CitizenDialogueDraft, unreadable: FieldProblems<CitizenDialogueDraft.Field> = [:]
    ) async throws -> Saved<CitizenDialogueDraft.Field> {
        try await record(groupID, unreadable.merging(draft.problems()) { typed, _ in typed }) { store, account, now in
            try await store.addDialogue(groupID, draft, by: account, now: now)
        }
    }

    /// What the chair, the secretary or the hub team record: refused with its problems, or written.
    private func record<Field: DraftField>(
        _ groupID: Int, _ problems: FieldProblems<Field>,
        _ write: @escaping @Sendable (ReformGroupStore, Int, Date) async throws -> Void
    ) async throws -> Saved<Field> {
        let account = try await recorder(groupID)
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await write(ReformGroupStore(database: db), account.id, now)
        }
        return .saved
    }

    /// The hub team adds a member (with an account found by e-mail, or by name and organisation only).
    func addMember(
        _ groupID: Int, _ draft: ReformGroupMemberDraft, unreadable: FieldProblems<ReformGroupMemberDraft.Field> = [:]
    ) async throws -> Saved<ReformGroupMemberDraft.Field> {
        let account = try context.require(ReformGroupAction.manage)
        guard try await store.group(groupID) != nil else { throw ActionRefusal.notFound }
        let problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await ReformGroupStore(database: db).addMember(groupID, draft, now: now)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "reform_group.member.add", targetType: "reform_group", targetID: groupID,
                now: now)
        }
        return .saved
    }

    /// The hub team ends a membership today; it keeps its dates.
    func endMembership(_ groupID: Int, memberID: Int) async throws -> Bool {
        let account = try context.require(ReformGroupAction.manage)
        let today = Day(context.now)
        let now = context.now
        return try await context.database.writeTransaction { db in
            let ended = try await ReformGroupStore(database: db).endMembership(memberID, groupID: groupID, on: today)
            if ended {
                try await AuditLog(database: db).record(
                    actorID: account.id, action: "reform_group.member.end", targetType: "reform_group",
                    targetID: groupID, details: "\(memberID)", now: now)
            }
            return ended
        }
    }

    enum PeriodField: String, DraftField {
        case purpose
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }

    /// The hub team sets the group's purpose and period (an empty end: open).
    func setPeriod(
        _ groupID: Int, purpose: String, startsOn: Day?, endsOn: Day?, unreadable: FieldProblems<PeriodField> = [:]
    ) async throws -> Saved<PeriodField> {
        _ = try context.require(ReformGroupAction.manage)
        guard try await store.group(groupID) != nil else { throw ActionRefusal.notFound }
        let purpose = purpose.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems = unreadable
        FieldCheck.required(purpose, .purpose, limit: 4000, into: &problems)
        if let startsOn, let endsOn, endsOn < startsOn { problems[.endsOn] = .invalid }
        if endsOn != nil, startsOn == nil, problems[.startsOn] == nil { problems[.startsOn] = .missing }
        guard problems.isEmpty else { return .invalid(problems) }
        try await context.database.writeTransaction { db in
            try await ReformGroupStore(database: db).setPeriod(
                groupID, purpose: purpose, startsOn: startsOn, endsOn: endsOn)
        }
        return .saved
    }
}
