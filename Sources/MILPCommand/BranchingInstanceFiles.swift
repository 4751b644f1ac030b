import ArgumentParser
import Branching
import Foundation
import Instances

/// Reads the model files the branching commands work on.
enum BranchingInstanceFiles {
    /// The instance in `path`: its name is the file name without extensions; its distribution is
    /// `distribution-level` when the name is a library id (as `milp instances generate` writes
    /// them), else the name of the folder holding the file.
    static func load(_ path: String) throws -> BranchingEvaluation.Instance {
        let model = try LoadedModel(path: path).model
        let url = URL(fileURLWithPath: path)
        var name = url.lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        name = (name as NSString).deletingPathExtension
        let distribution = (try? InstanceID(name)).map { "\($0.distribution)-\($0.level.rawValue)" }
            ?? url.deletingLastPathComponent().lastPathComponent
        return BranchingEvaluation.Instance(name: name, distribution: distribution, model: model)
    }
}
