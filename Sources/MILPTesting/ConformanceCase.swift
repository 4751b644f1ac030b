import MILP

/// One check that any ``Solver`` must pass: it builds a model, solves it, and returns the ways
/// the answer differs from what is known to be right (empty when it conforms).
public struct ConformanceCase: Sendable, CustomStringConvertible {
    /// What a case exercises.
    public enum Category: String, Sendable, CaseIterable {
        /// Linear programs: optimum, values, duals.
        case linearProgram
        /// Mixed-integer programs: optimum, limits, gaps.
        case mixedInteger
        /// Terminations other than optimal: infeasible, unbounded, limits.
        case status
        /// Callbacks: events, stop requests, thrown errors.
        case callback
        /// Models and options that must be rejected with a typed error.
        case invalidInput
    }

    /// A unique name, used to exclude the case for a solver.
    public let name: String
    /// What it exercises.
    public let category: Category
    /// Runs the case against a solver and returns its failures.
    public let check: @Sendable (any Solver, Tolerance) throws -> [String]

    /// A case named `name` in `category`.
    public init(_ name: String, _ category: Category, check: @escaping @Sendable (any Solver, Tolerance) throws -> [String]) {
        self.name = name
        self.category = category
        self.check = check
    }

    /// The case's name.
    public var description: String { name }
}

/// How close a solver's numbers must be to the known ones.
public struct Tolerance: Sendable {
    /// Allowed absolute error on objective values, primal values and duals.
    public var absolute: Double
    /// Allowed relative error on objective values.
    public var relative: Double

    /// A tolerance; the default suits double-precision simplex codes.
    public init(absolute: Double = 1e-6, relative: Double = 1e-6) {
        self.absolute = absolute
        self.relative = relative
    }

    /// Whether `actual` is close enough to `expected`.
    public func accepts(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= max(absolute, relative * abs(expected))
    }
}

/// A case a solver is excused from, with the reason (a missing feature, not a bug to hide).
public struct ConformanceExclusion: Sendable {
    /// The excluded case's name.
    public var name: String
    /// Why the solver cannot pass it.
    public var reason: String

    /// Excuses the case `name` for `reason`.
    public init(_ name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}

extension ConformanceCase {
    /// The cases that apply to a solver once its exclusions are removed. Excluding a case that
    /// does not exist is a mistake and stops the run.
    public static func cases(excluding exclusions: [ConformanceExclusion] = []) -> [ConformanceCase] {
        let names = Set(all.map(\.name))
        for exclusion in exclusions {
            precondition(names.contains(exclusion.name), "no conformance case named '\(exclusion.name)'")
        }
        let excluded = Set(exclusions.map(\.name))
        return all.filter { !excluded.contains($0.name) }
    }

    /// Every case, in a fixed order.
    public static var all: [ConformanceCase] {
        linearProgramCases + mixedIntegerCases + statusCases + callbackCases + invalidInputCases
    }
}

/// Collects failure messages for one case.
struct Findings {
    private(set) var failures: [String] = []
    let tolerance: Tolerance

    mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { failures.append(message()) }
    }

    mutating func expect(_ actual: Double?, near expected: Double, _ what: String) {
        if !tolerance.accepts(actual, expected) {
            failures.append("\(what) is \(actual.map { "\($0)" } ?? "missing"), expected \(expected)")
        }
    }

    mutating func expect(_ solution: Solution, ends reasons: Termination.Reason...) {
        if !reasons.contains(solution.termination.reason) {
            failures.append("termination is \(solution.termination), expected \(reasons.map(\.rawValue).joined(separator: " or "))")
        }
    }
}
