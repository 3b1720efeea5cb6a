extension DirectedCentrality {
    /// The same scores as ``scores(cosine:)``, from the sentence vectors instead of a stored
    /// graph, in time and memory linear in the document for the default parameters.
    ///
    /// With a zero threshold and some pair of sentences sharing no term (every real text), the
    /// cutoff is 0 and a sentence's score is `following · x_i · Σ_{j>i} x_j + preceding ·
    /// x_i · Σ_{j<i} x_j`: running sums of the vectors, one pass each. A positive threshold
    /// needs the edges above the cutoff, found by ``SimilarityEdgeSearch`` among the distinct
    /// sentence vectors within ``ImplicitSimilarity/edgeWindow`` of each other (the highest
    /// similarity, which sets the cutoff, is taken over those pairs too); a text where every
    /// pair shares a term (repeated sentences) compares its distinct vectors pairwise to find
    /// the lowest similarity.
    func scores(similarity: ImplicitSimilarity) -> [Float] {
        let n = similarity.count
        guard n > 1 else { return [Float](repeating: 0, count: n) }
        let preceding = Double(parameters.precedingWeight)
        let following = Double(parameters.followingWeight)
        let threshold = Float(parameters.threshold)
        let zeros = [Float](repeating: 0, count: n)

        func runningSums(cut: Float) -> [Float] {
            // Every pair with a positive weight is an edge, and none weighs less than the cut
            // (with no absent pair, all pairs are edges of weight ≥ low = cut).
            let after = following != 0 ? similarity.forwardSums() : nil
            let before = preceding != 0 ? similarity.backwardSums() : nil
            let c = Double(cut)
            return (0..<n).map { i in
                var score = 0.0
                if let after { score += following * (after[i] - c * Double(n - 1 - i)) }
                if let before { score += preceding * (before[i] - c * Double(i)) }
                return Float(score)
            }
        }

        let absent = similarity.hasAbsentPair()
        if absent && threshold == 0 {
            // The cut is 0 when some edge exists: weights are positive where terms are shared.
            var frequency = [Int](repeating: 0, count: similarity.vectors.columnCount)
            for column in similarity.vectors.columns {
                frequency[Int(column)] += 1
                if frequency[Int(column)] > 1 { return runningSums(cut: 0) }
            }
            return zeros
        }
        let classes = SentenceClasses(similarity.vectors)
        let representatives = classes.representatives
        // The similarity of two copies of one sentence, where a class has copies.
        let selfWeights = (0..<classes.count).map { c in
            classes.sizes[c] > 1 ? ImplicitSimilarity.dot(representatives, c, c) : nil
        }
        let (low, high) = absent
            ? (0, Self.highestWeight(representatives, selfWeights: selfWeights, window: similarity.edgeWindow))
            : Self.weightRange(representatives, selfWeights: selfWeights)
        guard high > low else { return zeros }
        let cut = low + threshold * (high - low)
        if threshold == 0 { return runningSums(cut: cut) }

        // Edges above the cut between distinct vectors, and between copies of one.
        let edges = SimilarityEdgeSearch.edges(of: representatives, above: cut, window: similarity.edgeWindow)
        let members = classes.members()
        return (0..<n).map { i in
            let c = Int(classes.classOf[i])
            var score = 0.0
            func add(_ d: Int, _ weight: Float) {
                let e = Double(weight - cut)
                guard e > 0 else { return }
                let list = members[d]
                let earlier = Self.countBelow(i, in: list)
                let later = list.count - earlier - (d == c ? 1 : 0)
                score += following * e * Double(later) + preceding * e * Double(earlier)
            }
            for (d, w) in edges.row(c) { add(Int(d), w) }
            if let w = selfWeights[c] { add(c, w) }
            return Float(score)
        }
    }

    /// The number of elements of the ascending `list` below `value`.
    private static func countBelow(_ value: Int, in list: [Int]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The highest similarity of two sentences at most `window` distinct sentences apart: a
    /// lower bound from copies and neighbours, then every edge above it.
    private static func highestWeight(_ rows: SparseRows, selfWeights: [Float?], window: Int) -> Float {
        var bound = selfWeights.compactMap { $0 }.max() ?? 0
        for c in 0..<max(rows.rowCount - 1, 0) { bound = max(bound, ImplicitSimilarity.dot(rows, c, c + 1)) }
        guard bound > 0 else { return 0 }
        let edges = SimilarityEdgeSearch.edges(of: rows, above: bound * (1 - 1e-4), window: window)
        return max(bound, edges.values.max() ?? 0)
    }

    /// The lowest and highest similarity over all pairs, when every pair shares a term: all
    /// pairs of distinct vectors, and copies of one.
    private static func weightRange(_ rows: SparseRows, selfWeights: [Float?]) -> (low: Float, high: Float) {
        var low = Float.infinity, high = -Float.infinity
        for w in selfWeights.compactMap({ $0 }) {
            low = min(low, w)
            high = max(high, w)
        }
        for a in 0..<rows.rowCount {
            for b in (a + 1)..<max(rows.rowCount, a + 1) {
                let w = ImplicitSimilarity.dot(rows, a, b)
                low = min(low, w)
                high = max(high, w)
            }
        }
        return (low, high)
    }
}
