/// Chooses the variable to branch on at a branch-and-bound node.
///
/// Declared here, in the solver-independent layer, so that a backend can call any policy without
/// knowing where it comes from. A policy is a class because useful ones learn as they go
/// (pseudocosts). A policy that throws stops the solve; the error reaches the caller.
public protocol BranchingPolicy: AnyObject {
    /// Called once at the start of every solve that uses the policy, before its first node, with
    /// the model being solved: the place to precompute what depends on the model alone and to
    /// forget what an earlier solve taught.
    func prepare(for model: Model) throws

    /// Picks a candidate of `node` and the child to explore first, or returns `nil` to leave the
    /// choice to the solver's own rule.
    func branch(at node: BranchingNode) throws -> BranchingDecision?
}

extension BranchingPolicy {
    /// Prepares nothing.
    public func prepare(for model: Model) throws {}
}

/// A branching decision: which variable, and which child the search explores first.
public struct BranchingDecision: Sendable, Equatable {
    /// The child explored first.
    public enum Direction: String, Sendable, Codable {
        /// The child with `x ≤ ⌊value⌋`.
        case down
        /// The child with `x ≥ ⌈value⌉`.
        case up
        /// Let the solver decide.
        case automatic
    }

    /// The variable; it must be one of the node's candidates.
    public var variable: Variable
    /// Which child first.
    public var direction: Direction

    /// Branch on `variable`, exploring `direction` first.
    public init(variable: Variable, direction: Direction = .automatic) {
        self.variable = variable
        self.direction = direction
    }
}

/// One of the two children of a branching on an integer variable.
public enum BranchDirection: String, Sendable, Codable, CaseIterable {
    /// The child with `x ≤ ⌊value⌋`.
    case down
    /// The child with `x ≥ ⌈value⌉`.
    case up
}

/// A fractional integer variable at a node: something a policy may branch on.
public struct BranchingCandidate: Sendable, Equatable {
    /// The variable.
    public var variable: Variable
    /// Its value in the node's LP solution.
    public var value: Double
    /// Its lower bound at the node.
    public var lowerBound: Double
    /// Its upper bound at the node.
    public var upperBound: Double
    /// Its reduced cost in the node's LP solution.
    public var reducedCost: Double
    /// Its objective coefficient.
    public var objectiveCoefficient: Double

    /// A candidate from its parts; solvers make these.
    public init(variable: Variable, value: Double, lowerBound: Double, upperBound: Double, reducedCost: Double, objectiveCoefficient: Double) {
        self.variable = variable
        self.value = value
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.reducedCost = reducedCost
        self.objectiveCoefficient = objectiveCoefficient
    }

    /// The distance to the nearest integer, in [0, 0.5].
    public var fractionality: Double {
        min(downFraction, upFraction)
    }

    /// How far the down child moves the value: `value − ⌊value⌋`.
    public var downFraction: Double { value - value.rounded(.down) }

    /// How far the up child moves the value: `⌈value⌉ − value`.
    public var upFraction: Double { value.rounded(.up) - value }

    /// How far the child in `direction` moves the value.
    public func fraction(toward direction: BranchDirection) -> Double {
        direction == .down ? downFraction : upFraction
    }
}

/// What a policy sees at a node.
///
/// A node is not `Sendable`: its ``relaxation`` belongs to the solver's thread and is valid only
/// during the ``BranchingPolicy/branch(at:)`` call that received it.
public struct BranchingNode {
    /// The node's depth in the tree; the root is 0, as GLPK counts.
    public var depth: Int
    /// The objective of the node's LP relaxation.
    public var lpObjective: Double
    /// The node's local bound (the LP objective, possibly tightened by the solver).
    public var localBound: Double
    /// The best bound over all open nodes, if known; a solver may recompute it only every so
    /// many nodes (GLPK's scans every open node), so it can be weaker than the current one.
    public var bestBound: Double?
    /// The best objective found so far, if any.
    public var incumbent: Double?
    /// Nodes created so far.
    public var nodes: Int
    /// The variables the policy may branch on.
    public var candidates: [BranchingCandidate]
    /// Whether the model minimises or maximises.
    public var sense: ObjectiveSense
    /// What the solver has observed so far in this search about the objective gain per unit of
    /// change of each variable, from the children of earlier branchings.
    public var pseudocosts: Pseudocosts
    /// Read access to the node's LP and trial solves on copies of it; `nil` when the solver
    /// offers none.
    public var relaxation: (any NodeRelaxation)?

    /// A node from its parts; solvers make these.
    public init(
        depth: Int,
        lpObjective: Double,
        incumbent: Double?,
        nodes: Int,
        candidates: [BranchingCandidate],
        sense: ObjectiveSense,
        localBound: Double? = nil,
        bestBound: Double? = nil,
        pseudocosts: Pseudocosts = Pseudocosts(),
        relaxation: (any NodeRelaxation)? = nil
    ) {
        self.depth = depth
        self.lpObjective = lpObjective
        self.localBound = localBound ?? lpObjective
        self.bestBound = bestBound
        self.incumbent = incumbent
        self.nodes = nodes
        self.candidates = candidates
        self.sense = sense
        self.pseudocosts = pseudocosts
        self.relaxation = relaxation
    }

    /// How much worse than the node's LP objective `objective` is, in the objective's sense
    /// (positive when a child's bound degrades), never below 0.
    public func degradation(to objective: Double) -> Double {
        max(0, sense == .minimize ? objective - lpObjective : lpObjective - objective)
    }

    /// The degradation that prunes a child: the distance from the node's LP objective to the
    /// incumbent; `nil` without an incumbent.
    public var cutoffGap: Double? {
        incumbent.map(degradation(to:))
    }
}
