import Foundation
import MILP
import MILPFormats

/// Paths and helpers shared by the MPS and gzip tests.
enum MPSTestSupport {
    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `Instances/public`.
    static let publicInstances = repositoryRoot.appendingPathComponent("Instances/public")
    /// Small broken MPS files, each failing with a known message.
    static let failingModels = repositoryRoot.appendingPathComponent("Tests/MILPFormatsTests/FailingModels")
    /// Other files the tests read.
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/MILPFormatsTests/MPSFixtures")

    /// Reads MPS text held in a string.
    static func read(_ text: String, options: MPSReader.Options = .init()) throws(ParseError) -> ModelFile {
        try MPSReader(options: options).read(Data(text.utf8), fileName: "test.mps")
    }

    /// A fixed-MPS data line with the given fields starting at columns 2, 5, 15, 25, 40 and 50.
    static func fixedLine(_ fields: String...) -> String {
        var line = ""
        for (field, start) in zip(fields, [2, 5, 15, 25, 40, 50]) where !field.isEmpty {
            line += String(repeating: " ", count: start - 1 - line.count) + field
        }
        return line
    }

    /// The row with `name`, as (lower bound, upper bound, [(column index, coefficient)]).
    static func row(_ name: String, in model: Model) -> (lower: Double, upper: Double, terms: [(Int, Double)])? {
        guard let constraint = model.constraint(named: name) else { return nil }
        let row = model[constraint]
        return (row.lowerBound, row.upperBound, row.terms.map { ($0.variable.index, $0.coefficient) })
    }

    /// Whether two models say the same thing: sense, objective, rows, columns and, where
    /// `comparingNames`, their names.
    static func areEquivalent(_ first: Model, _ second: Model, comparingNames: Bool = true) -> Bool {
        func terms(_ terms: [LinearExpression.Term]) -> [Double] { terms.flatMap { [Double($0.variable.index), $0.coefficient] } }
        let firstObjective = first.objective.expression, secondObjective = second.objective.expression
        guard first.objective.sense == second.objective.sense, firstObjective.constant == secondObjective.constant,
              terms(firstObjective.terms) == terms(secondObjective.terms),
              first.variableCount == second.variableCount, first.constraintCount == second.constraintCount
        else { return false }
        for (a, b) in zip(first.variableDescriptions, second.variableDescriptions) {
            guard a.kind == b.kind, a.lowerBound == b.lowerBound, a.upperBound == b.upperBound,
                  !comparingNames || a.name == b.name else { return false }
        }
        for (a, b) in zip(first.constraintDescriptions, second.constraintDescriptions) {
            guard a.lowerBound == b.lowerBound, a.upperBound == b.upperBound, terms(a.terms) == terms(b.terms),
                  !comparingNames || a.name == b.name else { return false }
        }
        return true
    }
}
