import HubbenCore

/// The messages for project forms and the API, in the request's language, at the field they are about.
enum ProjectMessages {
    /// A draft's fields in the order its form shows them, with their labels.
    typealias Labels<Field: DraftField> = [(field: Field, label: LocalizedText)]

    static let projectLabels: Labels<ProjectDraft.Field> = [
        (.title, .fieldTitle), (.what, .projectWhat), (.why, .projectWhy), (.how, .projectHow),
        (.organizations, .projectOrganizations), (.themes, .fieldThemes), (.leadID, .projectLead),
        (.coachID, .projectCoach), (.estimatedBudget, .moneyBudget),
    ]
    static let teamLabels: Labels<TeamMemberField> = [
        (.accountID, .teamPerson), (.role, .teamRole), (.roleText, .teamRoleText),
    ]
    static let goalLabels: Labels<EffectGoalDraft.Field> = [
        (.what, .goalWhat), (.forWhom, .goalForWhom), (.measure, .goalMeasure), (.baseline, .goalBaseline),
        (.target, .goalTarget),
    ]
    static let reachedLabels: Labels<GoalReachedDraft.Field> = [
        (.reachedOn, .goalReachedDate), (.reachedComment, .goalReachedComment),
    ]
    static let fundLabels: Labels<FundDraft.Field> = [
        (.amount, .moneyAmount), (.date, .moneyDate), (.source, .moneySource), (.comment, .moneyComment),
    ]
    static let experimentLabels: Labels<ExperimentDraft.Field> = [
        (.phase, .experimentPhase), (.hypothesis, .experimentHypothesis), (.method, .experimentMethod),
        (.methodOther, .experimentMethodOther), (.successCriterion, .experimentCriterion),
        (.participants, .experimentParticipants), (.startedOn, .experimentStarted), (.endedOn, .experimentEnded),
        (.learning, .experimentLearning),
    ]
    static let journalLabels: Labels<JournalDraft.Field> = [
        (.title, .fieldTitle), (.body, .journalBody), (.link, .journalLink),
    ]
    static let gateLabels: Labels<GateRules.Field> = [
        (.toPhase, .gateToPhase), (.rationale, .gateRationale), (.evidence, .gateEvidence),
        (.lessonsLearned, .lessonsLearned), (.outcome, .gateOutcome), (.takenOverBy, .outcomeTakenOverBy),
        (.partner, .outcomePartner), (.contributions, .outcomeContributions),
        (.marketDialogue, .outcomeMarketDialogue), (.requirementsSummary, .outcomeRequirements),
        (.noticeURL, .outcomeNoticeLabel),
    ]

    /// The form fields of the frame that only some of the team may change, with their labels.
    static func frameField(_ field: ProjectFrameField) -> (field: String, label: LocalizedText) {
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
            let quoted = "”\(t(label))”"
            errors.add(
                name,
                t(field == .lead ? .projectOnlyLeadChanges(field: quoted) : .projectOnlyCoachChanges(field: quoted)))
        }
        return errors
    }

    private static let dayFields: Set<String> = ["date", "started_on", "ended_on", "reached_on"]
    private static let numberFields: Set<String> = ["amount", "estimated_budget", "participants"]

    /// Every problem as a message at its field, in the order the form shows the fields.
    static func errors<Field>(_ problems: FieldProblems<Field>, _ labels: Labels<Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for (field, label) in labels {
            guard let problem = problems[field] else { continue }
            errors.add(field.rawValue, message(problem, field: field.rawValue, label: t(label), t))
        }
        return errors
    }

    static func message(_ problem: FieldProblem, field: String, label: String, _ t: Localizer) -> String {
        switch problem {
        case .missing: return t(.fieldMissing(field: label))
        case .tooLong(let limit): return t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
        case .unreadable:
            if dayFields.contains(field) { return t(.dateInvalid) }
            if numberFields.contains(field) { return t(.numberInvalid) }
            return t(.fieldInvalid(field: label))
        case .invalid, .closed, .notAllowed:
            switch field {
            case "ended_on": return t(.experimentErrorEnded)
            case "link", "notice_url", "procurement_notice_url": return t(.linkInvalid)
            case "amount", "estimated_budget", "participants": return t(.numberInvalid)
            case "phase": return t(.experimentErrorPhase)
            case "evidence": return t(.gateErrorEvidence)
            default: return t(.fieldInvalid(field: label))
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
                    ($0, $0 == .noticeURL || $0 == .evidence ? FieldProblem.invalid : .missing)
                })
            let specific: [GateRules.Field: LocalizedText] = [
                .toPhase: .gateErrorToPhase, .evidence: .gateErrorEvidence, .outcome: .gateErrorOutcome,
            ]
            for (field, label) in gateLabels {
                guard let fieldProblem = problems[field] else { continue }
                let general = GateRules.limit(of: field).map {
                    t(.fieldMissingOrTooLong(field: t(label), limit: NumberFormat.integer($0, language: t.language)))
                }
                errors.add(
                    field.rawValue,
                    specific[field].map { t($0) } ?? general
                        ?? message(fieldProblem, field: field.rawValue, label: t(label), t))
            }
        }
        return errors
    }
}
