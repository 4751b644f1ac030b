import MILP

/// Combinatorial auctions in the style of Leyton-Brown's "arbitrary relationships": goods with
/// common values and random pairwise compatibilities; bidders who value each good near its common
/// value and bid on bundles grown by compatibility; accept at most one bid per good and at most
/// one bid per bidder (its bids are substitutes); maximise revenue.
///
/// A bidder's bundle starts at a good drawn in proportion to the bidder's values and grows, while
/// a uniform draw falls below `addItemProbability`, by a good drawn in proportion to its summed
/// compatibility with the goods already in the bundle. Its price is the sum of the bidder's values
/// plus the synergy `n·√n` for `n` goods, in cents. After its first bid a bidder adds up to
/// `maximumSubstitutes` more bundles grown from other starting goods. Bundles already bid on are
/// drawn again.
public struct CombinatorialAuction: Distribution {
    /// The sizes and value ranges of an auction distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Goods for sale.
        public var items: Int
        /// Bids in total (binary columns).
        public var bids: Int
        /// The smallest common value of a good.
        public var minimumValue: Double
        /// The largest common value of a good.
        public var maximumValue: Double
        /// How far a bidder's value may stray from the common value, as a share of it.
        public var valueDeviation: Double
        /// The chance of growing a bundle by one more good.
        public var addItemProbability: Double
        /// The most substitute bids a bidder adds to its first.
        public var maximumSubstitutes: Int

        /// Parameters from their values; values 1–100 with 50% deviation, growth chance 0.65 and
        /// up to 5 substitutes unless given.
        public init(items: Int, bids: Int, minimumValue: Double = 1, maximumValue: Double = 100,
                    valueDeviation: Double = 0.5, addItemProbability: Double = 0.65, maximumSubstitutes: Int = 5) {
            self.items = items
            self.bids = bids
            self.minimumValue = minimumValue
            self.maximumValue = maximumValue
            self.valueDeviation = valueDeviation
            self.addItemProbability = addItemProbability
            self.maximumSubstitutes = maximumSubstitutes
        }
    }

    /// `auction`.
    public static let name = "auction"
    /// `combinatorial auctions`.
    public static let domain = "combinatorial auctions"
    /// The version of the recipe above.
    public static let generatorVersion = "auction-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(items: 10, bids: 30)
        case .easy: Parameters(items: 70, bids: 350)
        case .medium: Parameters(items: 200, bids: 1000)
        case .hard: Parameters(items: 400, bids: 2000)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// An auction distribution; needs at least two goods, one bid, fewer bids than bundles, values with
    /// 0 < minimum ≤ maximum, a deviation in [0, 1), a growth chance in [0, 1) and no negative
    /// substitute count.
    public init(_ parameters: Parameters) {
        precondition(parameters.items >= 2 && parameters.bids >= 1, "an auction needs at least 2 items and 1 bid")
        precondition(parameters.items >= 20 || parameters.bids < 1 << parameters.items, "an auction cannot have more bids than bundles")
        precondition(parameters.minimumValue > 0 && parameters.minimumValue <= parameters.maximumValue, "auction values need 0 < minimum ≤ maximum")
        precondition(parameters.valueDeviation >= 0 && parameters.valueDeviation < 1, "auction value deviation must be in [0, 1)")
        precondition(parameters.addItemProbability >= 0 && parameters.addItemProbability < 1, "auction growth chance must be in [0, 1)")
        precondition(parameters.maximumSubstitutes >= 0, "auction substitute count must not be negative")
        self.parameters = parameters
    }

    /// One bid: a bundle of goods, its price and its bidder.
    private struct Bid {
        var bundle: [Int]
        var price: Double
        var bidder: Int
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let items = parameters.items
        var generator = SeededGenerator(seed: seed)
        let commonValues = (0..<items).map { _ in generator.uniform(parameters.minimumValue...parameters.maximumValue) }
        let compatibility = (0..<items).map { good in
            (0..<items).map { other in other == good ? 0 : 1 - generator.nextUnit() }
        }

        var bids: [Bid] = []
        var bundlesBidOn = Set<[Int]>()
        var bidder = 0
        while bids.count < parameters.bids {
            let values = commonValues.map { $0 * (1 + parameters.valueDeviation * (2 * generator.nextUnit() - 1)) }
            var starts = values
            let substitutes = generator.integer(in: 0...parameters.maximumSubstitutes)
            var placed = 0
            while placed <= substitutes, bids.count < parameters.bids, starts.contains(where: { $0 > 0 }) {
                let start = generator.index(weightedBy: starts)
                starts[start] = 0
                let bundle = grownBundle(from: start, compatibility: compatibility, using: &generator)
                guard bundlesBidOn.insert(bundle).inserted else { continue }
                let size = Double(bundle.count)
                let price = bundle.reduce(0) { $0 + values[$1] } + size * size.squareRoot()
                bids.append(Bid(bundle: bundle, price: price.rounded(toPlaces: 2), bidder: bidder))
                placed += 1
            }
            bidder += 1
        }

        var model = Model(name: Self.name)
        let accept = model.addVariables(count: bids.count, kind: .binary) { "bid\($0)" }
        var bidsOnItem = [[Int]](repeating: [], count: items)
        for (index, bid) in bids.enumerated() {
            for good in bid.bundle { bidsOnItem[good].append(index) }
        }
        for good in 0..<items where bidsOnItem[good].count > 1 {
            model.addConstraint(LinearExpression(bidsOnItem[good].map { (accept[$0], 1.0) }) <= 1, name: "item\(good)")
        }
        var first = 0
        while first < bids.count {
            var end = first + 1
            while end < bids.count, bids[end].bidder == bids[first].bidder { end += 1 }
            if end - first > 1 {
                model.addConstraint(LinearExpression((first..<end).map { (accept[$0], 1.0) }) <= 1, name: "bidder\(bids[first].bidder)")
            }
            first = end
        }
        model.maximize(LinearExpression(bids.indices.map { (accept[$0], bids[$0].price) }))
        return model
    }

    /// A bundle grown from `start`, sorted.
    private func grownBundle(from start: Int, compatibility: [[Double]], using generator: inout SeededGenerator) -> [Int] {
        var bundle = [start]
        var affinity = compatibility[start]
        while bundle.count < parameters.items, generator.nextUnit() < parameters.addItemProbability {
            let good = generator.index(weightedBy: affinity)
            bundle.append(good)
            for other in affinity.indices { affinity[other] += compatibility[good][other] }
            for member in bundle { affinity[member] = 0 }
        }
        return bundle.sorted()
    }
}
