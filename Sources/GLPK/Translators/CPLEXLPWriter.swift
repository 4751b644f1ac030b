import CGLPK
import Foundation
import MILP

/// Writes models in the CPLEX LP format with GLPK's own writer (`glp_write_lp`); a file name
/// ending in `.gz` is compressed.
///
/// The format is stricter about names than a ``Model``: at most 255 characters from ASCII letters,
/// digits and ``!"#$%&()/,.;?@_`'{}|~``, not starting with a digit or a period, and no keywords. Names that do not fit are changed, and ``write(_:to:)`` says which. GLPK writes an
/// objective constant only as a comment, so a constant is lost when the file is read back.
public struct CPLEXLPWriter: Sendable {
    /// A writer.
    public init() {}

    /// Writes `model` to `url` and returns what the file does not keep as it was, one sentence
    /// each: renamed variables and constraints, a dropped objective constant.
    @discardableResult
    public func write(_ model: Model, to url: URL) throws(CPLEXLPWriteError) -> [String] {
        do { try model.validate() } catch { throw .invalidModel(error) }
        let names = CPLEXLPNames(model)
        var notes = names.changes
        let constant = model.objective.expression.constant
        if constant != 0 {
            notes.append("the objective constant \(constant) is written as a comment: GLPK's CPLEX LP format has no objective constant")
        }
        if model.constraintCount == 0 {
            notes.append("the model has no constraints, so the file gets the empty constraint 'r1: 0 x >= 0' that GLPK's reader needs")
        }
        let transcript = Transcript()
        let outcome: Result<Void, CPLEXLPWriteError> = Environment.withSession(log: transcript.append) {
            let problem: Problem
            do throws(SolverError) { problem = try Problem(model) } catch { return .failure(.solver(error)) }
            let pointer = problem.pointer, path = url.path
            names.apply(to: pointer, rowCount: model.constraintCount)
            if model.constraintCount == 0 {
                // GLPK writes no free rows, and its reader refuses a file without constraints.
                glp_set_row_name(pointer, 1, "r1")
                glp_set_row_bnds(pointer, 1, GLP_LO, 0, 0)
            }
            let code: Int32
            do throws(SolverError) { code = try Environment.guarded { glp_write_lp(pointer, nil, path) } } catch { return .failure(.solver(error)) }
            guard code == 0 else {
                let reason = transcript.text.split(separator: "\n").last.map(String.init) ?? "GLPK could not write the file"
                return .failure(.cannotWrite(file: url.path, reason: reason))
            }
            return .success(())
        }
        try outcome.get()
        return notes
    }
}

/// Why a model could not be written in the CPLEX LP format.
public enum CPLEXLPWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The model failed ``Model/validate()``.
    case invalidModel(ModelError)
    /// GLPK could not hold the model: more rows, columns or nonzeros than it can index, or an
    /// error GLPK reported.
    case solver(SolverError)
    /// GLPK could not create or write the file.
    case cannotWrite(file: String, reason: String)

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case let .invalidModel(error): "invalid model: \(error)"
        case let .solver(error): error.description
        case let .cannotWrite(file, reason): "cannot write '\(file)': \(reason)"
        }
    }
}

/// Names for a model's problem, objective, rows and columns that the CPLEX LP format accepts,
/// unique among rows and among columns.
struct CPLEXLPNames {
    /// The characters besides letters and digits that may appear in a name.
    static let punctuation: Set<Character> = ["!", "\"", "#", "$", "%", "&", "(", ")", "/", ",", ".", ";", "?", "@", "_", "`", "'", "{", "}", "|", "~"]

    /// Words the format reserves (compared without regard to case).
    private static let keywords: Set<String> = [
        "minimize", "minimum", "min", "maximize", "maximum", "max", "subject", "such", "st", "s.t.", "st.",
        "bounds", "bound", "general", "generals", "gen", "integer", "integers", "binary", "binaries", "bin",
        "end", "free", "inf", "infinity",
    ]

    /// The problem's name.
    let problem: String
    /// The objective's name.
    let objective: String
    /// The constraints' names, indexed by ``Constraint/index``.
    let rows: [String]
    /// The variables' names, indexed by ``Variable/index``.
    let columns: [String]
    /// What was renamed, one sentence per kind of item; empty when every name was kept.
    let changes: [String]

    /// Names for `model`: its own where the format accepts them (after replacing spaces by `_`,
    /// `-` by `~` and square brackets by parentheses, as GLPK does), generated ones otherwise.
    init(_ model: Model) {
        var changes: [String] = []
        columns = Self.names(model.variableDescriptions.map(\.name), prefix: "x", kind: "variable", changes: &changes)
        rows = Self.names(model.constraintDescriptions.map(\.name), prefix: "r", kind: "constraint", changes: &changes)
        objective = Self.unique("obj", avoiding: Set(rows))
        problem = Self.isValid(Self.adjusted(model.name)) ? Self.adjusted(model.name) : "model"
        self.changes = changes
    }

    /// Whether the format accepts `name` as it is.
    static func isValid(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber, first != ".", name.utf8.count <= 255,
              !keywords.contains(name.lowercased()) else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || punctuation.contains($0) }
    }

    /// Sets the names in a GLPK problem built from the model; every name passed GLPK's checks above.
    func apply(to problem: OpaquePointer, rowCount: Int) {
        glp_set_prob_name(problem, self.problem)
        glp_set_obj_name(problem, objective)
        for (index, name) in rows.enumerated() where index < rowCount { glp_set_row_name(problem, Int32(index + 1), name) }
        for (index, name) in columns.enumerated() { glp_set_col_name(problem, Int32(index + 1), name) }
    }

    private static func adjusted(_ name: String) -> String {
        String(name.map { character -> Character in
            switch character {
            case " ": "_"
            case "-": "~"
            case "[": "("
            case "]": ")"
            default: character
            }
        })
    }

    /// Valid, unique names for items named `original`; generated ones are `prefix` and the item's
    /// number from 1, made unique.
    private static func names(_ original: [String?], prefix: String, kind: String, changes: inout [String]) -> [String] {
        let candidates = original.map { $0.map(adjusted) }
        var taken = Set(candidates.compactMap { $0 }.filter(isValid))
        var result: [String] = []
        var kept = Set<String>()
        var renamed: [(from: String, to: String)] = []
        result.reserveCapacity(original.count)
        for (index, candidate) in candidates.enumerated() {
            if let candidate, isValid(candidate), kept.insert(candidate).inserted {
                result.append(candidate)
                if candidate != original[index] { renamed.append((original[index]!, candidate)) }
                continue
            }
            let generated = unique("\(prefix)\(index + 1)", avoiding: taken)
            taken.insert(generated)
            kept.insert(generated)
            result.append(generated)
            if let name = original[index] { renamed.append((name, generated)) }
        }
        if let first = renamed.first {
            let count = renamed.count == 1 ? "1 \(kind)" : "\(renamed.count) \(kind)s"
            changes.append("renamed \(count) for the CPLEX LP format, such as '\(first.from)' to '\(first.to)'")
        }
        return result
    }

    private static func unique(_ base: String, avoiding taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var suffix = 1
        while taken.contains("\(base)_\(suffix)") { suffix += 1 }
        return "\(base)_\(suffix)"
    }
}
