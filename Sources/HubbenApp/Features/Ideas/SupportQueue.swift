import Fluent
import Foundation

/// Supports from concurrent requests, written together: while one batch commits, the next gathers. Each
/// request is answered only after the transaction holding its support has committed, so nothing is
/// acknowledged that could be lost; many supports share one commit (one sync to disk) instead of each
/// paying for its own. On SQLite that sync, not the work, set the pace (docs/PERFORMANCE.md).
actor SupportQueue {
    private typealias Waiting = (
        ideaID: Int, accountID: Int, now: Date,
        reply: CheckedContinuation<Result<IdeaStore.SupportOutcome, any Error>, Never>
    )
    private var waiting: [Waiting] = []
    private var writing = false
    static let batchLimit = 500

    /// Supports the idea once for the account and answers its count.
    func support(ideaID: Int, accountID: Int, database: any Database, now: Date) async throws -> Int {
        let result = await withCheckedContinuation { reply in
            waiting.append((ideaID, accountID, now, reply))
            if !writing {
                writing = true
                Task { await self.write(database) }
            }
        }
        guard case .counted(let count) = try result.get() else { throw IdeaError.notFound }
        return count
    }

    private func write(_ database: any Database) async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(Self.batchLimit))
            waiting.removeFirst(batch.count)
            do {
                // One commit, one time: the latest of the requests it answers.
                let now = batch.map(\.now).max() ?? .distantPast
                let outcomes = try await IdeaStore(database: database).support(
                    batch.map { ($0.ideaID, $0.accountID) }, now: now)
                for (item, outcome) in zip(batch, outcomes) { item.reply.resume(returning: .success(outcome)) }
            } catch {
                for item in batch { item.reply.resume(returning: .failure(error)) }
            }
        }
        writing = false
    }
}
