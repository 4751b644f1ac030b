import CGLPK
@testable import GLPK
import Testing

/// `budget.enter(reason:)`, outside `#expect`, which cannot call mutating methods.
private func enter(_ budget: inout SearchTimeBudget, _ reason: Int32) -> Bool {
    budget.enter(reason: reason)
}

@Suite("Branch-and-cut time budget")
struct SearchTimeBudgetTests {
    /// GLPK's default branch-and-cut controls with every cut family and both root heuristics on.
    private func controls() -> UnsafeMutablePointer<glp_iocp> {
        let control = UnsafeMutablePointer<glp_iocp>.allocate(capacity: 1)
        var defaults = glp_iocp()
        glp_init_iocp(&defaults)
        (defaults.fp_heur, defaults.ps_heur) = (GLP_ON, GLP_ON)
        (defaults.gmi_cuts, defaults.mir_cuts, defaults.cov_cuts, defaults.clq_cuts) = (GLP_ON, GLP_ON, GLP_ON, GLP_ON)
        control.initialize(to: defaults)
        return control
    }

    @Test("past the deadline, every callback reason asks for the search to stop",
          arguments: [GLP_IROWGEN, GLP_IBINGO, GLP_IHEUR, GLP_ICUTGEN, GLP_IBRANCH, GLP_ISELECT, GLP_IPREPRO])
    func expired(reason: Int32) {
        let control = controls()
        defer { control.deallocate() }
        var budget = SearchTimeBudget(deadline: .now - .milliseconds(1), control: control)
        #expect(!enter(&budget, reason))
    }

    @Test("a time already past is GLPK's limit 0, never a negative one GLPK refuses",
          arguments: [(Duration.milliseconds(-564), Int32(0)), (.seconds(-3), 0), (.zero, 0),
                      (.milliseconds(1500), 1500), (.seconds(1e12), .max)])
    func limitInMilliseconds(duration: Duration, milliseconds: Int32) {
        #expect(duration.glpkValue == milliseconds)
    }

    @Test("the first call sets GLPK's own limit to the time left, which it measures from earlier")
    func alignsGLPKLimit() {
        let control = controls()
        defer { control.deallocate() }
        control.pointee.tm_lim = 3_600_000
        var budget = SearchTimeBudget(deadline: .now + .seconds(10), control: control)
        #expect(enter(&budget, GLP_IPREPRO))
        #expect(control.pointee.tm_lim <= 10_000)
    }

    @Test("with less time left than the root heuristics need, they are left out; proximity search never outlives the deadline")
    func rootHeuristics() {
        let control = controls()
        defer { control.deallocate() }
        var budget = SearchTimeBudget(deadline: .now + .seconds(30), control: control)
        #expect(enter(&budget, GLP_IHEUR))
        #expect(control.pointee.fp_heur == GLP_ON && control.pointee.ps_heur == GLP_ON)
        #expect(control.pointee.ps_tm_lim <= 30_000)

        var hurried = SearchTimeBudget(deadline: .now + SearchTimeBudget.shortestHeuristicTime / 2, control: control)
        #expect(enter(&hurried, GLP_IHEUR))
        #expect(control.pointee.fp_heur == GLP_OFF && control.pointee.ps_heur == GLP_OFF)
    }

    @Test("GLPK's cut generators are left out once less time is left than two of their rounds")
    func cutGeneration() {
        let control = controls()
        defer { control.deallocate() }
        // The deadline is far enough that a round measured below can only be shorter than the time left
        // when the round itself is shorter than that: the test waits, it does not time anything.
        var budget = SearchTimeBudget(deadline: .now + .seconds(3600), control: control)
        #expect(enter(&budget, GLP_ICUTGEN))
        budget.leave(reason: GLP_ICUTGEN)
        #expect(enter(&budget, GLP_ICUTGEN))
        #expect(control.pointee.mir_cuts == GLP_ON, "cuts were left out with an hour to go")

        var late = SearchTimeBudget(deadline: .now + .milliseconds(300), control: control)
        #expect(enter(&late, GLP_ICUTGEN))
        late.leave(reason: GLP_ICUTGEN)
        // A round that lasts until less than twice its length is left: about 150 ms of 300.
        let clock = ContinuousClock()
        let roundStart = clock.now
        while clock.now - roundStart < .milliseconds(160) {}
        if enter(&late, GLP_ICUTGEN) {
            #expect(control.pointee.gmi_cuts == GLP_OFF && control.pointee.mir_cuts == GLP_OFF
                    && control.pointee.cov_cuts == GLP_OFF && control.pointee.clq_cuts == GLP_OFF)
        }
    }
}
