import Foundation

/// A distribution's parameters as a table of names and numbers, the form manifests store them in
/// whatever the distribution.
public struct ParameterSet: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The values by parameter name.
    public var values: [String: Double]

    /// A table from its values.
    public init(_ values: [String: Double]) {
        self.values = values
    }

    /// The table of a distribution's parameters. Their encoding must be a flat object of numbers;
    /// anything else is a programming error in the distribution.
    public init(_ parameters: some Encodable) {
        do {
            let data = try JSONEncoder().encode(parameters)
            values = try JSONDecoder().decode([String: Double].self, from: data)
        } catch {
            preconditionFailure("parameters of type \(type(of: parameters)) are not a flat object of numbers: \(error)")
        }
    }

    /// The names in alphabetical order.
    public var names: [String] { values.keys.sorted() }

    /// `name=value` pairs in alphabetical order, separated by spaces.
    public var description: String {
        names.map { "\($0)=\(ParameterSet.format(values[$0]!))" }.joined(separator: " ")
    }

    /// `3` rather than `3.0` for whole numbers.
    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Decodes the flat object of numbers.
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: Double].self)
    }

    /// Encodes the values as a flat object of numbers.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
