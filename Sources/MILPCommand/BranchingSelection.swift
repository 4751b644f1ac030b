import ArgumentParser
import Branching
import Foundation
import GLPK
import MILP

/// A branching choice named on the command line: a branching rule of the GLPK parameters
/// (`glpk` for the configuration's own, or `first`, `last`, `most`, `dth`, `pch`,
/// `most-heaviest`, `auto`), a built-in policy (`most-fractional`, `pseudocost`, `strong`,
/// `reliability`), or the path of a scorer file written by `milp branching train`.
enum BranchingSelection: ExpressibleByArgument, Equatable {
    /// A rule of the GLPK parameters; `nil` for the configuration's own.
    case glpk(GLPKParameters.BranchingRule?)
    /// A built-in Swift policy.
    case builtIn(BuiltInBranching)
    /// A learned scorer saved as JSON.
    case learned(path: String)

    /// The built-in policies' names, for help texts.
    static var policyNames: String { BuiltInBranching.allCases.map(\.rawValue).joined(separator: ", ") }

    /// The choice `argument` names; any other text is taken as a scorer file's path.
    init(argument: String) {
        if argument == "glpk" {
            self = .glpk(nil)
        } else if let rule = GLPKParameters.BranchingRule(rawValue: argument) {
            self = .glpk(rule)
        } else if let policy = BuiltInBranching(rawValue: argument) {
            self = .builtIn(policy)
        } else {
            self = .learned(path: argument)
        }
    }

    /// A short name for reports: the argument, or a scorer file's name without `.json`.
    var name: String {
        switch self {
        case .glpk(nil): "glpk"
        case let .glpk(rule?): "glpk-\(rule.rawValue)"
        case let .builtIn(policy): policy.rawValue
        case let .learned(path): URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        }
    }

    /// Checks that a scorer file exists, for `validate()`.
    func validate() throws {
        guard case let .learned(path) = self, !FileManager.default.fileExists(atPath: path) else { return }
        throw ValidationError("'\(path)' is neither a branching rule (glpk, \(GLPKParameters.BranchingRule.allCases.map(\.rawValue).joined(separator: ", "))), a policy (\(Self.policyNames)), nor an existing scorer file")
    }

    /// GLPK's parameters with this choice's rule applied (unchanged for a Swift policy).
    func applied(to parameters: GLPKParameters) -> GLPKParameters {
        guard case let .glpk(rule?) = self else { return parameters }
        var parameters = parameters
        parameters.branching = rule
        return parameters
    }

    /// A fresh policy for one solve; `nil` for GLPK's own rules.
    func makePolicy() throws -> (any BranchingPolicy)? {
        switch self {
        case .glpk: return nil
        case let .builtIn(policy): return policy.makePolicy()
        case let .learned(path):
            do { return LearnedBranching(scorer: try LinearScorer.load(from: URL(fileURLWithPath: path))) } catch let error as LinearScorerError {
                throw CommandFailure(.inputError, diagnostic: error.description)
            }
        }
    }
}

/// The GLPK configuration of the branching commands: the same for every policy compared.
struct BranchingSearchOptions: ParsableArguments {
    @Flag(help: "Start from GLPK's own defaults (no cuts, no heuristics) instead of MILPKit's (all cuts on).")
    var glpkDefaults = false

    @Option(help: ArgumentHelp("Cut families: all, none, or a list from gomory, mir, cover, clique.", valueName: "families"),
            transform: { try NameSelection.parse($0, of: "cut family") })
    var cuts: Set<GLPKParameters.CutFamily>?

    @Option(help: ArgumentHelp("Stop each solve after this long: seconds (90, 2.5) or a number with ms, s, m or h.", valueName: "time"),
            transform: TimeLimit.parse)
    var timeLimit: Duration = .seconds(60)

    /// GLPK's parameters.
    var parameters: GLPKParameters {
        var parameters = glpkDefaults ? GLPKParameters.glpkDefaults : .recommended
        if let cuts { parameters.cuts = cuts }
        return parameters
    }

    /// The options of every solve: the time limit, GLPK's MIP presolver off.
    var solverOptions: SolverOptions {
        SolverOptions(timeLimit: timeLimit, presolve: false)
    }

    /// A description of the configuration for reports.
    var configurationName: String {
        let cutNames = (parameters.cuts ?? []).map(\.rawValue).sorted()
        return "GLPK \(GLPKSolver.libraryVersion), \(glpkDefaults ? "GLPK defaults" : "MILPKit defaults"), cuts: \(cutNames.isEmpty ? "none" : cutNames.joined(separator: ",")), presolve off"
    }
}
