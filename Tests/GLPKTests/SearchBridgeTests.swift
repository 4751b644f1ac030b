import CGLPK
import Foundation
@_spi(Benchmarks) @testable import GLPK
import MILP
import MILPFormats
import Testing

/// The public instances of the repository.
private let publicInstances = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Instances/public")

@Suite("Branch-and-cut callback bridge")
struct SearchBridgeTests {
    @Test("the best bound, a scan of every open node, is computed about once per boundRefreshNodes nodes, not at every call, and stays a valid bound")
    func boundComputations() throws {
        let model = try ModelFile.read(publicInstances.appendingPathComponent("bell5.mps")).model
        let nodeLimit = 3000
        try Environment.withSession(log: nil) {
            let problem = try Problem(model)
            var simplex = glp_smcp()
            glp_init_smcp(&simplex)
            simplex.msg_lev = GLP_MSG_OFF
            #expect(try problem.simplex(simplex) == 0)
            let rootBound = glp_get_obj_val(problem.pointer)
            let clock = ContinuousClock()
            let start = clock.now
            let bridge = SearchBridge(hooks: SolverHooks(), nodeLimit: nodeLimit, model: model, columnsMatchModel: true, start: start)
            var control = glp_iocp()
            glp_init_iocp(&control)
            control.msg_lev = GLP_MSG_OFF
            control.cb_func = SearchBridge.entry
            control.cb_info = Unmanaged.passUnretained(bridge).toOpaque()
            let code = withExtendedLifetime(bridge) { glp_intopt(problem.pointer, &control) }
            let elapsed = clock.now - start

            #expect(code == GLP_ESTOP && bridge.stopReason == .nodeLimit && bridge.nodes >= nodeLimit)
            // Before, it was computed at every callback call: several times per node. Now once per
            // boundRefreshNodes nodes or boundRefreshInterval, at each of GLPK's new incumbents
            // (a handful here), at the root's first calls and at the stop.
            let allowed = bridge.nodes / SearchBridge.boundRefreshNodes + Int(elapsed / SearchBridge.boundRefreshInterval) + 20
            #expect(bridge.boundComputations <= allowed)
            let bound = try #require(bridge.bestBound)
            #expect(bound >= rootBound - 1e-6 * abs(rootBound))
            #expect(glp_mip_status(problem.pointer) == GLP_FEAS)
            #expect(bound <= glp_mip_obj_val(problem.pointer))
        }
    }
}
