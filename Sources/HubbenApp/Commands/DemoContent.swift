import Fluent
import HubbenCore
import Vapor

/// Realistic Swedish demo content for `hubben demo`. Loading is idempotent: what is already there is kept,
/// what is missing is added, so a demo database made by an older version gains each new feature's content.
/// The city, its departments and partners are fictional.
enum DemoContent {
    static let password = "hubben-demo-2026"

    struct DemoAccount {
        let role: String
        let name: String
        let email: String
    }

    struct Report {
        var accounts: [DemoAccount] = []
        /// Role → account id, for the content the demo accounts write.
        var accountIDs: [String: Int] = [:]
    }

    static let departments: [(String, String)] = [
        ("Stadsledningsförvaltningen", "Samordnar stadens utveckling och digitalisering och är hubbens huvudman."),
        (
            "Skol- och fritidsförvaltningen",
            "Ansvarar för förskola, grundskola och fritidsverksamhet för stadens barn och unga."
        ),
        ("Socialförvaltningen", "Ger stöd till barn, familjer och vuxna som behöver hjälp i vardagen."),
        (
            "Vård- och omsorgsförvaltningen",
            "Driver hemtjänst, äldreboenden och stöd till personer med funktionsnedsättning."
        ),
        ("Stadsbyggnadsförvaltningen", "Planerar staden, ger bygglov och tar hand om gator, parker och cykelvägar."),
        ("Miljöförvaltningen", "Arbetar för ren luft, rent vatten och en hållbar stad, och utövar tillsyn."),
        ("Kulturförvaltningen", "Driver bibliotek, museer och kulturhus och stöttar stadens kulturliv."),
        ("Arbetsmarknadsförvaltningen", "Hjälper invånare till jobb och studier och samarbetar med näringslivet."),
        ("Fastighetsförvaltningen", "Förvaltar stadens lokaler – skolor, idrottshallar och samlingslokaler."),
    ]

    static let partners: [(String, String)] = [
        (
            "Sundkraft Energi AB",
            "Regionalt energibolag som driver projekt om smart energianvändning och laddinfrastruktur i hubben."
        ),
        ("Kustdata Konsult AB", "IT-konsultbolag som bidrar med utvecklare och arkitekter till hubbens prototyper."),
        (
            "Nordljus Digital AB",
            "Tjänstedesignbyrå som leder användartester och workshoppar tillsammans med hubbens coacher."
        ),
        (
            "Öresundslabbet ekonomisk förening",
            "Innovationsmiljö som faciliterar workshoppar och metodutveckling med Lego Serious Play."
        ),
    ]

    static let reformGroups: [(String, ReformTheme, String)] = [
        (
            "Reformgrupp integration", .integration,
            "Experter från näringsliv och civilsamhälle som arbetar med hur nyanlända snabbare kommer i arbete och blir en del av staden."
        ),
        (
            "Reformgrupp företagsamhet", .entrepreneurship,
            "Entreprenörer och företagsledare som vill göra det enklare att starta och driva företag i staden."
        ),
        (
            "Reformgrupp miljö", .environment,
            "Experter som tar fram idéer för en klimatsmart stad – energi, transporter och cirkulär ekonomi."
        ),
        (
            "Reformgrupp digitalisering", .digitalisation,
            "Personer från stora och små IT-företag som ser staden som en plattform: hackathon, resurssajt och kompetensväxel."
        ),
    ]

    static let accounts:
        [(role: PlatformRole, name: String, email: String, organization: String?, membership: MembershipRole)] = [
            (.resident, "Amina Hassan", "invanare@demo.hubben.example", nil, .member),
            (.staff, "Erik Lindqvist", "medarbetare@demo.hubben.example", "Stadsbyggnadsförvaltningen", .member),
            (.coach, "Sara Nilsson", "coach@demo.hubben.example", "Stadsledningsförvaltningen", .member),
            (.partner, "Johan Berg", "partner@demo.hubben.example", "Sundkraft Energi AB", .lead),
            (.admin, "Maria Ek", "admin@demo.hubben.example", "Stadsledningsförvaltningen", .lead),
        ]

    static func load(into database: any Database, hasher: any PasswordHasher, progress: (String) -> Void) async throws
        -> Report
    {
        let organizations = OrganizationStore(database: database)
        var added = 0
        for (name, description) in departments where try await organizations.organization(named: name) == nil {
            try await organizations.create(name: name, kind: .department, description: description)
            added += 1
        }
        for (name, description) in partners where try await organizations.organization(named: name) == nil {
            try await organizations.create(name: name, kind: .partner, description: description)
            added += 1
        }
        progress("organisations: \(departments.count) departments, \(partners.count) partners (\(added) added)")

        let existingGroups = Set(try await organizations.reformGroups().map(\.name))
        for (name, theme, description) in reformGroups where !existingGroups.contains(name) {
            try await organizations.createReformGroup(name: name, theme: theme, description: description)
        }
        progress("reform groups: \(reformGroups.count)")

        let store = AccountStore(database: database, hasher: hasher)
        var report = Report()
        for account in accounts {
            if let existing = try await store.account(email: account.email) {
                report.accountIDs[account.role.rawValue] = existing.id
            } else {
                let created = try await store.create(
                    name: account.name, email: account.email, password: password, roles: [account.role])
                report.accountIDs[account.role.rawValue] = created.id
                if let organizationName = account.organization,
                    let organization = try await organizations.organization(named: organizationName)
                {
                    try await store.addMembership(
                        accountID: created.id, organizationID: organization.id, role: account.membership)
                }
            }
            report.accounts.append(DemoAccount(role: account.role.rawValue, name: account.name, email: account.email))
        }
        progress("accounts: \(accounts.count), one for each role")
        return report
    }
}

extension Application {
    /// The demo's content is written through the same actions as the site: the context of `accountID` acting
    /// at `now`, from the machine itself.
    func demoContext(_ accountID: Int, now: Date) async throws -> ActionContext {
        let account = try await AccountStore(database: db, hasher: password).account(id: accountID)
        return ActionContext(
            database: db, account: account, now: now, hasher: password,
            throttle: Throttle(database: db, address: "127.0.0.1", now: now, logger: logger),
            services: hubben, logger: logger)
    }
}
