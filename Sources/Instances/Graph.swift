import MILP

/// An undirected simple graph on nodes `0..<nodeCount`, with sorted neighbour lists.
struct Graph: Sendable {
    /// The number of nodes.
    let nodeCount: Int
    /// The neighbours of each node, in increasing order.
    private(set) var neighbors: [[Int]]
    private var adjacency: [Bool]

    /// A graph with no edges.
    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        neighbors = Array(repeating: [], count: nodeCount)
        adjacency = Array(repeating: false, count: nodeCount * nodeCount)
    }

    /// Whether `u` and `v` are adjacent.
    func areAdjacent(_ u: Int, _ v: Int) -> Bool { adjacency[u * nodeCount + v] }

    /// The number of neighbours of `node`.
    func degree(of node: Int) -> Int { neighbors[node].count }

    /// The edges `(u, v)` with `u < v`, ordered by `u` then `v`.
    var edges: [(Int, Int)] {
        (0..<nodeCount).flatMap { u in neighbors[u].lazy.filter { $0 > u }.map { (u, $0) } }
    }

    /// Adds the edge `u–v` unless it is a loop or already present.
    mutating func addEdge(_ u: Int, _ v: Int) {
        guard u != v, !areAdjacent(u, v) else { return }
        adjacency[u * nodeCount + v] = true
        adjacency[v * nodeCount + u] = true
        insertSorted(v, into: u)
        insertSorted(u, into: v)
    }

    private mutating func insertSorted(_ node: Int, into list: Int) {
        var position = neighbors[list].count
        while position > 0, neighbors[list][position - 1] > node { position -= 1 }
        neighbors[list].insert(node, at: position)
    }

    /// An Erdős–Rényi graph: each pair of nodes is joined with probability `edgeProbability`.
    static func erdosRenyi(nodes: Int, edgeProbability: Double, using generator: inout SeededGenerator) -> Graph {
        var graph = Graph(nodeCount: nodes)
        for u in 0..<nodes {
            for v in (u + 1)..<nodes where generator.nextUnit() < edgeProbability {
                graph.addEdge(u, v)
            }
        }
        return graph
    }

    /// A Barabási–Albert graph: the first `affinity + 1` nodes form a clique, and each later node
    /// joins `affinity` distinct earlier nodes chosen with probability proportional to degree.
    static func barabasiAlbert(nodes: Int, affinity: Int, using generator: inout SeededGenerator) -> Graph {
        precondition(affinity >= 1 && nodes > affinity, "a Barabási–Albert graph needs 1 ≤ affinity < nodes")
        var graph = Graph(nodeCount: nodes)
        // Every edge end, once per edge: drawing from it picks nodes in proportion to degree.
        var endpoints: [Int] = []
        for u in 0...affinity {
            for v in (u + 1)..<(affinity + 1) {
                graph.addEdge(u, v)
                endpoints.append(u)
                endpoints.append(v)
            }
        }
        for node in (affinity + 1)..<nodes {
            var targets: [Int] = []
            while targets.count < affinity {
                let candidate = endpoints[generator.integer(in: 0...(endpoints.count - 1))]
                if !targets.contains(candidate) { targets.append(candidate) }
            }
            for target in targets {
                graph.addEdge(node, target)
                endpoints.append(node)
                endpoints.append(target)
            }
        }
        return graph
    }

    /// Cliques that together cover every edge, found greedily: nodes are taken by decreasing
    /// degree, and each grows cliques from its still uncovered edges, adding neighbours (again by
    /// decreasing degree) that are adjacent to every member so far. Each clique has at least two
    /// nodes and lists them in increasing order.
    func greedyCliquePartition() -> [[Int]] {
        let byDegree = (0..<nodeCount).sorted { (degree(of: $0), $1) > (degree(of: $1), $0) }
        var uncovered = neighbors
        var cliques: [[Int]] = []
        for node in byDegree {
            while !uncovered[node].isEmpty {
                var clique = [node]
                let candidates = uncovered[node].sorted { (degree(of: $0), $1) > (degree(of: $1), $0) }
                for candidate in candidates where clique.allSatisfy({ areAdjacent($0, candidate) }) {
                    clique.append(candidate)
                }
                for (position, u) in clique.enumerated() {
                    for v in clique[(position + 1)...] {
                        uncovered[u].removeAll { $0 == v }
                        uncovered[v].removeAll { $0 == u }
                    }
                }
                cliques.append(clique.sorted())
            }
        }
        return cliques
    }
}
