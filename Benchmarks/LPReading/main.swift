import CGLPK
import Foundation
import MILP
import MILPFormats

// Reading speed of MILPKit's CPLEX LP reader against GLPK's (`glp_read_lp`), in one run on the
// same files: each MPS file named on the command line (by default the largest public models) is
// written as LP by `LPWriter`, then read by both readers in turn, the best of several rounds each.
//
//   swift run -c release lp-reading-benchmark [--rounds N] [FILE.mps ...]
//
// Prints one line per file and the ratio of the total times (GLPK's over MILPKit's): above 1,
// MILPKit's reader is faster. The goal is at least 2.

var arguments = Array(CommandLine.arguments.dropFirst())
var roundsAsked = 20
if let flag = arguments.firstIndex(of: "--rounds"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]), value > 0 {
    roundsAsked = value
    arguments.removeSubrange(flag...flag + 1)
}
let rounds = roundsAsked
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let files = arguments.isEmpty
    ? ["80bau3b.mps", "greenbea.mps", "25fv47.mps", "gesa2.mps", "sp150x300d.mps"].map { root.appendingPathComponent("Instances/public/\($0)").path }
    : arguments

/// The best wall time of `rounds` runs of `body`, in seconds.
func bestTime(rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var best = Duration.seconds(Int64.max)
    for _ in 0..<rounds {
        let start = clock.now
        try body()
        best = min(best, clock.now - start)
    }
    return best.inSeconds
}

glp_term_out(GLP_OFF)
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lp-reading-\(ProcessInfo.processInfo.processIdentifier).lp")
defer { try? FileManager.default.removeItem(at: scratch) }
var totals = (milpkit: 0.0, glpk: 0.0)
print("file            size      MILPKit    GLPK       ratio")
for file in files {
    do {
        try LPWriter().write(try ModelFile.read(URL(fileURLWithPath: file)).model, to: scratch)
        let ours = try bestTime(rounds: rounds) { _ = try LPReader().read(contentsOf: scratch) }
        var glpkFailed = false
        let theirs = bestTime(rounds: rounds) {
            let problem: OpaquePointer = glp_create_prob()
            glpkFailed = glpkFailed || glp_read_lp(problem, nil, scratch.path) != 0
            glp_delete_prob(problem)
        }
        guard !glpkFailed else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: "GLPK could not read the LP written for \(file)"]) }
        totals.milpkit += ours
        totals.glpk += theirs
        let size = (try FileManager.default.attributesOfItem(atPath: scratch.path)[.size] as? Int) ?? 0
        let name = URL(fileURLWithPath: file).lastPathComponent.padding(toLength: 15, withPad: " ", startingAt: 0)
        print(name + String(format: " %6d kB  %7.1f ms  %7.1f ms  %5.2f×", size / 1000, ours * 1000, theirs * 1000, theirs / ours))
    } catch {
        FileHandle.standardError.write(Data("lp-reading-benchmark: \(file): \(error)\n".utf8))
        exit(1)
    }
}
print(String(format: "total                     %7.1f ms  %7.1f ms  %5.2f× (GLPK's time over MILPKit's, best of %d rounds)",
             totals.milpkit * 1000, totals.glpk * 1000, totals.glpk / totals.milpkit, rounds))
