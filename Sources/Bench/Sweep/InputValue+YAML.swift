import MILP
import Yams

extension InputValue {
    /// Parses the first document of YAML text into the shapes JSON has, so that YAML sweep
    /// files are decoded by the same types and checks as JSON ones.
    ///
    /// Plain scalars are typed by YAML 1.2's core schema, not YAML 1.1's: only `true`/`false`
    /// are booleans (a configuration named `no` stays a string), `null`, `~` and nothing are null,
    /// decimal numbers are numbers, everything else — and every quoted scalar — is a string.
    /// Mappings need string keys and may not repeat one; anchors and aliases are expanded.
    /// Throws ``YAMLSyntaxError`` naming the line and column of what cannot be read.
    public init(yaml: String) throws(YAMLSyntaxError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, Self.coreSchema)
        } catch let error as YamlError {
            throw YAMLSyntaxError(error)
        } catch {
            throw YAMLSyntaxError(line: 0, column: 0, message: "\(error)")
        }
        self = try root.map(Self.value(of:)) ?? .null
    }

    /// YAML 1.2's core schema for plain scalars (quoted scalars are strings whatever they hold).
    private static let coreSchema: Resolver = {
        // The patterns are constant and valid, so adding the rules cannot fail.
        try! Resolver.basic
            .appending(.null, "^(?:~|null|Null|NULL|)$")
            .appending(.bool, "^(?:true|True|TRUE|false|False|FALSE)$")
            .appending(.int, "^[-+]?[0-9]+$")
            .appending(.float, "^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
    }()

    private static func value(of node: Node) throws(YAMLSyntaxError) -> InputValue {
        switch node {
        case let .scalar(scalar):
            return try value(of: scalar)
        case let .sequence(sequence):
            var elements: [InputValue] = []
            for element in sequence { elements.append(try value(of: element)) }
            return .array(elements)
        case let .mapping(mapping):
            var members: [String: InputValue] = [:]
            for (key, member) in mapping {
                guard case let .scalar(name) = key, key.tag.description == Tag.Name.str.rawValue else {
                    throw YAMLSyntaxError(at: key.mark, message: "a mapping key must be a string, as in JSON")
                }
                members[name.string] = try value(of: member)
            }
            return .object(members)
        case let .alias(alias):
            throw YAMLSyntaxError(at: alias.mark, message: "an alias that was not expanded")
        }
    }

    private static func value(of scalar: Node.Scalar) throws(YAMLSyntaxError) -> InputValue {
        let text = scalar.string
        switch Node.scalar(scalar).tag.description {
        case Tag.Name.null.rawValue:
            return .null
        case Tag.Name.bool.rawValue:
            return .bool(text.lowercased() == "true")
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
            if let integer = Int64(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .integer(integer) }
            guard let number = Double(text), number.isFinite else {
                throw YAMLSyntaxError(at: scalar.mark, message: "\(text) is not a finite number")
            }
            return .number(number)
        case Tag.Name.str.rawValue:
            return .string(text)
        case let tag:
            throw YAMLSyntaxError(at: scalar.mark, message: "values tagged \(tag) have no JSON equivalent")
        }
    }
}

/// YAML text that cannot be read as a JSON-shaped document, with where.
public struct YAMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line, from 1; 0 when unknown.
    public var line: Int
    /// The column, from 1; 0 when unknown.
    public var column: Int
    /// What is wrong.
    public var message: String

    /// An error at a line and column.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    init(at mark: Mark?, message: String) {
        self.init(line: mark?.line ?? 0, column: mark?.column ?? 0, message: message)
    }

    init(_ error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            self.init(at: mark, message: (context.map { "\($0.text) " } ?? "") + problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            self.init(at: context.mark, message: "a mapping repeats the key " + duplicates.map { "\"\($0)\"" }.joined(separator: ", "))
        default:
            self.init(line: 0, column: 0, message: error.description)
        }
    }

    /// `line L, column C: message`.
    public var description: String {
        line > 0 ? "line \(line), column \(column): \(message)" : message
    }
}
