import Vapor

/// A route's path, written once: the components its controller registers and the links its pages write
/// (`IdeaPaths.show(idea.id)` is "/ideas/7"). `LinkTests` checks that every path a page links to is a route.
struct RoutePath: Sendable {
    let components: [PathComponent]
    /// The path as text split at its parameters: ["/ideas/", "/edit"] for `ideas/:id/edit`; links are written
    /// on every page, so this is worked out once.
    private let pieces: [String]
    private let parameters: [String]

    init(_ components: PathComponent...) {
        self.components = components
        var pieces = ["/"]
        var parameters: [String] = []
        for (index, component) in components.enumerated() {
            if index > 0 { pieces[pieces.count - 1] += "/" }
            if case .parameter(let name) = component {
                parameters.append(name)
                pieces.append("")
            } else {
                pieces[pieces.count - 1] += component.description
            }
        }
        self.pieces = pieces
        self.parameters = parameters
    }

    /// The path with its parameters (`:id` …) filled in, in order (one left without a value stays `:name`).
    func callAsFunction(_ values: Int...) -> String {
        var path = pieces[0]
        for (index, name) in parameters.enumerated() {
            path += index < values.count ? String(values[index]) : ":" + name
            path += pieces[index + 1]
        }
        return path
    }
}

extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ path: RoutePath, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        get(path.components, use: closure)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ path: RoutePath, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        post(path.components, use: closure)
    }

    /// A form that may be larger than the routes' default (a form with a file): the route collects up to
    /// `bodyLimit` bytes and says so in its `userInfo`, where the CSRF check — which reads the body before the
    /// route — finds it (`CSRFMiddleware`).
    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ path: RoutePath, bodyLimit: Int, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        let route = on(.POST, path.components, body: .collect(maxSize: ByteCount(value: bodyLimit)), use: closure)
        route.userInfo[CSRF.bodyLimitKey] = bodyLimit
        return route
    }
}
