import Fluent
import Foundation

final class ThemeRecord: Model, @unchecked Sendable {
    static let schema = "themes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "slug") var slug: String
    @Field(key: "name_sv") var nameSV: String
    @Field(key: "name_en") var nameEN: String

    init() {}

    init(slug: String, nameSV: String, nameEN: String) {
        self.slug = slug
        self.nameSV = nameSV
        self.nameEN = nameEN
    }
}

final class IdeaRecord: Model, @unchecked Sendable {
    static let schema = "ideas"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "need") var need: String
    @Field(key: "status") var status: String
    @Field(key: "author_id") var authorID: Int
    @OptionalField(key: "challenge_id") var challengeID: Int?
    @OptionalField(key: "merged_into_id") var mergedIntoID: Int?
    @Field(key: "support_count") var supportCount: Int
    @Field(key: "comment_count") var commentCount: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "last_activity_at") var lastActivityAt: Date

    init() {}
}

final class IdeaThemeRecord: Model, @unchecked Sendable {
    static let schema = "idea_themes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "idea_id") var ideaID: Int
    @Field(key: "theme_id") var themeID: Int

    init() {}

    init(ideaID: Int, themeID: Int) {
        self.ideaID = ideaID
        self.themeID = themeID
    }
}

final class IdeaVersionRecord: Model, @unchecked Sendable {
    static let schema = "idea_versions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "idea_id") var ideaID: Int
    @Field(key: "version") var version: Int
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "need") var need: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(ideaID: Int, version: Int, title: String, summary: String, need: String, createdAt: Date) {
        self.ideaID = ideaID
        self.version = version
        self.title = title
        self.summary = summary
        self.need = need
        self.createdAt = createdAt
    }
}

final class IdeaStatusChangeRecord: Model, @unchecked Sendable {
    static let schema = "idea_status_changes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "idea_id") var ideaID: Int
    @OptionalField(key: "from_status") var fromStatus: String?
    @Field(key: "to_status") var toStatus: String
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "actor_id") var actorID: Int?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(ideaID: Int, from: String?, to: String, reason: String?, actorID: Int?, createdAt: Date) {
        self.ideaID = ideaID
        self.fromStatus = from
        self.toStatus = to
        self.reason = reason
        self.actorID = actorID
        self.createdAt = createdAt
    }
}

final class SupportRecord: Model, @unchecked Sendable {
    static let schema = "supports"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "idea_id") var ideaID: Int
    @Field(key: "account_id") var accountID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(ideaID: Int, accountID: Int, createdAt: Date) {
        self.ideaID = ideaID
        self.accountID = accountID
        self.createdAt = createdAt
    }
}

final class CommentRecord: Model, @unchecked Sendable {
    static let schema = "comments"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "idea_id") var ideaID: Int
    @Field(key: "author_id") var authorID: Int
    @OptionalField(key: "parent_id") var parentID: Int?
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "hidden_at") var hiddenAt: Date?
    @OptionalField(key: "hidden_by_id") var hiddenByID: Int?
    @OptionalField(key: "hidden_reason") var hiddenReason: String?

    init() {}

    init(ideaID: Int, authorID: Int, parentID: Int?, body: String, createdAt: Date) {
        self.ideaID = ideaID
        self.authorID = authorID
        self.parentID = parentID
        self.body = body
        self.createdAt = createdAt
    }
}

final class CommentReportRecord: Model, @unchecked Sendable {
    static let schema = "comment_reports"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "comment_id") var commentID: Int
    @Field(key: "reporter_id") var reporterID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(commentID: Int, reporterID: Int, createdAt: Date) {
        self.commentID = commentID
        self.reporterID = reporterID
        self.createdAt = createdAt
    }
}

final class FollowRecord: Model, @unchecked Sendable {
    static let schema = "follows"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "idea_id") var ideaID: Int
    @Field(key: "account_id") var accountID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(ideaID: Int, accountID: Int, createdAt: Date) {
        self.ideaID = ideaID
        self.accountID = accountID
        self.createdAt = createdAt
    }
}

final class IdeaScoreRecord: Model, @unchecked Sendable {
    static let schema = "idea_scores"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "idea_id") var ideaID: Int
    @Field(key: "coach_id") var coachID: Int
    @Field(key: "criterion") var criterion: String
    @Field(key: "score") var score: Int
    @Field(key: "comment") var comment: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
