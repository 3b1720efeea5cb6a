import LedeText

/// The leading singular triplets `(σᵢ, uᵢ, vᵢ)` of a dense matrix, from LAPACK.
///
/// A full thin decomposition (`sgesdd`) gives them all; for a few triplets of a large matrix,
/// randomized range finding (Halko, Martinsson and Tropp, 2011) is cheaper: the range of the
/// matrix times a random block, sharpened by power iterations and orthonormalized, projects
/// the matrix to a small one whose decomposition gives the leading triplets.
/// ``leading(_:of:rows:columns:)`` picks the cheaper by ``CostModel``.
package struct SingularTriplets: Sendable {
    /// The singular values, descending.
    var values: [Float]
    /// The left singular vectors, column-major `rows x values.count`; empty when they were not
    /// asked for.
    var left: [Float]
    /// The right singular vectors, column-major `values.count x columns` (row `i` is `vᵢ`).
    var rightTransposed: [Float]
    var rows: Int
    var columns: Int

    var count: Int { values.count }

    /// Component `j` of the right singular vector `i`.
    func right(_ i: Int, _ j: Int) -> Float { rightTransposed[i + j * count] }

    /// Component `j` of the left singular vector `i`.
    func left(_ i: Int, _ j: Int) -> Float { left[j + i * rows] }

    /// How a decomposition is computed.
    package enum Method: Sendable, Equatable {
        /// The full thin decomposition.
        case full
        /// Randomized range finding with `oversampling` extra columns and `powerIterations`.
        case randomized(oversampling: Int, powerIterations: Int)

        package static let randomizedDefault = Method.randomized(oversampling: 10, powerIterations: 20)
    }

    /// The `k` leading triplets of the column-major `rows x columns` matrix `a`, by the method
    /// ``CostModel`` expects to be faster. `nil` if LAPACK fails.
    /// With `needsLeft` false, the left vectors may be left out (see ``compute(_:of:rows:columns:method:needsLeft:)``).
    static func leading(_ k: Int, of a: [Float], rows: Int, columns: Int, needsLeft: Bool = true) -> SingularTriplets? {
        let method = CostModel.measured.cheaper(k: k, rows: rows, columns: columns)
        return compute(k, of: a, rows: rows, columns: columns, method: method, needsLeft: needsLeft)
    }

    /// The `k` leading triplets of `a` by `method` (at most `min(rows, columns)`).
    ///
    /// Without `needsLeft`, the full decomposition of a tall matrix decomposes the triangular
    /// factor of its QR factorization instead, which has the same singular values and right
    /// vectors and costs less than forming the left vectors; `left` is then empty.
    package static func compute(_ k: Int, of a: [Float], rows: Int, columns: Int, method: Method, needsLeft: Bool = true) -> SingularTriplets? {
        let rank = min(rows, columns)
        let k = min(max(k, 0), rank)
        switch method {
        case .randomized(let oversampling, let powerIterations) where k + oversampling < rank:
            return randomized(k, of: a, rows: rows, columns: columns, width: k + oversampling, powerIterations: powerIterations)
        case _ where !needsLeft && rows > columns:
            guard let r = LAPACK.triangularFactor(a, rows: rows, columns: columns),
                  let (_, s, vt) = LAPACK.thinSVD(r, rows: columns, columns: columns) else { return nil }
            return SingularTriplets(values: s, left: [], rightTransposed: vt, rows: rows, columns: columns).prefix(k)
        default:
            guard let (u, s, vt) = LAPACK.thinSVD(a, rows: rows, columns: columns) else { return nil }
            return SingularTriplets(values: s, left: u, rightTransposed: vt, rows: rows, columns: columns).prefix(k)
        }
    }

    /// The first `k` triplets.
    func prefix(_ k: Int) -> SingularTriplets {
        guard k < count else { return self }
        var vt = [Float](repeating: 0, count: k * columns)
        for j in 0..<columns {
            for i in 0..<k { vt[i + j * k] = right(i, j) }
        }
        return SingularTriplets(
            values: Array(values.prefix(k)), left: Array(left.prefix(k * rows)), rightTransposed: vt,
            rows: rows, columns: columns)
    }

    /// Randomized range finding with a block of `width` columns (`k < width < min(rows, columns)`).
    private static func randomized(_ k: Int, of a: [Float], rows: Int, columns: Int, width: Int, powerIterations: Int) -> SingularTriplets? {
        var generator = SplitMix64(seed: 0x5EED_0F_15A)
        let omega = (0..<(columns * width)).map { _ in Float.random(in: -1..<1, using: &generator) }
        var q = LAPACK.product(a, transposeA: false, omega, rows: rows, inner: columns, columns: width)
        guard LAPACK.orthonormalize(&q, rows: rows, columns: width) else { return nil }
        for _ in 0..<powerIterations {
            var z = LAPACK.product(a, transposeA: true, q, rows: columns, inner: rows, columns: width)
            guard LAPACK.orthonormalize(&z, rows: columns, columns: width) else { return nil }
            q = LAPACK.product(a, transposeA: false, z, rows: rows, inner: columns, columns: width)
            guard LAPACK.orthonormalize(&q, rows: rows, columns: width) else { return nil }
        }
        // b = qᵀ a is width x columns; its decomposition b = ub s vt gives a ≈ (q ub) s vt.
        let b = LAPACK.product(q, transposeA: true, a, rows: width, inner: rows, columns: columns)
        guard let (ub, s, vt) = LAPACK.thinSVD(b, rows: width, columns: columns) else { return nil }
        let u = LAPACK.product(q, transposeA: false, ub, rows: rows, inner: width, columns: width)
        return SingularTriplets(values: s, left: u, rightTransposed: vt, rows: rows, columns: columns).prefix(k)
    }
}
