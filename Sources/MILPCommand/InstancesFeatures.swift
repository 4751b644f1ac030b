import ArgumentParser
import Foundation
import GLPK
import Instances
import MILP

/// `milp instances features FILE|ID`: the instance's similarity feature vector.
struct InstancesFeatures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "features",
        abstract: "Print an instance's similarity features: size, density, coefficient, degree, objective and LP-relaxation statistics.",
        discussion: """
            The argument is a library instance id (generated on the fly) or a model file (.mps, .mps.gz, \
            .lp, .mod). The LP relaxation is solved with GLPK. The order of the vector is fixed: \
            \(InstanceFeatures.names.joined(separator: ", ")).
            """)

    @Argument(help: ArgumentHelp("A model file or an instance id such as setcover-easy-test-00017.", valueName: "file|id"))
    var instance: String

    @Flag(help: "Print one JSON object: names and values in vector order (NaN as null).")
    var json = false

    func run() throws {
        try reportingFailures {
            let features = try InstanceFeatures(of: try model(), relaxationSolver: GLPKSolver())
            if json {
                let output = FeaturesOutput(instance: instance, names: InstanceFeatures.names,
                                            values: features.values.map { $0.isNaN ? nil : $0 })
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(output) + Data("\n".utf8))
            } else {
                let width = InstanceFeatures.names.map(\.count).max()! + 2
                for (index, name) in InstanceFeatures.names.enumerated() {
                    print(String(index).padding(toLength: 4, withPad: " ", startingAt: 0)
                          + name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "%.10g", features.values[index]))
                }
            }
            return .success
        }
    }

    /// The library instance the argument names, or else the model in the file it names.
    private func model() throws -> Model {
        if let id = try? InstanceID(instance) { return try InstanceLibrary.model(for: id) }
        guard FileManager.default.fileExists(atPath: instance) else {
            throw CommandFailure(.inputError, "'\(instance)' is neither a library instance id (such as setcover-easy-test-00017) nor an existing file")
        }
        return try LoadedModel(path: instance).model
    }
}

/// The JSON `milp instances features --json` prints.
private struct FeaturesOutput: Encodable {
    var instance: String
    var names: [String]
    var values: [Double?]
}
