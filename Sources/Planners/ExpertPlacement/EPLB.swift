/// DeepSeek's expert-parallel load balancer (EPLB), reimplemented from its published
/// description: greedy replication, then balanced packing.
///
/// - Replication: every expert starts with one replica; each further slot goes, one at a time,
///   to the expert with the largest load per replica (ties to the lower index).
/// - Balanced packing: items by decreasing load (ties to the lower index), each into the lightest
///   pack that still has room (ties to the lower pack), every pack taking exactly
///   `items / packs` items.
/// - Hierarchical: expert groups are packed onto nodes by group load, each node's experts are
///   replicated into the node's slots and packed onto the node's GPUs. Global: replicate over
///   all experts, pack onto all GPUs.
enum EPLB {
    /// Replica counts for `loads` over `slots` slots (at least one each).
    static func replicate(_ loads: [Double], slots: Int) -> [Int] {
        var counts = Array(repeating: 1, count: loads.count)
        var heap = MaxHeap<ReplicaKey>()
        for (expert, load) in loads.enumerated() { heap.push(ReplicaKey(loadPerReplica: load, expert: expert)) }
        for _ in 0..<(slots - loads.count) {
            guard let top = heap.pop() else { break }
            counts[top.expert] += 1
            heap.push(ReplicaKey(loadPerReplica: loads[top.expert] / Double(counts[top.expert]), expert: top.expert))
        }
        return counts
    }

    /// The pack of each item: `items.count / packs` items per pack, heaviest items first, each
    /// into the lightest pack with room.
    static func pack(_ items: [Double], packs: Int) -> [Int] {
        let capacity = items.count / packs
        var heap = MaxHeap<PackKey>()
        for pack in 0..<packs { heap.push(PackKey(load: 0, pack: pack, filled: 0)) }
        var result = Array(repeating: 0, count: items.count)
        for item in items.indices.sorted(by: { (items[$0], $1) > (items[$1], $0) }) {
            guard var lightest = heap.pop() else { break }
            result[item] = lightest.pack
            lightest.load += items[item]
            lightest.filled += 1
            if lightest.filled < capacity { heap.push(lightest) }
        }
        return result
    }

    /// The experts (indices into `loads`) on each of `gpus` GPUs when `loads` is replicated
    /// into `slots` slots and packed: replicas of an expert are its original slot followed by
    /// the added ones, as EPLB numbers physical experts.
    static func place(_ loads: [Double], slots: Int, gpus: Int) -> [[Int]] {
        let counts = replicate(loads, slots: slots)
        var physical = Array(loads.indices)
        for (expert, count) in counts.enumerated() where count > 1 {
            physical += Array(repeating: expert, count: count - 1)
        }
        let itemLoads = physical.map { loads[$0] / Double(counts[$0]) }
        let packs = pack(itemLoads, packs: gpus)
        // Each GPU's slots in the order its replicas were packed: heaviest first.
        var hosted = Array(repeating: [Int](), count: gpus)
        for item in physical.indices.sorted(by: { (itemLoads[$0], $1) > (itemLoads[$1], $0) }) {
            hosted[packs[item]].append(physical[item])
        }
        return hosted
    }

    /// EPLB's global placement of one layer: the experts on each GPU.
    static func global(_ loads: [Double], slots: Int, gpus: Int) -> [[Int]] {
        place(loads, slots: slots, gpus: gpus)
    }

    /// EPLB's hierarchical placement of one layer: the experts on each GPU, GPUs numbered node
    /// by node.
    static func hierarchical(_ loads: [Double], slots: Int, gpus: Int, nodes: Int, groups: Int) -> [[Int]] {
        let groupSize = loads.count / groups
        let groupLoads = (0..<groups).map { group in loads[(group * groupSize)..<((group + 1) * groupSize)].reduce(0, +) }
        let groupNodes = pack(groupLoads, packs: nodes)
        var hosted: [[Int]] = []
        for node in 0..<nodes {
            let experts = (0..<groups).filter { groupNodes[$0] == node }.flatMap { Array(($0 * groupSize)..<(($0 + 1) * groupSize)) }
            let local = place(experts.map { loads[$0] }, slots: slots / nodes, gpus: gpus / nodes)
            hosted += local.map { $0.map { experts[$0] } }
        }
        return hosted
    }
}

/// An expert keyed by its load per replica; the larger load (then the lower index) first.
private struct ReplicaKey: Comparable {
    var loadPerReplica: Double
    var expert: Int
    static func < (a: Self, b: Self) -> Bool { (a.loadPerReplica, b.expert) < (b.loadPerReplica, a.expert) }
}

/// A pack keyed so that the lightest (then the lowest-numbered) pack comes first.
private struct PackKey: Comparable {
    var load: Double
    var pack: Int
    var filled: Int
    static func < (a: Self, b: Self) -> Bool { (b.load, b.pack) < (a.load, a.pack) }
}

/// A binary max-heap.
struct MaxHeap<Element: Comparable> {
    private var elements: [Element] = []

    /// Adds `element`.
    mutating func push(_ element: Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0, elements[(child - 1) / 2] < elements[child] {
            elements.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    /// Removes and returns the largest element.
    mutating func pop() -> Element? {
        guard !elements.isEmpty else { return nil }
        elements.swapAt(0, elements.count - 1)
        let top = elements.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < elements.count, elements[largest] < elements[left] { largest = left }
            if right < elements.count, elements[largest] < elements[right] { largest = right }
            if largest == parent { return top }
            elements.swapAt(parent, largest)
            parent = largest
        }
    }
}
