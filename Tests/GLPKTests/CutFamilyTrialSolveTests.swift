import Foundation
import GLPK
import Instances
import MILP
import MILPFormats
import Testing

/// The public instances of the repository.
private let publicInstances = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Instances/public")

@Suite("GLPK's cut families below the root")
struct CutFamilyTrialSolveTests {
    /// Solves `model` with the recommended parameters, with the cut family trial or without it.
    static func solve(_ model: Model, trial: Bool) throws -> Solution {
        var parameters = GLPKParameters.recommended
        parameters.cutFamilyTrial = trial
        return try GLPKSolver(parameters: parameters).solve(model, options: SolverOptions(timeLimit: .seconds(60)))
    }

    /// The trial's row of `solution`'s statistics, if it ran.
    static func trialStatistics(_ solution: Solution) -> SearchComponentStatistics? {
        solution.statistics.searchComponents.first { $0.name == "cut-family-trial" }
    }

    @Test("on a combinatorial auction, the two of GLPK's three cut families that cut nothing at the root are switched off below it, and the optimum is unchanged")
    func auctionDropsIdleFamilies() throws {
        let model = try InstanceLibrary.model(for: InstanceID("auction-easy-train-00003"))
        let judged = try Self.solve(model, trial: true)
        let everywhere = try Self.solve(model, trial: false)
        #expect(judged.termination.reason == .optimal && everywhere.termination.reason == .optimal)
        #expect(try abs(#require(judged.objectiveValue) - #require(everywhere.objectiveValue)) < 1e-6)
        let trial = try #require(Self.trialStatistics(judged))
        #expect(trial.kind == .selection && trial.calls == 1 && trial.found == 3 && trial.accepted == 2)
        #expect(Self.trialStatistics(everywhere) == nil)
    }

    /// bell5's MIR cuts at the nodes are what solve it: without them the search is not done after
    /// ten times the nodes. A trial that judged only the rows left in the root's final LP switches
    /// them off.
    @Test("bell5 keeps the MIR cuts it added at the root, and its search is the one without the trial")
    func bell5KeepsMIR() throws {
        let model = try ModelFile.read(publicInstances.appendingPathComponent("bell5.mps")).model
        let judged = try Self.solve(model, trial: true)
        let everywhere = try Self.solve(model, trial: false)
        #expect(judged.termination.reason == .optimal && everywhere.termination.reason == .optimal)
        #expect(judged.statistics.nodes == everywhere.statistics.nodes)
        #expect(judged.objectiveValue == everywhere.objectiveValue)
        let trial = try #require(Self.trialStatistics(judged))
        #expect(trial.found == 3 && trial.accepted < 3)
    }

    @Test("without GLPK's cuts there is nothing to judge")
    func noCutsNoTrial() throws {
        var parameters = GLPKParameters.recommended
        parameters.cuts = []
        let solution = try GLPKSolver(parameters: parameters).solve(InstanceLibrary.model(for: InstanceID("auction-easy-train-00003")))
        #expect(solution.termination.reason == .optimal)
        #expect(Self.trialStatistics(solution) == nil)
    }
}
