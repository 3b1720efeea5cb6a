/// An `Int32` value per term id, emptied in constant time by bumping a generation stamp.
///
/// Used as the unigram counts that clip union-LCS hits (default 0) and as the map from term
/// ids to bit-mask slots of ``BitParallelLCS`` (default -1).
struct TermTable {
    private let defaultValue: Int32
    private var values: [Int32] = []
    private var stamps: [UInt32] = []
    private var generation: UInt32 = 0

    init(defaultValue: Int32) {
        self.defaultValue = defaultValue
    }

    /// Empties the table for ids below `vocabulary`.
    mutating func reset(vocabulary: Int) {
        if values.count < vocabulary {
            let size = max(vocabulary, values.count * 2, 1024)
            values = Array(repeating: defaultValue, count: size)
            stamps = Array(repeating: 0, count: size)
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 1
        }
    }

    /// The value of `term`, or the default.
    @inline(__always)
    func value(of term: Int32) -> Int32 {
        let index = Int(term)
        return index < stamps.count && stamps[index] == generation ? values[index] : defaultValue
    }

    @inline(__always)
    mutating func set(_ term: Int32, _ value: Int32) {
        let index = Int(term)
        stamps[index] = generation
        values[index] = value
    }

    /// Adds one to the value of every term of `terms` (counting occurrences).
    mutating func count(_ terms: UnsafeBufferPointer<Int32>) {
        for term in terms { set(term, value(of: term) + 1) }
    }
}
