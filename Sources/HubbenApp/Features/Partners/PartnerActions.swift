import Fluent
import Foundation
import HubbenCore
import Vapor

/// Partners' profiles, agreements and contributions: for the web, the API and the demo alike. Public: a
/// partner's profile, its public projects, results and events, and what it contributed in total. The
/// partner's own staff and the hub team: its agreements and the contribution rows; the hub team changes the
/// agreements, and partner staff log contributions for their own organisation only.
struct PartnerActions {
    let context: ActionContext

    private var store: PartnerStore { PartnerStore(database: context.database) }

    /// Every partner with its profile, shared for a moment between everyone.
    func list() async throws -> [PartnerProfile] {
        let store = store
        return try await context.sharedRead("partners.list") { try await store.profiles() }
    }

    /// What everyone sees of a partner.
    struct PublicPart: Sendable {
        var profile: PartnerProfile
        var totals: ContributionTotals
        /// One page of its projects, and how many there are in all.
        var projects: [PartnerProject]
        var projectCount: Int
        var paging: Paging
        var results: [PartnerResult]
        var events: [PartnerEvent]
    }

    /// An agreement with what the partner contributed within its period.
    struct AgreementSummary: Sendable {
        var agreement: PartnerAgreement
        var contributed: ContributionTotals
    }

    /// A partner as the person sees it: the public part, and for its staff and the hub team its agreements and
    /// latest contribution rows.
    struct PartnerView: Sendable {
        var shown: PublicPart
        var agreements: [AgreementSummary]?
        var contributions: [ContributionRow]?
        var mayEditProfile: Bool
        var mayManage: Bool
    }

    /// The partner's public part with one page of its projects; 404 for an organisation that is not a
    /// partner.
    func publicPart(_ organizationID: Int, paging: Paging) async throws -> PublicPart {
        let store = store
        let key = "partners.show \(organizationID) \(paging.page) \(paging.per)"
        let part = try await context.sharedRead(key) { () -> PublicPart? in
            guard let profile = try await store.profile(organizationID) else { return nil }
            let projects = try await store.projects(of: organizationID, includeInternal: false, paging: paging)
            return PublicPart(
                profile: profile, totals: try await store.totals(of: organizationID), projects: projects.projects,
                projectCount: projects.total, paging: paging,
                results: try await store.results(ofPartner: organizationID),
                events: try await store.events(presentingProjectsOf: organizationID))
        }
        guard let part else { throw ActionRefusal.notFound }
        return part
    }

    func view(_ organizationID: Int, paging: Paging = Paging(page: 1, per: nil)) async throws -> PartnerView {
        let shown = try await publicPart(organizationID, paging: paging)
        let member = try await store.isMember(context.account?.id, of: organizationID)
        let mayManage = Authorization.allows(context.actor, PartnerAction.manage)
        var view = PartnerView(
            shown: shown,
            mayEditProfile: Authorization.allows(context.actor, PartnerAction.editProfile(member: member)),
            mayManage: mayManage)
        if Authorization.allows(context.actor, PartnerAction.seeOwn(member: member)) {
            view.agreements = try await summaries(try await store.agreements(of: organizationID))
            view.contributions = try await store.contributions(organizationID: organizationID, limit: 50)
        }
        if mayManage {
            // The hub team sees the partner's internal projects too.
            (view.shown.projects, view.shown.projectCount) = try await store.projects(
                of: organizationID, includeInternal: true, paging: paging)
        }
        return view
    }

    private func summaries(_ agreements: [PartnerAgreement]) async throws -> [AgreementSummary] {
        var summaries: [AgreementSummary] = []
        for agreement in agreements {
            summaries.append(
                AgreementSummary(
                    agreement: agreement,
                    contributed: try await store.totals(
                        of: agreement.organizationID, from: agreement.startsOn, through: agreement.endsOn)))
        }
        return summaries
    }

    /// A partner's agreements, for its staff and the hub team.
    func agreements(of organizationID: Int) async throws -> (PartnerProfile, [AgreementSummary]) {
        let profile = try await requireOwn(organizationID)
        return (profile, try await summaries(try await store.agreements(of: organizationID)))
    }

    /// One agreement with the contributions in its period, for the partner's staff and the hub team.
    func agreement(_ id: Int) async throws -> (PartnerProfile, AgreementSummary, [ContributionRow]) {
        guard let agreement = try await store.agreement(id: id) else { throw ActionRefusal.notFound }
        let profile = try await requireOwn(agreement.organizationID)
        let summary = try await summaries([agreement])
        let rows = try await store.contributions(
            organizationID: agreement.organizationID, from: agreement.startsOn, through: agreement.endsOn)
        return (profile, summary.first ?? AgreementSummary(agreement: agreement, contributed: .zero), rows)
    }

    /// The projects whose partnership with the partner was decided within the agreement's period (the hub
    /// team sees internal ones too).
    func partnerships(under agreement: PartnerAgreement) async throws -> [PartnershipProject] {
        try await store.partnerships(
            of: agreement.organizationID, from: agreement.startsOn, through: agreement.endsOn,
            includeInternal: Authorization.allows(context.actor, PartnerAction.manage)
        ).map { PartnershipProject(id: $0.id, title: $0.title) }
    }

    struct PartnershipProject: Sendable, Equatable {
        var id: Int
        var title: String
    }

    /// The partner, if the person works for it or is in the hub team; 404 for anyone else and for an
    /// organisation that is not a partner.
    private func requireOwn(_ organizationID: Int) async throws -> PartnerProfile {
        guard context.account != nil else { throw ActionRefusal.notSignedIn }
        guard let profile = try await store.profile(organizationID) else { throw ActionRefusal.notFound }
        let member = try await store.isMember(context.account?.id, of: organizationID)
        guard Authorization.allows(context.actor, PartnerAction.seeOwn(member: member)) else {
            throw ActionRefusal.notFound
        }
        return profile
    }

    // MARK: Changing

    enum Saved<Value: Sendable, Field: DraftField>: Sendable {
        case saved(Value)
        case invalid(FieldProblems<Field>)
    }

    /// The partner's own staff or the hub team change its public profile.
    func saveProfile(_ organizationID: Int, _ draft: PartnerProfileDraft) async throws
        -> Saved<PartnerProfile, PartnerProfileDraft.Field>
    {
        guard context.account != nil else { throw ActionRefusal.notSignedIn }
        guard try await store.profile(organizationID) != nil else { throw ActionRefusal.notFound }
        let member = try await store.isMember(context.account?.id, of: organizationID)
        _ = try context.require(PartnerAction.editProfile(member: member))
        let problems = draft.problems()
        guard problems.isEmpty else { return .invalid(problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await PartnerStore(database: db).saveProfile(organizationID, draft, now: now)
        }
        guard let profile = try await store.profile(organizationID) else { throw ActionRefusal.notFound }
        return .saved(profile)
    }

    private static func values(_ draft: AgreementDraft) -> AgreementValues? {
        guard let startsOn = draft.startsOn, let endsOn = draft.endsOn, let status = draft.status,
            let cash = draft.cashPerYear, let hours = draft.hoursPerYear
        else { return nil }
        return AgreementValues(
            startsOn: startsOn, endsOn: endsOn, status: status, cashPerYear: cash, hoursPerYear: hours,
            focusAreas: draft.focusAreas, note: draft.note)
    }

    /// The hub team records an agreement with a partner.
    func createAgreement(
        _ organizationID: Int, _ draft: AgreementDraft, unreadable: FieldProblems<AgreementDraft.Field> = [:]
    ) async throws -> Saved<AgreementSummary, AgreementDraft.Field> {
        let account = try context.require(PartnerAction.manage)
        guard try await store.profile(organizationID) != nil else { throw ActionRefusal.notFound }
        let problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        guard problems.isEmpty, let values = Self.values(draft) else { return .invalid(problems) }
        let now = context.now
        let id = try await context.database.writeTransaction { db in
            let id = try await PartnerStore(database: db).createAgreement(
                organizationID, values, createdBy: account.id, now: now)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "partner.agreement.create", targetType: "partner_agreement",
                targetID: id, now: now)
            return id
        }
        guard let agreement = try await store.agreement(id: id) else { throw ActionRefusal.notFound }
        return .saved(try await summaries([agreement])[0])
    }

    /// The hub team changes an agreement (its period, status, figures, note).
    func changeAgreement(
        _ id: Int, _ draft: AgreementDraft, unreadable: FieldProblems<AgreementDraft.Field> = [:]
    ) async throws -> Saved<AgreementSummary, AgreementDraft.Field> {
        let account = try context.require(PartnerAction.manage)
        guard try await store.agreement(id: id) != nil else { throw ActionRefusal.notFound }
        let problems = unreadable.merging(draft.problems()) { typed, _ in typed }
        guard problems.isEmpty, let values = Self.values(draft) else { return .invalid(problems) }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await PartnerStore(database: db).updateAgreement(id, values, now: now)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "partner.agreement.change", targetType: "partner_agreement",
                targetID: id, now: now)
        }
        guard let agreement = try await store.agreement(id: id) else { throw ActionRefusal.notFound }
        return .saved(try await summaries([agreement])[0])
    }

    // MARK: Contributions to a project

    /// A project's contributions as the person sees them: every partner's totals (public), the rows of the
    /// partners the person may see, and the partners they may log for.
    struct ProjectContributions: Sendable {
        var projectID: Int
        var projectTitle: String
        var totals: [PartnerTotals]
        var rows: [ContributionRow]
        var mayLogFor: [Organization]
        /// The rows the person may remove: their own, or every row for the hub team.
        var removable: Set<Int>
    }

    /// The partners the person may log for, and which rows they may see: every partner for the hub team, their
    /// own partner organisations for partner staff.
    private func ownPartners() async throws -> (all: Bool, own: Set<Int>) {
        if Authorization.allows(context.actor, PartnerAction.manage) { return (true, []) }
        return (false, try await store.partnersOf(context.account?.id))
    }

    func projectContributions(_ projectID: Int) async throws -> ProjectContributions {
        let (project, _) = try await ProjectActions(context: context).visible(projectID, forShowing: true)
        let (all, own) = try await ownPartners()
        let rows = try await store.contributions(projectID: projectID, organizations: all ? nil : own)
        // Only someone who may log for a partner needs the partners to choose from.
        let partners =
            all || !own.isEmpty
            ? try await store.profiles().map(\.organization).filter { all || own.contains($0.id) } : []
        let accountID = context.account?.id
        return ProjectContributions(
            projectID: projectID, projectTitle: project.card.title,
            totals: try await store.totalsByPartner(projectID: projectID), rows: rows, mayLogFor: partners,
            removable: Set(
                rows.filter {
                    $0.assignmentID == nil && (all || ($0.contribution.loggedByID == accountID && accountID != nil))
                }
                .map(\.contribution.id)))
    }

    /// Every partner's totals on a project, for its page (public totals only).
    func projectTotals(_ projectID: Int) async throws -> [PartnerTotals] {
        let store = store
        return try await context.sharedRead("partners.project \(projectID)") {
            try await store.totalsByPartner(projectID: projectID)
        }
    }

    /// Partner staff log a contribution for their own organisation; the hub team for any partner.
    func contribute(
        _ projectID: Int, _ draft: ContributionDraft, unreadable: FieldProblems<ContributionDraft.Field> = [:]
    )
        async throws -> Saved<ContributionRow, ContributionDraft.Field>
    {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        _ = try await ProjectActions(context: context).visible(projectID)
        let (all, own) = try await ownPartners()
        guard all || !own.isEmpty else { throw ActionRefusal.notAllowed }
        var problems = unreadable.merging(draft.problems(today: Day(context.now))) { typed, _ in typed }
        if let organizationID = draft.organizationID {
            if try await store.profile(organizationID) == nil {
                problems[.organization] = .invalid
            } else if !(all || own.contains(organizationID)) {
                problems[.organization] = .notAllowed
            }
        }
        guard problems.isEmpty, let organizationID = draft.organizationID, let kind = draft.kind,
            let amount = draft.amount, let day = draft.day
        else { return .invalid(problems) }
        let now = context.now
        let id = try await context.database.writeTransaction { db in
            try await PartnerStore(database: db).insertContribution(
                projectID: projectID, organizationID: organizationID, kind: kind, amount: amount, day: day,
                what: draft.what, accountID: account.id, now: now)
        }
        guard let row = try await store.contribution(id: id) else { throw ActionRefusal.notFound }
        return .saved(row)
    }

    /// Whoever logged a contribution (while they still work for the partner), or the hub team, removes it.
    func removeContribution(_ id: Int, projectID: Int) async throws -> ContributionRow {
        guard let account = context.account else { throw ActionRefusal.notSignedIn }
        guard let row = try await store.contribution(id: id), row.contribution.projectID == projectID,
            row.assignmentID == nil
        else {
            throw ActionRefusal.notFound
        }
        let (all, own) = try await ownPartners()
        guard all || (row.contribution.loggedByID == account.id && own.contains(row.contribution.organizationID))
        else { throw ActionRefusal.notFound }
        let now = context.now
        try await context.database.writeTransaction { db in
            try await PartnerStore(database: db).deleteContribution(id)
            try await AuditLog(database: db).record(
                actorID: account.id, action: "partner.contribution.remove", targetType: "contribution", targetID: id,
                details: "\(row.contribution.kind.rawValue) \(row.contribution.amount) \(row.contribution.day.iso)",
                now: now)
        }
        return row
    }
}
