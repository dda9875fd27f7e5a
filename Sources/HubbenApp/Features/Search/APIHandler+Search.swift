import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/search`.
extension APIHandler {
    func search(_ input: Operations.Search.Input) async throws -> Operations.Search.Output {
        let req = try APIContext.current()
        try APIError.checkLength(input.query.q, "q", maximum: 200, req.t)
        try APIError.checkPaging(page: input.query.page, per: nil, maximumPer: SearchActions.pageSize, req.t)
        let kind = input.query.kind.flatMap { SearchKind(rawValue: $0.rawValue) }
        let results = try await SearchActions(context: req.actionContext).search(
            input.query.q, kind: kind, page: input.query.page ?? 1, language: req.t.language)
        let base = req.application.hubben.absoluteBaseURL(req.application)
        func kindValue(_ kind: SearchKind) -> Components.Schemas.SearchHit.KindPayload {
            .init(rawValue: kind.rawValue) ?? .ideas
        }
        return .ok(
            .init(
                body: .json(
                    .init(
                        q: results.text, kind: kind.flatMap { .init(rawValue: $0.rawValue) }, page: results.page,
                        total: results.total,
                        groups: results.groups.map { group in
                            .init(
                                kind: .init(rawValue: group.kind.rawValue) ?? .ideas, total: group.total,
                                hits: group.hits.map { hit in
                                    .init(
                                        kind: kindValue(hit.kind), id: hit.id, title: hit.title, summary: hit.summary,
                                        url: base + SearchActions.path(hit))
                                })
                        }))))
    }
}
