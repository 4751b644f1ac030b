import Foundation

/// Input a planner cannot work with, naming the field at fault (`types[2].price`) and what was
/// expected, so that a person can fix the JSON file by reading one line.
public struct PlannerInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path of the offending field, like `buckets[3].share`; empty for the input as a whole.
    public var field: String
    /// What is wrong and what was expected.
    public var message: String

    /// An error about `field`.
    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { field.isEmpty ? message : "\(field): \(message)" }
}

/// Decodes planner inputs from JSON, turning decoding failures into ``PlannerInputError``s that
/// name the field path.
public enum PlannerJSON {
    /// Decodes a `T` from JSON data.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(PlannerInputError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw PlannerInputError(field: path(context.codingPath + [key]), "is missing")
        } catch let DecodingError.typeMismatch(expected, context) {
            throw PlannerInputError(field: path(context.codingPath), "expected \(describe(expected)); \(context.debugDescription)")
        } catch let DecodingError.valueNotFound(expected, context) {
            throw PlannerInputError(field: path(context.codingPath), "expected \(describe(expected)), found null")
        } catch let DecodingError.dataCorrupted(context) {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            throw PlannerInputError(field: path(context.codingPath), underlying ?? context.debugDescription)
        } catch let error as PlannerInputError {
            throw error
        } catch {
            throw PlannerInputError(field: "", "\(error)")
        }
    }

    /// JSON text for a plan or problem: pretty-printed with sorted keys, so output is stable.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(value)
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: "a number"
        case is Int.Type, is UInt64.Type, is Int64.Type: "a whole number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }
}
