import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's reform groups at work: each of the four with a period, members from business, the public sector
/// and the city (one who has not consented to being named, one who has left), a public meeting with its
/// minutes and an internal one, a citizen dialogue, and the ideas it produced. The demo's staff member chairs
/// the digitalisation group. Once per database.
enum DemoReformGroups {
    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        guard
            try await db.sql.raw("SELECT COUNT(*) AS n FROM reform_group_members").first()?.decode(
                column: "n", as: Int.self) == 0,
            let staff = demoAccounts["staff"], let coach = demoAccounts["coach"]
        else { return }
        progress("Reform groups' members, meetings, citizen dialogues and ideas")
        let now = app.hubben.clock.now()
        let today = Day(now)
        let store = ReformGroupStore(database: db)
        let groups = try await OrganizationStore(database: db).reformGroups()
        let ideas = try await db.sql.raw("SELECT id FROM ideas ORDER BY id").all().map {
            try $0.decode(column: "id", as: Int.self)
        }
        let people: [(String, String, MemberSector)] = [
            ("Anna Lindgren", "Nordljus Digital AB", .business), ("Mehmet Yilmaz", "Region Skåne", .publicSector),
            ("Sofia Berg", "Stadsledningsförvaltningen", .city), ("Jonas Ek", "Kustdata Konsult AB", .business),
            ("Leila Haddad", "Arbetsförmedlingen", .publicSector),
        ]
        for (index, group) in groups.enumerated() {
            let started = today.adding(days: -400 + index * 30)
            try await store.setPeriod(
                group.id, purpose: group.description, startsOn: started,
                endsOn: index % 2 == 0 ? nil : today.adding(days: 300))
            for (position, person) in people.enumerated() {
                let role: MemberPosition = position == 0 ? .chair : position == 1 ? .secretary : .member
                let chairedByStaff = group.theme == .digitalisation && role == .chair
                try await store.addMember(
                    group.id,
                    ReformGroupMemberDraft(
                        accountID: chairedByStaff ? staff : nil, name: chairedByStaff ? "Erik Lindqvist" : person.0,
                        organization: chairedByStaff ? "Stadsbyggnadsförvaltningen" : person.1, sector: person.2,
                        position: role, shownPublicly: position != 3, startsOn: started),
                    now: now)
            }
            // One who left after half a year.
            try await store.addMember(
                group.id,
                ReformGroupMemberDraft(
                    accountID: nil, name: "Petra Holm", organization: "Företagarna", sector: .business,
                    position: .member,
                    shownPublicly: true, startsOn: started),
                now: now)
            if let left = try await store.members(of: group.id).first(where: { $0.name == "Petra Holm" }) {
                _ = try await store.endMembership(left.id, groupID: group.id, on: started.adding(days: 180))
            }
            try await store.addMeeting(
                group.id,
                ReformGroupMeetingDraft(
                    heldOn: today.adding(days: -60), title: "Uppstart av årets arbete",
                    agenda: "1. Läget i staden\n2. Invånarmötet i våras\n3. Idéer att skicka till hubben",
                    minutes: "Gruppen enades om tre idéer att skicka in och om ett invånarmöte i höst.",
                    visibility: .public), by: coach, now: now)
            try await store.addMeeting(
                group.id,
                ReformGroupMeetingDraft(
                    heldOn: today.adding(days: -20), title: "Intern avstämning", agenda: "Budget och nästa steg",
                    minutes: "", visibility: .internal), by: coach, now: now)
            try await store.addDialogue(
                group.id,
                CitizenDialogueDraft(
                    heldOn: today.adding(days: -90),
                    place: ["Rosengård", "Centrum", "Hyllie", "Fosie"][index % 4] + " bibliotek",
                    participants: 25 + index * 10,
                    heard:
                        "Invånarna vill ha enklare vägar in: färre blanketter, tydligare besked och någon att fråga på plats."
                ),
                by: coach, now: now)
            // The ideas it produced: two each, spread over the demo's ideas.
            for step in 0..<2 where !ideas.isEmpty {
                try await store.linkIdea(ideas[(index * 2 + step) % ideas.count], to: group.id)
            }
        }
        progress("reform groups: \(groups.count) with members, meetings, a citizen dialogue each and their ideas")
    }
}
