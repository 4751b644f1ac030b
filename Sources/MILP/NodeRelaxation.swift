/// Read access to the LP relaxation a solver has just solved at a branch-and-bound node, and
/// strong-branching trials on copies of it.
///
/// The rows are the model's constraints, in order (row `i` is ``Model/constraints``[i]), followed
/// by any cutting planes the solver added; the columns are the model's variables. Values are in
/// the model's terms (unscaled). A relaxation is valid only during the
/// ``BranchingPolicy/branch(at:)`` call that received it; using it afterwards is a programming
/// error and traps.
public protocol NodeRelaxation: AnyObject {
    /// The number of rows: the model's constraints, then cutting planes.
    var rowCount: Int { get }

    /// The LP solution and bounds of a variable's column at the node.
    func column(_ variable: Variable) -> RelaxationColumn

    /// The LP solution and bounds of row `index`, in `0..<rowCount`.
    func row(_ index: Int) -> RelaxationRow

    /// The row of the simplex tableau of a basic `variable`: how its value changes with each
    /// nonbasic variable, `Δx = Σ coefficient · Δ(nonbasic)`, with what a ratio test needs to
    /// know of each nonbasic variable. `nil` when the variable is not basic or no factorisation
    /// of the basis is available.
    func tableauRow(of variable: Variable) -> [TableauEntry]?

    /// Solves the child of the node in `direction` on a copy of the node's LP: the copy starts
    /// from the node's optimal basis, changes the bound of `variable` (down: `x ≤ ⌊value⌋`, up:
    /// `x ≥ ⌈value⌉`) and runs the dual simplex method for at most `iterationLimit` iterations.
    /// The node's own LP is left untouched.
    func solveChild(branchingOn variable: Variable, _ direction: BranchDirection, iterationLimit: Int) throws -> ChildRelaxation
}

/// How a variable or row stands in a simplex basis.
public enum BasisStatus: String, Sendable, Codable, CaseIterable {
    /// Basic.
    case basic
    /// Nonbasic at its lower bound.
    case atLowerBound
    /// Nonbasic at its upper bound.
    case atUpperBound
    /// Nonbasic and free (no bounds), at 0.
    case free
    /// Nonbasic and fixed (equal bounds).
    case fixed
}

/// A column of a node's LP relaxation.
public struct RelaxationColumn: Sendable, Equatable {
    /// The variable's value.
    public var value: Double
    /// The lower bound at the node; `-.infinity` when there is none.
    public var lowerBound: Double
    /// The upper bound at the node; `.infinity` when there is none.
    public var upperBound: Double
    /// The reduced cost.
    public var reducedCost: Double
    /// The objective coefficient.
    public var objectiveCoefficient: Double
    /// The basis status.
    public var status: BasisStatus

    /// A column from its parts; solvers make these.
    public init(value: Double, lowerBound: Double, upperBound: Double, reducedCost: Double, objectiveCoefficient: Double, status: BasisStatus) {
        self.value = value
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.reducedCost = reducedCost
        self.objectiveCoefficient = objectiveCoefficient
        self.status = status
    }
}

/// A row of a node's LP relaxation.
public struct RelaxationRow: Sendable, Equatable {
    /// The row's activity (the value of its linear form).
    public var activity: Double
    /// The lower bound; `-.infinity` when there is none.
    public var lowerBound: Double
    /// The upper bound; `.infinity` when there is none.
    public var upperBound: Double
    /// The dual value.
    public var dual: Double
    /// The basis status of the row's activity.
    public var status: BasisStatus

    /// A row from its parts; solvers make these.
    public init(activity: Double, lowerBound: Double, upperBound: Double, dual: Double, status: BasisStatus) {
        self.activity = activity
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.dual = dual
        self.status = status
    }
}

/// One nonbasic variable in a row of the simplex tableau.
public struct TableauEntry: Sendable, Equatable {
    /// A nonbasic variable: a column, or the activity of a row.
    public enum Nonbasic: Sendable, Hashable {
        /// The model variable with this index.
        case column(Int)
        /// The activity of the row with this index.
        case row(Int)
    }

    /// The nonbasic variable.
    public var nonbasic: Nonbasic
    /// How much the basic variable changes per unit increase of the nonbasic one.
    public var coefficient: Double
    /// The nonbasic variable's reduced cost (a row's dual value).
    public var reducedCost: Double
    /// The nonbasic variable's status, which says the directions it may move in.
    public var status: BasisStatus

    /// An entry from its parts; solvers make these.
    public init(nonbasic: Nonbasic, coefficient: Double, reducedCost: Double, status: BasisStatus) {
        self.nonbasic = nonbasic
        self.coefficient = coefficient
        self.reducedCost = reducedCost
        self.status = status
    }
}

/// The outcome of a strong-branching trial: a child LP solved on a copy of the node's LP.
public struct ChildRelaxation: Sendable, Equatable {
    /// How the trial ended.
    public enum Outcome: String, Sendable, Codable {
        /// Solved to optimality; ``ChildRelaxation/objective`` is the child's LP bound.
        case optimal
        /// The child's LP has no feasible solution: the child would be pruned.
        case infeasible
        /// The objective passed the incumbent: the child would be pruned.
        case cutoff
        /// The iteration limit stopped the dual simplex method; ``ChildRelaxation/objective`` is
        /// still a valid bound for the child, weaker than the optimum.
        case iterationLimit
        /// The simplex method failed; nothing is known about the child.
        case failed
    }

    /// How the trial ended.
    public var outcome: Outcome
    /// The objective the trial reached (see ``Outcome``); for ``Outcome/infeasible`` and
    /// ``Outcome/failed`` it is meaningless.
    public var objective: Double
    /// Simplex iterations the trial took.
    public var iterations: Int

    /// A trial's result from its parts; solvers make these.
    public init(outcome: Outcome, objective: Double, iterations: Int) {
        self.outcome = outcome
        self.objective = objective
        self.iterations = iterations
    }

    /// Whether the child would be pruned (infeasible, or no better than the incumbent).
    public var isPruned: Bool { outcome == .infeasible || outcome == .cutoff }

    /// Whether ``objective`` is a valid bound for the child.
    public var hasBound: Bool { outcome == .optimal || outcome == .iterationLimit || outcome == .cutoff }
}
