#if canImport(Accelerate)
import Accelerate
#else
import COpenBLAS
#endif

/// The CBLAS routines the summarizer uses: OpenBLAS on Linux, Accelerate on Apple platforms.
///
/// This is the only file that talks to BLAS. OpenBLAS is pinned to one thread: Lede runs
/// documents in parallel instead, and a second BLAS thread makes the small products of
/// sentence graphs slower, not faster.
package enum BLAS {
    /// Pins OpenBLAS to one thread, once. Summarizers call it when they are made, so that the
    /// pool OpenBLAS starts with the process stops spinning early.
    static let singleThreaded: Void = {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
    }()

    /// `c = a * aᵀ` for a row-major `rows x columns` matrix `a`; fills the whole `rows x rows`
    /// result (both triangles).
    package static func gram(_ a: [Float], rows: Int, columns: Int) -> [Float] {
        _ = singleThreaded
        var c = [Float](repeating: 0, count: rows * rows)
        guard rows > 0, columns > 0 else { return c }
        a.withUnsafeBufferPointer { a in
            c.withUnsafeMutableBufferPointer { c in
                cblas_ssyrk(
                    CblasRowMajor, CblasUpper, CblasNoTrans,
                    blasInt(rows), blasInt(columns), 1, a.baseAddress, blasInt(columns),
                    0, c.baseAddress, blasInt(rows))
                for i in 0..<rows {
                    for j in 0..<i { c[i * rows + j] = c[j * rows + i] }
                }
            }
        }
        return c
    }

    /// `y = mᵀ x` for a row-major square `n x n` matrix `m`.
    static func transposedProduct(_ m: [Float], _ x: [Float], into y: inout [Float], n: Int) {
        _ = singleThreaded
        guard n > 0 else { return }
        m.withUnsafeBufferPointer { m in
            x.withUnsafeBufferPointer { x in
                y.withUnsafeMutableBufferPointer { y in
                    cblas_sgemv(
                        CblasRowMajor, CblasTrans, blasInt(n), blasInt(n), 1, m.baseAddress, blasInt(n),
                        x.baseAddress, 1, 0, y.baseAddress, 1)
                }
            }
        }
    }

    #if canImport(Accelerate)
    private static func blasInt(_ value: Int) -> __LAPACK_int { __LAPACK_int(value) }
    #else
    private static func blasInt(_ value: Int) -> blasint { blasint(value) }
    #endif
}
