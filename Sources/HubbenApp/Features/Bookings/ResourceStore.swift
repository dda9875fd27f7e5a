import Fluent
import Foundation
import HubbenCore
import SQLKit

/// City resources: their description, rules, hours and pictures.
struct ResourceStore {
    let database: any Database

    /// What the resource list filters by.
    struct Filter: Equatable, Sendable {
        var kind: ResourceKind?
        var district: String?
        var capacity: Int?
        /// Only resources open and free for the whole of this time.
        var free: DateInterval?
    }

    func create(_ draft: ResourceDraft, now: Date) async throws -> Int {
        let sql = try database.sql
        let row = try await sql.raw(
            """
            INSERT INTO resources (organization_id, kind, name, description, address, district, capacity, accessibility,
                equipment, slot_minutes, minimum_minutes, maximum_minutes, minimum_notice_minutes, maximum_days_ahead,
                buffer_before_minutes, buffer_after_minutes, maximum_active_per_person, cancellation_cutoff_minutes,
                audience, needs_approval, created_at, updated_at)
            VALUES (\(bind: draft.organizationID ?? 0), \(bind: (draft.kind ?? .room).rawValue), \(bind: draft.name),
                \(bind: draft.description), \(bind: draft.address), \(bind: draft.district), \(bind: draft.capacity ?? 1),
                \(bind: draft.accessibility), \(bind: draft.equipment.joined(separator: "\n")),
                \(bind: draft.rules.slotMinutes), \(bind: draft.rules.minimumMinutes), \(bind: draft.rules.maximumMinutes),
                \(bind: draft.rules.minimumNoticeMinutes), \(bind: draft.rules.maximumDaysAhead),
                \(bind: draft.rules.bufferBeforeMinutes), \(bind: draft.rules.bufferAfterMinutes),
                \(bind: draft.rules.maximumActivePerPerson), \(bind: draft.rules.cancellationCutoffMinutes),
                \(bind: draft.rules.audience.rawValue), \(bind: draft.rules.needsApproval), \(bind: now), \(bind: now))
            RETURNING id
            """
        ).first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw ActionRefusal.notFound }
        try await replaceParts(of: id, draft)
        return id
    }

    func update(_ id: Int, _ draft: ResourceDraft, now: Date) async throws {
        try await database.sql.raw(
            """
            UPDATE resources SET organization_id = \(bind: draft.organizationID ?? 0),
                kind = \(bind: (draft.kind ?? .room).rawValue), name = \(bind: draft.name),
                description = \(bind: draft.description), address = \(bind: draft.address),
                district = \(bind: draft.district), capacity = \(bind: draft.capacity ?? 1),
                accessibility = \(bind: draft.accessibility), equipment = \(bind: draft.equipment.joined(separator: "\n")),
                slot_minutes = \(bind: draft.rules.slotMinutes), minimum_minutes = \(bind: draft.rules.minimumMinutes),
                maximum_minutes = \(bind: draft.rules.maximumMinutes),
                minimum_notice_minutes = \(bind: draft.rules.minimumNoticeMinutes),
                maximum_days_ahead = \(bind: draft.rules.maximumDaysAhead),
                buffer_before_minutes = \(bind: draft.rules.bufferBeforeMinutes),
                buffer_after_minutes = \(bind: draft.rules.bufferAfterMinutes),
                maximum_active_per_person = \(bind: draft.rules.maximumActivePerPerson),
                cancellation_cutoff_minutes = \(bind: draft.rules.cancellationCutoffMinutes),
                audience = \(bind: draft.rules.audience.rawValue), needs_approval = \(bind: draft.rules.needsApproval),
                revision = revision + 1, updated_at = \(bind: now)
            WHERE id = \(bind: id)
            """
        ).run()
        try await replaceParts(of: id, draft)
    }

    private func replaceParts(of id: Int, _ draft: ResourceDraft) async throws {
        let sql = try database.sql
        for table in ["resource_hours", "resource_exceptions", "resource_images"] {
            try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE resource_id = \(bind: id)").run()
        }
        let insert = BulkInsert(sql: sql)
        try await insert.rows(
            "resource_hours", columns: ["resource_id", "weekday", "opens", "closes"],
            draft.rules.openingHours.weekly.sorted { $0.key < $1.key }.map {
                [id, $0.key.rawValue, $0.value.opens, $0.value.closes]
            })
        try await insert.rows(
            "resource_exceptions", columns: ["resource_id", "day", "opens", "closes"],
            draft.rules.openingHours.exceptions.sorted { $0.key < $1.key }.map {
                [id, $0.key.iso, $0.value?.opens, $0.value?.closes]
            })
        try await insert.rows(
            "resource_images", columns: ["resource_id", "position", "url", "alt"],
            draft.images.enumerated().map { [id, $0.offset, $0.element.url, $0.element.alt] })
    }

    func resource(id: Int) async throws -> Resource? {
        try await resources(where: SQLBinaryExpression(SQLColumn("id", table: "r"), .equal, SQLBind(id))).first
    }

    /// The resources matching `filter`, by kind and name; with a free time, only those open and free for all of
    /// it (buffers included).
    func list(_ filter: Filter) async throws -> [Resource] {
        try await matching(filter, in: try await all())
    }

    /// The resources of `all` matching `filter`, in their order. Kind, district and capacity are read from the
    /// resources; a free time from their opening hours, then from what holds time on those still open — one
    /// query whatever the count.
    func matching(_ filter: Filter, in all: [Resource]) async throws -> [Resource] {
        let described = all.filter { resource in
            (filter.kind.map { resource.kind == $0 } ?? true)
                && (filter.district.map { resource.district == $0 } ?? true)
                && (filter.capacity.map { resource.capacity >= $0 } ?? true)
        }
        guard let free = filter.free else { return described }
        let (first, last) = (Day(free.start), Day(free.end))
        // Resources share a few opening and closing times: each moment is asked of the calendar once.
        var moments: [Day: [Int: Date]] = [:]
        func moment(_ day: Day, _ minute: Int) -> Date {
            if let known = moments[day]?[minute] { return known }
            let found = day.at(minute: minute)
            moments[day, default: [:]][minute] = found
            return found
        }
        let open = described.filter { resource in
            resource.rules.openingHours.periods(from: first, through: last, moment: moment)
                .contains { $0.start <= free.start && free.end <= $0.end }
        }
        let widest = Double(BookingRules.longestBufferMinutes) * 60
        let busy = try await BookingStore(database: database).holding(
            resourceIDs: open.map(\.id),
            overlapping: DateInterval(
                start: free.start.addingTimeInterval(-widest), end: free.end.addingTimeInterval(widest)))
        return open.filter { resource in
            let held = resource.rules.heldTime(start: free.start, end: free.end)
            return !(busy[resource.id] ?? []).contains { $0.start < held.end && held.start < $0.end }
        }
    }

    /// Every resource with its rules, by kind and name, in four queries whatever the count.
    func all() async throws -> [Resource] {
        try await resources(where: SQLRaw("1 = 1"))
    }

    /// What `ResourceCatalogue` compares: it changes with every resource added, changed or removed.
    func version() async throws -> ResourceCatalogue.Version {
        // PostgreSQL sums a bigint column as numeric: cast back, so both databases answer an integer.
        let row = try await database.sql.raw(
            """
            SELECT COUNT(*) AS total, MAX(id) AS last, CAST(COALESCE(SUM(revision), 0) AS BIGINT) AS revisions
            FROM resources
            """
        ).first()
        return ResourceCatalogue.Version(
            count: try row?.decode(column: "total", as: Int.self) ?? 0,
            lastID: try row?.decode(column: "last", as: Int?.self) ?? 0,
            revisions: try row?.decode(column: "revisions", as: Int?.self) ?? 0)
    }

    private func resources(where condition: any SQLExpression) async throws -> [Resource] {
        let sql = try database.sql
        let rows = try await sql.raw(
            """
            SELECT r.*, o.name AS organization_name FROM resources r JOIN organizations o ON o.id = r.organization_id
            WHERE \(condition) ORDER BY r.kind, r.name, r.id
            """
        ).all()
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        let idList = SQLList(ids.map { SQLBind($0) })
        var hours: [Int: [Weekday: DailyHours]] = [:]
        for row in try await sql.raw("SELECT * FROM resource_hours WHERE resource_id IN (\(idList))").all() {
            guard let weekday = Weekday(rawValue: try row.decode(column: "weekday", as: Int.self)) else { continue }
            hours[try row.decode(column: "resource_id", as: Int.self), default: [:]][weekday] = DailyHours(
                opens: try row.decode(column: "opens", as: Int.self),
                closes: try row.decode(column: "closes", as: Int.self))
        }
        var exceptions: [Int: [Day: DailyHours?]] = [:]
        for row in try await sql.raw("SELECT * FROM resource_exceptions WHERE resource_id IN (\(idList))").all() {
            guard let day = Day(iso: try row.decode(column: "day", as: String.self)) else { continue }
            let opens = try row.decode(column: "opens", as: Int?.self)
            let closes = try row.decode(column: "closes", as: Int?.self)
            let value: DailyHours? = opens.flatMap { opens in closes.map { DailyHours(opens: opens, closes: $0) } }
            exceptions[try row.decode(column: "resource_id", as: Int.self), default: [:]][day] = .some(value)
        }
        var images: [Int: [ResourceImage]] = [:]
        for row in try await sql.raw(
            "SELECT * FROM resource_images WHERE resource_id IN (\(idList)) ORDER BY resource_id, position"
        ).all() {
            images[try row.decode(column: "resource_id", as: Int.self), default: []].append(
                ResourceImage(
                    url: try row.decode(column: "url", as: String.self),
                    alt: try row.decode(column: "alt", as: String.self)))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            let rules = BookingRules(
                openingHours: OpeningHours(weekly: hours[id] ?? [:], exceptions: exceptions[id] ?? [:]),
                slotMinutes: try row.decode(column: "slot_minutes", as: Int.self),
                minimumMinutes: try row.decode(column: "minimum_minutes", as: Int.self),
                maximumMinutes: try row.decode(column: "maximum_minutes", as: Int.self),
                minimumNoticeMinutes: try row.decode(column: "minimum_notice_minutes", as: Int.self),
                maximumDaysAhead: try row.decode(column: "maximum_days_ahead", as: Int.self),
                bufferBeforeMinutes: try row.decode(column: "buffer_before_minutes", as: Int.self),
                bufferAfterMinutes: try row.decode(column: "buffer_after_minutes", as: Int.self),
                maximumActivePerPerson: try row.decode(column: "maximum_active_per_person", as: Int?.self),
                cancellationCutoffMinutes: try row.decode(column: "cancellation_cutoff_minutes", as: Int?.self),
                audience: BookingAudience(rawValue: try row.decode(column: "audience", as: String.self)) ?? .signedIn,
                needsApproval: try row.decode(column: "needs_approval", as: Bool.self))
            let equipment = try row.decode(column: "equipment", as: String.self)
            return Resource(
                id: id, organizationID: try row.decode(column: "organization_id", as: Int.self),
                organizationName: try row.decode(column: "organization_name", as: String.self),
                kind: ResourceKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .room,
                name: try row.decode(column: "name", as: String.self),
                description: try row.decode(column: "description", as: String.self),
                address: try row.decode(column: "address", as: String.self),
                district: try row.decode(column: "district", as: String.self),
                capacity: try row.decode(column: "capacity", as: Int.self),
                accessibility: try row.decode(column: "accessibility", as: String.self),
                equipment: equipment.isEmpty ? [] : equipment.components(separatedBy: "\n"), images: images[id] ?? [],
                rules: rules)
        }
    }

    /// Whether `accountID` is a member of `organizationID` (who may manage its resources, with the staff role).
    func isMember(_ accountID: Int, of organizationID: Int) async throws -> Bool {
        try await MembershipRecord.query(on: database).filter(\.$accountID == accountID)
            .filter(\.$organizationID == organizationID).first() != nil
    }

    /// Whether `accountID` belongs to an organisation of kind association.
    func isInAssociation(_ accountID: Int) async throws -> Bool {
        try await database.sql.raw(
            """
            SELECT 1 AS found FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.account_id = \(bind: accountID) AND o.kind = \(bind: OrganizationKind.association.rawValue)
            """
        ).first() != nil
    }

    func organizationExists(_ id: Int) async throws -> Bool {
        try await OrganizationRecord.find(id, on: database) != nil
    }
}
