import Fluent
import SQLKit

/// Every migration, once, in the order they run. Append new ones at the end; never reorder or rename.
enum HubbenMigrations {
    static let all: [any AsyncMigration] = [
        CreateOrganization(),
        CreateReformGroup(),
        CreateAccount(),
        CreateAccountRole(),
        CreateMembership(),
        UpdateAccountAddDeletedAt(),
        CreateSession(),
        CreateAPIToken(),
        CreatePasswordReset(),
        CreateOutboxMessage(),
        CreateRateLimitHit(),
        CreateAuditEntry(),
        CreateTheme(),
        CreateChallenge(),
        CreateIdea(),
        CreateIdeaSearch(),
        CreateComment(),
        CreateChallengeSearch(),
        CreateProject(),
        CreateListingIndexes(),
        CreateSignUpRequest(),
        CreateActivity(),
        CreateIdeaSearchPostings(),
        CreateMailMessage(),
        CreateNotification(),
        CreateResource(),
        CreateSpace(),
        AddResourceRevision(),
        IndexBookingHolding(),
        CreateEvent(),
        CreatePartner(),
        CreateLead(),
        CreateReformGroupWork(),
        CreateNews(),
        CreateSiteSearch(),
        CreateMethodToolbox(),
        CreateCompetencePool(),
        IndexHotReads(),
        CreateMethodSearch(),
    ]
}

/// Plain indexes, named, on one table's columns in order: the shape every migration's indexes take.
enum SQLIndexes {
    typealias Index = (name: String, table: String, columns: [String])

    static func create(_ indexes: [Index], on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    static func drop(_ indexes: [Index], on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in indexes { try await sql.drop(index: index.name).run() }
    }
}
