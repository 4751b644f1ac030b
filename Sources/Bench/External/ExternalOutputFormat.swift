/// The output formats of external solvers that a sweep can read.
public enum ExternalOutputFormat: String, Sendable, Equatable, Codable, CaseIterable {
    /// GLPK's `glpsol`: its final status line and last progress line.
    case glpsol
    /// COIN-OR CBC: its `Result -` block.
    case cbc
    /// HiGHS (the `highs` program, or `highspy`): its `Solving report` block.
    case highs
    /// Nothing is read: the run counts as completed when the command exits with status 0.
    case exitStatus = "exit-status"

    /// The format the first word of `template` names: `glpsol`, `cbc`, `highs`, or ``exitStatus``.
    init(guessingFrom template: String) {
        let program = template.split(separator: " ").first.map { $0.split(separator: "/").last.map(String.init) ?? "" } ?? ""
        self = ExternalOutputFormat(rawValue: program) ?? .exitStatus
    }
}
