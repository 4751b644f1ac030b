import Foundation
import GLPK
import MILP
import MILPFormats
import Testing

/// The files other tools write from the public MIPs (`Instances/corpus/TOOL/`, made by
/// `Scripts/write-corpus.sh` with HiGHS, PuLP, OR-Tools and SCIP, each as CPLEX LP and MPS):
/// every one reads without a warning and solves to `reference.csv`.
@Suite("Files written by other tools")
struct CorpusSolveTests {
    static let corpus = TestFiles.instances.deletingLastPathComponent().appendingPathComponent("corpus")
    static let tools = ["highs", "ortools", "pulp", "scip"]

    /// Every file of the corpus, as `TOOL/NAME.EXT`.
    static var files: [String] {
        tools.flatMap { tool in
            ((try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(tool).path)) ?? []).sorted().map { "\(tool)/\($0)" }
        }
    }

    @Test("every tool wrote every public MIP of the corpus in both formats")
    func complete() throws {
        let names = Set(Self.files.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        #expect(names.count >= 5)
        #expect(Self.files.count == Self.tools.count * names.count * 2)
    }

    @Test("reads and solves to the reference", arguments: files)
    func solves(file: String) throws {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".mps"
        let reference = try #require(try PublicFileSolveTests.references().first { $0.file == name })
        let read = try ModelFile.read(Self.corpus.appendingPathComponent(file))
        #expect(read.warnings.isEmpty, "\(read.warnings)")
        let solution = try GLPKSolver().solve(read.model, options: SolverOptions(timeLimit: .seconds(60)))
        #expect(solution.termination.reason.rawValue == reference.status)
        if let expected = reference.objective {
            let objective = try #require(solution.objectiveValue)
            #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "\(objective) vs \(expected)")
        }
    }
}
