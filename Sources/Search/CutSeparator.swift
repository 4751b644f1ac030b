/// Finds cuts that separate a point (an LP solution) from the integer solutions of a
/// formulation. Every cut returned is globally valid: it is derived from the formulation's rows
/// and global bounds only, so it may be kept in a pool and reused at any node.
public protocol CutSeparator: AnyObject {
    /// A short name for statistics, such as `"path-mir"`.
    var name: String { get }

    /// Violated cuts for the point `values` (indexed by column), each with its efficacy there.
    func separate(_ values: [Double]) -> [ScoredCut]
}
