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

    /// Adds one to the value of every term of `terms` (counting occurrences). Every term must
    /// be below the `vocabulary` of the last ``reset(vocabulary:)``.
    mutating func count(_ terms: UnsafeBufferPointer<Int32>) {
        let generation = self.generation, defaultValue = self.defaultValue
        stamps.withUnsafeMutableBufferPointer { stamps in
            values.withUnsafeMutableBufferPointer { values in
                for term in terms {
                    let index = Int(term)
                    values[index] = (stamps[index] == generation ? values[index] : defaultValue) + 1
                    stamps[index] = generation
                }
            }
        }
    }

    /// Uses up one count of each term of `terms` that has one left (a count above 0); returns
    /// how many did. Every term must be below the `vocabulary` of the last ``reset(vocabulary:)``.
    mutating func takeCounts(_ terms: UnsafeBufferPointer<Int32>) -> Int {
        let generation = self.generation, defaultValue = self.defaultValue
        var taken = 0
        stamps.withUnsafeMutableBufferPointer { stamps in
            values.withUnsafeMutableBufferPointer { values in
                for term in terms {
                    let index = Int(term)
                    let left = stamps[index] == generation ? values[index] : defaultValue
                    if left > 0 {
                        values[index] = left - 1
                        stamps[index] = generation
                        taken += 1
                    }
                }
            }
        }
        return taken
    }

    /// Numbers the distinct terms of `terms` 0, 1, … in order of first occurrence, as the
    /// values of a table whose default is negative; returns how many there are.
    mutating func numberDistinct(_ terms: UnsafeBufferPointer<Int32>) -> Int {
        let generation = self.generation
        var distinct: Int32 = 0
        stamps.withUnsafeMutableBufferPointer { stamps in
            values.withUnsafeMutableBufferPointer { values in
                for term in terms where stamps[Int(term)] != generation {
                    stamps[Int(term)] = generation
                    values[Int(term)] = distinct
                    distinct += 1
                }
            }
        }
        return Int(distinct)
    }
}
