import MILP

/// The names an LP writer gives a model's variables and constraints, and its objective: the
/// model's own where the CPLEX LP format holds them (after replacing spaces by `_`, `-` by `~`
/// and square brackets by parentheses, as GLPK does), generated ones (`x<index>`, `c<index>`)
/// otherwise, all distinct within their kind.
///
/// The format holds names of at most 255 characters from ASCII letters, digits and
/// ``!"#$%&()/,.;?@_`'{}|~``, not starting with a digit or a period, that are not keywords.
struct LPNames {
    /// The characters besides letters and digits that may appear in a name.
    static let punctuation: Set<Character> = ["!", "\"", "#", "$", "%", "&", "(", ")", "/", ",", ".", ";", "?", "@", "_", "`", "'", "{", "}", "|", "~"]

    /// Words a reader could take for a keyword where a name stands (compared in lower case):
    /// section keywords, the first words of two-word ones, and the words of bounds.
    private static let reserved: Set<String> = Set((Array(LPSection.keywords.keys) + LPSection.pairs.map(\.0)
        + LPSection.unsupported.map(\.0) + [.free, .inf, .infinity]).map(\.rawValue))

    /// The variables' names, by index.
    let columns: [String]
    /// The constraints' names, by index.
    let rows: [String]
    /// The objective's name, distinct from every constraint's.
    let objective: String
    /// What was renamed, one sentence per kind of item; empty when every name was kept.
    let changes: [String]

    init(_ model: Model) {
        let columns = WrittenNames(model.variableDescriptions.map(\.name), prefix: "x", adjust: Self.adjusted, isWritable: Self.isValid)
        let rows = WrittenNames(model.constraintDescriptions.map(\.name), prefix: "c", adjust: Self.adjusted, isWritable: Self.isValid)
        self.columns = columns.names
        self.rows = rows.names
        objective = WrittenNames.unique("obj", avoiding: Set(rows.names))
        changes = [(columns.renamed, "variable"), (rows.renamed, "constraint")].compactMap { renamed, kind in
            guard let first = renamed.first else { return nil }
            let count = renamed.count == 1 ? "1 \(kind)" : "\(renamed.count) \(kind)s"
            return "renamed \(count) for the CPLEX LP format, such as '\(first.from)' to '\(first.to)'"
        }
    }

    /// Whether the format holds `name` as it is.
    static func isValid(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber, first != ".", name.utf8.count <= 255,
              !reserved.contains(name.lowercased()) else { return false }
        return name.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || punctuation.contains($0) }
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
}
