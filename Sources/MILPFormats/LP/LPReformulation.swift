import MILP

/// Special ordered sets and indicator constraints of a CPLEX LP file, written with binary
/// variables and linear rows, which every MILP solver takes. Each needs finite bounds where it
/// uses them and is refused, naming the set or constraint and the variable, where they are not.
///
/// - An SOS1 set gets a binary `y` per member `x` with `x ≤ u·y` (when `u > 0`) and `x ≥ ℓ·y`
///   (when `ℓ < 0`), and `Σ y ≤ 1`.
/// - An SOS2 set of `n` members, ordered by weight, gets a binary per pair of neighbours, at
///   most one of which is 1, and each member is bounded by the binaries of its pairs.
/// - An indicator `b = 1 -> a·x ≤ r` becomes `a·x ≤ r + M(1 − b)` with `M` the largest value of
///   `a·x − r` over the bounds (`b = 0` uses `b` for `1 − b`); `≥` and `=` likewise.
struct LPReformulation {
    private(set) var model: Model
    private let file: String
    private var variableNames: Set<String>
    private var constraintNames: Set<String>

    init(model: Model, file: String) {
        self.model = model
        self.file = file
        variableNames = Set(model.variableDescriptions.compactMap(\.name))
        constraintNames = Set(model.constraintDescriptions.compactMap(\.name))
    }

    // MARK: Special ordered sets

    mutating func add(_ set: LPModelBuilder.SpecialOrderedSet) throws(ParseError) {
        let members = set.members.sorted { $0.weight < $1.weight }.map { model.variable(at: $0.index) }
        // One nonzero among one member, or two neighbours among two, restrict nothing.
        guard members.count > set.type else { return }
        for member in members { try requireFiniteBounds(member, use: "set '\(set.name)'", line: set.line) }
        // The binaries: one per member (SOS1), or one per pair of neighbours (SOS2).
        let binaries = (0..<(set.type == 1 ? members.count : members.count - 1)).map { position in
            model.addVariable(Self.uniqueName("\(set.name)_\(position + 1)", among: &variableNames), kind: .binary)
        }
        model.addConstraint(binaries.sum() <= 1, name: Self.uniqueName(set.name, among: &constraintNames))
        for (position, member) in members.enumerated() {
            // The binaries that let this member be nonzero.
            let allowing = set.type == 1 ? [binaries[position]] : [position - 1, position].filter(binaries.indices.contains).map { binaries[$0] }
            let lower = model[member].lowerBound, upper = model[member].upperBound
            if upper > 0 { model.addConstraint(member - upper * allowing.sum() <= 0) }
            if lower < 0 { model.addConstraint(member - lower * allowing.sum() >= 0) }
        }
    }

    // MARK: Indicator constraints

    mutating func add(_ indicator: LPModelBuilder.Indicator) throws(ParseError) {
        let label = indicator.name.map { "indicator constraint '\($0)'" } ?? "the indicator constraint"
        let binary = model.variable(at: indicator.binary)
        let description = model[binary]
        guard description.kind == .binary || (description.kind == .integer && description.lowerBound >= 0 && description.upperBound <= 1) else {
            throw ParseError(file: file, line: indicator.line, message: "\(label) is conditioned on '\(description.name ?? "")', which is not binary; list it under Binaries")
        }
        let terms = indicator.terms.map { LinearExpression.Term($0.coefficient, model.variable(at: $0.index)) }
        let expression = LinearExpression(terms: terms)
        // `off` is 1 exactly when the indicator does not apply: 1 − b for `b = 1`, b for `b = 0`.
        let off = indicator.activeValue == 1 ? 1 - binary : LinearExpression(binary)
        var lowest = 0.0, highest = 0.0
        for term in terms {
            let bounds = (model[term.variable].lowerBound * term.coefficient, model[term.variable].upperBound * term.coefficient)
            lowest += min(bounds.0, bounds.1)
            highest += max(bounds.0, bounds.1)
        }
        let names = indicator.lower.isFinite && indicator.upper.isFinite ? ["_lower", "_upper"] : ["", ""]
        if indicator.upper.isFinite {
            guard highest.isFinite else { throw unbounded(label, side: "largest", line: indicator.line) }
            let slack = max(0, highest - indicator.upper)
            model.addConstraint(expression - slack * off <= indicator.upper, name: indicator.name.map { Self.uniqueName($0 + names[1], among: &constraintNames) })
        }
        if indicator.lower.isFinite {
            guard lowest.isFinite else { throw unbounded(label, side: "smallest", line: indicator.line) }
            let slack = max(0, indicator.lower - lowest)
            model.addConstraint(expression + slack * off >= indicator.lower, name: indicator.name.map { Self.uniqueName($0 + names[0], among: &constraintNames) })
        }
    }

    private func unbounded(_ label: String, side: String, line: Int) -> ParseError {
        ParseError(file: file, line: line, message: "\(label) needs finite bounds on its variables, so that the \(side) value of its left-hand side is finite; MILPKit writes it with a binary and those bounds")
    }

    // MARK: Shared

    private func requireFiniteBounds(_ variable: Variable, use: String, line: Int) throws(ParseError) {
        let description = model[variable]
        if description.upperBound == .infinity || description.lowerBound == -.infinity {
            throw ParseError(file: file, line: line, message: "\(use) needs finite bounds on '\(description.name ?? "")' (it has [\(description.lowerBound), \(description.upperBound)]) to be written with binary variables")
        }
    }

    /// `base`, or `base` with `_1`, `_2`, … when it is taken, recorded as taken.
    private static func uniqueName(_ base: String, among taken: inout Set<String>) -> String {
        var name = base
        var suffix = 1
        while taken.contains(name) {
            name = "\(base)_\(suffix)"
            suffix += 1
        }
        taken.insert(name)
        return name
    }
}
