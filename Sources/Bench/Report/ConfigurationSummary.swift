/// One configuration's line in a sweep's summary, over the problems every configuration ran.
public struct ConfigurationSummary: Sendable, Equatable, Codable {
    /// The configuration's name.
    public var name: String
    /// The runs counted: one per problem (instance and repetition).
    public var runs: Int
    /// The runs that solved their problem (see ``AnswerCheck/isSolved(_:)``).
    public var solved: Int
    /// The runs whose answer contradicts a reference value or another run.
    public var wrong: Int
    /// The runs that crashed, were killed, ran out of memory or failed.
    public var failures: Int
    /// The shifted geometric mean of the wall time in seconds (shift 1 s), an unsolved run counted
    /// at its time limit.
    public var time: Double
    /// The smallest and largest of ``time`` taken over each repetition's problems alone; `nil`
    /// with one repetition.
    public var timeSpread: ClosedRange<Double>?
    /// The shifted geometric mean of the node count (shift 10) over the problems every
    /// configuration solved, of the runs that report one.
    public var nodes: Double?
    /// The smallest and largest of ``nodes`` taken over each repetition's problems alone; `nil`
    /// with one repetition.
    public var nodesSpread: ClosedRange<Double>?
    /// The mean relative gap of the unsolved runs (wrong ones aside) that have a solution and a bound.
    public var meanGapUnsolved: Double?
    /// The problems this configuration solved fastest (ties count for each).
    public var wins: Int
    /// ``time`` divided by the baseline's: below 1 is faster than the baseline.
    public var timeRatio: Double?
    /// ``nodes`` divided by the baseline's.
    public var nodesRatio: Double?
}
