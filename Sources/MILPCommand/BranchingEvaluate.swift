import ArgumentParser
import Branching
import Foundation
import MILP
import GLPK

/// `milp branching evaluate`: compare branching policies on instances.
struct BranchingEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Compare branching policies: nodes, time and solved instances per distribution.",
        discussion: """
            Every instance is solved once per policy, one solve at a time, with the same GLPK \
            configuration (presolver off), which the named rules (first, last, most, dth, pch, most-heaviest, \
            auto) change only in its branching rule. The table gives, per distribution (from library file \
            names such as setcover-easy-test-00003.mps.gz, else the folder), the number solved to \
            optimality, the shifted geometric means of nodes (shift 10) and of seconds (shift 1; \
            unsolved runs count with what they reached), both also relative to the first policy, \
            and the milliseconds spent in the policy per node.
            """)

    @Option(help: ArgumentHelp("Comma-separated policies: glpk, first, last, most, dth, pch, most-heaviest, auto, \(BranchingSelection.policyNames), or scorer files.",
                               valueName: "list"), transform: { $0.split(separator: ",").map { BranchingSelection(argument: String($0)) } })
    var policies: [BranchingSelection] = [.glpk(nil), .builtIn(.pseudocost), .builtIn(.strong), .builtIn(.reliability)]

    @Option(name: .customLong("instances"), parsing: .upToNextOption,
            help: ArgumentHelp("Model files (.mps, .mps.gz, .lp, .mod).", valueName: "file"))
    var instances: [String]

    @OptionGroup(title: "GLPK") var search: BranchingSearchOptions

    @Option(help: ArgumentHelp("Also write every run and the summaries as JSON to this file.", valueName: "file"))
    var json: String?

    @Flag(name: .shortAndLong, help: "Show no progress; print only the table.")
    var quiet = false

    func validate() throws {
        if instances.isEmpty { throw ValidationError("--instances needs at least one model file") }
        if policies.isEmpty { throw ValidationError("--policies needs at least one policy") }
        for policy in policies { try policy.validate() }
        let names = policies.map(\.name)
        if Set(names).count != names.count { throw ValidationError("--policies names a policy twice") }
    }

    func run() throws {
        try reportingFailures {
            let contenders = policies.map { policy in
                BranchingEvaluation.Contender(name: policy.name, solver: GLPKSolver(parameters: policy.applied(to: search.parameters)),
                                              makePolicy: policy.makePolicy)
            }
            let evaluation = BranchingEvaluation(options: search.solverOptions)
            let progress = InstancesProgress(total: instances.count * contenders.count, quiet: quiet)
            var runs: [BranchingEvaluation.Run] = []
            for path in instances {
                let instance = try BranchingInstanceFiles.load(path)
                runs += try evaluation.run([instance], contenders: contenders) { run in
                    progress.update(done: runs.count, "\(run.instance) \(run.policy): \(run.nodes) nodes")
                }
                progress.update(done: runs.count, instance.name)
            }
            progress.finish()
            let summaries = EvaluationSummary.summaries(of: runs)
            print(Self.table(summaries, baseline: contenders[0].name, configuration: search.configurationName), terminator: "")
            if let json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                let report = EvaluationReport(configuration: search.configurationName, summaries: summaries, runs: runs)
                try OutputFile.write(encoder.encode(report), to: json)
            }
            return .success
        }
    }

    /// What `--json` writes.
    private struct EvaluationReport: Encodable {
        var configuration: String
        var summaries: [EvaluationSummary]
        var runs: [BranchingEvaluation.Run]
    }

    /// The summaries as a Markdown table, with nodes and time relative to `baseline`.
    static func table(_ summaries: [EvaluationSummary], baseline: String, configuration: String) -> String {
        var lines = ["Configuration: \(configuration)", "",
                     "| distribution | policy | solved | nodes | vs \(baseline) | time (s) | vs \(baseline) | ms/node in policy |",
                     "|---|---|---:|---:|---:|---:|---:|---:|"]
        for summary in summaries {
            let reference = summaries.first { $0.distribution == summary.distribution && $0.policy == baseline }
            func relative(_ value: Double, _ base: Double?) -> String {
                guard let base, base > 0 else { return "" }
                return String(format: "%+.0f%%", 100 * (value / base - 1))
            }
            lines.append("| \(summary.distribution) | \(summary.policy) | \(summary.solved)/\(summary.instances) | "
                + String(format: "%.1f", summary.nodes) + " | \(relative(summary.nodes, reference?.nodes)) | "
                + String(format: "%.2f", summary.time.inSeconds) + " | \(relative(summary.time.inSeconds, reference?.time.inSeconds)) | "
                + String(format: "%.3f", summary.policyTimePerCall.inSeconds * 1000) + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
