import HubbenCore

/// The messages for project forms and the API, in the request's language, at the field they are about.
enum ProjectMessages {
    typealias Labels = [(field: String, label: MessageKey)]

    static let projectLabels: Labels = [
        ("title", .ideaTitleLabel), ("what", .projectWhat), ("why", .projectWhy), ("how", .projectHow),
        ("organizations", .projectOrganizations), ("themes", .ideaThemes), ("lead_id", .projectLead),
        ("coach_id", .projectCoach), ("estimated_budget", .moneyBudget),
    ]
    static let teamLabels: Labels = [("account_id", .teamPerson), ("role", .teamRole), ("role_text", .teamRoleText)]
    static let goalLabels: Labels = [
        ("what", .goalWhat), ("for_whom", .goalForWhom), ("measure", .goalMeasure), ("baseline", .goalBaseline),
        ("target", .goalTarget),
    ]
    static let reachedLabels: Labels = [("reached_on", .goalReachedDate), ("reached_comment", .goalReachedComment)]
    static let fundLabels: Labels = [
        ("amount", .moneyAmount), ("date", .moneyDate), ("source", .moneySource), ("comment", .moneyComment),
    ]
    static let experimentLabels: Labels = [
        ("phase", .experimentPhase), ("hypothesis", .experimentHypothesis),
        ("success_criterion", .experimentCriterion), ("participants", .experimentParticipants),
        ("started_on", .experimentStarted), ("ended_on", .experimentEnded), ("learning", .experimentLearning),
    ]
    static let journalLabels: Labels = [("title", .ideaTitleLabel), ("body", .journalBody), ("link", .journalLink)]
    static let gateLabels: Labels = [
        ("to_phase", .gateToPhase), ("rationale", .gateRationale), ("evidence", .gateEvidence),
        ("lessons_learned", .lessonsLearned), ("outcome", .gateOutcome), ("taken_over_by", .outcomeTakenOverBy),
        ("partner", .outcomePartner), ("contributions", .outcomeContributions),
        ("market_dialogue", .outcomeMarketDialogue), ("requirements_summary", .outcomeRequirements),
        ("notice_url", .outcomeNoticeLabel),
    ]

    /// The form fields of the frame that only some of the team may change, with their labels.
    static func frameField(_ field: ProjectFrameField) -> (field: String, label: MessageKey) {
        switch field {
        case .coach: ("coach_id", .projectCoach)
        case .visibility: ("visibility", .projectVisibility)
        case .lead: ("lead_id", .projectLead)
        }
    }

    /// A message at each frame field the person may not change.
    static func frameErrors(_ fields: [ProjectFrameField], _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in fields {
            let (name, label) = frameField(field)
            let key: MessageKey = field == .lead ? .projectOnlyLeadChanges : .projectOnlyCoachChanges
            errors.add(name, t(key, ["field": "”\(t(label))”"]))
        }
        return errors
    }

    private static let dayFields: Set<String> = ["date", "started_on", "ended_on", "reached_on"]
    private static let numberFields: Set<String> = ["amount", "estimated_budget", "participants"]

    /// Every problem as a message at its field, in the order the form shows the fields.
    static func errors(_ problems: FieldProblems, _ labels: Labels, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for (field, label) in labels {
            guard let problem = problems[field] else { continue }
            errors.add(field, message(problem, field: field, label: t(label), t))
        }
        return errors
    }

    static func message(_ problem: FieldProblem, field: String, label: String, _ t: Localizer) -> String {
        switch problem {
        case .missing: return t(.fieldMissing, ["field": label])
        case .tooLong(let limit): return t(.ideaErrorTooLong, ["limit": "\(limit)"])
        case .unreadable:
            if dayFields.contains(field) { return t(.dateInvalid) }
            if numberFields.contains(field) { return t(.numberInvalid) }
            return t(.fieldInvalid, ["field": label])
        case .invalid:
            switch field {
            case "ended_on": return t(.experimentErrorEnded)
            case "link", "notice_url", "procurement_notice_url": return t(.linkInvalid)
            case "amount", "estimated_budget", "participants": return t(.numberInvalid)
            case "phase": return t(.experimentErrorPhase)
            case "evidence": return t(.gateErrorEvidence)
            default: return t(.fieldInvalid, ["field": label])
            }
        }
    }

    static func gateErrors(_ problem: GateRules.Problem, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        switch problem {
        case .forbidden: errors.add("decision", t(.errorForbiddenText))
        case .notAllowed: errors.add("decision", t(.gateErrorNotAllowed))
        case .invalid(let fields):
            let problems = Dictionary(
                uniqueKeysWithValues: fields.map {
                    ($0.rawValue, $0 == .noticeURL || $0 == .evidence ? FieldProblem.invalid : .missing)
                })
            let specific: [String: MessageKey] = [
                "to_phase": .gateErrorToPhase, "evidence": .gateErrorEvidence, "outcome": .gateErrorOutcome,
            ]
            for (field, label) in gateLabels {
                guard let fieldProblem = problems[field] else { continue }
                let limit = GateRules.Field(rawValue: field).flatMap(GateRules.limit(of:))
                let general = limit.map {
                    t(
                        .fieldMissingOrTooLong,
                        ["field": t(label), "limit": NumberFormat.integer($0, language: t.language)])
                }
                errors.add(
                    field,
                    specific[field].map { t($0) } ?? general ?? message(fieldProblem, field: field, label: t(label), t))
            }
        }
        return errors
    }
}
