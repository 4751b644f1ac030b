/// Chooses the variable to branch on at a branch-and-bound node.
///
/// Declared here, in the solver-independent layer, so that a backend can call any policy without
/// knowing where it comes from. A policy is a class because useful ones learn as they go
/// (pseudocosts). A policy that throws stops the solve; the error reaches the caller.
public protocol BranchingPolicy: AnyObject {
    /// Picks a candidate of `node` and the child to explore first, or returns `nil` to leave the
    /// choice to the solver's own rule.
    func branch(at node: BranchingNode) throws -> BranchingDecision?
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
        let fraction = value - value.rounded(.down)
        return min(fraction, 1 - fraction)
    }
}

/// What a policy sees at a node.
public struct BranchingNode: Sendable {
    /// The node's depth in the tree; the root is 1, as GLPK counts.
    public var depth: Int
    /// The objective of the node's LP relaxation.
    public var lpObjective: Double
    /// The best objective found so far, if any.
    public var incumbent: Double?
    /// Nodes created so far.
    public var nodes: Int
    /// The variables the policy may branch on.
    public var candidates: [BranchingCandidate]
    /// Whether the model minimises or maximises.
    public var sense: ObjectiveSense

    /// A node from its parts; solvers make these.
    public init(depth: Int, lpObjective: Double, incumbent: Double?, nodes: Int, candidates: [BranchingCandidate], sense: ObjectiveSense) {
        self.depth = depth
        self.lpObjective = lpObjective
        self.incumbent = incumbent
        self.nodes = nodes
        self.candidates = candidates
        self.sense = sense
    }
}
