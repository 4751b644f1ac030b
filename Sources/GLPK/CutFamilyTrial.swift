import CGLPK
import MILP

/// Which of GLPK's cut families go on below the root: those that added a cut to the root's LP in
/// any of its rounds. A family that cut nothing there costs its generator's time at every node
/// (on combinatorial auctions GLPK's MIR and cover generators find nothing at any node), while one
/// that did is kept (on bell5 MIR cuts at the nodes are what solve it).
///
/// It reads the cut rows' classes (`glp_ios_row_attr`) at every root `GLP_ICUTGEN` call, which
/// sees the rows of the round before, and at the root's first `GLP_IBRANCH` call, after the
/// last round; then it switches the idle families off in the control structure GLPK reads during
/// the search.
struct CutFamilyTrial {
    /// The control structure `glp_intopt` is running with.
    private let control: UnsafeMutablePointer<glp_iocp>
    /// The classes (`GLP_RF_GMI` … `GLP_RF_CLQ`) of the cut rows seen at the root so far.
    private var classesSeen: Set<Int32> = []
    /// What the trial did, once it has judged the root.
    private(set) var statistics: SearchComponentStatistics?

    /// The name the trial's statistics go by.
    static let name = "cut-family-trial"

    /// A trial of the families switched on in `control`.
    init(control: UnsafeMutablePointer<glp_iocp>) {
        self.control = control
    }

    /// Records the classes of the cut rows in the root's LP.
    mutating func noteRootCuts(_ tree: OpaquePointer, problem: OpaquePointer) {
        var attributes = glp_attr()
        for row in stride(from: glp_get_num_rows(problem), through: 1, by: -1) {
            glp_ios_row_attr(tree, row, &attributes)
            if attributes.origin == GLP_RF_CUT { classesSeen.insert(attributes.klass) }
        }
    }

    /// Once the root is done: switches off every family that is on and added no cut at the root.
    mutating func judgeRoot(_ tree: OpaquePointer, problem: OpaquePointer) {
        guard statistics == nil else { return }
        noteRootCuts(tree, problem: problem)
        let families: [(WritableKeyPath<glp_iocp, Int32>, Int32)] = [
            (\.gmi_cuts, GLP_RF_GMI), (\.mir_cuts, GLP_RF_MIR), (\.cov_cuts, GLP_RF_COV), (\.clq_cuts, GLP_RF_CLQ),
        ]
        var judged = 0, switchedOff = 0
        for (field, cutClass) in families where control.pointee[keyPath: field] == GLP_ON {
            judged += 1
            if !classesSeen.contains(cutClass) {
                control.pointee[keyPath: field] = GLP_OFF
                switchedOff += 1
            }
        }
        statistics = SearchComponentStatistics(name: Self.name, kind: .selection, calls: 1, found: judged, accepted: switchedOff)
    }
}
