import Foundation
import Testing
@testable import Lede

/// A matrix and numpy's SVD of it, written by `Eval/lsa/svd_fixtures.py`.
private struct SVDFixture {
    var rows = 0, columns = 0
    /// Column-major, as LAPACK takes it.
    var matrix: [Float] = []
    var values: [Double] = []
    /// The leading separated triplets' vectors: `left[i]` has `rows` components, `right[i]` `columns`.
    var left: [[Double]] = []
    var right: [[Double]] = []
    var strengths: [Double]?

    static let names = ["random-tall", "random-wide", "decaying", "page-001", "page-004"]

    init(named name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/svd/\(name).txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        var index = 0
        func numbers() -> [Double] {
            defer { index += 1 }
            return lines[index].split(separator: " ").compactMap { Double($0) }
        }
        func header() -> [Int] {
            defer { index += 1 }
            return lines[index].split(separator: " ").dropFirst().compactMap { Int($0) }
        }
        let size = header()
        (rows, columns) = (size[0], size[1])
        matrix = [Float](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for (j, x) in numbers().enumerated() { matrix[i + j * rows] = Float(x) }
        }
        _ = header()
        values = numbers()
        let leftSize = header()
        let leftRows = (0..<leftSize[0]).map { _ in numbers() }
        left = (0..<leftSize[1]).map { i in leftRows.map { $0[i] } }
        let rightSize = header()
        let rightRows = (0..<rightSize[0]).map { _ in numbers() }
        right = (0..<rightSize[1]).map { i in rightRows.map { $0[i] } }
        if index < lines.count {
            _ = header()
            strengths = numbers()
        }
    }
}

/// The relative error of `vector` against the unit vector `reference`, up to sign.
private func vectorError(_ vector: [Float], _ reference: [Double]) -> Double {
    let dot = zip(vector, reference).reduce(0.0) { $0 + Double($1.0) * $1.1 }
    let sign: Double = dot < 0 ? -1 : 1
    return zip(vector, reference).reduce(0.0) { $0 + pow(sign * Double($1.0) - $1.1, 2) }.squareRoot()
}

private func checkLeading(_ triplets: SingularTriplets, _ fixture: SVDFixture, count: Int, name: String) {
    #expect(triplets.count >= count)
    for i in 0..<min(count, triplets.count) {
        let valueError = abs(Double(triplets.values[i]) - fixture.values[i]) / fixture.values[i]
        #expect(valueError < 1e-4, "\(name): σ\(i) off by \(valueError)")
        if !triplets.left.isEmpty {
            let left = (0..<fixture.rows).map { triplets.left(i, $0) }
            #expect(vectorError(left, fixture.left[i]) < 1e-4, "\(name): u\(i) off by \(vectorError(left, fixture.left[i]))")
        }
        let right = (0..<fixture.columns).map { triplets.right(i, $0) }
        #expect(vectorError(right, fixture.right[i]) < 1e-4, "\(name): v\(i) off by \(vectorError(right, fixture.right[i]))")
    }
}

@Suite struct SingularTripletsTests {
    @Test(arguments: SVDFixture.names)
    func fullDecompositionAgreesWithNumPy(name: String) throws {
        let fixture = try SVDFixture(named: name)
        let triplets = try #require(SingularTriplets.compute(
            min(fixture.rows, fixture.columns), of: fixture.matrix, rows: fixture.rows, columns: fixture.columns, method: .full))
        #expect(triplets.count == min(fixture.rows, fixture.columns))
        checkLeading(triplets, fixture, count: min(fixture.left.count, 8), name: name)
    }

    /// The triangular factor of a tall matrix's QR factorization has its values and right vectors.
    @Test(arguments: ["random-tall", "decaying", "page-001", "page-004"])
    func rightVectorsFromTheTriangularFactorAgreeWithNumPy(name: String) throws {
        let fixture = try SVDFixture(named: name)
        let triplets = try #require(SingularTriplets.compute(
            fixture.columns, of: fixture.matrix, rows: fixture.rows, columns: fixture.columns, method: .full, needsLeft: false))
        #expect(triplets.left.isEmpty && triplets.count == fixture.columns)
        checkLeading(triplets, fixture, count: min(fixture.left.count, 8), name: name)
    }

    @Test(arguments: ["decaying", "page-001", "page-004"])
    func randomizedLeadingTripletsAgreeWithNumPy(name: String) throws {
        let fixture = try SVDFixture(named: name)
        let k = min(fixture.left.count, 3)
        let triplets = try #require(SingularTriplets.compute(
            k, of: fixture.matrix, rows: fixture.rows, columns: fixture.columns, method: .randomizedDefault))
        #expect(triplets.count == k)
        checkLeading(triplets, fixture, count: k, name: name)
    }

    @Test(arguments: ["page-001", "page-004"])
    func lsaStrengthsAreSumys(name: String) throws {
        let fixture = try SVDFixture(named: name)
        let reference = try #require(fixture.strengths)
        let triplets = try #require(SingularTriplets.leading(
            min(fixture.rows, fixture.columns), of: fixture.matrix, rows: fixture.rows, columns: fixture.columns, needsLeft: false))
        let strengths = LatentSemanticAnalysis().strengths(triplets)
        #expect(strengths.count == reference.count)
        for (ours, theirs) in zip(strengths, reference) {
            #expect(abs(Double(ours) - theirs) / theirs < 1e-4)
        }
    }

    /// With every dimension, a sentence's strength is the length of its column.
    @Test func fullStrengthIsTheColumnLength() throws {
        let fixture = try SVDFixture(named: "random-wide")
        let triplets = try #require(SingularTriplets.leading(12, of: fixture.matrix, rows: 12, columns: 40))
        let strengths = LatentSemanticAnalysis().strengths(triplets)
        for j in 0..<40 {
            let length = (0..<12).reduce(Float(0)) { $0 + pow(fixture.matrix[$1 + j * 12], 2) }.squareRoot()
            #expect(abs(strengths[j] - length) / length < 1e-4)
        }
        // Fewer dimensions lose some of it.
        let fewer = LatentSemanticAnalysis().strengths(triplets.prefix(2))
        #expect(zip(fewer, strengths).allSatisfy { $0 <= $1 * (1 + 1e-5) })
        #expect(zip(fewer, strengths).contains { $0 < $1 * 0.999 })
    }

    @Test func emptyAndDegenerateMatricesGiveNoNaN() throws {
        let zero = try #require(SingularTriplets.compute(2, of: [Float](repeating: 0, count: 6), rows: 3, columns: 2, method: .full))
        #expect(zero.values.allSatisfy { $0 == 0 })
        let none = try #require(SingularTriplets.compute(3, of: [], rows: 0, columns: 4, method: .full))
        #expect(none.count == 0)
    }
}
