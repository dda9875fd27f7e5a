import HubbenCore
import Vapor
import Fluent

/// Challenges on the web: the list, one challenge with its ideas, posing a new one.
struct ChallengeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ChallengePaths.list, use: list)
        routes.get(ChallengePaths.new, use: newForm)
        routes.post(ChallengePaths.list, use: create)
        routes.get(ChallengePaths.show, use: show)
    }

    func list(req: Request) async throws -> Response {
        let text = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        let challenges = try await ChallengeStore(database: req.db).all(now: req.now, matching: text)
        let groups = try await memberGroups(req)
        return HTMLResponse.make(
            ChallengePages.list(
                challenges, text: text,
                canPose: Authorization.allows(req.actor, ChallengeAction.pose(groupMember: !groups.isEmpty)),
                now: req.now, req.t), for: req)
    }

    func show(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: Int.self),
            let challenge = try await ChallengeStore(database: req.db).challenge(id: id)
        else {
            throw Abort(.notFound)
        }
        let ideas = try await IdeaStore(database: req.db).list(.init(challengeID: id, sort: .mostSupported, per: 100))
            .ideas
        return HTMLResponse.make(ChallengePages.show(challenge, ideas: ideas, now: req.now, req.t), for: req)
    }

    private func form(_ req: Request, _ form: ChallengePages.FormModel, errors: FormErrors) async throws -> Response {
        // Staff pose for their own organisations; coaches for any department or reform group.
        var organizations = try await OrganizationStore(database: req.db).all()
        var groups = try await OrganizationStore(database: req.db).reformGroups()
        if !Authorization.allows(req.actor, ChallengeAction.poseForAnyOrganization) {
            let own = Set(
                try await AccountStore(database: req.db, hasher: req.password).memberships(
                    accountID: req.actor.accountID ?? 0
                )
                .map(\.organizationID))
            organizations = organizations.filter { own.contains($0.id) }
            let memberOf = try await memberGroups(req)
            groups = groups.filter { memberOf.contains($0.id) }
        }
        return HTMLResponse.make(
            ChallengePages.form(
                form, themes: try await IdeaStore(database: req.db).themes(), organizations: organizations,
                groups: groups,
                errors: errors, csrf: CSRF.token(for: req), req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity
        )
    }

    /// The reform groups the person is an active member of.
    private func memberGroups(_ req: Request) async throws -> Set<Int> {
        guard let account = req.account else { return [] }
        return Set(
            try await ReformGroupStore(database: req.db).activeMemberships(of: account.id, on: Day(req.now)).keys)
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(ChallengeAction.pose(groupMember: !(try await memberGroups(req)).isEmpty))
        var model = ChallengePages.FormModel()
        if let group = req.query[Int.self, at: "group"] { model.posedBy = "group-\(group)" }
        return try await form(req, model, errors: FormErrors())
    }

    struct ChallengeInput: Content {
        var title: String?
        var description: String?
        var posed_by: String?
        var themes: [Int]?
        var open_until: String?
    }

    func create(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        let input = try req.content.decode(ChallengeInput.self)
        let model = ChallengePages.FormModel(
            title: input.title ?? "", description: input.description ?? "", posedBy: input.posed_by ?? "",
            themeIDs: Set(input.themes ?? []), openUntil: input.open_until ?? "")
        let posedBy = input.posed_by ?? ""
        let draft = ChallengeDraft(
            title: model.title, description: model.description,
            organizationID: posedBy.hasPrefix("org-") ? Int(posedBy.dropFirst(4)) : nil,
            reformGroupID: posedBy.hasPrefix("group-") ? Int(posedBy.dropFirst(6)) : nil,
            themeIDs: input.themes ?? [], openUntil: DateFormat.endOfDay(isoDate: model.openUntil)
        )
        switch try await ChallengeActions(context: req.actionContext).pose(draft, themes: .ids(input.themes ?? [])) {
        case .posed(let challenge):
            return req.redirect(to: ChallengePaths.show(challenge.id), redirectType: .normal)
        case .invalid(let problems):
            return try await form(req, model, errors: ChallengeMessages.formErrors(problems, req.t))
        }
    }
}

enum ChallengeMessages {
    static func formErrors(_ problems: FieldProblems<ChallengeDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in ChallengeDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.title, _): t(.fieldTitleMissing)
                case (.description, _): t(.challengeErrorDescription)
                case (.posedBy, .notAllowed): t(.challengeErrorPosedByNotAllowed)
                case (.posedBy, _): t(.challengeErrorPosedBy)
                case (.themes, _): t(.fieldThemesMissing)
                case (.openUntil, .closed): t(.challengeErrorDatePast)
                case (.openUntil, _): t(.challengeErrorDate)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}
