import Dispatch
import Foundation

extension Collection where Index == Int {
    /// `map` spread over `threads` threads; the results are in the original order and do not
    /// depend on the thread count.
    ///
    /// - Parameter threads: the number of worker threads; `nil` uses every core.
    public func parallelMap<T: Sendable>(
        threads: Int? = nil, _ transform: @Sendable (Element) -> T
    ) -> [T] where Element: Sendable, Self: Sendable {
        let workers = Swift.max(1, Swift.min(threads ?? ProcessInfo.processInfo.activeProcessorCount, count))
        if workers == 1 { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        let base = startIndex
        let total = count
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Interleaved assignment keeps long and short items mixed across workers.
            var offset = worker
            while offset < total {
                slots.set(offset, transform(self[base + offset]))
                offset += workers
            }
        }
        return slots.values()
    }
}

/// Write-once result storage shared by worker threads; each slot is written by one thread.
private final class ResultSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<T?>.allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        storage[index] = value
    }

    /// The results; every slot has been written once all workers have returned.
    func values() -> [T] {
        (0..<count).map { index in
            guard let value = storage[index] else { preconditionFailure("result \(index) was never written") }
            return value
        }
    }
}
