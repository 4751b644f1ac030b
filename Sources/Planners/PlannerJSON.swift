import Foundation
import MILP

/// Input a planner cannot work with, naming the field at fault (`types[2].price`) and what was
/// expected: the ``MILP/InputError`` every planner throws from `decode(from:)` and `validate()`.
public typealias PlannerInputError = InputError

/// Planner inputs and outputs as JSON.
public enum PlannerJSON {
    /// Decodes a `T` from JSON data, ignoring fields `T` does not read. Problems decode through
    /// ``PlanningProblem/decode(from:)``, which refuses such fields instead.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(PlannerInputError) -> T {
        try InputDecoder(rejectsUnknownFields: false).decode(type, fromJSON: data)
    }

    /// JSON text for a plan or problem: pretty-printed with sorted keys, so output is stable.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(value)
    }
}
