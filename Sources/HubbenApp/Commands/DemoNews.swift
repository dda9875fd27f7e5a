import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's news: a dozen posts by the hub team over the last months — one still a draft, one scheduled for
/// next week — linked to the demo's public projects, events and partners, with comments from members and
/// guests, a few guests' comments still waiting for moderation. Once per database.
enum DemoNews {
    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        guard
            try await db.sql.raw("SELECT COUNT(*) AS n FROM news_posts").first()?.decode(column: "n", as: Int.self)
                == 0,
            let coach = demoAccounts["coach"], let resident = demoAccounts["resident"],
            let staff = demoAccounts["staff"]
        else { return }
        progress("News")
        let now = app.hubben.clock.now()
        let themes = try await IdeaStore(database: db).themes()
        func theme(_ slug: String) -> [Int] { themes.filter { $0.slug == slug }.map(\.id) }
        func ids(_ query: SQLQueryString) async throws -> [Int] {
            try await db.sql.raw(query).all().map { try $0.decode(column: "id", as: Int.self) }
        }
        let projects = try await ids("SELECT id FROM projects WHERE visibility = 'public' ORDER BY id LIMIT 6")
        let events = try await ids("SELECT id FROM events WHERE visibility = 'public' ORDER BY starts_at LIMIT 4")
        let partners = try await ids(
            "SELECT organization_id AS id FROM partner_profiles ORDER BY organization_id LIMIT 3")
        func pick(_ list: [Int], _ index: Int) -> [Int] { list.isEmpty ? [] : [list[index % list.count]] }
        let posts: [(title: String, summary: String, body: String, theme: String)] = [
            (
                "Hubben öppnar dörrarna för invånarna",
                "Nu kan alla följa arbetet i innovationshubben och lämna idéer direkt.",
                "Från och med i dag är **Hubben** öppen för alla.\n\n## Så tar du del\n\n- Lämna en idé\n- Följ projekten\n- Anmäl intresse för att testa",
                "digitalisering"
            ),
            (
                "Demodag: fem projekt visade vad de lärt sig",
                "Fem team visade sina prototyper för stadens förvaltningar och partner.",
                "Under demodagen visade fem team sina resultat. Två gick vidare till *proof of concept*.",
                "foretagsamhet"
            ),
            (
                "Ny utmaning: färre bilresor till skolan",
                "Miljöförvaltningen söker idéer för tryggare och grönare skolvägar.",
                "Utmaningen är öppen i sex veckor. Läs mer och [lämna en idé](/ideas/new).", "miljo"
            ),
            (
                "Kompetensdag om tjänstedesign",
                "Lär dig intervjua användare och göra en enkel prototyp på en eftermiddag.",
                "Vi går igenom behovsinsikt, pretotyper och hur man mäter resultat.", "digitalisering"
            ),
            (
                "Partnerskap med energibolaget förlängs",
                "Samarbetet om smarta fastigheter fortsätter i två år till.",
                "Partnern bidrar med både medfinansiering och personal till projekten.", "miljo"
            ),
            (
                "Reformgruppen för integration har träffat föreningslivet",
                "Ett trettiotal föreningar deltog i medborgardialogen.",
                "Dialogen gav tre nya idéer som nu bedöms av hubbens team.", "integration"
            ),
            (
                "Så beslutar vi vid en grind",
                "Varje fas avslutas med ett beslut: gå vidare, ändra riktning eller stoppa – med lärdomar.",
                "Ett beslut att stoppa är också ett resultat. Vi publicerar lärdomarna.", "digitalisering"
            ),
            (
                "Testanvändare sökes till ny app för felanmälan",
                "Vill du testa en tidig version? Anmäl intresse, så hör vi av oss.",
                "Testerna tar en halvtimme och görs på biblioteket eller hemifrån.", "digitalisering"
            ),
            (
                "Lärdomar från pilotprojektet med cykelpoolen",
                "Piloten avslutades, men lärdomarna lever vidare i nästa upphandling.",
                "Användningen var lägre än väntat vintertid. Läs hela rapporten i projektets logg.", "miljo"
            ),
            (
                "Nya projektytor i hubben under våren",
                "Tre förvaltningar flyttar in med sina team i hubbens projektytor.",
                "Ytorna bokas för en period och delas med partner.", "foretagsamhet"
            ),
            (
                "Utkast: sammanfattning av året",
                "Ett utkast som bara hubbens team ser.",
                "Texten skrivs klart i december.", "digitalisering"
            ),
            (
                "Inbjudan till vårens demodag",
                "Schemalagd: publiceras nästa vecka.",
                "Anmälan öppnar samtidigt som nyheten publiceras.", "foretagsamhet"
            ),
        ]
        let store = NewsStore(database: db)
        var published: [Int] = []
        for (index, post) in posts.enumerated() {
            let written = now.addingTimeInterval(-Double(posts.count - index) * 9 * 86_400)
            let status: NewsStatus = index == 10 ? .draft : .published
            let publishAt = index == 11 ? now.addingTimeInterval(7 * 86_400) : (status == .published ? written : nil)
            let id = try await store.insert(
                NewsPostDraft(
                    title: post.title, summary: post.summary, body: post.body, imageAlt: "",
                    themeIDs: theme(post.theme), projectIDs: pick(projects, index), eventIDs: pick(events, index),
                    partnerIDs: index % 3 == 1 ? pick(partners, index) : [], status: status, publishAt: publishAt),
                image: nil, authorID: coach, now: written)
            if index < 10 { published.append(id) }
        }
        let comments: [(String, Int?, String, String, CommentModeration)] = [
            ("Äntligen! Ser fram emot att följa projekten.", resident, "", "", .approved),
            ("Bra att lärdomarna publiceras också när man stoppar.", staff, "", "", .approved),
            ("Kommer demodagen att filmas?", nil, "Leila", "leila@demo.hubben.example", .approved),
            (
                "Vi vill gärna vara med som testare från vår förening.", nil, "Tomas", "tomas@demo.hubben.example",
                .pending
            ),
            ("Finns det parkering vid hubben?", nil, "Anders", "anders@demo.hubben.example", .pending),
            ("Spännande!", nil, "Mira", "mira@demo.hubben.example", .hidden),
        ]
        for (index, comment) in comments.enumerated() {
            guard let postID = published.isEmpty ? nil : published[index % published.count] else { break }
            let id = try await store.addComment(
                postID: postID, accountID: comment.1,
                NewsCommentDraft(body: comment.0, guestName: comment.2, guestEmail: comment.3),
                moderation: comment.4 == .hidden ? .approved : comment.4, confirmTokenHash: nil,
                now: now.addingTimeInterval(-Double(comments.count - index) * 3_600))
            if comment.4 == .hidden {
                try await store.moderate(id, to: .hidden, reason: "Dubblett", by: coach, now: now)
            }
        }
    }
}
