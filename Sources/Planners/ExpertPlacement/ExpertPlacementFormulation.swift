import MILP

/// The MoETuner/ExFlow placement model of a window of layers as a MILP, and its decoder.
///
/// Variables: `x[l,e,g]` (binary) puts expert `e` of layer `l` on GPU `g`; `L[l]` is layer `l`'s
/// busiest-GPU load. For a transition `(l, e, f)` that carries at least `colocationThreshold` of
/// expert `e`'s outgoing tokens, `y[l,e,f,g] ≤ x[l,e,g], x[l+1,f,g]` (continuous: integral
/// whenever `x` is) says the tokens stay on GPU `g`, and with several nodes `z[l,e,f,n]` says they
/// stay in node `n`. Smaller transitions are charged as crossing nodes without variables.
///
/// Constraints: every expert on one GPU, at most `slotsPerGPU` experts per GPU and layer, each
/// GPU's load at most `L[l]`. Two families tighten the LP relaxation: GPU `g` hosts at most
/// `slotsPerGPU` experts of the next layer, so `Σ_f y[l,e,f,g] ≤ slotsPerGPU · x[l,e,g]` (and the
/// same backwards, and per node), and `L[l]` starts at the largest single load, at the two
/// experts that must share a GPU, and at the mean. (Transitivity rows — two experts sharing a GPU
/// with a third share it with each other — were measured too: they raise the LP bound by under
/// 1% on Mixtral-shaped traces and slow the MILP several-fold, so they are left out.)
///
/// Objective: `Σ_l L[l] + λ · Σ cost · crossing tokens`, where a transition costs
/// `interNodeCost` across nodes, `intraNodeCost` across GPUs of one node, and nothing on one GPU.
///
/// Symmetry: GPUs of a node are interchangeable, and so are nodes. Without a fixed previous layer,
/// the window's first layer is put in canonical form: each GPU's smallest expert exceeds that of
/// the GPU before it (and each node's first GPU that of the node before), which leaves one
/// representative of every class of equivalent placements.
///
/// A window after the first takes the placement of the layer before it as `previous`, and one
/// before the last may take the placement of the layer after it as `following`; those
/// transitions are charged exactly, as linear terms. `balanceWeights` scale each layer's `L[l]`
/// (the lower bound of ``ExpertPlacementPlanner`` splits every layer's balance term between the
/// two layer pairs it belongs to).
public struct ExpertPlacementFormulation: Sendable {
    /// The MILP.
    public let model: Model
    /// The layers the model places.
    public let layers: Range<Int>
    /// Transitions with co-location variables.
    public let modeledTransitions: Int
    /// Transition tokens below the threshold, charged as crossing nodes whatever the placement.
    public let unmodeledTokens: Double
    /// The most the model's objective can overstate a placement's true objective, from the
    /// unmodeled transitions: an expert shares its GPU with at most `slotsPerGPU` experts of the
    /// next layer (and its node with `slotsPerGPU × gpusPerNode`), so at most its largest
    /// unmodeled transitions to that many experts can be cheaper than charged.
    public let unmodeledCostBound: Double

    private let problem: ExpertPlacementProblem
    /// `assignment[l - layers.lowerBound][e][g]`.
    private let assignment: [[[Variable]]]

    /// The model of `layers` (all by default) of `problem`, charging transitions from the fixed
    /// placement `previous` of the layer before the window and to `following` of the layer after
    /// it, when given, and weighting each layer's balance term by `balanceWeights` (1 by default).
    public init(
        problem: ExpertPlacementProblem,
        layers: Range<Int>? = nil,
        previous: [Int]? = nil,
        following: [Int]? = nil,
        balanceWeights: [Double]? = nil,
        colocationThreshold: Double = 0.05
    ) {
        let layers = layers ?? 0..<problem.layerCount
        precondition(layers.lowerBound >= 0 && layers.upperBound <= problem.layerCount && !layers.isEmpty, "layers out of range")
        precondition(previous == nil || layers.lowerBound > 0, "layer 0 has no previous layer")
        precondition(following == nil || layers.upperBound < problem.layerCount, "the last layer has no following layer")
        self.problem = problem
        self.layers = layers
        let gpus = problem.gpus, experts = problem.expertCount, slots = Double(problem.slotsPerGPU)
        let nodes = problem.nodes
        let λ = problem.communicationWeight
        let crossCost = nodes > 1 ? problem.interNodeCost : problem.intraNodeCost
        let nodeSaving = problem.interNodeCost - problem.intraNodeCost

        var model = Model(name: "expert-placement")
        var objective = LinearExpression()
        let assignment = layers.map { layer in
            (0..<experts).map { expert in
                model.addVariables(count: gpus, kind: .binary) { "x[\(layer),\(expert),\($0)]" }
            }
        }
        func x(_ layer: Int, _ expert: Int, _ gpu: Int) -> Variable { assignment[layer - layers.lowerBound][expert][gpu] }
        func onNode(_ layer: Int, _ expert: Int, _ node: Int) -> LinearExpression {
            (node * problem.gpusPerNode..<(node + 1) * problem.gpusPerNode).sum { LinearExpression(x(layer, expert, $0)) }
        }

        for layer in layers {
            let loads = problem.loads[layer]
            let maxLoad = model.addVariable("L[\(layer)]", lowerBound: problem.minimumMaxLoad(layer: layer))
            objective.add(balanceWeights?[layer - layers.lowerBound] ?? 1, maxLoad)
            for expert in 0..<experts {
                model.addConstraint((0..<gpus).sum { LinearExpression(x(layer, expert, $0)) } == 1, name: "place[\(layer),\(expert)]")
            }
            for gpu in 0..<gpus {
                model.addConstraint((0..<experts).sum { LinearExpression(x(layer, $0, gpu)) } <= slots, name: "slots[\(layer),\(gpu)]")
                model.addConstraint((0..<experts).sum { loads[$0] * x(layer, $0, gpu) } <= maxLoad, name: "load[\(layer),\(gpu)]")
            }
        }

        // Transitions to or from a fixed layer are linear in the window's own layer.
        func chargeFixed(count: Double, gpu: Int, expert: Int, layer: Int) {
            objective += λ * count * crossCost
            objective -= λ * count * problem.intraNodeCost * LinearExpression(x(layer, expert, gpu))
            if nodes > 1 { objective -= λ * count * nodeSaving * onNode(layer, expert, problem.node(of: gpu)) }
        }
        if let previous {
            for (expert, row) in problem.transitions[layers.lowerBound - 1].enumerated() {
                for (next, count) in row.enumerated() where count > 0 {
                    chargeFixed(count: count, gpu: previous[expert], expert: next, layer: layers.lowerBound)
                }
            }
        }
        if let following {
            for (expert, row) in problem.transitions[layers.upperBound - 1].enumerated() {
                for (next, count) in row.enumerated() where count > 0 {
                    chargeFixed(count: count, gpu: following[next], expert: expert, layer: layers.upperBound - 1)
                }
            }
        }
        if previous == nil && following == nil {
            Self.breakSymmetry(of: layers.lowerBound, in: &model, problem: problem, x: x)
        }

        var modeled = 0, unmodeled = 0.0, overcharge = 0.0
        for layer in layers.dropLast() {
            var skipped = Array(repeating: Array(repeating: 0.0, count: experts), count: experts)
            let matrix = problem.transitions[layer]
            var staying = Array(repeating: Array(repeating: LinearExpression(), count: gpus), count: experts)
            var arriving = Array(repeating: Array(repeating: LinearExpression(), count: gpus), count: experts)
            var stayingInNode = Array(repeating: Array(repeating: LinearExpression(), count: nodes), count: experts)
            var arrivingInNode = Array(repeating: Array(repeating: LinearExpression(), count: nodes), count: experts)
            for (expert, row) in matrix.enumerated() {
                let outgoing = row.reduce(0, +)
                for (next, count) in row.enumerated() where count > 0 {
                    objective += λ * count * crossCost
                    guard count >= colocationThreshold * outgoing else {
                        unmodeled += count
                        skipped[expert][next] = count
                        continue
                    }
                    modeled += 1
                    let pair = "\(layer),\(expert),\(next)"
                    var sameNode: [Variable] = []
                    if nodes > 1 {
                        sameNode = model.addVariables(count: nodes, upperBound: 1) { "z[\(pair),\($0)]" }
                        for node in 0..<nodes {
                            model.addConstraint(sameNode[node] <= onNode(layer, expert, node))
                            model.addConstraint(sameNode[node] <= onNode(layer + 1, next, node))
                            stayingInNode[expert][node] += sameNode[node]
                            arrivingInNode[next][node] += sameNode[node]
                            objective -= λ * count * nodeSaving * sameNode[node]
                        }
                    }
                    let sameGPU = model.addVariables(count: gpus, upperBound: 1) { "y[\(pair),\($0)]" }
                    for gpu in 0..<gpus {
                        model.addConstraint(sameGPU[gpu] <= x(layer, expert, gpu))
                        model.addConstraint(sameGPU[gpu] <= x(layer + 1, next, gpu))
                        if nodes > 1 { model.addConstraint(sameGPU[gpu] <= sameNode[problem.node(of: gpu)]) }
                        staying[expert][gpu] += sameGPU[gpu]
                        arriving[next][gpu] += sameGPU[gpu]
                        objective -= λ * count * problem.intraNodeCost * sameGPU[gpu]
                    }
                }
            }
            overcharge += λ * Self.largestSavings(skipped, problem: problem)
            // A GPU (node) hosts at most `slots` (`slots × gpusPerNode`) experts of either layer,
            // so an expert shares it with at most that many experts of the other layer.
            for expert in 0..<experts {
                for gpu in 0..<gpus {
                    if !staying[expert][gpu].terms.isEmpty {
                        model.addConstraint(staying[expert][gpu] <= slots * x(layer, expert, gpu))
                    }
                    if !arriving[expert][gpu].terms.isEmpty {
                        model.addConstraint(arriving[expert][gpu] <= slots * x(layer + 1, expert, gpu))
                    }
                }
                for node in 0..<nodes where nodes > 1 {
                    let capacity = slots * Double(problem.gpusPerNode)
                    if !stayingInNode[expert][node].terms.isEmpty {
                        model.addConstraint(stayingInNode[expert][node] <= capacity * onNode(layer, expert, node))
                    }
                    if !arrivingInNode[expert][node].terms.isEmpty {
                        model.addConstraint(arrivingInNode[expert][node] <= capacity * onNode(layer + 1, expert, node))
                    }
                }
            }
        }
        model.minimize(objective)
        self.model = model
        self.assignment = assignment
        modeledTransitions = modeled
        unmodeledTokens = unmodeled
        unmodeledCostBound = overcharge
    }

    /// The most a placement can save, per unit of λ, on transitions charged as crossing nodes:
    /// each expert's largest `slotsPerGPU` such transitions on its GPU and largest
    /// `slotsPerGPU × gpusPerNode` inside its node, counted from whichever layer's side is smaller.
    private static func largestSavings(_ counts: [[Double]], problem: ExpertPlacementProblem) -> Double {
        let slots = problem.slotsPerGPU, nodeSlots = problem.slotsPerGPU * problem.gpusPerNode
        func savings(_ rows: [[Double]]) -> Double {
            rows.reduce(0) { total, row in
                let descending = row.sorted(by: >)
                let sameGPU = descending.prefix(slots).reduce(0, +)
                guard problem.nodes > 1 else { return total + problem.intraNodeCost * sameGPU }
                return total + problem.intraNodeCost * sameGPU
                    + (problem.interNodeCost - problem.intraNodeCost) * descending.prefix(nodeSlots).reduce(0, +)
            }
        }
        let columns = counts.indices.map { next in counts.map { $0[next] } }
        return min(savings(counts), savings(columns))
    }

    /// Puts `layer` in canonical form: GPU `g` may host expert `e` only if the GPU before it (the
    /// first GPU of the node before, for a node's first GPU) hosts a smaller expert.
    private static func breakSymmetry(of layer: Int, in model: inout Model, problem: ExpertPlacementProblem,
                                      x: (Int, Int, Int) -> Variable) {
        for gpu in 1..<max(problem.gpus, 1) {
            let position = gpu % problem.gpusPerNode
            let predecessor = position > 0 ? gpu - 1 : gpu - problem.gpusPerNode
            for expert in 0..<problem.expertCount {
                let smaller = (0..<expert).sum { LinearExpression(x(layer, $0, predecessor)) }
                model.addConstraint(LinearExpression(x(layer, expert, gpu)) <= smaller, name: "canonical[\(expert),\(gpu)]")
            }
        }
    }

    /// The window's placement in a solution, `rows[l - layers.lowerBound][e]` = GPU, or `nil`
    /// when the solution has none.
    public func decodePlacement(_ solution: Solution) -> [[Int]]? {
        guard solution.hasSolution else { return nil }
        return assignment.map { experts in
            experts.map { gpus in gpus.indices.max { solution[gpus[$0]] < solution[gpus[$1]] } ?? 0 }
        }
    }

    /// The plan a solution of a whole-model formulation describes, or `nil` when it has none.
    public func decode(_ solution: Solution) -> ExpertPlacementPlan? {
        precondition(layers == 0..<problem.layerCount, "decode(_:) needs a formulation of every layer; use decodePlacement(_:) for a window")
        return decodePlacement(solution).map { ExpertPlacementPlan(problem: problem, placement: $0) }
    }
}
