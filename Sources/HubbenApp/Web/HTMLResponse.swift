import Vapor

enum HTMLResponse {
    static func make(_ page: Page, for request: Request, status: HTTPResponseStatus = .ok, headers: HTTPHeaders = [:])
        -> Response
    {
        var currentPath = request.url.path
        if let query = request.url.query, !query.isEmpty { currentPath += "?" + query }
        let context = PageContext(
            t: request.t, currentPath: currentPath, assets: request.application.hubben.assets,
            account: request.account, csrfToken: request.browserSession?.csrfToken,
            unreadNotifications: request.unreadNotifications,
            baseURL: request.application.hubben.absoluteBaseURL(request.application))
        var headers = headers
        headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        if request.account != nil {
            // A page for one person must never be kept by a shared cache.
            headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        }
        return Response(status: status, headers: headers, body: .init(string: Layout.render(page, in: context)))
    }
}
