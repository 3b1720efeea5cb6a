import Dispatch
import Foundation
import Synchronization

extension ParallelMap {
    /// `body(index)` for every index below `count` on up to `threads` threads (0: one per
    /// core), handing each result to `emit` on the calling thread in index order as soon as it
    /// and every result before it are ready.
    ///
    /// Unlike ``map(count:threads:chunk:makeState:releaseState:_:)``, a slow index holds back
    /// only the results after it: everything before it has been emitted already, so a caller
    /// that writes each result as it comes loses nothing to a later failure.
    ///
    /// - Complexity: O(`count`) calls of `body` and `emit`; at most `count` results held.
    package static func forEachInOrder<Result: Sendable>(
        count: Int, threads: Int, _ body: @escaping @Sendable (Int) -> Result, emit: (Result) throws -> Void
    ) rethrows {
        let workers = max(1, min(threads > 0 ? threads : coreCount, count))
        if workers == 1 {
            for index in 0..<count { try emit(body(index)) }
            return
        }
        let results = OrderedResults<Result>(count: count)
        let next = Atomic<Int>(0)
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) {
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < count else { break }
                    results.store(body(index), at: index)
                }
            }
        }
        defer {
            // Stop handing out work if `emit` threw, and let the workers finish what they hold.
            next.store(count, ordering: .relaxed)
            group.wait()
        }
        for index in 0..<count { try emit(results.take(index)) }
    }

    /// Results stored by workers and taken, in order, by one consumer that waits for each.
    private final class OrderedResults<Value: Sendable>: @unchecked Sendable {
        // Safety: every slot is written once under `condition`'s lock and read under it.
        private var slots: [Value?]
        private let condition = NSCondition()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func store(_ value: Value, at index: Int) {
            condition.lock()
            slots[index] = value
            condition.broadcast()
            condition.unlock()
        }

        func take(_ index: Int) -> Value {
            condition.lock()
            defer { condition.unlock() }
            while slots[index] == nil { condition.wait() }
            let value = slots[index]!
            slots[index] = nil
            return value
        }
    }
}
