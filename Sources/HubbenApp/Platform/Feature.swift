import SQLKit
import Vapor

/// One feature of the platform and everything it adds to the running application besides its migrations and
/// its part of the OpenAPI document: its routes, which of its pages the page cache may keep, and its part of a
/// person's data. `Features.all` lists them once; adding a feature adds one line there.
protocol Feature {
    /// The feature's pages, forms and feeds (the API is registered once, from the OpenAPI document).
    static func routes(_ routes: any RoutesBuilder) throws
    /// Its pages whose anonymous GET answer is the same for every anonymous visitor in one language.
    static var cachedPaths: [CachedPath] { get }
    /// Its part of "download my data" and "delete my account".
    static var personalData: PersonalDataPart { get }
}

extension Feature {
    static var cachedPaths: [CachedPath] { [] }
}

/// The features, in the order their routes are registered.
enum Features {
    static var all: [any Feature.Type] {
        [
            InformationFeature.self, AccountsFeature.self, AdminFeature.self, IdeasFeature.self,
            ChallengesFeature.self, ProjectsFeature.self, NotificationsFeature.self, BookingsFeature.self,
            SpacesFeature.self, EventsFeature.self, PartnersFeature.self, InterestFeature.self,
            ReformGroupsFeature.self, NewsFeature.self, SearchFeature.self, InsightsFeature.self,
            OpenDataFeature.self, MethodsFeature.self, PoolFeature.self,
        ]
    }

    /// Every part of a person's data: the features' and the activity record's.
    static var personalData: [PersonalDataPart] { all.map { $0.personalData } + [ActivityLog.personalData] }

    static var cachedPaths: [CachedPath] { all.flatMap { $0.cachedPaths } }
}

/// A path the page cache may keep for anonymous visitors.
enum CachedPath: Equatable, Sendable {
    /// This path only.
    case exactly(String)
    /// The path and everything under it, except the forms (`…/new`, `…/edit`).
    case tree(String)
    /// One item under the path by its number (`/news/12`), nothing deeper.
    case item(String)

    func matches(_ path: String) -> Bool {
        switch self {
        case .exactly(let exact):
            path == exact
        case .tree(let root):
            (path == root || path.hasPrefix(root + "/")) && !path.hasSuffix("/new") && !path.hasSuffix("/edit")
        case .item(let root):
            path.hasPrefix(root + "/") && (1...18).contains(path.count - root.count - 1)
                && path.dropFirst(root.count + 1).allSatisfy { $0.isASCII && $0.isNumber }
        }
    }
}
