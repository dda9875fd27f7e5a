import Fluent

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
    ]
}
