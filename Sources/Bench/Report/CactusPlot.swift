/// A cactus plot: for each configuration, its solve times sorted ascending, so the k-th point is
/// the time within which it solved k problems.
public struct CactusPlot: Sendable, Equatable {
    /// The configurations, in order.
    public var configurations: [String]
    /// Per configuration, the wall times of its solved problems in seconds, ascending.
    public var times: [[Double]]
    /// The number of problems, solved or not.
    public var problemCount: Int
    /// The largest time limit of the runs, in seconds.
    public var timeLimit: Double

    /// The plot of the solved times of each configuration.
    public init(configurations: [String], problemCount: Int, timeLimit: Double, times: [[Double]]) {
        self.configurations = configurations
        self.problemCount = problemCount
        self.timeLimit = timeLimit
        self.times = times.map { $0.sorted() }
    }
}
