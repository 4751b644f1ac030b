import Foundation
import GLPK
import MILP
import MILPFormats

/// What the fuzzer checks on every input: the model readers either return a model or throw a
/// ``ParseError``, and what they return survives a round trip.
///
/// - The MPS reader (in memory through ``ModelFile``, leniently, gzip detected by its magic
///   bytes) must give a model or a `ParseError`. A model that passes `validate()` must write as free MPS and read back with the
///   same numbers of variables and constraints, and its MPS text must survive gzip compression.
///   It must also load into GLPK and solve as an LP under a small iteration limit with an
///   ordinary result: a GLPK error on a model `validate()` accepted is a finding.
/// - GLPK's CPLEX LP reader (through a file, as users call it) must give a model or a
///   `ParseError`; GLPK's console output never escapes.
///
/// The fuzzer turns a broken expectation into a crash, which it reports and saves the input for;
/// the test suite replays the saved inputs.
enum ReaderExercise {
    /// The file the LP reader is pointed at; one per process.
    private static let scratchFile = FileManager.default.temporaryDirectory
        .appendingPathComponent("milp-reader-fuzzer-\(ProcessInfo.processInfo.processIdentifier).lp")

    /// Runs every check on `data`: the broken expectation, or nil.
    static func check(_ data: Data) -> String? {
        checkMPS(data) ?? checkCPLEXLP(data)
    }

    private static func checkMPS(_ data: Data) -> String? {
        let parsed: ModelFile
        do {
            // Leniently, so that inputs cut short still reach the model builder.
            parsed = try ModelFile.read(data, fileName: "input.mps", options: ModelFile.Options(isLenient: true))
        } catch {
            return error.description.isEmpty ? "the MPS reader threw a ParseError without a message" : nil
        }
        guard (try? parsed.model.validate()) != nil else { return nil }
        let text = MPSWriter(format: .free).write(parsed.model)
        let written = Data(text.utf8)
        guard let reread = try? MPSReader(options: .init(format: .free)).read(written, fileName: "written.mps") else {
            return "the free MPS written for a valid model does not read back:\n\(text)"
        }
        guard reread.model.variableCount == parsed.model.variableCount,
              reread.model.constraintCount == parsed.model.constraintCount else {
            return """
                the round trip changed the model's size: \(parsed.model.variableCount) × \(parsed.model.constraintCount) \
                became \(reread.model.variableCount) × \(reread.model.constraintCount)
                """
        }
        guard (try? Gzip.decompress(Gzip.compress(written))) == written else {
            return "gzip did not round-trip \(written.count) bytes"
        }
        return checkSolve(parsed.model)
    }

    /// The LP relaxation, through GLPK, stopped after a few iterations: any result is fine, a
    /// GLPK error is not.
    private static func checkSolve(_ model: Model) -> String? {
        do {
            _ = try GLPKSolver().solve(model, options: SolverOptions(iterationLimit: 50, relax: true))
            return nil
        } catch let error as SolverError {
            switch error {
            case .glpkFailure, .invalidModel: return "GLPK rejected a model validate() accepted: \(error)"
            case .unsupportedOptions, .tooLarge: return nil
            }
        } catch {
            return "solving threw \(error)"
        }
    }

    private static func checkCPLEXLP(_ data: Data) -> String? {
        do {
            try data.write(to: scratchFile)
        } catch {
            return "cannot write the scratch file \(scratchFile.path): \(error)"
        }
        do {
            _ = try CPLEXLPReader().read(contentsOf: scratchFile)
            return nil
        } catch {
            return error.description.isEmpty ? "the CPLEX LP reader threw a ParseError without a message" : nil
        }
    }
}
