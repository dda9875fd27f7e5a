import HubbenCore
import Vapor
import Fluent

/// Challenges on the web: the list, one challenge with its ideas, posing a new one.
struct ChallengeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let challenges = routes.grouped("challenges")
        challenges.get(use: list)
        challenges.get("new", use: newForm)
        challenges.post(use: create)
        challenges.get(":id", use: show)
    }

    func list(req: Request) async throws -> Response {
        let text = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        let challenges = try await ChallengeStore(database: req.db).all(now: req.now, matching: text)
        return HTMLResponse.make(
            ChallengePages.list(
                challenges, text: text, canPose: Authorization.allows(req.actor, .poseChallenge),
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
        if !req.actor.has(.coach) {
            let own = Set(
                try await AccountStore(database: req.db, hasher: req.password).memberships(
                    accountID: req.actor.accountID ?? 0
                )
                .map(\.organizationID))
            organizations = organizations.filter { own.contains($0.id) }
            groups = []
        }
        return HTMLResponse.make(
            ChallengePages.form(
                form, themes: try await IdeaStore(database: req.db).themes(), organizations: organizations,
                groups: groups,
                errors: errors, csrf: CSRF.token(for: req), req.t),
            for: req, status: errors.isEmpty ? .ok : .unprocessableEntity
        )
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.requireAccount()
        try req.authorize(.poseChallenge)
        return try await form(req, .init(), errors: FormErrors())
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
        let draft = ChallengeStore.Draft(
            title: model.title, description: model.description,
            organizationID: posedBy.hasPrefix("org-") ? Int(posedBy.dropFirst(4)) : nil,
            reformGroupID: posedBy.hasPrefix("group-") ? Int(posedBy.dropFirst(6)) : nil,
            themeIDs: input.themes ?? [], openUntil: DateFormat.endOfDay(isoDate: model.openUntil)
        )
        switch try await ChallengeActions(context: req.actionContext).pose(draft, themes: .ids(input.themes ?? [])) {
        case .posed(let challenge):
            return req.redirect(to: "/challenges/\(challenge.id)", redirectType: .normal)
        case .invalid(let problems):
            return try await form(req, model, errors: ChallengeMessages.formErrors(problems, req.t))
        }
    }
}

enum ChallengeMessages {
    static func formErrors(_ problems: [String: ChallengeStore.Problem], _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in ["title", "description", "posed_by", "themes", "open_until"] {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch problem {
                case .titleMissing: t(.ideaErrorTitle)
                case .titleTooLong: t(.ideaErrorTooLong, ["limit": "\(IdeaDraft.titleLimit)"])
                case .descriptionMissing: t(.challengeErrorDescription)
                case .descriptionTooLong: t(.ideaErrorTooLong, ["limit": "\(IdeaDraft.textLimit)"])
                case .posedByNotAllowed: t(.challengeErrorPosedByNotAllowed)
                case .themesMissing: t(.ideaErrorThemes)
                case .posedByMissing: t(.challengeErrorPosedBy)
                case .dateMissing: t(.challengeErrorDate)
                case .dateInPast: t(.challengeErrorDatePast)
                }
            errors.add(field, message)
        }
        return errors
    }
}
