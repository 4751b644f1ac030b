import Foundation
import Planners

/// Reading planner inputs: a file's bytes decoded with ``PlannerJSON``, every failure an input error.
enum PlannerFile {
    /// The contents of `path` (`-` for standard input, read to its end), or an input error naming it.
    static func contents(of path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(.inputError, "cannot read '\(path)': \((error as NSError).localizedDescription)")
        }
    }

    /// `T` decoded from the JSON file at `path`; a decoding error names the file and the field.
    static func decode<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        do {
            return try PlannerJSON.decode(type, from: contents(of: path))
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(path): \(error)")
        }
    }
}
