import Foundation
import HubbenCore

/// "Följ arbetet": the portfolio board and one project's page.
enum ProjectPages {
    // MARK: Names

    static func phase(_ phase: ProjectPhase) -> LocalizedText { PageParts.phases[phase.index].name }

    static func outcome(_ outcome: ProjectOutcome) -> LocalizedText {
        switch outcome {
        case .inHouse: .outcomeInHouse
        case .partnership: .outcomePartnership
        case .procurement: .outcomeProcurement
        case .stopped: .outcomeStopped
        }
    }

    static func column(_ column: ProjectStore.Column) -> LocalizedText {
        switch column {
        case .phase(let value): phase(value)
        case .outcome(let value): outcome(value)
        }
    }

    static func columnValue(_ column: ProjectStore.Column) -> (name: String, value: String) {
        switch column {
        case .phase(let phase): ("phase", phase.rawValue)
        case .outcome(let outcome): ("outcome", outcome.rawValue)
        }
    }

    static func decision(_ kind: GateDecisionKind) -> LocalizedText {
        switch kind {
        case .continue: .gateContinue
        case .pivot: .gatePivot
        case .skip: .gateSkip
        case .stop: .gateStop
        case .route: .gateRoute
        }
    }

    static func result(_ result: ExperimentResult?) -> LocalizedText {
        switch result {
        case .supported?: .resultSupported
        case .refuted?: .resultRefuted
        case .inconclusive?: .resultInconclusive
        case nil: .resultPending
        }
    }

    static func journalKind(_ kind: JournalKind) -> LocalizedText {
        switch kind {
        case .partialResult: .journalPartialResult
        case .result: .journalResult
        case .demo: .journalDemo
        case .decision: .journalDecision
        case .note: .journalNote
        }
    }

    static func memberRole(_ role: ProjectMemberRole) -> LocalizedText {
        switch role {
        case .innovationCoach: .memberInnovationCoach
        case .serviceDesigner: .memberServiceDesigner
        case .requirementsSpecialist: .memberRequirementsSpecialist
        case .businessDeveloper: .memberBusinessDeveloper
        case .itArchitect: .memberITArchitect
        case .programmer: .memberProgrammer
        case .other: .memberOther
        }
    }

    static func stageText(_ stage: ProjectStage, _ t: Localizer) -> String {
        if let outcome = stage.outcome { return t(.projectStageOutcome(name: t(Self.outcome(outcome)))) }
        return t(.projectStagePhase(name: t(phase(stage.phase))))
    }

    static func money(_ amount: Int, _ t: Localizer) -> String {
        t(.projectKronor(amount: NumberFormat.integer(amount, language: t.language)))
    }
}
