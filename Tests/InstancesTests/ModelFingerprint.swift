import MILP

/// Everything a model's file would hold, in a comparable form, and a 64-bit FNV-1a hash of it.
struct ModelFingerprint: Equatable {
    var sense: ObjectiveSense
    var objective: [String]
    var variables: [String]
    var rows: [String]

    init(_ model: Model) {
        sense = model.objective.sense
        objective = model.objective.expression.terms.map { "\($0.variable.index):\($0.coefficient)" }
        variables = model.variableDescriptions.map { "\($0.name ?? "") \($0.kind) \($0.lowerBound) \($0.upperBound)" }
        rows = model.constraintDescriptions.map { row in
            "\(row.name ?? "") \(row.lowerBound) \(row.upperBound) " + row.terms.map { "\($0.variable.index):\($0.coefficient)" }.joined(separator: " ")
        }
    }

    /// FNV-1a over the text of every part, so equal fingerprints hash equally on every machine.
    var hash: UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for line in [sense.rawValue] + objective + variables + rows {
            for byte in line.utf8 + [0x0A] {
                value ^= UInt64(byte)
                value &*= 0x0000_0100_0000_01B3
            }
        }
        return value
    }
}
