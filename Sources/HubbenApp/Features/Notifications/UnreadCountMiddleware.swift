import Vapor

/// Reads the signed-in person's unread count for the bell before a page is built (`HTMLResponse` is
/// synchronous). A shared read per person: at most a moment old, fresh after their own change.
struct UnreadCountMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.account != nil, request.method == .GET, !request.url.path.hasPrefix("/api/") {
            request.storage[UnreadCountKey.self] = try await NotificationActions(context: request.actionContext)
                .unreadCount()
        }
        return try await next.respond(to: request)
    }
}

private struct UnreadCountKey: StorageKey { typealias Value = Int }

extension Request {
    /// The bell's count (0 when nobody is signed in or the page is not a GET).
    var unreadNotifications: Int { storage[UnreadCountKey.self] ?? 0 }
}
