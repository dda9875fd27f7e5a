/// An organisation taking part in the hub: a city department, a partner company, an association…
public struct Organization: Identifiable, Hashable, Sendable {
    public var id: Int
    public var name: String
    public var kind: OrganizationKind
    public var description: String

    public init(id: Int, name: String, kind: OrganizationKind, description: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
    }
}

/// A thematic group of outside experts with a chair and a secretary that turns problem insight and
/// citizen dialogues into ideas for the hub (*reformgrupp*).
public struct ReformGroup: Identifiable, Hashable, Sendable {
    public var id: Int
    public var name: String
    public var theme: ReformTheme
    /// Its purpose.
    public var description: String
    public var startsOn: Day?
    /// Nil: an open period.
    public var endsOn: Day?

    public init(
        id: Int, name: String, theme: ReformTheme, description: String, startsOn: Day? = nil, endsOn: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.theme = theme
        self.description = description
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}

/// What the public home page shows of the hub's state.
public struct HubOverview: Equatable, Sendable {
    public var departments: Int
    public var partners: [Organization]
    public var reformGroups: [ReformGroup]
    public var ideaCount: Int
    public var latestIdeas: [Idea]

    public init(
        departments: Int, partners: [Organization], reformGroups: [ReformGroup], ideaCount: Int = 0,
        latestIdeas: [Idea] = []
    ) {
        self.departments = departments
        self.partners = partners
        self.reformGroups = reformGroups
        self.ideaCount = ideaCount
        self.latestIdeas = latestIdeas
    }
}
