import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/people`, `/api/v1/me/competencies` and a project's `staffing-needs`, `staffing-suggestions` and
/// `assignments`.
extension APIHandler {
    func listPeople(_ input: Operations.ListPeople.Input) async throws -> Operations.ListPeople.Output {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        try APIError.checkLength(input.query.competency, "competency", maximum: 80, req.t)
        var errors = FormErrors()
        var filter = PoolStore.Filter()
        if let text = input.query.competency, !text.isEmpty {
            filter.competency = Competency(parsing: text)
            if filter.competency == nil { errors.add("competency", req.t(.poolErrorCompetency)) }
        }
        if let level = input.query.level {
            if CompetencyLevel.range.contains(level) {
                filter.level = level
            } else {
                errors.add("level", req.t(.poolErrorLevel))
            }
        }
        let from = input.query.freeFrom.map { Day(iso: String($0.prefix(30))) }
        let to = input.query.freeTo.map { Day(iso: String($0.prefix(30))) }
        if from != nil || to != nil {
            if let from = from ?? nil, let to = to ?? nil, let period = Period(from: from, through: to) {
                filter.free = period
            } else {
                errors.add((from ?? nil) == nil ? "free_from" : "free_to", req.t(.poolErrorPeriod))
            }
        }
        let page = input.query.page ?? 1
        if !Paging.isValid(page: page, per: PoolStore.Filter.per) { errors.add("page", req.t(.apiBadRequest)) }
        guard errors.isEmpty else { throw APIError.badParameters(errors, req.t) }
        filter.page = page
        let (people, total) = try await PoolActions(context: req.actionContext).people(filter)
        return .ok(
            .init(
                body: .json(
                    .init(
                        people: people.map {
                            .init(
                                id: $0.id, name: $0.name, organization: $0.organization,
                                competencies: $0.competencies.map(Self.entry), free: $0.free)
                        }, total: total, page: page))))
    }

    private static func entry(_ entry: CompetencyEntry) -> Components.Schemas.CompetencyEntry {
        .init(
            competency: entry.competency.role?.rawValue ?? entry.competency.skill, level: entry.level,
            validFrom: entry.validFrom?.iso, validUntil: entry.validUntil?.iso)
    }

    private static func profile(_ profile: CompetenceProfileDraft) -> Components.Schemas.CompetenceProfile {
        .init(
            competencies: profile.competencies.map(entry),
            availability: profile.availability.map {
                .init(startsOn: $0.period.from.iso, endsOn: $0.period.through.iso, percent: $0.percent)
            })
    }

    func getMyCompetencies(_ input: Operations.GetMyCompetencies.Input) async throws
        -> Operations.GetMyCompetencies.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        return .ok(.init(body: .json(Self.profile(try await PoolActions(context: req.actionContext).mine().profile))))
    }

    func putMyCompetencies(_ input: Operations.PutMyCompetencies.Input) async throws
        -> Operations.PutMyCompetencies.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        var errors = FormErrors()
        var competencies: [CompetencyEntry] = []
        for (index, item) in body.competencies.prefix(CompetenceProfileDraft.competencyLimit + 1).enumerated() {
            let name = "competencies[\(index)]"
            guard let competency = Competency(parsing: item.competency) else {
                errors.add("\(name).competency", req.t(.poolErrorCompetency))
                continue
            }
            let from = item.validFrom.map { Day(iso: String($0.prefix(30))) }
            let until = item.validUntil.map { Day(iso: String($0.prefix(30))) }
            if from == .some(nil) { errors.add("\(name).validFrom", req.t(.dateInvalid)) }
            if until == .some(nil) { errors.add("\(name).validUntil", req.t(.dateInvalid)) }
            competencies.append(
                CompetencyEntry(
                    competency: competency, level: item.level, validFrom: from ?? nil, validUntil: until ?? nil))
        }
        var availability: [Allocation] = []
        for (index, item) in body.availability.prefix(CompetenceProfileDraft.availabilityLimit + 1).enumerated() {
            guard let from = Day(iso: String(item.startsOn.prefix(30))),
                let through = Day(iso: String(item.endsOn.prefix(30))),
                let period = Period(from: from, through: through)
            else {
                errors.add("availability[\(index)].endsOn", req.t(.poolErrorPeriod))
                continue
            }
            availability.append(Allocation(period, percent: item.percent))
        }
        if body.competencies.count > CompetenceProfileDraft.competencyLimit
            || body.availability.count > CompetenceProfileDraft.availabilityLimit
        {
            errors.add("competencies", req.t(.poolErrorTooMany))
        }
        guard errors.isEmpty else { throw APIError.validation(errors, req.t) }
        let actions = PoolActions(context: req.actionContext)
        switch try await actions.saveProfile(
            CompetenceProfileDraft(competencies: competencies, availability: availability))
        {
        case .saved: return .ok(.init(body: .json(Self.profile(try await actions.mine().profile))))
        case .invalid(let problems):
            for problem in problems {
                switch problem {
                case .tooMany: errors.add("competencies", req.t(.poolErrorTooMany))
                case .level(let index): errors.add("competencies[\(index)].level", req.t(.poolErrorLevel))
                case .validity(let index): errors.add("competencies[\(index)].validUntil", req.t(.poolErrorValidity))
                case .duplicate(let index): errors.add("competencies[\(index)].competency", req.t(.poolErrorDuplicate))
                case .percent(let index):
                    errors.add("availability[\(index)].percent", req.t(.poolErrorAvailabilityPercent))
                }
            }
            throw APIError.validation(errors, req.t)
        }
    }

    // MARK: Staffing

    func listStaffingNeeds(_ input: Operations.ListStaffingNeeds.Input) async throws
        -> Operations.ListStaffingNeeds.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let view = try await PoolActions(context: req.actionContext).staffing(input.path.id, suggesting: false)
        return .ok(.init(body: .json(view.needs.map { Self.need($0.need, assigned: $0.assigned) })))
    }

    private static func need(_ need: StaffingNeed, assigned: [StaffingAssignment]) -> Components.Schemas.StaffingNeed {
        .init(
            id: need.id, phase: api(need.phase), competency: need.competency.role?.rawValue ?? need.competency.skill,
            level: need.level, percent: need.percent, startsOn: need.period.from.iso, endsOn: need.period.through.iso,
            assigned: assigned.map { assignment($0, over: []) })
    }

    private static func assignment(_ assignment: StaffingAssignment, over: [WeekLoad]) -> Components.Schemas.Assignment
    {
        .init(
            id: assignment.id, projectId: assignment.projectID, needId: assignment.needID,
            accountId: assignment.accountID,
            name: assignment.personName, partner: assignment.organizationName,
            competency: assignment.competency.role?.rawValue ?? assignment.competency.skill,
            percent: assignment.percent,
            startsOn: assignment.period.from.iso, endsOn: assignment.period.through.iso,
            overWeeks: over.map { week in
                let iso = week.monday.isoWeek
                return .init(
                    week: "\(iso.year)-W\(iso.week < 10 ? "0" : "")\(iso.week)", monday: week.monday.iso,
                    percent: week.assigned)
            })
    }

    func createStaffingNeed(_ input: Operations.CreateStaffingNeed.Input) async throws
        -> Operations.CreateStaffingNeed.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        var unreadable = FieldProblems<StaffingNeedDraft.Field>()
        let draft = StaffingNeedDraft(
            phase: ProjectPhase(rawValue: body.phase.rawValue), competency: Competency(parsing: body.competency),
            level: body.level, percent: body.percent,
            startsOn: FormInput.day(String(body.startsOn.prefix(30)), .startsOn, into: &unreadable),
            endsOn: FormInput.day(String(body.endsOn.prefix(30)), .endsOn, into: &unreadable))
        switch try await PoolActions(context: req.actionContext).addNeed(input.path.id, draft, unreadable: unreadable) {
        case .saved(let need): return .created(.init(body: .json(Self.need(need, assigned: []))))
        case .invalid(let problems):
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: APIError.fields(PoolTexts.needErrors(problems, req.t), naming: Self.camelCase))
        }
    }

    func listStaffingSuggestions(_ input: Operations.ListStaffingSuggestions.Input) async throws
        -> Operations.ListStaffingSuggestions.Output
    {
        let req = try APIContext.current()
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        let view = try await PoolActions(context: req.actionContext).staffing(input.path.id, needID: input.query.needId)
        return .ok(
            .init(
                body: .json(
                    view.needs.map { need in
                        .init(
                            needId: need.need.id,
                            suggestions: need.suggestions.map {
                                .init(
                                    accountId: $0.candidate.accountID, name: $0.candidate.name,
                                    level: $0.candidate.level,
                                    free: $0.free, inProject: $0.candidate.inProject,
                                    score: Int(($0.score * 100).rounded()),
                                    reason: PoolTexts.reason($0, need: need.need, req.t))
                            })
                    })))
    }

    func createAssignment(_ input: Operations.CreateAssignment.Input) async throws -> Operations.CreateAssignment.Output
    {
        let req = try APIContext.current()
        guard case .json(let body) = input.body else { throw Abort(.unsupportedMediaType) }
        guard req.account != nil else { throw APIError.unauthorized(req.t) }
        var errors = FormErrors()
        let competency = body.competency.flatMap { Competency(parsing: $0) }
        if body.competency != nil, competency == nil { errors.add("competency", req.t(.poolErrorCompetency)) }
        let from = body.startsOn.map { Day(iso: String($0.prefix(30))) }
        let through = body.endsOn.map { Day(iso: String($0.prefix(30))) }
        if from == .some(nil) { errors.add("startsOn", req.t(.dateInvalid)) }
        if through == .some(nil) { errors.add("endsOn", req.t(.dateInvalid)) }
        guard errors.isEmpty else { throw APIError.validation(errors, req.t) }
        let request = PoolActions.AssignmentRequest(
            accountID: body.accountId, needID: body.needId, competency: competency, percent: body.percent,
            startsOn: from ?? nil, endsOn: through ?? nil)
        switch try await PoolActions(context: req.actionContext).assign(input.path.id, request) {
        case .assigned(let assignment, let over):
            return .created(.init(body: .json(Self.assignment(assignment, over: over))))
        case .invalid(let problems):
            throw APIError(
                status: .unprocessableEntity, code: "validation_failed", message: req.t(.apiValidation),
                fields: APIError.fields(PoolTexts.assignmentErrors(problems, req.t), naming: Self.camelCase))
        }
    }
}
