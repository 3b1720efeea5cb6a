import Dispatch
import Foundation
import Synchronization

/// Runs independent pieces of work on several threads and gathers their results in order.
///
/// Shared by the modules that spread work over the cores: ROUGE scoring and resampling,
/// evaluations, batch summarization. (It lives in `LedeText` because that is the module they
/// all depend on.)
package enum ParallelMap {
    /// The number of cores this process may use.
    package static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `body(state, index)` for every index below `count`, on up to `threads` threads
    /// (0: one per core). Each thread gets its own state from `makeState` and hands it to
    /// `releaseState` when done. Threads take the next `chunk` indices as they become free, so a
    /// thread slowed down (by another process on its core) does not hold the others back. The
    /// result is in index order and does not depend on the thread count as long as `body`'s
    /// result depends only on the index.
    package static func map<State, Result>(
        count: Int, threads: Int, chunk: Int = 16,
        makeState: @Sendable () -> State,
        releaseState: @Sendable (State) -> Void = { _ in },
        _ body: @Sendable (inout State, Int) -> Result
    ) -> [Result] {
        let workers = max(1, min(threads > 0 ? threads : coreCount, count))
        if workers == 1 {
            var state = makeState()
            defer { releaseState(state) }
            return (0..<count).map { body(&state, $0) }
        }
        let slots = Slots<Result>(count: count)
        let next = Atomic<Int>(0)
        let chunk = max(1, chunk)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state = makeState()
            while true {
                let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                guard start < count else { break }
                for index in start..<min(start + chunk, count) {
                    slots.store(body(&state, index), at: index)
                }
            }
            releaseState(state)
        }
        return slots.take()
    }

    /// Result storage written by several threads, each index by exactly one of them.
    private final class Slots<Value>: @unchecked Sendable {
        // Safety: every index is written once, by one worker, and read only after
        // `concurrentPerform` has returned, which orders the writes before the read.
        private let storage: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil, count: count)
        }

        deinit {
            storage.deinitialize(count: count)
            storage.deallocate()
        }

        func store(_ value: Value, at index: Int) {
            storage[index] = value
        }

        func take() -> [Value] {
            (0..<count).compactMap { storage[$0] }
        }
    }
}

extension Collection where Index == Int {
    /// `map` spread over `threads` threads (`nil`: every core); the results are in the original
    /// order and do not depend on the thread count.
    package func parallelMap<T: Sendable>(
        threads: Int? = nil, _ transform: @Sendable (Element) -> T
    ) -> [T] where Element: Sendable, Self: Sendable {
        let base = startIndex
        return ParallelMap.map(count: count, threads: threads ?? 0, chunk: 1, makeState: { () }) { _, offset in
            transform(self[base + offset])
        }
    }
}
