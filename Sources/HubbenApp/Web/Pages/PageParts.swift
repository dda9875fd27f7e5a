import HubbenCore

/// Building blocks shared by several pages.
enum PageParts {
    struct PhaseText {
        let name: LocalizedText
        let text: LocalizedText
    }

    static let phases: [PhaseText] = [
        PhaseText(name: .phaseNeedInsight, text: .phaseNeedInsightText),
        PhaseText(name: .phasePretotype, text: .phasePretotypeText),
        PhaseText(name: .phasePrototype, text: .phasePrototypeText),
        PhaseText(name: .phaseProofOfConcept, text: .phaseProofOfConceptText),
        PhaseText(name: .phaseDecision, text: .phaseDecisionText),
    ]

    static let outcomes: [PhaseText] = [
        PhaseText(name: .outcomeInHouse, text: .outcomeInHouseText),
        PhaseText(name: .outcomePartnership, text: .outcomePartnershipText),
        PhaseText(name: .outcomeProcurement, text: .outcomeProcurementText),
        PhaseText(name: .outcomeStopped, text: .outcomeStoppedText),
    ]

    /// The five phases as a numbered step list: "Steg 2 av 5" and the phase's name, never colour alone.
    static func phaseSteps(_ t: Localizer, headingLevel: Int = 3) -> Node {
        .ol(
            .class("phase-steps"),
            .forEach(phases.enumerated()) { index, phase in
                .li(
                    .class("phase-step"),
                    .span(
                        .class("phase-step-number"),
                        .text(t(.phaseStep(number: "\(index + 1)", total: "\(phases.count)")))),
                    .element(named: "h\(headingLevel)", nodes: [Node.text(t(phase.name))]),
                    .p(.text(t(phase.text)))
                )
            })
    }

    static func outcomeList(_ t: Localizer) -> Node {
        .ul(
            .class("outcome-list"),
            .forEach(outcomes) { outcome in
                .li(.strong(.text(t(outcome.name))), .text(" – " + t(outcome.text)))
            })
    }

    static func theme(_ theme: ReformTheme) -> LocalizedText {
        switch theme {
        case .integration: .themeIntegration
        case .entrepreneurship: .themeEntrepreneurship
        case .environment: .themeEnvironment
        case .digitalisation: .themeDigitalisation
        }
    }

    static func organizationCards(_ organizations: [Organization], empty: String) -> Node {
        organizations.isEmpty
            ? .p(.class("empty-state"), .text(empty))
            : .ul(
                .class("card-list"),
                .forEach(organizations) { organization in
                    .li(
                        .class("card"),
                        .h3(.text(organization.name)),
                        .p(.text(organization.description)))
                })
    }

    /// A lead paragraph, larger than body text.
    static func lead(_ text: String) -> Node {
        .p(.class("lead"), .text(text))
    }
}

extension PageParts {
    static func role(_ role: PlatformRole) -> LocalizedText {
        switch role {
        case .resident: .roleResident
        case .staff: .roleStaff
        case .coach: .roleCoach
        case .partner: .rolePartner
        case .admin: .roleAdmin
        }
    }

    static func membershipRole(_ raw: String) -> LocalizedText {
        MembershipRole(rawValue: raw) == .lead ? .membershipLead : .membershipMember
    }

    static func organizationKind(_ kind: OrganizationKind) -> LocalizedText {
        switch kind {
        case .department: .kindDepartment
        case .partner: .kindPartner
        case .association: .kindAssociation
        case .university: .kindUniversity
        case .other: .kindOther
        }
    }
}

extension PageParts {
    /// An `<option>`. Its value is always written, also when empty ("all themes"): without it the browser
    /// would send the label instead.
    static func option(value: String, label: String, selected: Bool) -> Node {
        .element(
            named: "option",
            nodes: [
                .attribute(named: "value", value: value),
                .if(selected, .flag("selected")),
                .text(label),
            ])
    }
}

extension PageParts {
    struct Column {
        let label: String
        var numeric = false

        init(_ label: String, numeric: Bool = false) {
            self.label = label
            self.numeric = numeric
        }
    }

    /// A data table with its caption and column headers, in a region that scrolls sideways on a phone (and
    /// can be scrolled with the keyboard: it takes focus, named by the caption).
    static func table(id: String, caption: String, columns: [Column], rows: Node) -> Node {
        .div(
            .class("table-scroll"), .attribute(named: "role", value: "region"),
            .attribute(named: "tabindex", value: "0"),
            .attribute(named: "aria-labelledby", value: id),
            .table(
                .caption(.id(id), .text(caption)),
                .thead(
                    .tr(
                        .forEach(columns) { column in
                            .th(
                                .attribute(named: "scope", value: "col"), .if(column.numeric, .class("number")),
                                .text(column.label))
                        })),
                rows
            )
        )
    }
}
