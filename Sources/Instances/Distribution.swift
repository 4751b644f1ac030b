import MILP

/// A family of similar MILP instances: a seeded generator with named parameters.
///
/// The same parameters and seed give the same ``MILP/Model`` on every run and every machine: a
/// generator draws only from ``MILP/SeededGenerator``, never iterates a `Set` or `Dictionary`, and
/// uses only arithmetic that IEEE 754 rounds exactly (`+ − × ÷` and square roots).
///
/// ```swift
/// let model = SetCover(.init(rows: 250, columns: 500, density: 0.05)).generate(seed: 7)
/// ```
public protocol Distribution: Sendable {
    /// The sizes, densities and ratios that define the distribution, encoded as a flat JSON object
    /// of numbers (``ParameterSet`` relies on that).
    associatedtype Parameters: Codable, Sendable, Equatable

    /// The short name used in instance ids and on the command line, such as `setcover`.
    static var name: String { get }
    /// The application domain, such as `set covering`.
    static var domain: String { get }
    /// The generator's version; it changes whenever the same parameters and seed would give a
    /// different model, so manifests can tell instances of different versions apart.
    static var generatorVersion: String { get }
    /// The library's parameters for each level.
    static func parameters(for level: HardnessLevel) -> Parameters

    /// The parameters this distribution draws with.
    var parameters: Parameters { get }

    /// The distribution with the given parameters.
    init(_ parameters: Parameters)

    /// The instance for `seed`.
    func generate(seed: UInt64) -> Model
}

extension Distribution {
    /// The library's parameters for `level`, as a name → number table.
    public static func parameterSet(for level: HardnessLevel) -> ParameterSet {
        ParameterSet(parameters(for: level))
    }

    /// The library's instance of `level` for `seed`.
    public static func generate(level: HardnessLevel, seed: UInt64) -> Model {
        Self(parameters(for: level)).generate(seed: seed)
    }
}
