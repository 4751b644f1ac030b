import MILP

/// Capacitated facility location in the style of Cornuéjols, Sridharan and Thizy: customers and
/// facilities at uniform points of the unit square; integer demands 5–35; capacities 10–160
/// scaled so that total capacity is `capacityRatio` times total demand; fixed costs
/// `U[0, 90] + U[100, 110]·√capacity` (drawn on the unscaled capacity); serving all of a
/// customer's demand from a facility costs 10 × distance × demand.
///
/// The model: continuous shares `x_ij ∈ [0, 1]` of customer `i` served by facility `j`, binary
/// `y_j` to open `j`; every customer fully served; a facility serves at most its capacity and
/// only when open; the tightening `x_ij ≤ y_j`; and the cut that open capacity covers total
/// demand. Minimise fixed plus transport cost.
public struct CapacitatedFacilityLocation: Distribution {
    /// The sizes of a facility location distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Customers.
        public var customers: Int
        /// Candidate facilities.
        public var facilities: Int
        /// Total capacity divided by total demand.
        public var capacityRatio: Double

        /// Parameters from their values; a capacity ratio of 5 unless given.
        public init(customers: Int, facilities: Int, capacityRatio: Double = 5) {
            self.customers = customers
            self.facilities = facilities
            self.capacityRatio = capacityRatio
        }
    }

    /// `facility`.
    public static let name = "facility"
    /// `capacitated facility location`.
    public static let domain = "capacitated facility location"
    /// The version of the recipe above.
    public static let generatorVersion = "facility-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(customers: 8, facilities: 5)
        case .easy: Parameters(customers: 40, facilities: 40)
        case .medium: Parameters(customers: 100, facilities: 100)
        case .hard: Parameters(customers: 150, facilities: 150)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A facility location distribution; needs at least one customer and facility and a capacity
    /// ratio of at least 1, so that opening every facility is feasible.
    public init(_ parameters: Parameters) {
        precondition(parameters.customers >= 1 && parameters.facilities >= 1, "facility location needs customers and facilities")
        precondition(parameters.capacityRatio >= 1, "facility location capacity ratio must be at least 1")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let customers = parameters.customers, facilities = parameters.facilities
        var generator = SeededGenerator(seed: seed)
        let customerPoints = (0..<customers).map { _ in (generator.nextUnit(), generator.nextUnit()) }
        let facilityPoints = (0..<facilities).map { _ in (generator.nextUnit(), generator.nextUnit()) }
        let demands = (0..<customers).map { _ in Double(generator.integer(in: 5...35)) }
        let drawnCapacities = (0..<facilities).map { _ in Double(generator.integer(in: 10...160)) }
        let fixedCosts = drawnCapacities.map { capacity in
            (generator.uniform(0...90) + generator.uniform(100...110) * capacity.squareRoot()).rounded()
        }
        let totalDemand = demands.reduce(0, +)
        let scale = parameters.capacityRatio * totalDemand / drawnCapacities.reduce(0, +)
        var capacities = drawnCapacities.map { ($0 * scale).rounded() }
        // Rounding must not undo the ratio's promise that opening everything is feasible.
        capacities[0] += max(0, totalDemand - capacities.reduce(0, +))

        var model = Model(name: Self.name)
        let open = model.addVariables(count: facilities, kind: .binary) { "open\($0)" }
        let serve = (0..<customers).map { customer in
            model.addVariables(count: facilities, upperBound: 1) { "x\(customer)_\($0)" }
        }
        for customer in 0..<customers {
            model.addConstraint(LinearExpression(serve[customer].map { ($0, 1.0) }) == 1, name: "demand\(customer)")
        }
        for facility in 0..<facilities {
            var load = LinearExpression((0..<customers).map { (serve[$0][facility], demands[$0]) })
            load.add(-capacities[facility], open[facility])
            model.addConstraint(load <= 0, name: "capacity\(facility)")
        }
        for customer in 0..<customers {
            for facility in 0..<facilities {
                model.addConstraint(serve[customer][facility] <= LinearExpression(open[facility]), name: "tight\(customer)_\(facility)")
            }
        }
        model.addConstraint(LinearExpression((0..<facilities).map { (open[$0], capacities[$0]) }) >= totalDemand, name: "total_capacity")

        var cost = LinearExpression((0..<facilities).map { (open[$0], fixedCosts[$0]) })
        for customer in 0..<customers {
            for facility in 0..<facilities {
                let (cx, cy) = customerPoints[customer], (fx, fy) = facilityPoints[facility]
                let distance = ((cx - fx) * (cx - fx) + (cy - fy) * (cy - fy)).squareRoot()
                cost.add((10 * distance * demands[customer]).rounded(toPlaces: 3), serve[customer][facility])
            }
        }
        model.minimize(cost)
        return model
    }
}
