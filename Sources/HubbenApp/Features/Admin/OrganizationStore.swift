import Fluent
import FluentKit
import HubbenCore

/// Organisations and reform groups: Fluent in, domain values out.
struct OrganizationStore {
    let database: any Database

    func organizations(of kind: OrganizationKind) async throws -> [Organization] {
        try await OrganizationRecord.query(on: database)
            .filter(\.$kind == kind.rawValue)
            .sort(\.$name)
            .all()
            .compactMap(\.domain)
    }

    func reformGroups() async throws -> [ReformGroup] {
        try await ReformGroupRecord.query(on: database).sort(\.$name).all().compactMap(\.domain)
    }

    func overview() async throws -> HubOverview {
        async let departments = OrganizationRecord.query(on: database)
            .filter(\.$kind == OrganizationKind.department.rawValue).count()
        async let partners = organizations(of: .partner)
        async let groups = reformGroups()
        return try await HubOverview(departments: departments, partners: partners, reformGroups: groups)
    }

    @discardableResult
    func create(name: String, kind: OrganizationKind, description: String) async throws -> Organization? {
        let record = OrganizationRecord(name: name, kind: kind, description: description)
        try await record.create(on: database)
        if kind == .partner, let id = record.id {
            try await SiteSearch(sql: try database.sql).index(SiteSearch.partners, ids: [id])
        }
        return record.domain
    }

    @discardableResult
    func createReformGroup(name: String, theme: ReformTheme, description: String) async throws -> ReformGroup? {
        let record = ReformGroupRecord(name: name, theme: theme, description: description)
        try await record.create(on: database)
        if let id = record.id { try await SiteSearch(sql: try database.sql).index(SiteSearch.reformGroups, ids: [id]) }
        return record.domain
    }

    func all() async throws -> [Organization] {
        try await OrganizationRecord.query(on: database).sort(\.$name).all().compactMap(\.domain)
    }

    func organization(id: Int) async throws -> Organization? {
        try await OrganizationRecord.find(id, on: database)?.domain
    }

    func organization(named name: String) async throws -> Organization? {
        try await OrganizationRecord.query(on: database).filter(\.$name == name).first()?.domain
    }
}

extension OrganizationRecord {
    /// Nil only for a row whose stored kind this version does not know (written by a newer version).
    var domain: Organization? {
        guard let id, let kind = OrganizationKind(rawValue: kind) else { return nil }
        return Organization(id: id, name: name, kind: kind, description: description)
    }
}

extension ReformGroupRecord {
    var domain: ReformGroup? {
        guard let id, let theme = ReformTheme(rawValue: theme) else { return nil }
        return ReformGroup(
            id: id, name: name, theme: theme, description: description, startsOn: startsOn.flatMap(Day.init(iso:)),
            endsOn: endsOn.flatMap(Day.init(iso:)))
    }
}
