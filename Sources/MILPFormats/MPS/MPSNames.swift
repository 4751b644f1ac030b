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
        columns = Self.assign(model.variableDescriptions.map(\.name), prefix: "x", format: format)
        rows = Self.assign(model.constraintDescriptions.map(\.name), prefix: "c", format: format)
        let taken = Set(rows)
        var objective = "obj"
        var counter = 0
        while taken.contains(objective) {
            objective = "obj_\(String(counter, radix: 36))"
            counter += 1
        }
        self.objective = objective
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

    /// Keeps the writable names, first come first served, and generates the others. A generated
    /// name that is taken (or, in fixed MPS, too long) becomes the prefix and a base-36 counter.
    private static func assign(_ names: [String?], prefix: String, format: MPSFormat) -> [String] {
        var used = Set<String>()
        let kept = names.map { name -> String? in
            guard let name, isWritable(name, format: format), used.insert(name).inserted else { return nil }
            return name
        }
        var counter = 0
        return kept.enumerated().map { index, name in
            if let name { return name }
            var candidate = "\(prefix)\(index)"
            while used.contains(candidate) || (format == .fixed && candidate.utf8.count > 8) {
                candidate = "\(prefix)_\(String(counter, radix: 36))"
                counter += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
