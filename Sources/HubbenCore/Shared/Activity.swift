public import Foundation

/// What happened. Every action that changes what others can see records one entry, in the same transaction
/// as the change: the one hook that notifications, feeds, the audit trail and cache invalidation read.
public enum ActivityKind: String, CaseIterable, Sendable, Codable {
    case ideaSubmitted = "idea.submitted"
    case ideaEdited = "idea.edited"
    case ideaStatusChanged = "idea.status_changed"
    case ideaScored = "idea.scored"
    case commentAdded = "comment.added"
    case commentReported = "comment.reported"
    case commentHidden = "comment.hidden"
    case challengePosed = "challenge.posed"
    case projectStarted = "project.started"
    case projectEdited = "project.edited"
    case projectTeamChanged = "project.team_changed"
    case goalAdded = "project.goal_added"
    case goalReached = "project.goal_reached"
    case fundAdded = "project.fund_added"
    case experimentAdded = "project.experiment_added"
    case experimentEdited = "project.experiment_edited"
    case journalEntryAdded = "project.journal_entry_added"
    case gateDecided = "project.gate_decided"
    /// A coach or administrator assigned someone to a project from the competence pool.
    case staffingAssigned = "project.staffing_assigned"
    /// The background work: an event starts within 48 hours (once per event).
    case eventReminder = "event.reminder"
}

/// What an activity is about.
public enum ActivitySubject: String, CaseIterable, Sendable, Codable {
    case idea
    case comment
    case project
    case challenge
    case experiment
    case journalEntry = "journal_entry"
    case gateDecision = "gate_decision"
    case event
    case staffingAssignment = "staffing_assignment"
}

/// Who may read about an activity: `public` is for anyone who may see its subject, `internal` only for
/// the people who work on it (coaches for triage scores, the team for an internal project).
public enum ActivityAudience: String, CaseIterable, Sendable, Codable {
    case `public`
    case `internal`
}

public struct Activity: Equatable, Sendable {
    /// What an activity is about, or belongs to.
    public struct Reference: Equatable, Sendable {
        public var subject: ActivitySubject
        public var id: Int
    }

    public var kind: ActivityKind
    /// Nil for what the system did by itself.
    public var actorID: Int?
    public var subject: ActivitySubject
    public var subjectID: Int
    /// The thing the subject belongs to, when it is not the subject itself: a comment's idea.
    public var context: Reference?
    public var audience: ActivityAudience
    public var occurredAt: Date

    public init(
        _ kind: ActivityKind, by actorID: Int?, on subject: ActivitySubject, _ subjectID: Int,
        in context: (subject: ActivitySubject, id: Int)? = nil, audience: ActivityAudience = .public,
        at occurredAt: Date
    ) {
        self.kind = kind
        self.actorID = actorID
        self.subject = subject
        self.subjectID = subjectID
        self.context = context.map { Reference(subject: $0.subject, id: $0.id) }
        self.audience = audience
        self.occurredAt = occurredAt
    }
}
