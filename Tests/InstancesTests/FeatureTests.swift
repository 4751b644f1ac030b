import GLPK
import Instances
import MILP
import Testing

@Suite("Features")
struct FeatureTests {
    /// max 3x + 2y  s.t.  x + 2y ≤ 4,  x − z ≥ −1,  y + z = 3;  x binary, y ∈ {0…5}, z ≥ 0.
    /// The LP optimum is x = 1, y = 1.5, z = 1.5 with objective 6.
    static func model() -> Model {
        var model = Model(name: "features")
        let x = model.addVariable("x", kind: .binary)
        let y = model.addVariable("y", kind: .integer, upperBound: 5)
        let z = model.addVariable("z")
        model.addConstraint(x + 2 * y <= 4)
        model.addConstraint(x - z >= -1)
        model.addConstraint(y + z == 3)
        model.maximize(3 * x + 2 * y)
        return model
    }

    @Test("the vector has one value per name, in the documented order")
    func values() throws {
        let features = try InstanceFeatures(of: Self.model(), relaxationSolver: GLPKSolver())
        #expect(features.values.count == InstanceFeatures.names.count)
        #expect(InstanceFeatures.names.count == 34)
        let expected: [(String, Double)] = [
            ("rows", 3), ("columns", 3), ("nonzeros", 6), ("density", 6.0 / 9), ("integerShare", 2.0 / 3), ("binaryShare", 1.0 / 3),
            ("equalityShare", 1.0 / 3), ("lessEqualShare", 1.0 / 3), ("greaterEqualShare", 1.0 / 3),
            ("coefficientMean", 7.0 / 6), ("coefficientMinimum", 1), ("coefficientMaximum", 2),
            ("negativeCoefficientShare", 1.0 / 6), ("unitCoefficientShare", 5.0 / 6),
            ("rowDegreeMean", 2), ("rowDegreeStandardDeviation", 0), ("columnDegreeMaximum", 2),
            ("objectiveMean", 2.5), ("objectiveStandardDeviation", 0.5), ("objectiveNonzeroShare", 2.0 / 3), ("maximizes", 1),
            ("rightHandSideMean", 2),
            ("lpIsOptimal", 1), ("lpObjective", 6), ("lpFractionalShare", 0.5), ("lpTightRowShare", 2.0 / 3),
        ]
        for (name, value) in expected {
            #expect(abs(try #require(features[name]) - value) < 1e-9, "\(name)")
        }
        #expect(InstanceFeatures.names.prefix(3) == ["rows", "columns", "nonzeros"])
        #expect(InstanceFeatures.names.last == "lpIterations")
    }

    @Test("without a solver the LP entries are NaN and the length is the same")
    func withoutSolver() throws {
        let features = try InstanceFeatures(of: Self.model())
        #expect(features.values.count == InstanceFeatures.names.count)
        #expect(features["lpIsOptimal"] == 0)
        #expect(features["lpObjective"]!.isNaN)
    }

    @Test("features tell distributions apart")
    func distinct() throws {
        let vectors = try InstanceLibrary.distributionNames.map { name in
            try InstanceFeatures(of: InstanceLibrary.model(for: InstanceID(distribution: name, level: .tiny, split: .train, index: 0))).values
        }
        for (position, vector) in vectors.enumerated() {
            for other in vectors[(position + 1)...] { #expect(vector.prefix(29) != other.prefix(29)) }
        }
    }
}
