import Fluent
import HubbenCore
import Vapor

/// Posing a challenge, for the web form and the API alike.
struct ChallengeActions {
    let context: ActionContext

    enum Outcome: Sendable {
        case posed(Challenge)
        case invalid(FieldProblems<ChallengeDraft.Field>)
    }

    func pose(_ draft: ChallengeDraft, themes: ThemeChoice) async throws -> Outcome {
        let memberOf = try await ReformGroupStore(database: context.database).activeMemberships(
            of: context.account?.id, on: Day(context.now))
        let account = try context.require(ChallengeAction.pose(groupMember: !memberOf.isEmpty))
        let known = try await IdeaStore(database: context.database).themes()
        var draft = draft
        // A slug that names no theme leaves no themes: "choose at least one theme" at the field.
        draft.themeIDs = await themes.ids { known } ?? []
        let store = ChallengeStore(database: context.database)
        let problems = draft.problems(knownThemeIDs: Set(known.map(\.id)), now: context.now)
            .merging(try await store.posingProblems(draft, actor: context.actor, groups: Set(memberOf.keys))) {
                first, _ in first
            }
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        let id = try await context.recording { [draft] db in
            try await ChallengeStore(database: db).create(draft, authorID: account.id, now: now)
        } activity: { id in
            Activity(.challengePosed, by: account.id, on: .challenge, id, at: now)
        }
        guard let challenge = try await store.challenge(id: id) else { throw ActionRefusal.notFound }
        return .posed(challenge)
    }
}
