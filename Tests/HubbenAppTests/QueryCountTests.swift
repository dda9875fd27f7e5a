import Fluent
import Foundation
@testable import HubbenApp
import HubbenCore
import Testing
import VaporTesting

/// How many SQL statements the main pages run. The figures are today's; a page that needs one more fails
/// here, and every page must run the same number with twice the ideas, comments and timeline entries (no N+1).
@Suite("Queries per page")
struct QueryCountTests {
    /// Statements per page: anonymous, then signed in as a coach (one for the session and the account, one
    /// for the bell's unread count, then the person's own parts: on the idea page their support and follow in
    /// one, and the scores; on a project page whether they follow it).
    static let budget: [String: (anonymous: Int, signedIn: Int)] = [
        // The live state: organisations, ideas, the board's counts, the latest results (journal, gates,
        // experiments), the next events, open challenges and news; shared between visitors for a moment.
        "/": (16, 18),
        "/ideas": (6, 8),
        // The count, the word forms the prefix covers, then each form's best ideas (`SearchPostings`).
        "/ideas?q=cykel": (9, 11),
        "idea": (5, 9),
        "/projects": (7, 9),
        // The project with its parts, and the partners' contribution totals (one grouped statement).
        "project": (11, 14),
        // Signed in: which reform groups the person may pose challenges for.
        "/challenges": (1, 4),
    ]

    @Test("The main pages run a fixed number of statements, whatever the amount of data")
    func pagesRunAFixedNumberOfStatements() async throws {
        // Every statement a page needs, so nothing shared.
        try await withTestApp(sharedReads: false) { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await hub.acceptedIdea("Cykelbana till skolan")
            let project = try await hub.project("Cykelbanan")
            let coachBrowser = TestBrowser(app)
            try await coachBrowser.signIn("coach@example.se", "ett långt lösenord")
            try await addData(app, hub, idea: idea, project: project, round: 1)
            let counter = QueryCounter(app)
            let paths: [(name: String, path: String)] = [
                ("/", "/"), ("/ideas", "/ideas"), ("/ideas?q=cykel", "/ideas?q=cykel"), ("idea", "/ideas/\(idea)"),
                ("/projects", "/projects"), ("project", "/projects/\(project)"), ("/challenges", "/challenges"),
            ]

            func counts() async throws -> [String: (anonymous: Int, signedIn: Int)] {
                var counts: [String: (anonymous: Int, signedIn: Int)] = [:]
                for (name, path) in paths {
                    let anonymous = try await counter.statements {
                        let response = try await app.testing().sendRequest(.GET, path)
                        #expect(response.status == .ok, "\(path)")
                    }
                    let signedIn = try await counter.statements {
                        let response = try await coachBrowser.get(path)
                        #expect(response.status == .ok, "\(path)")
                    }
                    counts[name] = (anonymous.count, signedIn.count)
                }
                return counts
            }

            let before = try await counts()
            for (name, budget) in Self.budget {
                let count = try #require(before[name])
                #expect(
                    count.anonymous <= budget.anonymous, "\(name) anonymous: \(count.anonymous) > \(budget.anonymous)")
                #expect(count.signedIn <= budget.signedIn, "\(name) signed in: \(count.signedIn) > \(budget.signedIn)")
            }
            try await addData(app, hub, idea: idea, project: project, round: 2)
            let after = try await counts()
            for (name, _) in paths {
                let (small, large) = (try #require(before[name]), try #require(after[name]))
                #expect(
                    small.anonymous == large.anonymous, "\(name) anonymous: \(small.anonymous) → \(large.anonymous)")
                #expect(small.signedIn == large.signedIn, "\(name) signed in: \(small.signedIn) → \(large.signedIn)")
            }
        }
    }

    @Test("The similar-ideas index is built when the server starts: the first person to type waits for no build")
    func similarIdeasPreparedAtStart() async throws {
        try await withTestApp { app in
            let author = try await app.makeAccount("Eva", "eva@example.se")
            _ = try await app.makeIdea("Lånecyklar vid stationen för pendlare", authorID: author)
            try await PrepareSimilarIdeas().didBootAsync(app)
            // Shutting down waits for the build, as it must before the databases close.
            await FinishTasksOnTheSide().shutdownAsync(app)
            let version = try await SimilarIdeas.version(app.db)
            let counter = QueryCounter(app)
            let statements = try await counter.statements {
                let similar = try await app.hubben.similarIdeas.similar(
                    to: "lånecyklar vid stationen för pendlare", database: app.db, version: version)
                #expect(similar.map(\.idea.title) == ["Lånecyklar vid stationen för pendlare"])
            }
            // Only the ideas found are read (with their themes): no look at the ideas' version, no terms loaded.
            #expect(statements.count == 2, "\(statements)")
            #expect(!statements.contains { $0.contains("MAX(updated_at)") || $0.contains(" terms ") }, "\(statements)")
        }
    }

    @Test("With shared reads, a signed-in request of a main page reads only what is the person's own")
    func sharedReadsLeaveThePersonalParts() async throws {
        try await withTestApp(sharedReads: true) { app in
            let hub = try await ProjectFixture.make(app)
            let idea = try await hub.acceptedIdea("Cykelbana till skolan")
            let project = try await hub.project("Cykelbanan")
            let coachBrowser = TestBrowser(app)
            try await coachBrowser.signIn("coach@example.se", "ett långt lösenord")
            coachBrowser.cookies[WriteMiddleware.cookieName] = nil
            let counter = QueryCounter(app)
            // The session and account (the bell's count is a shared read too); on the idea page also the
            // coach's support and follow (the coaches' scores are shared); on the project page whether the coach follows it; on
            // "my bookings" the bookings and whether there is a calendar feed (the resources' rules come from
            // the catalogue).
            let expected: [(path: String, statements: Int)] = [
                ("/", 1), ("/ideas", 1), ("/ideas?q=cykel", 1), ("/ideas/\(idea)", 2), ("/projects", 1),
                ("/projects/\(project)", 2), ("/book/mine", 3),
            ]
            for (path, statements) in expected {
                _ = try await coachBrowser.get(path)
                let again = try await counter.statements {
                    let response = try await coachBrowser.get(path)
                    #expect(response.status == .ok, "\(path)")
                }
                #expect(again.count == statements, "\(path): \(again)")
            }
        }
    }

    /// Ideas with supports and comments, and a project timeline with experiments and journal entries.
    private func addData(_ app: Application, _ hub: ProjectFixture, idea: Int, project: Int, round: Int) async throws {
        let comments = CommentStore(database: app.db)
        let coach = ProjectActions(context: try await app.actionContext(for: hub.coach))
        for number in 1...5 {
            let author = try await app.makeAccount("Person \(round)-\(number)", "person\(round)-\(number)@example.se")
            let other = try await app.makeIdea("Cykelidé \(round)-\(number)", authorID: author)
            _ = try await comments.add(
                ideaID: idea, authorID: author, parentID: nil, body: "Kommentar \(round)-\(number)", now: Date())
            _ = try await comments.add(
                ideaID: other, authorID: hub.resident, parentID: nil, body: "Svar \(round)-\(number)", now: Date())
            _ = try await coach.addJournalEntry(
                projectID: project,
                JournalDraft(kind: .note, title: "Anteckning \(round)-\(number)", body: "Text", visibility: .public))
            _ = try await coach.addGoal(
                projectID: project,
                EffectGoalDraft(
                    what: "Mål \(round)-\(number)", forWhom: "Elever", measure: "Antal", baseline: "1", target: "2"))
        }
        _ = try await hub.project("Projekt \(round)")
    }
}
