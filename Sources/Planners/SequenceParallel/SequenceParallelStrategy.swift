/// How a group of GPUs shares one sequence's attention.
public enum SequenceParallelStrategy: String, Sendable, Equatable, Codable, CaseIterable {
    /// DeepSpeed-Ulysses: each GPU holds a slice of the tokens, and all-to-alls before and after
    /// attention give each GPU all tokens of a slice of the heads. The degree must divide the
    /// attention heads and the key/value heads.
    case ulysses
    /// Ring attention: each GPU keeps its tokens' queries and passes key/value blocks around a
    /// ring, one step per other GPU. Any degree; more traffic than Ulysses.
    case ring
    /// Unified sequence parallelism (USP): Ulysses inside subgroups of `ulyssesDegree` GPUs (in
    /// one node) and a ring across the subgroups, for degrees beyond what the heads divide.
    case usp
}

/// How one group size runs: the strategy and its Ulysses × ring factors
/// (`ulyssesDegree × ringDegree = degree`; Ulysses is `degree × 1`, ring `1 × degree`).
public struct SequenceParallelism: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The strategy; `nil` for a single GPU, which needs none.
    public var strategy: SequenceParallelStrategy?
    /// GPUs exchanging heads by all-to-all.
    public var ulyssesDegree: Int
    /// GPUs passing key/value blocks around a ring.
    public var ringDegree: Int

    /// A parallelism from its parts.
    public init(strategy: SequenceParallelStrategy?, ulyssesDegree: Int, ringDegree: Int) {
        self.strategy = strategy
        self.ulyssesDegree = ulyssesDegree
        self.ringDegree = ringDegree
    }

    /// One GPU: no sequence parallelism.
    public static let single = SequenceParallelism(strategy: nil, ulyssesDegree: 1, ringDegree: 1)

    /// The group size.
    public var degree: Int { ulyssesDegree * ringDegree }

    /// `ulysses 8`, `ring 16`, `usp 8×4`, or `single GPU`.
    public var description: String {
        switch strategy {
        case nil: "single GPU"
        case .ulysses: "ulysses \(ulyssesDegree)"
        case .ring: "ring \(ringDegree)"
        case .usp: "usp \(ulyssesDegree)×\(ringDegree)"
        }
    }
}
