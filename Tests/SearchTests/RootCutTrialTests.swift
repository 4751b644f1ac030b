import MILP
import Search
import Testing

@Suite("the root cut trial")
struct RootCutTrialTests {
    /// Multiple knapsack train instance 0: cover cuts cut off the root's LP solution but leave
    /// its bound at 566.238, nine steps above RENS's 557, and add 7 rows to the LP's 23.
    @Test("cuts that left the bound where it was, several steps from the incumbent, and grew the LP fail")
    func unmovedBoundFails() {
        let trial = RootCutTrial(lpBound: 566.238, cutBound: 566.238, incumbent: 557, sense: .maximize, hasIntegralObjective: true,
                                 rows: 23, cutRows: 7)
        #expect(trial.closedGap == 0)
        #expect(trial.stepsLeft == 9)
        #expect(trial.cutsFailed)
    }

    /// Set cover train instance 0: the bound stays at 250.127, eight steps below 259, but the
    /// cuts left no row in the LP's 250.
    @Test("cuts that left the LP (almost) as it was pass: a restart would only repeat the root", arguments: [0, 24])
    func fewCutRowsPass(cutRows: Int) {
        let trial = RootCutTrial(lpBound: 250.127, cutBound: 250.127, incumbent: 259, sense: .minimize, hasIntegralObjective: true,
                                 rows: 250, cutRows: cutRows)
        #expect(trial.closedGap == 0 && trial.stepsLeft == 8)
        #expect(!trial.cutsFailed)
        #expect(RootCutTrial(lpBound: 250.127, cutBound: 250.127, incumbent: 259, sense: .minimize, hasIntegralObjective: true,
                             rows: 250, cutRows: cutRows + 1).cutsFailed == (cutRows == 24))
    }

    /// Bin packing train instance 6: the bound stays at 12.57 bins, and RENS packs 14, one step
    /// above the bound rounded up: cuts at the nodes are what proves 13.
    @Test("with one step of an integral objective left the cuts pass, moved bound or not")
    func lastStepPasses() {
        let trial = RootCutTrial(lpBound: 12.573, cutBound: 12.573, incumbent: 14, sense: .minimize, hasIntegralObjective: true,
                                 rows: 90, cutRows: 40)
        #expect(trial.stepsLeft == 1)
        #expect(!trial.cutsFailed)
        let unrounded = RootCutTrial(lpBound: 12.573, cutBound: 12.573, incumbent: 14, sense: .minimize, hasIntegralObjective: false,
                                     rows: 90, cutRows: 40)
        #expect(unrounded.stepsLeft == .infinity)
        #expect(unrounded.cutsFailed)
    }

    @Test("the share of the gap closed is measured from the LP bound towards the incumbent, in either sense",
          arguments: [(ObjectiveSense.minimize, 100.0, 110.0, 200.0, 0.1), (.maximize, 200.0, 190.0, 100.0, 0.1),
                      (.minimize, 100.0, 100.5, 200.0, 0.005), (.maximize, 200.0, 200.0, 200.0, 1.0)])
    func closedGap(sense: ObjectiveSense, lpBound: Double, cutBound: Double, incumbent: Double, closed: Double) {
        let trial = RootCutTrial(lpBound: lpBound, cutBound: cutBound, incumbent: incumbent, sense: sense, hasIntegralObjective: false,
                                 rows: 10, cutRows: 10)
        #expect(abs(trial.closedGap - closed) < 1e-12)
        #expect(trial.cutsFailed == (closed < RootCutTrial.minimumClosedGap))
    }
}
