import ArgumentParser
import Foundation
import MILP
import Planners

extension ExpertParallelCosts.DataType: ExpressibleByArgument {}

/// The hardware flags of `milp plan experts`, from which the communication costs are derived
/// (``Planners/ExpertParallelCosts``): all of them or none, except `--dtype` (bf16 by default).
struct ExpertCostOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The model's hidden size: numbers per token activation (bytes per token = hidden size × dtype bytes).",
                               valueName: "count"))
    var hiddenSize: Int?

    @Option(help: ArgumentHelp("The number type of activations on the wire: fp32, bf16, fp16 or fp8 (default bf16).", valueName: "type"))
    var dtype: ExpertParallelCosts.DataType?

    @Option(help: ArgumentHelp("GB/s one GPU sends to another GPU of its node (NVLink), e.g. 450.", valueName: "GB/s"))
    var intraNodeBandwidth: Double?

    @Option(help: ArgumentHelp("GB/s one GPU sends to a GPU of another node (its NIC), e.g. 50.", valueName: "GB/s"))
    var interNodeBandwidth: Double?

    @Option(help: ArgumentHelp("The time one expert takes to compute one token: seconds, or a number with ns, us, ms or s (0.2us).",
                               valueName: "time"), transform: ExpertCostOptions.parseTime)
    var expertTime: Duration?

    /// The costs the flags give, or `nil` when none is given.
    func costs() throws -> ExpertParallelCosts? {
        guard isGiven else { return nil }
        guard let hiddenSize, let intraNodeBandwidth, let interNodeBandwidth, let expertTime else {
            throw ValidationError("--hidden-size, --intra-node-bandwidth, --inter-node-bandwidth and --expert-time go together (--dtype is bf16 unless given)")
        }
        let flags = ["hiddenSize": "--hidden-size", "intraNodeBandwidth": "--intra-node-bandwidth",
                     "interNodeBandwidth": "--inter-node-bandwidth", "expertTimePerToken": "--expert-time"]
        do {
            return try ExpertParallelCosts(hiddenSize: hiddenSize, dtype: dtype ?? .bf16, intraNodeBandwidth: intraNodeBandwidth * 1e9,
                                           interNodeBandwidth: interNodeBandwidth * 1e9, expertTimePerToken: expertTime)
        } catch {
            throw ValidationError("\(flags[error.field] ?? error.field): \(error.message)")
        }
    }

    /// Whether any hardware flag is given.
    var isGiven: Bool { hiddenSize != nil || dtype != nil || intraNodeBandwidth != nil || interNodeBandwidth != nil || expertTime != nil }

    func validate() throws {
        _ = try costs()
    }

    /// A short time: plain seconds or a number with `ns`, `us` (or `µs`), `ms` or `s`.
    static func parseTime(_ argument: String) throws -> Duration {
        let units: [String: Double] = ["": 1, "s": 1, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9]
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let unitStart = text.lastIndex { !$0.isLetter && $0 != "µ" }.map(text.index(after:)) ?? text.startIndex
        guard let value = Double(text[..<unitStart]), let scale = units[String(text[unitStart...])], value.isFinite,
              value * scale > 0, value * scale <= 1 else {
            throw ValidationError("'\(argument)' is not a time from 1 ns to 1 s; write seconds or a number with ns, us, ms or s (0.2us)")
        }
        return .seconds(value * scale)
    }
}
