import ArgumentParser
import Foundation
import MILP
import Planners

/// What the `milp plan` commands share about `--generate N --output FOLDER`, which writes
/// generated problems as JSON files instead of planning.
enum PlannerGeneration {
    /// Checks that the command got either an input file or `--generate` with a positive count and
    /// `--output`, never both; `noun` names the input in messages ("trace" for "a trace file"),
    /// `plural` what is generated ("traces").
    static func validate(input: String?, generate: Int?, output: String?, noun: String, plural: String) throws {
        if let generate {
            guard generate > 0 else { throw ValidationError("--generate needs a positive count, got \(generate)") }
            guard output != nil else { throw ValidationError("--generate needs --output FOLDER") }
            let article = "aeiou".contains(noun.first ?? "x") ? "an" : "a"
            guard input == nil else { throw ValidationError("give either \(article) \(noun) file or --generate, not both") }
        } else {
            guard input != nil else { throw ValidationError("missing the \(noun) file (or --generate N to write \(plural))") }
            guard output == nil else { throw ValidationError("--output goes with --generate") }
        }
    }

    /// Writes the problems `problem(seed)` makes for `count` seeds from `firstSeed` on to
    /// `folder/PREFIX-SEED.json`, creating the folder.
    static func write<Problem: Encodable>(count: Int, firstSeed: UInt64, prefix: String, to folder: String,
                                          problem: (UInt64) throws -> Problem) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for offset in 0..<UInt64(count) {
            let seed = firstSeed &+ offset
            try write(problem(seed), named: "\(prefix)-\(seed)", in: folder)
        }
    }

    /// Writes `problem` as JSON to `folder/NAME.json`; a failure is an output error naming the path.
    static func write(_ problem: some Encodable, named name: String, in folder: String) throws {
        let path = (folder as NSString).appendingPathComponent("\(name).json")
        try OutputFile.write(PlannerJSON.encode(problem), to: path)
    }
}
