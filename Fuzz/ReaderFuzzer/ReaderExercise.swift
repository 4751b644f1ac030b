import Foundation
import GLPK
import MILP
import MILPFormats

/// What the fuzzer checks on every input: the model readers either return a model or throw a
/// ``ParseError``, and what they return survives a round trip and GLPK.
///
/// - The MPS and CPLEX LP readers (in memory through ``ModelFile``, leniently, gzip detected by
///   its magic bytes) must each give a model or a `ParseError` with a message.
/// - A model that passes `validate()` must be written (free MPS, or CPLEX LP) and read back with
///   the same numbers of variables and constraints, and the text written must survive gzip
///   compression. It must also load into GLPK and solve as an LP under a small iteration limit
///   with an ordinary result: a GLPK error on a model `validate()` accepted is a finding.
///
/// The fuzzer turns a broken expectation into a crash, which it reports and saves the input for;
/// the test suite replays the saved inputs.
enum ReaderExercise {
    /// Runs every check on `data`: the broken expectation, or nil.
    static func check(_ data: Data) -> String? {
        roundTrip(data, as: .mps) ?? roundTrip(data, as: .cplexLP)
    }

    private static func roundTrip(_ data: Data, as format: ModelFileFormat) -> String? {
        let parsed: ModelFile
        do {
            // Leniently, so that inputs cut short still reach the model builders.
            parsed = try ModelFile.read(data, fileName: "input", format: format, options: ModelFile.Options(isLenient: true))
        } catch {
            return error.description.isEmpty ? "the \(format.displayName) reader threw a ParseError without a message" : nil
        }
        guard (try? parsed.model.validate()) != nil else { return nil }
        let text = format == .cplexLP ? LPWriter().write(parsed.model) : MPSWriter(format: .free).write(parsed.model)
        let written = Data(text.utf8)
        guard let reread = try? ModelFile.read(written, fileName: "written", format: format == .cplexLP ? .cplexLP : .freeMPS) else {
            return "the \(format.displayName) written for a valid model does not read back:\n\(text)"
        }
        guard reread.model.variableCount == parsed.model.variableCount,
              reread.model.constraintCount == parsed.model.constraintCount else {
            return """
                the \(format.displayName) round trip changed the model's size: \(parsed.model.variableCount) × \
                \(parsed.model.constraintCount) became \(reread.model.variableCount) × \(reread.model.constraintCount)
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
}
