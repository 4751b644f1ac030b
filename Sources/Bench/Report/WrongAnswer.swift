/// A run whose claim contradicts its instance's reference value or another run's claim.
public struct WrongAnswer: Sendable, Equatable, Codable {
    /// The run.
    public var key: TaskKey
    /// How it ended.
    public var status: RunStatus
    /// Its objective value.
    public var objective: Double?
    /// Its bound.
    public var bound: Double?
    /// What it claims and what contradicts it.
    public var reason: String
}
