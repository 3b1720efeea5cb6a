/// Sentences grouped by identical vectors: a long text that repeats a sentence (a refrain, a
/// boilerplate line, or 100,000 copies of one line) has one class for all its copies, so that
/// algorithms that need explicit edges look at each distinct pair of vectors once.
struct SentenceClasses: Sendable {
    /// The distinct vectors, one row per class, in order of first occurrence.
    var representatives: SparseRows
    /// The class of each sentence.
    var classOf: [Int32]
    /// The number of sentences in each class.
    var sizes: [Int]

    var count: Int { sizes.count }

    init(_ vectors: SparseRows) {
        var representatives = SparseRows(columnCount: vectors.columnCount)
        var classOf = [Int32](repeating: 0, count: vectors.rowCount)
        var sizes: [Int] = []
        var byHash: [Int: [Int32]] = [:]
        for i in 0..<vectors.rowCount {
            let range = vectors.rowStart[i]..<vectors.rowStart[i + 1]
            var hasher = Hasher()
            for k in range {
                hasher.combine(vectors.columns[k])
                hasher.combine(vectors.values[k].bitPattern)
            }
            let key = hasher.finalize()
            let found = byHash[key, default: []].first { c in
                let other = representatives.rowStart[Int(c)]..<representatives.rowStart[Int(c) + 1]
                return other.count == range.count
                    && zip(other, range).allSatisfy {
                        representatives.columns[$0] == vectors.columns[$1]
                            && representatives.values[$0].bitPattern == vectors.values[$1].bitPattern
                    }
            }
            if let found {
                classOf[i] = found
                sizes[Int(found)] += 1
            } else {
                let c = Int32(sizes.count)
                representatives.appendRow(zip(vectors.columns[range], vectors.values[range]).map { (column: $0, value: $1) })
                classOf[i] = c
                sizes.append(1)
                byHash[key, default: []].append(c)
            }
        }
        self.representatives = representatives
        self.classOf = classOf
        self.sizes = sizes
    }

    /// The sentences of each class, ascending.
    func members() -> [[Int]] {
        var members = sizes.map { size in
            var list: [Int] = []
            list.reserveCapacity(size)
            return list
        }
        for (i, c) in classOf.enumerated() { members[Int(c)].append(i) }
        return members
    }
}
