@testable import Lede

extension SimilarityGraph {
    /// Whether the graph is stored as a dense matrix (the kernel's tests check which storage a
    /// path chose).
    var isDense: Bool {
        if case .dense = storage { return true }
        return false
    }
}
