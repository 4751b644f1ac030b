/// One run of a sweep: an instance solved once by one configuration.
public struct SweepTask: Sendable, Equatable {
    /// The key the result is stored under.
    public var key: TaskKey
    /// Where the model comes from.
    public var instance: InstanceReference
    /// How to solve it.
    public var configuration: SolverConfiguration
    /// The repetition's seed, if the sweep has seeds.
    public var seed: UInt64?
    /// The run's limits.
    public var limits: RunLimits

    /// A task from its parts.
    public init(key: TaskKey, instance: InstanceReference, configuration: SolverConfiguration, seed: UInt64?, limits: RunLimits) {
        self.key = key
        self.instance = instance
        self.configuration = configuration
        self.seed = seed
        self.limits = limits
    }
}
