/// A sparse matrix in compressed-row form, with `Float` values.
///
/// Row `i` holds the entries `columns[rowStart[i]..<rowStart[i + 1]]` with the matching
/// `values`. Columns within a row are distinct; TF-IDF rows keep them increasing, products of
/// the sparse kernel keep them in the (deterministic) order the accumulation met them.
package struct SparseRows: Sendable, Equatable {
    /// The number of columns.
    var columnCount: Int
    /// `rowCount + 1` offsets into ``columns`` and ``values``.
    var rowStart: [Int]
    package var columns: [Int32]
    var values: [Float]

    package init(columnCount: Int) {
        self.columnCount = columnCount
        self.rowStart = [0]
        self.columns = []
        self.values = []
    }

    init(columnCount: Int, rowStart: [Int], columns: [Int32], values: [Float]) {
        precondition(rowStart.first == 0 && rowStart.last == columns.count && columns.count == values.count)
        self.columnCount = columnCount
        self.rowStart = rowStart
        self.columns = columns
        self.values = values
    }

    var rowCount: Int { rowStart.count - 1 }
    package var nonzeroCount: Int { columns.count }

    /// Appends a row given as `(column, value)` pairs with distinct columns; zero values are dropped.
    package mutating func appendRow(_ entries: some Sequence<(column: Int32, value: Float)>) {
        for entry in entries where entry.value != 0 {
            columns.append(entry.column)
            values.append(entry.value)
        }
        rowStart.append(columns.count)
    }

    /// The entries of row `row`.
    func row(_ row: Int) -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<Float>> {
        let range = rowStart[row]..<rowStart[row + 1]
        return zip(columns[range], values[range])
    }

    /// The entry at `(row, column)`, or 0.
    func value(row: Int, column: Int) -> Float {
        for (candidate, value) in self.row(row) where Int(candidate) == column { return value }
        return 0
    }
}
