import Foundation
import MILP
import MILPFormats

/// Writes library instances as free MPS files, gzip-compressed unless told otherwise, and makes
/// their manifest records; optionally solves each to record a best known objective.
///
/// A file depends only on its id and generator version, so regenerating gives the same bytes.
///
/// ```swift
/// let exporter = InstanceExporter(directory: URL(fileURLWithPath: "sets"))
/// let record = try exporter.export(InstanceID("setcover-easy-test-00017"))
/// ```
public struct InstanceExporter: Sendable {
    /// The folder the files go into; it must exist.
    public var directory: URL
    /// Whether to gzip the files (`.mps.gz`) or not (`.mps`).
    public var isCompressed: Bool
    /// The solver used to find a best known objective; `nil` to skip solving.
    public var solver: (any Solver)?
    /// The time limit of each solve.
    public var timeLimit: Duration

    /// An exporter into `directory`; by default compressed and without solving.
    public init(directory: URL, isCompressed: Bool = true, solver: (any Solver)? = nil, timeLimit: Duration = .seconds(10)) {
        self.directory = directory
        self.isCompressed = isCompressed
        self.solver = solver
        self.timeLimit = timeLimit
    }

    /// The file name of instance `id`: the id with `.mps.gz` or `.mps`.
    public func fileName(for id: InstanceID) -> String {
        id.description + (isCompressed ? ".mps.gz" : ".mps")
    }

    /// The bytes of the file for `model`.
    public func fileContents(of model: Model) -> Data {
        let text = Data(MPSWriter(format: .free).write(model).utf8)
        return isCompressed ? Gzip.compress(text) : text
    }

    /// Generates instance `id`, writes its file, and returns its record, with the best objective
    /// the solver found when there is a solver.
    /// - Throws: ``OutputFileError`` when the file cannot be written; the solver's error for a model
    ///   it rejects.
    public func export(_ id: InstanceID) throws -> InstanceRecord {
        let model = try InstanceLibrary.model(for: id)
        var record = try InstanceLibrary.record(for: id, model: model)
        let name = fileName(for: id)
        let url = directory.appendingPathComponent(name)
        try OutputFile.write(fileContents(of: model), to: url.path)
        record.file = name
        if let solver {
            record.recordObjective(of: try solver.solve(model, options: SolverOptions(timeLimit: timeLimit)))
        }
        return record
    }
}
