import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

/// A reform group chaired by Cia (an account without any other role), with Mats as a member with an account,
/// Nora named publicly without an account, Olof unnamed, and Petra who left; a public and an internal meeting.
struct ReformGroupFixture {
    let projects: ProjectFixture
    let group: Int
    let other: Int
    let chair: Int
    let member: Int

    var app: Application { projects.app }

    static func make(_ app: Application) async throws -> ReformGroupFixture {
        let projects = try await ProjectFixture.make(app)
        let organizations = OrganizationStore(database: app.db)
        let group = try #require(
            try await organizations.createReformGroup(
                name: "Reformgrupp miljö", theme: .environment, description: "En klimatsmart stad"))
        let other = try #require(
            try await organizations.createReformGroup(
                name: "Reformgrupp integration", theme: .integration, description: "Jobb"))
        let chair = try await app.makeAccount("Cia Ordförande", "cia@example.se")
        let member = try await app.makeAccount("Mats Medlem", "mats@example.se")
        let store = ReformGroupStore(database: app.db)
        let start = try #require(Day(iso: "2025-01-01"))
        let now = Date()
        try await store.setPeriod(group.id, purpose: "En klimatsmart stad", startsOn: start, endsOn: nil)
        for (account, name, position, shown) in [
            (Optional(chair), "Cia Ordförande", MemberPosition.chair, true), (member, "Mats Medlem", .member, true),
            (nil, "Nora Namngiven", .member, true), (nil, "Olof Onämnd", .member, false),
            (nil, "Petra Pensionerad", .secretary, true),
        ] {
            try await store.addMember(
                group.id,
                ReformGroupMemberDraft(
                    accountID: account, name: name, organization: "Org", sector: .business, position: position,
                    shownPublicly: shown, startsOn: start),
                now: now)
        }
        let petra = try #require(try await store.members(of: group.id).first { $0.name == "Petra Pensionerad" })
        #expect(try await store.endMembership(petra.id, groupID: group.id, on: start.adding(days: 100)))
        for (title, visibility) in [("Öppet möte", MeetingVisibility.public), ("Hemligt möte", .internal)] {
            try await store.addMeeting(
                group.id,
                ReformGroupMeetingDraft(
                    heldOn: start.adding(days: 10), title: title, agenda: "", minutes: "Protokoll",
                    visibility: visibility),
                by: projects.coach, now: now)
        }
        return ReformGroupFixture(projects: projects, group: group.id, other: other.id, chair: chair, member: member)
    }

    func browser(_ email: String) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(email, "ett långt lösenord")
        return browser
    }
}

@Suite("Reform groups: members, meetings, citizen dialogues and what became of their ideas")
struct ReformGroupTests: APITestSuite {
    @Test("The public page: named members only with consent, ended memberships with their dates, public meetings")
    func publicPage() async throws {
        try await withTestApp { app in
            let hub = try await ReformGroupFixture.make(app)
            let page = try await TestBrowser(app).get("/reform-groups/\(hub.group)").text
            #expect(page.contains("Nora Namngiven") && !page.contains("Olof Onämnd"))
            #expect(page.contains("och 1 som inte har samtyckt till att visas med namn"))
            #expect(page.contains("Tidigare ledamöter") && page.contains("Petra Pensionerad"))
            #expect(page.contains("Öppet möte") && !page.contains("Hemligt möte"))
            #expect(page.contains("Sedan 1 januari 2025, tills vidare"))
            let member = try await hub.browser("mats@example.se")
            let inside = try await member.get("/reform-groups/\(hub.group)").text
            #expect(inside.contains("Hemligt möte") && inside.contains("Skicka in en idé för gruppen"))
            #expect(!inside.contains("Nytt möte"), "a plain member got the officers' forms")
            let list = try await TestBrowser(app).get("/reform-groups").text
            #expect(list.contains("Reformgrupp miljö") && list.contains("Reformgrupp integration"))
        }
    }

    @Test("The chair records meetings and dialogues; a member may not; the hub team manages members")
    func officersAndTeam() async throws {
        try await withTestApp { app in
            let hub = try await ReformGroupFixture.make(app)
            let path = "/reform-groups/\(hub.group)"
            let chair = try await hub.browser("cia@example.se")
            let refused = try await chair.post(
                path + "/dialogues",
                [
                    "dialogue_held_on": "igår", "dialogue_place": "Biblioteket", "dialogue_participants": "-3",
                    "dialogue_heard": "Mycket",
                ],
                tokenPage: path)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("value=\"Biblioteket\""))
            #expect(refused.text.contains("Skriv ett datum") && refused.text.contains("Skriv antalet deltagare"))
            let saved = try await chair.post(
                path + "/dialogues",
                [
                    "dialogue_held_on": "2026-05-01", "dialogue_place": "Biblioteket", "dialogue_participants": "42",
                    "dialogue_heard": "Fler cykelbanor",
                ],
                tokenPage: path)
            #expect(saved.status == .seeOther)
            let meeting = try await chair.post(
                path + "/meetings",
                [
                    "meeting_held_on": "2026-05-02", "meeting_title": "Vårmötet", "meeting_agenda": "",
                    "meeting_minutes": "", "meeting_visibility": "public",
                ],
                tokenPage: path)
            #expect(meeting.status == .seeOther)
            let page = try await TestBrowser(app).get(path).text
            #expect(page.contains("Fler cykelbanor") && page.contains("42 deltagare") && page.contains("Vårmötet"))
            let member = try await hub.browser("mats@example.se")
            #expect(
                try await member.post(path + "/meetings", ["meeting_title": "x"], tokenPage: path).status == .forbidden)
            #expect(
                try await member.post(path + "/members", ["member_name": "x"], tokenPage: path).status == .forbidden)
            let coach = try await hub.browser("coach@example.se")
            let unknown = try await coach.post(
                path + "/members",
                [
                    "member_name": "Ny", "member_email": "ingen@example.se", "member_sector": "city",
                    "member_position": "member", "member_starts_on": "2026-01-01",
                ],
                tokenPage: path)
            #expect(unknown.status == .unprocessableEntity && unknown.text.contains("inget konto med den adressen"))
            let added = try await coach.post(
                path + "/members",
                [
                    "member_name": "Rut Invånare", "member_email": "rut@example.se", "member_organization": "",
                    "member_sector": "city", "member_position": "member", "member_starts_on": "2026-01-01",
                ],
                tokenPage: path)
            #expect(added.status == .seeOther)
            let memberships = try await ReformGroupStore(database: app.db).activeMemberships(
                of: hub.projects.resident, on: Day(Date()))
            #expect(memberships[hub.group] == .member)
            let mats = try #require(
                try await ReformGroupStore(database: app.db).members(of: hub.group).first { $0.name == "Mats Medlem" })
            #expect(try await coach.post(path + "/members/\(mats.id)/end", [:], tokenPage: path).status == .seeOther)
            let ended = try #require(
                try await ReformGroupStore(database: app.db).members(of: hub.group).first { $0.id == mats.id })
            #expect(ended.endsOn == Day(Date()))
        }
    }

    @Test("A member submits ideas and poses challenges in the group's name; the page shows what became of them")
    func actingForTheGroup() async throws {
        try await withTestApp(sharedReads: false) { app in
            let hub = try await ReformGroupFixture.make(app)
            let member = try await hub.browser("mats@example.se")
            let form = try await member.get("/ideas/new?group=\(hub.group)").text
            #expect(form.contains("Du skickar in idén för Reformgrupp miljö"))
            let theme = try #require(try await IdeaStore(database: app.db).themes().first?.id)
            let submitted = try await member.post(
                "/ideas",
                [
                    "title": "Solceller på förskolor", "summary": "Tak", "need": "El", "themes[]": "\(theme)",
                    "reform_group": "\(hub.group)", "action": "submit",
                ],
                tokenPage: "/ideas/new")
            #expect(submitted.status == .seeOther)
            let idea = try #require(
                try await app.db.sql.raw("SELECT id, reform_group_id FROM ideas WHERE title = 'Solceller på förskolor'")
                    .first())
            #expect(try idea.decode(column: "reform_group_id", as: Int?.self) == hub.group)
            // Not for a group one is not in.
            let forged = try await member.post(
                "/ideas",
                [
                    "title": "Annan", "summary": "x", "need": "y", "themes[]": "\(theme)",
                    "reform_group": "\(hub.other)", "action": "submit",
                ],
                tokenPage: "/ideas/new")
            #expect(forged.status == .seeOther)
            let other = try #require(
                try await app.db.sql.raw("SELECT reform_group_id FROM ideas WHERE title = 'Annan'").first())
            #expect(try other.decode(column: "reform_group_id", as: Int?.self) == nil)
            // Challenges in the group's name, by a member with no other role.
            let challenge = try await member.post(
                "/challenges",
                [
                    "title": "Hur minskar vi matsvinnet?", "description": "Skolor", "posed_by": "group-\(hub.group)",
                    "themes[]": "\(theme)", "open_until": "2099-01-01",
                ],
                tokenPage: "/challenges/new?group=\(hub.group)")
            #expect(challenge.status == .seeOther)
            let elsewhere = try await member.post(
                "/challenges",
                [
                    "title": "Annan utmaning", "description": "x", "posed_by": "group-\(hub.other)",
                    "themes[]": "\(theme)", "open_until": "2099-01-01",
                ],
                tokenPage: "/challenges/new")
            #expect(elsewhere.status == .unprocessableEntity)
            // A project from the idea shows on the group's page.
            let ideaID = try idea.decode(column: "id", as: Int.self)
            let triage = TriageStore(database: app.db)
            try await triage.change(ideaID: ideaID, StatusChange(to: .underReview), by: hub.projects.coach, now: Date())
            try await triage.change(
                ideaID: ideaID, StatusChange(to: .accepted, reason: "Bra"), by: hub.projects.coach, now: Date())
            _ = try await hub.projects.store.create(
                ProjectDraft(
                    title: "Solcellsprojektet", what: "Tak", organizationIDs: [hub.projects.department], themeIDs: [],
                    visibility: .public, leadID: hub.projects.lead, coachID: hub.projects.coach),
                ideaID: ideaID, createdBy: hub.projects.coach, now: Date())
            let page = try await TestBrowser(app).get("/reform-groups/\(hub.group)").text
            #expect(page.contains("Solceller på förskolor") && page.contains("Solcellsprojektet"))
            #expect(page.contains("Hur minskar vi matsvinnet?"))
            let api = try object(try await send(app, .GET, "/api/v1/reform-groups/\(hub.group)"))
            #expect((api["ideas"] as? [[String: Any]])?.first?["project"] as? String == "Solcellsprojektet")
            #expect(api["unnamedMembers"] as? Int == 1)
            #expect(!(try await send(app, .GET, "/api/v1/reform-groups/\(hub.group)")).text.contains("Hemligt möte"))
            #expect(try await send(app, .GET, "/api/v1/reform-groups").text.contains("Reformgrupp integration"))
            #expect(try await send(app, .GET, "/api/v1/reform-groups/999999").status == .notFound)
        }
    }

    @Test("Personal data: a membership is in the member's export; deleting the account takes the name from it")
    func personalData() async throws {
        try await withTestApp { app in
            let hub = try await ReformGroupFixture.make(app)
            let export = try await AccountExport.make(
                accountID: hub.member, database: app.db, hasher: app.password, now: Date())
            let json = String(decoding: try #require(export).json(), as: UTF8.self)
            #expect(json.contains("reformGroupMemberships") && json.contains("Mats Medlem"))
            try await AccountStore(database: app.db, hasher: app.password).delete(id: hub.member, now: Date())
            let page = try await TestBrowser(app).get("/reform-groups/\(hub.group)").text
            #expect(!page.contains("Mats Medlem"))
        }
    }
}
