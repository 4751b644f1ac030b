/// A sparse vector over a fixed number of columns, accumulated term by term: a dense array of
/// values with the list of columns touched, so clearing costs only what was written.
struct SparseAccumulator {
    private(set) var values: [Double]
    private(set) var columns: [Int] = []
    private var isTouched: [Bool]

    /// An empty vector over `count` columns.
    init(count: Int) {
        values = [Double](repeating: 0, count: count)
        isTouched = [Bool](repeating: false, count: count)
    }

    /// Adds `value` to the entry of `column`.
    mutating func add(_ value: Double, at column: Int) {
        if !isTouched[column] {
            isTouched[column] = true
            columns.append(column)
        }
        values[column] += value
    }

    /// Sets the entry of `column` to exactly zero (it stays in ``columns``).
    mutating func zero(_ column: Int) {
        values[column] = 0
    }

    /// Makes every entry zero.
    mutating func clear() {
        for column in columns {
            values[column] = 0
            isTouched[column] = false
        }
        columns.removeAll(keepingCapacity: true)
    }
}
