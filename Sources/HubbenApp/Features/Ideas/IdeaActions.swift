import Fluent
import HubbenCore
import Vapor

/// Every change to ideas, their comments and their triage, as the web, the API and the CLI share it: the
/// policy is asked here, the throttle counts here, the activity is recorded here in the change's transaction.
/// Adapters decode their input, call one of these and map the outcome. What is refused outright throws
/// `ActionRefusal` (401/403/404 in either adapter); what the person can fix comes back as an outcome.
struct IdeaActions {
    let context: ActionContext

    private var store: IdeaStore { IdeaStore(database: context.database) }

    // MARK: Ideas

    /// An idea as submitted: the web names themes by id, the API by slug.
    struct Submission: Sendable {
        var title: String
        var summary: String
        var need: String
        var themes: ThemeChoice
        var challengeID: Int?
        /// Submitted on a reform group's behalf by one of its active members.
        var reformGroupID: Int? = nil
    }

    enum Outcome: Sendable {
        case saved(Idea)
        case invalid(FieldProblems<IdeaDraft.Field>)
    }

    func submit(_ submission: Submission) async throws -> Outcome {
        let account = try context.require(IdeaAction.submit)
        let (draft, unknownThemes) = try await draft(submission)
        if let unknownThemes { return .invalid(unknownThemes) }
        let now = context.now
        if let group = submission.reformGroupID {
            let memberships = try await ReformGroupStore(database: context.database).activeMemberships(
                of: account.id, on: Day(now))
            _ = try context.require(ReformGroupAction.actFor(member: memberships[group] != nil))
        }
        try await context.throttle.beforeSubmission(of: .ideaSubmission, by: account.id)
        let id: Int
        do {
            id = try await context.recording { db in
                let id = try await IdeaStore(database: db).create(draft, authorID: account.id, now: now)
                if let group = submission.reformGroupID {
                    try await ReformGroupStore(database: db).linkIdea(id, to: group)
                }
                return id
            } activity: { id in
                Activity(.ideaSubmitted, by: account.id, on: .idea, id, at: now)
            }
        } catch let invalid as InvalidDraft<IdeaDraft.Field> {
            return .invalid(invalid.problems)
        }
        try await context.throttle.submitted(.ideaSubmission, by: account.id)
        return .saved(try await idea(id))
    }

    /// The author's edit. Themes left out (nil) stay as they are.
    func update(ideaID: Int, title: String?, summary: String?, need: String?, themes: ThemeChoice?) async throws
        -> Outcome
    {
        guard context.account != nil else { throw ActionRefusal.notSignedIn }
        let idea = try await idea(ideaID)
        let account = try context.require(IdeaAction.edit(authorID: idea.authorID, status: idea.status))
        let submission = Submission(
            title: title ?? idea.title, summary: summary ?? idea.summary, need: need ?? idea.need,
            themes: themes ?? .ids(idea.themes.map(\.id)), challengeID: idea.challengeID)
        let (draft, unknownThemes) = try await draft(submission)
        if let unknownThemes { return .invalid(unknownThemes) }
        let now = context.now
        do {
            try await context.recording { db in
                try await IdeaStore(database: db).update(id: idea.id, draft, now: now)
            } activity: {
                Activity(.ideaEdited, by: account.id, on: .idea, idea.id, at: now)
            }
        } catch let invalid as InvalidDraft<IdeaDraft.Field> {
            return .invalid(invalid.problems)
        }
        return .saved(try await self.idea(idea.id))
    }

    /// Supports an idea once per account (through `SupportQueue`, which writes concurrent supports in one
    /// transaction) and answers its count. A support is counted state, not news: no activity.
    func support(ideaID: Int) async throws -> Int {
        let account = try context.require(IdeaAction.support)
        do {
            return try await context.services.supports.support(
                ideaID: ideaID, accountID: account.id,
                database: context.database, now: context.now)
        } catch IdeaError.notFound {
            throw ActionRefusal.notFound
        }
    }

    func withdrawSupport(ideaID: Int) async throws -> Int {
        let account = try context.require(IdeaAction.support)
        do {
            return try await store.withdrawSupport(ideaID: ideaID, accountID: account.id)
        } catch IdeaError.notFound {
            throw ActionRefusal.notFound
        }
    }

    func follow(ideaID: Int) async throws {
        let account = try context.require(IdeaAction.follow)
        _ = try await idea(ideaID)
        try await CommentStore(database: context.database).follow(
            ideaID: ideaID, accountID: account.id, now: context.now)
    }

    func unfollow(ideaID: Int) async throws {
        let account = try context.require(IdeaAction.follow)
        _ = try await idea(ideaID)
        try await CommentStore(database: context.database).unfollow(ideaID: ideaID, accountID: account.id)
    }

    // MARK: Comments

    enum CommentOutcome: Sendable {
        case added(Comment)
        case invalid(CommentError)
    }

    func comment(ideaID: Int, parentID: Int?, body: String) async throws -> CommentOutcome {
        let account = try context.require(IdeaAction.comment)
        let idea = try await idea(ideaID)
        try await context.throttle.beforeSubmission(of: .commentSubmission, by: account.id)
        let now = context.now
        let id: Int
        do {
            id = try await context.recording { db in
                try await CommentStore(database: db).add(
                    ideaID: idea.id, authorID: account.id, parentID: parentID, body: body, now: now)
            } activity: { id in
                Activity(.commentAdded, by: account.id, on: .comment, id, in: (.idea, idea.id), at: now)
            }
        } catch CommentError.notFound {
            throw ActionRefusal.notFound
        } catch let error as CommentError {
            return .invalid(error)
        }
        try await context.throttle.submitted(.commentSubmission, by: account.id)
        guard
            let comment = try await CommentStore(database: context.database).comments(ideaID: idea.id).first(where: {
                $0.id == id
            })
        else {
            throw ActionRefusal.notFound
        }
        return .added(comment)
    }

    /// A reader reports a comment (once per reader); for the moderators only.
    func report(commentID: Int) async throws -> (ideaID: Int, commentID: Int) {
        let account = try context.require(IdeaAction.reportComment)
        let comment = try await self.comment(commentID)
        let now = context.now
        _ = try await context.recording { db in
            try await CommentStore(database: db).report(commentID: commentID, reporterID: account.id, now: now)
        } activity: { isNew in
            isNew
                ? Activity(
                    .commentReported, by: account.id, on: .comment, commentID, in: (.idea, comment.ideaID),
                    audience: .internal, at: now) : nil
        }
        return (comment.ideaID, commentID)
    }

    enum HideOutcome: Sendable {
        case hidden(ideaID: Int)
        /// Hiding needs a reason (it goes to the audit log).
        case reasonMissing(ideaID: Int)
    }

    func hide(commentID: Int, reason rawReason: String) async throws -> HideOutcome {
        let coach = try context.require(IdeaAction.hideComment)
        let comment = try await self.comment(commentID)
        guard let reason = Comment.hideReason(rawReason) else { return .reasonMissing(ideaID: comment.ideaID) }
        let now = context.now
        try await context.recording { db in
            try await CommentStore(database: db).hide(
                commentID: commentID, moderatorID: coach.id, reason: reason, now: now)
            try await AuditLog(database: db).record(
                actorID: coach.id, action: "comment.hidden", targetType: "comment",
                targetID: commentID, details: reason, now: now)
        } activity: {
            Activity(
                .commentHidden, by: coach.id, on: .comment, commentID, in: (.idea, comment.ideaID), audience: .internal,
                at: now)
        }
        return .hidden(ideaID: comment.ideaID)
    }

    // MARK: Triage

    enum StatusOutcome: Sendable {
        case changed(Idea)
        case refused(TriageError)
    }

    func changeStatus(ideaID: Int, _ change: StatusChange) async throws -> StatusOutcome {
        let coach = try context.require(IdeaAction.triage)
        let now = context.now
        do {
            try await context.recording { db in
                try await TriageStore(database: db).change(ideaID: ideaID, change, by: coach.id, now: now)
            } activity: {
                Activity(.ideaStatusChanged, by: coach.id, on: .idea, ideaID, at: now)
            }
        } catch TriageError.notFound {
            throw ActionRefusal.notFound
        } catch let error as TriageError {
            return .refused(error)
        }
        return .changed(try await idea(ideaID))
    }

    enum ScoreOutcome: Sendable {
        case scored([IdeaScore])
        case outOfRange
    }

    func score(ideaID: Int, criterion: ScoreCriterion, score: Int, comment: String) async throws -> ScoreOutcome {
        let coach = try context.require(IdeaAction.score)
        let now = context.now
        do {
            try await context.recording { db in
                try await TriageStore(database: db).score(
                    ideaID: ideaID, coachID: coach.id, criterion: criterion, score: score,
                    comment: comment, now: now)
            } activity: {
                Activity(.ideaScored, by: coach.id, on: .idea, ideaID, audience: .internal, at: now)
            }
        } catch TriageError.notFound {
            throw ActionRefusal.notFound
        } catch TriageError.scoreOutOfRange {
            return .outOfRange
        }
        return .scored(try await TriageStore(database: context.database).scores(ideaID: ideaID))
    }

    // MARK: Reading what the actions need

    private func idea(_ id: Int) async throws -> Idea {
        guard let idea = try await store.idea(id: id) else { throw ActionRefusal.notFound }
        return idea
    }

    private func comment(_ id: Int) async throws -> CommentRecord {
        guard let comment = try await CommentStore(database: context.database).comment(id: id) else {
            throw ActionRefusal.notFound
        }
        return comment
    }

    /// The draft; with the draft's problems when a theme slug named no theme.
    private func draft(_ submission: Submission) async throws
        -> (IdeaDraft, unknownThemes: FieldProblems<IdeaDraft.Field>?)
    {
        let themeIDs = try await submission.themes.ids { try await store.themes() }
        let draft = IdeaDraft(
            title: submission.title, summary: submission.summary, need: submission.need, themeIDs: themeIDs ?? [],
            challengeID: submission.challengeID)
        guard themeIDs == nil else { return (draft, nil) }
        return (draft, draft.problems(knownThemeIDs: []).merging([.themes: .invalid]) { $1 })
    }
}
