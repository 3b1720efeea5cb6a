import Foundation

/// The measured times of systems run elsewhere, as `Eval/peers/run_peers.py` writes them: a JSON
/// object whose `"peers"` map names to `{"mean_seconds_per_article": ...}`.
package enum PeerTimings {
    /// The longest time per article accepted: a day.
    package static let maximumSeconds = 86_400.0

    /// Seconds per article by peer name.
    ///
    /// - Throws: ``DatasetError/invalid(path:reason:)`` when the file is not such an object or a
    ///   time is negative or longer than ``maximumSeconds``.
    package static func read(_ path: String) throws(DatasetError) -> [String: Double] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let peers = object["peers"] as? [String: Any] else {
            throw .invalid(path: path, reason: "expected a JSON object with a \"peers\" map")
        }
        var times: [String: Double] = [:]
        for (name, value) in peers {
            if let entry = value as? [String: Any], let seconds = entry["mean_seconds_per_article"] as? Double {
                guard seconds >= 0 && seconds <= maximumSeconds else {
                    throw .invalid(path: path, reason: "\"\(name)\": mean_seconds_per_article must be between 0 and \(Int(maximumSeconds)) (got \(seconds))")
                }
                times[name] = seconds
            }
        }
        return times
    }
}
