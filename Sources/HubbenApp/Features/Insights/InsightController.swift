import Foundation
import HubbenCore
import Vapor

/// The insights on the web: the public page, the hub team's, and every table as CSV and JSON.
struct InsightController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(InsightPaths.page) { req in try await page(req, hubTeam: false) }
        routes.get(InsightPaths.download) { req in try await download(req, hubTeam: false) }
        routes.get(InsightPaths.hubTeam) { req in try await page(req, hubTeam: true) }
        routes.get(InsightPaths.hubTeamDownload) { req in try await download(req, hubTeam: true) }
    }

    /// The period the query asks for, with the fields it could not read.
    static func period(_ req: Request) -> (InsightPeriod?, [String]) {
        InsightPeriod.parse(
            from: req.query[String.self, at: "from"].map { String($0.prefix(30)) },
            to: req.query[String.self, at: "to"].map { String($0.prefix(30)) }, today: Day(req.now))
    }

    func page(_ req: Request, hubTeam: Bool) async throws -> Response {
        if hubTeam { _ = try req.requireAccount() }
        let (asked, problems) = Self.period(req)
        let period = asked ?? .lastYear(until: Day(req.now))
        let actions = InsightActions(context: req.actionContext)
        // Before the shared page: what is kept is handed out without asking again.
        try actions.authorize(hubTeam: hubTeam)
        var errors = FormErrors()
        for field in problems { errors.add(field, req.t(.insightsErrorDay)) }
        var values: [String: String] = [:]
        if !problems.isEmpty {
            values["from"] = req.query[String.self, at: "from"].map { String($0.prefix(30)) } ?? ""
            values["to"] = req.query[String.self, at: "to"].map { String($0.prefix(30)) } ?? ""
        }
        let build = { @Sendable [values, errors] in
            InsightPages.page(
                .init(
                    results: try await actions.results(
                        InsightTable.visible(toHubTeam: hubTeam), period, hubTeam: hubTeam),
                    period: period, values: values, errors: errors, hubTeam: hubTeam), req.t)
        }
        // Eleven tables with their charts, the same for everyone who may see them: rendered once for a moment
        // (a refused period is shown as it was typed, so that page is built for its asker).
        let page =
            problems.isEmpty
            ? try await req.sharedPage("insights \(hubTeam) \(period.from.iso) \(period.to.iso)") { try await build() }
            : try await build()
        return HTMLResponse.make(page, for: req, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    func download(_ req: Request, hubTeam: Bool) async throws -> Response {
        if hubTeam { _ = try req.requireAccount() }
        let file = String((req.parameters.get("file") ?? "").prefix(60))
        let (name, format) = DataDownload.split(file)
        guard let table = InsightTable(rawValue: name), let format else { throw Abort(.notFound) }
        let (asked, problems) = Self.period(req)
        guard let period = asked else {
            throw Abort(.badRequest, reason: "\(problems.joined(separator: ", ")): \(req.t(.insightsErrorDay))")
        }
        guard
            let result = try await InsightActions(context: req.actionContext).results(
                [table], period, hubTeam: hubTeam
            ).first
        else { throw Abort(.notFound) }
        return try Self.response(result, format: format)
    }

    static func response(_ result: InsightResult, format: DataDownload.Format) throws -> Response {
        let filename =
            "hubben-\(result.table.rawValue)-\(result.period.from.iso)-\(result.period.to.iso).\(format.rawValue)"
        switch format {
        case .csv: return DataDownload.csvResponse(try InsightActions.csv(result), filename: filename)
        case .json: return try DataDownload.jsonResponse(InsightActions.jsonTable(result))
        }
    }
}
