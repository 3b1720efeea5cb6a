#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// The LAPACK routines the summarizer uses: those of OpenBLAS on Linux, Accelerate's on Apple
/// platforms. Matrices are column-major, as LAPACK takes them.
enum LAPACK {
    #if canImport(Accelerate)
    typealias Integer = __CLPK_integer
    #else
    typealias Integer = blasint
    #endif

    /// The thin singular value decomposition `a = u · diag(s) · vt` of the column-major
    /// `rows x columns` matrix `a`, by divide and conquer (`sgesdd`): `u` is `rows x r`, `vt`
    /// is `r x columns` (both column-major), `s` descending, with `r = min(rows, columns)`.
    /// `nil` when LAPACK reports a failure (it did not converge).
    static func thinSVD(_ a: [Float], rows: Int, columns: Int) -> (u: [Float], s: [Float], vt: [Float])? {
        _ = BLAS.singleThreaded
        let r = min(rows, columns)
        guard r > 0 else { return ([], [], []) }
        var a = a
        var s = [Float](repeating: 0, count: r)
        var u = [Float](repeating: 0, count: rows * r)
        var vt = [Float](repeating: 0, count: r * columns)
        var iwork = [Integer](repeating: 0, count: 8 * r)
        var m = Integer(rows), n = Integer(columns), lda = Integer(rows), ldu = Integer(rows), ldvt = Integer(r)
        var info: Integer = 0
        var jobz = CChar(UInt8(ascii: "S"))
        // A workspace query, then the decomposition.
        var lwork: Integer = -1
        var size: Float = 0
        sgesdd(&jobz, &m, &n, &a, &lda, &s, &u, &ldu, &vt, &ldvt, &size, &lwork, &iwork, &info)
        guard info == 0 else { return nil }
        lwork = Integer(size)
        var work = [Float](repeating: 0, count: max(Int(lwork), 1))
        sgesdd(&jobz, &m, &n, &a, &lda, &s, &u, &ldu, &vt, &ldvt, &work, &lwork, &iwork, &info)
        guard info == 0 else { return nil }
        return (u, s, vt)
    }

    /// The `columns x columns` upper-triangular factor `r` of `a = q · r` (`sgeqrf`) for the
    /// column-major `rows x columns` matrix `a`, `rows >= columns`: `rᵀr = aᵀa`, so `r` has
    /// the singular values and right singular vectors of `a`. `nil` when LAPACK reports an error.
    static func triangularFactor(_ a: [Float], rows: Int, columns: Int) -> [Float]? {
        guard rows >= columns, columns > 0 else { return nil }
        var a = a
        guard householderQR(&a, rows: rows, columns: columns) != nil else { return nil }
        var r = [Float](repeating: 0, count: columns * columns)
        for j in 0..<columns {
            for i in 0...j { r[i + j * columns] = a[i + j * rows] }
        }
        return r
    }

    /// Replaces the column-major `rows x columns` matrix `a` (`rows >= columns`) by an
    /// orthonormal basis of its column space (`sgeqrf`, then `sorgqr`). `false` when LAPACK
    /// reports an error.
    static func orthonormalize(_ a: inout [Float], rows: Int, columns: Int) -> Bool {
        guard rows >= columns, columns > 0 else { return columns == 0 }
        guard var tau = householderQR(&a, rows: rows, columns: columns) else { return false }
        var m = Integer(rows), n = Integer(columns), k = Integer(columns), lda = Integer(rows)
        var info: Integer = 0
        var lwork: Integer = -1
        var size: Float = 0
        sorgqr_(&m, &n, &k, &a, &lda, &tau, &size, &lwork, &info)
        guard info == 0 else { return false }
        lwork = max(Integer(size), n)
        var work = [Float](repeating: 0, count: Int(lwork))
        sorgqr_(&m, &n, &k, &a, &lda, &tau, &work, &lwork, &info)
        return info == 0
    }

    /// Factors the column-major `rows x columns` matrix `a` (`rows >= columns > 0`) in place
    /// by `sgeqrf`: `r` on and above the diagonal, the Householder vectors below it.
    /// - Returns: The reflectors' scalars, or `nil` when LAPACK reports an error.
    private static func householderQR(_ a: inout [Float], rows: Int, columns: Int) -> [Float]? {
        var m = Integer(rows), n = Integer(columns), lda = Integer(rows)
        var tau = [Float](repeating: 0, count: columns)
        var info: Integer = 0
        var lwork: Integer = -1
        var size: Float = 0
        sgeqrf_(&m, &n, &a, &lda, &tau, &size, &lwork, &info)
        guard info == 0 else { return nil }
        lwork = max(Integer(size), n)
        var work = [Float](repeating: 0, count: Int(lwork))
        sgeqrf_(&m, &n, &a, &lda, &tau, &work, &lwork, &info)
        return info == 0 ? tau : nil
    }

    /// `c = op(a) · b` for column-major matrices: `op(a)` is `a` (`rows x inner`) or, with
    /// `transposeA`, `aᵀ` where `a` is `inner x rows`; `b` is `inner x columns`.
    static func product(_ a: [Float], transposeA: Bool, _ b: [Float], rows: Int, inner: Int, columns: Int) -> [Float] {
        _ = BLAS.singleThreaded
        var c = [Float](repeating: 0, count: rows * columns)
        guard rows > 0, columns > 0, inner > 0 else { return c }
        cblas_sgemm(
            CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, CblasNoTrans,
            Integer(rows), Integer(columns), Integer(inner), 1, a, Integer(transposeA ? inner : rows),
            b, Integer(inner), 0, &c, Integer(rows))
        return c
    }

    private static func sgesdd(
        _ jobz: UnsafeMutablePointer<CChar>, _ m: UnsafeMutablePointer<Integer>, _ n: UnsafeMutablePointer<Integer>,
        _ a: UnsafeMutablePointer<Float>, _ lda: UnsafeMutablePointer<Integer>, _ s: UnsafeMutablePointer<Float>,
        _ u: UnsafeMutablePointer<Float>, _ ldu: UnsafeMutablePointer<Integer>, _ vt: UnsafeMutablePointer<Float>,
        _ ldvt: UnsafeMutablePointer<Integer>, _ work: UnsafeMutablePointer<Float>, _ lwork: UnsafeMutablePointer<Integer>,
        _ iwork: UnsafeMutablePointer<Integer>, _ info: UnsafeMutablePointer<Integer>
    ) {
        #if canImport(Accelerate)
        sgesdd_(jobz, m, n, a, lda, s, u, ldu, vt, ldvt, work, lwork, iwork, info)
        #else
        sgesdd_(jobz, m, n, a, lda, s, u, ldu, vt, ldvt, work, lwork, iwork, info, 1)
        #endif
    }
}
