import SQLKit
import Vapor

/// The method toolbox (*metodbanken*): the methods the hub's experiments are run with, and what the hub learnt
/// from each.
enum MethodsFeature: Feature {
    static func routes(_ routes: any RoutesBuilder) throws {
        try routes.register(collection: MethodController())
    }

    static let cachedPaths: [CachedPath] = [.tree(MethodPaths.list()), .tree("/api/v1/methods")]

    static let personalData = PersonalDataPart(
        sections: [],
        otherClaims: ["methods.updated_by"],
        erase: { id, sql in
            // The method stays in the toolbox; who last edited it goes.
            try await sql.raw("UPDATE methods SET updated_by = NULL WHERE updated_by = \(bind: id)").run()
        }
    )
}
