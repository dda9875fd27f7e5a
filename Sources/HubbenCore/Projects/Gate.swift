import Foundation

/// What a gate review decides.
public enum GateDecisionKind: String, CaseIterable, Sendable, Codable {
    /// On to the next phase.
    case `continue`
    /// Back to an earlier phase.
    case pivot
    /// Ahead past the next phase, when the evidence allows.
    case skip
    /// Stop, keeping what was learnt.
    case stop
    /// To an outcome: in-house development, partnership or procurement.
    case route
}

/// Whether the market dialogue before a procurement has been held or is planned.
public enum MarketDialogue: String, CaseIterable, Sendable, Codable {
    case held
    case planned
}

/// What an outcome records besides the lessons learned.
public struct OutcomeDetails: Equatable, Sendable {
    /// In-house development: which department or system owner takes it over.
    public var takenOverBy: String
    /// Partnership: the partner organisation and what each side contributes.
    public var partnerOrganizationID: Int?
    public var contributions: String
    /// Procurement: the market dialogue, the requirements drawn from the project's learnings and, once it
    /// exists, the link to the procurement notice.
    public var marketDialogue: MarketDialogue?
    public var requirementsSummary: String
    public var noticeURL: String

    public init(
        takenOverBy: String = "", partnerOrganizationID: Int? = nil, contributions: String = "",
        marketDialogue: MarketDialogue? = nil, requirementsSummary: String = "", noticeURL: String = ""
    ) {
        self.takenOverBy = takenOverBy.trimmingCharacters(in: .whitespacesAndNewlines)
        self.partnerOrganizationID = partnerOrganizationID
        self.contributions = contributions.trimmingCharacters(in: .whitespacesAndNewlines)
        self.marketDialogue = marketDialogue
        self.requirementsSummary = requirementsSummary.trimmingCharacters(in: .whitespacesAndNewlines)
        self.noticeURL = noticeURL.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A gate decision as asked for, before the rules have checked it.
public struct GateDecisionDraft: Equatable, Sendable {
    public var kind: GateDecisionKind
    public var toPhase: ProjectPhase?
    public var outcome: ProjectOutcome?
    public var rationale: String
    public var lessonsLearned: String
    /// The experiments the decision rests on.
    public var evidence: [Int]
    public var details: OutcomeDetails

    public init(
        kind: GateDecisionKind, toPhase: ProjectPhase? = nil, outcome: ProjectOutcome? = nil, rationale: String,
        lessonsLearned: String = "", evidence: [Int] = [], details: OutcomeDetails = OutcomeDetails()
    ) {
        self.kind = kind
        self.toPhase = toPhase
        self.outcome = outcome
        self.rationale = rationale.trimmingCharacters(in: .whitespacesAndNewlines)
        self.lessonsLearned = lessonsLearned.trimmingCharacters(in: .whitespacesAndNewlines)
        self.evidence = evidence
        self.details = details
    }
}

/// The rules of the gates: which moves are allowed from which phase, what each requires and who may make it.
public enum GateRules {
    public enum Field: String, DraftField {
        case toPhase = "to_phase"
        case outcome
        case rationale
        case lessonsLearned = "lessons_learned"
        case evidence
        case takenOverBy = "taken_over_by"
        case partner
        case contributions
        case marketDialogue = "market_dialogue"
        case requirementsSummary = "requirements_summary"
        case noticeURL = "notice_url"
    }

    public enum Problem: Error, Equatable, Sendable {
        /// The actor may not record gate decisions for this project.
        case forbidden
        /// The move does not exist from the current stage (a closed project has no moves).
        case notAllowed
        /// Something the move requires is missing or wrong, by field.
        case invalid(Set<Field>)
    }

    public static let textLimit = 5_000

    /// The longest each free-text field may be. A field over its limit is reported like a missing one.
    public static func limit(of field: Field) -> Int? {
        switch field {
        case .rationale, .lessonsLearned, .contributions, .requirementsSummary: textLimit
        case .takenOverBy: 200
        case .toPhase, .outcome, .evidence, .partner, .marketDialogue, .noticeURL: nil
        }
    }

    /// The phases a decision may lead to from `phase`: the target phases offered on the gate form.
    public static func targets(of kind: GateDecisionKind, from phase: ProjectPhase) -> [ProjectPhase] {
        switch kind {
        case .continue: phase.next.map { [$0] } ?? []
        case .pivot: ProjectPhase.allCases.filter { $0 < phase }
        case .skip: ProjectPhase.allCases.filter { $0.index > phase.index + 1 }
        case .stop: []
        case .route: []
        }
    }

    /// Whether the decision can be made at all from `stage` (the 409 case).
    public static func isPossible(_ kind: GateDecisionKind, from stage: ProjectStage) -> Bool {
        guard stage.isActive else { return false }
        switch kind {
        case .continue, .pivot, .skip: return !targets(of: kind, from: stage.phase).isEmpty
        case .stop: return true
        // An outcome rests on something tried: not straight from need insight.
        case .route: return stage.phase != .needInsight
        }
    }

    /// Checks `draft` against the rules and answers the stage the project moves to.
    public static func evaluate(
        _ draft: GateDecisionDraft, from stage: ProjectStage, actor: Actor,
        relation: ProjectRelation
    ) throws(Problem) -> ProjectStage {
        guard Authorization.allows(actor, ProjectAction.recordGate(relation: relation)) else { throw .forbidden }
        guard isPossible(draft.kind, from: stage) else { throw .notAllowed }
        var missing: Set<Field> = []
        if draft.rationale.isEmpty || draft.rationale.count > textLimit { missing.insert(.rationale) }
        var result = stage
        switch draft.kind {
        case .continue, .pivot, .skip:
            let targets = targets(of: draft.kind, from: stage.phase)
            let target = draft.kind == .continue ? (draft.toPhase ?? targets.first) : draft.toPhase
            if let target {
                guard targets.contains(target) else { throw .notAllowed }
                result.phase = target
            } else {
                missing.insert(.toPhase)
            }
            if draft.kind == .skip, draft.evidence.isEmpty { missing.insert(.evidence) }
        case .stop:
            result.outcome = .stopped
        case .route:
            switch draft.outcome {
            case nil, .stopped?:
                missing.insert(.outcome)
            case .inHouse?:
                if draft.details.takenOverBy.isEmpty { missing.insert(.takenOverBy) }
            case .partnership?:
                if draft.details.partnerOrganizationID == nil { missing.insert(.partner) }
                if draft.details.contributions.isEmpty { missing.insert(.contributions) }
            case .procurement?:
                if draft.details.marketDialogue == nil { missing.insert(.marketDialogue) }
                if draft.details.requirementsSummary.isEmpty { missing.insert(.requirementsSummary) }
                if !draft.details.noticeURL.isEmpty, !WebLink.isValid(draft.details.noticeURL) {
                    missing.insert(.noticeURL)
                }
            }
            result.outcome = draft.outcome
        }
        if draft.kind == .stop || draft.kind == .route {
            if draft.lessonsLearned.isEmpty || draft.lessonsLearned.count > textLimit {
                missing.insert(.lessonsLearned)
            }
        }
        let texts: [(Field, String)] = [
            (.takenOverBy, draft.details.takenOverBy), (.contributions, draft.details.contributions),
            (.requirementsSummary, draft.details.requirementsSummary),
        ]
        for (field, text) in texts where text.count > (limit(of: field) ?? .max) { missing.insert(field) }
        guard missing.isEmpty else { throw .invalid(missing) }
        return result
    }
}

/// A link a person gives (to a procurement notice, a demo, a report): only http and https, so that no
/// `javascript:` link ever reaches a page.
public enum WebLink {
    public static func isValid(_ text: String) -> Bool {
        guard text.count <= 2_000, !text.contains(where: \.isWhitespace),
            let url = URL(string: text), let scheme = url.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = url.host, !host.isEmpty
        else { return false }
        return true
    }
}
