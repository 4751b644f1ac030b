import MILP

/// Bin packing in the style of Falkenauer's uniform class: integer item sizes drawn uniformly
/// from a range, bins of a fixed capacity, as many bins as first-fit decreasing needs.
///
/// The model (Kantorovich's): a binary per bin to use it and per item and bin to put the item
/// there; every item in exactly one bin; a bin holds at most its capacity and only when used; bins
/// are used in order (`y_b ≥ y_{b+1}`) to break symmetry; minimise the bins used.
public struct BinPacking: Distribution {
    /// The sizes of a bin packing distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Items to pack.
        public var items: Int
        /// The capacity of every bin.
        public var capacity: Int
        /// The smallest item size.
        public var minimumSize: Int
        /// The largest item size, at most the capacity.
        public var maximumSize: Int

        /// Parameters from their values; capacity 150 and sizes 20–100 unless given.
        public init(items: Int, capacity: Int = 150, minimumSize: Int = 20, maximumSize: Int = 100) {
            self.items = items
            self.capacity = capacity
            self.minimumSize = minimumSize
            self.maximumSize = maximumSize
        }
    }

    /// `binpacking`.
    public static let name = "binpacking"
    /// `bin packing`.
    public static let domain = "bin packing"
    /// The version of the recipe above.
    public static let generatorVersion = "binpacking-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(items: 10)
        case .easy: Parameters(items: 30)
        case .medium: Parameters(items: 34)
        case .hard: Parameters(items: 40)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A bin packing distribution; needs an item and sizes with 1 ≤ minimum ≤ maximum ≤ capacity.
    public init(_ parameters: Parameters) {
        precondition(parameters.items >= 1, "bin packing needs an item")
        precondition(parameters.minimumSize >= 1 && parameters.minimumSize <= parameters.maximumSize && parameters.maximumSize <= parameters.capacity,
                     "bin packing sizes need 1 ≤ minimum ≤ maximum ≤ capacity")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let items = parameters.items, capacity = Double(parameters.capacity)
        var generator = SeededGenerator(seed: seed)
        let sizes = (0..<items).map { _ in Double(generator.integer(in: parameters.minimumSize...parameters.maximumSize)) }
        let bins = firstFitDecreasingBinCount(sizes)

        var model = Model(name: Self.name)
        let use = model.addVariables(count: bins, kind: .binary) { "use\($0)" }
        let put = (0..<items).map { item in
            model.addVariables(count: bins, kind: .binary) { "x\(item)_\($0)" }
        }
        for item in 0..<items {
            model.addConstraint(LinearExpression(put[item].map { ($0, 1.0) }) == 1, name: "assign\(item)")
        }
        for bin in 0..<bins {
            var load = LinearExpression((0..<items).map { (put[$0][bin], sizes[$0]) })
            load.add(-capacity, use[bin])
            model.addConstraint(load <= 0, name: "capacity\(bin)")
        }
        for bin in 1..<bins {
            model.addConstraint(use[bin - 1] >= LinearExpression(use[bin]), name: "order\(bin)")
        }
        model.minimize(use.sum())
        return model
    }

    /// The number of bins first-fit decreasing fills: an upper bound on the optimum.
    private func firstFitDecreasingBinCount(_ sizes: [Double]) -> Int {
        var free: [Double] = []
        for size in sizes.sorted(by: >) {
            if let bin = free.firstIndex(where: { $0 >= size }) {
                free[bin] -= size
            } else {
                free.append(Double(parameters.capacity) - size)
            }
        }
        return free.count
    }
}
