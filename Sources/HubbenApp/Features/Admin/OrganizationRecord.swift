import Fluent
import Foundation
import HubbenCore

final class OrganizationRecord: Model, @unchecked Sendable {
    static let schema = "organizations"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "description") var description: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(name: String, kind: OrganizationKind, description: String) {
        self.name = name
        self.kind = kind.rawValue
        self.description = description
    }
}

final class ReformGroupRecord: Model, @unchecked Sendable {
    static let schema = "reform_groups"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    @Field(key: "theme") var theme: String
    @Field(key: "description") var description: String
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(name: String, theme: ReformTheme, description: String) {
        self.name = name
        self.theme = theme.rawValue
        self.description = description
    }
}
