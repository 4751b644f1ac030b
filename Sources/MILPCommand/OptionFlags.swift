import ArgumentParser
import GLPK
import MILP

/// The command-line side of the options tables (``SolverOptions/descriptions``,
/// ``GLPKParameters/descriptions``): help texts from an option's description, and problems
/// reported under the flag a person typed.
enum OptionFlags {
    /// The help of an option's flag: its summary, the values it accepts and their unit.
    static func help<Options, Value>(_ option: OptionDescription<Options, Value>, valueName: String) -> ArgumentHelp {
        let values = option.allowedValues.map { " Accepted: \($0)\(option.unit.map { " \($0)" } ?? "")." } ?? ""
        return ArgumentHelp(option.summary + values, valueName: valueName)
    }

    /// `problems` with each option named by its flag (`--mip-gap`), or its JSON name when it has none.
    static func message(_ problems: [InputError]) -> String {
        let options: [any DescribedOption] = SolverOptions.descriptions + GLPKParameters.descriptions
        return problems.map { problem in
            let option = options.first { $0.name == problem.field }
            return "\(option?.displayName ?? problem.field): \(problem.message)"
        }.joined(separator: "; ")
    }

    /// Throws a usage error naming the flags when there are `problems`.
    static func validate(_ problems: [InputError]) throws {
        guard problems.isEmpty else { throw ValidationError(message(problems)) }
    }
}
