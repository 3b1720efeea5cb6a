import Dispatch

/// Timing helpers of the kernel and SVD benchmarks.
enum Timing {
    /// The median seconds of `body` over at least 5 runs, and more (up to 200) while 0.3 s
    /// have not passed.
    static func median(_ body: () -> Void) -> Double {
        var times: [Double] = []
        let start = DispatchTime.now().uptimeNanoseconds
        repeat {
            let t0 = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        } while times.count < 5 || (times.count < 200 && Double(DispatchTime.now().uptimeNanoseconds - start) < 0.3e9)
        times.sort()
        return times[times.count / 2]
    }

    /// `seconds` in microseconds, milliseconds or seconds; `-` when there is no measurement.
    static func format(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        if seconds < 1e-3 { return String(Int((seconds * 1e6).rounded())) + " us" }
        if seconds < 1 { return String((seconds * 1e4).rounded() / 10) + " ms" }
        return String((seconds * 100).rounded() / 100) + " s"
    }
}
