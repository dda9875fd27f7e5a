import Fluent
import Foundation

final class NotificationRecord: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "recipient_id") var recipientID: Int
    @Field(key: "kind") var kind: String
    @Field(key: "topic_type") var topicType: String
    @Field(key: "topic_id") var topicID: Int
    @Field(key: "activity_id") var activityID: Int
    @OptionalField(key: "actor_id") var actorID: Int?
    @Field(key: "count") var count: Int
    @Field(key: "detail") var detail: String
    @Field(key: "mail_delivery") var mailDelivery: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "read_at") var readAt: Date?
    @OptionalField(key: "mailed_at") var mailedAt: Date?

    init() {}
}

final class NotificationPreferenceRecord: Model, @unchecked Sendable {
    static let schema = "notification_preferences"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "account_id") var accountID: Int
    @Field(key: "kind") var kind: String
    @Field(key: "delivery") var delivery: String

    init() {}

    init(accountID: Int, kind: String, delivery: String) {
        self.accountID = accountID
        self.kind = kind
        self.delivery = delivery
    }
}

final class ProjectFollowRecord: Model, @unchecked Sendable {
    static let schema = "project_follows"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "project_id") var projectID: Int
    @Field(key: "account_id") var accountID: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(projectID: Int, accountID: Int, createdAt: Date) {
        self.projectID = projectID
        self.accountID = accountID
        self.createdAt = createdAt
    }
}
