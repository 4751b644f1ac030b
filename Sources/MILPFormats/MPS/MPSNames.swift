import MILP

/// The names an MPS writer gives columns and rows: the model's own where the format can hold
/// them, generated ones (`x<index>`, `c<index>`) for the rest, all distinct within their kind.
struct MPSNames {
    /// One name per variable, by index.
    let columns: [String]
    /// One name per constraint, by index.
    let rows: [String]
    /// The objective row's name, distinct from every constraint's.
    let objective: String

    init(model: Model, format: MPSFormat) {
        columns = WrittenNames(model.variableDescriptions.map(\.name), prefix: "x") { Self.isWritable($0, format: format) }.names
        rows = WrittenNames(model.constraintDescriptions.map(\.name), prefix: "c") { Self.isWritable($0, format: format) }.names
        objective = WrittenNames.unique("obj", avoiding: Set(rows))
    }

    /// Whether `name` can be written as is: free MPS needs a non-empty name without whitespace or
    /// control characters that does not start with `$` or `*` (which can begin comments); fixed
    /// MPS allows inner spaces but at most 8 bytes and no spaces at either end.
    static func isWritable(_ name: String, format: MPSFormat) -> Bool {
        guard let first = name.utf8.first, first != UInt8(ascii: "$"), first != UInt8(ascii: "*"), name != "'MARKER'" else {
            return false
        }
        switch format {
        case .free:
            return !name.utf8.contains { $0 <= 0x20 || $0 == 0x7F }
        case .fixed:
            return name.utf8.count <= 8 && first != UInt8(ascii: " ") && name.utf8.last != UInt8(ascii: " ")
                && !name.utf8.contains { $0 < 0x20 || $0 == 0x7F }
        }
    }
}
