import Vapor

/// A route's path, written once: the components its controller registers and the links its pages write
/// (`IdeaPaths.show(idea.id)` is "/ideas/7"). `LinkTests` checks that every path a page links to is a route.
struct RoutePath: Sendable {
    let components: [PathComponent]

    init(_ components: PathComponent...) {
        self.components = components
    }

    /// The path with its parameters (`:id` …) filled in, in order.
    func callAsFunction(_ values: Int...) -> String {
        var remaining = values[...]
        return "/"
            + components.map { component in
                if case .parameter = component, let value = remaining.popFirst() { return String(value) }
                return component.description
            }
            .joined(separator: "/")
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
}
