import Fluent
import Foundation
import HubbenCore
import SQLKit

final class ActivityRecord: Model, @unchecked Sendable {
    static let schema = "activities"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "kind") var kind: String
    @OptionalField(key: "actor_id") var actorID: Int?
    @Field(key: "subject_type") var subjectType: String
    @Field(key: "subject_id") var subjectID: Int
    @OptionalField(key: "context_type") var contextType: String?
    @OptionalField(key: "context_id") var contextID: Int?
    @Field(key: "audience") var audience: String
    @Field(key: "occurred_at") var occurredAt: Date

    init() {}

    init(_ activity: Activity) {
        kind = activity.kind.rawValue
        actorID = activity.actorID
        subjectType = activity.subject.rawValue
        subjectID = activity.subjectID
        contextType = activity.context?.subject.rawValue
        contextID = activity.context?.id
        audience = activity.audience.rawValue
        occurredAt = activity.occurredAt
    }

    var activity: Activity? {
        guard let kind = ActivityKind(rawValue: kind), let subject = ActivitySubject(rawValue: subjectType),
            let audience = ActivityAudience(rawValue: audience)
        else { return nil }
        let context = contextType.flatMap(ActivitySubject.init(rawValue:)).flatMap { type in
            contextID.map { (type, $0) }
        }
        return Activity(kind, by: actorID, on: subject, subjectID, in: context, audience: audience, at: occurredAt)
    }
}

/// The activity record. `record` runs on the database it is given, so that inside an action's transaction
/// the entry commits with the change or not at all.
struct ActivityLog {
    let database: any Database

    func record(_ activity: Activity) async throws {
        try await ActivityRecord(activity).create(on: database)
    }

    /// What happened to one thing (as subject or as context), oldest first.
    func entries(about subject: ActivitySubject, _ id: Int) async throws -> [Activity] {
        try await ActivityRecord.query(on: database)
            .group(.or) { either in
                either.group(.and) { $0.filter(\.$subjectType == subject.rawValue).filter(\.$subjectID == id) }
                either.group(.and) { $0.filter(\.$contextType == subject.rawValue).filter(\.$contextID == id) }
            }
            .sort(\.$occurredAt).sort(\.$id)
            .all().compactMap(\.activity)
    }
}

extension ActivityLog {
    /// What the person did, as the activity record has it.
    static let personalData = PersonalDataPart(sections: [
        ExportSection(
            name: "activityByYou", claims: ["activities.actor_id"],
            columns: [("kind", .text), ("subject_type", .text), ("subject_id", .number), ("occurred_at", .time)]
        ) { id in
            "SELECT kind, subject_type, subject_id, occurred_at FROM activities WHERE actor_id = \(bind: id) ORDER BY id"
        }
    ])
}
