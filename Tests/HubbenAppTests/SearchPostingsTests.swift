import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import SQLKit
import Testing
import VaporTesting

@Suite("The idea search in rank order")
struct SearchPostingsTests {
    @Test("Weights: more occurrences weigh more, a longer idea less; the prefix's end is the next string")
    func weights() throws {
        let short = Dictionary(uniqueKeysWithValues: SearchPostings.weights(["cykel", "cykel", "bana"]))
        #expect(short.count == 2)
        #expect(try #require(short["cykel"]) > (try #require(short["bana"])))
        let long = Dictionary(
            uniqueKeysWithValues: SearchPostings.weights(["cykel"] + Array(repeating: "ord", count: 80)))
        #expect(try #require(long["cykel"]) < (try #require(short["bana"])))
        #expect(SearchPostings.weights([]).isEmpty)
        #expect(SearchPostings.successor(of: "cykel") == "cykem")
        #expect(SearchPostings.successor(of: "skå") == "skæ")
        #expect(SearchPostings.successor(of: "") == nil)
    }

    @Test(
        "One word ranks by its best form, filters apply, every page agrees with one pass over all matches, and the count is the full-text count"
    )
    func ranked() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            var ids: [String: Int] = [:]
            for (title, summary, theme) in [
                ("Cykelbana till skolan", "En cykelbana längs vägen, cykelbana hela vägen.", "miljo"),
                ("Cykelställ vid stationen", "Tak över cykelställen.", "miljo"),
                ("Fler bänkar i parken", "Bänkar för den som vill vila en stund på väg hem.", "miljo"),
                ("Lånecyklar", "Cykel att låna vid biblioteket, en cykel per familj.", "integration"),
                ("Cykelverkstad", "Laga din cykel själv, med verktyg och hjälp.", "integration"),
                ("Cykelkarta", "En karta över stadens cykelvägar, gjord av cyklister för cyklister.", "miljo"),
            ] {
                ids[title] = try await app.makeIdea(title, summary: summary, themes: [theme], authorID: eva)
            }
            let store = IdeaStore(database: app.db)
            let all = try await store.list(.init(text: "cykel", sort: .relevance, per: 100))
            #expect(all.total == 5 && all.ideas.count == 5)
            #expect(!all.ideas.map(\.title).contains("Fler bänkar i parken"))
            // "Cykelbana" in the title (counted twice) and twice in the summary weighs most.
            #expect(all.ideas.first?.title == "Cykelbana till skolan")

            var paged: [Int] = []
            for page in 1...3 {
                let one = try await store.list(.init(text: "cykel", sort: .relevance, page: page, per: 2))
                #expect(one.total == 5)
                paged += one.ideas.map(\.id)
            }
            #expect(paged == all.ideas.map(\.id))

            // The bounded path and one pass over every match give the same order.
            let sql = try app.db.sql
            let query = SearchText.query("cykel")
            let conditions: [SQLQueryString] = ["ideas.status <> \(bind: IdeaStatus.merged.rawValue)"]
            let bounded = try await SearchPostings(sql: sql).ranked(query, conditions: conditions, offset: 0, count: 5)
            var unbounded = SearchPostings(sql: sql)
            unbounded.boundedDepth = 0
            #expect(try await unbounded.ranked(query, conditions: conditions, offset: 0, count: 5) == bounded)
            var fewForms = SearchPostings(sql: sql)
            fewForms.maximumForms = 1
            #expect(
                try await fewForms.ranked(query, conditions: conditions, offset: 1, count: 2)
                    == bounded.map { Array($0[1..<3]) })
            #expect(
                try await SearchPostings(sql: sql).ranked(
                    SearchText.query("cykel skola"), conditions: [], offset: 0, count: 5) == nil)
            #expect(
                try await SearchPostings(sql: sql).ranked(SearchText.query("qqq"), conditions: [], offset: 0, count: 5)
                    == [])

            let themed = try await store.list(
                .init(text: "cykel", themeSlug: "integration", sort: .relevance, per: 100))
            #expect(Set(themed.ideas.map(\.title)) == ["Lånecyklar", "Cykelverkstad"] && themed.total == 2)

            // An edit moves the idea's postings with it; a word it lost no longer finds it.
            let verkstad = try #require(ids["Cykelverkstad"])
            _ = try await IdeaActions(context: try await app.actionContext(for: eva)).update(
                ideaID: verkstad, title: "Verkstad", summary: "Laga saker själv.", need: nil, themes: nil)
            #expect(
                !(try await store.list(.init(text: "cykel", sort: .relevance, per: 100)).ideas.map(\.id).contains(
                    verkstad)))
            #expect(try await store.list(.init(text: "verkstad", sort: .relevance)).ideas.map(\.id) == [verkstad])
        }
    }

    @Test("The migration fills the postings from the ideas already indexed")
    func backfill() async throws {
        try await withTestApp { app in
            let eva = try await app.makeAccount("Eva", "eva@example.se")
            let id = try await app.makeIdea("Cykelbana till skolan", authorID: eva)
            let migration = CreateIdeaSearchPostings()
            try await migration.revert(on: app.db)
            try await migration.prepare(on: app.db)
            let found = try await IdeaStore(database: app.db).list(.init(text: "cykel", sort: .relevance))
            #expect(found.ideas.map(\.id) == [id])
        }
    }
}
