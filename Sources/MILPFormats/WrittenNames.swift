import MILP

/// Names a model file writer gives a kind of item (variables or constraints): each item's own
/// name, adjusted to the format, where the format can hold it and no earlier item took it; a
/// generated one (the prefix and the item's index, or the prefix and a counter when that is
/// taken) otherwise.
struct WrittenNames {
    /// One name per item, by index.
    let names: [String]
    /// The items whose name was changed, as (original, written) pairs, in item order.
    let renamed: [(from: String, to: String)]

    /// Names for items named `original`; `isWritable` says which names the format holds.
    init(_ original: [String?], prefix: String, adjust: (String) -> String = { $0 }, isWritable: (String) -> Bool) {
        var used = Set<String>()
        let kept = original.map { name -> String? in
            guard let adjusted = name.map(adjust), isWritable(adjusted), used.insert(adjusted).inserted else { return nil }
            return adjusted
        }
        var counter = 0
        var renamed: [(from: String, to: String)] = []
        names = kept.enumerated().map { index, name in
            let written: String
            if let name {
                written = name
            } else {
                var candidate = "\(prefix)\(index)"
                while used.contains(candidate) || !isWritable(candidate) {
                    candidate = "\(prefix)_\(String(counter, radix: 36))"
                    counter += 1
                }
                used.insert(candidate)
                written = candidate
            }
            if let originalName = original[index], originalName != written { renamed.append((originalName, written)) }
            return written
        }
        self.renamed = renamed
    }
}

extension WrittenNames {
    /// `base`, or `base` and a counter when `taken` holds it.
    static func unique(_ base: String, avoiding taken: Set<String>) -> String {
        var name = base
        var counter = 0
        while taken.contains(name) {
            name = "\(base)_\(String(counter, radix: 36))"
            counter += 1
        }
        return name
    }
}
