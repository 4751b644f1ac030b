import MILP

/// Interchangeable blocks of columns that meet in set packing or partitioning rows, such as the
/// identical bins of a bin packing model, and the columns their symmetry lets be fixed at zero.
///
/// Rows `Σ x_j ≤ 1` or `Σ x_j = 1` over binary columns with unit coefficients are the packing
/// rows; the other rows join the columns they share into blocks. Two blocks are interchangeable
/// when a map of one onto the other keeps every column's packing rows, objective coefficient,
/// bounds and integrality, and carries each of the block's own rows onto one of the other's with
/// the same coefficients and sides. Swapping them then maps every solution to one of the same
/// objective value.
///
/// An orbitope is a class of `m` interchangeable blocks with the packing rows that hold one
/// column of each: a 0-1 matrix whose rows have at most one 1. For any order of its rows, sorting
/// its columns lexicographically decreasing is a permutation of the blocks, and leaves every 1 of
/// the `r`-th row in the first `r + 1` blocks. So the columns of blocks `r + 1, …, m − 1` in that
/// row can be fixed at zero, and some optimal solution, if there is one, remains. The rows are
/// taken heaviest first (by the absolute coefficients of their column in the block's own rows,
/// an item's size in a bin packing model): the items that fit together least are fixed most.
public struct Orbitope: Sendable, Equatable {
    /// The packing rows that hold one column of each block, heaviest first (ties by index).
    public let rows: [Int]
    /// For each of ``rows``, the column of each block in it; blocks in order of their first column.
    public let columns: [[Int]]

    /// The orbitope of `rows` and `columns`.
    public init(rows: [Int], columns: [[Int]]) {
        self.rows = rows
        self.columns = columns
    }

    /// The number of interchangeable blocks.
    public var blockCount: Int { columns.first?.count ?? 0 }

    /// The columns fixed at zero: the column of block `b` in the `r`-th row, for every `b > r`.
    public var columnsFixedAtZero: [Int] {
        columns.enumerated().flatMap { position, row in row.dropFirst(position + 1) }
    }

    /// The orbitopes of `formulation`, one per class of at least two interchangeable blocks that
    /// share a packing row whose columns are free binaries.
    public static func orbitopes(in formulation: Formulation) -> [Orbitope] {
        let isPacking = formulation.rows.map { isPackingRow($0, in: formulation) }
        let blocks = Blocks(formulation, isPacking: isPacking)
        // Only blocks in a packing row, and of a size some other block has, can be in an orbitope.
        let sizes = blocks.members.indices.map { [blocks.members[$0].count, blocks.ownRows[$0].count] }
        var sizeCounts: [[Int]: Int] = [:]
        for size in sizes { sizeCounts[size, default: 0] += 1 }
        var classes: [BlockShape: [Int]] = [:]
        var order: [BlockShape] = []
        for block in blocks.members.indices where sizeCounts[sizes[block]]! >= 2 {
            guard blocks.members[block].contains(where: { !blocks.packingRows[$0].isEmpty }),
                  let shape = blocks.shape(of: block) else { continue }
            if classes[shape] == nil { order.append(shape) }
            classes[shape, default: []].append(block)
        }
        return order.compactMap { shape in
            guard let members = classes[shape], members.count >= 2 else { return nil }
            return orbitope(of: members.map { blocks.canonicalColumns(of: $0) }, shape: shape)
        }
    }

    /// The orbitope of interchangeable blocks, each given by its columns in canonical order.
    private static func orbitope(of blocks: [[Int]], shape: BlockShape) -> Orbitope? {
        // The positions whose column lies in a packing row no other position of the block shares.
        var positionsOfRow: [Int: [Int]] = [:]
        for (position, column) in shape.columns.enumerated() {
            for row in column.packingRows { positionsOfRow[row, default: []].append(position) }
        }
        let packingRows = positionsOfRow.keys.sorted().filter { row in
            guard let positions = positionsOfRow[row], positions.count == 1 else { return false }
            let column = shape.columns[positions[0]]
            return column.lowerBound == 0 && column.upperBound == 1
        }
        guard !packingRows.isEmpty else { return nil }
        // Each position's weight: the absolute coefficients of its column in the block's own rows.
        var weight = [Double](repeating: 0, count: shape.columns.count)
        for row in shape.rows {
            let count = Int(row[0])
            for term in 0..<count { weight[Int(row[1 + 2 * term])] += abs(row[2 + 2 * term]) }
        }
        let weightOfRow = { (row: Int) in weight[positionsOfRow[row]![0]] }
        let rows = packingRows.sorted { weightOfRow($0) > weightOfRow($1) || (weightOfRow($0) == weightOfRow($1) && $0 < $1) }
        let sortedBlocks = blocks.sorted { $0.min()! < $1.min()! }
        return Orbitope(rows: rows, columns: rows.map { row in
            let position = positionsOfRow[row]![0]
            return sortedBlocks.map { $0[position] }
        })
    }

    /// Whether `row` is `Σ x_j ≤ 1` or `Σ x_j = 1` (a lower side of at most 1) over at least two
    /// binary columns with unit coefficients.
    static func isPackingRow(_ row: Formulation.Row, in formulation: Formulation) -> Bool {
        row.columns.count >= 2 && row.upperBound == 1 && row.lowerBound <= 1
            && row.coefficients.allSatisfy { $0 == 1 } && row.columns.allSatisfy { formulation.isBinary($0) }
    }
}

/// The blocks of a formulation: the columns joined by rows other than packing rows.
private struct Blocks {
    let formulation: Formulation
    /// Each block's columns, increasing.
    let members: [[Int]]
    /// Each block's rows other than packing rows.
    let ownRows: [[Int]]
    /// The packing rows each column lies in, increasing.
    let packingRows: [[Int]]
    /// Each column's objective coefficient.
    let objective: [Double]

    init(_ formulation: Formulation, isPacking: [Bool]) {
        self.formulation = formulation
        var components = DisjointSets(count: formulation.columnCount)
        var packing = [[Int]](repeating: [], count: formulation.columnCount)
        for (index, row) in formulation.rows.enumerated() {
            if isPacking[index] {
                for column in row.columns { packing[column].append(index) }
            } else if let first = row.columns.first {
                for column in row.columns.dropFirst() { components.join(first, column) }
            }
        }
        var blockOfRoot: [Int: Int] = [:]
        var members: [[Int]] = []
        for column in 0..<formulation.columnCount {
            let root = components.representative(of: column)
            if let block = blockOfRoot[root] {
                members[block].append(column)
            } else {
                blockOfRoot[root] = members.count
                members.append([column])
            }
        }
        var ownRows = [[Int]](repeating: [], count: members.count)
        for (index, row) in formulation.rows.enumerated() where !isPacking[index] {
            guard let first = row.columns.first else { continue }
            ownRows[blockOfRoot[components.representative(of: first)]!].append(index)
        }
        var objective = [Double](repeating: 0, count: formulation.columnCount)
        for term in formulation.model.objective.expression.terms { objective[term.variable.index] += term.coefficient }
        self.members = members
        self.ownRows = ownRows
        self.packingRows = packing
        self.objective = objective
    }

    /// The block's columns ordered by their packing rows.
    func canonicalColumns(of block: Int) -> [Int] {
        members[block].sorted { packingRows[$0].lexicographicallyPrecedes(packingRows[$1]) }
    }

    /// What any block interchangeable with `block` shares with it, or `nil` when two of its
    /// columns lie in the same packing rows, which leaves the map between blocks open.
    func shape(of block: Int) -> BlockShape? {
        let columns = canonicalColumns(of: block)
        for (first, second) in zip(columns, columns.dropFirst()) where packingRows[first] == packingRows[second] { return nil }
        var position: [Int: Int] = [:]
        for (index, column) in columns.enumerated() { position[column] = index }
        let rows = ownRows[block].map { index in
            let row = formulation.rows[index]
            let terms = zip(row.columns, row.coefficients).map { (position[$0]!, $1) }.sorted { $0.0 < $1.0 }
            return [Double(terms.count)] + terms.flatMap { [Double($0.0), $0.1] } + [row.lowerBound, row.upperBound]
        }
        return BlockShape(
            columns: columns.map { column in
                BlockShape.Column(packingRows: packingRows[column], objective: objective[column], isIntegral: formulation.isIntegral[column],
                                  lowerBound: formulation.lowerBounds[column], upperBound: formulation.upperBounds[column])
            },
            rows: rows.sorted { $0.lexicographicallyPrecedes($1) })
    }
}

/// A block up to the choice of its columns and rows: its columns in canonical order, and its own
/// rows in terms of those positions (term count, then position and coefficient of each term, then
/// the sides), sorted.
private struct BlockShape: Hashable {
    struct Column: Hashable {
        var packingRows: [Int]
        var objective: Double
        var isIntegral: Bool
        var lowerBound: Double
        var upperBound: Double
    }

    var columns: [Column]
    var rows: [[Double]]
}

/// Disjoint sets of `0..<count` under union, with path halving.
private struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The representative of the set holding `element`.
    mutating func representative(of element: Int) -> Int {
        var element = element
        while parent[element] != element {
            parent[element] = parent[parent[element]]
            element = parent[element]
        }
        return element
    }

    /// Joins the sets holding `first` and `second`.
    mutating func join(_ first: Int, _ second: Int) {
        let a = representative(of: first), b = representative(of: second)
        if a != b { parent[max(a, b)] = min(a, b) }
    }
}
