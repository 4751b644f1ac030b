import Bench
import Foundation
import GLPK
import MILP

/// Files and programs the benchmark tests share.
enum BenchTestSupport {
    /// The package's root directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The public instance `name` (such as `p0548.mps`).
    static func publicInstance(_ name: String) -> String {
        packageRoot.appendingPathComponent("Instances/public/\(name)").path
    }

    /// The `milp` binary the build put next to the test binary.
    static var milpExecutable: String {
        Bundle.main.bundleURL.appendingPathComponent("milp").path
    }

    /// The command that starts a `milp` worker.
    static var workerCommand: [String] { [milpExecutable, "bench", "worker"] }

    /// A new empty directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bench-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Provenance that does not depend on the machine.
    static let provenance = RunProvenance(milpkitVersion: "test", gitRevision: "test", host: "test")

    /// A sweep of small public MIPs, each solved in well under a second by both configurations.
    static func smallSweep(instances: [String] = ["p0548.mps", "flugpl.mps", "small_mip.mps", "egout.mps"], timeLimit: Duration = .seconds(20)) -> Sweep {
        Sweep(
            name: "small",
            instanceSets: instances.map { .files(publicInstance($0)) },
            configurations: [
                SolverConfiguration(name: "recommended", kind: .glpk(GLPKSettings(parameters: .recommended))),
                SolverConfiguration(name: "pseudocost", kind: .glpk(GLPKSettings(parameters: GLPKParameters(branching: .hybridPseudocost, cuts: [.mixedIntegerRounding, .cover])))),
            ],
            limits: RunLimits(timeLimit: timeLimit))
    }

    /// A result record with the given outcome and neutral everything else: an optimal run has
    /// objective 1 unless told otherwise, a run with a gap a solution of objective 1.
    static func record(_ instance: String, _ configuration: String, repetition: Int = 0, status: RunStatus, time: Duration,
                       nodes: Int? = nil, gap: Double? = nil, objective: Double? = nil, bound: Double? = nil,
                       timeLimit: Duration = .seconds(10), revision: String = "test") -> RunRecord {
        RunRecord(
            instance: instance, configuration: configuration, repetition: repetition, seed: nil,
            status: status, detail: "", objective: objective ?? (status == .optimal || gap != nil ? 1 : nil), bound: bound, gap: gap,
            wallTime: time, solveTime: nil, nodes: nodes, iterations: nil, peakMemory: 0, exitStatus: 0,
            timeLimit: timeLimit, configurationHash: "test", milpkitVersion: "test", gitRevision: revision, host: "test", timestamp: "2026-01-01T00:00:00Z")
    }
}
