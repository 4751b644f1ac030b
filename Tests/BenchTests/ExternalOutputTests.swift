import Bench
import MILP
import Testing

/// Output of glpsol, cbc and HiGHS, written for these tests in the shape those programs print.
@Suite struct ExternalOutputTests {
    @Test func readsAnOptimalGlpsolMIP() {
        let text = """
            GLPSOL--GLPK LP/MIP Solver 5.0
            Reading problem data from 'knapsack.mps'...
            *    12: obj =   2.510000000e+02 inf =   0.000e+00 (0)
            OPTIMAL LP SOLUTION FOUND
            Integer optimization begins...
            Long-step dual simplex will be used
            +    12: mip =     not found yet <=              +inf        (1; 0)
            +    40: >>>>>   2.400000000e+02 <=   2.480000000e+02   3.3% (7; 2)
            +    57: mip =   2.450000000e+02 <=     tree is empty   0.0% (0; 21)
            INTEGER OPTIMAL SOLUTION FOUND
            Time used:   0.3 secs
            Memory used: 0.2 Mb (181922 bytes)
            """
        #expect(ExternalSolverReport(parsing: text, as: .glpsol)
            == ExternalSolverReport(termination: .optimal, objective: 245, bound: 245, nodes: 21, iterations: 57, solveTime: .milliseconds(300)))
    }

    @Test func readsAGlpsolTimeLimitWithAnIncumbent() {
        let text = """
            +  4100: >>>>>   3.120000000e+04 >=   9.001000000e+03  71.2% (812; 140)
            +  9377: mip =   3.120000000e+04 >=   9.044500000e+03  71.0% (1703; 598)
            TIME LIMIT EXCEEDED; SEARCH TERMINATED
            Time used:   10.0 secs
            Memory used: 7.1 Mb (7421023 bytes)
            """
        #expect(ExternalSolverReport(parsing: text, as: .glpsol)
            == ExternalSolverReport(termination: .timeLimit, objective: 31200, bound: 9044.5, nodes: 2301, iterations: 9377, solveTime: .seconds(10)))
    }

    @Test func readsAGlpsolTimeLimitWithoutAnIncumbent() {
        let text = """
            +   880: mip =     not found yet >=              -inf        (1; 0)
            +  2046: mip =     not found yet >=   1.250000000e+02        (96; 13)
            TIME LIMIT EXCEEDED; SEARCH TERMINATED
            Time used:   2.0 secs
            """
        #expect(ExternalSolverReport(parsing: text, as: .glpsol)
            == ExternalSolverReport(termination: .timeLimit, objective: nil, bound: 125, nodes: 109, iterations: 2046, solveTime: .seconds(2)))
    }

    @Test func readsAnInfeasibleGlpsolMIP() {
        let text = """
            OPTIMAL LP SOLUTION FOUND
            Integer optimization begins...
            +    10: mip =     not found yet >=              -inf        (1; 0)
            +    33: mip =     not found yet >=     tree is empty        (0; 9)
            PROBLEM HAS NO INTEGER FEASIBLE SOLUTION
            Time used:   0.0 secs
            """
        let report = ExternalSolverReport(parsing: text, as: .glpsol)
        #expect(report?.termination == .infeasible)
        #expect(report?.objective == nil && report?.bound == nil)
    }

    @Test func readsAGlpsolLP() {
        let text = """
            GLPK Simplex Optimizer 5.0
            *     0: obj =   1.500000000e+01 inf =   0.000e+00 (4)
            *     6: obj =  -3.250000000e+01 inf =   0.000e+00 (0)
            OPTIMAL LP SOLUTION FOUND
            Time used:   0.0 secs
            """
        #expect(ExternalSolverReport(parsing: text, as: .glpsol)
            == ExternalSolverReport(termination: .optimal, objective: -32.5, bound: -32.5, iterations: 6, solveTime: .seconds(0)))
    }

    @Test(arguments: [
        ("LP HAS NO PRIMAL FEASIBLE SOLUTION", Termination.Reason.infeasible),
        ("PROBLEM HAS NO DUAL FEASIBLE SOLUTION", .infeasibleOrUnbounded),
        ("LP HAS UNBOUNDED PRIMAL SOLUTION", .unbounded),
        ("RELATIVE MIP GAP TOLERANCE REACHED; SEARCH TERMINATED", .optimal),
    ])
    func readsGlpsolStatusLines(_ line: String, _ reason: Termination.Reason) {
        #expect(ExternalSolverReport(parsing: "Preprocessing...\n\(line)\nTime used:   0.1 secs\n", as: .glpsol)?.termination == reason)
    }

    @Test func findsNoStatusInAGlpsolInputError() {
        let text = """
            Reading problem data from 'broken.mps'...
            broken.mps:3: invalid indicator record
            MPS file processing error
            """
        #expect(ExternalSolverReport(parsing: text, as: .glpsol) == nil)
    }

    @Test func readsAnOptimalCBCRun() {
        let text = """
            Cbc0001I Search completed - best objective 245, took 61 iterations and 4 nodes (0.05 seconds)
            Cuts at root node changed objective from 251 to 248

            Result - Optimal solution found

            Objective value:                245.00000000
            Enumerated nodes:               4
            Total iterations:               61
            Time (CPU seconds):             0.04
            Time (Wallclock seconds):       0.06

            Total time (CPU seconds):       0.05   (Wallclock seconds):       0.07
            """
        #expect(ExternalSolverReport(parsing: text, as: .cbc)
            == ExternalSolverReport(termination: .optimal, objective: 245, bound: 245, nodes: 4, iterations: 61, solveTime: .milliseconds(60)))
    }

    @Test func readsACBCTimeLimitWithGap() {
        let text = """
            Result - Stopped on time limit

            Objective value:                31200.00000000
            Lower bound:                    9120.5
            Gap:                            2.42
            Enumerated nodes:               5210
            Total iterations:               80433
            Time (CPU seconds):             10.01
            Time (Wallclock seconds):       10.02
            """
        #expect(ExternalSolverReport(parsing: text, as: .cbc)
            == ExternalSolverReport(termination: .timeLimit, objective: 31200, bound: 9120.5, nodes: 5210, iterations: 80433, solveTime: .milliseconds(10_020)))
    }

    @Test func readsAnInfeasibleCBCRun() {
        let text = """
            Result - Problem proven infeasible

            No feasible solution found
            Enumerated nodes:               3
            Total iterations:               40
            Time (CPU seconds):             0.01
            Time (Wallclock seconds):       0.02
            """
        #expect(ExternalSolverReport(parsing: text, as: .cbc)
            == ExternalSolverReport(termination: .infeasible, nodes: 3, iterations: 40, solveTime: .milliseconds(20)))
    }

    @Test func readsAnOptimalHiGHSMIP() {
        let text = """
                     1       0         1 100.00%   8691            8691               0.00%      873    116     70       339     1.0s

            Solving report
              Model             p0548
              Status            Optimal
              Primal bound      8691
              Dual bound        8691
              Gap               0% (tolerance: 0.01%)
              P-D integral      0.41
              Solution status   feasible
                                8691 (objective)
              Timing            1.01
                                0.18 (Presolve)
                                    MIP    time [calls] = 0.13 [1]
              Max sub-MIP depth 6
              Nodes             1
              Repair LPs        0
              LP iterations     339
                                174 (separation)
            """
        #expect(ExternalSolverReport(parsing: text, as: .highs)
            == ExternalSolverReport(termination: .optimal, objective: 8691, bound: 8691, nodes: 1, iterations: 339, solveTime: .milliseconds(1010)))
    }

    @Test func readsAHiGHSTimeLimitWithAGap() {
        let text = """
            Solving report
              Model             gesa2
              Status            Time limit reached
              Primal bound      44308559.1564
              Dual bound        1179596.28
              Gap               97.34% (tolerance: 0.01%)
              Solution status   feasible
              Timing            0.30
              Nodes             0
              LP iterations     0
            """
        #expect(ExternalSolverReport(parsing: text, as: .highs)
            == ExternalSolverReport(termination: .timeLimit, objective: 44308559.1564, bound: 1179596.28, nodes: 0, iterations: 0, solveTime: .milliseconds(300)))
    }

    @Test func readsAnInfeasibleHiGHSRunWithoutBounds() {
        let text = """
            Solving report
              Model             infeasible-mip0
              Status            Infeasible
              Primal bound      inf
              Dual bound        inf
              Gap               inf
              Solution status   -
              Timing            0.73
              Nodes             3
              LP iterations     12
            """
        #expect(ExternalSolverReport(parsing: text, as: .highs)
            == ExternalSolverReport(termination: .infeasible, nodes: 3, iterations: 12, solveTime: .milliseconds(730)))
    }

    @Test func findsNoResultInHiGHSWithoutAKnownStatus() {
        #expect(ExternalSolverReport(parsing: "Running HiGHS 1.16.0\nModel status        : Optimal\n", as: .highs) == nil)
        #expect(ExternalSolverReport(parsing: "Solving report\n  Status            Not Set\n", as: .highs) == nil)
    }

    @Test func findsNoResultInCBCWithoutOne() {
        #expect(ExternalSolverReport(parsing: "Coin0008I model read with 0 errors\nUnable to open file x.mps\n", as: .cbc) == nil)
        #expect(ExternalSolverReport(parsing: "Result - Optimal solution found\n", as: .exitStatus) == nil)
    }
}
