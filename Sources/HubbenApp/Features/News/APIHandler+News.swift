import Foundation
import HubbenCore
import OpenAPIRuntime
import Vapor

/// `/api/v1/news…`.
extension APIHandler {
    func listNews(_ input: Operations.ListNews.Input) async throws -> Operations.ListNews.Output {
        let req = try APIContext.current()
        try APIError.checkLength(input.query.theme, "theme", maximum: 100, req.t)
        try APIError.checkPaging(page: input.query.page, per: nil, maximumPer: NewsActions.pageSize, req.t)
        var themeID: Int?
        if let slug = input.query.theme {
            // An unknown theme has no posts.
            themeID = try await req.shownThemes().first { $0.slug == slug }?.id ?? -1
        }
        let page = try await NewsActions(context: req.actionContext).list(
            page: input.query.page ?? 1, themeID: themeID)
        let base = req.application.hubben.absoluteBaseURL(req.application)
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: page.posts.map { post in
                            .init(
                                id: post.id, title: post.title, summary: post.summary,
                                publishedAt: post.publishAt ?? post.createdAt,
                                themes: (page.themes[post.id] ?? []).map(\.slug),
                                comments: page.commentCounts[post.id] ?? 0,
                                imageUrl: post.imageType == nil ? nil : base + NewsPaths.image(post.id),
                                imageAlt: post.imageType == nil ? nil : post.imageAlt,
                                url: base + NewsPaths.show(post.id))
                        }, total: page.total, page: page.page, per: NewsActions.pageSize))))
    }

    func getNews(_ input: Operations.GetNews.Input) async throws -> Operations.GetNews.Output {
        let req = try APIContext.current()
        let view = try await NewsActions(context: req.actionContext).view(input.path.id)
        let post = view.post
        let base = req.application.hubben.absoluteBaseURL(req.application)
        return .ok(
            .init(
                body: .json(
                    .init(
                        id: post.id, title: post.title, summary: post.summary,
                        publishedAt: post.publishAt ?? post.createdAt, themes: view.themes.map(\.slug),
                        imageUrl: post.imageType == nil ? nil : base + NewsPaths.image(post.id),
                        imageAlt: post.imageType == nil ? nil : post.imageAlt, url: base + NewsPaths.show(post.id),
                        html: HTMLSanitizer.sanitize(post.bodyHTML),
                        links: view.links.map {
                            .init(kind: .init(rawValue: $0.kind.rawValue) ?? .project, id: $0.id, title: $0.title)
                        },
                        // Only approved comments, whoever asks: the API has no moderation.
                        comments: view.comments.filter { $0.moderation == .approved }.map {
                            .init(
                                id: $0.id, author: $0.authorName, guest: $0.isGuest, body: $0.body,
                                createdAt: $0.createdAt)
                        }))))
    }
}
