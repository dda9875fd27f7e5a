import Foundation
import Vapor

/// Work that runs apart from any request — a shared read computed anew on the side, the similar-ideas index
/// built at start — counted so that shutting down can wait for it before the databases close.
final class TasksOnTheSide: @unchecked Sendable {
    private let lock = NSLock()
    private var tasks: [Int: Task<Void, Never>] = [:]
    private var nextNumber = 0

    func run(_ work: @escaping @Sendable () async -> Void) {
        lock.withLock {
            let number = nextNumber
            nextNumber += 1
            tasks[number] = Task {
                await work()
                self.lock.withLock { _ = self.tasks.removeValue(forKey: number) }
            }
        }
    }

    /// Waits for every task under way, including those they start meanwhile.
    func finish() async {
        while let task = lock.withLock({ tasks.values.first }) { await task.value }
    }
}

/// Waits at shutdown for the work on the side (`TasksOnTheSide`): the databases close after this handler.
struct FinishTasksOnTheSide: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.hubben.tasksOnTheSide.finish()
    }
}
