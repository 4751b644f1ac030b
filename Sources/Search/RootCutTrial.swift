import MILP

/// Judges the root's cut rounds once the root's heuristics have run: cuts that left the LP bound
/// where it was and made the LP larger only make every later node dearer, and branch-and-cut is
/// better restarted without them, from the incumbent it has.
///
/// The cuts fail when they closed less than ``minimumClosedGap`` of the gap between the root's
/// first LP bound and the incumbent, the LP holds at least ``minimumCutRowShare`` as many cut rows
/// as it had rows, and, for an integral objective, at least ``minimumStepsLeft`` of its steps
/// separate the incumbent from the bound. Multiple knapsack models are the case in point: their
/// cover cuts leave the root's bound exactly where it was, add 5 to 10 rows to the LP's 23, and
/// without them GLPK's nodes are about three times cheaper. Cuts that add next to no rows (set cover,
/// independent sets) cost little, and a restart would only repeat the root. With one step left
/// the search is a proof that no better solution exists, and cuts at the nodes carry node bounds
/// past that step even when they did not move the root's (bin packing).
public struct RootCutTrial: Sendable, Equatable {
    /// The root's LP bound before any cut was added.
    public var lpBound: Double
    /// The root's LP bound after the last cut round.
    public var cutBound: Double
    /// The incumbent's objective value.
    public var incumbent: Double
    /// The objective's sense.
    public var sense: ObjectiveSense
    /// Whether every solution has an integral objective value (``Formulation/hasIntegralObjective``).
    public var hasIntegralObjective: Bool
    /// The LP's rows before the cuts.
    public var rows: Int
    /// The cut rows the LP holds after the last cut round.
    public var cutRows: Int

    /// The name the trial's statistics go by.
    public static let name = "root-cut-trial"

    /// The share of the gap the cuts must close to pass.
    public static let minimumClosedGap = 0.01
    /// The steps of an integral objective that must be left for the cuts to fail.
    public static let minimumStepsLeft = 2.0
    /// The cut rows, as a share of the LP's rows before the cuts, that the cuts must have added to
    /// fail.
    public static let minimumCutRowShare = 0.1

    /// A trial from the bounds before and after the cut rounds, the incumbent, and the LP's rows
    /// before the cuts and cut rows after them.
    public init(lpBound: Double, cutBound: Double, incumbent: Double, sense: ObjectiveSense, hasIntegralObjective: Bool,
                rows: Int, cutRows: Int) {
        self.lpBound = lpBound
        self.cutBound = cutBound
        self.incumbent = incumbent
        self.sense = sense
        self.hasIntegralObjective = hasIntegralObjective
        self.rows = rows
        self.cutRows = cutRows
    }

    /// The share of the gap between the LP bound and the incumbent that the cuts closed: 0 when
    /// they left the bound where it was, 1 when they closed it; 1 when there was no gap.
    public var closedGap: Double {
        let gap = incumbent - lpBound
        guard abs(gap) > 1e-9 * max(1, abs(incumbent)) else { return 1 }
        return (cutBound - lpBound) / gap
    }

    /// The steps of an integral objective between the incumbent and the cut bound rounded
    /// towards worse values; infinite for other objectives.
    public var stepsLeft: Double {
        guard hasIntegralObjective else { return .infinity }
        let bound = sense == .minimize ? (cutBound - 1e-6).rounded(.up) : (cutBound + 1e-6).rounded(.down)
        return abs(incumbent - bound)
    }

    /// Whether the cuts failed: branch-and-cut should restart without them.
    public var cutsFailed: Bool {
        closedGap < Self.minimumClosedGap && stepsLeft >= Self.minimumStepsLeft - 1e-9
            && Double(cutRows) >= Self.minimumCutRowShare * Double(rows)
    }
}
