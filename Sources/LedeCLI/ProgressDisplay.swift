import Dispatch
import Foundation
import LedeEval
import Synchronization

/// A one-line progress display on standard error (articles done, rate, time left), shown only
/// when standard error is a terminal.
final class ProgressDisplay: Sendable {
    private struct State {
        var system = -1
        var started: UInt64 = 0
        var lastDrawn: UInt64 = 0
    }

    private let systems: [String]
    private let state = Mutex(State())

    /// A display for these systems, or `nil` when standard error is not a terminal.
    init?(systems: [String]) {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        self.systems = systems
    }

    func update(system: Int, done: Int, total: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        let line: String? = state.withLock { state in
            if state.system != system {
                state.system = system
                state.started = now
            }
            guard done == total || now - state.lastDrawn > 100_000_000 else { return nil }
            state.lastDrawn = now
            let elapsed = Double(now - state.started) / 1e9
            let rate = elapsed > 0 ? Double(done) / elapsed : 0
            let left = rate > 0 ? Double(total - done) / rate : 0
            let name = system < systems.count ? systems[system] : "?"
            return String(format: "\r\u{1B}[K[%d/%d] %@: %d/%d articles, %.0f/s, %.0fs left",
                          system + 1, systems.count, name, done, total, rate, left)
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// The display as an evaluation's progress handler.
    var progress: Evaluation.Progress {
        { [self] system, done, total in update(system: system, done: done, total: total) }
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
