import MILP

extension SeededGenerator {
    /// `count` distinct values of `0..<upperBound` in the order drawn (a partial Fisher–Yates
    /// shuffle, so every subset is equally likely).
    mutating func distinctIntegers(_ count: Int, below upperBound: Int) -> [Int] {
        precondition(count <= upperBound, "cannot draw \(count) distinct values below \(upperBound)")
        var pool = Array(0..<upperBound)
        for position in 0..<count {
            pool.swapAt(position, integer(in: position...(upperBound - 1)))
        }
        return Array(pool[..<count])
    }

    /// An index drawn with probability proportional to its weight; weights must be non-negative
    /// with a positive sum.
    mutating func index(weightedBy weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "weights must have a positive sum")
        let target = nextUnit() * total
        var cumulative = 0.0
        for (index, weight) in weights.enumerated() where weight > 0 {
            cumulative += weight
            if target < cumulative { return index }
        }
        return weights.lastIndex { $0 > 0 }!
    }
}
