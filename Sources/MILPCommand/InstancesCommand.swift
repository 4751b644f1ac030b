import ArgumentParser
import Instances

/// `milp instances …`: the library of instance distributions, levels and splits.
struct InstancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "instances",
        abstract: "List, generate, inspect and calibrate the library's instance distributions.",
        discussion: """
            Distributions: \(InstanceLibrary.distributionNames.joined(separator: ", ")).
            Levels: \(HardnessLevel.allCases.map(\.rawValue).joined(separator: ", ")). \
            Splits: \(Split.allCases.map(\.rawValue).joined(separator: ", ")); test is for final evaluation only.
            Ids look like setcover-easy-test-00017.
            """,
        subcommands: [InstancesList.self, InstancesGenerate.self, InstancesShow.self, InstancesFeatures.self, InstancesCalibrate.self])
}
