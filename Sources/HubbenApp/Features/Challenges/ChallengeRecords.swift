import Fluent
import Foundation

final class ChallengeRecord: Model, @unchecked Sendable {
    static let schema = "challenges"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @OptionalField(key: "organization_id") var organizationID: Int?
    @OptionalField(key: "reform_group_id") var reformGroupID: Int?
    @Field(key: "author_id") var authorID: Int
    @Field(key: "open_until") var openUntil: Date
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

final class ChallengeThemeRecord: Model, @unchecked Sendable {
    static let schema = "challenge_themes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "challenge_id") var challengeID: Int
    @Field(key: "theme_id") var themeID: Int

    init() {}

    init(challengeID: Int, themeID: Int) {
        self.challengeID = challengeID
        self.themeID = themeID
    }
}
