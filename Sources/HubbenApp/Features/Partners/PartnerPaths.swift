import HubbenCore
import RoutingKit

/// Partners on the web, for their routes and for every link to them.
enum PartnerPaths {
    static let list = RoutePath("partners")
    static let show = RoutePath("partners", ":id")
    /// The partner's public profile, for its staff and the hub team.
    static let edit = RoutePath("partners", ":id", "edit")
    /// A partner's agreements (GET), and the hub team's new one (POST).
    static let agreements = RoutePath("partners", ":id", "agreements")
    static let agreement = RoutePath("partners", "agreements", ":id")
    static let editAgreement = RoutePath("partners", "agreements", ":id", "edit")
    /// A project's contributions (GET), and logging one (POST).
    static let contributions = RoutePath("projects", ":id", "contributions")
    static let contributionRemoval = RoutePath("projects", ":id", "contributions", ":contribution", "removal")
    /// Registering interest in becoming a partner.
    static let interest = InterestPaths.form() + "?kind=" + InterestKind.becomePartner.rawValue
}
