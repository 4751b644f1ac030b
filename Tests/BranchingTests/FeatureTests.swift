import Branching
import GLPK
import MILP
import Testing

@Suite("Candidate features")
struct FeatureTests {
    @Test("the schema has a fixed order of distinct names, static features first")
    func schema() {
        #expect(BranchingFeature.schemaVersion == 1)
        #expect(BranchingFeature.count == 27)
        #expect(Set(BranchingFeature.names).count == BranchingFeature.count)
        #expect(BranchingFeature.names.prefix(3) == ["objectiveCoefficient", "objectiveMagnitude", "columnDegree"])
        #expect(BranchingFeature.names.last == "observationsPerDepth")
    }

    /// The features of the textbook MIP's root candidate y, read inside a solve.
    private func textbookRootFeatures() throws -> [Double] {
        final class Recorder: BranchingPolicy {
            var extractor: BranchingFeatureExtractor?
            var features: [Double]?
            func prepare(for model: Model) throws { extractor = BranchingFeatureExtractor(model: model) }
            func branch(at node: BranchingNode) throws -> BranchingDecision? {
                if node.depth == 0 { features = extractor?.features(at: node).first?.features }
                return nil
            }
        }
        let recorder = Recorder()
        _ = try GLPKSolver(parameters: .glpkDefaults).solve(TestModels.textbook(), hooks: SolverHooks(branchingPolicy: recorder))
        return try #require(recorder.features)
    }

    @Test("the textbook root candidate has the hand-computed features")
    func textbookValues() throws {
        let features = try textbookRootFeatures()
        #expect(features.count == BranchingFeature.count)
        func value(_ feature: BranchingFeature) -> Double { features[BranchingFeature.allCases.firstIndex(of: feature)!] }
        // Static: y has c = 4 in a maximisation (−4 as a cost), largest |c| = 5; it appears in
        // both rows with scaled coefficients 4/6 and 2/2.
        #expect(abs(value(.objectiveCoefficient) + 0.8) < 1e-12)
        #expect(abs(value(.objectiveMagnitude) - 0.8) < 1e-12)
        #expect(value(.columnDegree) == 1 && value(.rowShare) == 1)
        #expect(abs(value(.meanRowCoefficient) - (4.0 / 6 + 1) / 2) < 1e-12)
        #expect(abs(value(.minRowCoefficient) - 4.0 / 6) < 1e-12 && value(.maxRowCoefficient) == 1)
        #expect(value(.positiveShare) == 1)
        // Dynamic: y = 1.5; penalties ⅓ and 3 (the only candidate, so the largest is 3).
        #expect(value(.fractionality) == 1 && value(.downFraction) == 0.5)
        #expect(abs(value(.upPenalty) - 1) < 1e-9 && abs(value(.downPenalty) - 1.0 / 9) < 1e-9)
        #expect(abs(value(.penaltyScore) - 1) < 1e-9 && value(.penaltyInfeasible) == 0)
        #expect(value(.downPenaltyToGap) == 0 && value(.upPenaltyToGap) == 0)
        #expect(value(.downPseudocost) == 0 && value(.downObservations) == 0)
    }

    @Test("every feature stays in its documented range along a whole search")
    func ranges() throws {
        final class Checker: BranchingPolicy {
            var extractor: BranchingFeatureExtractor?
            var vectors = 0
            func prepare(for model: Model) throws { extractor = BranchingFeatureExtractor(model: model) }
            func branch(at node: BranchingNode) throws -> BranchingDecision? {
                for candidate in extractor!.features(at: node) {
                    #expect(candidate.features.count == BranchingFeature.count)
                    for (feature, value) in zip(BranchingFeature.allCases, candidate.features) {
                        let lower: Double = [.objectiveCoefficient, .meanRowCoefficient, .minRowCoefficient, .maxRowCoefficient].contains(feature) ? -1 : 0
                        #expect(value.isFinite && value >= lower && value <= 1, "\(feature) = \(value)")
                    }
                    vectors += 1
                }
                return nil
            }
        }
        for model in [TestModels.setCover(), TestModels.production(), TestModels.knapsack()] {
            let checker = Checker()
            _ = try GLPKSolver(parameters: .glpkDefaults).solve(model, options: SolverOptions(nodeLimit: 200), hooks: SolverHooks(branchingPolicy: checker))
            #expect(checker.vectors > 0, "\(model.name)")
        }
    }
}
